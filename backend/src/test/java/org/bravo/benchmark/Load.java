package org.bravo.benchmark;

/** One side of a comparison: a client process outside the backend's JVM that loads one scenario for a while. */
interface Load {
    String scenario();

    /** What drives it, for the report (e.g. "wrk", "pgbench"). */
    String client();

    Run run(int seconds, int round) throws Exception;

    /** How a load runs once, for loads simple enough to be one method. */
    interface Body {
        Run run(int seconds, int round) throws Exception;
    }

    static Load of(String scenario, String client, Body body) {
        return new Load() {
            @Override
            public String scenario() {
                return scenario;
            }

            @Override
            public String client() {
                return client;
            }

            @Override
            public Run run(int seconds, int round) throws Exception {
                return body.run(seconds, round);
            }
        };
    }
}

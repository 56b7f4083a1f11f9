package org.bravo.benchmark;

/** One side of a comparison: a client process outside the backend's JVM that loads one scenario for a while. */
interface Load {
    String scenario();

    /** What drives it, for the report (e.g. "wrk", "pgbench"). */
    String client();

    Run run(int seconds, int round) throws Exception;
}

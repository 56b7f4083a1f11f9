package org.bravo.benchmark;

/**
 * One measured run of one scenario: a fixed duration of load at a fixed concurrency (or, for an upload, one file).
 * Round 0 is a warm-up and is never reported.
 *
 * @param errors requests that failed: transport errors, unexpected statuses, answers whose check failed
 * @param bytes  bytes carried, for uploads; 0 otherwise
 */
record Run(String scenario, int round, Latencies latencies, long requests, long errors, double seconds, long bytes) {

    double p50() {
        return latencies.percentileMs(50);
    }

    double p95() {
        return latencies.percentileMs(95);
    }

    double p99() {
        return latencies.percentileMs(99);
    }

    double requestsPerSecond() {
        return requests / seconds;
    }

    double mibPerSecond() {
        return bytes / 1048576.0 / seconds;
    }
}

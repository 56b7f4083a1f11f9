package org.bravo.benchmark;

import java.util.Map;
import java.util.TreeMap;

/**
 * The latencies of one run, as a histogram of whole microseconds, read through one nearest-rank percentile
 * ({@link #percentileMs}) whichever client measured them. pgbench logs every transaction's latency, added one by one;
 * wrk keeps every request in its own 1 µs histogram but shows it to scripts only as percentiles (nearest rank too),
 * so a wrk run is added as its thousand percentiles 0.1, 0.2 … 100, each standing for 0.1 % of the requests: p50,
 * p95 and p99 read back exactly as wrk computed them from all its requests.
 */
final class Latencies {
    private final TreeMap<Long, Long> counts = new TreeMap<>();
    private long total;

    void add(long micros, long count) {
        if (count <= 0) {
            return;
        }
        counts.merge(micros, count, Long::sum);
        total += count;
    }

    /** Nearest rank: the smallest latency that at least {@code percentile} % of the requests did not exceed. */
    double percentileMs(double percentile) {
        if (total == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(percentile * total / 100.0));
        long seen = 0;
        for (Map.Entry<Long, Long> bucket : counts.entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) {
                return bucket.getKey() / 1000.0;
            }
        }
        return counts.lastKey() / 1000.0;
    }
}

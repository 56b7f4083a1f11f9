package org.bravo.search;

import java.time.Instant;

/**
 * Where a reindex stands: {@code state} is idle, running, finished or failed; {@code done} of {@code total} documents
 * read from the database; {@code index} the new index's name; {@code error} why it failed (the old index then stays
 * in service, untouched).
 */
public record ReindexStatus(
        String state, Instant startedAt, Instant finishedAt, long total, long done, String index, String error) {

    public static ReindexStatus idle() {
        return new ReindexStatus("idle", null, null, 0, 0, null, null);
    }

    public static ReindexStatus started(Instant at, long total) {
        return new ReindexStatus("running", at, null, total, 0, null, null);
    }

    public static ReindexStatus progress(Instant startedAt, long total, long done, String index) {
        return new ReindexStatus("running", startedAt, null, total, done, index, null);
    }

    public static ReindexStatus finished(Instant startedAt, Instant at, long total, long done, String index) {
        return new ReindexStatus("finished", startedAt, at, total, done, index, null);
    }

    public static ReindexStatus failed(Instant startedAt, Instant at, long total, long done, String error) {
        return new ReindexStatus("failed", startedAt, at, total, done, null, error);
    }

    public boolean running() {
        return "running".equals(state);
    }
}

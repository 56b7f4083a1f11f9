package org.bravo.media.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the heap all photo decodes may hold at once. Each decode reserves what its worst case needs, computed from
 * the image's header before a pixel is decoded, and waits for room if others hold it: however many uploads arrive
 * together, their rasters fit in the budget, a fixed share of the heap, and the rest of the backend keeps its memory.
 * A wait that lasts too long ends in {@link Busy} (answered 503 with Retry-After), never in an OutOfMemoryError.
 */
final class ImageDecodeBudget {
    /**
     * The share of the heap photo decodes may use together. A third leaves two thirds to requests, caches and the
     * video worker, so even a full budget of decodes at their worst case leaves room to spare.
     */
    static final double HEAP_SHARE = 1.0 / 3;
    /** How long an upload waits for room before it is told to come back: longer than a few large decodes take. */
    static final Duration WAIT = Duration.ofSeconds(20);
    /** Seconds after which a refused upload may retry (the Retry-After header). */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final ImageDecodeBudget SHARED =
            new ImageDecodeBudget((long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE), WAIT);

    /** Permits are kibibytes, so any heap fits an int. */
    private final Semaphore kib;

    private final long totalBytes;
    private final Duration wait;

    ImageDecodeBudget(long totalBytes, Duration wait) {
        this.totalBytes = totalBytes;
        this.kib = new Semaphore((int) Math.min(Integer.MAX_VALUE, totalBytes >> 10), true);
        this.wait = wait;
    }

    static ImageDecodeBudget shared() {
        return SHARED;
    }

    long totalBytes() {
        return totalBytes;
    }

    /** Whether a decode needing {@code bytes} could ever run here; one that cannot is refused at once. */
    boolean fits(long bytes) {
        return bytes <= totalBytes;
    }

    /** Holds room for a decode of {@code bytes}; closing gives it back. */
    Reservation reserve(long bytes) {
        int permits = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (bytes + 1023) >> 10));
        try {
            if (!kib.tryAcquire(permits, wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        return () -> kib.release(permits);
    }

    /** Room held for one decode. */
    interface Reservation extends AutoCloseable {
        @Override
        void close();
    }

    /** Too many photos are being decoded at once: the upload may be retried in a few seconds. */
    public static final class Busy extends RuntimeException {
        Busy() {
            super("Many photos are being processed right now. Try again in a few seconds.");
        }
    }
}

package org.bravo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.MinioClient;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.http.Method;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.bravo.infra.StackConfig;
import org.bravo.media.internal.StorageConfig;
import org.bravo.media.internal.VideoProcessor;
import org.bravo.testing.Api;
import org.bravo.testing.RealStackResource;
import org.bravo.testing.TestClips;
import org.bravo.testing.Tokens;
import org.bravo.testing.VideoUploads;
import org.junit.jupiter.api.Test;

/**
 * The video benchmark (not part of the test suite: {@code ./mvnw -Pbenchmark -pl backend -am -Dskip.npm verify
 * -Dtest=VideoBenchmark}). Three figures the videos feature promises:
 * <ul>
 *   <li>upload throughput of a 1 GiB file through the same multipart flow as the web app (ask the API to sign each
 *   part, PUT it straight to the store, {@value #PART_CONCURRENCY} parts at a time, complete), against one raw
 *   presigned PUT of the same file to the same store, alternating in the same run;</li>
 *   <li>the backend's heap and resident memory during those uploads, sampled every 100 ms: the bytes never pass
 *   through the backend, so they must stay flat;</li>
 *   <li>processing time per minute of 1080p video, with the production preset.</li>
 * </ul>
 * The uploads are sent from this JVM (the backend runs in it too), streamed from disk in 64 KiB buffers, so the
 * client adds no large buffers to the heap figures. Results go to the console and
 * {@code backend/target/benchmark/video-benchmark.md}.
 */
@QuarkusTest
class VideoBenchmark {
    static final long FILE_BYTES = Long.getLong("bench.video.bytes", 1L << 30);
    static final int ROUNDS = Integer.getInteger("bench.video.rounds", 3);
    /** Parts in flight, as the web app sends them ({@code DEFAULT_PART_CONCURRENCY} in multipart-upload.ts). */
    static final int PART_CONCURRENCY = Integer.getInteger("bench.video.concurrency", 4);
    static final int CLIP_SECONDS = Integer.getInteger("bench.video.clip-seconds", 60);
    static final String PRODUCTION_PRESET = "veryfast";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    MinioClient store;

    @Inject
    StorageConfig storage;

    /** One upload; for the multipart flow, {@code completeSeconds} is the part spent in the final "complete" call. */
    record Upload(String how, int round, long bytes, double seconds, double completeSeconds, int parts) {
        double mibPerSecond() {
            return bytes / 1048576.0 / seconds;
        }
    }

    @Test
    void uploadThroughputMemoryAndProcessingTime() throws Exception {
        Api.ensureShop("paris-opera", "Paris Opéra");
        Path dir = RealStackResource.repo().resolve("backend/target/benchmark");
        Files.createDirectories(dir);
        Path file = dir.resolve("upload-1g.bin");
        writeRandomFile(file, FILE_BYTES);

        MemorySampler memory = new MemorySampler();
        long heapBefore = memory.settledHeap();
        long retainedBefore = memory.retained();
        long rssBefore = MemorySampler.rss();
        List<Upload> uploads = new ArrayList<>();
        memory.start();
        for (int round = 1; round <= ROUNDS; round++) {
            // Alternating, so a store that warms up or a disk cache that fills favours neither side.
            uploads.add(rawPut(file, round));
            uploads.add(multipart(file, round, Tokens.camille()));
        }
        memory.stop();

        Path clip = TestClips.h264Mp4(dir, "clip-1080p.mp4", 1920, 1080, CLIP_SECONDS);
        VideoProcessor processor = new VideoProcessor("ffprobe", "ffmpeg", PRODUCTION_PRESET);
        VideoProcessor.Probe probe = processor.probe(clip);
        Path work = Files.createTempDirectory(dir, "processing");
        long start = System.nanoTime();
        VideoProcessor.Result result = processor.transcode(clip, probe, work, percent -> { }, () -> false);
        double processingSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(result.height()).isEqualTo(1080);
        assertThat(result.durationMs()).isBetween(CLIP_SECONDS * 1000L - 500, CLIP_SECONDS * 1000L + 500);
        double perMinute = processingSeconds / (probe.durationMs() / 60000.0);

        String report = report(uploads, heapBefore, retainedBefore, rssBefore, memory, processingSeconds, perMinute, probe);
        System.out.println(report);
        Files.writeString(dir.resolve("video-benchmark.md"), report);
        Files.deleteIfExists(file);

        double raw = median(uploads, "raw presigned PUT");
        double flow = median(uploads, "multipart flow");
        assertThat(flow / raw).as("multipart flow against raw PUT throughput (target ≥ 0.9)").isGreaterThanOrEqualTo(0.9);
    }

    /** One PUT of the whole file to a URL signed for one object, as a client without Bravo would send it. */
    private Upload rawPut(Path file, int round) throws Exception {
        String key = "bench/raw-" + UUID.randomUUID();
        String url = store.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder().method(Method.PUT)
                .bucket(storage.bucket()).object(key).expiry(1, TimeUnit.HOURS).build());
        long start = System.nanoTime();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .PUT(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        long stored = store.statObject(StatObjectArgs.builder().bucket(storage.bucket()).object(key).build()).size();
        assertThat(stored).isEqualTo(Files.size(file));
        store.removeObject(RemoveObjectArgs.builder().bucket(storage.bucket()).object(key).build());
        return new Upload("raw presigned PUT", round, stored, seconds, 0, 1);
    }

    /**
     * What the web app does: open the upload, then for each part ask the API for its signed URL and PUT the part
     * straight to the store, four at a time, then complete. Timed from opening to completion.
     */
    private Upload multipart(Path file, int round, String token) throws Exception {
        long size = Files.size(file);
        long start = System.nanoTime();
        Map<String, Object> upload = VideoUploads.start(token, "bench-" + round + ".mp4", size);
        String id = (String) upload.get("videoId");
        int partSize = (Integer) upload.get("partSize");
        int count = (Integer) upload.get("partCount");
        String api = RealStackResource.config().appUrl();
        List<Map<String, Object>> parts = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger(1);
        AtomicLong signingNanos = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(PART_CONCURRENCY);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < PART_CONCURRENCY; w++) {
                workers.add(pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n <= count; n = next.getAndIncrement()) {
                        long signing = System.nanoTime();
                        String url = signPart(api, token, id, n);
                        signingNanos.addAndGet(System.nanoTime() - signing);
                        long offset = (long) (n - 1) * partSize;
                        long length = Math.min(partSize, size - offset);
                        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                                .PUT(range(file, offset, length)).build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("Part " + n + ": " + response.statusCode() + " "
                                    + response.body());
                        }
                        parts.add(Map.of("partNumber", n, "etag", response.headers().firstValue("ETag")
                                .orElseThrow()));
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<Map<String, Object>> sorted = new ArrayList<>(parts);
        sorted.sort((a, b) -> Integer.compare((Integer) a.get("partNumber"), (Integer) b.get("partNumber")));
        long completing = System.nanoTime();
        VideoUploads.complete(token, id, sorted, 200);
        long end = System.nanoTime();
        double seconds = (end - start) / 1e9;
        // The bytes are random, so the worker rejects them as "not a video" and deletes the original: waiting for
        // that keeps the download of one round out of the next round's timing.
        Map<String, Object> video = VideoUploads.await(token, id, java.util.Set.of("failed", "ready"),
                Duration.ofMinutes(10));
        assertThat(video.get("status")).isEqualTo("failed");
        System.out.printf(Locale.ROOT, "multipart round %d: signing %.2f s in all, parts done after %.2f s%n", round,
                signingNanos.get() / 1e9, (completing - start) / 1e9);
        return new Upload("multipart flow", round, size, seconds, (end - completing) / 1e9, count);
    }

    private static String signPart(String api, String token, String id, int part) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(api + "/api/v1/videos/uploads/" + id + "/parts/" + part))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Signing part " + part + ": " + response.statusCode());
        }
        return JSON.readTree(response.body()).path("url").asText();
    }

    /** A slice of a file, streamed: the part is never held in memory whole, as a browser streams a Blob slice. */
    private static HttpRequest.BodyPublisher range(Path file, long offset, long length) {
        return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> {
            try {
                InputStream in = Files.newInputStream(file);
                in.skipNBytes(offset);
                return new FilterInputStream(in) {
                    private long left = length;

                    @Override
                    public int read() throws IOException {
                        if (left <= 0) {
                            return -1;
                        }
                        int b = super.read();
                        if (b >= 0) {
                            left--;
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int off, int len) throws IOException {
                        if (left <= 0) {
                            return -1;
                        }
                        int read = super.read(buffer, off, (int) Math.min(len, left));
                        if (read > 0) {
                            left -= read;
                        }
                        return read;
                    }
                };
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }), length);
    }

    private static void writeRandomFile(Path file, long bytes) throws IOException {
        if (Files.exists(file) && Files.size(file) == bytes) {
            return;
        }
        SplittableRandom random = new SplittableRandom(42);
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < bytes; written += block.length) {
                for (int i = 0; i < block.length; i += 8) {
                    long value = random.nextLong();
                    for (int b = 0; b < 8; b++) {
                        block[i + b] = (byte) (value >>> (8 * b));
                    }
                }
                out.write(block, 0, (int) Math.min(block.length, bytes - written));
            }
        }
    }

    /** Samples heap in use and resident memory every 100 ms while the uploads run. */
    static final class MemorySampler {
        private final MemoryMXBean bean = ManagementFactory.getMemoryMXBean();
        /** What the old generation holds right after its last collection: memory actually retained. */
        private final List<MemoryPoolMXBean> oldPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
                .filter(pool -> pool.getName().contains("Old") || pool.getName().contains("Tenured"))
                .toList();
        private final AtomicLong maxRetained = new AtomicLong();
        private final AtomicLong maxHeap = new AtomicLong();
        private final AtomicLong maxRss = new AtomicLong();
        private final AtomicReference<Thread> thread = new AtomicReference<>();
        private volatile boolean running;
        private final List<Long> heapSamples = Collections.synchronizedList(new ArrayList<>());

        long settledHeap() {
            System.gc();
            return bean.getHeapMemoryUsage().getUsed();
        }

        void start() {
            running = true;
            Thread sampler = new Thread(() -> {
                while (running) {
                    long heap = bean.getHeapMemoryUsage().getUsed();
                    heapSamples.add(heap);
                    maxHeap.accumulateAndGet(heap, Math::max);
                    maxRss.accumulateAndGet(rss(), Math::max);
                    maxRetained.accumulateAndGet(retained(), Math::max);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "memory-sampler");
            sampler.setDaemon(true);
            sampler.start();
            thread.set(sampler);
        }

        void stop() throws InterruptedException {
            running = false;
            thread.get().join();
        }

        long retained() {
            return oldPools.stream().mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum();
        }

        long committedHeap() {
            return bean.getHeapMemoryUsage().getCommitted();
        }

        /** Resident set size of this process, from the kernel. */
        static long rss() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                    }
                }
            } catch (IOException | NumberFormatException e) {
                return -1;
            }
            return -1;
        }
    }

    private static double median(List<Upload> uploads, String how) {
        List<Double> values = uploads.stream().filter(u -> u.how().equals(how)).map(Upload::mibPerSecond).sorted()
                .toList();
        return values.get(values.size() / 2);
    }

    private static String report(List<Upload> uploads, long heapBefore, long retainedBefore, long rssBefore, MemorySampler memory,
                                 double processingSeconds, double perMinute, VideoProcessor.Probe probe) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "# Video benchmark%n%nFile: %.0f MiB of random bytes; %d rounds; "
                        + "multipart: %d parts in flight, part size as the API chose.%n%n",
                FILE_BYTES / 1048576.0, ROUNDS, PART_CONCURRENCY));
        out.append("| upload | round | parts | seconds | of which complete | MiB/s |\n|---|---|---|---|---|---|\n");
        for (Upload u : uploads) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f | %.1f |%n", u.how(), u.round(),
                    u.parts(), u.seconds(), u.completeSeconds(), u.mibPerSecond()));
        }
        double raw = median(uploads, "raw presigned PUT");
        double flow = median(uploads, "multipart flow");
        out.append(String.format(Locale.ROOT, "%nMedian: raw PUT %.1f MiB/s, multipart flow %.1f MiB/s: "
                + "**%.2f×** the raw throughput.%n", raw, flow, flow / raw));
        out.append(String.format(Locale.ROOT, "%nMemory of the JVM running backend and client: heap in use %.0f MiB "
                        + "after GC before the uploads, at most %.0f MiB while uploading (committed %.0f MiB); "
                        + "RSS %.0f MiB before, at most %.0f MiB.%n",
                heapBefore / 1048576.0, memory.maxHeap.get() / 1048576.0, memory.committedHeap() / 1048576.0,
                rssBefore / 1048576.0, memory.maxRss.get() / 1048576.0));
        out.append(String.format(Locale.ROOT, "Old generation after collection (retained): %.0f MiB before, at most "
                + "%.0f MiB while uploading.%n", retainedBefore / 1048576.0, memory.maxRetained.get() / 1048576.0));
        out.append(String.format(Locale.ROOT, "%nProcessing (preset %s, %d cores): %.1f s of %dx%d %s took %.1f s: "
                        + "**%.1f s per minute** of 1080p.%n", PRODUCTION_PRESET,
                Runtime.getRuntime().availableProcessors(), probe.durationMs() / 1000.0, probe.width(),
                probe.height(), probe.videoCodec(), processingSeconds, perMinute));
        return out.toString();
    }
}

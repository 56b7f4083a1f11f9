package org.bravo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.minio.AbortMultipartUploadResponse;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.http.Method;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
 *   <li>upload throughput of a 1 GiB file through the web app's multipart flow (open the upload, ask the API to sign
 *   each part, PUT it straight to the store, {@value #PART_CONCURRENCY} parts in flight, complete), against the same
 *   parts with the same parallelism PUT straight to the store on URLs the benchmark signed itself, so the ratio
 *   isolates what the API adds; one raw PUT of the whole file is a second baseline. Every upload is sent by
 *   {@link UploadClient} in a JVM of its own, in alternating rounds ({@link Rounds});</li>
 *   <li>the backend's heap and resident memory during those uploads, sampled every 100 ms: the bytes never pass
 *   through the backend, so they must stay flat;</li>
 *   <li>processing time per minute of 1080p video, with the production preset.</li>
 * </ul>
 * Results: {@code backend/target/benchmark/video-benchmark.md} and {@code .json}.
 */
@QuarkusTest
class VideoBenchmark {
    static final long FILE_BYTES = Long.getLong("bench.video.bytes", 1L << 30);
    static final int ROUNDS = Integer.getInteger("bench.video.rounds", 3);
    /** Parts in flight, as the web app sends them ({@code DEFAULT_PART_CONCURRENCY} in multipart-upload.ts). */
    static final int PART_CONCURRENCY = Integer.getInteger("bench.video.concurrency", 4);

    static final int CLIP_SECONDS = Integer.getInteger("bench.video.clip-seconds", 60);
    static final String PRODUCTION_PRESET = "veryfast";

    static final String FLOW = "multipart flow through the API";
    static final String RAW_PARTS = "the same parts straight to the store";
    static final String RAW_PUT = "one PUT of the whole file to the store";
    static final String CLIENT = "UploadClient (own JVM)";

    @Inject
    MinioClient store;

    @Inject
    MinioAsyncClient asyncStore;

    @Inject
    StorageConfig storage;

    @Test
    void uploadThroughputMemoryAndProcessingTime() throws Exception {
        Api.ensureShop("paris-opera", "Paris Opéra");
        StackConfig stack = RealStackResource.config();
        Path dir = BenchReport.directory();
        Path file = dir.resolve("upload-1g.bin");
        writeRandomFile(file, FILE_BYTES);

        // The flow's part size is the API's choice for this file size: the raw side sends the very same parts.
        Map<String, Object> probe = VideoUploads.start(Tokens.camille(), "part-size.mp4", FILE_BYTES);
        long partSize = ((Number) probe.get("partSize")).longValue();
        int partCount = (Integer) probe.get("partCount");
        List<Load> loads = List.of(
                Load.of(RAW_PARTS, CLIENT, (seconds, round) -> rawParts(file, partSize, partCount, round)),
                Load.of(FLOW, CLIENT, (seconds, round) -> flow(file, stack, round)),
                Load.of(RAW_PUT, CLIENT, (seconds, round) -> rawPut(file, round)));

        MemorySampler memory = new MemorySampler();
        long heapBefore = memory.settledHeap();
        long retainedBefore = memory.retained();
        long rssBefore = MemorySampler.rss();
        memory.start();
        // One warm-up upload of each kind (round 0), then the rounds: raw parts, flow, one PUT, again and again.
        Rounds rounds = new Rounds(ROUNDS, 0, 0);
        List<Run> runs = rounds.measure(loads);
        memory.stop();

        Path clip = TestClips.h264Mp4(dir, "clip-1080p.mp4", 1920, 1080, CLIP_SECONDS);
        VideoProcessor processor = new VideoProcessor("ffprobe", "ffmpeg", PRODUCTION_PRESET);
        VideoProcessor.Probe clipProbe = processor.probe(clip);
        Path work = Files.createTempDirectory(dir, "processing");
        long start = System.nanoTime();
        VideoProcessor.Result result = processor.transcode(clip, clipProbe, work, percent -> {}, () -> false);
        double processingSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(result.height()).isEqualTo(1080);
        assertThat(result.durationMs()).isBetween(CLIP_SECONDS * 1000L - 500, CLIP_SECONDS * 1000L + 500);
        double perMinute = processingSeconds / (clipProbe.durationMs() / 60000.0);

        BenchReport report = new BenchReport("video-benchmark", "Video benchmark", stack)
                .parameter(
                        "file",
                        String.format(
                                Locale.ROOT,
                                "%.0f MiB of random bytes, in %d parts of %.0f MiB",
                                FILE_BYTES / 1048576.0,
                                partCount,
                                partSize / 1048576.0))
                .parameter(
                        "method",
                        rounds.rounds() + " rounds of the three uploads in turn after one warm-up"
                                + " upload of each; every upload sent by the same client in a JVM of its own, "
                                + PART_CONCURRENCY + " parts in flight")
                .runs(loads, runs)
                .ratio(Rounds.ratio(
                        "upload, API flow / the same parts raw", runs, FLOW, RAW_PARTS, "MiB/s", Run::mibPerSecond))
                .ratio(Rounds.ratio("upload, API flow / one raw PUT", runs, FLOW, RAW_PUT, "MiB/s", Run::mibPerSecond))
                .note("The flow is timed from opening the upload to the API's answer to \"complete\" (which checks the"
                        + " parts; the processing job assembles them later). The raw parts are timed from the first"
                        + " part to the last: the benchmark opened that upload and signed its URLs before the clock"
                        + " started, and aborts it after. Target: the flow at 0.9× the raw parts or better.")
                .figure(
                        "backendMemory",
                        Map.of(
                                "heapAfterGcBeforeMiB",
                                heapBefore / 1048576.0,
                                "heapMaxMiB",
                                memory.maxHeap.get() / 1048576.0,
                                "retainedBeforeMiB",
                                retainedBefore / 1048576.0,
                                "retainedMaxMiB",
                                memory.maxRetained.get() / 1048576.0,
                                "rssBeforeMiB",
                                rssBefore / 1048576.0,
                                "rssMaxMiB",
                                memory.maxRss.get() / 1048576.0),
                        String.format(
                                Locale.ROOT,
                                "Memory of the backend's JVM (the uploads come from another"
                                        + " process): heap in use %.0f MiB after GC before the uploads, at most %.0f"
                                        + " MiB while uploading (committed %.0f MiB); old generation after collection"
                                        + " %.0f MiB before, at most %.0f MiB; RSS %.0f MiB before, at most %.0f MiB.",
                                heapBefore / 1048576.0,
                                memory.maxHeap.get() / 1048576.0,
                                memory.committedHeap() / 1048576.0,
                                retainedBefore / 1048576.0,
                                memory.maxRetained.get() / 1048576.0,
                                rssBefore / 1048576.0,
                                memory.maxRss.get() / 1048576.0))
                .figure(
                        "processingSecondsPerMinute",
                        perMinute,
                        String.format(
                                Locale.ROOT,
                                "Processing (preset %s,"
                                        + " %d cores): %.1f s of %dx%d %s took %.1f s: **%.1f s per minute** of 1080p.",
                                PRODUCTION_PRESET,
                                Runtime.getRuntime().availableProcessors(),
                                clipProbe.durationMs() / 1000.0,
                                clipProbe.width(),
                                clipProbe.height(),
                                clipProbe.videoCodec(),
                                processingSeconds,
                                perMinute));
        report.write();
        Files.deleteIfExists(file);

        for (Run run : runs) {
            assertThat(run.errors())
                    .as(run.scenario() + " errors in round " + run.round())
                    .isZero();
        }
        assertThat(report.ratios().get(0).median())
                .as("API flow against the same parts raw (target ≥ 0.9)")
                .isGreaterThanOrEqualTo(0.9);
    }

    /** What one upload client printed, and the run it measured. */
    private record ClientRun(Run run, String output) {}

    /** Runs {@link UploadClient} in a JVM of its own; returns its RESULT figures and everything it printed. */
    private static ClientRun upload(String scenario, int round, long bytes, Map<String, String> env, String... args)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m",
                "-cp",
                RealStackResource.repo().resolve("backend/target/test-classes").toString(),
                UploadClient.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(scenario + ": the upload client failed:\n" + out);
        }
        String[] f = out.lines()
                .filter(l -> l.startsWith("RESULT "))
                .findFirst()
                .orElseThrow()
                .split(" ");
        double seconds = Double.parseDouble(f[1]);
        Latencies latencies = new Latencies();
        latencies.add(Math.round(seconds * 1e6), 1);
        System.out.printf(
                Locale.ROOT,
                "%s, round %d: %.2f s (parts done after %.2f s, complete %.2f s, signing"
                        + " %.2f s in all, %s parts)%n",
                scenario,
                round,
                seconds,
                Double.parseDouble(f[2]),
                Double.parseDouble(f[3]),
                Double.parseDouble(f[4]),
                f[5]);
        return new ClientRun(new Run(scenario, round, latencies, 1, 0, seconds, bytes), out);
    }

    /** The web app's flow, as camille, with a token fetched for each upload. */
    private Run flow(Path file, StackConfig stack, int round) throws Exception {
        String token = Tokens.fresh("camille");
        ClientRun upload = upload(
                FLOW,
                round,
                Files.size(file),
                Map.of("BRAVO_TOKEN", token),
                "flow",
                stack.appUrl(),
                file.toString(),
                String.valueOf(PART_CONCURRENCY));
        String id = upload.output()
                .lines()
                .filter(l -> l.startsWith("VIDEO "))
                .findFirst()
                .orElseThrow()
                .substring("VIDEO ".length());
        // The bytes are random, so the processing job rejects them and deletes the original: waiting for that keeps
        // one round's store work out of the next round's timing.
        Map<String, Object> video = VideoUploads.await(token, id, Set.of("failed", "ready"), Duration.ofMinutes(10));
        assertThat(video.get("status")).isEqualTo("failed");
        return upload.run();
    }

    /** The same parts as the flow, on URLs this benchmark signs itself before the clock starts. */
    private Run rawParts(Path file, long partSize, int partCount, int round) throws Exception {
        String key = "bench/raw-parts-" + UUID.randomUUID();
        String uploadId = asyncStore
                .createMultipartUploadAsync(storage.bucket(), storage.region(), key, null, null)
                .get(1, TimeUnit.MINUTES)
                .result()
                .uploadId();
        List<String> urls = new ArrayList<>();
        for (int n = 1; n <= partCount; n++) {
            urls.add(store.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                    .method(Method.PUT)
                    .bucket(storage.bucket())
                    .object(key)
                    .extraQueryParams(Map.of("uploadId", uploadId, "partNumber", String.valueOf(n)))
                    .expiry(1, TimeUnit.HOURS)
                    .build()));
        }
        Path list = BenchReport.directory().resolve("part-urls.txt");
        Files.write(list, urls);
        try {
            return upload(
                            RAW_PARTS,
                            round,
                            Files.size(file),
                            Map.of(),
                            "parts",
                            file.toString(),
                            String.valueOf(partSize),
                            String.valueOf(PART_CONCURRENCY),
                            list.toString())
                    .run();
        } finally {
            AbortMultipartUploadResponse aborted = asyncStore
                    .abortMultipartUploadAsync(storage.bucket(), storage.region(), key, uploadId, null, null)
                    .get(1, TimeUnit.MINUTES);
            assertThat(aborted.uploadId()).isEqualTo(uploadId);
        }
    }

    /** One PUT of the whole file to a URL signed for one object, as a client without Bravo would send it. */
    private Run rawPut(Path file, int round) throws Exception {
        String key = "bench/raw-" + UUID.randomUUID();
        String url = store.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                .method(Method.PUT)
                .bucket(storage.bucket())
                .object(key)
                .expiry(1, TimeUnit.HOURS)
                .build());
        Run run = upload(RAW_PUT, round, Files.size(file), Map.of(), "put", url, file.toString())
                .run();
        long stored = store.statObject(StatObjectArgs.builder()
                        .bucket(storage.bucket())
                        .object(key)
                        .build())
                .size();
        assertThat(stored).isEqualTo(Files.size(file));
        store.removeObject(
                RemoveObjectArgs.builder().bucket(storage.bucket()).object(key).build());
        return run;
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
            Thread sampler = new Thread(
                    () -> {
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
                    },
                    "memory-sampler");
            sampler.setDaemon(true);
            sampler.start();
            thread.set(sampler);
        }

        void stop() throws InterruptedException {
            running = false;
            thread.get().join();
        }

        long retained() {
            return oldPools.stream()
                    .mapToLong(pool -> pool.getCollectionUsage().getUsed())
                    .sum();
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
}

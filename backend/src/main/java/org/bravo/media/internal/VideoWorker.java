package org.bravo.media.internal;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.bravo.media.VideoFailure;
import org.bravo.platform.content.ContentChanged;
import org.jboss.logging.Logger;

/**
 * Processes uploaded videos one at a time per backend: leases a job from {@link VideoJobQueue}, downloads the original,
 * checks it with ffprobe, transcodes it, stores the playable copy and the poster, and marks the video ready. A file that
 * is not a video fails at once with a reason and is deleted; any other failure is retried with backoff.
 */
@ApplicationScoped
public class VideoWorker {
    private static final Logger LOG = Logger.getLogger(VideoWorker.class);
    private static final String GAVE_UP = "We could not process this video. Try uploading it again.";

    private final VideoJobQueue queue;
    private final VideoRepository videos;
    private final VideoObjects objects;
    private final VideoUploadConfig config;
    private final Clock clock;
    private final VideoProcessor processor;
    private final MultipartUploads uploads;
    private final Event<ContentChanged> changed;
    private final String workerId;
    private final AtomicBoolean stopping = new AtomicBoolean();

    @Inject
    public VideoWorker(
            VideoJobQueue queue,
            VideoRepository videos,
            VideoObjects objects,
            VideoUploadConfig config,
            Clock clock,
            MultipartUploads uploads,
            Event<ContentChanged> changed) {
        this.uploads = uploads;
        this.changed = changed;
        this.queue = queue;
        this.videos = videos;
        this.objects = objects;
        this.config = config;
        this.clock = clock;
        this.processor =
                new VideoProcessor(config.ffprobePath(), config.ffmpegPath(), config.ffmpegPreset(), config.limits());
        this.workerId = ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    @Scheduled(
            every = "${bravo.video.poll-every:5s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (!config.processingEnabled()) {
            // A backend may be set aside for requests only; others do the processing.
            return;
        }
        while (!stopping.get() && runOnce()) {
            // keep going while jobs are due
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        // ffmpeg is killed and the job handed back, so the next backend to start picks it up at once.
        stopping.set(true);
    }

    /** Processes one due video, if any; returns whether there was one. */
    public boolean runOnce() {
        Optional<VideoJobQueue.Lease> leased;
        try {
            leased = queue.lease(workerId);
        } catch (RuntimeException e) {
            LOG.warnf("Cannot reach the video queue: %s", e.getMessage());
            return false;
        }
        if (leased.isEmpty()) {
            return false;
        }
        process(leased.get());
        return true;
    }

    private void process(VideoJobQueue.Lease lease) {
        UUID id = lease.videoId();
        AtomicBoolean lost = new AtomicBoolean();
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "video-lease-" + id);
            thread.setDaemon(true);
            return thread;
        });
        long renewMillis = Math.max(1000, config.lease().toMillis() / 3);
        heartbeat.scheduleAtFixedRate(
                () -> {
                    try {
                        if (!queue.renew(id, workerId)) {
                            lost.set(true);
                        }
                    } catch (RuntimeException e) {
                        LOG.warnf("Renewing the lease on video %s failed: %s", id, e.getMessage());
                    }
                },
                renewMillis,
                renewMillis,
                TimeUnit.MILLISECONDS);
        Path work = null;
        try {
            Video video = QuarkusTransaction.requiringNew().call(() -> videos.findById(id));
            if (video == null || !Video.PROCESSING.equals(video.status)) {
                // Deleted or already done meanwhile: nothing to do.
                QuarkusTransaction.requiringNew().run(() -> queue.finish(id, workerId));
                return;
            }
            work = Files.createDirectories(workRoot().resolve(id.toString()));
            Path original = work.resolve("original");
            uploads.assemble(video);
            objects.download(video.originalKey, original);
            VideoProcessor.Probe probe = processor.probe(original);
            ProgressWriter progress = new ProgressWriter(id);
            VideoProcessor.Result result =
                    processor.transcode(original, probe, work, progress::report, () -> lost.get() || stopping.get());
            objects.upload(result.video(), VideoObjects.playbackKey(id), "video/mp4");
            objects.upload(result.poster(), VideoObjects.posterKey(id), "image/jpeg");
            long bytes = Files.size(result.video());
            boolean keep = config.keepOriginals();
            boolean done = QuarkusTransaction.requiringNew().call(() -> {
                if (!queue.finish(id, workerId)) {
                    return false;
                }
                Video current = videos.findById(id);
                if (current == null || !Video.PROCESSING.equals(current.status)) {
                    return false;
                }
                current.status = Video.READY;
                current.progress = 100;
                current.durationMs = result.durationMs();
                current.width = result.width();
                current.height = result.height();
                current.playbackKey = VideoObjects.playbackKey(id);
                current.posterKey = VideoObjects.posterKey(id);
                current.playbackBytes = bytes;
                current.originalKept = keep;
                current.readyAt = clock.instant();
                // Now playable: search may show it (its captions) under its page.
                changed.fire(new ContentChanged(VideoSearchSource.TYPE, id.toString()));
                return true;
            });
            if (done && !keep) {
                deleteQuietly(video.originalKey);
            }
            LOG.infof(
                    "Video %s ready: %dx%d, %d ms, %d bytes (from %s %dx%d)",
                    id,
                    result.width(),
                    result.height(),
                    result.durationMs(),
                    bytes,
                    probe.videoCodec(),
                    probe.width(),
                    probe.height());
        } catch (VideoProcessor.NotAVideoException e) {
            reject(lease, e);
        } catch (Exception e) {
            if (stopping.get()) {
                queue.release(lease, workerId);
            } else if (!lost.get()) {
                retryOrFail(lease, e);
            }
        } finally {
            heartbeat.shutdownNow();
            deleteTree(work);
        }
    }

    /** Not a video: failed for good, with the reason shown to its uploader, and the file deleted. */
    private void reject(VideoJobQueue.Lease lease, VideoProcessor.NotAVideoException reason) {
        UUID id = lease.videoId();
        String key = QuarkusTransaction.requiringNew().call(() -> {
            queue.finish(id, workerId);
            Video video = videos.findById(id);
            if (video == null) {
                return null;
            }
            video.fail(reason.failure(), reason.params(), reason.getMessage());
            return video.originalKey;
        });
        LOG.infof("Video %s rejected: %s", id, reason.getMessage());
        if (key != null) {
            deleteQuietly(key);
        }
    }

    private void retryOrFail(VideoJobQueue.Lease lease, Exception error) {
        UUID id = lease.videoId();
        String message = error.getClass().getSimpleName() + ": " + error.getMessage();
        boolean retried = QuarkusTransaction.requiringNew().call(() -> {
            if (queue.retryLater(lease, workerId, message)) {
                return true;
            }
            queue.finish(id, workerId);
            Video video = videos.findById(id);
            if (video != null && Video.PROCESSING.equals(video.status)) {
                video.fail(VideoFailure.GAVE_UP, Map.of(), GAVE_UP);
            }
            return false;
        });
        if (retried) {
            LOG.warnf("Processing video %s failed (attempt %d), retrying later: %s", id, lease.attempt(), message);
        } else {
            Video failed = QuarkusTransaction.requiringNew().call(() -> videos.findById(id));
            if (failed != null) {
                uploads.abandonParts(failed);
            }
            LOG.errorf("Processing video %s failed %d times, giving up: %s", id, lease.attempt(), message);
        }
    }

    /** Writes progress at most every two seconds: users see it move without a write per ffmpeg report. */
    private final class ProgressWriter {
        private final UUID id;
        private long lastWrite;
        private int lastPercent = -1;

        ProgressWriter(UUID id) {
            this.id = id;
        }

        void report(int percent) {
            long now = System.nanoTime();
            if (percent == lastPercent || now - lastWrite < 2_000_000_000L) {
                return;
            }
            lastWrite = now;
            lastPercent = percent;
            try {
                QuarkusTransaction.requiringNew()
                        .run(() -> videos.update(
                                "progress = ?1 where id = ?2 and status = ?3", (short) percent, id, Video.PROCESSING));
            } catch (RuntimeException e) {
                LOG.debugf("Progress of video %s not written: %s", id, e.getMessage());
            }
        }
    }

    private Path workRoot() {
        return config.workDir().map(Path::of).orElse(Path.of(System.getProperty("java.io.tmpdir"), "bravo-video"));
    }

    private void deleteQuietly(String key) {
        try {
            objects.delete(key);
        } catch (Exception e) {
            // The reconciliation job removes objects no row references.
            LOG.warnf("Could not delete %s now (%s); clean-up will", key, e.getMessage());
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warnf("Could not remove %s: %s", dir, e.getMessage());
        }
    }
}

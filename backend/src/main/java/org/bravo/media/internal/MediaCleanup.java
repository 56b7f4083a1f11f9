package org.bravo.media.internal;

import io.minio.MinioAsyncClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.bravo.media.ReconciliationReport;
import org.bravo.moderation.AuditLog;
import org.jboss.logging.Logger;

/**
 * Keeps the bucket free of what nobody will ever show: uploads left unfinished for a day are aborted, videos never
 * attached to a post or entry are deleted after a week, photos shown by no post or entry after a day
 * ({@code bravo.photo.unattached-retention}), and any object no row references (a failed delete while the
 * store was down, a crash between two writes) is removed once it is old enough not to belong to work in progress.
 */
@ApplicationScoped
public class MediaCleanup {
    private static final Logger LOG = Logger.getLogger(MediaCleanup.class);
    private static final int BATCH = 500;

    @Inject
    EntityManager em;

    @Inject
    VideoRepository videos;

    @Inject
    VideoAttachments attachments;

    @Inject
    AuditLog audit;

    @Inject
    VideoObjects objects;

    @Inject
    MinioAsyncClient store;

    @Inject
    StorageConfig storage;

    @Inject
    VideoUploadConfig config;

    @Inject
    Clock clock;

    @Inject
    PhotoLifecycle photos;

    @Inject
    PhotoConfig photoConfig;

    @Scheduled(
            every = "${bravo.video.cleanup-every:1h}",
            delayed = "10m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!config.processingEnabled()) {
            // Backends that do not process videos leave the clean-up to those that do.
            return;
        }
        ReconciliationReport report = run(config.orphanGrace());
        if (report.uploadsAborted()
                        + report.unattachedDeleted()
                        + report.unattachedPhotosDeleted()
                        + report.orphansRemoved()
                        + report.failures()
                > 0) {
            LOG.infof("Media clean-up: %s", report);
        }
    }

    /** A pass an admin asked for, with the usual grace: audited, unlike the hourly one. */
    public ReconciliationReport runRequested() {
        ReconciliationReport report = run(config.orphanGrace());
        audit.adminAction("media.cleanup", null, report);
        return report;
    }

    /** One full pass; objects younger than {@code grace} are left alone. */
    public ReconciliationReport run(Duration grace) {
        int[] failures = {0};
        int aborted = abortAbandonedUploads(failures);
        int unattached = deleteUnattached();
        int unattachedPhotos = deleteUnattachedPhotos();
        long[] scan = reconcile("videos/", grace, failures);
        long[] photoScan = reconcile("photos/", grace, failures);
        return new ReconciliationReport(
                aborted,
                unattached,
                (int) (scan[0] + photoScan[0]),
                (int) (scan[1] + photoScan[1]),
                scan[2] + photoScan[2],
                failures[0],
                unattachedPhotos);
    }

    /** Photos shown by nothing for longer than the retention: rows now, the store's objects once committed. */
    int deleteUnattachedPhotos() {
        Instant before = clock.instant().minus(photoConfig.unattachedRetention());
        return QuarkusTransaction.requiringNew().call(() -> photos.deleteUnattachedSince(before));
    }

    int abortAbandonedUploads(int[] failures) {
        Instant before = clock.instant().minus(config.abandonedUploadAge());
        List<Video> stale = QuarkusTransaction.requiringNew()
                .call(() -> videos.list("status = ?1 and createdAt < ?2", Video.UPLOADING, before));
        int aborted = 0;
        for (Video video : stale) {
            try {
                store.abortMultipartUploadAsync(
                                storage.bucket(), storage.region(), video.originalKey, video.uploadId, null, null)
                        .get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                // An upload the store no longer knows is as good as aborted; anything else is retried next pass.
                if (!String.valueOf(e.getMessage()).contains("NoSuchUpload")) {
                    failures[0]++;
                    LOG.warnf("Could not abort upload of video %s: %s", video.id, e.getMessage());
                    continue;
                }
            }
            aborted += QuarkusTransaction.requiringNew()
                    .call(() -> videos.update(
                            "status = ?1, completedAt = ?2 where id = ?3 and status = ?4",
                            Video.ABORTED,
                            clock.instant(),
                            video.id,
                            Video.UPLOADING));
        }
        return aborted;
    }

    int deleteUnattached() {
        Instant before = clock.instant().minus(config.unattachedRetention());
        List<UUID> ids = QuarkusTransaction.requiringNew()
                .call(() -> videos
                        .list(
                                "attachedAt is null and status in ?1 and completedAt < ?2",
                                List.of(Video.READY, Video.FAILED),
                                before)
                        .stream()
                        .map(v -> v.id)
                        .toList());
        if (!ids.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> attachments.discard(ids));
        }
        return ids.size();
    }

    /** Returns {scanned, removed, bytes}. */
    long[] reconcile(String prefix, Duration grace, int[] failures) {
        List<VideoObjects.StoredObject> listed;
        try {
            listed = objects.list(prefix);
        } catch (Exception e) {
            failures[0]++;
            LOG.warnf("Cannot list %s in the object store: %s", prefix, e.getMessage());
            return new long[] {0, 0, 0};
        }
        Instant youngest = clock.instant().minus(grace);
        int removed = 0;
        long bytes = 0;
        for (int from = 0; from < listed.size(); from += BATCH) {
            List<VideoObjects.StoredObject> batch = listed.subList(from, Math.min(listed.size(), from + BATCH));
            Set<String> referenced = referenced(
                    batch.stream().map(VideoObjects.StoredObject::key).toList());
            for (VideoObjects.StoredObject object : batch) {
                if (referenced.contains(object.key()) || object.lastModified().isAfter(youngest)) {
                    continue;
                }
                try {
                    objects.delete(object.key());
                    removed++;
                    bytes += object.size();
                    LOG.infof("Removed orphaned object %s (%d bytes)", object.key(), object.size());
                } catch (Exception e) {
                    failures[0]++;
                }
            }
        }
        return new long[] {listed.size(), removed, bytes};
    }

    /** The keys among {@code keys} that a row still needs. */
    private Set<String> referenced(List<String> keys) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> rows =
                    em.createNativeQuery("""
                    select k from (
                        select original_key as k from video
                            where status in ('uploading', 'processing') or (status = 'ready' and original_kept)
                        union all select playback_key from video where status = 'ready'
                        union all select poster_key from video where status = 'ready'
                        union all select object_key from photo
                        union all select thumbnail_key from photo) refs
                    where k in (:keys)""").setParameter("keys", keys).getResultList();
            return new HashSet<>(rows);
        });
    }
}

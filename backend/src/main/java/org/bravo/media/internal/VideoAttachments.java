package org.bravo.media.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bravo.platform.content.ContentChanged;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.platform.error.FieldCode;
import org.bravo.platform.error.FieldErrors;

/** Where videos show: attached to one post or entry, taken off it, or deleted with it ({@code Videos} is the face). */
@ApplicationScoped
public class VideoAttachments {
    @Inject
    VideoRepository videos;

    @Inject
    VideoObjects objects;

    @Inject
    VideoJobQueue jobs;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AfterCommit afterCommit;

    @Inject
    MultipartUploads uploads;

    @Inject
    Event<ContentChanged> changed;

    /** See {@code Videos.checkAttachable}. */
    public List<UUID> checkAttachable(FieldErrors errors, List<String> raw, int max, Set<UUID> attached, String owner) {
        List<UUID> ids = errors.distinctIds("videoIds", raw, max, "video");
        List<UUID> added = ids.stream().filter(id -> !attached.contains(id)).toList();
        if (errors.isEmpty() && !added.isEmpty()) {
            long usable = videos.count(
                    "id in ?1 and ownerSubject = ?2 and status in ?3 and attachedAt is null",
                    added,
                    owner,
                    List.of(Video.PROCESSING, Video.READY));
            if (usable != added.size()) {
                errors.add(
                        "videoIds",
                        FieldCode.UNKNOWN,
                        "Unknown video, still uploading, failed, already shown elsewhere, or uploaded by someone else.");
            }
        }
        return ids;
    }

    /**
     * Marks videos as shown by a post or entry, in the caller's transaction. A video shows in one place only: if
     * another request attached one of them meanwhile, this fails with 409 and the caller's transaction rolls back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void attach(Collection<UUID> ids, String hostType, long hostId) {
        if (ids.isEmpty()) {
            return;
        }
        int updated = em.createNativeQuery("""
                update video set attached_at = :now, host_type = :hostType, host_id = :hostId
                where id in (:ids) and attached_at is null""")
                .setParameter("now", Timestamp.from(clock.instant()))
                .setParameter("hostType", hostType)
                .setParameter("hostId", hostId)
                .setParameter("ids", List.copyOf(ids))
                .executeUpdate();
        if (updated != ids.size()) {
            throw new ApiException(
                    409, ErrorCode.VIDEO_ALREADY_ATTACHED, "Conflict", "A video shows in one place only.");
        }
        ids.forEach(id -> changed.fire(new ContentChanged(VideoSearchSource.TYPE, id.toString())));
    }

    /** Videos taken off a post or entry (on edit): no longer shown, deleted later unless attached again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void detach(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            em.createNativeQuery(
                            "update video set attached_at = null, host_type = null, host_id = null where id in (:ids)")
                    .setParameter("ids", List.copyOf(ids))
                    .executeUpdate();
            ids.forEach(id -> changed.fire(new ContentChanged(VideoSearchSource.TYPE, id.toString())));
        }
    }

    /**
     * Deletes the videos of a deleted post or entry: the rows are marked deleted in the caller's transaction, and the
     * files are removed from the store once it commits. If the store is down then, the reconciliation job removes
     * them later (no row references them any more): deleting a post never waits for, nor fails on, the store.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void discard(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>();
        List<Video> unassembled = new ArrayList<>();
        for (Video video : videos.list("id in ?1", List.copyOf(ids))) {
            if (Video.DELETED.equals(video.status)) {
                continue;
            }
            if (Video.PROCESSING.equals(video.status)) {
                // Its parts may not be assembled yet: they would stay in the store, invisible to listings.
                unassembled.add(video);
            }
            keys.add(video.originalKey);
            if (video.playbackKey != null) {
                keys.add(video.playbackKey);
            }
            if (video.posterKey != null) {
                keys.add(video.posterKey);
            }
            video.status = Video.DELETED;
            video.attachedAt = null;
            video.hostType = null;
            video.hostId = null;
            changed.fire(new ContentChanged(VideoSearchSource.TYPE, video.id.toString()));
            video.progress = null;
            jobs.cancel(video.id);
        }
        em.createNativeQuery("delete from video_caption where video_id in (:ids)")
                .setParameter("ids", List.copyOf(ids))
                .executeUpdate();
        afterCommit.run(() -> {
            unassembled.forEach(uploads::abandonParts);
            objects.deleteEach(keys);
        });
    }
}

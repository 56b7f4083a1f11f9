package org.bravo.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bravo.media.internal.VideoAttachments;
import org.bravo.media.internal.VideoService;
import org.bravo.media.internal.VideoViews;
import org.bravo.platform.error.FieldErrors;
import org.bravo.platform.security.Viewer;

/** Videos as content features attach and show them, and as search reads their captions. */
@ApplicationScoped
public class Videos {
    @Inject
    VideoViews views;

    @Inject
    VideoService service;

    @Inject
    VideoAttachments attachments;

    /**
     * Checks the video ids a person attaches, reporting on the {@code videoIds} field: at most {@code max},
     * well-formed, and for ids not already {@code attached} there: uploaded by {@code owner}, completely uploaded,
     * not failed, and shown nowhere else. Returns the distinct ids, in order.
     */
    public List<UUID> checkAttachable(FieldErrors errors, List<String> raw, int max, Set<UUID> attached, String owner) {
        return attachments.checkAttachable(errors, raw, max, attached, owner);
    }

    /**
     * Marks videos as shown by a post or entry, in the caller's transaction. A video shows in one place only: if
     * another request attached one of them meanwhile, this fails with 409 and the caller's transaction rolls back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void attach(Collection<UUID> ids, String hostType, long hostId) {
        attachments.attach(ids, hostType, hostId);
    }

    /** Videos taken off a post or entry (on edit): no longer shown, deleted later unless attached again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void detach(Collection<UUID> ids) {
        attachments.detach(ids);
    }

    /**
     * Deletes the videos of a deleted post or entry: the rows are marked deleted in the caller's transaction, and the
     * files are removed from the store once it commits. If the store is down then, the reconciliation job removes
     * them later (no row references them any more): deleting a post never waits for, nor fails on, the store.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void discard(Collection<UUID> ids) {
        attachments.discard(ids);
    }

    /** Views in the order of {@code ids}, as {@code viewerSubject} sees them. */
    public List<VideoView> describe(List<UUID> ids, Viewer viewer) {
        return views.describe(ids, viewer);
    }

    /** Every caption track of a video, by language, with timestamps. */
    public Map<String, List<CaptionCue>> captions(UUID videoId) {
        Map<String, List<CaptionCue>> tracks = new LinkedHashMap<>();
        for (String lang : List.of("fr", "en")) {
            String vtt = service.captionText(videoId, lang);
            if (vtt != null) {
                tracks.put(lang, service.cues(vtt));
            }
        }
        return tracks;
    }
}

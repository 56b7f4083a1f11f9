package org.bravo.media.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bravo.platform.content.ContentTargets;
import org.bravo.platform.content.HiddenState;
import org.bravo.platform.content.ModeratedItem;
import org.bravo.platform.content.ModeratedRows;
import org.bravo.platform.security.Viewer;

/**
 * Lets moderation hide, restore and delete videos. A hidden video leaves its page, the films gallery and search for
 * everyone but its uploader and moderators; the page itself stays.
 */
@ApplicationScoped
public class VideoModeration extends ModeratedRows<Video> {
    @Inject
    VideoRepository videos;

    @Inject
    VideoAttachments attachments;

    @Inject
    Instance<ContentTargets> targets;

    @Override
    public String type() {
        return VideoSearchSource.TYPE;
    }

    @Override
    protected Optional<Video> load(String id) {
        try {
            return Optional.ofNullable(videos.findById(UUID.fromString(id)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    protected HiddenState moderation(Video video) {
        return video.moderation;
    }

    @Override
    protected ModeratedItem describe(String id, Video v) {
        return new ModeratedItem(
                type(),
                id,
                v.ownerSubject,
                v.fileName,
                "",
                v.hostType,
                v.hostId == null ? null : String.valueOf(v.hostId),
                null,
                v.createdAt,
                v.moderation.state(Video.DELETED.equals(v.status)),
                v.moderation.hiddenReason,
                null);
    }

    /** A film not yet on a page is its uploader's alone; on a page, it is seen by whoever may see that page. */
    @Override
    protected boolean canView(Video v, Viewer viewer) {
        return VideoViews.visibleTo(v, viewer)
                && (v.hostType == null
                        ? viewer.is(v.ownerSubject)
                        : targets.get()
                                .resolver(v.hostType)
                                .findVisible(v.hostId, viewer)
                                .isPresent());
    }

    @Override
    public long countBy(String authorSubject) {
        return videos.count("ownerSubject = ?1 and status = ?2", authorSubject, Video.READY);
    }

    @Override
    public void delete(String id, Viewer moderator) {
        attachments.discard(List.of(UUID.fromString(id)));
    }
}

package org.bravo.media.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bravo.media.Videos;
import org.bravo.platform.content.ContentChanged;
import org.bravo.platform.content.ContentTargets;
import org.bravo.platform.content.Hiding;
import org.bravo.platform.content.ModeratedContent;
import org.bravo.platform.content.ModeratedItem;
import org.bravo.platform.security.Viewer;

/**
 * Lets moderation hide, restore and delete videos. A hidden video leaves its page, the films gallery and search for
 * everyone but its uploader and moderators; the page itself stays.
 */
@ApplicationScoped
public class VideoModeration implements ModeratedContent {
    private final VideoRepository videos;
    private final Instance<Videos> facade;
    private final Instance<ContentTargets> targets;
    private final Event<ContentChanged> changed;
    private final Clock clock;

    @Inject
    public VideoModeration(VideoRepository videos, Instance<Videos> facade, Instance<ContentTargets> targets,
                           Event<ContentChanged> changed, Clock clock) {
        this.videos = videos;
        this.facade = facade;
        this.targets = targets;
        this.changed = changed;
        this.clock = clock;
    }

    @Override
    public String type() {
        return VideoSearchSource.TYPE;
    }

    @Override
    public Optional<ModeratedItem> find(String id) {
        return video(id).map(v -> new ModeratedItem(type(), id, v.ownerSubject, v.fileName, "", v.hostType,
                v.hostId == null ? null : String.valueOf(v.hostId), null, v.createdAt,
                v.moderation.state(Video.DELETED.equals(v.status)), v.moderation.hiddenReason,
                null));
    }

    @Override
    public long countBy(String authorSubject) {
        return videos.count("ownerSubject = ?1 and status = ?2", authorSubject, Video.READY);
    }

    @Override
    public boolean visibleTo(String id, Viewer viewer) {
        return video(id).filter(v -> VideoViews.visibleTo(v, viewer)).filter(v -> v.hostType == null
                ? viewer.is(v.ownerSubject)
                : targets.get().resolver(v.hostType).findVisible(v.hostId, viewer).isPresent()).isPresent();
    }

    @Override
    public void hide(String id, Hiding hiding) {
        Video video = video(id).orElseThrow();
        video.moderation.hide(hiding, clock.instant());
        changed.fire(new ContentChanged(type(), id));
    }

    @Override
    public void restore(String id) {
        Video video = video(id).orElseThrow();
        video.moderation.restore();
        changed.fire(new ContentChanged(type(), id));
    }

    @Override
    public void delete(String id, Viewer moderator) {
        facade.get().discard(List.of(UUID.fromString(id)));
    }

    private Optional<Video> video(String id) {
        try {
            return Optional.ofNullable(videos.findById(UUID.fromString(id)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

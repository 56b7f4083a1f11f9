package org.bravo.post.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.bravo.platform.content.ContentChanged;
import org.bravo.platform.content.Hiding;
import org.bravo.platform.content.ModeratedContent;
import org.bravo.platform.content.ModeratedItem;
import org.bravo.platform.security.Viewer;

/** Lets moderation hide, restore, delete posts and lock their comments. */
@ApplicationScoped
public class PostModeration implements ModeratedContent {
    private final PostRepository posts;
    private final PostService service;
    private final Event<ContentChanged> changed;
    private final Clock clock;

    @Inject
    public PostModeration(PostRepository posts, PostService service, Event<ContentChanged> changed, Clock clock) {
        this.posts = posts;
        this.service = service;
        this.changed = changed;
        this.clock = clock;
    }

    @Override
    public String type() {
        return PostSearchSource.TYPE;
    }

    @Override
    public Optional<ModeratedItem> find(String id) {
        // A draft is its author's work in progress: moderators never see it, in the queue or at its address.
        return post(id).filter(p -> !p.draft).map(p -> new ModeratedItem(type(), id, p.authorSubject, p.title, p.excerpt, type(), id,
                p.shopCode, p.publishedAt != null ? p.publishedAt : p.createdAt,
                p.moderation.state(p.deletedAt != null), p.moderation.hiddenReason,
                p.commentsLockedAt != null));
    }

    @Override
    public long countBy(String authorSubject) {
        return posts.count("authorSubject = ?1 and deletedAt is null and draft = false", authorSubject);
    }

    @Override
    public boolean visibleTo(String id, Viewer viewer) {
        return post(id).filter(p -> PostPolicy.canView(p, viewer) && !p.draft).isPresent();
    }

    @Override
    public void hide(String id, Hiding hiding) {
        Post post = post(id).orElseThrow();
        post.moderation.hide(hiding, clock.instant());
        changed.fire(ContentChanged.of(type(), post.id));
    }

    @Override
    public void restore(String id) {
        Post post = post(id).orElseThrow();
        post.moderation.restore();
        changed.fire(ContentChanged.of(type(), post.id));
    }

    @Override
    public void delete(String id, Viewer moderator) {
        service.delete(Long.parseLong(id), moderator);
    }

    @Override
    public boolean takesComments() {
        return true;
    }

    @Override
    public void lockComments(String id, boolean locked) {
        post(id).orElseThrow().commentsLockedAt = locked ? clock.instant() : null;
    }

    private Optional<Post> post(String id) {
        try {
            return Optional.ofNullable(posts.findById(Long.parseLong(id)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

package org.bravo.post.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.bravo.platform.content.ContentChanged;
import org.bravo.platform.content.HiddenState;
import org.bravo.platform.content.ModeratedItem;
import org.bravo.platform.content.ModeratedRows;
import org.bravo.platform.security.Viewer;

/** Lets moderation hide, restore, delete posts and lock their comments. */
@ApplicationScoped
public class PostModeration extends ModeratedRows<Post> {
    private final PostRepository posts;
    private final PostService service;

    @Inject
    public PostModeration(PostRepository posts, PostService service, Event<ContentChanged> changed, Clock clock) {
        super(changed, clock);
        this.posts = posts;
        this.service = service;
    }

    @Override
    public String type() {
        return PostSearchSource.TYPE;
    }

    @Override
    protected Optional<Post> load(String id) {
        return numericId(id).map(posts::findById);
    }

    @Override
    protected HiddenState moderation(Post post) {
        return post.moderation;
    }

    /** A draft is its author's work in progress: moderators never see it, in the queue or at its address. */
    @Override
    protected boolean moderated(Post post) {
        return !post.draft;
    }

    @Override
    protected ModeratedItem describe(String id, Post p) {
        return new ModeratedItem(
                type(),
                id,
                p.authorSubject,
                p.title,
                p.excerpt,
                type(),
                id,
                p.shopCode,
                p.publishedAt != null ? p.publishedAt : p.createdAt,
                p.moderation.state(p.deletedAt != null),
                p.moderation.hiddenReason,
                p.commentsLockedAt != null);
    }

    @Override
    protected boolean canView(Post post, Viewer viewer) {
        return PostPolicy.canView(post, viewer);
    }

    @Override
    public long countBy(String authorSubject) {
        return posts.count("authorSubject = ?1 and deletedAt is null and draft = false", authorSubject);
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
        load(id).orElseThrow().commentsLockedAt = locked ? clock.instant() : null;
    }
}

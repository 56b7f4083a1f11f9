package org.bravo.post.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bravo.platform.content.ModeratedItem;
import org.bravo.platform.content.ModeratedPages;
import org.bravo.platform.security.Viewer;

/** Lets moderation hide, restore, delete posts and lock their comments. */
@ApplicationScoped
public class PostModeration extends ModeratedPages<Post> {
    @Inject
    PostService service;

    public PostModeration() {
        super(PostSearchSource.TYPE, Post.class);
    }

    @Override
    protected String published() {
        return "x.deletedAt is null and x.draft = false";
    }

    /** A draft is its author's work in progress: moderators never see it, in the queue or at its address. */
    @Override
    protected boolean moderated(Post post) {
        return !post.draft;
    }

    @Override
    protected ModeratedItem describe(String id, Post p) {
        return page(id, p, p.title, p.shopCode, p.publishedAt != null ? p.publishedAt : p.createdAt);
    }

    @Override
    protected boolean canView(Post post, Viewer viewer) {
        return PostPolicy.canView(post, viewer);
    }

    @Override
    public void delete(String id, Viewer moderator) {
        service.delete(Long.parseLong(id), moderator);
    }
}

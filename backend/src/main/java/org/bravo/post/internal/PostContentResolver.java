package org.bravo.post.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.bravo.comment.CommentCountChanged;
import org.bravo.platform.content.ContentRef;
import org.bravo.platform.content.ContentResolver;
import org.bravo.platform.content.ContentTypes;
import org.bravo.platform.security.Viewer;

/** Lets comments and bravos attach to posts, and keeps the post's counters in step with them. */
@ApplicationScoped
public class PostContentResolver implements ContentResolver {
    @Inject
    PostRepository posts;

    @Override
    public String type() {
        return ContentTypes.POST;
    }

    @Override
    public Optional<ContentRef> findVisible(long id, Viewer viewer) {
        return Optional.ofNullable(posts.findById(id))
                // Drafts take no comments or bravos even from their author: nobody else could see them.
                .filter(p -> PostPolicy.canView(p, viewer) && !p.draft)
                .map(p -> ContentRef.root(
                        ContentTypes.POST, p.id, p.authorSubject, p.moderation.isHidden(), p.commentsLockedAt != null));
    }

    @Override
    public void adjustBravoCount(long id, int delta) {
        posts.adjustBravoCount(id, delta);
    }

    void onCommentCount(@Observes CommentCountChanged change) {
        if (ContentTypes.POST.equals(change.targetType())) {
            posts.adjustCommentCount(change.targetId(), change.delta());
        }
    }
}

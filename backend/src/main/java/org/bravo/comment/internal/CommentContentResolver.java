package org.bravo.comment.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import org.bravo.platform.content.ContentRef;
import org.bravo.platform.content.ContentResolver;
import org.bravo.platform.content.ContentTargets;
import org.bravo.platform.content.ContentTypes;
import org.bravo.platform.security.Viewer;

/** Comments can receive bravos: visible when they and what they comment on are. */
@ApplicationScoped
public class CommentContentResolver implements ContentResolver {
    private final CommentRepository comments;
    private final Instance<ContentTargets> targets;

    @Inject
    public CommentContentResolver(CommentRepository comments, Instance<ContentTargets> targets) {
        // Looked up lazily: ContentTargets collects every resolver, this one included.
        this.comments = comments;
        this.targets = targets;
    }

    @Override
    public String type() {
        return ContentTypes.COMMENT;
    }

    @Override
    public Optional<ContentRef> findVisible(long id, Viewer viewer) {
        Comment comment = comments.findById(id);
        if (comment == null || comment.deletedAt != null || !CommentService.canSee(comment, viewer)) {
            return Optional.empty();
        }
        return targets.get()
                .resolver(comment.targetType)
                .findVisible(comment.targetId, viewer)
                .map(parent -> new ContentRef(
                        ContentTypes.COMMENT,
                        comment.id,
                        comment.authorSubject,
                        parent.rootType(),
                        parent.rootId(),
                        parent.hidden() || comment.moderation.isHidden(),
                        parent.commentsLocked()));
    }

    @Override
    public void adjustBravoCount(long id, int delta) {
        comments.adjustBravoCount(id, delta);
    }
}

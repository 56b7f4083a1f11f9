package org.bravo.comment.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.bravo.comment.CommentCountChanged;
import org.bravo.comment.CommentPosted;
import org.bravo.platform.content.ContentTargets;
import org.bravo.platform.content.ModeratedItem;
import org.bravo.platform.content.ModeratedWriting;
import org.bravo.platform.content.ModerationTitles;
import org.bravo.platform.security.Viewer;
import org.bravo.platform.text.MarkdownRenderer;

/** Lets moderation hide, restore and delete comments; a hidden comment no longer counts on its page. */
@ApplicationScoped
public class CommentModeration extends ModeratedWriting<Comment> {
    @Inject
    CommentService service;

    @Inject
    Instance<ContentTargets> targets;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    Event<CommentCountChanged> countChanged;

    @Inject
    Event<CommentPosted> posted;

    public CommentModeration() {
        super(CommentSearchSource.TYPE, Comment.class);
    }

    @Override
    protected ModeratedItem describe(String id, Comment c) {
        String text = markdown.excerpt(c.bodyMarkdown);
        return new ModeratedItem(
                type(),
                id,
                c.authorSubject,
                ModerationTitles.of(text),
                text,
                c.targetType,
                String.valueOf(c.targetId),
                null,
                c.createdAt,
                c.moderation.state(c.deletedAt != null),
                c.moderation.hiddenReason,
                null);
    }

    @Override
    protected boolean canView(Comment c, Viewer viewer) {
        return !CommentService.gone(c, viewer)
                && targets.get()
                        .resolver(c.targetType)
                        .findVisible(c.targetId, viewer)
                        .isPresent();
    }

    @Override
    protected void beforeHide(Comment comment) {
        if (!comment.moderation.isHidden()) {
            countChanged.fire(new CommentCountChanged(comment.targetType, comment.targetId, -1));
        }
    }

    @Override
    protected void beforeRestore(Comment comment) {
        if (comment.moderation.isHidden()) {
            countChanged.fire(new CommentCountChanged(comment.targetType, comment.targetId, 1));
            // Its page shows it from now on: for the page, it is posted now (a comment held from the start was
            // never announced).
            posted.fire(new CommentPosted(
                    comment.targetType, comment.targetId, comment.id, comment.authorSubject, clock.instant()));
        }
    }

    @Override
    public void delete(String id, Viewer moderator) {
        service.delete(Long.parseLong(id), moderator);
    }
}

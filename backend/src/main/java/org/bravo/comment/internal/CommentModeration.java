package org.bravo.comment.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.bravo.comment.CommentCountChanged;
import org.bravo.comment.CommentPosted;
import org.bravo.platform.content.ContentChanged;
import org.bravo.platform.content.ContentTargets;
import org.bravo.platform.content.HiddenState;
import org.bravo.platform.content.ModeratedItem;
import org.bravo.platform.content.ModeratedRows;
import org.bravo.platform.content.ModerationTitles;
import org.bravo.platform.security.Viewer;
import org.bravo.platform.text.MarkdownRenderer;

/** Lets moderation hide, restore and delete comments; a hidden comment no longer counts on its page. */
@ApplicationScoped
public class CommentModeration extends ModeratedRows<Comment> {
    private final CommentRepository comments;
    private final CommentService service;
    private final Instance<ContentTargets> targets;
    private final MarkdownRenderer markdown;
    private final Event<CommentCountChanged> countChanged;
    private final Event<CommentPosted> posted;

    @Inject
    public CommentModeration(
            CommentRepository comments,
            CommentService service,
            Instance<ContentTargets> targets,
            MarkdownRenderer markdown,
            Event<CommentCountChanged> countChanged,
            Event<ContentChanged> changed,
            Event<CommentPosted> posted,
            Clock clock) {
        super(changed, clock);
        this.posted = posted;
        this.comments = comments;
        this.service = service;
        this.targets = targets;
        this.markdown = markdown;
        this.countChanged = countChanged;
    }

    @Override
    public String type() {
        return CommentSearchSource.TYPE;
    }

    @Override
    protected Optional<Comment> load(String id) {
        return numericId(id).map(comments::findById);
    }

    @Override
    protected HiddenState moderation(Comment comment) {
        return comment.moderation;
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
    public long countBy(String authorSubject) {
        return comments.count("authorSubject = ?1 and deletedAt is null", authorSubject);
    }

    @Override
    public void delete(String id, Viewer moderator) {
        service.delete(Long.parseLong(id), moderator);
    }
}

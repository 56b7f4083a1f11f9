package org.bravo.comment.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bravo.comment.CommentCountChanged;
import org.bravo.comment.CommentPosted;
import org.bravo.comment.CommentView;
import org.bravo.moderation.Screening;
import org.bravo.moderation.WatchWords;
import org.bravo.people.People;
import org.bravo.people.PersonRef;
import org.bravo.platform.content.ContentActedOnByStaff;
import org.bravo.platform.content.ContentActedOnByStaff.Target;
import org.bravo.platform.content.ContentChanged;
import org.bravo.platform.content.ContentRef;
import org.bravo.platform.content.ContentTargets;
import org.bravo.platform.content.ModerationTitles;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.platform.error.FieldCode;
import org.bravo.platform.error.FieldErrors;
import org.bravo.platform.security.Viewer;
import org.bravo.platform.text.MarkdownRenderer;

/**
 * Writing comments (posting, replying, editing, deleting) and who may see or change one. Threads and views are read by
 * {@link CommentViews}; mentions are rendered, kept and told by {@link CommentMentions}.
 */
@ApplicationScoped
public class CommentService {
    static final int MAX_BODY = 5_000;

    @Inject
    CommentRepository comments;

    @Inject
    ContentTargets targets;

    @Inject
    People people;

    @Inject
    CommentViews views;

    @Inject
    CommentMentions mentions;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    Event<CommentCountChanged> countChanged;

    @Inject
    Event<CommentPosted> posted;

    @Inject
    Clock clock;

    @Inject
    Event<ContentChanged> changed;

    @Inject
    WatchWords watchWords;

    @Inject
    Event<ContentActedOnByStaff> staffActed;

    /** Oldest first, each reply right after its parent; deleted comments stay only as placeholders for replies. */
    public List<CommentView> list(String targetType, long targetId, Viewer viewer) {
        targets.require(targetType, targetId, viewer);
        return views.thread(targetType, targetId, viewer);
    }

    @Transactional
    public CommentView create(String targetType, long targetId, String body, Long parentId, Viewer viewer) {
        ContentRef target = targets.require(targetType, targetId, viewer);
        target.requireOpenToReactions();
        if (target.commentsLocked()) {
            throw new ApiException(409, ErrorCode.COMMENTS_LOCKED, "Conflict", "A moderator closed the comments here.");
        }
        PersonRef me = people.current();
        validate(body);
        Screening screening = screen(body);
        Long topParent = null;
        if (parentId != null) {
            Comment parent = comments.findById(parentId);
            if (parent == null
                    || gone(parent, viewer)
                    || !parent.targetType.equals(targetType)
                    || parent.targetId != targetId) {
                new FieldErrors()
                        .add("parentId", FieldCode.UNKNOWN, "No such comment here.")
                        .throwIfAny();
            }
            // One level of replies: answering a reply answers its thread.
            topParent = parent.parentId != null ? parent.parentId : parent.id;
        }
        Comment comment = new Comment();
        comment.targetType = targetType;
        comment.targetId = targetId;
        comment.parentId = topParent;
        comment.authorSubject = me.subject();
        comment.createdAt = clock.instant();
        Set<String> newMentions = mentions.render(comment, body, me);
        comments.persist(comment);
        comments.flush();
        // A comment held for review tells nobody it mentions them: they could not see it.
        mentions.store(comment, target, newMentions, Set.of(), me, !screening.held());
        countChanged.fire(new CommentCountChanged(targetType, targetId, 1));
        if (!screening.held()) {
            // A held comment is announced when a moderator lets it through (CommentModeration.restore): until then
            // it is no reaction anyone can see.
            posted.fire(new CommentPosted(targetType, targetId, comment.id, me.subject(), comment.createdAt));
        }
        changed.fire(ContentChanged.of(CommentSearchSource.TYPE, comment.id));
        watchWords.review(CommentSearchSource.TYPE, String.valueOf(comment.id), screening);
        return views.view(comment, viewer);
    }

    /**
     * Edits the comment; a moderator's or an admin's edit of someone else's comment is written to the audit log and
     * told to the author, with the optional {@code reason}.
     */
    @Transactional
    public CommentView update(long id, String body, String reason, Viewer viewer) {
        Comment comment = requireVisible(id, viewer);
        if (!canEdit(comment, viewer)) {
            throw ApiException.forbidden(
                    ErrorCode.NOT_YOUR_COMMENT, "Only the author or a moderator can edit this comment.");
        }
        boolean byStaff = ContentActedOnByStaff.isStaffActing(viewer, comment.authorSubject);
        FieldErrors errors = new FieldErrors().required("body", body).maxLength("body", body, MAX_BODY);
        String why = byStaff ? ContentActedOnByStaff.reason(errors, reason) : null;
        errors.throwIfAny();
        Screening screening = screen(body);
        String bodyBefore = comment.bodyMarkdown;
        ContentRef target = targets.require(comment.targetType, comment.targetId, viewer);
        PersonRef me = people.current();
        Set<String> before = mentions.subjects(comment.id);
        Set<String> names = mentions.render(comment, body, me);
        comment.editedAt = clock.instant();
        mentions.store(comment, target, names, before, me, !screening.held() && !comment.moderation.isHidden());
        changed.fire(ContentChanged.of(CommentSearchSource.TYPE, comment.id));
        watchWords.review(CommentSearchSource.TYPE, String.valueOf(comment.id), screening);
        if (byStaff && !body.equals(bodyBefore)) {
            Map<String, Object> was = new HashMap<>();
            was.put("body", bodyBefore);
            staffActed.fire(
                    ContentActedOnByStaff.edited(actedOn(comment, bodyBefore), viewer, why, was, Map.of("body", body)));
        }
        return views.view(comment, viewer);
    }

    /**
     * The ordinary delete, by its author or by a moderator or an admin; staff deleting someone else's comment is
     * written to the audit log and told to the author, with the optional {@code reason}.
     */
    @Transactional
    public void delete(long id, String reason, Viewer viewer) {
        Comment comment = requireVisible(id, viewer);
        ContentActedOnByStaff.deleteNotingStaff(
                viewer,
                actedOn(comment, comment.bodyMarkdown),
                comment.moderation.state(false),
                reason,
                () -> delete(id, viewer),
                staffActed);
    }

    /** A comment shows on the page it is about; its title in the trail is the start of {@code body}. */
    private Target actedOn(Comment comment, String body) {
        return new Target(
                CommentSearchSource.TYPE,
                comment.id,
                title(body),
                comment.targetType,
                comment.targetId,
                comment.authorSubject);
    }

    /** Deletes the comment; the review queue's delete action comes here directly and keeps its own trail. */
    @Transactional
    public void delete(long id, Viewer viewer) {
        Comment comment = requireVisible(id, viewer);
        if (!canEdit(comment, viewer)) {
            throw ApiException.forbidden(
                    ErrorCode.NOT_YOUR_COMMENT, "Only the author or a moderator can delete this comment.");
        }
        comment.deletedAt = clock.instant();
        if (!comment.moderation.isHidden()) {
            // A hidden comment stopped counting when it was hidden.
            countChanged.fire(new CommentCountChanged(comment.targetType, comment.targetId, -1));
        }
        changed.fire(ContentChanged.of(CommentSearchSource.TYPE, comment.id));
    }

    /** The comment if it and the content it belongs to are visible to the viewer. */
    public Comment requireVisible(long id, Viewer viewer) {
        Comment comment = comments.findById(id);
        if (comment == null
                || gone(comment, viewer)
                || targets.resolver(comment.targetType)
                        .findVisible(comment.targetId, viewer)
                        .isEmpty()) {
            throw ApiException.notFound(
                    ErrorCode.COMMENT_NOT_FOUND, "No comment " + id + " here, or it is not visible to you.");
        }
        return comment;
    }

    /** A hidden comment exists only for its author and moderators. */
    static boolean canSee(Comment comment, Viewer viewer) {
        return !comment.moderation.isHidden() || viewer.is(comment.authorSubject) || viewer.canModerate();
    }

    /** Deleted, or hidden from this viewer: shown at most as a placeholder. */
    static boolean gone(Comment comment, Viewer viewer) {
        return comment.deletedAt != null || !canSee(comment, viewer);
    }

    static boolean canEdit(Comment comment, Viewer viewer) {
        return viewer.is(comment.authorSubject) || viewer.canModerate();
    }

    private Screening screen(String body) {
        return watchWords.screen(Map.of("body", body));
    }

    /** The comment's title in the moderation views and the audit log (CommentModeration#find). */
    private String title(String bodyMarkdown) {
        return ModerationTitles.of(markdown.excerpt(bodyMarkdown));
    }

    private static void validate(String body) {
        new FieldErrors()
                .required("body", body)
                .maxLength("body", body, MAX_BODY)
                .throwIfAny();
    }
}

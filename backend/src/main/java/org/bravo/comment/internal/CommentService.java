package org.bravo.comment.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bravo.comment.CommentCountChanged;
import org.bravo.comment.CommentPosted;
import org.bravo.comment.CommentView;
import org.bravo.comment.PersonMentioned;
import org.bravo.moderation.Screening;
import org.bravo.moderation.WatchWords;
import org.bravo.people.People;
import org.bravo.people.PersonRef;
import org.bravo.people.PersonSummary;
import org.bravo.platform.content.ContentActedOnByStaff;
import org.bravo.platform.content.ContentChanged;
import org.bravo.platform.content.ContentRef;
import org.bravo.platform.content.ContentTargets;
import org.bravo.platform.content.ContentTypes;
import org.bravo.platform.content.ModerationState;
import org.bravo.platform.content.ModerationTitles;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.platform.error.FieldCode;
import org.bravo.platform.error.FieldErrors;
import org.bravo.platform.security.Viewer;
import org.bravo.platform.text.MarkdownRenderer;
import org.bravo.vote.Bravos;

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
    Bravos bravos;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    Event<CommentCountChanged> countChanged;

    @Inject
    Event<PersonMentioned> mentioned;

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
        List<Comment> all = comments.list("targetType = ?1 and targetId = ?2 order by id", targetType, targetId);
        Set<Long> withLiveReplies = all.stream()
                .filter(c -> c.parentId != null && !gone(c, viewer))
                .map(c -> c.parentId)
                .collect(Collectors.toSet());
        List<Comment> shown = all.stream()
                .filter(c -> !gone(c, viewer) || (c.parentId == null && withLiveReplies.contains(c.id)))
                .toList();
        Map<Long, List<Comment>> replies = new HashMap<>();
        List<Comment> ordered = new ArrayList<>();
        for (Comment c : shown) {
            if (c.parentId != null) {
                replies.computeIfAbsent(c.parentId, k -> new ArrayList<>()).add(c);
            }
        }
        for (Comment c : shown) {
            if (c.parentId == null) {
                ordered.add(c);
                ordered.addAll(replies.getOrDefault(c.id, List.of()));
            }
        }
        return views(ordered, viewer);
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
        Set<String> newMentions = render(comment, body, me);
        comments.persist(comment);
        comments.flush();
        // A comment held for review tells nobody it mentions them: they could not see it.
        storeMentions(comment, target, newMentions, Set.of(), me, !screening.held());
        countChanged.fire(new CommentCountChanged(targetType, targetId, 1));
        if (!screening.held()) {
            // A held comment is announced when a moderator lets it through (CommentModeration.restore): until then
            // it is no reaction anyone can see.
            posted.fire(new CommentPosted(targetType, targetId, comment.id, me.subject(), comment.createdAt));
        }
        changed.fire(ContentChanged.of(CommentSearchSource.TYPE, comment.id));
        watchWords.review(CommentSearchSource.TYPE, String.valueOf(comment.id), screening);
        return views(List.of(comment), viewer).get(0);
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
        Set<String> before = mentionedSubjects(comment.id);
        Set<String> names = render(comment, body, me);
        comment.editedAt = clock.instant();
        storeMentions(comment, target, names, before, me, !screening.held() && !comment.moderation.isHidden());
        changed.fire(ContentChanged.of(CommentSearchSource.TYPE, comment.id));
        watchWords.review(CommentSearchSource.TYPE, String.valueOf(comment.id), screening);
        if (byStaff && !body.equals(bodyBefore)) {
            Map<String, Object> was = new HashMap<>();
            was.put("body", bodyBefore);
            staffActed.fire(ContentActedOnByStaff.edited(
                    CommentSearchSource.TYPE,
                    comment.id,
                    title(bodyBefore),
                    comment.targetType,
                    comment.targetId,
                    comment.authorSubject,
                    viewer,
                    why,
                    was,
                    Map.of("body", body)));
        }
        return views(List.of(comment), viewer).get(0);
    }

    /**
     * The ordinary delete, by its author or by a moderator or an admin; staff deleting someone else's comment is
     * written to the audit log and told to the author, with the optional {@code reason}.
     */
    @Transactional
    public void delete(long id, String reason, Viewer viewer) {
        Comment comment = requireVisible(id, viewer);
        ModerationState state = comment.moderation.state(false);
        ContentActedOnByStaff.deleteNotingStaff(
                viewer,
                comment.authorSubject,
                reason,
                () -> delete(id, viewer),
                why -> ContentActedOnByStaff.deleted(
                        CommentSearchSource.TYPE,
                        comment.id,
                        title(comment.bodyMarkdown),
                        comment.targetType,
                        comment.targetId,
                        comment.authorSubject,
                        viewer,
                        why,
                        state),
                staffActed);
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
        Screening screening = watchWords.screen(Map.of("body", body));
        screening.throwIfBlocked();
        return screening;
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

    /** Renders the body with known mentions linked; returns the subjects mentioned (not the author). */
    private Set<String> render(Comment comment, String body, PersonRef me) {
        List<PersonRef> known = people.byUsernames(Mentions.find(body));
        Set<String> knownNames =
                known.stream().map(p -> p.username().toLowerCase()).collect(Collectors.toSet());
        comment.bodyMarkdown = body;
        comment.bodyHtml = markdown.toHtml(Mentions.linked(body, knownNames::contains));
        return known.stream()
                .map(PersonRef::subject)
                .filter(s -> !s.equals(me.subject()))
                .collect(Collectors.toSet());
    }

    private void storeMentions(
            Comment comment, ContentRef target, Set<String> now, Set<String> before, PersonRef me, boolean notify) {
        var em = comments.getEntityManager();
        em.createNativeQuery("delete from comment_mention where comment_id = ?1")
                .setParameter(1, comment.id)
                .executeUpdate();
        for (String subject : now) {
            em.createNativeQuery("insert into comment_mention (comment_id, person_subject) values (?1, ?2)")
                    .setParameter(1, comment.id)
                    .setParameter(2, subject)
                    .executeUpdate();
            if (notify && !before.contains(subject)) {
                mentioned.fire(new PersonMentioned(
                        comment.id,
                        target.rootType(),
                        target.rootId(),
                        subject,
                        me.subject(),
                        markdown.excerpt(comment.bodyMarkdown)));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Set<String> mentionedSubjects(long commentId) {
        return new HashSet<>(comments.getEntityManager()
                .createNativeQuery("select person_subject from comment_mention where comment_id = ?1")
                .setParameter(1, commentId)
                .getResultList());
    }

    @SuppressWarnings("unchecked")
    private List<CommentView> views(List<Comment> list, Viewer viewer) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Long> ids = list.stream().map(c -> c.id).toList();
        List<Object[]> rows = comments.getEntityManager()
                .createNativeQuery("select comment_id, person_subject from comment_mention where comment_id in (:ids)")
                .setParameter("ids", ids)
                .getResultList();
        // Authors and mentioned people in one read through the people module, which owns who they are.
        Set<String> subjects =
                new HashSet<>(list.stream().map(c -> c.authorSubject).toList());
        rows.forEach(row -> subjects.add((String) row[1]));
        Map<String, PersonSummary> authors = people.summaries(subjects);
        Set<Long> bravoed = bravos.givenBy(viewer.subject(), ContentTypes.COMMENT, ids);
        Map<Long, List<String>> mentions = new HashMap<>();
        for (Object[] row : rows) {
            PersonSummary mentioned = authors.get((String) row[1]);
            if (mentioned != null) {
                mentions.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                        .add(mentioned.username());
            }
        }
        mentions.values().forEach(usernames -> usernames.sort(null));
        List<CommentView> views = new ArrayList<>();
        for (Comment c : list) {
            boolean deleted = gone(c, viewer);
            views.add(new CommentView(
                    c.id,
                    c.targetType,
                    c.targetId,
                    c.parentId,
                    authors.getOrDefault(c.authorSubject, new PersonSummary("?", "?", null)),
                    deleted ? "" : c.bodyHtml,
                    deleted ? "" : c.bodyMarkdown,
                    c.createdAt,
                    c.editedAt,
                    c.bravoCount,
                    bravoed.contains(c.id),
                    deleted ? List.of() : mentions.getOrDefault(c.id, List.of()),
                    !deleted && canEdit(c, viewer),
                    !deleted && canEdit(c, viewer),
                    deleted,
                    !deleted && c.moderation.isHidden(),
                    !deleted && c.moderation.isPendingReview(),
                    deleted ? null : c.moderation.hiddenReason));
        }
        return views;
    }
}

package org.bravo.comment.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bravo.comment.CommentView;
import org.bravo.people.People;
import org.bravo.people.PersonSummary;
import org.bravo.platform.content.ContentTypes;
import org.bravo.platform.security.Viewer;
import org.bravo.vote.Bravos;

/** Comments as a viewer sees them: threaded, with authors, mentions and bravos read in one go for the whole list. */
@ApplicationScoped
class CommentViews {
    @Inject
    CommentRepository comments;

    @Inject
    People people;

    @Inject
    Bravos bravos;

    /** Oldest first, each reply right after its parent; deleted comments stay only as placeholders for replies. */
    List<CommentView> thread(String targetType, long targetId, Viewer viewer) {
        List<Comment> all = comments.list("targetType = ?1 and targetId = ?2 order by id", targetType, targetId);
        Set<Long> withLiveReplies = all.stream()
                .filter(c -> c.parentId != null && !CommentService.gone(c, viewer))
                .map(c -> c.parentId)
                .collect(Collectors.toSet());
        List<Comment> shown = all.stream()
                .filter(c -> !CommentService.gone(c, viewer) || (c.parentId == null && withLiveReplies.contains(c.id)))
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

    CommentView view(Comment comment, Viewer viewer) {
        return views(List.of(comment), viewer).get(0);
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
            boolean deleted = CommentService.gone(c, viewer);
            boolean editable = !deleted && CommentService.canEdit(c, viewer);
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
                    editable,
                    editable,
                    deleted,
                    !deleted && c.moderation.isHidden(),
                    !deleted && c.moderation.isPendingReview(),
                    deleted ? null : c.moderation.hiddenReason));
        }
        return views;
    }
}

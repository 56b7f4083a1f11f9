package org.bravo.comment;

import java.time.Instant;
import java.util.List;
import org.bravo.people.PersonSummary;

/**
 * A comment on {@code targetType} ({@code post} or {@code entry}) {@code targetId}; a deleted one that still has
 * replies keeps its place with an empty body and {@code deleted} (so does a hidden one, for everyone but its author
 * and moderators, who see it with {@code hidden}, {@code pendingReview} and {@code hiddenReason}).
 */
public record CommentView(
        long id,
        String targetType,
        long targetId,
        Long parentId,
        PersonSummary author,
        String bodyHtml,
        String body,
        Instant createdAt,
        Instant editedAt,
        int bravoCount,
        boolean bravoedByMe,
        List<String> mentions,
        boolean canEdit,
        boolean canDelete,
        boolean deleted,
        boolean hidden,
        boolean pendingReview,
        String hiddenReason) {}

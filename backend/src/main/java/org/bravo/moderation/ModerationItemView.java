package org.bravo.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bravo.people.PersonSummary;

/**
 * A piece of content as the review queue shows it: a plain-text preview, where it shows, its state, the open case
 * (reports grouped by reason, watch words), each report, its author's history, its moderation trail and the actions
 * that apply now.
 */
public record ModerationItemView(
        String type,
        String id,
        String title,
        String excerpt,
        String pageType,
        String pageId,
        String shop,
        PersonSummary author,
        Instant createdAt,
        String state,
        String hiddenReason,
        Boolean commentsLocked,
        OpenCase openCase,
        ClosedCase closedCase,
        List<ReportDetail> reports,
        AuthorHistory authorHistory,
        List<AuditEntryView> history,
        List<String> availableActions) {

    public record OpenCase(
            long id,
            Instant openedAt,
            int reportCount,
            Map<String, Integer> reasons,
            List<String> flaggedWords,
            boolean heldByWatchWord) {}

    public record ClosedCase(long id, Instant closedAt, String outcome, PersonSummary closedBy) {}

    /** {@code reporter} is null for a watch word's flag. */
    public record ReportDetail(long id, PersonSummary reporter, String reason, String details, Instant createdAt) {}

    public record AuthorHistory(
            long posts,
            long comments,
            long entries,
            long moderationActions,
            long warnings,
            Instant suspendedUntil,
            boolean suspended) {}
}

package org.bravo.post;

import java.util.List;

/**
 * An edit of a post. {@code reason}: optional, read only when a moderator or an admin edits someone else's post; it
 * goes to the audit log and to the author's notification.
 */
public record UpdatePostRequest(
        String title,
        String body,
        List<String> tags,
        Long categoryId,
        List<String> photoIds,
        Boolean draft,
        List<String> videoIds,
        String reason)
        implements PostFields {
    /** Every field absent: what a request sent without a body, or with {@code null}, reads as (RequestBodies). */
    public static UpdatePostRequest empty() {
        return new UpdatePostRequest(null, null, null, null, null, null, null, null);
    }
}

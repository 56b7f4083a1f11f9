package org.bravo.comment;

public record CreateCommentRequest(String body, Long parentId) {
    /** Every field absent: what a request sent without a body, or with {@code null}, reads as (RequestBodies). */
    public static CreateCommentRequest empty() {
        return new CreateCommentRequest(null, null);
    }
}

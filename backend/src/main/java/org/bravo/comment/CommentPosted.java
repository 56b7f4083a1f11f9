package org.bravo.comment;

import java.time.Instant;

/** A new comment (or reply) on some content; fired in the transaction that stored it. */
public record CommentPosted(String targetType, long targetId, long commentId, String authorSubject, Instant at) {
}

package org.bravo.comment;

import java.time.Instant;

/**
 * A comment (or reply) appeared on some content: when it is stored, or, if it was hidden (held for review), when a
 * moderator lets it through. Fired in that transaction; observers must tolerate hearing of a comment twice (hidden
 * after it was seen, then restored).
 */
public record CommentPosted(String targetType, long targetId, long commentId, String authorSubject, Instant at) {}

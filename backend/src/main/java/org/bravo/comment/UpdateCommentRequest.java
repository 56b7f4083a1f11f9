package org.bravo.comment;

/**
 * An edit of a comment. {@code reason}: optional, read only when a moderator or an admin edits someone else's comment;
 * it goes to the audit log and to the author's notification.
 */
public record UpdateCommentRequest(String body, String reason) {}

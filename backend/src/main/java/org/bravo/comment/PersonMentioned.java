package org.bravo.comment;

/**
 * Someone was @mentioned in a comment on {@code rootType}/{@code rootId} (a post or a guestbook entry); fired in the
 * transaction that stored the mention.
 */
public record PersonMentioned(
        long commentId, String rootType, long rootId, String mentionedSubject, String actorSubject, String excerpt) {}

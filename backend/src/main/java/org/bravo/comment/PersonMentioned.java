package org.bravo.comment;

/** Someone was @mentioned in a comment; fired in the transaction that stored the mention. */
public record PersonMentioned(long commentId, long postId, String mentionedSubject, String actorSubject,
                              String excerpt) {
}

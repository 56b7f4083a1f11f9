package org.bravo.post;

/**
 * A post was created, edited, published, deleted or changed status: fired inside the writing transaction, so an
 * observer that records it (search's outbox) commits or rolls back with the change itself.
 */
public record PostChanged(long postId) {
}

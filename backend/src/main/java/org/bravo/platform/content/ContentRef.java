package org.bravo.platform.content;

/**
 * A piece of content other features may attach things to (comments, bravos): its kind, id, author, and the post it
 * belongs to (itself for a post), so that reactions can link back to where they happened.
 */
public record ContentRef(String type, long id, String authorSubject, long postId) {
}

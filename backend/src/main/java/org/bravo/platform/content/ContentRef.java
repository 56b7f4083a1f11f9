package org.bravo.platform.content;

/**
 * A piece of content other features may attach things to (comments, bravos): its kind, id, author, and the page it
 * lives on ({@code rootType}/{@code rootId}: itself for a post or a guestbook entry, the commented content for a
 * comment), so that reactions and notifications can link back to where they happened.
 */
public record ContentRef(String type, long id, String authorSubject, String rootType, long rootId) {

    /** Content that is its own page. */
    public static ContentRef root(String type, long id, String authorSubject) {
        return new ContentRef(type, id, authorSubject, type, id);
    }
}

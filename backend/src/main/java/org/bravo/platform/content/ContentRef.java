package org.bravo.platform.content;

import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;

/**
 * A piece of content other features may attach things to (comments, bravos): its kind, id, author, and the page it
 * lives on ({@code rootType}/{@code rootId}: itself for a post or a guestbook entry, the commented content for a
 * comment), so that reactions and notifications can link back to where they happened. {@code hidden}: it or its page
 * is hidden (only its author and moderators see it), so it takes no new reactions; {@code commentsLocked}: its page
 * takes no new comments.
 */
public record ContentRef(
        String type,
        long id,
        String authorSubject,
        String rootType,
        long rootId,
        boolean hidden,
        boolean commentsLocked) {

    /** Content that is its own page. */
    public static ContentRef root(String type, long id, String authorSubject, boolean hidden, boolean commentsLocked) {
        return new ContentRef(type, id, authorSubject, type, id, hidden, commentsLocked);
    }

    /** Throws the 409 a new comment or bravo gets on hidden content. */
    public void requireOpenToReactions() {
        if (hidden) {
            throw new ApiException(
                    409,
                    ErrorCode.CONTENT_HIDDEN,
                    "Conflict",
                    "This content is hidden: it takes no new comments or bravos.");
        }
    }
}

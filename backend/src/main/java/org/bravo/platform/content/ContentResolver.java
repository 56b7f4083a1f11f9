package org.bravo.platform.content;

import java.util.Optional;
import org.bravo.platform.security.Viewer;

/**
 * Implemented by each feature that owns content (posts, comments, later guestbook entries and videos), so comments and
 * bravos work on any of them without knowing their tables.
 */
public interface ContentResolver {
    /** The type name used in URLs and rows, e.g. {@code post}. */
    String type();

    /** The content if it exists and {@code viewer} may see it; empty means "answer 404". */
    Optional<ContentRef> findVisible(long id, Viewer viewer);

    /** Keeps the content's bravo counter in step, in the caller's transaction. */
    void adjustBravoCount(long id, int delta);
}

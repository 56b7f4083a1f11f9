package org.bravo.platform.content;

import java.util.Optional;
import org.bravo.platform.security.Viewer;

/**
 * Implemented by each feature whose content moderators act on (posts, comments, guestbook entries, videos), so that
 * reports, the review queue and moderators' actions work the same on all of them without knowing their tables. Every
 * method runs in the caller's transaction; changes fire {@link ContentChanged} so search follows at once.
 */
public interface ModeratedContent {
    /** The type name, as in {@link SearchSource#type()}: {@code post}, {@code comment}, {@code entry}, {@code video}. */
    String type();

    /**
     * The content in any state, deleted included; empty when no such content ever existed (or the id is malformed),
     * and for a draft: unpublished work is its author's alone, so moderation shows, queues and counts none.
     */
    Optional<ModeratedItem> find(String id);

    /** Whether {@code viewer} may see the content now, as its page would decide (reports need it). */
    boolean visibleTo(String id, Viewer viewer);

    /** Hides visible content, or turns a pending review into a moderator's decision (or back). */
    void hide(String id, Hiding hiding);

    /** Shows hidden content again. */
    void restore(String id);

    /** Deletes the content as its author's delete would, by a moderator. */
    void delete(String id, Viewer moderator);

    /** How much of this content the person has published (not deleted), for their history in the review queue. */
    long countBy(String authorSubject);

    /** Whether this content takes comments, so that they can be locked. */
    default boolean takesComments() {
        return false;
    }

    /** Stops (or allows again) new comments; only for content that {@link #takesComments()}. */
    default void lockComments(String id, boolean locked) {
        throw new UnsupportedOperationException(type() + " takes no comments");
    }
}

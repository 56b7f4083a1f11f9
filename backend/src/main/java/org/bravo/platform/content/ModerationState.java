package org.bravo.platform.content;

/** Where a piece of content stands for moderation. */
public enum ModerationState {
    /** Seen by everyone who may see its page. */
    VISIBLE,
    /** Hidden until a moderator reviews it (a watch word held it, or enough people reported it). */
    PENDING_REVIEW,
    /** Hidden by a moderator's decision: its author and moderators still see it, marked. */
    HIDDEN,
    /** Gone for everyone; kept only as a row for the audit trail. */
    DELETED;

    /** The state for content hidden at some point ({@code hiddenAt} non-null) or not, held or by decision. */
    public static ModerationState of(boolean deleted, boolean hidden, boolean held) {
        if (deleted) {
            return DELETED;
        }
        if (!hidden) {
            return VISIBLE;
        }
        return held ? PENDING_REVIEW : HIDDEN;
    }
}

package org.bravo.platform.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Whether content is hidden, since when, by whom and why, embedded in each feature's own row (ADR 0008): hidden
 * content exists only for its author and moderators. {@code held}: hidden pending a moderator's review (a watch word,
 * or enough reports), not by a moderator's decision.
 */
@Embeddable
public class HiddenState {
    /**
     * The condition for content shown to everyone who may read it, in JPQL on {@code alias} (empty for Panache's
     * short form): not deleted, not hidden, and published where the content has drafts. Each content table states it
     * through this one method: a query that forgets the {@code hiddenAt} part shows hidden content (ADR 0008).
     */
    public static String visible(String alias, boolean drafts) {
        String x = alias.isEmpty() ? "" : alias + ".";
        return x + "deletedAt is null and " + (drafts ? x + "draft = false and " : "") + x
                + "moderation.hiddenAt is null";
    }

    /** {@link #visible} in SQL, on the table's {@code alias} (empty for none). */
    public static String visibleRow(String alias, boolean drafts) {
        String x = alias.isEmpty() ? "" : alias + ".";
        return x + "deleted_at is null and " + (drafts ? "not " + x + "draft and " : "") + x + "hidden_at is null";
    }

    @Column(name = "hidden_at")
    public Instant hiddenAt;

    /** Null when Bravo itself hid it. */
    @Column(name = "hidden_by")
    public String hiddenBy;

    @Column(name = "hidden_reason")
    public String hiddenReason;

    @Column(name = "held", nullable = false)
    public boolean held;

    public boolean isHidden() {
        return hiddenAt != null;
    }

    /** Hidden and waiting for a moderator. */
    public boolean isPendingReview() {
        return hiddenAt != null && held;
    }

    public void hide(Hiding hiding, Instant at) {
        hiddenAt = at;
        hiddenBy = hiding.actorSubject();
        hiddenReason = hiding.reason();
        held = hiding.pendingReview();
    }

    public void restore() {
        hiddenAt = null;
        hiddenBy = null;
        hiddenReason = null;
        held = false;
    }

    public ModerationState state(boolean deleted) {
        return ModerationState.of(deleted, isHidden(), held);
    }
}

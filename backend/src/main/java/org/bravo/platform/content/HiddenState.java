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

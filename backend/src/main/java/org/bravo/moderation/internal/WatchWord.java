package org.bravo.moderation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bravo.platform.sql.NumberedRow;

/** A word or phrase admins watch for, and what publishing it does: block, hold for review, or flag. */
@Entity
@Table(name = "watch_word")
public class WatchWord extends NumberedRow {
    @Column(nullable = false)
    public String phrase;

    /** The phrase as matching sees it (no accents, lower case, single spaces), unique. */
    @Column(nullable = false)
    public String normalized;

    @Column(nullable = false)
    public String action;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}

package org.bravo.moderation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bravo.platform.sql.NumberedRow;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A piece of content under review: its reports, or the watch words that flagged or held it. */
@Entity
@Table(name = "moderation_case")
public class ModerationCase extends NumberedRow {
    public static final String OPEN = "open";
    public static final String CLOSED = "closed";

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "content_id", nullable = false)
    public String contentId;

    @Column(name = "author_subject")
    public String authorSubject;

    @Column(nullable = false)
    public String status = OPEN;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "flagged_words", nullable = false)
    public String[] flaggedWords = new String[0];

    @Column(name = "held_by_watch_word", nullable = false)
    public boolean heldByWatchWord;

    @Column(name = "auto_hidden", nullable = false)
    public boolean autoHidden;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    public String outcome;
}

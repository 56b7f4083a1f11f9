package org.bravo.moderation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bravo.platform.sql.NumberedRow;

/** One person's report of one piece of content; open until its case is closed. */
@Entity
@Table(name = "report")
public class Report extends NumberedRow {
    @Column(name = "case_id", nullable = false)
    public long caseId;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "content_id", nullable = false)
    public String contentId;

    @Column(name = "reporter_subject", nullable = false)
    public String reporterSubject;

    @Column(nullable = false)
    public String reason;

    public String details;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public boolean open = true;
}

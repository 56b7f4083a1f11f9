package org.bravo.moderation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bravo.platform.sql.NumberedRow;

/** A person kept from writing, until a date or indefinitely; lifted ones stay as history. */
@Entity
@Table(name = "suspension")
public class Suspension extends NumberedRow {
    @Column(name = "person_subject", nullable = false)
    public String personSubject;

    @Column(nullable = false)
    public Instant since;

    /** Null: until an admin lifts it. */
    public Instant until;

    @Column(nullable = false)
    public String reason;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "lifted_at")
    public Instant liftedAt;

    @Column(name = "lifted_by")
    public String liftedBy;

    public boolean inForce(Instant now) {
        return liftedAt == null && (until == null || until.isAfter(now));
    }
}

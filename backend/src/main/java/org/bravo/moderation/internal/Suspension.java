package org.bravo.moderation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person kept from writing, until a date or indefinitely; lifted ones stay as history. */
@Entity
@Table(name = "suspension")
public class Suspension {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

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

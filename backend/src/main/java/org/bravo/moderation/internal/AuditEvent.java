package org.bravo.moderation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.bravo.platform.sql.NumberedRow;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One line of the audit log. Immutable here and append-only in the database (a trigger refuses changes). */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends NumberedRow {
    @Column(nullable = false)
    public Instant at;

    /** Null when Bravo itself acted (reports reaching the threshold, a watch word). */
    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(nullable = false)
    public String action;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "content_id")
    public String contentId;

    @Column(name = "content_title")
    public String contentTitle;

    /** The person affected: the author of the content, or the person suspended. */
    @Column(name = "person_subject")
    public String personSubject;

    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> before;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> after;
}

package org.bravo.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.bravo.platform.sql.NumberedRow;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "notification")
public class Notification extends NumberedRow {
    @Column(name = "recipient_subject", nullable = false)
    public String recipientSubject;

    @Column(nullable = false)
    public String type;

    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(name = "post_id")
    public Long postId;

    @Column(name = "entry_id")
    public Long entryId;

    @Column(name = "comment_id")
    public Long commentId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> data;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}

package org.bravo.vote.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

@Entity
@Table(name = "bravo")
public class Bravo {
    @EmbeddedId
    public Key key;

    @Column(name = "receiver_subject", nullable = false)
    public String receiverSubject;

    @Column(name = "given_at", nullable = false)
    public Instant givenAt;

    @Embeddable
    public record Key(
            @Column(name = "target_type") String targetType,
            @Column(name = "target_id") long targetId,
            @Column(name = "giver_subject") String giverSubject)
            implements Serializable {}
}

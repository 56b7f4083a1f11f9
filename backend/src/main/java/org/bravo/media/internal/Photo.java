package org.bravo.media.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "photo")
public class Photo {
    @Id
    public UUID id;

    @Column(name = "owner_subject", nullable = false)
    public String ownerSubject;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(nullable = false)
    public int width;

    @Column(nullable = false)
    public int height;

    @Column(nullable = false)
    public long bytes;

    @Column(name = "object_key", nullable = false)
    public String objectKey;

    @Column(name = "thumbnail_key", nullable = false)
    public String thumbnailKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Since when no post or entry shows it (its upload, or its last removal); null while something does. */
    @Column(name = "unattached_since")
    public Instant unattachedSince;
}

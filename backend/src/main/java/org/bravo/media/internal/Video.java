package org.bravo.media.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.bravo.media.VideoFailure;
import org.bravo.platform.content.HiddenState;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "video")
public class Video {
    public static final String UPLOADING = "uploading";
    public static final String PROCESSING = "processing";
    public static final String READY = "ready";
    public static final String FAILED = "failed";
    public static final String ABORTED = "aborted";
    public static final String DELETED = "deleted";

    @Id
    public UUID id;

    @Column(name = "owner_subject", nullable = false)
    public String ownerSubject;

    @Column(nullable = false)
    public String status;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "declared_type")
    public String declaredType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(name = "part_size", nullable = false)
    public int partSize;

    @Column(name = "original_key", nullable = false)
    public String originalKey;

    @Column(name = "upload_id", nullable = false)
    public String uploadId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "failure_reason")
    public String failureReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_code")
    public VideoFailure failureCode;

    /** What the reason quotes (a duration, a size), by name; null when it quotes nothing. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "failure_params")
    public Map<String, String> failureParams;

    /** Failed for good: the reason in English, and as a code with its figures for the uploader's language. */
    public void fail(VideoFailure code, Map<String, String> params, String reason) {
        status = FAILED;
        failureCode = code;
        failureParams = params.isEmpty() ? null : params;
        failureReason = reason;
        progress = null;
    }

    /** Percent done while processing. */
    public Short progress;

    @Column(name = "duration_ms")
    public Long durationMs;

    public Integer width;

    public Integer height;

    @Column(name = "playback_key")
    public String playbackKey;

    @Column(name = "playback_bytes")
    public Long playbackBytes;

    @Column(name = "poster_key")
    public String posterKey;

    @Column(name = "original_kept", nullable = false)
    public boolean originalKept;

    @Column(name = "ready_at")
    public Instant readyAt;

    @Column(name = "attached_at")
    public Instant attachedAt;

    /** Where the video shows (a video shows in one place only): a post or a guestbook entry. */
    @Column(name = "host_type")
    public String hostType;

    @Column(name = "host_id")
    public Long hostId;

    /** Hidden by a moderator, or pending review (a watch word, enough reports): why, when and by whom. */
    @Embedded
    public HiddenState moderation = new HiddenState();

    public int partCount() {
        return (int) ((sizeBytes + partSize - 1) / partSize);
    }
}

package org.bravo.comment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bravo.platform.content.HiddenState;

@Entity
@Table(name = "comment")
public class Comment {
    /** Shown on its page: {@link HiddenState#visible} for this table. */
    public static String visible(String alias) {
        return HiddenState.visible(alias, false);
    }

    public static String visibleRow(String alias) {
        return HiddenState.visibleRow(alias, false);
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "target_type", nullable = false)
    public String targetType;

    @Column(name = "target_id", nullable = false)
    public long targetId;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(name = "author_subject", nullable = false)
    public String authorSubject;

    @Column(name = "body_md", nullable = false)
    public String bodyMarkdown;

    @Column(name = "body_html", nullable = false)
    public String bodyHtml;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "edited_at")
    public Instant editedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Column(name = "bravo_count", nullable = false)
    public int bravoCount;

    /** Hidden by a moderator, or pending review (a watch word, enough reports): why, when and by whom. */
    @Embedded
    public HiddenState moderation = new HiddenState();
}

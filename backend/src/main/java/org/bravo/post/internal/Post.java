package org.bravo.post.internal;

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
@Table(name = "post")
public class Post {
    /** Published and shown to everyone who may read it: {@link HiddenState#visible} for this table. */
    public static String visible(String alias) {
        return HiddenState.visible(alias, true);
    }

    public static String visibleRow(String alias) {
        return HiddenState.visibleRow(alias, true);
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String title;

    @Column(name = "body_md", nullable = false)
    public String bodyMarkdown = "";

    @Column(name = "body_html", nullable = false)
    public String bodyHtml = "";

    @Column(nullable = false)
    public String excerpt = "";

    @Column(name = "category_id")
    public Long categoryId;

    @Column(name = "shop_code")
    public String shopCode;

    @Column(name = "author_subject", nullable = false)
    public String authorSubject;

    public String status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "status_changed_at")
    public Instant statusChangedAt;

    @Column(nullable = false)
    public boolean draft;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "edited_at")
    public Instant editedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Column(name = "bravo_count", nullable = false)
    public int bravoCount;

    @Column(name = "comment_count", nullable = false)
    public int commentCount;

    @Column(name = "pinned_until")
    public Instant pinnedUntil;

    @Column(name = "source_entry_id")
    public Long sourceEntryId;

    /** Hidden by a moderator, or pending review (a watch word, enough reports): why, when and by whom. */
    @Embedded
    public HiddenState moderation = new HiddenState();

    @Column(name = "comments_locked_at")
    public Instant commentsLockedAt;
}

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
    /**
     * Published and shown to everyone who may read it: not deleted, not a draft, not hidden, in JPQL on {@code alias} (empty for Panache's short form). Written once: a query that forgets the
     * {@code hiddenAt} part shows hidden content (ADR 0008).
     */
    public static String visible(String alias) {
        String x = alias.isEmpty() ? "" : alias + ".";
        return x + "deletedAt is null and " + x + "draft = false and " + x + "moderation.hiddenAt is null";
    }

    /** {@link #visible} in SQL, on the table's {@code alias} (empty for none). */
    public static String visibleRow(String alias) {
        String x = alias.isEmpty() ? "" : alias + ".";
        return x + "deleted_at is null and not " + x + "draft and " + x + "hidden_at is null";
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

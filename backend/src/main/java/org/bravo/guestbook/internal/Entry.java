package org.bravo.guestbook.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.bravo.platform.content.HiddenState;

@Entity
@Table(name = "guestbook_entry")
public class Entry {
    /** Shown to everyone who may read its guestbook: {@link HiddenState#visible} for this table. */
    public static String visible(String alias) {
        return HiddenState.visible(alias, false);
    }

    public static String visibleRow(String alias) {
        return HiddenState.visibleRow(alias, false);
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "shop_code", nullable = false)
    public String shopCode;

    @Column(name = "author_subject", nullable = false)
    public String authorSubject;

    @Column(nullable = false)
    public String kind;

    @Column(name = "entry_date", nullable = false)
    public LocalDate date;

    @Column(name = "body_md", nullable = false)
    public String bodyMarkdown;

    @Column(name = "body_html", nullable = false)
    public String bodyHtml;

    @Column(nullable = false)
    public String excerpt = "";

    @Column(name = "photos_show_customer", nullable = false)
    public boolean photosShowCustomer;

    @Column(name = "consent_subject")
    public String consentSubject;

    @Column(name = "consent_at")
    public Instant consentAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_activity_at", nullable = false)
    public Instant lastActivityAt;

    @Column(name = "edited_at")
    public Instant editedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    /** Hidden by a moderator, or pending review (a watch word, enough reports): why, when and by whom. */
    @Embedded
    public HiddenState moderation = new HiddenState();

    @Column(name = "comments_locked_at")
    public Instant commentsLockedAt;

    @Column(name = "bravo_count", nullable = false)
    public int bravoCount;

    @Column(name = "comment_count", nullable = false)
    public int commentCount;
}

package org.bravo.platform.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.bravo.platform.sql.NumberedRow;

/**
 * The columns every piece of written content has in its feature's own table (posts, guestbook entries, comments),
 * under the same names in each: who wrote it, its Markdown and the HTML made from it, when it was written, edited and
 * deleted, its bravos, and whether it is hidden (ADR 0008). Each feature's entity maps its own table.
 */
@MappedSuperclass
public abstract class WrittenContent extends NumberedRow {
    /**
     * Shown to everyone who may read it: {@link HiddenState#visible} for content without drafts. Content with drafts
     * (posts) declares its own, which hides this one: {@code Post.visible} also leaves drafts out.
     */
    public static String visible(String alias) {
        return HiddenState.visible(alias, false);
    }

    /** {@link #visible} in SQL. */
    public static String visibleRow(String alias) {
        return HiddenState.visibleRow(alias, false);
    }

    @Column(name = "author_subject", nullable = false)
    public String authorSubject;

    @Column(name = "body_md", nullable = false)
    public String bodyMarkdown = "";

    @Column(name = "body_html", nullable = false)
    public String bodyHtml = "";

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

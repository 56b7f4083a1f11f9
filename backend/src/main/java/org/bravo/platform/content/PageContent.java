package org.bravo.platform.content;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * Written content with a page of its own that others comment on (posts, guestbook entries): its kind, the start of
 * its text for lists, its comment count, and since when its comments are locked (null while open).
 */
@MappedSuperclass
public abstract class PageContent extends WrittenContent {
    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String excerpt = "";

    @Column(name = "comment_count", nullable = false)
    public int commentCount;

    @Column(name = "comments_locked_at")
    public Instant commentsLockedAt;
}

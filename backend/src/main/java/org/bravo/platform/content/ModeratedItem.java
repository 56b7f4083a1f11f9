package org.bravo.platform.content;

import java.time.Instant;

/**
 * A piece of content as moderation sees it, whatever its state: what it is, who wrote it, where it shows
 * ({@code pageType}/{@code pageId}: itself for posts and entries, the page of a comment or a video), a plain-text
 * title and excerpt for the review queue, and its moderation state. {@code commentsLocked} is null for content that
 * takes no comments.
 */
public record ModeratedItem(
        String type,
        String id,
        String authorSubject,
        String title,
        String excerpt,
        String pageType,
        String pageId,
        String shopCode,
        Instant createdAt,
        ModerationState state,
        String hiddenReason,
        Boolean commentsLocked) {}

package org.bravo.search;

import java.time.Instant;
import java.util.List;

/**
 * One result: a post, a guestbook entry, a comment or a video. {@code titleHtml} and {@code snippetHtml} are the
 * original (accented) text, HTML-escaped, with the matched words in {@code <mark>}: safe to render as HTML. Comments
 * and videos have no title of their own: {@code parentType}/{@code parentId}/{@code parentTitle} name the post or
 * entry they belong to. A video found by its captions has {@code startMs}, the moment the matching line is said.
 */
public record SearchHit(
        String type,
        String id,
        String kind,
        String status,
        String title,
        String titleHtml,
        String snippetHtml,
        List<String> tags,
        String shop,
        String shopName,
        String author,
        String authorName,
        Instant createdAt,
        int bravos,
        String parentType,
        String parentId,
        String parentTitle,
        Long startMs) {}

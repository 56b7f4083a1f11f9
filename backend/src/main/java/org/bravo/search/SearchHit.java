package org.bravo.search;

import java.time.Instant;
import java.util.List;

/**
 * One result. {@code titleHtml} and {@code snippetHtml} are the original (accented) text, HTML-escaped, with the
 * matched words in {@code <mark>}: safe to render as HTML.
 */
public record SearchHit(String type, String id, String kind, String status, String title, String titleHtml,
                        String snippetHtml, List<String> tags, String shop, String shopName, String author,
                        String authorName, Instant createdAt, int bravos) {
}

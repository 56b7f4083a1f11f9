package org.bravo.post;

import java.time.Instant;
import java.util.List;

/**
 * What search indexes of a post, read from the database (the source of truth). {@code searchable} is false for drafts
 * and deleted posts: those must not be found.
 */
public record PostDocument(long id, boolean searchable, String kind, String status, String title, String body,
                           List<String> tags, String shopCode, String shopName, String authorUsername,
                           String authorName, Instant publishedAt, int bravos) {
}

package org.bravo.post;

import java.util.List;

/**
 * One page of a feed. {@code pinned} is filled on the first page only, and pinned posts are left out of
 * {@code items}; {@code nextCursor} is null on the last page.
 */
public record FeedPage(List<PostSummary> items, List<PostSummary> pinned, String nextCursor) {}

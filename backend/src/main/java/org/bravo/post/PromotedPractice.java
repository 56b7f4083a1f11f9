package org.bravo.post;

import java.util.List;
import java.util.UUID;

/**
 * A practice made from a guestbook entry: the entry's text and photos, a title and tags from the member promoting it,
 * credited to the entry's shop.
 */
public record PromotedPractice(
        String title,
        String bodyMarkdown,
        List<String> tags,
        Long categoryId,
        String shopCode,
        String authorSubject,
        List<UUID> photoIds,
        long sourceEntryId) {}

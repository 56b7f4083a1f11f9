package org.bravo.post;

import java.util.List;

/**
 * A new post. {@code shop} names the shop it comes from, for people without one (head office): empty, it comes from
 * the author's shop, or from no shop.
 */
public record CreatePostRequest(
        String kind,
        String title,
        String body,
        List<String> tags,
        Long categoryId,
        List<String> photoIds,
        Boolean draft,
        List<String> videoIds,
        String shop)
        implements PostFields {
    /** Every field absent: what a request sent without a body, or with {@code null}, reads as (RequestBodies). */
    public static CreatePostRequest empty() {
        return new CreatePostRequest(null, null, null, null, null, null, null, null, null);
    }
}

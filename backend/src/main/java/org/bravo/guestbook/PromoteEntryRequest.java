package org.bravo.guestbook;

import java.util.List;

/** Turns an entry into a practice: the entry gives the text and photos, the member gives a title and tags. */
public record PromoteEntryRequest(String title, List<String> tags, Long categoryId) {
    /** Every field absent: what a request sent without a body, or with {@code null}, reads as (RequestBodies). */
    public static PromoteEntryRequest empty() {
        return new PromoteEntryRequest(null, null, null);
    }
}

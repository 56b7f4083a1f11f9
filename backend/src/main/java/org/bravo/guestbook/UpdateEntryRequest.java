package org.bravo.guestbook;

import java.util.List;

/** Replaces an entry's content; the same rules as when writing it. */
public record UpdateEntryRequest(
        String kind,
        String body,
        String date,
        List<String> photoIds,
        Boolean photosShowCustomer,
        Boolean customerConsent,
        List<String> videoIds)
        implements EntryFields {
    /** Every field absent: what a request sent without a body, or with {@code null}, reads as (RequestBodies). */
    public static UpdateEntryRequest empty() {
        return new UpdateEntryRequest(null, null, null, null, null, null, null);
    }
}

package org.bravo.guestbook;

import java.util.List;

/**
 * A new guestbook entry. {@code date} is the day it happened ({@code yyyy-MM-dd}, today when absent). When photos are
 * attached the author says whether they show a customer, and if so ticks {@code customerConsent}.
 */
public record CreateEntryRequest(
        String kind,
        String body,
        String date,
        List<String> photoIds,
        Boolean photosShowCustomer,
        Boolean customerConsent,
        List<String> videoIds)
        implements EntryFields {
    /** Every field absent: what a request sent without a body, or with {@code null}, reads as (RequestBodies). */
    public static CreateEntryRequest empty() {
        return new CreateEntryRequest(null, null, null, null, null, null, null);
    }
}

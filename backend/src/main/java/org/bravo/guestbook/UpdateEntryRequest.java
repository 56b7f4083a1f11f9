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
        List<String> videoIds) {}

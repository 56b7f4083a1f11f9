package org.bravo.guestbook;

import java.time.Instant;
import java.time.LocalDate;

/** A shop in the guestbook directory: its latest entry and how lively its guestbook is. */
public record GuestbookSummary(
        String code,
        String name,
        String city,
        String region,
        long entryCount,
        long entriesLast30Days,
        Instant lastActivityAt,
        Latest latest) {

    /** The newest visible entry, enough for a card. */
    public record Latest(long id, String kind, LocalDate date, String excerpt, String authorName) {}
}

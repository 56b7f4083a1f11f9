package org.bravo.guestbook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bravo.people.PersonSummary;
import org.bravo.shop.ShopRef;

/**
 * One round of the guestbook exchange: who read whom, and whether each reading shop engaged (a comment or a bravo on
 * the guestbook it was given). A preview has {@code number} of the round it would be and no start.
 */
public record ExchangeRoundView(
        int number,
        LocalDate periodStart,
        LocalDate periodEnd,
        String period,
        Instant startedAt,
        String trigger,
        PersonSummary startedBy,
        List<Pairing> pairings,
        int engagedCount) {

    /** One shop reading another's guestbook. */
    public record Pairing(
            ShopRef reader, ShopRef read, boolean startsCycle, boolean engaged, int comments, int bravos) {}
}

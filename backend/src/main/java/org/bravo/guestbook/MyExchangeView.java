package org.bravo.guestbook;

import java.time.LocalDate;
import java.util.List;
import org.bravo.shop.ShopRef;

/**
 * The exchange as a member of {@code shop} sees it on the home page: whose guestbook the shop reads this period
 * ({@code reading}, null when there is no round or the shop has no pairing), which shops read it, and whether the
 * shop has engaged yet.
 */
public record MyExchangeView(
        Integer roundNumber,
        LocalDate periodStart,
        LocalDate periodEnd,
        String period,
        ShopRef shop,
        ShopRef reading,
        List<ShopRef> readBy,
        boolean engaged,
        boolean iEngaged) {}

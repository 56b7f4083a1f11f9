package org.bravo.profile;

import java.time.Instant;
import org.bravo.people.PersonSummary;
import org.bravo.shop.ShopRef;

/**
 * A request to work elsewhere: who, from where, to where ({@code toShop} null when {@code toHeadOffice}), and its
 * {@code status}: {@code pending}, {@code approved} or {@code declined} (with the admin's {@code reason}, if given).
 */
public record ShopRequestView(
        long id,
        PersonSummary person,
        ShopRef fromShop,
        boolean fromHeadOffice,
        ShopRef toShop,
        boolean toHeadOffice,
        String status,
        Instant createdAt,
        Instant decidedAt,
        String reason) {}

package org.bravo.people;

import java.time.Instant;

/**
 * A person's request to change shop, or to move to head office: from where, to where, and what became of it.
 *
 * @param toShop     the shop asked for, null when {@code toHeadOffice}
 * @param status     {@code pending}, {@code approved} or {@code declined}
 * @param decidedBy  subject of the admin who decided, null while pending
 * @param reason     the admin's reason for declining, if they gave one
 */
public record ShopChange(
        long id,
        String personSubject,
        String fromShop,
        boolean fromHeadOffice,
        String toShop,
        boolean toHeadOffice,
        String status,
        Instant createdAt,
        Instant decidedAt,
        String decidedBy,
        String reason) {
    public static final String PENDING = "pending";
    public static final String APPROVED = "approved";
    public static final String DECLINED = "declined";
}

package org.bravo.profile;

/**
 * An admin approved or declined a person's shop change request; fired in the deciding transaction, so the person is
 * told exactly when the decision was committed.
 *
 * @param toShopName  the shop asked for, by name; null when the request was for head office
 * @param setDirectly the admin did not answer the request but placed the person themselves, which settled it
 *                    (approved when they were placed where they asked); {@code reason} then says so in English
 */
public record ShopRequestDecided(
        long requestId,
        String personSubject,
        String actorSubject,
        boolean approved,
        String toShop,
        String toShopName,
        boolean toHeadOffice,
        String reason,
        boolean setDirectly) {}

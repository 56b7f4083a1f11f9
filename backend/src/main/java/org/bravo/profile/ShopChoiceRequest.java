package org.bravo.profile;

/**
 * Where a person works: a shop's code, or {@code headOffice} true for head office (then {@code shop} stays empty).
 * Admins moving someone name a shop.
 */
public record ShopChoiceRequest(String shop, Boolean headOffice) {
}

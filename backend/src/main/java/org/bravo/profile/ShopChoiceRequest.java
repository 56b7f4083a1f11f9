package org.bravo.profile;

/**
 * Where a person works: a shop's code, or {@code headOffice} true for head office (then {@code shop} stays empty).
 * The same shape whether people say it themselves or an admin places them.
 */
public record ShopChoiceRequest(String shop, Boolean headOffice) {}

package org.bravo.profile;

/** An admin's answer to a shop change request; the reason, optional, is shown to the person when declining. */
public record ShopRequestDecision(String reason) {}

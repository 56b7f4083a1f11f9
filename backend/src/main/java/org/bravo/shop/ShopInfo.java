package org.bravo.shop;

/** A shop's own details, without figures: what other features list shops with. */
public record ShopInfo(String code, String name, String city, String region, boolean active) {}

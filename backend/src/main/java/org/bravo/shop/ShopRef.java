package org.bravo.shop;

/** A shop as other features show it next to content and people. */
public record ShopRef(String code, String name) {}

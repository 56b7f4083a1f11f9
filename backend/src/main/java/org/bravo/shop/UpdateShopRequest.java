package org.bravo.shop;

public record UpdateShopRequest(String name, String city, String region, Boolean active) {}

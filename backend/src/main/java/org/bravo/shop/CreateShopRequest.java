package org.bravo.shop;

public record CreateShopRequest(String code, String name, String city, String region) {}

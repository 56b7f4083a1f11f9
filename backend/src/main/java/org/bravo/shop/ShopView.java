package org.bravo.shop;

public record ShopView(
        String code, String name, String city, String region, boolean active, long peopleCount, long postCount) {}

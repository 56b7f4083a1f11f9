package org.bravo.shop;

public record CreateShopRequest(String code, String name, String city, String region) {
    /** Every field absent: what a request sent without a body, or with {@code null}, reads as (RequestBodies). */
    public static CreateShopRequest empty() {
        return new CreateShopRequest(null, null, null, null);
    }
}

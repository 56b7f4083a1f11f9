package org.bravo.shop;

public record UpdateShopRequest(String name, String city, String region, Boolean active) {
    /** Every field absent: what a request sent without a body, or with {@code null}, reads as (RequestBodies). */
    public static UpdateShopRequest empty() {
        return new UpdateShopRequest(null, null, null, null);
    }
}

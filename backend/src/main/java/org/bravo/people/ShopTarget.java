package org.bravo.people;

/** Where a person says they work: a shop (by code) or head office. */
public record ShopTarget(String shop, boolean headOffice) {
    public static ShopTarget headOfficeTarget() {
        return new ShopTarget(null, true);
    }

    public static ShopTarget shop(String code) {
        return new ShopTarget(code, false);
    }

    /** Whether a person now at {@code person} already works there. */
    public boolean isWhere(PersonRef person) {
        return headOffice ? person.headOffice() : shop.equals(person.shop());
    }
}

package org.bravo.profile;

public record ShopChoiceRequest(String shop) {
}

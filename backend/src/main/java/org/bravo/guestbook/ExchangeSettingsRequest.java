package org.bravo.guestbook;

/** {@code period}: weekly, fortnightly, monthly or quarterly. */
public record ExchangeSettingsRequest(String period) {}

package org.bravo.guestbook;

import java.time.LocalDate;

/** How often the guestbook exchange rotates, and when the current and next periods start. */
public record ExchangeSettingsView(String period, LocalDate currentPeriodStart, LocalDate nextRotation) {}

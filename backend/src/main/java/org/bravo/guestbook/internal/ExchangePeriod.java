package org.bravo.guestbook.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/** How often the guestbook exchange rotates, and where each period starts in the company's calendar. */
public enum ExchangePeriod {
    WEEKLY,
    FORTNIGHTLY,
    MONTHLY,
    QUARTERLY;

    /** A Monday that starts a fortnight; every fortnight is counted from it. */
    private static final LocalDate FORTNIGHT_ANCHOR = LocalDate.of(2024, 1, 1);

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExchangePeriod> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        for (ExchangePeriod period : values()) {
            if (period.id().equals(raw.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(period);
            }
        }
        return Optional.empty();
    }

    /** First day of the period containing {@code day}. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case FORTNIGHTLY -> {
                long weeks = Math.floorDiv(ChronoUnit.DAYS.between(FORTNIGHT_ANCHOR, day), 7);
                yield FORTNIGHT_ANCHOR.plusWeeks(weeks - Math.floorMod(weeks, 2));
            }
            case MONTHLY -> day.withDayOfMonth(1);
            case QUARTERLY -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
        };
    }

    /** First day of the period after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case WEEKLY -> start.plusWeeks(1);
            case FORTNIGHTLY -> start.plusWeeks(2);
            case MONTHLY -> start.plusMonths(1);
            case QUARTERLY -> start.plusMonths(3);
        };
    }
}

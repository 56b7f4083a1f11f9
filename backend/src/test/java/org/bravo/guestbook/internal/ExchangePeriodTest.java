package org.bravo.guestbook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExchangePeriodTest {
    @Test
    void monthlyAndQuarterlyStartOnTheFirstDay() {
        assertThat(ExchangePeriod.MONTHLY.start(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(ExchangePeriod.MONTHLY.next(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(ExchangePeriod.QUARTERLY.start(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(ExchangePeriod.QUARTERLY.start(LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(ExchangePeriod.QUARTERLY.next(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void weeksStartOnMondayAndFortnightsTileTheCalendar() {
        assertThat(ExchangePeriod.WEEKLY.start(LocalDate.of(2026, 11, 29))).isEqualTo(LocalDate.of(2026, 11, 23));
        LocalDate day = LocalDate.of(2025, 12, 20);
        LocalDate previous = ExchangePeriod.FORTNIGHTLY.start(day);
        for (int i = 0; i < 800; i++, day = day.plusDays(1)) {
            LocalDate start = ExchangePeriod.FORTNIGHTLY.start(day);
            assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(start).isBeforeOrEqualTo(day).isAfter(day.minusDays(14));
            // Consecutive days share a period or move to the next one, never skip or go back.
            assertThat(start).isIn(previous, ExchangePeriod.FORTNIGHTLY.next(previous));
            previous = start;
        }
    }

    @Test
    void parsesItsIds() {
        assertThat(ExchangePeriod.parse(" Monthly ")).contains(ExchangePeriod.MONTHLY);
        assertThat(ExchangePeriod.parse("daily")).isEmpty();
        assertThat(ExchangePeriod.parse(null)).isEmpty();
    }
}

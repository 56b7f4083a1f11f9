package org.bravo.platform.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The company's calendar, shared by every feature that counts in days. Its key, {@code bravo.time-zone}, is outside
 * any feature's prefix, so it is owned here rather than by its first reader; the mapping's prefix is the key itself
 * ({@code @WithParentName}), since a mapping of all of {@code bravo} would claim every other feature's keys.
 */
@ConfigMapping(prefix = "bravo.time-zone")
public interface CalendarConfig {
    /**
     * Where a day, a week or a month starts: the day a guestbook entry is dated by default, and when an exchange
     * period begins. Set {@code BRAVO_TIME_ZONE} to the company's zone.
     */
    @WithParentName
    @WithDefault("Europe/Paris")
    ZoneId timeZone();

    /** The company's date now. */
    default LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(timeZone()));
    }
}

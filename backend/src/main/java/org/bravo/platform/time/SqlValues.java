package org.bravo.platform.time;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Dates and times read from native queries: the JDBC driver and Hibernate hand them back as {@code Timestamp},
 * {@code OffsetDateTime} or {@code Instant} (and {@code Date} or {@code LocalDate}) depending on the path taken.
 */
public final class SqlValues {
    private SqlValues() {}

    /** The instant, or {@code null} for SQL null. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }

    /** The day, or {@code null} for SQL null. */
    public static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("Unexpected date type " + value.getClass());
    }
}

package org.bravo.platform.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.bravo.platform.error.FieldCode;
import org.bravo.platform.error.FieldErrors;
import org.bravo.platform.error.StorableText;

/**
 * An opaque keyset cursor: the sort key values of the last item of a page. Opaque so clients cannot build one, and
 * tagged with the feed's sort so a cursor from one feed is refused by another.
 */
public record Cursor(String sort, List<String> values) {
    private static final String VERSION = "1";

    public String encode() {
        String raw = VERSION + "|" + sort + "|" + String.join("|", values);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses a cursor for {@code expectedSort}; anything else is a 422 on the {@code cursor} parameter. */
    public static Cursor decode(String encoded, String expectedSort, int size) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", -1);
            // A crafted cursor's values go to the database: they must be text it can compare.
            if (parts.length == size + 2
                    && parts[0].equals(VERSION)
                    && parts[1].equals(expectedSort)
                    && StorableText.firstUnstorable(raw) < 0) {
                return new Cursor(parts[1], List.of(parts).subList(2, parts.length));
            }
        } catch (IllegalArgumentException e) {
            // Falls through to the validation error below.
        }
        throw invalid();
    }

    /*
     * Typed values: a cursor has the right shape but a value of the wrong type only when it was crafted, which is
     * the same 422 as any other bad cursor, not a 500.
     */

    public Instant instant(int index) {
        return value(index, Instant::parse);
    }

    public LocalDate date(int index) {
        return value(index, LocalDate::parse);
    }

    public long longValue(int index) {
        return value(index, Long::valueOf);
    }

    public int intValue(int index) {
        return value(index, Integer::valueOf);
    }

    private <T> T value(int index, Function<String, T> parse) {
        try {
            return parse.apply(values.get(index));
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    private static RuntimeException invalid() {
        new FieldErrors()
                .add("cursor", FieldCode.INVALID, "This page cursor is not valid for this feed.")
                .throwIfAny();
        throw new IllegalStateException("unreachable");
    }
}

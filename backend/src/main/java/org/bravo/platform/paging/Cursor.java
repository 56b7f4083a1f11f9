package org.bravo.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.bravo.platform.error.FieldErrors;

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
            if (parts.length == size + 2 && parts[0].equals(VERSION) && parts[1].equals(expectedSort)) {
                return new Cursor(parts[1], List.of(parts).subList(2, parts.length));
            }
        } catch (IllegalArgumentException e) {
            // Falls through to the validation error below.
        }
        new FieldErrors().add("cursor", FieldErrors.INVALID, "This page cursor is not valid for this feed.").throwIfAny();
        throw new IllegalStateException("unreachable");
    }
}

package org.bravo.people.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folding of names for search: people type "helene" for "Hélène" on a phone keyboard. */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Names() {}

    public static String searchable(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

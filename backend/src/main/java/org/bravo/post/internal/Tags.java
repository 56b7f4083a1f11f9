package org.bravo.post.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Tags as people type them ("#Accueil client ") become one spelling ("accueil-client"). */
public final class Tags {
    public static final int MAX_TAGS = 10;
    public static final int MAX_LENGTH = 40;

    private Tags() {}

    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String tag = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
        while (tag.startsWith("#")) {
            tag = tag.substring(1).strip();
        }
        return tag.toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_]+", "-")
                .replaceAll("[^\\p{L}\\p{N}-]", "")
                .replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
    }

    /** Normalized, without blanks or duplicates, in the order given. */
    public static List<String> normalizeAll(List<String> raw) {
        Set<String> tags = new LinkedHashSet<>();
        if (raw != null) {
            for (String tag : raw) {
                String normalized = normalize(tag);
                if (!normalized.isEmpty()) {
                    tags.add(normalized);
                }
            }
        }
        return new ArrayList<>(tags);
    }
}

package org.bravo.moderation.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds watch words in text: whole words only, ignoring case and accents, phrases word for word whatever the spaces
 * or punctuation between them ("faux remboursement" matches "Faux-remboursement !"). A plural or another form is
 * another word: admins list the forms they mean. Immutable, so one instance serves every request until the list
 * changes.
 */
public final class WatchWordMatcher {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** A listed phrase and what it does. */
    public record Rule(String phrase, String action) {}

    /** A rule found in a field. */
    public record Hit(String field, String phrase, String action) {}

    private record Compiled(Rule rule, String[] words) {}

    /** Rules by their first word: a text is read once, whatever the length of the list. */
    private final Map<String, List<Compiled>> byFirstWord = new HashMap<>();

    public WatchWordMatcher(List<Rule> rules) {
        for (Rule rule : rules) {
            String[] words = words(rule.phrase());
            if (words.length > 0) {
                byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Compiled(rule, words));
            }
        }
    }

    /** The text as matching sees it: lower case, accents and ligatures gone, words separated by one space. */
    public static String normalize(String text) {
        return String.join(" ", words(text));
    }

    static String[] words(String text) {
        if (text == null || text.isBlank()) {
            return new String[0];
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD);
        folded = MARKS.matcher(folded)
                .replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace("œ", "oe")
                .replace("æ", "ae")
                .replace("ß", "ss");
        String trimmed = NOT_WORD.matcher(folded).replaceAll(" ").strip();
        return trimmed.isEmpty() ? new String[0] : trimmed.split(" ");
    }

    /** Every rule found in each field (field name → text), each once per field, fields in order, then as found. */
    public List<Hit> find(Map<String, String> fields) {
        List<Hit> hits = new ArrayList<>();
        if (byFirstWord.isEmpty()) {
            return hits;
        }
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String[] words = words(field.getValue());
            Set<Rule> found = new LinkedHashSet<>();
            for (int i = 0; i < words.length; i++) {
                for (Compiled candidate : byFirstWord.getOrDefault(words[i], List.of())) {
                    if (startsAt(words, i, candidate.words())) {
                        found.add(candidate.rule());
                    }
                }
            }
            for (Rule rule : found) {
                hits.add(new Hit(field.getKey(), rule.phrase(), rule.action()));
            }
        }
        return hits;
    }

    private static boolean startsAt(String[] words, int at, String[] phrase) {
        if (at + phrase.length > words.length) {
            return false;
        }
        for (int j = 1; j < phrase.length; j++) {
            if (!words[at + j].equals(phrase[j])) {
                return false;
            }
        }
        return true;
    }
}

package org.bravo.comment.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds {@code @username} in what people write, and turns the known ones into links to their profile. */
public final class Mentions {
    // Not after a word character or '@', so e-mail addresses (camille@shop.fr) are not mentions.
    static final Pattern MENTION =
            Pattern.compile("(?<![\\p{L}\\p{N}_@.])@([A-Za-z0-9][A-Za-z0-9._-]{0,62}[A-Za-z0-9])");

    private Mentions() {}

    public static Set<String> find(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text != null) {
            Matcher matcher = MENTION.matcher(text);
            while (matcher.find()) {
                names.add(matcher.group(1).toLowerCase());
            }
        }
        return names;
    }

    /** Markdown where each known mention is a link to {@code /people/<username>}. */
    public static String linked(String markdown, Predicate<String> known) {
        Matcher matcher = MENTION.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = known.test(name.toLowerCase())
                    ? "[@" + name + "](/people/" + name.toLowerCase() + ")"
                    : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}

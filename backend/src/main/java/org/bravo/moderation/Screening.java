package org.bravo.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bravo.platform.error.FieldCode;
import org.bravo.platform.error.FieldErrors;

/**
 * What watch words say of a text about to be published: each hit names the field, the phrase and its action
 * ({@code block}, {@code hold} or {@code flag}). {@link WatchWords#screen} refuses blocked text before anything is
 * saved; features then hand the saved content to {@link WatchWords#review} when {@link #needsReview()}.
 */
public record Screening(List<Hit> hits) {
    public static final String BLOCK = "block";
    public static final String HOLD = "hold";
    public static final String FLAG = "flag";
    public static final Screening CLEAN = new Screening(List.of());

    /** A watch word found in a field. */
    public record Hit(String field, String phrase, String action) {}

    public boolean blocked() {
        return has(BLOCK);
    }

    /** Published, but hidden until a moderator reviews it. */
    public boolean held() {
        return !blocked() && has(HOLD);
    }

    /** Goes to the review queue (held, or flagged and published). */
    public boolean needsReview() {
        return !blocked() && (has(HOLD) || has(FLAG));
    }

    public List<String> phrases() {
        return hits.stream().map(Hit::phrase).distinct().toList();
    }

    /** 422 naming each field that holds a blocking word, and the words, so the author can rephrase. */
    void throwIfBlocked() {
        if (!blocked()) {
            return;
        }
        Map<String, List<String>> byField = new TreeMap<>();
        for (Hit hit : hits) {
            if (BLOCK.equals(hit.action())) {
                byField.computeIfAbsent(hit.field(), k -> new ArrayList<>()).add(hit.phrase());
            }
        }
        FieldErrors errors = new FieldErrors();
        byField.forEach((field, phrases) -> errors.add(
                field,
                FieldCode.BLOCKED_WORD,
                "\"" + String.join("\", \"", phrases) + "\" cannot be published on Bravo. Please rephrase."));
        errors.throwIfAny();
    }

    private boolean has(String action) {
        return hits.stream().anyMatch(h -> action.equals(h.action()));
    }
}

package org.bravo.moderation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WatchWordMatcherTest {
    private final WatchWordMatcher matcher = new WatchWordMatcher(List.of(
            new WatchWordMatcher.Rule("arnaque", "block"),
            new WatchWordMatcher.Rule("Faux remboursement", "hold"),
            new WatchWordMatcher.Rule("numéro de carte", "flag"),
            new WatchWordMatcher.Rule("cœur", "flag")));

    private List<String> phrasesIn(String text) {
        return matcher.find(Map.of("body", text)).stream()
                .map(WatchWordMatcher.Hit::phrase)
                .toList();
    }

    @Test
    void ignoresCaseAndAccents() {
        assertThat(phrasesIn("Une ARNAQUÉ évidente")).containsExactly("arnaque");
        assertThat(phrasesIn("son numero de CARTE")).containsExactly("numéro de carte");
        assertThat(phrasesIn("avec le coeur")).containsExactly("cœur");
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(phrasesIn("arnaques en série")).isEmpty();
        assertThat(phrasesIn("les anti-arnaque")).containsExactly("arnaque");
        assertThat(phrasesIn("l'arnaque")).containsExactly("arnaque");
        assertThat(phrasesIn("préarnaque")).isEmpty();
    }

    @Test
    void matchesPhrasesWordForWordWhateverSeparatesThem() {
        assertThat(phrasesIn("un faux-remboursement !")).containsExactly("Faux remboursement");
        assertThat(phrasesIn("un faux\n  remboursement")).containsExactly("Faux remboursement");
        assertThat(phrasesIn("faux et remboursement")).isEmpty();
        assertThat(phrasesIn("remboursement faux")).isEmpty();
        assertThat(phrasesIn("le numéro de")).isEmpty();
    }

    @Test
    void reportsEachFieldAndEachRuleOnce() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Arnaque, arnaque");
        fields.put("body", "rien");
        fields.put("tags", "coeur , faux remboursement");
        assertThat(matcher.find(fields))
                .containsExactly(
                        new WatchWordMatcher.Hit("title", "arnaque", "block"),
                        new WatchWordMatcher.Hit("tags", "cœur", "flag"),
                        new WatchWordMatcher.Hit("tags", "Faux remboursement", "hold"));
    }

    @Test
    void normalizesForUniqueness() {
        assertThat(WatchWordMatcher.normalize("  Numéro   de Carte ")).isEqualTo("numero de carte");
        assertThat(WatchWordMatcher.normalize("!!!")).isEmpty();
        assertThat(new WatchWordMatcher(List.of()).find(Map.of("body", "arnaque")))
                .isEmpty();
    }
}

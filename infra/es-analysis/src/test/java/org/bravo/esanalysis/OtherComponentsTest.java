package org.bravo.esanalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bravo.esanalysis.Chains.LOWERCASE;
import static org.bravo.esanalysis.Chains.charFilter;
import static org.bravo.esanalysis.Chains.custom;
import static org.bravo.esanalysis.Chains.filter;
import static org.bravo.esanalysis.Chains.preConfigured;
import static org.bravo.esanalysis.Chains.tokens;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.common.settings.Settings;
import org.junit.jupiter.api.Test;

class OtherComponentsTest {

    @Test
    void asciifoldingCanKeepTheOriginal() {
        var keep = Settings.builder().put("preserve_original", true).build();
        assertThat(tokens(custom(LOWERCASE, filter("asciifolding", keep)), "Café"))
                .containsExactly("cafe", "café");
        assertThat(tokens(custom(LOWERCASE, filter("asciifolding", Settings.EMPTY)), "Café"))
                .containsExactly("cafe");
        assertThat(tokens(custom(LOWERCASE, preConfigured("asciifolding")), "Café"))
                .containsExactly("cafe");
    }

    @Test
    void edgeNgramDefaultsToOneAndTwoCharacterPrefixes() {
        assertThat(tokens(custom(LOWERCASE, filter("edge_ngram", Settings.EMPTY)), "Bravo"))
                .containsExactly("b", "br");
        assertThat(tokens(custom(LOWERCASE, preConfigured("edge_ngram")), "Bravo"))
                .containsExactly("b");
    }

    @Test
    void edgeNgramHonoursItsParameters() {
        var prefixes = Settings.builder().put("min_gram", 2).put("max_gram", 4).build();
        assertThat(tokens(custom(LOWERCASE, filter("edge_ngram", prefixes)), "Bravo"))
                .containsExactly("br", "bra", "brav");

        var keep = Settings.builder()
                .put("min_gram", 2)
                .put("max_gram", 3)
                .put("preserve_original", true)
                .build();
        assertThat(tokens(custom(LOWERCASE, filter("edge_ngram", keep)), "Bravo"))
                .containsExactly("br", "bra", "bravo");

        var back = Settings.builder()
                .put("min_gram", 2)
                .put("max_gram", 3)
                .put("side", "back")
                .build();
        assertThat(tokens(custom(LOWERCASE, filter("edge_ngram", back)), "Bravo"))
                .containsExactly("vo", "avo");
    }

    @Test
    void htmlStripRemovesMarkupAndDecodesEntities() {
        Analyzer stripped = custom(List.of(charFilter("html_strip", Settings.EMPTY)), List.of(LOWERCASE));
        assertThat(tokens(stripped, "<p>Bonjour <b>l&eacute;quipe</b></p><script>alert(1)</script>"))
                .containsExactly("bonjour", "léquipe");
    }

    @Test
    void htmlStripKeepsEscapedTags() {
        var settings = Settings.builder().putList("escaped_tags", "b").build();
        Analyzer stripped = custom(List.of(charFilter("html_strip", settings)), List.of(LOWERCASE));
        assertThat(tokens(stripped, "<p>Bonjour <b>monde</b></p>")).containsExactly("bonjour", "b", "monde", "b");
    }

    @Test
    void frenchAnalyzerTypeHonoursStopwordsAndStemExclusion() throws IOException {
        var french = Chains.PLUGIN.getAnalyzers().get("french");
        assertThat(tokens(french.get(null, null, "fr", Settings.EMPTY).get(), "Les conseils de l'électricité"))
                .containsExactly("conseil", "electricit");

        var custom = Settings.builder()
                .put("stopwords", "_none_")
                .putList("stem_exclusion", "conseils")
                .build();
        assertThat(tokens(french.get(null, null, "fr", custom).get(), "Les conseils de l'électricité"))
                .containsExactly("les", "conseils", "de", "electricit");
    }

    @Test
    void englishAnalyzerTypeStemsAndDropsEnglishStopWords() throws IOException {
        var english = Chains.PLUGIN.getAnalyzers().get("english");
        assertThat(tokens(english.get(null, null, "en", Settings.EMPTY).get(), "The teams' best practices"))
                .containsExactly("team", "best", "practic");
    }
}

package org.bravo.esanalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bravo.esanalysis.Chains.LOWERCASE;
import static org.bravo.esanalysis.Chains.STOP_FRENCH;
import static org.bravo.esanalysis.Chains.custom;
import static org.bravo.esanalysis.Chains.filter;
import static org.bravo.esanalysis.Chains.preConfigured;
import static org.bravo.esanalysis.Chains.tokens;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.common.settings.Settings;
import org.junit.jupiter.api.Test;

/**
 * The chain Bravo's French text fields use: standard tokenizer → elision → lowercase → asciifolding →
 * stop {@code _french_} → stemmer {@code light_french}. What matters to users is that what they type (often
 * without accents, singular or plural, with or without the article) finds what colleagues wrote.
 */
class FrenchSearchChainTest {

    private static final Settings LIGHT_FRENCH =
            Settings.builder().put("language", "light_french").build();

    private final Analyzer bravoFrench = custom(
            preConfigured("elision"),
            LOWERCASE,
            filter("asciifolding", Settings.EMPTY),
            STOP_FRENCH,
            filter("stemmer", LIGHT_FRENCH));

    @Test
    void accentedElidedWordAndBareUnaccentedQueryMeetOnOneToken() {
        assertThat(tokens(bravoFrench, "L'électricité")).containsExactly("electricit");
        assertThat(tokens(bravoFrench, "electricite")).containsExactly("electricit");
        assertThat(tokens(bravoFrench, "ÉLECTRICITÉ")).containsExactly("electricit");
    }

    @Test
    void pluralAndSingularStemTheSame() {
        assertThat(tokens(bravoFrench, "conseils"))
                .isEqualTo(tokens(bravoFrench, "conseil"))
                .containsExactly("conseil");
        assertThat(tokens(bravoFrench, "chevaux")).isEqualTo(tokens(bravoFrench, "cheval"));
    }

    @Test
    void stopWordsAndArticlesDisappearFromAPhrase() {
        assertThat(tokens(bravoFrench, "L'électricité des conseils")).containsExactly("electricit", "conseil");
    }

    @Test
    void foldingIsWhatMakesShortAccentedWordsMatch() {
        // The light stemmer normalises accents only on longer words, so "café"/"Noël" rely on asciifolding.
        assertThat(tokens(bravoFrench, "café Noël"))
                .isEqualTo(tokens(bravoFrench, "cafe noel"))
                .containsExactly("cafe", "noel");

        Analyzer withoutFolding =
                custom(preConfigured("elision"), LOWERCASE, STOP_FRENCH, filter("stemmer", LIGHT_FRENCH));
        assertThat(tokens(withoutFolding, "café Noël")).containsExactly("café", "noël");
    }

    @Test
    void preConfiguredElisionDropsEveryFrenchElidedArticleWhateverItsCase() {
        Analyzer elisionOnly = custom(preConfigured("elision"), LOWERCASE);
        assertThat(tokens(elisionOnly, "l'avion d'Air qu'il jusqu'ici L'Europe D'abord QU'on lorsqu'elle"))
                .containsExactly("avion", "air", "il", "ici", "europe", "abord", "on", "elle");
    }
}

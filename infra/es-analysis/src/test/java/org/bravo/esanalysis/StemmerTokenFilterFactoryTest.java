package org.bravo.esanalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bravo.esanalysis.Chains.LOWERCASE;
import static org.bravo.esanalysis.Chains.custom;
import static org.bravo.esanalysis.Chains.filter;
import static org.bravo.esanalysis.Chains.preConfigured;
import static org.bravo.esanalysis.Chains.tokens;

import java.util.List;
import org.elasticsearch.common.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StemmerTokenFilterFactoryTest {

    private static List<String> stem(String language, String text) {
        return tokens(
                custom(
                        LOWERCASE,
                        filter(
                                "stemmer",
                                Settings.builder().put("language", language).build())),
                text);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "light_french       | conseils chevaux électricité | conseil cheval electricit",
                "lightFrench        | conseils                     | conseil",
                "LIGHT_FRENCH       | conseils                     | conseil",
                "minimal_french     | conseils électricité         | conseil électricit",
                "french             | conseils électricité         | conseil électr",
                "english            | running ponies               | run poni",
                "light_english      | running ponies studies       | running pony study",
                "minimal_english    | ponies studies               | pony study",
                "possessive_english | Bravo's ponies               | bravo ponies",
            })
    void productionLanguageNamesPickTheirAlgorithm(String language, String text, String expected) {
        assertThat(stem(language, text)).containsExactly(expected.split(" "));
    }

    @Test
    void olderNameParameterStillSelectsTheLanguage() {
        var settings = Settings.builder().put("name", "light_french").build();
        assertThat(tokens(custom(LOWERCASE, filter("stemmer", settings)), "conseils"))
                .containsExactly("conseil");
    }

    @Test
    void withoutLanguageItIsPorterLikeTheBareName() {
        assertThat(tokens(custom(LOWERCASE, filter("stemmer", Settings.EMPTY)), "running ponies"))
                .containsExactly("run", "poni");
        assertThat(tokens(custom(LOWERCASE, preConfigured("stemmer")), "running ponies"))
                .containsExactly("run", "poni");
    }

    @Test
    void unknownLanguageIsRefusedNotReplaced() {
        // "french_light_stem" is a name people guess; production has no such stemmer and neither do we.
        assertThatThrownBy(() -> filter(
                        "stemmer",
                        Settings.builder().put("language", "french_light_stem").build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("french_light_stem");
    }

    @Test
    void frenchStemIsSnowballFrench() {
        assertThat(tokens(custom(LOWERCASE, filter("french_stem", Settings.EMPTY)), "chevaux électricité"))
                .containsExactly("cheval", "électr");
        assertThat(tokens(custom(LOWERCASE, preConfigured("french_stem")), "chevaux électricité"))
                .containsExactly("cheval", "électr");
        var excluded = Settings.builder().putList("stem_exclusion", "chevaux").build();
        assertThat(tokens(custom(LOWERCASE, filter("french_stem", excluded)), "chevaux électricité"))
                .containsExactly("chevaux", "électr");
    }
}

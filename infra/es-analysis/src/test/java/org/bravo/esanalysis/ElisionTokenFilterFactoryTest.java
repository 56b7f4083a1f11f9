package org.bravo.esanalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bravo.esanalysis.Chains.LOWERCASE;
import static org.bravo.esanalysis.Chains.custom;
import static org.bravo.esanalysis.Chains.filter;
import static org.bravo.esanalysis.Chains.tokens;

import org.elasticsearch.common.settings.Settings;
import org.junit.jupiter.api.Test;

class ElisionTokenFilterFactoryTest {

    @Test
    void definedElisionWithoutArticlesIsRefusedAsInProduction() {
        assertThatThrownBy(() -> filter("elision", Settings.EMPTY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("elision filter requires [articles] or [articles_path] setting");
    }

    @Test
    void definedArticlesAreCaseSensitiveByDefault() {
        var settings = Settings.builder().putList("articles", "l", "d").build();
        assertThat(tokens(custom(filter("elision", settings), LOWERCASE), "l'avion L'Europe d'abord qu'il"))
                .containsExactly("avion", "l'europe", "abord", "qu'il");
    }

    @Test
    void articlesCaseTrueIgnoresCase() {
        var settings = Settings.builder()
                .putList("articles", "l", "d")
                .put("articles_case", true)
                .build();
        assertThat(tokens(custom(filter("elision", settings), LOWERCASE), "L'Europe D'abord"))
                .containsExactly("europe", "abord");
    }
}

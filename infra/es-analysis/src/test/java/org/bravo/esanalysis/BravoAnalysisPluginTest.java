package org.bravo.esanalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Set;
import java.util.stream.Collectors;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.PreBuiltAnalyzerProviderFactory;
import org.elasticsearch.index.analysis.PreConfiguredCharFilter;
import org.elasticsearch.index.analysis.PreConfiguredTokenFilter;
import org.junit.jupiter.api.Test;

/**
 * Elasticsearch refuses to start when two sources register one name, so the registered names are pinned here:
 * adding one is a deliberate act, and none may be a name the core server (8.19) already registers itself.
 */
class BravoAnalysisPluginTest {

    private static final BravoAnalysisPlugin PLUGIN = new BravoAnalysisPlugin();

    /** Registered by the server's AnalysisModule in 8.19, in one registry or another. */
    private static final Set<String> CORE_NAMES = Set.of(
            "standard",
            "default",
            "keyword",
            "stop",
            "whitespace",
            "simple",
            "classic",
            "lowercase",
            "shingle",
            "hunspell");

    @Test
    void registersExactlyTheProductionNamesItPromises() {
        assertThat(PLUGIN.getAnalyzers().keySet()).containsExactlyInAnyOrder("french", "english");
        assertThat(PLUGIN.getPreBuiltAnalyzerProviderFactories().stream().map(PreBuiltAnalyzerProviderFactory::getName))
                .containsExactlyInAnyOrder("french", "english");
        assertThat(PLUGIN.getTokenFilters().keySet())
                .containsExactlyInAnyOrder("asciifolding", "edge_ngram", "elision", "french_stem", "stemmer");
        assertThat(PLUGIN.getPreConfiguredTokenFilters().stream().map(PreConfiguredTokenFilter::getName))
                .containsExactlyInAnyOrder("asciifolding", "edge_ngram", "elision", "french_stem", "stemmer");
        assertThat(PLUGIN.getCharFilters().keySet()).containsExactly("html_strip");
        assertThat(PLUGIN.getPreConfiguredCharFilters().stream().map(PreConfiguredCharFilter::getName))
                .containsExactly("html_strip");
        assertThat(PLUGIN.getTokenizers()).isEmpty();
        assertThat(PLUGIN.getPreConfiguredTokenizers()).isEmpty();
    }

    @Test
    void claimsNoNameTheServerAlreadyOwns() {
        Set<String> ours = PLUGIN.getAnalyzers().keySet().stream().collect(Collectors.toSet());
        ours.addAll(PLUGIN.getTokenFilters().keySet());
        ours.addAll(PLUGIN.getCharFilters().keySet());
        PLUGIN.getPreConfiguredTokenFilters().forEach(f -> ours.add(f.getName()));
        PLUGIN.getPreConfiguredCharFilters().forEach(f -> ours.add(f.getName()));
        PLUGIN.getPreBuiltAnalyzerProviderFactories().forEach(f -> ours.add(f.getName()));
        assertThat(ours).doesNotContainAnyElementsOf(CORE_NAMES);
    }

    @Test
    void onlyElisionNeedsSettingsToBeDefined() {
        PLUGIN.getTokenFilters().forEach((name, provider) -> {
            assertThat(provider.requiresAnalysisSettings()).as(name).isEqualTo(name.equals("elision"));
            if (!name.equals("elision")) {
                assertThatCode(() -> provider.get(null, null, name, Settings.EMPTY))
                        .as(name)
                        .doesNotThrowAnyException();
            }
        });
    }
}

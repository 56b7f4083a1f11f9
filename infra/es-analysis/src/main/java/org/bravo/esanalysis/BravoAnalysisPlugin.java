package org.bravo.esanalysis;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.PreBuiltAnalyzerProviderFactory;
import org.elasticsearch.index.analysis.PreConfiguredCharFilter;
import org.elasticsearch.index.analysis.PreConfiguredTokenFilter;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.indices.analysis.PreBuiltCacheFactory.CachingStrategy;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * Gives the integ-test Elasticsearch distribution (which ships without the {@code analysis-common} module) the
 * analysis names a production 8.x node has built in, so that Bravo's index settings are written once, for
 * production, and run unchanged on the local server.
 *
 * <p>Each name is registered twice, as production does: as a <em>type</em> (used when the index settings define a
 * component with parameters, e.g. {@code {"type":"stemmer","language":"light_french"}}) and as a
 * <em>pre-configured</em> component (used when an analyzer or mapping names it directly, e.g.
 * {@code "filter":["elision"]} or {@code "analyzer":"french"}). The two registries are separate in Elasticsearch,
 * so the same name in both is not a duplicate.
 *
 * <p>This plugin must never be installed next to {@code analysis-common} (a full distribution): Elasticsearch
 * refuses to start when two plugins register the same name. Names the server itself owns ({@code lowercase},
 * {@code stop}, {@code shingle}, {@code standard}, ...) are deliberately absent for the same reason.
 */
public class BravoAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> analyzers = new TreeMap<>();
        analyzers.put("english", LanguageAnalyzerProvider::english);
        analyzers.put("french", LanguageAnalyzerProvider::french);
        return analyzers;
    }

    @Override
    public List<PreBuiltAnalyzerProviderFactory> getPreBuiltAnalyzerProviderFactories() {
        // LUCENE caching: one shared instance per Lucene version, as production does for language analyzers.
        return List.of(
                new PreBuiltAnalyzerProviderFactory("english", CachingStrategy.LUCENE, EnglishAnalyzer::new),
                new PreBuiltAnalyzerProviderFactory("french", CachingStrategy.LUCENE, FrenchAnalyzer::new));
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        Map<String, AnalysisProvider<TokenFilterFactory>> filters = new TreeMap<>();
        filters.put("asciifolding", AsciiFoldingTokenFilterFactory::new);
        filters.put("edge_ngram", EdgeNGramTokenFilterFactory::new);
        // Production refuses {"type":"elision"} without articles; keeping that rule means settings that pass here
        // cannot fail in production. The bare name "elision" (pre-configured below) is the French default.
        filters.put("elision", AnalysisPlugin.requiresAnalysisSettings(ElisionTokenFilterFactory::new));
        filters.put("french_stem", FrenchStemTokenFilterFactory::new);
        filters.put("stemmer", StemmerTokenFilterFactory::new);
        return filters;
    }

    @Override
    public List<PreConfiguredTokenFilter> getPreConfiguredTokenFilters() {
        // The boolean says whether the filter also applies to multi-term queries (prefix, wildcard, fuzzy):
        // only character-level normalisations do, stemmers and n-grams would mangle the pattern.
        return List.of(
                PreConfiguredTokenFilter.singleton("asciifolding", true, ASCIIFoldingFilter::new),
                PreConfiguredTokenFilter.singleton(
                        "edge_ngram", false, false, input -> new EdgeNGramTokenFilter(input, 1)),
                PreConfiguredTokenFilter.singleton(
                        "elision", true, input -> new ElisionFilter(input, FrenchAnalyzer.DEFAULT_ARTICLES)),
                PreConfiguredTokenFilter.singleton(
                        "french_stem", false, input -> new SnowballFilter(input, new FrenchStemmer())),
                // Production's bare "stemmer" is Porter (English).
                PreConfiguredTokenFilter.singleton("stemmer", false, PorterStemFilter::new));
    }

    @Override
    public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
        return Map.of("html_strip", HtmlStripCharFilterFactory::new);
    }

    @Override
    public List<PreConfiguredCharFilter> getPreConfiguredCharFilters() {
        return List.of(PreConfiguredCharFilter.singleton("html_strip", false, HTMLStripCharFilter::new));
    }
}

package org.bravo.esanalysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;

/**
 * The {@code french} and {@code english} analyzer types, with their {@code stopwords} (including named sets such as
 * {@code _french_} and {@code _none_}, and {@code stopwords_path}) and {@code stem_exclusion} parameters.
 *
 * <p>Parameter parsing is delegated to the server's {@link Analysis} helpers so that values are read exactly as
 * production reads them.
 */
final class LanguageAnalyzerProvider<A extends StopwordAnalyzerBase> extends AbstractIndexAnalyzerProvider<A> {

    private final A analyzer;

    private LanguageAnalyzerProvider(String name, Settings settings, A analyzer) {
        super(name, settings);
        this.analyzer = analyzer;
    }

    static LanguageAnalyzerProvider<FrenchAnalyzer> french(
            IndexSettings indexSettings, Environment env, String name, Settings settings) {
        return new LanguageAnalyzerProvider<>(
                name,
                settings,
                new FrenchAnalyzer(
                        Analysis.parseStopWords(env, settings, FrenchAnalyzer.getDefaultStopSet()),
                        Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET)));
    }

    static LanguageAnalyzerProvider<EnglishAnalyzer> english(
            IndexSettings indexSettings, Environment env, String name, Settings settings) {
        return new LanguageAnalyzerProvider<>(
                name,
                settings,
                new EnglishAnalyzer(
                        Analysis.parseStopWords(env, settings, EnglishAnalyzer.getDefaultStopSet()),
                        Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET)));
    }

    @Override
    public A get() {
        return analyzer;
    }
}

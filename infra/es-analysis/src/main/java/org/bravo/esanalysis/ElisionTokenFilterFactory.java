package org.bravo.esanalysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;

/**
 * The {@code elision} type ({@code l'avion → avion}); parameters {@code articles} / {@code articles_path} and
 * {@code articles_case}.
 *
 * <p>Like production, a defined elision filter must list its articles: the French default set belongs to the
 * pre-configured name {@code "elision"} only (see {@link BravoAnalysisPlugin}). Note that {@code articles_case}
 * defaults to false, i.e. case-sensitive, so {@code ["l"]} does not strip {@code "L'"} unless it is set to true.
 */
final class ElisionTokenFilterFactory extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {

    private final CharArraySet articles;

    ElisionTokenFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name, settings);
        this.articles = Analysis.parseArticles(env, settings);
        if (articles == null) {
            throw new IllegalArgumentException("elision filter requires [articles] or [articles_path] setting");
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new ElisionFilter(tokenStream, articles);
    }
}

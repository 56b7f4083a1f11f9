package org.bravo.esanalysis;

import java.util.Locale;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/**
 * The {@code edge_ngram} type; parameters {@code min_gram} (default 1), {@code max_gram} (default 2),
 * {@code preserve_original} (default false) and the deprecated {@code side} ({@code front}/{@code back}).
 */
final class EdgeNGramTokenFilterFactory extends AbstractTokenFilterFactory {

    private final int minGram;
    private final int maxGram;
    private final boolean preserveOriginal;
    private final boolean fromBack;

    EdgeNGramTokenFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name, settings);
        this.minGram = settings.getAsInt("min_gram", 1);
        this.maxGram = settings.getAsInt("max_gram", 2);
        this.preserveOriginal = settings.getAsBoolean("preserve_original", false);
        String side = settings.get("side", "front").toLowerCase(Locale.ROOT);
        if (!side.equals("front") && !side.equals("back")) {
            throw new IllegalArgumentException("invalid side: " + side);
        }
        this.fromBack = side.equals("back");
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        // Lucene dropped back-edge n-grams; reversing before and after gives the same grams.
        TokenStream result = fromBack ? new ReverseStringFilter(tokenStream) : tokenStream;
        result = new EdgeNGramTokenFilter(result, minGram, maxGram, preserveOriginal);
        return fromBack ? new ReverseStringFilter(result) : result;
    }

    @Override
    public boolean breaksFastVectorHighlighter() {
        // Grams share the offsets of their whole word, which the fast vector highlighter cannot render.
        return true;
    }

    @Override
    public TokenFilterFactory getSynonymFilter() {
        throw new IllegalArgumentException("Token filter [" + name() + "] cannot be used to parse synonyms");
    }
}

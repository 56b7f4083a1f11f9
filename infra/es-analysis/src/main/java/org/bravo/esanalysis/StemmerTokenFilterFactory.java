package org.bravo.esanalysis;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseMinimalStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * The {@code stemmer} type: one filter, many algorithms, picked by {@code language} (or its older alias
 * {@code name}); Porter when neither is given. Language names are those of production Elasticsearch, matched
 * case-insensitively, with their camelCase aliases ({@code lightFrench} = {@code light_french}).
 *
 * <p>Only the languages Bravo can plausibly need are listed; any other name is refused when the index is created,
 * never silently replaced by another stemmer.
 */
final class StemmerTokenFilterFactory extends AbstractTokenFilterFactory {

    private static final Map<String, Function<TokenStream, TokenStream>> STEMMERS = new HashMap<>();

    static {
        // French
        register(snowball(FrenchStemmer::new), "french");
        register(FrenchLightStemFilter::new, "light_french", "lightFrench");
        register(FrenchMinimalStemFilter::new, "minimal_french", "minimalFrench");
        // English
        register(PorterStemFilter::new, "english", "porter");
        register(snowball(EnglishStemmer::new), "porter2");
        register(KStemFilter::new, "light_english", "lightEnglish", "kstem");
        register(EnglishMinimalStemFilter::new, "minimal_english", "minimalEnglish");
        register(EnglishPossessiveFilter::new, "possessive_english", "possessiveEnglish");
        // Neighbouring languages a European intranet meets
        register(snowball(GermanStemmer::new), "german");
        register(GermanLightStemFilter::new, "light_german", "lightGerman");
        register(GermanMinimalStemFilter::new, "minimal_german", "minimalGerman");
        register(snowball(SpanishStemmer::new), "spanish");
        register(SpanishLightStemFilter::new, "light_spanish", "lightSpanish");
        register(snowball(ItalianStemmer::new), "italian");
        register(ItalianLightStemFilter::new, "light_italian", "lightItalian");
        register(snowball(PortugueseStemmer::new), "portuguese");
        register(PortugueseLightStemFilter::new, "light_portuguese", "lightPortuguese");
        register(PortugueseMinimalStemFilter::new, "minimal_portuguese", "minimalPortuguese");
        register(snowball(DutchStemmer::new), "dutch");
    }

    private final Function<TokenStream, TokenStream> stemmer;

    StemmerTokenFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name, settings);
        String language = settings.get("language", settings.get("name", "porter"));
        this.stemmer = STEMMERS.get(language.toLowerCase(Locale.ROOT));
        if (stemmer == null) {
            throw new IllegalArgumentException("Unknown stemmer language [" + language + "] for filter [" + name
                    + "]; this local server knows " + new TreeSet<>(STEMMERS.keySet()));
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return stemmer.apply(tokenStream);
    }

    private static void register(Function<TokenStream, TokenStream> stemmer, String... names) {
        for (String name : names) {
            STEMMERS.put(name.toLowerCase(Locale.ROOT), stemmer);
        }
    }

    // Snowball stemmers keep per-word state, so every token stream needs its own instance.
    private static Function<TokenStream, TokenStream> snowball(Supplier<? extends SnowballStemmer> stemmer) {
        return input -> new SnowballFilter(input, stemmer.get());
    }
}

package org.bravo.esanalysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.IndexVersion;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.PreConfiguredTokenFilter;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/**
 * Builds analysis chains the way an Elasticsearch custom analyzer does (char filters → standard tokenizer → token
 * filters), taking this plugin's components from the plugin's own registrations, so the tests exercise exactly what
 * the server will load.
 */
final class Chains {

    static final BravoAnalysisPlugin PLUGIN = new BravoAnalysisPlugin();

    /** The server's own {@code lowercase}: not ours to register, so reproduced with the Lucene filter it wraps. */
    static final TokenFilterFactory LOWERCASE = server("lowercase", LowerCaseFilter::new);

    /** The server's {@code {"type":"stop","stopwords":"_french_"}}: {@code _french_} is Lucene's French set. */
    static final TokenFilterFactory STOP_FRENCH =
            server("stop", ts -> new StopFilter(ts, FrenchAnalyzer.getDefaultStopSet()));

    private Chains() {}

    /** A filter defined in index settings: {@code {"type": type, ...settings}}. */
    static TokenFilterFactory filter(String type, Settings settings) {
        try {
            return PLUGIN.getTokenFilters().get(type).get(null, null, "test_" + type, settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filter named directly in an analyzer without being defined: the pre-configured component. */
    static TokenFilterFactory preConfigured(String name) {
        var component = PLUGIN.getPreConfiguredTokenFilters().stream()
                .filter(f -> f.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no pre-configured token filter " + name));
        // The public lookup goes through a placeholder IndexSettings whose class initialisation needs the server's
        // logging bootstrap; the protected factory method takes just the index version and builds the same filter.
        try {
            Method create = PreConfiguredTokenFilter.class.getDeclaredMethod("create", IndexVersion.class);
            create.setAccessible(true);
            return (TokenFilterFactory) create.invoke(component, IndexVersion.current());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static CharFilterFactory charFilter(String type, Settings settings) {
        try {
            return PLUGIN.getCharFilters().get(type).get(null, null, "test_" + type, settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Analyzer custom(List<CharFilterFactory> charFilters, List<TokenFilterFactory> filters) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                for (CharFilterFactory charFilter : charFilters) {
                    reader = charFilter.create(reader);
                }
                return reader;
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = tokenizer;
                for (TokenFilterFactory filter : filters) {
                    stream = filter.create(stream);
                }
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    static Analyzer custom(TokenFilterFactory... filters) {
        return custom(List.of(), List.of(filters));
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("field", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static TokenFilterFactory server(String name, Function<TokenStream, TokenStream> filter) {
        return new TokenFilterFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public TokenStream create(TokenStream tokenStream) {
                return filter.apply(tokenStream);
            }
        };
    }
}

package org.bravo.esanalysis;

import java.io.Reader;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractCharFilterFactory;

/** The {@code html_strip} char filter type; parameter {@code escaped_tags} (tags kept as they are). */
final class HtmlStripCharFilterFactory extends AbstractCharFilterFactory {

    private final Set<String> escapedTags;

    HtmlStripCharFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name);
        List<String> tags = settings.getAsList("escaped_tags");
        // HTMLStripCharFilter treats null as "escape nothing".
        this.escapedTags = tags.isEmpty() ? null : Set.copyOf(tags);
    }

    @Override
    public Reader create(Reader reader) {
        return new HTMLStripCharFilter(reader, escapedTags);
    }
}

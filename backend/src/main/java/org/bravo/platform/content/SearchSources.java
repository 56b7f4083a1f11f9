package org.bravo.platform.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every {@link SearchSource}, by type. */
@ApplicationScoped
public class SearchSources {
    private final Instance<SearchSource> all;
    private volatile Map<String, SearchSource> byType;

    @Inject
    public SearchSources(Instance<SearchSource> all) {
        // Looked up lazily: sources of comments and videos use this registry to read their parents.
        this.all = all;
    }

    public Optional<SearchSource> find(String type) {
        return Optional.ofNullable(sources().get(type));
    }

    public Collection<SearchSource> all() {
        return sources().values();
    }

    private Map<String, SearchSource> sources() {
        Map<String, SearchSource> found = byType;
        if (found == null) {
            found = new TreeMap<>();
            for (SearchSource source : all) {
                found.put(source.type(), source);
            }
            byType = found;
        }
        return found;
    }
}

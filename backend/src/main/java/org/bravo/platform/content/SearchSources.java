package org.bravo.platform.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

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

    /**
     * The documents of these ids, several types at once, by {@code type:id}; one batch per type. An id absent from
     * the answer no longer exists, as for {@link SearchSource#load}.
     */
    public Map<String, IndexedContent> load(Map<String, ? extends Collection<String>> idsByType) {
        Map<String, IndexedContent> documents = new HashMap<>();
        idsByType.forEach((type, ids) -> find(type)
                .ifPresent(source -> source.load(ids).forEach((id, doc) -> documents.put(type + ":" + id, doc))));
        return documents;
    }

    /**
     * The children (comments, videos) whose parent is searchable: what lives on a page may be found exactly when
     * the page may. One {@link SearchSource#searchable} batch per parent type.
     */
    public <T> List<T> underSearchableParents(
            Collection<T> children, Function<T, String> parentType, Function<T, String> parentId) {
        Map<String, List<T>> byParentType = new HashMap<>();
        children.forEach(child -> byParentType
                .computeIfAbsent(parentType.apply(child), k -> new ArrayList<>())
                .add(child));
        List<T> visible = new ArrayList<>();
        byParentType.forEach((type, list) -> find(type).ifPresent(source -> {
            Set<String> parents =
                    new HashSet<>(source.searchable(list.stream().map(parentId).toList()));
            list.stream()
                    .filter(child -> parents.contains(parentId.apply(child)))
                    .forEach(visible::add);
        }));
        return visible;
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

package org.bravo.platform.content;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchSourcesTest {
    /** A page type whose visible ids and documents are given, and which counts its batches. */
    private static final class Pages implements SearchSource {
        private final String type;
        private final Set<String> visible;
        private int batches;

        Pages(String type, String... visible) {
            this.type = type;
            this.visible = Set.of(visible);
        }

        @Override
        public String type() {
            return type;
        }

        @Override
        public Map<String, IndexedContent> load(Collection<String> ids) {
            batches++;
            Map<String, IndexedContent> found = new HashMap<>();
            ids.stream()
                    .filter(visible::contains)
                    .forEach(id -> found.put(
                            id,
                            new IndexedContent(
                                    type,
                                    id,
                                    true,
                                    null,
                                    null,
                                    "Page " + id,
                                    null,
                                    List.of(),
                                    List.of(),
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    0,
                                    null,
                                    null,
                                    null)));
            return found;
        }

        @Override
        public Set<String> searchable(Collection<String> ids) {
            batches++;
            Set<String> found = new HashSet<>(ids);
            found.retainAll(visible);
            return found;
        }

        @Override
        public List<String> idsAfter(String after, int limit) {
            return List.of();
        }

        @Override
        public long countSearchable() {
            return visible.size();
        }
    }

    private record Child(String id, String parentType, String parentId) {}

    private final Pages posts = new Pages("post", "1", "2");
    private final Pages entries = new Pages("entry", "7");
    private final SearchSources sources = new SearchSources(instance(posts, entries));

    @Test
    void childrenAreFoundExactlyWhenTheirParentIsWithOneBatchPerParentType() {
        List<Child> children = List.of(
                new Child("a", "post", "1"),
                new Child("b", "post", "3"),
                new Child("c", "entry", "7"),
                new Child("d", "entry", "8"),
                new Child("e", "post", "2"),
                new Child("f", "nothing", "1"));

        List<Child> visible = sources.underSearchableParents(children, Child::parentType, Child::parentId);

        assertThat(visible).extracting(Child::id).containsExactlyInAnyOrder("a", "c", "e");
        assertThat(posts.batches).isEqualTo(1);
        assertThat(entries.batches).isEqualTo(1);
    }

    @Test
    void documentsOfSeveralTypesComeBackByTypeAndId() {
        Map<String, IndexedContent> found =
                sources.load(Map.of("post", List.of("1", "9"), "entry", List.of("7"), "nothing", List.of("1")));

        assertThat(found).containsOnlyKeys("post:1", "entry:7");
        assertThat(found.get("entry:7").title()).isEqualTo("Page 7");
    }

    private static Instance<SearchSource> instance(SearchSource... all) {
        List<SearchSource> list = List.of(all);
        return new Instance<>() {
            @Override
            public Iterator<SearchSource> iterator() {
                return list.iterator();
            }

            @Override
            public SearchSource get() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instance<SearchSource> select(Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends SearchSource> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends SearchSource> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean isUnsatisfied() {
                return list.isEmpty();
            }

            @Override
            public boolean isAmbiguous() {
                return list.size() > 1;
            }

            @Override
            public void destroy(SearchSource instance) {}

            @Override
            public Handle<SearchSource> getHandle() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Iterable<? extends Handle<SearchSource>> handles() {
                throw new UnsupportedOperationException();
            }
        };
    }
}

package org.bravo.search.internal;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldValueFactorModifier;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the Elasticsearch request of a validated search: typo- and accent-tolerant text matching, filters applied
 * after the facets are counted (each facet counted with the other filters, so choosing a value never empties its own
 * list), highlights, relevance blended with bravos and freshness, and a sort with a total tie-break for cursors.
 */
final class SearchQueryBuilder {
    /** Facet name → indexed field, in the order the API lists them. */
    static final Map<String, String> FACETS = orderedFacets();

    private static final List<String> TEXT_FIELDS = List.of(
            "title^3",
            "title.en^2",
            "title.folded^2",
            "body",
            "body.en",
            "body.folded",
            "tags^2",
            "shopName",
            "authorName");

    private final String index;
    private final SearchConfig.Relevance relevance;

    /**
     * @param index     the alias searches go through
     * @param relevance the weights of bravos and freshness in the {@code relevance} sort
     */
    SearchQueryBuilder(String index, SearchConfig.Relevance relevance) {
        this.index = index;
        this.relevance = relevance;
    }

    SearchRequest build(SearchCriteria criteria) {
        String text = criteria.text();
        Map<String, Query> filters = filters(criteria);
        Query textQuery = text.isEmpty() ? Query.of(q -> q.matchAll(m -> m)) : textQuery(text);
        Query scored = "relevance".equals(criteria.sort()) ? blended(textQuery) : textQuery;
        return SearchRequest.of(s -> {
            s.index(index)
                    .size(criteria.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .query(scored);
            if (!filters.isEmpty()) {
                s.postFilter(all(filters.values()));
            }
            FACETS.forEach((facet, field) -> {
                List<Query> others = filters.entrySet().stream()
                        .filter(e -> !e.getKey().equals(facet))
                        .map(Map.Entry::getValue)
                        .toList();
                s.aggregations(facet, filteredTerms(all(others), field, 20));
            });
            s.highlight(h -> h.encoder(HighlighterEncoder.Html)
                    .preTags("<mark>")
                    .postTags("</mark>")
                    // Marking words with the full query rebuilt its typo automata for every hit and field (0.7 s a
                    // page on the benchmark); one edit from five letters on the shown fields marks typed typos for
                    // a few milliseconds.
                    .highlightQuery(text.isEmpty() ? Query.of(q -> q.matchNone(m -> m)) : highlightQuery(text))
                    .fields("title", f -> f.numberOfFragments(0))
                    .fields(
                            "body",
                            f -> f.fragmentSize(160).numberOfFragments(1).noMatchSize(160)));
            switch (criteria.sort()) {
                case "newest" -> s.sort(o -> o.field(f -> f.field("createdAt").order(SortOrder.Desc)));
                case "bravos" ->
                    s.sort(o -> o.field(f -> f.field("bravos").order(SortOrder.Desc)))
                            .sort(o -> o.field(f -> f.field("createdAt").order(SortOrder.Desc)));
                default ->
                    s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                            .sort(o -> o.field(f -> f.field("createdAt").order(SortOrder.Desc)));
            }
            // A stable tie-break, so a cursor never skips or repeats a result.
            s.sort(o -> o.field(f -> f.field("type").order(SortOrder.Asc)))
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
            if (!criteria.after().isEmpty()) {
                s.searchAfter(criteria.after());
            }
            return s;
        });
    }

    /** The chosen filters by facet name ({@code date} for the period), in the order they were chosen. */
    private static Map<String, Query> filters(SearchCriteria criteria) {
        Map<String, Query> filters = new LinkedHashMap<>();
        criteria.chosen().forEach((facet, value) -> {
            // Tags are matched without case or accents ("Securite" finds "sécurité"); the rest exactly.
            String field = "tag".equals(facet) ? "tags.folded" : FACETS.get(facet);
            filters.put(facet, Query.of(q -> q.term(t -> t.field(field).value(value))));
        });
        if (criteria.from() != null || criteria.to() != null) {
            filters.put(
                    "date",
                    Query.of(q -> q.range(r -> r.date(d -> {
                        d.field("createdAt");
                        if (criteria.from() != null) {
                            d.gte(criteria.from().toString());
                        }
                        if (criteria.to() != null) {
                            d.lte(criteria.to().toString());
                        }
                        return d;
                    }))));
        }
        return filters;
    }

    private static Query textQuery(String text) {
        // Every word in one field, each within a typo or two; or every word spread over title, body and tags as
        // analysed (plurals, accents, elisions), without typos. A phrase in the title ranks first.
        Query fuzzy = Query.of(q -> q.multiMatch(m -> m.query(text)
                .fields(TEXT_FIELDS)
                .type(TextQueryType.MostFields)
                .fuzziness("AUTO")
                .prefixLength(1)
                .operator(Operator.And)));
        Query spread = Query.of(q -> q.multiMatch(m -> m.query(text)
                .fields(TEXT_FIELDS)
                .type(TextQueryType.CrossFields)
                .operator(Operator.And)));
        Query phrase =
                Query.of(q -> q.matchPhrase(p -> p.field("title").query(text).boost(2f)));
        return Query.of(q -> q.bool(b -> b.should(fuzzy, spread, phrase).minimumShouldMatch("1")));
    }

    private static Query highlightQuery(String text) {
        return Query.of(q -> q.multiMatch(m ->
                m.query(text).fields("title", "body").fuzziness("AUTO:5,100").prefixLength(1)));
    }

    /**
     * Text score × (1 + w_b·ln(1 + bravos)) × ((1 − w_f) + w_f·freshness), freshness a Gaussian decay on the date
     * (1 today, 0.5 after {@code freshness-scale}). Tunable in {@code bravo.elasticsearch.relevance.*}.
     */
    private Query blended(Query text) {
        double bravoWeight = relevance.bravoWeight();
        double freshWeight = relevance.freshnessWeight();
        Query withBravos = Query.of(q -> q.functionScore(f -> f.query(text)
                .functions(fn -> fn.fieldValueFactor(v -> v.field("bravos")
                                .modifier(FieldValueFactorModifier.Ln1p)
                                .factor(1.0)
                                .missing(0.0))
                        .weight(bravoWeight))
                .functions(fn -> fn.weight(1.0))
                .scoreMode(FunctionScoreMode.Sum)
                .boostMode(FunctionBoostMode.Multiply)));
        return Query.of(q -> q.functionScore(f -> f.query(withBravos)
                .functions(fn -> fn.gauss(g -> g.date(d -> d.field("createdAt")
                                .placement(p -> p.origin("now")
                                        .scale(Time.of(t -> t.time(relevance.freshnessScale())))
                                        .decay(0.5))))
                        .weight(freshWeight))
                .functions(fn -> fn.weight(1.0 - freshWeight))
                .scoreMode(FunctionScoreMode.Sum)
                .boostMode(FunctionBoostMode.Multiply)));
    }

    private static Query all(Collection<Query> filters) {
        List<Query> list = List.copyOf(filters);
        return Query.of(q -> q.bool(b -> b.filter(list)));
    }

    private static Map<String, String> orderedFacets() {
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put("type", "type");
        facets.put("kind", "kind");
        facets.put("shop", "shop");
        facets.put("tag", "tags");
        facets.put("author", "author");
        return facets;
    }

    /**
     * The {@code size} most frequent values of {@code field} among the documents {@code filter} matches: a filter
     * aggregation holding a terms one, read back by {@link #filteredTermsBuckets}.
     */
    static Aggregation filteredTerms(Query filter, String field, int size) {
        return Aggregation.of(a -> a.filter(filter)
                .aggregations(
                        "values",
                        Aggregation.of(v -> v.terms(t -> t.field(field).size(size)))));
    }

    /** The values, with their counts, of the {@link #filteredTerms} aggregation named {@code name}. */
    static List<StringTermsBucket> filteredTermsBuckets(SearchResponse<?> response, String name) {
        return response.aggregations()
                .get(name)
                .filter()
                .aggregations()
                .get("values")
                .sterms()
                .buckets()
                .array();
    }
}

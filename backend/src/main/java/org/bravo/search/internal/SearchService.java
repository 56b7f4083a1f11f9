package org.bravo.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
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
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.TermSuggestOption;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.bravo.people.People;
import org.bravo.people.PersonSummary;
import org.bravo.platform.content.SearchSources;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.FieldErrors;
import org.bravo.search.FacetValue;
import org.bravo.search.SearchHit;
import org.bravo.search.SearchPage;
import org.bravo.search.Suggestion;
import org.bravo.shop.ShopInfo;
import org.bravo.shop.Shops;
import org.jboss.logging.Logger;

/**
 * Queries the content index: typo- and accent-tolerant text matching, filters with facet counts (each facet counted
 * with the other filters applied, so choosing a value never empties its own list), highlights on the original text,
 * relevance blended with bravos and freshness, and {@code search_after} cursors.
 */
@ApplicationScoped
public class SearchService {
    static final int MAX_QUERY = 200;
    static final int MAX_SIZE = 50;
    static final Set<String> SORTS = Set.of("relevance", "newest", "bravos");
    /** Facet name → indexed field. */
    static final Map<String, String> FACETS = orderedFacets();
    private static final List<String> TEXT_FIELDS = List.of("title^3", "title.en^2", "title.folded^2", "body",
            "body.en", "body.folded", "tags^2", "shopName", "authorName");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = Logger.getLogger(SearchService.class);
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");

    private final ElasticsearchClient client;
    private final SearchIndex index;
    private final SearchConfig config;
    private final People people;
    private final Shops shops;
    private final SearchSources sources;

    @Inject
    public SearchService(ElasticsearchClient client, SearchIndex index, SearchConfig config, People people,
                         Shops shops, SearchSources sources) {
        this.sources = sources;
        this.client = client;
        this.index = index;
        this.config = config;
        this.people = people;
        this.shops = shops;
    }

    /** What a person asks: text and filters, all optional. */
    public record Request(String q, String type, String kind, String shop, String tag, String author, String from,
                          String to, String sort, String after, Integer size) {
    }

    /** A valid request as sent to Elasticsearch, with what reading its answer needs. */
    private record Prepared(SearchRequest search, String text, int size) {
    }

    /**
     * The Elasticsearch request a search sends, after validation (422 otherwise): what the search benchmark sends
     * straight to Elasticsearch to compare with the API.
     */
    public SearchRequest elasticsearchRequest(Request request) {
        return prepare(request).search();
    }

    public SearchPage search(Request request) {
        Prepared prepared = prepare(request);
        String text = prepared.text();
        int size = prepared.size();
        SearchRequest search = prepared.search();
        SearchResponse<Map> response;
        try {
            response = client.search(search, Map.class);
        } catch (IOException | ElasticsearchException e) {
            LOG.warnf("Search failed: %s", e.getMessage());
            throw unavailable();
        }
        List<SearchHit> found = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            found.add(hit(hit));
        }
        List<SearchHit> items = stillVisible(found);
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        FACETS.keySet().forEach(facet -> {
            List<FacetValue> values = new ArrayList<>();
            for (StringTermsBucket bucket : response.aggregations().get(facet).filter().aggregations()
                    .get("values").sterms().buckets().array()) {
                values.add(new FacetValue(bucket.key().stringValue(), bucket.docCount()));
            }
            facets.put(facet, values);
        });
        long total = response.hits().total() == null ? found.size() : response.hits().total().value();
        total -= found.size() - items.size();
        // The cursor follows what the index answered, even if some of it was hidden meanwhile.
        String next = found.size() == size ? encode(response.hits().hits().get(found.size() - 1).sort()) : null;
        String didYouMean = total == 0 && !text.isEmpty() ? didYouMean(text) : null;
        return new SearchPage(items, total, facets, next, didYouMean);
    }

    private Prepared prepare(Request request) {
        FieldErrors errors = new FieldErrors();
        String text = request.q() == null ? "" : request.q().strip();
        errors.maxLength("q", text, MAX_QUERY);
        String sort = request.sort() == null || request.sort().isBlank() ? "relevance" : request.sort();
        if (!SORTS.contains(sort)) {
            errors.add("sort", FieldErrors.INVALID, "One of relevance, newest, bravos.");
        }
        int size = request.size() == null ? 20 : request.size();
        if (size < 1 || size > MAX_SIZE) {
            errors.add("size", FieldErrors.INVALID, "Between 1 and " + MAX_SIZE + ".");
        }
        LocalDate from = date(errors, "from", request.from());
        LocalDate to = date(errors, "to", request.to());
        if (from != null && to != null && from.isAfter(to)) {
            errors.add("to", FieldErrors.INVALID, "On or after the start date.");
        }
        List<FieldValue> after = cursor(errors, request.after());
        errors.throwIfAny();

        Map<String, Query> filters = new LinkedHashMap<>();
        Map<String, String> chosen = new LinkedHashMap<>();
        chosen.put("type", request.type());
        chosen.put("kind", request.kind());
        chosen.put("shop", request.shop());
        chosen.put("tag", request.tag());
        chosen.put("author", request.author());
        chosen.forEach((facet, value) -> {
            if (value != null && !value.isBlank()) {
                // Tags are matched without case or accents ("Securite" finds "sécurité"); the rest exactly.
                String field = "tag".equals(facet) ? "tags.folded" : FACETS.get(facet);
                filters.put(facet, Query.of(q -> q.term(t -> t.field(field).value(value.strip()))));
            }
        });
        if (from != null || to != null) {
            filters.put("date", Query.of(q -> q.range(r -> r.date(d -> {
                d.field("createdAt");
                if (from != null) {
                    d.gte(from.toString());
                }
                if (to != null) {
                    d.lte(to.toString());
                }
                return d;
            }))));
        }

        Query textQuery = text.isEmpty() ? Query.of(q -> q.matchAll(m -> m)) : textQuery(text);
        Query scored = "relevance".equals(sort) ? blended(textQuery) : textQuery;
        SearchRequest search = SearchRequest.of(s -> {
            s.index(index.alias()).size(size).trackTotalHits(t -> t.enabled(true)).query(scored);
            if (!filters.isEmpty()) {
                s.postFilter(all(filters.values()));
            }
            FACETS.forEach((facet, field) -> {
                List<Query> others = filters.entrySet().stream().filter(e -> !e.getKey().equals(facet))
                        .map(Map.Entry::getValue).toList();
                s.aggregations(facet, Aggregation.of(a -> a.filter(all(others))
                        .aggregations("values", Aggregation.of(v -> v.terms(t -> t.field(field).size(20))))));
            });
            s.highlight(h -> h.encoder(co.elastic.clients.elasticsearch.core.search.HighlighterEncoder.Html)
                    .preTags("<mark>").postTags("</mark>")
                    // Marking words with the full query rebuilt its typo automata for every hit and field (0.7 s a
                    // page on the benchmark); one edit from five letters on the shown fields marks typed typos for
                    // a few milliseconds.
                    .highlightQuery(text.isEmpty() ? Query.of(q -> q.matchNone(m -> m)) : highlightQuery(text))
                    .fields("title", f -> f.numberOfFragments(0))
                    .fields("body", f -> f.fragmentSize(160).numberOfFragments(1).noMatchSize(160)));
            switch (sort) {
                case "newest" -> s.sort(o -> o.field(f -> f.field("createdAt").order(SortOrder.Desc)));
                case "bravos" -> s.sort(o -> o.field(f -> f.field("bravos").order(SortOrder.Desc)))
                        .sort(o -> o.field(f -> f.field("createdAt").order(SortOrder.Desc)));
                default -> s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                        .sort(o -> o.field(f -> f.field("createdAt").order(SortOrder.Desc)));
            }
            // A stable tie-break, so a cursor never skips or repeats a result.
            s.sort(o -> o.field(f -> f.field("type").order(SortOrder.Asc)))
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
            if (!after.isEmpty()) {
                s.searchAfter(after);
            }
            return s;
        });
        return new Prepared(search, text, size);
    }

    /**
     * Drops what was hidden or deleted since it was indexed, asking the database (the source of truth): a hide or a
     * delete shows in search at once, not after the index catches up. One query per content type on the page.
     */
    private List<SearchHit> stillVisible(List<SearchHit> hits) {
        Map<String, List<String>> idsByType = new LinkedHashMap<>();
        hits.forEach(hit -> idsByType.computeIfAbsent(hit.type(), k -> new ArrayList<>()).add(hit.id()));
        Set<String> visible = new HashSet<>();
        idsByType.forEach((type, ids) -> sources.find(type).ifPresent(source -> source.searchable(ids)
                .forEach(id -> visible.add(SearchDocuments.key(type, id)))));
        return hits.stream().filter(hit -> visible.contains(SearchDocuments.key(hit.type(), hit.id()))).toList();
    }

    /**
     * Suggestions as the person types: titles (typo-tolerant completion), tags, shops and people. Empty for an empty
     * prefix.
     */
    public List<Suggestion> suggest(String prefix, int limit) {
        String text = prefix == null ? "" : prefix.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        if (text.length() > MAX_QUERY) {
            new FieldErrors().maxLength("q", text, MAX_QUERY).throwIfAny();
        }
        String folded = fold(text);
        List<Suggestion> suggestions = new ArrayList<>();
        try {
            SearchResponse<Map> response = client.search(s -> s.index(index.alias()).size(0)
                    .source(src -> src.filter(f -> f.includes("title")))
                    .suggest(g -> g.suggesters("titles", f -> f.prefix(text).completion(c -> c.field("suggest")
                            .size(limit * 3).skipDuplicates(true).fuzzy(z -> z.fuzziness("AUTO").minLength(4)))))
                    .aggregations("tags", a -> a.filter(f -> f.prefix(p -> p.field("tags.folded").value(folded)))
                            .aggregations("values", v -> v.terms(t -> t.field("tags").size(50)))), Map.class);
            // A title is suggested from any of its words on, so the option's text may be its end: show it whole.
            Set<String> titles = new LinkedHashSet<>();
            for (CompletionSuggestOption<Map> option : response.suggest().get("titles").get(0).completion()
                    .options()) {
                Object title = option.source() == null ? null : option.source().get("title");
                titles.add(title instanceof String whole ? whole : option.text());
            }
            titles.stream().limit(limit).forEach(title -> suggestions.add(new Suggestion("title", title, title)));
            int tags = 0;
            // The documents matched by a tag prefix carry other tags too: keep the ones that start with it.
            for (StringTermsBucket bucket : response.aggregations().get("tags").filter().aggregations().get("values")
                    .sterms().buckets().array()) {
                String tag = bucket.key().stringValue();
                if (fold(tag).startsWith(folded) && tags++ < limit) {
                    suggestions.add(new Suggestion("tag", tag, tag));
                }
            }
        } catch (IOException | ElasticsearchException e) {
            // Shops and people still come from the database: suggestions degrade rather than vanish.
        }
        for (ShopInfo shop : shops.all(false)) {
            if (fold(shop.name()).contains(folded) || shop.code().startsWith(folded)) {
                suggestions.add(new Suggestion("shop", shop.name(), shop.code()));
            }
        }
        for (PersonSummary person : people.search(text, 3)) {
            suggestions.add(new Suggestion("person", person.displayName(), person.username()));
        }
        return suggestions.size() > limit * 2 ? suggestions.subList(0, limit * 2) : suggestions;
    }

    private static Query highlightQuery(String text) {
        return Query.of(q -> q.multiMatch(m -> m.query(text).fields("title", "body").fuzziness("AUTO:5,100")
                .prefixLength(1)));
    }

    private Query textQuery(String text) {
        // Every word in one field, each within a typo or two; or every word spread over title, body and tags as
        // analysed (plurals, accents, elisions), without typos. A phrase in the title ranks first.
        Query fuzzy = Query.of(q -> q.multiMatch(m -> m.query(text).fields(TEXT_FIELDS).type(TextQueryType.MostFields)
                .fuzziness("AUTO").prefixLength(1).operator(Operator.And)));
        Query spread = Query.of(q -> q.multiMatch(m -> m.query(text).fields(TEXT_FIELDS)
                .type(TextQueryType.CrossFields).operator(Operator.And)));
        Query phrase = Query.of(q -> q.matchPhrase(p -> p.field("title").query(text).boost(2f)));
        return Query.of(q -> q.bool(b -> b.should(fuzzy, spread, phrase).minimumShouldMatch("1")));
    }

    /**
     * Text score × (1 + w_b·ln(1 + bravos)) × ((1 − w_f) + w_f·freshness), freshness a Gaussian decay on the date
     * (1 today, 0.5 after {@code freshness-scale}). Tunable in {@code bravo.elasticsearch.relevance.*}.
     */
    private Query blended(Query text) {
        double bravoWeight = config.relevance().bravoWeight();
        double freshWeight = config.relevance().freshnessWeight();
        Query withBravos = Query.of(q -> q.functionScore(f -> f.query(text)
                .functions(fn -> fn.fieldValueFactor(v -> v.field("bravos").modifier(FieldValueFactorModifier.Ln1p)
                        .factor(1.0).missing(0.0)).weight(bravoWeight))
                .functions(fn -> fn.weight(1.0))
                .scoreMode(FunctionScoreMode.Sum).boostMode(FunctionBoostMode.Multiply)));
        return Query.of(q -> q.functionScore(f -> f.query(withBravos)
                .functions(fn -> fn.gauss(g -> g.date(d -> d.field("createdAt").placement(p -> p.origin("now")
                        .scale(co.elastic.clients.elasticsearch._types.Time.of(t -> t
                                .time(config.relevance().freshnessScale()))).decay(0.5)))).weight(freshWeight))
                .functions(fn -> fn.weight(1.0 - freshWeight))
                .scoreMode(FunctionScoreMode.Sum).boostMode(FunctionBoostMode.Multiply)));
    }

    private String didYouMean(String text) {
        try {
            SearchResponse<Void> response = client.search(s -> s.index(index.alias()).size(0)
                    .suggest(g -> g.text(text).suggesters("words", f -> f.term(t -> t.field("title.folded")
                            .suggestMode(co.elastic.clients.elasticsearch._types.SuggestMode.Always).size(1)))),
                    Void.class);
            StringBuilder corrected = new StringBuilder();
            boolean changed = false;
            for (var entry : response.suggest().get("words")) {
                List<TermSuggestOption> options = entry.term().options();
                String word = options.isEmpty() ? entry.term().text() : options.get(0).text();
                changed |= !options.isEmpty();
                corrected.append(corrected.isEmpty() ? "" : " ").append(word);
            }
            return changed ? corrected.toString() : null;
        } catch (IOException | ElasticsearchException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static SearchHit hit(Hit<Map> hit) {
        Map<String, Object> source = hit.source() == null ? Map.of() : hit.source();
        Map<String, List<String>> highlight = hit.highlight();
        String title = (String) source.get("title");
        String titleHtml = highlight.containsKey("title") ? highlight.get("title").get(0) : escape(title);
        String snippet = highlight.containsKey("body") ? highlight.get("body").get(0) : null;
        Object created = source.get("createdAt");
        Object bravos = source.get("bravos");
        return new SearchHit((String) source.get("type"), (String) source.get("id"), (String) source.get("kind"),
                (String) source.get("status"), title, titleHtml, snippet,
                source.get("tags") instanceof List<?> tags ? (List<String>) tags : List.of(),
                (String) source.get("shop"), (String) source.get("shopName"), (String) source.get("author"),
                (String) source.get("authorName"), created == null ? null : Instant.parse(created.toString()),
                bravos instanceof Number n ? n.intValue() : 0, (String) source.get("parentType"),
                (String) source.get("parentId"), (String) source.get("parentTitle"), cueStart(source, snippet));
    }

    /**
     * The moment of the caption line a video hit's snippet comes from: captions are indexed one value per line, and
     * a highlighted fragment never spans two values, so the line is the one whose text holds the fragment's.
     */
    static Long cueStart(Map<String, Object> source, String snippetHtml) {
        if (snippetHtml == null || !(source.get("cueStarts") instanceof List<?> starts)
                || !(source.get("body") instanceof List<?> lines)) {
            return null;
        }
        String fragment = unescape(snippetHtml.replace("<mark>", "").replace("</mark>", "")).strip();
        for (int i = 0; i < lines.size() && i < starts.size(); i++) {
            if (lines.get(i) instanceof String line && line.contains(fragment) && starts.get(i) instanceof Number n) {
                return n.longValue();
            }
        }
        return null;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
    }

    private static Query all(Collection<Query> filters) {
        List<Query> list = List.copyOf(filters);
        return Query.of(q -> q.bool(b -> b.filter(list)));
    }

    private static LocalDate date(FieldErrors errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, FieldErrors.INVALID, "A date like 2026-11-29.");
            return null;
        }
    }

    private static String encode(List<FieldValue> sort) {
        List<Object> values = new ArrayList<>();
        for (FieldValue value : sort) {
            values.add(value._get());
        }
        try {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(JSON.writeValueAsString(values).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<FieldValue> cursor(FieldErrors errors, String after) {
        if (after == null || after.isBlank()) {
            return List.of();
        }
        try {
            List<?> values = JSON.readValue(Base64.getUrlDecoder().decode(after.strip()), List.class);
            List<FieldValue> sort = new ArrayList<>();
            for (Object value : values) {
                if (value instanceof Number n && (n instanceof Double || n instanceof Float)) {
                    sort.add(FieldValue.of(n.doubleValue()));
                } else if (value instanceof Number n) {
                    sort.add(FieldValue.of(n.longValue()));
                } else if (value instanceof String s) {
                    sort.add(FieldValue.of(s));
                } else {
                    sort.add(FieldValue.of(JsonData.of(value)));
                }
            }
            return sort;
        } catch (IllegalArgumentException | IOException e) {
            errors.add("after", FieldErrors.INVALID, "Not a cursor from a previous page.");
            return List.of();
        }
    }

    static String fold(String text) {
        return COMBINING.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    private static String escape(String text) {
        if (text == null) {
            return null;
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static ApiException unavailable() {
        return ApiException.unavailable("SEARCH_UNAVAILABLE",
                "Search is unavailable for a moment. Everything you wrote is saved and will be found once it is back.");
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
}

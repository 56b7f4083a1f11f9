package org.bravo.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bravo.platform.content.SearchSources;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.search.FacetValue;
import org.bravo.search.SearchHit;
import org.bravo.search.SearchPage;
import org.bravo.search.Suggestion;
import org.jboss.logging.Logger;

/**
 * Answers searches over the content index: validates the request ({@link SearchCriteria}), builds the query
 * ({@link SearchQueryBuilder}), reads the hits ({@link SearchHitMapper}), drops what the database says is no longer
 * visible, and hands out the next page's cursor ({@link SearchCursor}). Suggestions are {@link SearchSuggestions}'.
 */
@ApplicationScoped
public class SearchService {
    private static final Logger LOG = Logger.getLogger(SearchService.class);

    @Inject
    ElasticsearchClient client;

    @Inject
    SearchIndex index;

    @Inject
    SearchConfig config;

    @Inject
    SearchSources sources;

    @Inject
    SearchSuggestions suggestions;

    /** What a person asks: text and filters, all optional. */
    public record Request(
            String q,
            String type,
            String kind,
            String shop,
            String tag,
            String author,
            String from,
            String to,
            String sort,
            String after,
            Integer size) {}

    /**
     * The Elasticsearch request a search sends, after validation (422 otherwise): what the search benchmark sends
     * straight to Elasticsearch to compare with the API.
     */
    public SearchRequest elasticsearchRequest(Request request) {
        return build(SearchCriteria.of(request));
    }

    /**
     * One page of results with facet counts, the next page's cursor (null on the last page) and, when nothing is
     * found, a corrected query. 422 for an invalid request, 503 {@code SEARCH_UNAVAILABLE} when the index is away.
     */
    public SearchPage search(Request request) {
        SearchCriteria criteria = SearchCriteria.of(request);
        SearchResponse<SearchDocument> response;
        try {
            response = client.search(build(criteria), SearchDocument.class);
        } catch (IOException | ElasticsearchException e) {
            LOG.warnf("Search failed: %s", e.getMessage());
            throw unavailable();
        }
        List<Hit<SearchDocument>> hits = response.hits().hits();
        List<SearchHit> found = hits.stream().map(SearchHitMapper::toHit).toList();
        List<SearchHit> items = stillVisible(found);
        long total = response.hits().total() == null
                ? found.size()
                : response.hits().total().value();
        total -= found.size() - items.size();
        // The cursor follows what the index answered, even if some of it was hidden meanwhile.
        String next = found.size() == criteria.size()
                ? SearchCursor.encode(hits.get(found.size() - 1).sort())
                : null;
        String didYouMean = total == 0 && !criteria.text().isEmpty() ? suggestions.didYouMean(criteria.text()) : null;
        return new SearchPage(items, total, facets(response), next, didYouMean);
    }

    /** Suggestions as the person types: see {@link SearchSuggestions#suggest}. */
    public List<Suggestion> suggest(String prefix, int limit) {
        return suggestions.suggest(prefix, limit);
    }

    private SearchRequest build(SearchCriteria criteria) {
        return new SearchQueryBuilder(index.alias(), config.relevance()).build(criteria);
    }

    private static Map<String, List<FacetValue>> facets(SearchResponse<SearchDocument> response) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        SearchQueryBuilder.FACETS.keySet().forEach(facet -> {
            List<FacetValue> values = new ArrayList<>();
            for (StringTermsBucket bucket : SearchQueryBuilder.filteredTermsBuckets(response, facet)) {
                values.add(new FacetValue(bucket.key().stringValue(), bucket.docCount()));
            }
            facets.put(facet, values);
        });
        return facets;
    }

    /**
     * Drops what was hidden or deleted since it was indexed, asking the database (the source of truth): a hide or a
     * delete shows in search at once, not after the index catches up. One query per content type on the page.
     */
    private List<SearchHit> stillVisible(List<SearchHit> hits) {
        Map<String, List<String>> idsByType = new LinkedHashMap<>();
        hits.forEach(hit ->
                idsByType.computeIfAbsent(hit.type(), k -> new ArrayList<>()).add(hit.id()));
        Set<String> visible = new HashSet<>();
        idsByType.forEach((type, ids) -> sources.find(type)
                .ifPresent(source -> source.searchable(ids).forEach(id -> visible.add(SearchDocument.key(type, id)))));
        return hits.stream()
                .filter(hit -> visible.contains(SearchDocument.key(hit.type(), hit.id())))
                .toList();
    }

    private static ApiException unavailable() {
        return ApiException.unavailable(
                ErrorCode.SEARCH_UNAVAILABLE,
                "Search is unavailable for a moment. Everything you wrote is saved and will be found once it is back.");
    }
}

package org.bravo.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.Problem;
import org.junit.jupiter.api.Test;

class SearchQueryBuilderTest {
    private static final SearchConfig.Relevance RELEVANCE = new SearchConfig.Relevance() {
        @Override
        public double bravoWeight() {
            return 0.3;
        }

        @Override
        public double freshnessWeight() {
            return 0.4;
        }

        @Override
        public String freshnessScale() {
            return "90d";
        }
    };
    private final SearchQueryBuilder builder = new SearchQueryBuilder("bravo-content", RELEVANCE);

    private static SearchService.Request request(
            String q, String tag, String shop, String from, String to, String sort, String after, Integer size) {
        return new SearchService.Request(q, null, null, shop, tag, null, from, to, sort, after, size);
    }

    private JsonNode built(SearchService.Request request) throws Exception {
        String json = JsonpUtils.toJsonString(builder.build(SearchCriteria.of(request)), new JacksonJsonpMapper());
        return new ObjectMapper().readTree(json);
    }

    @Test
    void eachFacetIsCountedWithTheOtherFiltersOnlyAndResultsWithAll() throws Exception {
        JsonNode search = built(request("café", " Securite ", "paris", null, null, null, null, null));

        assertThat(search.at("/post_filter/bool/filter").findValuesAsText("value"))
                .containsExactly("paris", "Securite");
        assertThat(search.at("/post_filter/bool/filter/1/term").has("tags.folded"))
                .as("tags match without case or accents")
                .isTrue();
        assertThat(search.at("/aggregations/tag/filter/bool/filter").findValuesAsText("value"))
                .containsExactly("paris");
        assertThat(search.at("/aggregations/shop/filter/bool/filter").findValuesAsText("value"))
                .containsExactly("Securite");
        assertThat(search.at("/aggregations/type/filter/bool/filter")).hasSize(2);
        assertThat(search.get("aggregations").fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("type", "kind", "shop", "tag", "author");
    }

    @Test
    void relevanceBlendsBravosAndFreshnessAndEverySortEndsWithATotalTieBreak() throws Exception {
        JsonNode relevance = built(request("café", null, null, null, null, null, null, null));
        JsonNode newest = built(request("café", null, null, null, null, "newest", null, 5));

        assertThat(relevance
                        .at("/query/function_score/query/function_score/functions/0/field_value_factor/field")
                        .asText())
                .isEqualTo("bravos");
        assertThat(relevance
                        .at("/query/function_score/functions/0/gauss/createdAt/scale")
                        .asText())
                .isEqualTo("90d");
        assertThat(relevance.get("sort").toString())
                .startsWith("[{\"_score\"")
                .endsWith("{\"type\":{\"order\":\"asc\"}},{\"id\":{\"order\":\"asc\"}}]");
        assertThat(newest.has("query") && newest.at("/query/bool").isObject())
                .as("no blending")
                .isTrue();
        assertThat(newest.get("sort").toString())
                .isEqualTo("[{\"createdAt\":{\"order\":\"desc\"}},"
                        + "{\"type\":{\"order\":\"asc\"}},{\"id\":{\"order\":\"asc\"}}]");
        assertThat(newest.get("size").asInt()).isEqualTo(5);
    }

    @Test
    void theNextPageStartsAfterTheCursorAndAPeriodFiltersByDate() throws Exception {
        String cursor = SearchCursor.encode(List.of(FieldValue.of(2.5), FieldValue.of("post"), FieldValue.of("9")));

        JsonNode search = built(request("", null, null, "2026-01-01", "2026-02-01", null, cursor, null));

        assertThat(search.get("search_after").toString()).isEqualTo("[2.5,\"post\",\"9\"]");
        assertThat(search.at("/post_filter/bool/filter/0/range/createdAt/gte").asText())
                .isEqualTo("2026-01-01");
        assertThat(search.at("/post_filter/bool/filter/0/range/createdAt/lte").asText())
                .isEqualTo("2026-02-01");
        assertThat(search.at("/query/function_score/query/function_score/query").has("match_all"))
                .isTrue();
        assertThat(search.at("/highlight/highlight_query").has("match_none")).isTrue();
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        ApiException invalid = catchThrowableOfType(
                () -> SearchCriteria.of(request(
                        "x".repeat(201), null, null, "2026-02-01", "2026-01-01", "oldest", "not a cursor!", 51)),
                ApiException.class);

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.errors())
                .extracting(Problem.FieldError::field)
                .containsExactlyInAnyOrder("q", "sort", "size", "to", "after");
    }

    @Test
    void aMalformedDateIsAFieldError() {
        ApiException invalid = catchThrowableOfType(
                () -> SearchCriteria.of(request(null, null, null, "29/11/2026", null, null, null, null)),
                ApiException.class);

        assertThat(invalid.errors()).extracting(Problem.FieldError::field).containsExactly("from");
    }
}

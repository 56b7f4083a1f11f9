package org.bravo.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The content index as defined in {@code search/content-index.json}, on the real Elasticsearch: the alias and its
 * versioned index, the French and English analysis, the tag normalizer and the suggester. Queries here are the
 * building blocks of the search API (fuzzy multi-field match, completion), run straight against a scratch index.
 */
@QuarkusTest
class SearchIndexTest {
    @Inject
    SearchIndex index;

    @Inject
    ElasticsearchClient client;

    private String scratch;

    @BeforeEach
    void scratchIndex() throws IOException {
        scratch = index.createNext();
        put("1", "L'électricité du comptoir", "Couper le moulin le soir évite les pannes.", List.of("Sécurité"));
        put("2", "Les conseils de dégustation", "Proposer une tasse d'Éthiopie avant le Colombie.", List.of("café"));
        put("3", "Un accueil chaleureux à Noël", "Chaque client reçoit un mot écrit à la main.", List.of("accueil"));
        put("4", "Tasting tips for newcomers", "Customers' favourite blends, explained in a minute.", List.of());
        client.indices().refresh(r -> r.index(scratch));
    }

    @AfterEach
    void dropScratch() throws IOException {
        client.indices().delete(d -> d.index(scratch));
    }

    @Test
    void theAliasNamesOneVersionedIndexAndPreparingAgainChangesNothing() throws IOException {
        String first = index.ensure();
        String again = index.ensure();
        assertThat(again).isEqualTo(first).startsWith(index.alias() + "-");
        assertThat(index.current()).contains(first);
        assertThat(scratch).isNotEqualTo(first);
    }

    @Test
    void frenchTextLosesAccentsArticlesStopWordsAndPlurals() throws IOException {
        assertThat(tokens("bravo_french", "L'électricité")).containsExactly("electricit");
        assertThat(tokens("bravo_french", "electricite")).containsExactly("electricit");
        assertThat(tokens("bravo_french", "Les conseils de dégustation"))
                .isEqualTo(tokens("bravo_french", "conseil degustation"))
                .hasSize(2)
                .startsWith("conseil");
        assertThat(tokens("bravo_english", "Customers' favourite blends"))
                .isEqualTo(tokens("bravo_english", "customer favourite blend"))
                .hasSize(3);
    }

    @Test
    void tagsCompareWithoutCaseOrAccents() throws IOException {
        List<String> tokens =
                client
                        .indices()
                        .analyze(a -> a.index(scratch).normalizer("bravo_tag").text("Sécurité"))
                        .tokens()
                        .stream()
                        .map(AnalyzeToken::token)
                        .toList();
        assertThat(tokens).containsExactly("securite");
        assertThat(ids(client.search(
                        s -> s.index(scratch)
                                .query(q -> q.term(t -> t.field("tags.folded").value("SECURITE"))),
                        Map.class)))
                .containsExactly("1");
    }

    @Test
    void whatPeopleTypeFindsWhatColleaguesWrote() throws IOException {
        assertThat(find("electricite")).containsExactly("1");
        assertThat(find("conseil")).containsExactly("2");
        // A typo ("acceuil" for "accueil") and a missing diaeresis ("Noel")
        assertThat(find("acceuil")).first().isEqualTo("3");
        assertThat(find("noel")).containsExactly("3");
        assertThat(find("degustation")).containsExactly("2");
        assertThat(find("tasting tip")).containsExactly("4");
        assertThat(find("plomberie")).isEmpty();
    }

    @Test
    void suggestionsCompleteTheFirstLettersWithoutAccents() throws IOException {
        SearchResponse<Map> response = client.search(
                s -> s.index(scratch)
                        .suggest(g -> g.suggesters(
                                "titles",
                                f -> f.prefix("elec")
                                        .completion(c -> c.field("suggest").skipDuplicates(true)))),
                Map.class);
        List<String> texts = response.suggest().get("titles").get(0).completion().options().stream()
                .map(CompletionSuggestOption::text)
                .toList();
        assertThat(texts).containsExactly("L'électricité du comptoir");
    }

    private List<String> find(String text) throws IOException {
        return ids(client.search(
                s -> s.index(scratch)
                        .query(q -> q.multiMatch(m -> m.query(text)
                                .fields(
                                        "title^3",
                                        "title.en^2",
                                        "title.folded^2",
                                        "body",
                                        "body.en",
                                        "body.folded",
                                        "tags^2")
                                .type(TextQueryType.MostFields)
                                .fuzziness("AUTO")
                                .prefixLength(1)
                                .operator(co.elastic.clients.elasticsearch._types.query_dsl.Operator.And))),
                Map.class));
    }

    private static List<String> ids(SearchResponse<Map> response) {
        return response.hits().hits().stream().map(hit -> hit.id()).toList();
    }

    private List<String> tokens(String analyzer, String text) throws IOException {
        return client.indices().analyze(a -> a.index(scratch).analyzer(analyzer).text(text)).tokens().stream()
                .map(AnalyzeToken::token)
                .toList();
    }

    private void put(String id, String title, String body, List<String> tags) throws IOException {
        client.index(i -> i.index(scratch)
                .id(id)
                .document(Map.of(
                        "type",
                        "post",
                        "id",
                        id,
                        "title",
                        title,
                        "body",
                        body,
                        "tags",
                        tags,
                        "suggest",
                        Map.of("input", List.of(title)))));
    }
}

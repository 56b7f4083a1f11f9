package org.bravo.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.bravo.platform.content.IndexedContent;
import org.junit.jupiter.api.Test;

class SearchDocumentTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aTitleIsSuggestedFromEachOfItsWordsOnElisionsIncluded() {
        assertThat(SearchDocument.suggestInputs("L'électricité du comptoir"))
                .containsExactly("L'électricité du comptoir", "électricité du comptoir", "du comptoir", "comptoir");
        assertThat(SearchDocument.suggestInputs("  Un accueil  chaleureux "))
                .containsExactly("Un accueil  chaleureux", "accueil  chaleureux", "chaleureux");
    }

    @Test
    void longTitlesStopAtEightInputs() {
        assertThat(SearchDocument.suggestInputs("un deux trois quatre cinq six sept huit neuf dix onze"))
                .hasSize(8)
                .startsWith("un deux trois quatre cinq six sept huit neuf dix onze");
    }

    @Test
    void aPostIsWrittenWithTheIndexsFieldNamesAndReadBackAlike() throws Exception {
        Instant created = Instant.parse("2026-11-29T08:15:30.123Z");
        IndexedContent post = new IndexedContent(
                "post",
                "7",
                true,
                "tip",
                "open",
                "Le tamis",
                "Un café",
                List.of(),
                List.of("café"),
                "paris",
                "Paris",
                "camille",
                "Camille",
                created,
                3,
                null,
                null,
                null);

        JsonNode json = JSON.valueToTree(SearchDocument.of(post));

        assertThat(json.get("body").isTextual())
                .as("one body is one value, as before")
                .isTrue();
        assertThat(json.get("body").asText()).isEqualTo("Un café");
        assertThat(json.get("shop").asText()).isEqualTo("paris");
        assertThat(json.get("author").asText()).isEqualTo("camille");
        assertThat(json.get("createdAt").asText()).isEqualTo("2026-11-29T08:15:30.123Z");
        assertThat(json.get("suggest").get("input").get(0).asText()).isEqualTo("Le tamis");
        assertThat(json.get("cueStarts").isNull()).isTrue();

        SearchDocument read = JSON.treeToValue(json, SearchDocument.class);
        assertThat(read).isEqualTo(SearchDocument.of(post));
        assertThat(read.created()).isEqualTo(created);
    }

    @Test
    void anUntitledDocumentHasNoSuggestField() {
        IndexedContent entry = new IndexedContent(
                "entry", "1", true, null, null, null, "x", List.of(), List.of(), null, null, null, null, null, 0, null,
                null, null);

        JsonNode json = JSON.valueToTree(SearchDocument.of(entry));

        assertThat(json.has("suggest")).isFalse();
        assertThat(json.get("createdAt").isNull()).isTrue();
    }

    @Test
    void aVideoKeepsOneBodyValuePerCaptionLineWithItsMoment() throws Exception {
        IndexedContent video = new IndexedContent(
                "video",
                "v",
                true,
                null,
                null,
                null,
                null,
                List.of(new IndexedContent.Cue(1000, "Bonjour à tous"), new IndexedContent.Cue(4500, "Le moulin")),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                0,
                "post",
                "7",
                "Le tamis");

        JsonNode json = JSON.valueToTree(SearchDocument.of(video));
        SearchDocument read = JSON.treeToValue(json, SearchDocument.class);

        assertThat(json.get("body").isArray()).isTrue();
        assertThat(read.cueStartOf("Le moulin")).isEqualTo(4500L);
        assertThat(read.cueStartOf("Bonjour")).isEqualTo(1000L);
        assertThat(read.cueStartOf("absent")).isNull();
    }

    @Test
    void aDocumentWithoutTagsReadsWithAnEmptyList() throws Exception {
        SearchDocument read = JSON.readValue("{\"type\":\"post\",\"id\":\"1\",\"title\":\"T\"}", SearchDocument.class);

        assertThat(read.tags()).isEmpty();
        assertThat(read.bravos()).isZero();
        assertThat(read.cueStartOf("T")).isNull();
    }
}

package org.bravo.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bravo.media.VideoFailure;
import org.junit.jupiter.api.Test;

/**
 * The registry is the contract: every code the API can answer is worded in both of the web app's languages (so a
 * person never reads the generic "something went wrong" for a known case) and documented for API users.
 */
class ErrorCodeRegistryTest {
    private static final Path REPO = Path.of("..");
    private static final List<String> LANGUAGES = List.of("fr", "en");

    @Test
    void everyProblemCodeHasFrenchAndEnglishText() throws IOException {
        for (String language : LANGUAGES) {
            JsonNode codes = strings(language).path("errors").path("codes");
            assertThat(missing(names(ErrorCode.values()), codes))
                    .as("problem codes without text in %s.json (errors.codes)", language)
                    .isEmpty();
        }
    }

    @Test
    void everyFieldCodeHasFrenchAndEnglishText() throws IOException {
        for (String language : LANGUAGES) {
            JsonNode codes = strings(language).path("fieldErrors");
            assertThat(missing(names(FieldCode.values()), codes))
                    .as("field codes without text in %s.json (fieldErrors)", language)
                    .isEmpty();
        }
    }

    @Test
    void everyReasonAFilmFailsForHasFrenchAndEnglishText() throws IOException {
        for (String language : LANGUAGES) {
            JsonNode reasons = strings(language).path("videos").path("failure");
            assertThat(missing(names(VideoFailure.values()), reasons))
                    .as("film failure codes without text in %s.json (videos.failure)", language)
                    .isEmpty();
        }
    }

    @Test
    void everyCodeIsDocumented() throws IOException {
        String docs;
        try (Stream<Path> files = Files.list(REPO.resolve("docs/api"))) {
            docs = files.filter(f -> f.toString().endsWith(".md"))
                    .map(ErrorCodeRegistryTest::read)
                    .collect(Collectors.joining("\n"));
        }
        List<String> undocumented = Stream.of(ErrorCode.values(), FieldCode.values(), VideoFailure.values())
                .flatMap(values -> names(values).stream())
                .filter(code -> !docs.contains("`" + code + "`"))
                .toList();
        assertThat(undocumented).as("codes not named (`CODE`) in docs/api").isEmpty();
    }

    @Test
    void theCheckSeesAMissingText() throws IOException {
        JsonNode codes = new ObjectMapper().readTree("{\"POST_NOT_FOUND\": \"Introuvable\", \"NOT_FOUND\": \"  \"}");

        assertThat(missing(List.of("POST_NOT_FOUND", "NOT_FOUND", "SHOP_NOT_FOUND"), codes))
                .containsExactly("NOT_FOUND", "SHOP_NOT_FOUND");
    }

    private static List<String> missing(List<String> codes, JsonNode texts) {
        return codes.stream()
                .filter(code -> !texts.path(code).isTextual()
                        || texts.path(code).asText().isBlank())
                .toList();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static JsonNode strings(String language) throws IOException {
        return new ObjectMapper()
                .readTree(REPO.resolve("frontend/src/locales/" + language + ".json")
                        .toFile());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

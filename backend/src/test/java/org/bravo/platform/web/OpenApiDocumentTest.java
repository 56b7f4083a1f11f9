package org.bravo.platform.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The web app's wire types (frontend/src/api-types) are written by hand and checked against a copy of the API's
 * OpenAPI document kept next to them; the web app's tests compare each type with its schema there. This test keeps
 * that copy true: when the API changes, it fails until the copy is refreshed, and the web app's check then names
 * every type that no longer matches.
 */
@QuarkusTest
class OpenApiDocumentTest {
    private static final Path COPY = Path.of("../frontend/src/api-types/openapi.json");
    private static final Path FRESH = Path.of("target/openapi.json");

    /** Keys sorted and indented, so that the copy is stable and its diffs read well. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void theWebAppChecksItsTypesAgainstTheApiAsItIs() throws IOException {
        String served = given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Object document = JSON.readValue(served, Object.class);
        String fresh = JSON.writeValueAsString(document) + "\n";
        Files.writeString(FRESH, fresh);

        JsonNode expected = JSON.readTree(fresh);
        JsonNode kept = Files.exists(COPY) ? JSON.readTree(Files.readString(COPY)) : null;
        assertEquals(
                expected,
                kept,
                "The API's OpenAPI document changed. Refresh the web app's copy (cp backend/target/openapi.json "
                        + "frontend/src/api-types/openapi.json), then run the web app's tests: "
                        + "src/api-types/__tests__/wire-types.test.ts names the types to update.");
    }
}

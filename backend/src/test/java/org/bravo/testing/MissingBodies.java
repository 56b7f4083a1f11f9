package org.bravo.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** Checks that a JSON endpoint answers a request without a body, or with {@code null}, as it answers {@code {}}. */
public final class MissingBodies {
    private MissingBodies() {}

    /** What a client sees: the status, the problem's code and each field error's field and code. */
    private record Answer(int status, String code, List<Map<String, String>> errors) {
        static Answer of(Response response) {
            List<Map<String, String>> errors = response.jsonPath().getList("errors");
            return new Answer(
                    response.statusCode(),
                    response.jsonPath().getString("code"),
                    errors == null
                            ? List.of()
                            : errors.stream()
                                    .map(e -> Map.of("field", e.get("field"), "code", e.get("code")))
                                    .toList());
        }
    }

    /**
     * Sends {@code {}}, no body, then {@code null}, and asserts the three answers are the same refusal.
     *
     * @return the field errors of that refusal, for the caller to check further
     */
    public static List<Map<String, String>> answerLikeAnEmptyObject(String token, String method, String path) {
        Answer empty = Answer.of(json(token).body("{}").request(method, path));
        assertThat(empty.status()).as("%s %s with {}", method, path).isEqualTo(422);
        assertThat(empty.errors()).as("%s %s with {}", method, path).isNotEmpty();
        assertThat(Answer.of(json(token).request(method, path)))
                .as("%s %s without a body", method, path)
                .isEqualTo(empty);
        assertThat(Answer.of(json(token).body("null").request(method, path)))
                .as("%s %s with null", method, path)
                .isEqualTo(empty);
        return empty.errors();
    }

    private static RequestSpecification json(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }
}

package org.bravo.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    @Test
    void constraintNamesBecomeStableUpperSnakeCodes() {
        assertThat(ProblemMappers.constraintCode("NotBlank")).isEqualTo("NOT_BLANK");
        assertThat(ProblemMappers.constraintCode("Size")).isEqualTo("SIZE");
        assertThat(ProblemMappers.constraintCode("PositiveOrZero")).isEqualTo("POSITIVE_OR_ZERO");
    }

    @Test
    void statusesWithoutAFeatureCodeGetAGenericOne() {
        assertThat(ErrorCode.forStatus(404)).isEqualTo("NOT_FOUND");
        assertThat(ErrorCode.forStatus(401)).isEqualTo("AUTHENTICATION_REQUIRED");
        assertThat(ErrorCode.forStatus(418)).isEqualTo("HTTP_418");
        assertThat(ErrorCode.forStatus(502)).isEqualTo("INTERNAL_ERROR");
    }

    @Test
    void anUnexpectedErrorHidesItsCauseButGivesAnIncidentId() {
        Response response = new ProblemMappers()
                .unexpected(new IllegalStateException("password=hunter2 at org.bravo.Secret"), null);
        Problem problem = (Problem) response.getEntity();
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(problem.code()).isEqualTo("INTERNAL_ERROR");
        assertThat(problem.detail())
                .doesNotContain("hunter2")
                .doesNotContain("org.bravo")
                .containsPattern("Incident [0-9a-f-]{36}");
    }
}

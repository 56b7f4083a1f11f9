package org.bravo.post.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusTransitionsTest {
    @ParameterizedTest
    @CsvSource({
        "new, under_review, true",
        "new, adopted, false",
        "new, declined, false",
        "under_review, adopted, true",
        "under_review, declined, true",
        "under_review, new, false",
        "adopted, declined, false",
        "declined, under_review, false",
        "adopted, adopted, false",
        "new, new, false"
    })
    void ideasMoveOnlyForward(String from, String to, boolean allowed) {
        assertThat(StatusTransitions.allowed(from, to)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"declined, true", "adopted, false", "under_review, false"})
    void onlyARefusalNeedsAReason(String to, boolean needed) {
        assertThat(StatusTransitions.needsReason(to)).isEqualTo(needed);
    }
}

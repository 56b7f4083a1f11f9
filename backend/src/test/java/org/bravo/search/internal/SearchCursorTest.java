package org.bravo.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchCursorTest {

    @Test
    void aCursorGivesBackTheSortValuesOfTheLastHitWithTheirTypes() {
        List<FieldValue> sort =
                List.of(FieldValue.of(1.75), FieldValue.of(1764403200000L), FieldValue.of("post"), FieldValue.of("42"));

        List<FieldValue> back = SearchCursor.decode(SearchCursor.encode(sort));

        assertThat(back)
                .extracting(FieldValue::_kind)
                .containsExactly(
                        FieldValue.Kind.Double, FieldValue.Kind.Long, FieldValue.Kind.String, FieldValue.Kind.String);
        assertThat(back).extracting(FieldValue::_get).containsExactly(1.75, 1764403200000L, "post", "42");
    }

    @Test
    void aCursorIsUrlSafe() {
        String cursor = SearchCursor.encode(List.of(FieldValue.of("??>>~~"), FieldValue.of(3L)));

        assertThat(cursor).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertThat(SearchCursor.decode(null)).isEmpty();
        assertThat(SearchCursor.decode("  ")).isEmpty();
    }

    @Test
    void aForgedCursorIsRefused() {
        String notAnArray = Base64.getUrlEncoder().encodeToString("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        String notJson = Base64.getUrlEncoder().encodeToString("post:42".getBytes(StandardCharsets.UTF_8));
        String jsonNull = Base64.getUrlEncoder().encodeToString("null".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> SearchCursor.decode("not base64!")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchCursor.decode(notAnArray)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchCursor.decode(notJson)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchCursor.decode(jsonNull)).isInstanceOf(IllegalArgumentException.class);
    }
}

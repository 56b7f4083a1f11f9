package org.bravo.platform.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SqlRowTest {
    private static SqlRow row() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", 42L);
        values.put("number", 7);
        values.put("title", "Hello");
        values.put("started_at", Timestamp.from(Instant.parse("2026-01-02T03:04:05Z")));
        values.put("period_start", Date.valueOf(LocalDate.of(2026, 1, 1)));
        values.put("starts_cycle", true);
        values.put("category_id", null);
        return SqlRow.of(values);
    }

    @Test
    void readsColumnsByNameWhateverTheirOrder() {
        SqlRow row = row();
        assertThat(row.intValue("number")).isEqualTo(7);
        assertThat(row.longValue("id")).isEqualTo(42L);
        assertThat(row.string("title")).isEqualTo("Hello");
        assertThat(row.instant("started_at")).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(row.localDate("period_start")).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(row.bool("starts_cycle")).isTrue();
        assertThat(row.nullableLong("category_id")).isNull();
        assertThat(row.nullableInt("number")).isEqualTo(7);
    }

    @Test
    void aMissingColumnIsAnErrorNamingItNotANull() {
        assertThatThrownBy(() -> row().string("titel"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'titel'")
                .hasMessageContaining("title");
    }

    @Test
    void aNullWhereAValueIsRequiredIsAnErrorNotZero() {
        assertThatThrownBy(() -> row().longValue("category_id"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'category_id'");
    }

    @Test
    void aValueOfAnotherTypeIsAnError() {
        assertThatThrownBy(() -> row().string("id"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'id'");
    }

    @Test
    void aColumnNamedTwiceIsRejected() {
        // What a select of s.name and c.name without aliases hands back.
        Map<String, Object> twoNames = new AbstractMap<>() {
            @Override
            public Set<Entry<String, Object>> entrySet() {
                return new LinkedHashSet<>(List.of(Map.entry("name", "Lyon"), Map.entry("name", "Tips")));
            }
        };
        assertThatThrownBy(() -> SqlRow.of(twoNames))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'name'");
    }
}

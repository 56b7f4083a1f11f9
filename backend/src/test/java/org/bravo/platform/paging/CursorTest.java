package org.bravo.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bravo.platform.error.ApiException;
import org.junit.jupiter.api.Test;

class CursorTest {
    @Test
    void roundTripsAndRefusesOtherFeeds() {
        String encoded = new Cursor("latest", List.of("2026-11-23T10:00:00Z", "42")).encode();
        assertThat(Cursor.decode(encoded, "latest", 2).values()).containsExactly("2026-11-23T10:00:00Z", "42");
        assertThatThrownBy(() -> Cursor.decode(encoded, "top-week", 2))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(422));
        assertThatThrownBy(() -> Cursor.decode("%%%", "latest", 2)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> Cursor.decode(encoded, "latest", 3)).isInstanceOf(ApiException.class);
    }

    @Test
    void aCraftedCursorIsA422NotAServerError() {
        String badTime = new Cursor("latest", List.of("yesterday", "42")).encode();
        assertThatThrownBy(() -> Cursor.decode(badTime, "latest", 2).instant(0))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(422));
        assertThatThrownBy(() -> Cursor.decode(badTime, "latest", 2).longValue(0))
                .isInstanceOf(ApiException.class);
        assertThat(Cursor.decode(badTime, "latest", 2).longValue(1)).isEqualTo(42L);
        String nul = new Cursor("users", List.of("a\0b")).encode();
        assertThatThrownBy(() -> Cursor.decode(nul, "users", 1)).isInstanceOf(ApiException.class);
    }
}

package org.bravo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestUriCheckTest {

    @Test
    void ordinaryAddressesPass() {
        assertThat(RequestUriCheck.problem("/api/v1/shops/paris-opera")).isEmpty();
        assertThat(RequestUriCheck.problem("/api/v1/search?q=caf%C3%A9%20cr%C3%A8me&size=5"))
                .isEmpty();
        assertThat(RequestUriCheck.problem("/api/v1/search?q=%F0%9F%99%82+ok")).isEmpty();
    }

    @Test
    void aNulAnywhereIsRefused() {
        assertThat(RequestUriCheck.problem("/api/v1/shops/%00"))
                .get()
                .asString()
                .contains("NUL");
        assertThat(RequestUriCheck.problem("/api/v1/admin/audit/export?actor=a%00b"))
                .isPresent();
    }

    @Test
    void brokenEscapesAndBytesThatAreNotUtf8AreRefused() {
        assertThat(RequestUriCheck.problem("/api/v1/people/%zz"))
                .get()
                .asString()
                .contains("hexadecimal");
        assertThat(RequestUriCheck.problem("/api/v1/people/%4")).isPresent();
        assertThat(RequestUriCheck.problem("/api/v1/people?q=%")).isPresent();
        assertThat(RequestUriCheck.problem("/api/v1/people/%C0%AF"))
                .get()
                .asString()
                .contains("UTF-8");
        assertThat(RequestUriCheck.problem("/api/v1/people/%FF")).isPresent();
        assertThat(RequestUriCheck.problem("/api/v1/people/%E2%82")).isPresent();
        // A UTF-16 surrogate encoded on its own is not UTF-8 either.
        assertThat(RequestUriCheck.problem("/api/v1/people/%ED%A0%80")).isPresent();
    }
}

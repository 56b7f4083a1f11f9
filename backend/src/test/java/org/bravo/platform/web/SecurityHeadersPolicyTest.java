package org.bravo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecurityHeadersPolicyTest {

    @Test
    void originsLoseTheirPathAndDefaultPort() {
        assertThat(SecurityHeaders.origin("https://Login.Example.com:443/auth/"))
                .isEqualTo("https://login.example.com");
        assertThat(SecurityHeaders.origin("http://127.0.0.1:9000")).isEqualTo("http://127.0.0.1:9000");
        assertThatThrownBy(() -> SecurityHeaders.origin("login.example.com"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keycloakAndTheStoreAreTheOnlyOtherOrigins() {
        String policy = SecurityHeaders.of("https://login.example.com/", "https://files.example.com/bravo")
                .contentSecurityPolicy();
        assertThat(policy)
                .contains("connect-src 'self' https://login.example.com https://files.example.com")
                .contains("media-src 'self' blob: https://files.example.com")
                .contains("img-src 'self' blob: data:;")
                .contains("form-action 'self' https://login.example.com")
                .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
    }

    @Test
    void aStoreServedByTheBackendItselfAddsNothing() {
        String policy = SecurityHeaders.of("https://intranet.example.com", "https://intranet.example.com")
                .contentSecurityPolicy();
        assertThat(policy).contains("connect-src 'self' https://intranet.example.com;");
    }
}

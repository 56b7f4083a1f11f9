package org.bravo.platform.security;

import io.smallrye.config.ConfigMapping;

/** How the web app reaches Keycloak; the backend's own OIDC settings live under {@code quarkus.oidc}. */
@ConfigMapping(prefix = "bravo.auth")
public interface AuthConfig {
    /** Keycloak's base URL as browsers see it, e.g. {@code https://login.example.com}. */
    String publicUrl();

    /** Realm holding Bravo's users and roles. */
    String realm();

    /** Public client the web app signs in with (authorization code + PKCE). */
    String webClientId();
}

package org.bravo.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.bravo.platform.health.ServerProbe;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Without Keycloak nobody can sign in or have a token verified: Bravo is not ready. */
@Readiness
@ApplicationScoped
public class KeycloakHealthCheck implements HealthCheck {
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String discovery;

    // The one setting read here is Quarkus's own: the OIDC extension maps and documents quarkus.oidc.*, and this
    // reads the same value it verifies tokens against. A @ConfigMapping of ours would be a second, partial mapping of
    // a prefix we do not own, so the plain @ConfigProperty stays.
    @Inject
    public KeycloakHealthCheck(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer) {
        this.discovery = issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration";
    }

    @Override
    public HealthCheckResponse call() {
        return ServerProbe.check("keycloak", response -> {
            int status = http.send(
                            HttpRequest.newBuilder(URI.create(discovery))
                                    .timeout(Duration.ofSeconds(3))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            response.status(status == 200).withData("status", status);
        });
    }
}

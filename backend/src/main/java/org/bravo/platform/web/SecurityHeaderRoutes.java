package org.bravo.platform.web;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bravo.platform.security.AuthConfig;
import org.eclipse.microprofile.config.Config;

/**
 * Puts {@link SecurityHeaders} on every answer of the main HTTP server: API answers and problems, the web app and its
 * files, and {@code /q}. Set just before the headers are written, so failures answered by the HTTP layer itself
 * carry them too.
 */
@ApplicationScoped
public class SecurityHeaderRoutes {
    private final SecurityHeaders headers;
    private final String swaggerUiPath;

    @Inject
    public SecurityHeaderRoutes(AuthConfig auth, Config config) {
        String store = config.getOptionalValue("bravo.storage.public-endpoint", String.class)
                .filter(url -> !url.isBlank())
                .orElseGet(() -> config.getValue("bravo.storage.endpoint", String.class));
        this.headers = SecurityHeaders.of(auth.publicUrl(), store);
        boolean swaggerUi = config.getOptionalValue("quarkus.swagger-ui.enabled", Boolean.class)
                .or(() -> config.getOptionalValue("quarkus.swagger-ui.enable", Boolean.class))
                .orElse(true);
        // Without Swagger UI nothing gets the looser policy: a path left unmatched cannot be abused.
        this.swaggerUiPath = swaggerUi
                ? config.getOptionalValue("quarkus.swagger-ui.path", String.class)
                        .orElse("/q/swagger-ui")
                : null;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::onRequest);
    }

    private void onRequest(RoutingContext ctx) {
        ctx.addHeadersEndHandler(ignored -> apply(ctx));
        ctx.next();
    }

    private void apply(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        boolean swaggerUi = swaggerUiPath != null && ctx.normalizedPath().startsWith(swaggerUiPath);
        response.putHeader(
                "Content-Security-Policy",
                swaggerUi ? headers.swaggerUiContentSecurityPolicy() : headers.contentSecurityPolicy());
        response.putHeader("X-Content-Type-Options", "nosniff");
        response.putHeader("Referrer-Policy", SecurityHeaders.REFERRER_POLICY);
        response.putHeader("Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY);
        // Behind a proxy the scheme comes from X-Forwarded-Proto (trusted proxies only, see quarkus.http.proxy.*).
        if ("https".equalsIgnoreCase(ctx.request().scheme())) {
            response.putHeader("Strict-Transport-Security", SecurityHeaders.STRICT_TRANSPORT_SECURITY);
        }
    }
}

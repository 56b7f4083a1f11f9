package org.bravo.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The browser-side defences every answer carries, worked out once from configuration. The web app loads only its own
 * scripts and styles; beyond its own origin it talks to Keycloak (token requests from keycloak-js) and to the object
 * store (films played from signed URLs, video parts uploaded straight to it). Nothing else is allowed, so
 * an injected script or a rogue frame has nowhere to load from or send to.
 */
public final class SecurityHeaders {
    /** Phones film and photograph through the page; nothing else a browser offers is used. */
    static final String PERMISSIONS_POLICY = String.join(
            ", ",
            "camera=(self)",
            "microphone=(self)",
            "fullscreen=(self)",
            "picture-in-picture=(self)",
            "autoplay=(self)",
            "accelerometer=()",
            "bluetooth=()",
            "display-capture=()",
            "encrypted-media=()",
            "geolocation=()",
            "gyroscope=()",
            "hid=()",
            "idle-detection=()",
            "magnetometer=()",
            "midi=()",
            "payment=()",
            "publickey-credentials-get=()",
            "screen-wake-lock=()",
            "serial=()",
            "usb=()",
            "xr-spatial-tracking=()");

    /**
     * Signed media URLs and page addresses (search words, post ids) must not travel to other origins; nothing in Bravo
     * reads the Referer, so none is sent at all.
     */
    static final String REFERRER_POLICY = "no-referrer";

    /** A year; only ever sent over HTTPS, where browsers honour it. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    private final String policy;
    private final String swaggerUiPolicy;

    private SecurityHeaders(String policy, String swaggerUiPolicy) {
        this.policy = policy;
        this.swaggerUiPolicy = swaggerUiPolicy;
    }

    /**
     * @param keycloakUrl Keycloak as browsers reach it ({@code bravo.auth.public-url})
     * @param storeUrl    the object store as browsers reach it (its public endpoint, else its endpoint)
     */
    public static SecurityHeaders of(String keycloakUrl, String storeUrl) {
        String keycloak = origin(keycloakUrl);
        String store = origin(storeUrl);
        String policy = String.join(
                "; ",
                "default-src 'self'",
                "script-src 'self'",
                // React sets style properties through the DOM, which a policy does not govern; no style attribute
                // or <style> block is written into the markup, so no 'unsafe-inline' is needed.
                "style-src 'self'",
                // Photos are shown from blob: URLs made of bytes fetched with the bearer token; posters are sent by
                // Bravo itself. Only films come from the store.
                "img-src 'self' blob: data:",
                "media-src " + sources("'self'", "blob:", store),
                "connect-src " + sources("'self'", keycloak, store),
                "font-src 'self'",
                "manifest-src 'self'",
                "worker-src 'self'",
                // keycloak-js signs in by redirecting the whole page (no session iframe, no silent check), so no
                // frame of Keycloak is needed.
                "frame-src 'none'",
                "form-action " + sources("'self'", keycloak),
                "frame-ancestors 'none'",
                "object-src 'none'",
                "base-uri 'self'");
        // Swagger UI starts from an inline script and styles: it gets its own, looser policy on its own path, and is
        // switched off in production.
        String swaggerUi = String.join(
                "; ",
                "default-src 'self'",
                "script-src 'self' 'unsafe-inline'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data:",
                "connect-src " + sources("'self'", keycloak),
                "frame-ancestors 'none'",
                "object-src 'none'",
                "base-uri 'self'");
        return new SecurityHeaders(policy, swaggerUi);
    }

    /** The policy for Bravo's own pages, answers and files. */
    public String contentSecurityPolicy() {
        return policy;
    }

    /** The policy for Swagger UI's pages, used only while Swagger UI is enabled. */
    public String swaggerUiContentSecurityPolicy() {
        return swaggerUiPolicy;
    }

    /** {@code scheme://host[:port]} of a configured URL; a policy names origins, never paths. */
    static String origin(String url) {
        URI uri = URI.create(url.trim());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("Not an absolute URL: " + url);
        }
        String scheme = uri.getScheme().toLowerCase();
        int port = uri.getPort();
        boolean defaultPort =
                port == -1 || ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
        return scheme + "://" + uri.getHost().toLowerCase() + (defaultPort ? "" : ":" + port);
    }

    private static String sources(String... sources) {
        Set<String> distinct = new LinkedHashSet<>(List.of(sources));
        return String.join(" ", new ArrayList<>(distinct));
    }
}

package org.bravo.platform.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.regex.Pattern;

/**
 * The web app routes in the browser (/practices/42, /shops/lyon…): a reload on such an address must get the app's
 * index.html, while /api and /q keep their own 404s and files with an extension stay static.
 *
 * <p>Every file of the web app gets its caching here, before Vert.x's static handler, which otherwise marks whatever
 * it serves {@code public, immutable, max-age=86400} (it only adds that header when none is set). Hashed assets are
 * kept for good; index.html, the service worker and the manifest are revalidated on every load, or a deploy would not
 * reach browsers (and a worker kept for a day would keep serving the old app). HEAD gets the same headers as GET:
 * matching GET alone left {@code curl -I} (and any HEAD probe) with the static handler's immutable default.
 */
@ApplicationScoped
public class SinglePageAppRoutes {
    static final Pattern APP_ROUTE = Pattern.compile("^/(?!api(/|$)|q(/|$))[^.]+$");
    /** The files that say which version of the app runs: always asked again. */
    static final Pattern REVALIDATED =
            Pattern.compile("^/(index\\.html|sw\\.js|registerSW\\.js|manifest\\.webmanifest)?$");
    /** Unhashed files (favicon, install icons): a day, but never immutable, so a new icon still arrives. */
    static final Pattern UNHASHED = Pattern.compile("^/(favicon\\.svg|icons/[A-Za-z0-9._-]+\\.png)$");

    static final String NO_CACHE = "no-cache";
    static final String FOR_GOOD = "public, max-age=31536000, immutable";
    static final String A_DAY = "public, max-age=86400";

    @Inject
    PrecompressedAssets precompressed;

    void install(@Observes Router router) {
        // Built asset names carry a content hash: they never change, so browsers may keep them for good.
        readable(router.route("/assets/*")).handler(ctx -> {
            ctx.response().putHeader("Cache-Control", FOR_GOOD);
            precompressed.handle(ctx);
        });
        readable(router.routeWithRegex(REVALIDATED.pattern())).handler(ctx -> {
            ctx.response().putHeader("Cache-Control", NO_CACHE);
            // Vert.x knows no type for this extension and would send application/octet-stream.
            if (ctx.normalizedPath().endsWith(".webmanifest")) {
                ctx.response().putHeader("Content-Type", "application/manifest+json");
            }
            ctx.next();
        });
        readable(router.routeWithRegex(UNHASHED.pattern())).handler(ctx -> {
            ctx.response().putHeader("Cache-Control", A_DAY);
            ctx.next();
        });
        readable(router.routeWithRegex(APP_ROUTE.pattern())).handler(ctx -> ctx.reroute("/"));
    }

    private static Route readable(Route route) {
        return route.method(HttpMethod.GET).method(HttpMethod.HEAD).order(Integer.MIN_VALUE);
    }
}

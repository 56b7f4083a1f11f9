package org.bravo.platform.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * The web app routes in the browser (/practices/42, /shops/lyon…): a reload on such an address must get the app's
 * index.html, while /api and /q keep their own 404s and files with an extension stay static.
 */
@ApplicationScoped
public class SinglePageAppRoutes {
    static final Pattern APP_ROUTE = Pattern.compile("^/(?!api(/|$)|q(/|$))[^.]+$");

    void install(@Observes Router router) {
        // Built asset names carry a content hash: they never change, so browsers may keep them for good.
        router.get("/assets/*").order(Integer.MIN_VALUE).handler(ctx -> {
            ctx.response().putHeader("Cache-Control", "public, max-age=31536000, immutable");
            ctx.next();
        });
        // index.html names the current assets: it must be revalidated, or a deploy would not reach browsers.
        router.getWithRegex("^/(index\\.html)?$").order(Integer.MIN_VALUE).handler(ctx -> {
            ctx.response().putHeader("Cache-Control", "no-cache");
            ctx.next();
        });
        router.getWithRegex(APP_ROUTE.pattern()).order(Integer.MIN_VALUE).handler(ctx -> ctx.reroute("/"));
    }
}

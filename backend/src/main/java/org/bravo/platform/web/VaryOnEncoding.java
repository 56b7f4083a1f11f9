package org.bravo.platform.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * Answers are compressed or not depending on Accept-Encoding ({@code quarkus.http.enable-compression}, and the
 * precompressed assets): every answer says so with {@code Vary: Accept-Encoding}, or a shared cache between the phone
 * and Bravo could hand a gzipped body to a client that cannot read it. Vert.x's compression does not add it itself.
 */
@ApplicationScoped
public class VaryOnEncoding {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            ctx.addHeadersEndHandler(ignored -> addVary(ctx.response().headers()));
            ctx.next();
        });
    }

    static void addVary(MultiMap headers) {
        String vary = headers.get("Vary");
        if (vary == null || vary.isBlank()) {
            headers.set("Vary", "Accept-Encoding");
        } else if (!vary.toLowerCase(Locale.ROOT).contains("accept-encoding")
                && !vary.trim().equals("*")) {
            headers.set("Vary", vary + ", Accept-Encoding");
        }
    }
}

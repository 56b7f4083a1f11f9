package org.bravo.platform.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Sends the web app's built assets compressed. The build writes a brotli ({@code .br}) and a gzip ({@code .gz}) copy
 * next to each script and style sheet, at the best levels (brotli 11 would be too slow per request, and Vert.x
 * compresses on the fly with gzip only); the copy the browser accepts is sent, brotli first. Assets are immutable, so
 * each copy is read once and kept in memory. Anything without a copy goes on to the static handler (and to the
 * on-the-fly compression of {@code quarkus.http.enable-compression}).
 *
 * <p>HTTP/1.x only: Netty's HTTP/2 encoder reads {@code Content-Encoding} as an order to compress the body with it, so
 * a precompressed copy would be compressed twice. HTTP/2 requests get the on-the-fly compression instead.
 */
@ApplicationScoped
public class PrecompressedAssets {
    private static final Pattern ASSET = Pattern.compile("^/assets/[A-Za-z0-9._-]+\\.(js|css|svg|json)$");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "json", "application/json");

    private final Map<String, Optional<Buffer>> copies = new ConcurrentHashMap<>();

    void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        ctx.response().putHeader("Vary", "Accept-Encoding");
        boolean http1 =
                ctx.request().version() != HttpVersion.HTTP_2 && ctx.request().method() == HttpMethod.GET;
        String encoding = http1 && ASSET.matcher(path).matches()
                ? chosenEncoding(ctx.request().getHeader("Accept-Encoding"))
                : null;
        if (encoding == null) {
            ctx.next();
            return;
        }
        String suffix = "br".equals(encoding) ? ".br" : ".gz";
        String resource = "META-INF/resources" + path + suffix;
        Optional<Buffer> cached = copies.get(resource);
        if (cached != null) {
            send(ctx, path, encoding, cached);
            return;
        }
        ctx.vertx()
                .executeBlocking(() -> copies.computeIfAbsent(resource, PrecompressedAssets::read), false)
                .onComplete(result -> {
                    if (result.succeeded()) {
                        send(ctx, path, encoding, result.result());
                    } else {
                        ctx.next();
                    }
                });
    }

    private static void send(RoutingContext ctx, String path, String encoding, Optional<Buffer> copy) {
        if (copy.isEmpty()) {
            ctx.next();
            return;
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        ctx.response()
                .putHeader("Content-Type", TYPES.get(extension))
                .putHeader("Content-Encoding", encoding)
                .end(copy.get());
    }

    /** "br", "gzip", or null when the browser accepts neither (a q of 0 refuses). */
    static String chosenEncoding(String acceptEncoding) {
        if (acceptEncoding == null) return null;
        boolean br = false;
        boolean gzip = false;
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] pieces = part.trim().split(";");
            String name = pieces[0].trim();
            boolean refused = false;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].trim().replace(" ", "");
                if (parameter.matches("q=0(\\.0*)?")) refused = true;
            }
            if (refused) continue;
            if (name.equals("br")) br = true;
            if (name.equals("gzip") || name.equals("*")) gzip = true;
        }
        return br ? "br" : gzip ? "gzip" : null;
    }

    private static Optional<Buffer> read(String resource) {
        // The application's own loader: the web app is copied into its META-INF/resources at build.
        ClassLoader loader = PrecompressedAssets.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(Buffer.buffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

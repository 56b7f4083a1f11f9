package org.bravo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * How the web app reaches phones: what browsers may keep (a deploy must reach them, a stale service worker must not
 * outlive it), with which types, and compressed. Raw HTTP, so nothing decodes or adds headers behind the test's back.
 */
@QuarkusTest
class WebAppDeliveryTest {
    // HTTP/1.1 as browsers speak to Bravo behind its proxy; HTTP/2 has a test of its own.
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/")
    URL root;

    @Test
    void theAppItsDeepLinksTheWorkerAndTheManifestAreRevalidatedOnEveryLoad() throws Exception {
        HttpResponse<byte[]> index = get("/", null);
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(index.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));

        // curl -I, and probes: HEAD must not get the static handler's immutable default.
        HttpResponse<Void> head = http.send(
                HttpRequest.newBuilder(URI.create(root.toString()).resolve("/"))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(head.headers().firstValue("Cache-Control")).hasValue("no-cache");

        HttpResponse<byte[]> deepLink = get("/posts/new?kind=practice", null);
        assertThat(deepLink.statusCode()).isEqualTo(200);
        assertThat(deepLink.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(new String(deepLink.body(), StandardCharsets.UTF_8)).contains("<div id=\"root\">");

        HttpResponse<byte[]> worker = get("/sw.js", null);
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(worker.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("javascript"));

        HttpResponse<byte[]> manifest = get("/manifest.webmanifest", null);
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(manifest.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/manifest+json"));
        assertThat(new String(manifest.body(), StandardCharsets.UTF_8)).contains("\"display\":\"standalone\"");

        HttpResponse<byte[]> icon = get("/icons/icon-192.png", null);
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Cache-Control")).hasValue("public, max-age=86400");
    }

    @Test
    void theIndexLinksTheManifestAndTheAssetsAreKeptForGood() throws Exception {
        String html = new String(get("/", null).body(), StandardCharsets.UTF_8);
        assertThat(html).contains("rel=\"manifest\" href=\"/manifest.webmanifest\"");
        HttpResponse<byte[]> script = get(mainScript(html), null);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    }

    @Test
    void theMainScriptIsSentInBrotliOrGzipAsTheBrowserAccepts() throws Exception {
        String script = mainScript(new String(get("/", null).body(), StandardCharsets.UTF_8));
        byte[] plain = get(script, null).body();

        HttpResponse<byte[]> brotli = get(script, "br, gzip");
        assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(brotli.headers().firstValue("Vary"))
                .hasValueSatisfying(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
        assertThat(brotli.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
        assertThat(brotli.body().length)
                .as("brotli bytes against %d plain", plain.length)
                .isLessThan(plain.length / 2);

        HttpResponse<byte[]> gzip = get(script, "gzip");
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(gzip.body())).isEqualTo(plain);
    }

    @Test
    void overHttp2TheScriptIsCompressedOnceOnTheFly() throws Exception {
        String script = mainScript(new String(get("/", null).body(), StandardCharsets.UTF_8));
        byte[] plain = get(script, null).body();
        HttpClient http2 =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(root.toString()).resolve(script))
                .header("Accept-Encoding", "gzip")
                .GET()
                .build();
        HttpResponse<byte[]> gzip = http2.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(gzip.body())).isEqualTo(plain);
    }

    @Test
    void anApiAnswerIsGzippedWhenAccepted() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(root.toURI().resolve("/api/v1/me"))
                .header("Authorization", "Bearer " + Tokens.camille())
                .header("Accept-Encoding", "br, gzip")
                .GET()
                .build();
        HttpResponse<byte[]> me = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(me.headers().allValues("Vary"))
                .anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
        assertThat(new String(gunzip(me.body()), StandardCharsets.UTF_8)).startsWith("{");
    }

    @Test
    void theChoiceOfEncodingFollowsAcceptEncoding() {
        assertThat(PrecompressedAssets.chosenEncoding("gzip, deflate, br, zstd"))
                .isEqualTo("br");
        assertThat(PrecompressedAssets.chosenEncoding("br;q=0, gzip")).isEqualTo("gzip");
        assertThat(PrecompressedAssets.chosenEncoding("identity")).isNull();
        assertThat(PrecompressedAssets.chosenEncoding(null)).isNull();
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(root.toString()).resolve(path))
                .GET();
        if (acceptEncoding != null) request.header("Accept-Encoding", acceptEncoding);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String mainScript(String html) {
        // The entry comes last; the scripts before it are the chunks it needs first (a runtime of a few
        // hundred bytes, too small to be worth compressing, then the libraries).
        Matcher script = Pattern.compile("<script type=\"module\" crossorigin src=\"(/assets/[^\"]+\\.js)\"")
                .matcher(html);
        String last = null;
        while (script.find()) {
            last = script.group(1);
        }
        assertThat(last).as("index.html names its main script").isNotNull();
        return last;
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}

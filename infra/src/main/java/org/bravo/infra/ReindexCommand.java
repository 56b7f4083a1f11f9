package org.bravo.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * {@code bravo reindex}: asks a running Bravo to rebuild its search index from the database (with no downtime: the
 * new index replaces the old one in one step) and follows it to the end, printing progress. It speaks to the admin
 * API, so it works against any Bravo an admin can reach, not only the local one.
 */
public final class ReindexCommand {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String appUrl;
    private final String token;
    private final PrintStream out;
    private final Duration every;

    public ReindexCommand(String appUrl, String token, PrintStream out, Duration every) {
        this.appUrl = appUrl.replaceAll("/+$", "");
        this.token = token;
        this.out = out;
        this.every = every;
    }

    /** An access token for {@code username} from a local stack's Keycloak, through its {@code bravo-cli} client. */
    public static String localToken(String issuer, String username, String password) {
        String form = "grant_type=password&client_id=bravo-cli&username=" + encode(username) + "&password="
                + encode(password);
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new StackException("Keycloak refused to sign in " + username + " (" + response.statusCode()
                        + "): set BRAVO_TOKEN to an admin's access token, or BRAVO_ADMIN_USER/BRAVO_ADMIN_PASSWORD");
            }
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new StackException("Cannot reach Keycloak at " + issuer + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted", e);
        }
    }

    /** Starts a reindex (or follows the one already running) until it ends; true when it finished. */
    public boolean run() {
        try {
            HttpResponse<String> started =
                    send(HttpRequest.newBuilder(endpoint()).POST(HttpRequest.BodyPublishers.noBody()));
            if (started.statusCode() == 409) {
                out.println("A reindex is already running; following it.");
            } else if (started.statusCode() != 202) {
                throw failure("start", started);
            }
            long lastDone = -1;
            while (true) {
                HttpResponse<String> polled =
                        send(HttpRequest.newBuilder(endpoint()).GET());
                if (polled.statusCode() != 200) {
                    throw failure("follow", polled);
                }
                JsonNode status = JSON.readTree(polled.body());
                String state = status.path("state").asText();
                long done = status.path("done").asLong();
                long total = status.path("total").asLong();
                if ("finished".equals(state)) {
                    out.println(finished(status, done));
                    return true;
                }
                if ("failed".equals(state)) {
                    out.println("Reindex failed after " + done + " documents: "
                            + status.path("error").asText() + ". The previous index is still in service.");
                    return false;
                }
                if (done != lastDone) {
                    out.println(progress(done, total, status.path("startedAt").asText(null)));
                    lastDone = done;
                }
                Thread.sleep(every.toMillis());
            }
        } catch (IOException e) {
            throw new StackException("Cannot reach Bravo at " + appUrl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted; the reindex goes on in Bravo", e);
        }
    }

    public static String progress(long done, long total, String startedAt) {
        String rate = "";
        if (startedAt != null && done > 0) {
            double seconds = Math.max(
                    0.001,
                    Duration.between(java.time.Instant.parse(startedAt), java.time.Instant.now())
                                    .toMillis()
                            / 1000.0);
            rate = String.format(Locale.ROOT, ", %.0f docs/s", done / seconds);
        }
        long percent = total == 0 ? 0 : Math.min(100, done * 100 / total);
        return String.format(Locale.ROOT, "Reindexing: %,d / %,d documents (%d %%)%s", done, total, percent, rate);
    }

    private static String finished(JsonNode status, long done) {
        java.time.Instant started =
                java.time.Instant.parse(status.path("startedAt").asText());
        java.time.Instant ended =
                java.time.Instant.parse(status.path("finishedAt").asText());
        double seconds = Math.max(0.001, Duration.between(started, ended).toMillis() / 1000.0);
        return String.format(
                Locale.ROOT,
                "Done: %,d documents in %.1f s (%.0f docs/s); search now reads %s",
                done,
                seconds,
                done / seconds,
                status.path("index").asText());
    }

    private URI endpoint() {
        return URI.create(appUrl + "/api/v1/admin/search/reindex");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(
                request.header("Authorization", "Bearer " + token)
                        .header("Accept", "application/json")
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private StackException failure(String what, HttpResponse<String> response) {
        String hint = switch (response.statusCode()) {
            case 401 -> ": the token is missing or expired";
            case 403 -> ": only admins rebuild the index";
            default -> "";
        };
        return new StackException(
                "Bravo refused to " + what + " the reindex (" + response.statusCode() + hint + "): " + response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

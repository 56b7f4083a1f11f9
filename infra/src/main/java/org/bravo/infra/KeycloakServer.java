package org.bravo.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak 26.4 from Maven Central, storing its data in the stack's PostgreSQL, with the {@code bravo} realm imported
 * through the admin API on first start. Importing through the API rather than {@code --import-realm} lets each stack
 * add its own redirect URI and, for the test stack only, the password-grant client that tests use.
 */
final class KeycloakServer extends Server {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final Distributions distributions;

    KeycloakServer(StackConfig config, Distributions distributions) {
        super(config);
        this.distributions = distributions;
    }

    @Override
    String name() {
        return "keycloak";
    }

    @Override
    String url() {
        return config.keycloakUrl();
    }

    @Override
    Duration startTimeout() {
        // A first start re-augments Keycloak for PostgreSQL, which takes a minute or more on two cores.
        return Duration.ofSeconds(300);
    }

    @Override
    boolean healthy() {
        return answers(local() + "/realms/master/.well-known/openid-configuration", 200);
    }

    private String local() {
        return "http://" + StackConfig.HOST + ":" + config.keycloakPort();
    }

    /**
     * Each stack runs its own copy of Keycloak: the server writes its build and transaction logs under its home, so
     * two stacks sharing one home would trample each other.
     */
    private Path home() {
        Path home = config.home().resolve("keycloak-home");
        if (!Files.exists(home.resolve(".copied"))) {
            Path unpacked = distributions.unpacked(distributions.archive("keycloak-quarkus-dist-", ".zip"));
            Console.info("Copying Keycloak into " + home);
            Distributions.deleteTree(home);
            copyTree(unpacked, home);
            try {
                Files.writeString(home.resolve(".copied"), "ok\n");
            } catch (IOException e) {
                throw new StackException("Cannot write into " + home + ": " + e.getMessage(), e);
            }
        }
        return home;
    }

    /**
     * Puts Bravo's sign-in theme ({@code infra/keycloak/themes/bravo}) into the server's {@code themes/} folder, which
     * Keycloak reads without a rebuild. Replaced at every start so a changed or removed file never lingers; start-dev
     * does not cache themes, so an edit shows at the next page load.
     */
    private void installThemes(Path home) {
        URL themes = KeycloakServer.class.getResource("keycloak/themes");
        if (themes == null) {
            throw new StackException("Missing resource org/bravo/infra/keycloak/themes");
        }
        try {
            URI uri = themes.toURI();
            if ("jar".equals(uri.getScheme())) {
                // Packaged infra (a dependency of the backend's tests): read the folder inside the jar.
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copyThemes(jar.provider().getPath(uri), home);
                }
            } else {
                copyThemes(Path.of(uri), home);
            }
        } catch (IOException | URISyntaxException e) {
            throw new StackException("Cannot install the Keycloak themes: " + e.getMessage(), e);
        }
    }

    private static void copyThemes(Path source, Path home) throws IOException {
        try (var themes = Files.list(source)) {
            for (Path theme : (Iterable<Path>) themes::iterator) {
                Path target = home.resolve("themes").resolve(theme.getFileName().toString());
                Distributions.deleteTree(target);
                copyTree(theme, target);
            }
        }
    }

    @Override
    void launch() {
        Path home = home();
        installThemes(home);
        spawn(
                List.of(
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--http-host=" + StackConfig.HOST,
                        "--http-port=" + config.keycloakPort(),
                        "--hostname=" + config.keycloakUrl(),
                        "--db=postgres",
                        "--db-url=jdbc:postgresql://" + StackConfig.HOST + ":" + config.postgresPort() + "/keycloak",
                        "--db-username=" + StackConfig.DB_USER,
                        "--db-password=" + StackConfig.DB_PASSWORD,
                        "--cache=local"),
                Map.of(
                        "JAVA_HOME",
                        javaHome(),
                        "JAVA_OPTS_KC_HEAP",
                        "-Xms64m -Xmx" + System.getenv().getOrDefault("BRAVO_KC_HEAP", "512m"),
                        "KC_BOOTSTRAP_ADMIN_USERNAME",
                        StackConfig.KEYCLOAK_ADMIN,
                        "KC_BOOTSTRAP_ADMIN_PASSWORD",
                        StackConfig.KEYCLOAK_ADMIN_PASSWORD),
                home);
    }

    @Override
    void awaitHealthy() {
        super.awaitHealthy();
        importRealmIfMissing();
    }

    private void importRealmIfMissing() {
        try {
            String token = adminToken();
            HttpResponse<String> existing = HTTP.send(
                    HttpRequest.newBuilder(URI.create(local() + "/admin/realms/" + StackConfig.REALM))
                            .header("Authorization", "Bearer " + token)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (existing.statusCode() == 200) {
                addClientIfMissing(token, "cli-client.json");
                updateRealmSettings(token);
                return;
            }
            Console.info("Importing the '" + StackConfig.REALM + "' realm into Keycloak");
            HttpResponse<String> created = HTTP.send(
                    HttpRequest.newBuilder(URI.create(local() + "/admin/realms"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(realm())))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new StackException(
                        "Keycloak refused the realm (" + created.statusCode() + "): " + created.body());
            }
        } catch (IOException e) {
            throw new StackException("Cannot import the realm into Keycloak: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while importing the realm", e);
        }
    }

    /** Realm settings a later version of Bravo changed, applied to a realm imported before it. */
    static final List<String> UPDATED_SETTINGS = List.of(
            "loginTheme",
            "internationalizationEnabled",
            "supportedLocales",
            "defaultLocale",
            "revokeRefreshToken",
            "refreshTokenMaxReuse");

    /**
     * Brings a realm imported by an earlier version up to the realm file for {@link #UPDATED_SETTINGS} (the sign-in
     * theme, languages, refresh-token rotation). Keycloak's partial update leaves every field it is not given alone.
     */
    private void updateRealmSettings(String token) throws IOException, InterruptedException {
        JsonNode file = resource("bravo-realm.json");
        ObjectNode settings = JSON.createObjectNode();
        for (String name : UPDATED_SETTINGS) {
            if (file.has(name)) {
                settings.set(name, file.get(name));
            }
        }
        HttpResponse<String> updated = HTTP.send(
                HttpRequest.newBuilder(URI.create(local() + "/admin/realms/" + StackConfig.REALM))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(settings)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (updated.statusCode() != 204) {
            throw new StackException(
                    "Keycloak refused the realm settings (" + updated.statusCode() + "): " + updated.body());
        }
    }

    /**
     * Adds a client that came with a later version of Bravo to a realm imported before it (local data is kept across
     * upgrades): {@code bravo-cli}, with which {@code ./infra/bravo reindex} signs in as the demo admin.
     */
    private void addClientIfMissing(String token, String file) throws IOException, InterruptedException {
        JsonNode client = resource(file);
        String clientId = client.path("clientId").asText();
        String clients = local() + "/admin/realms/" + StackConfig.REALM + "/clients";
        HttpResponse<String> found = HTTP.send(
                HttpRequest.newBuilder(URI.create(
                                clients + "?clientId=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (found.statusCode() == 200 && JSON.readTree(found.body()).size() > 0) {
            return;
        }
        HttpResponse<String> created = HTTP.send(
                HttpRequest.newBuilder(URI.create(clients))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new StackException(
                    "Keycloak refused the client " + clientId + " (" + created.statusCode() + "): " + created.body());
        }
    }

    /** The realm file from {@code infra/keycloak/}, with this stack's web origin and, for tests, the test client. */
    ObjectNode realm() throws IOException {
        ObjectNode realm = (ObjectNode) resource("bravo-realm.json");
        for (JsonNode client : realm.withArray("clients")) {
            if ("bravo-web".equals(client.path("clientId").asText())) {
                ArrayNode uris = (ArrayNode) client.get("redirectUris");
                String appUris = config.appUrl() + "/*";
                boolean present = false;
                for (JsonNode uri : uris) {
                    present |= uri.asText().equals(appUris);
                }
                if (!present) {
                    uris.add(appUris);
                }
            }
        }
        if (config.testClients()) {
            realm.withArray("clients").add(resource("test-client.json"));
        }
        realm.withArray("clients").add(resource("cli-client.json"));
        return realm;
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = KeycloakServer.class.getResourceAsStream("keycloak/" + name)) {
            if (in == null) {
                throw new StackException("Missing resource org/bravo/infra/keycloak/" + name);
            }
            return JSON.readTree(in);
        }
    }

    private String adminToken() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(StackConfig.KEYCLOAK_ADMIN, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(StackConfig.KEYCLOAK_ADMIN_PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(local() + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new StackException("Keycloak admin login failed (" + response.statusCode() + "): " + response.body());
        }
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    private static void copyTree(Path from, Path to) {
        try (var paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new StackException("Cannot copy Keycloak into " + to + ": " + e.getMessage(), e);
        }
    }
}

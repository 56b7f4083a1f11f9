package org.bravo.infra;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a local Bravo stack keeps its files and which loopback ports it binds.
 *
 * <p>Two stacks can run side by side on one machine: the one behind the run command ({@link #dev}) and the one the
 * test suite starts ({@link #test}); they differ only by ports and folders, so each is a value, not a mode flag.
 *
 * @param home          folder holding data, logs and pid files of this stack
 * @param distributions folder with the downloaded server archives (the build copies them there)
 * @param cache         folder where archives are unpacked once and reused by every stack
 * @param httpPort      port of the Bravo backend (which also serves the web app)
 * @param postgresPort  PostgreSQL port
 * @param elasticsearchPort Elasticsearch HTTP port
 * @param keycloakPort  Keycloak HTTP port
 * @param objectStorePort S3-compatible object store port
 * @param testClients   whether the realm gets the password-grant client that tests use to obtain real tokens
 */
public record StackConfig(
        Path home,
        Path distributions,
        Path cache,
        int httpPort,
        int postgresPort,
        int elasticsearchPort,
        int keycloakPort,
        int objectStorePort,
        boolean testClients) {

    public static final String HOST = "127.0.0.1";
    /** Browsers and tokens use this name: Keycloak's issuer follows the host name, so it is the same everywhere. */
    public static final String PUBLIC_HOST = "localhost";

    public static final String DB_NAME = "bravo";
    public static final String DB_USER = "bravo";
    public static final String DB_PASSWORD = "bravo";
    public static final String S3_ACCESS_KEY = "bravo";
    public static final String S3_SECRET_KEY = "bravo-local-secret";
    public static final String S3_BUCKET = "bravo";
    public static final String REALM = "bravo";
    public static final String KEYCLOAK_ADMIN = "admin";
    public static final String KEYCLOAK_ADMIN_PASSWORD = "admin";

    /** The stack behind the run command: data kept in {@code <repo>/.bravo} unless {@code BRAVO_HOME} says otherwise. */
    public static StackConfig dev(Path repo, Map<String, String> env) {
        Path home = Path.of(
                        env.getOrDefault("BRAVO_HOME", repo.resolve(".bravo").toString()))
                .toAbsolutePath();
        return new StackConfig(
                home,
                repo.resolve("infra/target/dist"),
                Path.of(env.getOrDefault("BRAVO_CACHE", home.resolve("dist").toString()))
                        .toAbsolutePath(),
                port(env, "BRAVO_HTTP_PORT", 8080),
                port(env, "BRAVO_PG_PORT", 5442),
                port(env, "BRAVO_ES_PORT", 9200),
                port(env, "BRAVO_KC_PORT", 8180),
                port(env, "BRAVO_S3_PORT", 9000),
                false);
    }

    /**
     * The stack the test suite starts: its own ports and a throw-away home under the build folder, sharing the
     * unpacked archives with the dev stack so a test run does not unpack 200 MB again.
     */
    public static StackConfig test(Path repo, Path home, Map<String, String> env) {
        return new StackConfig(
                home.toAbsolutePath(),
                repo.resolve("infra/target/dist"),
                Path.of(env.getOrDefault(
                                "BRAVO_CACHE", repo.resolve(".bravo/dist").toString()))
                        .toAbsolutePath(),
                port(env, "BRAVO_TEST_HTTP_PORT", 8081),
                port(env, "BRAVO_TEST_PG_PORT", 15442),
                port(env, "BRAVO_TEST_ES_PORT", 19200),
                port(env, "BRAVO_TEST_KC_PORT", 18180),
                port(env, "BRAVO_TEST_S3_PORT", 19000),
                true);
    }

    private static int port(Map<String, String> env, String key, int fallback) {
        String value = env.get(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a port number, got '" + value + "'", e);
        }
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Path run() {
        return home.resolve("run");
    }

    public String appUrl() {
        return "http://" + PUBLIC_HOST + ":" + httpPort;
    }

    /**
     * Where the packaged backend answers health checks: its management interface, kept off the main port in the
     * package (see application.properties), on loopback like every other server of the stack.
     */
    public int managementPort() {
        return httpPort + 1000;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":" + postgresPort + "/" + DB_NAME;
    }

    public String elasticsearchUrl() {
        return "http://" + HOST + ":" + elasticsearchPort;
    }

    public String keycloakUrl() {
        return "http://" + PUBLIC_HOST + ":" + keycloakPort;
    }

    public String issuer() {
        return keycloakUrl() + "/realms/" + REALM;
    }

    public String objectStoreUrl() {
        return "http://" + HOST + ":" + objectStorePort;
    }

    /**
     * The backend's configuration for this stack, as Quarkus property names. The run command passes them as system
     * properties; the tests return them from their test resource. Production sets the same keys from the environment.
     */
    public Map<String, String> backendProperties() {
        return Map.ofEntries(
                Map.entry("quarkus.http.port", String.valueOf(httpPort)),
                Map.entry("quarkus.datasource.jdbc.url", jdbcUrl()),
                Map.entry("quarkus.datasource.username", DB_USER),
                Map.entry("quarkus.datasource.password", DB_PASSWORD),
                Map.entry("quarkus.oidc.auth-server-url", issuer()),
                Map.entry("bravo.auth.public-url", keycloakUrl()),
                Map.entry("bravo.elasticsearch.url", elasticsearchUrl()),
                Map.entry("bravo.storage.endpoint", objectStoreUrl()),
                Map.entry("bravo.storage.access-key", S3_ACCESS_KEY),
                Map.entry("bravo.storage.secret-key", S3_SECRET_KEY),
                Map.entry("bravo.storage.bucket", S3_BUCKET));
    }
}

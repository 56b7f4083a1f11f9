package org.bravo.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KeycloakRealmTest {
    private final Path repo = Path.of("/srv/bravo");

    @Test
    void theWebClientUsesPkceAndPutsTheBackendInTheAudienceAndTheShopInTheToken() throws IOException {
        ObjectNode realm = realm(StackConfig.dev(repo, Map.of()));
        JsonNode web = client(realm, "bravo-web");
        assertThat(web.path("publicClient").asBoolean()).isTrue();
        assertThat(web.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(web.path("attributes").path("pkce.code.challenge.method").asText())
                .isEqualTo("S256");
        assertThat(web.path("protocolMappers").findValuesAsText("included.client.audience"))
                .contains("bravo-backend");
        assertThat(web.path("protocolMappers").findValuesAsText("claim.name")).contains("shop");
    }

    @Test
    void demoUsersAreFullySetUpSoThatSignInWorks() throws IOException {
        ObjectNode realm = realm(StackConfig.dev(repo, Map.of()));
        List<String> roles = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            // Keycloak refuses to sign in a user without email, first and last name ("account not fully set up").
            assertThat(user.path("email").asText()).contains("@");
            assertThat(user.path("firstName").asText()).isNotBlank();
            assertThat(user.path("lastName").asText()).isNotBlank();
            user.path("realmRoles").forEach(r -> roles.add(r.asText()));
        }
        assertThat(roles).contains("employee", "moderator", "admin");
    }

    @Test
    void onlyTheTestStackGetsThePasswordGrantClient() throws IOException {
        assertThat(client(realm(StackConfig.dev(repo, Map.of())), "bravo-tests"))
                .isNull();
        JsonNode tests = client(realm(StackConfig.test(repo, repo.resolve("t"), Map.of())), "bravo-tests");
        assertThat(tests.path("directAccessGrantsEnabled").asBoolean()).isTrue();
    }

    @Test
    void theStacksOwnAddressIsAnAllowedRedirect() throws IOException {
        ObjectNode realm = realm(StackConfig.dev(repo, Map.of("BRAVO_HTTP_PORT", "9911")));
        List<String> uris = new ArrayList<>();
        client(realm, "bravo-web").path("redirectUris").forEach(u -> uris.add(u.asText()));
        assertThat(uris).contains("http://localhost:9911/*");
    }

    @Test
    void bothRealmsSignInThroughBravosLightThemeInFrenchAndEnglishAndRotateRefreshTokens() throws IOException {
        for (String file : List.of("bravo-realm.json", "bravo-realm-production.json")) {
            JsonNode realm = json(file);
            assertThat(realm.path("loginTheme").asText()).as(file).isEqualTo("bravo");
            assertThat(realm.path("internationalizationEnabled").asBoolean())
                    .as(file)
                    .isTrue();
            List<String> locales = new ArrayList<>();
            realm.path("supportedLocales").forEach(l -> locales.add(l.asText()));
            assertThat(locales).as(file).containsExactlyInAnyOrder("fr", "en");
            // The web app keeps its refresh token across cold opens (ADR 0011): each one may be used once only.
            assertThat(realm.path("revokeRefreshToken").asBoolean()).as(file).isTrue();
            assertThat(realm.path("refreshTokenMaxReuse").asInt(-1)).as(file).isZero();
        }
        Properties theme = new Properties();
        try (InputStream in =
                KeycloakServer.class.getResourceAsStream("keycloak/themes/bravo/login/theme.properties")) {
            assertThat(in).isNotNull();
            theme.load(in);
        }
        // Not keycloak or keycloak.v2: those load PatternFly, which is what the theme is there to avoid.
        assertThat(theme.getProperty("parent")).isEqualTo("base");
        assertThat(theme.getProperty("locales")).isEqualTo("fr,en");
        assertThat(theme.getProperty("stylesCommon")).isNull();
    }

    private static JsonNode json(String file) throws IOException {
        try (InputStream in = KeycloakServer.class.getResourceAsStream("keycloak/" + file)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static ObjectNode realm(StackConfig config) throws IOException {
        return new KeycloakServer(config, new Distributions(config)).realm();
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client;
            }
        }
        return null;
    }
}

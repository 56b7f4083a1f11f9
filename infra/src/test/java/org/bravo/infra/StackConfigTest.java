package org.bravo.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackConfigTest {
    private final Path repo = Path.of("/srv/bravo");

    @Test
    void devAndTestStacksNeverShareAPortOrADataFolder() {
        StackConfig dev = StackConfig.dev(repo, Map.of());
        StackConfig test = StackConfig.test(repo, repo.resolve(".bravo/test"), Map.of());
        assertThat(java.util.List.of(
                        dev.httpPort(),
                        dev.postgresPort(),
                        dev.elasticsearchPort(),
                        dev.keycloakPort(),
                        dev.objectStorePort()))
                .doesNotContainAnyElementsOf(java.util.List.of(
                        test.httpPort(),
                        test.postgresPort(),
                        test.elasticsearchPort(),
                        test.keycloakPort(),
                        test.objectStorePort()));
        assertThat(dev.home()).isNotEqualTo(test.home());
        assertThat(dev.cache()).isEqualTo(test.cache());
    }

    @Test
    void portsAndFoldersComeFromTheEnvironment() {
        StackConfig dev = StackConfig.dev(
                repo, Map.of("BRAVO_HOME", "/var/lib/bravo", "BRAVO_HTTP_PORT", "9090", "BRAVO_KC_PORT", "9191"));
        assertThat(dev.home()).isEqualTo(Path.of("/var/lib/bravo"));
        assertThat(dev.appUrl()).isEqualTo("http://localhost:9090");
        assertThat(dev.issuer()).isEqualTo("http://localhost:9191/realms/bravo");
        assertThat(dev.backendProperties())
                .containsEntry("quarkus.oidc.auth-server-url", "http://localhost:9191/realms/bravo")
                .containsEntry("quarkus.http.port", "9090");
    }

    @Test
    void aPortThatIsNotANumberIsRefusedWithItsName() {
        assertThatThrownBy(() -> StackConfig.dev(repo, Map.of("BRAVO_PG_PORT", "five")))
                .hasMessageContaining("BRAVO_PG_PORT")
                .hasMessageContaining("five");
    }
}

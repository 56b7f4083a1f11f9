package org.bravo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductionDefaultsTest {
    private static final String KEY = "k".repeat(ProductionDefaults.MIN_SIGNING_KEY_LENGTH);

    private static Map<String, String> production() {
        Map<String, String> values = new HashMap<>();
        values.put("quarkus.datasource.password", "a-real-database-password");
        values.put("bravo.storage.access-key", "bravo-prod");
        values.put("bravo.storage.secret-key", "a-real-store-secret");
        values.put("bravo.media.signing-key", KEY);
        values.put("bravo.elasticsearch.username", "bravo");
        values.put("bravo.elasticsearch.password", "a-real-search-password");
        values.put("bravo.demo.enabled", "false");
        return values;
    }

    private static List<String> problems(Map<String, String> values) {
        return ProductionDefaults.problems(name -> Optional.ofNullable(values.get(name))).stream()
                .map(ProductionDefaults.Problem::message)
                .toList();
    }

    @Test
    void realSecretsPass() {
        assertThat(problems(production())).isEmpty();
    }

    @Test
    void eachDevelopmentDefaultNamesTheVariableToSet() {
        Map<String, String> values = production();
        values.put("quarkus.datasource.password", "bravo");
        values.put("bravo.storage.access-key", "bravo");
        values.put("bravo.storage.secret-key", "bravo-local-secret");
        values.put("bravo.demo.enabled", "true");
        assertThat(problems(values))
                .containsExactly(
                        "quarkus.datasource.password is the development password: set QUARKUS_DATASOURCE_PASSWORD",
                        "bravo.storage.access-key is the development access key: set BRAVO_STORAGE_ACCESS_KEY",
                        "bravo.storage.secret-key is the development secret: set BRAVO_STORAGE_SECRET_KEY",
                        "bravo.demo.enabled loads demo content and people: set BRAVO_DEMO_ENABLED=false");
    }

    @Test
    void missingOrBlankSecretsAreProblemsToo() {
        Map<String, String> values = production();
        values.remove("quarkus.datasource.password");
        values.put("bravo.media.signing-key", " ");
        values.remove("bravo.elasticsearch.username");
        values.put("bravo.elasticsearch.password", "");
        assertThat(problems(values))
                .containsExactly(
                        "quarkus.datasource.password is not set: set QUARKUS_DATASOURCE_PASSWORD",
                        "bravo.media.signing-key is not set (a random key would change at every start and differ between "
                                + "backends): set BRAVO_MEDIA_SIGNING_KEY",
                        "bravo.elasticsearch.username is not set (a production Elasticsearch must require credentials): "
                                + "set BRAVO_ELASTICSEARCH_USERNAME",
                        "bravo.elasticsearch.password is not set: set BRAVO_ELASTICSEARCH_PASSWORD");
    }

    @Test
    void aShortSigningKeyIsRefused() {
        Map<String, String> values = production();
        values.put("bravo.media.signing-key", KEY.substring(1));
        assertThat(problems(values))
                .containsExactly("bravo.media.signing-key is shorter than 32 characters: set BRAVO_MEDIA_SIGNING_KEY");
    }

    /** The shipped application.properties, read as the prod profile reads it, with nothing set by an operator. */
    private static SmallRyeConfig shippedConfig(String profile, Map<String, String> environment) throws IOException {
        URL properties = ProductionDefaultsTest.class.getClassLoader().getResource("application.properties");
        assertThat(properties).as("application.properties on the class path").isNotNull();
        return new SmallRyeConfigBuilder()
                .withProfile(profile)
                .withSources(new PropertiesConfigSource(properties, 250))
                .withSources(new PropertiesConfigSource(environment, "operator", 300))
                .build();
    }

    @Test
    void theShippedConfigurationRefusesToStartInProduction() throws IOException {
        ProductionDefaultsCheck check = new ProductionDefaultsCheck(shippedConfig("prod", Map.of()), true);
        assertThatThrownBy(check::verify)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set QUARKUS_DATASOURCE_PASSWORD")
                .hasMessageContaining("set BRAVO_STORAGE_ACCESS_KEY")
                .hasMessageContaining("set BRAVO_STORAGE_SECRET_KEY")
                .hasMessageContaining("set BRAVO_MEDIA_SIGNING_KEY")
                .hasMessageContaining("set BRAVO_ELASTICSEARCH_USERNAME");
    }

    @Test
    void theShippedConfigurationStartsInProductionOnceEverySecretIsSet() throws IOException {
        ProductionDefaultsCheck check = new ProductionDefaultsCheck(shippedConfig("prod", production()), true);
        check.verify();
    }

    @Test
    void otherProfilesRunOnTheDevelopmentDefaults() throws IOException {
        new ProductionDefaultsCheck(shippedConfig("local", Map.of()), false).verify();
    }
}

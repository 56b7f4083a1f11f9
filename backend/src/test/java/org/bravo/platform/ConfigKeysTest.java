package org.bravo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.bravo.demo.DemoConfig;
import org.bravo.guestbook.internal.ExchangeConfig;
import org.bravo.media.internal.MediaConfig;
import org.bravo.moderation.internal.ModerationConfig;
import org.bravo.platform.time.CalendarConfig;
import org.junit.jupiter.api.Test;

/**
 * The settings that moved from scattered {@code @ConfigProperty} injections to typed mappings keep their defaults and
 * the names operators set them by (README, docs, infra): renaming one would silently drop an operator's value.
 */
class ConfigKeysTest {

    /** The shipped application.properties, with variables set by an operator. */
    private static SmallRyeConfig shipped(Map<String, String> environment) throws IOException {
        URL properties = ConfigKeysTest.class.getClassLoader().getResource("application.properties");
        assertThat(properties).as("application.properties on the class path").isNotNull();
        return new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(properties, 250))
                .withSources(new EnvConfigSource(environment, 300))
                .withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(CalendarConfig.class)
                .withMapping(ExchangeConfig.class)
                .withMapping(ModerationConfig.class)
                .withMapping(MediaConfig.class)
                .withMapping(DemoConfig.class)
                .build();
    }

    @Test
    void nothingSetGivesTheDocumentedDefaults() throws IOException {
        SmallRyeConfig config = shipped(Map.of());
        assertThat(config.getConfigMapping(CalendarConfig.class).timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        ExchangeConfig exchange = config.getConfigMapping(ExchangeConfig.class);
        assertThat(exchange.checkEvery()).isEqualTo(Duration.ofMinutes(10));
        assertThat(exchange.scheduler().enabled()).isTrue();
        // The scheduler reads the period by its name, not through the mapping.
        assertThat(config.getValue("bravo.exchange.check-every", String.class)).isEqualTo("10m");
        assertThat(config.getConfigMapping(ModerationConfig.class).autoHideReports())
                .isEqualTo(3);
        assertThat(config.getConfigMapping(MediaConfig.class).signingKey()).isEmpty();
        assertThat(config.getConfigMapping(DemoConfig.class).enabled()).isFalse();
    }

    @Test
    void theVariablesOperatorsSetStillReachTheirSetting() throws IOException {
        SmallRyeConfig config = shipped(Map.of(
                "BRAVO_TIME_ZONE", "America/Montreal",
                "BRAVO_EXCHANGE_CHECK_EVERY", "1m",
                "BRAVO_EXCHANGE_SCHEDULER_ENABLED", "false",
                "BRAVO_AUTO_HIDE_REPORTS", "5",
                "BRAVO_MEDIA_SIGNING_KEY", "k".repeat(32),
                "BRAVO_DEMO_ENABLED", "true"));
        assertThat(config.getConfigMapping(CalendarConfig.class).timeZone()).isEqualTo(ZoneId.of("America/Montreal"));
        ExchangeConfig exchange = config.getConfigMapping(ExchangeConfig.class);
        assertThat(exchange.checkEvery()).isEqualTo(Duration.ofMinutes(1));
        assertThat(exchange.scheduler().enabled()).isFalse();
        assertThat(config.getConfigMapping(ModerationConfig.class).autoHideReports())
                .isEqualTo(5);
        assertThat(config.getConfigMapping(MediaConfig.class).signingKey()).contains("k".repeat(32));
        assertThat(config.getConfigMapping(DemoConfig.class).enabled()).isTrue();
    }

    @Test
    void theLongVariableForTheReportThresholdWorksToo() throws IOException {
        SmallRyeConfig config = shipped(Map.of("BRAVO_MODERATION_AUTO_HIDE_REPORTS", "4"));
        assertThat(config.getConfigMapping(ModerationConfig.class).autoHideReports())
                .isEqualTo(4);
    }
}

package org.bravo.platform.security;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jboss.logging.Logger;

/**
 * Refuses to start a production backend ({@code prod} profile) on a development default, with one log line per
 * problem naming the variable to set. Flyway migrates before the application's start-up event, so the check also
 * runs when Flyway is configured: a production database is never touched with the development password.
 */
@ApplicationScoped
public class ProductionDefaultsCheck implements FlywayConfigurationCustomizer {
    private static final Logger LOG = Logger.getLogger(ProductionDefaultsCheck.class);

    private final Config config;
    private final boolean production;
    private volatile boolean passed;

    @Inject
    public ProductionDefaultsCheck(Config config) {
        this(config, ConfigUtils.isProfileActive("prod"));
    }

    ProductionDefaultsCheck(Config config, boolean production) {
        this.config = config;
        this.production = production;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        verify();
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        verify();
    }

    /** @throws IllegalStateException naming every problem, when in production and any is found */
    void verify() {
        if (!production || passed) {
            return;
        }
        List<ProductionDefaults.Problem> problems =
                ProductionDefaults.problems(name -> config.getOptionalValue(name, String.class));
        if (problems.isEmpty()) {
            passed = true;
            return;
        }
        problems.forEach(problem -> LOG.error("Refusing to start in production: " + problem.message()));
        throw new IllegalStateException("Refusing to start in production on development defaults: "
                + String.join(
                        "; ",
                        problems.stream()
                                .map(ProductionDefaults.Problem::message)
                                .toList()));
    }
}

package org.bravo.platform.health;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Named after the server so an operator reading /q/health/ready sees at once which one is down. */
@Readiness
@ApplicationScoped
public class PostgresHealthCheck implements HealthCheck {
    @Inject
    AgroalDataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return HealthCheckResponse.named("postgresql").status(valid).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("postgresql")
                    .down()
                    .withData("error", e.getMessage())
                    .build();
        }
    }
}

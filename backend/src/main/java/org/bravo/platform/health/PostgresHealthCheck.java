package org.bravo.platform.health;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The database Bravo keeps everything in (ServerProbe says how the check reads). */
@Readiness
@ApplicationScoped
public class PostgresHealthCheck implements HealthCheck {
    @Inject
    AgroalDataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        return ServerProbe.check("postgresql", response -> {
            try (Connection connection = dataSource.getConnection()) {
                response.status(connection.isValid(2));
            }
        });
    }
}

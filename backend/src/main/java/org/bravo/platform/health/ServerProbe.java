package org.bravo.platform.health;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * How every readiness check of a server Bravo depends on reads (PostgreSQL, Elasticsearch, Keycloak, the object store):
 * named after the server, so an operator reading /q/health/ready sees at once which one is down; up or down as the
 * probe says, with what it found; down with the error when the server cannot be reached at all.
 */
@FunctionalInterface
public interface ServerProbe {
    /** Asks the server and says on {@code response} whether it is up, with what it answered. */
    void probe(HealthCheckResponseBuilder response) throws Exception;

    static HealthCheckResponse check(String server, ServerProbe probe) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(server);
        try {
            probe.probe(response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.down();
        } catch (Exception e) {
            response.down().withData("error", String.valueOf(e.getMessage()));
        }
        return response.build();
    }
}

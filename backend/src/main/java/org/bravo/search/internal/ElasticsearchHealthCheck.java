package org.bravo.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bravo.platform.health.ServerProbe;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Yellow counts as up: a single-node cluster cannot place replicas and still serves every query. */
@Readiness
@ApplicationScoped
public class ElasticsearchHealthCheck implements HealthCheck {
    @Inject
    ElasticsearchClient client;

    @Override
    public HealthCheckResponse call() {
        return ServerProbe.check("elasticsearch", response -> {
            HealthResponse health = client.cluster().health();
            response.status(health.status() != HealthStatus.Red)
                    .withData("cluster", health.clusterName())
                    .withData("status", health.status().jsonValue());
        });
    }
}

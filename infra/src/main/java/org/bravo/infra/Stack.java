package org.bravo.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The four servers Bravo stands on — PostgreSQL, Elasticsearch, Keycloak and the S3 store — and optionally the
 * backend, started in dependency order and stopped in reverse. This is the public face of the module: the run command
 * and the test suite both use it.
 */
public final class Stack {
    private final StackConfig config;
    private final PostgresServer postgres;
    private final ElasticsearchServer elasticsearch;
    private final KeycloakServer keycloak;
    private final ObjectStoreServer objectStore;
    private final BackendServer backend;

    public Stack(StackConfig config, Path repo) {
        this.config = config;
        Distributions distributions = new Distributions(config);
        this.postgres = new PostgresServer(config);
        this.elasticsearch = new ElasticsearchServer(config, distributions);
        this.keycloak = new KeycloakServer(config, distributions);
        this.objectStore = new ObjectStoreServer(config, distributions);
        this.backend = new BackendServer(config, repo);
    }

    public StackConfig config() {
        return config;
    }

    List<Server> all() {
        return List.of(postgres, elasticsearch, objectStore, keycloak, backend);
    }

    /** Starts the four servers; Elasticsearch, the store and Keycloak start together once PostgreSQL is up. */
    public void startServers() {
        timed(postgres, () -> {
            postgres.start();
            postgres.awaitHealthy();
        });
        List<CompletableFuture<Void>> starting = new ArrayList<>();
        for (Server server : List.of(elasticsearch, objectStore, keycloak)) {
            server.start();
            starting.add(CompletableFuture.runAsync(() -> timed(server, server::awaitHealthy)));
        }
        try {
            CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof StackException stackException) {
                throw stackException;
            }
            throw e;
        }
    }

    public void startBackend() {
        timed(backend, () -> {
            backend.start();
            backend.awaitHealthy();
        });
    }

    /**
     * Stops one server, by its {@code status} name ({@code elasticsearch}, {@code object-store}…): how tests show
     * that Bravo loses nothing while a server is away. {@link #startServer} brings it back with its data.
     */
    public void stopServer(String name) {
        server(name).stop();
    }

    /** Starts one server again and waits until it answers. */
    public void startServer(String name) {
        Server server = server(name);
        timed(server, () -> {
            server.start();
            server.awaitHealthy();
        });
    }

    private Server server(String name) {
        return all().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No server " + name));
    }

    /** Stops whatever of this stack runs, including leftovers of a crashed earlier run; safe to call twice. */
    public void stop() {
        List<Server> reversed = new ArrayList<>(all());
        java.util.Collections.reverse(reversed);
        for (Server server : reversed) {
            try {
                server.stop();
            } catch (RuntimeException e) {
                Console.info("Stopping " + server.name() + " failed: " + e.getMessage());
            }
        }
    }

    /** Wipes the data of a throw-away stack (tests); keeps the prepared Keycloak copy, which is slow to rebuild. */
    public void wipeData() {
        for (String folder : List.of("postgresql", "elasticsearch", "object-store")) {
            Distributions.deleteTree(config.home().resolve(folder));
        }
    }

    /** One line per server: state, pid, memory, address and log. */
    public List<String> status() {
        List<String> lines = new ArrayList<>();
        for (Server server : all()) {
            Optional<ProcessHandle> process = server.running();
            String state = process.isEmpty() ? "stopped" : server.healthy() ? "healthy" : "starting/unhealthy";
            lines.add(String.format(
                    "%-14s %-18s %-8s %6s  %-38s %s",
                    server.name(),
                    state,
                    process.map(p -> String.valueOf(p.pid())).orElse("-"),
                    process.isPresent() ? server.residentMiB() + " MiB" : "-",
                    server.url(),
                    server.logFile()));
        }
        return lines;
    }

    private static void timed(Server server, Runnable action) {
        long start = System.nanoTime();
        Console.info("Starting " + server.name() + " (log: " + server.logFile() + ")");
        action.run();
        Console.info(server.name() + " ready at " + server.url() + " in "
                + Duration.ofNanos(System.nanoTime() - start).toMillis() / 100 / 10.0 + " s");
    }
}

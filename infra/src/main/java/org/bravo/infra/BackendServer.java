package org.bravo.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Bravo backend, packaged by Quarkus, which also serves the built web app. */
final class BackendServer extends Server {
    private final Path repo;

    BackendServer(StackConfig config, Path repo) {
        super(config);
        this.repo = repo;
    }

    @Override
    String name() {
        return "backend";
    }

    @Override
    String url() {
        return config.appUrl();
    }

    @Override
    Duration startTimeout() {
        return Duration.ofSeconds(120);
    }

    @Override
    boolean healthy() {
        return answers("http://" + StackConfig.HOST + ":" + config.managementPort() + "/q/health/ready", 200);
    }

    Path jar() {
        return repo.resolve("backend/target/quarkus-app/quarkus-run.jar");
    }

    @Override
    void launch() {
        if (!Files.isRegularFile(jar())) {
            throw new StackException("No backend build at " + jar() + ": run ./mvnw -DskipTests package");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(javaHome(), "bin", "java").toString(),
                "-Xmx" + System.getenv().getOrDefault("BRAVO_BACKEND_HEAP", "512m"),
                // Lets a later run recognise a stale backend of this stack by its command line.
                "-Dbravo.stack.home=" + config.home()));
        for (Map.Entry<String, String> property : config.backendProperties().entrySet()) {
            // Values from the environment win, so an operator can point one service elsewhere.
            String envName = property.getKey().toUpperCase().replaceAll("[^A-Z0-9]", "_");
            if (System.getenv(envName) == null) {
                command.add("-D" + property.getKey() + "=" + property.getValue());
            }
        }
        command.add("-Dquarkus.http.host=" + StackConfig.HOST);
        command.add("-Dquarkus.management.host=" + StackConfig.HOST);
        command.add("-Dquarkus.management.port=" + config.managementPort());
        // The package refuses to start in production on the development passwords this stack uses: the quick-start
        // is not production, and says so with a profile of its own.
        if (System.getenv("QUARKUS_PROFILE") == null) {
            command.add("-Dquarkus.profile=local");
        }
        // The run command is for trying Bravo: an empty database gets the demo shops, people and posts.
        if (System.getenv("BRAVO_DEMO_ENABLED") == null) {
            command.add("-Dbravo.demo.enabled=true");
        }
        command.addAll(List.of("-jar", jar().toString()));
        spawn(command, Map.of(), repo);
    }
}

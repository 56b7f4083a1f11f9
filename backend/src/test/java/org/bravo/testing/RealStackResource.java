package org.bravo.testing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.bravo.infra.Stack;
import org.bravo.infra.StackConfig;

/**
 * Starts the real PostgreSQL, Elasticsearch, Keycloak and S3 store once for the whole test run (every
 * {@code @QuarkusTest} shares one application and so one start) on ports of their own, with fresh data.
 */
@QuarkusTestResource(RealStackResource.class)
public class RealStackResource implements QuarkusTestResourceLifecycleManager {
    private static volatile StackConfig config;
    private static volatile Stack stack;

    public static StackConfig config() {
        if (config == null) {
            throw new IllegalStateException("The test stack is not started");
        }
        return config;
    }

    /** The running servers, for tests that stop one to show what happens while it is away. */
    public static Stack stack() {
        if (stack == null) {
            throw new IllegalStateException("The test stack is not started");
        }
        return stack;
    }

    public static Path repo() {
        try {
            return Path.of(System.getProperty("bravo.repo", "..")).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> start() {
        Path repo = repo();
        StackConfig stackConfig = StackConfig.test(repo, repo.resolve(".bravo/test"), System.getenv());
        stack = new Stack(stackConfig, repo);
        // A run killed half-way leaves servers behind; they would hold the ports and the data folders.
        stack.stop();
        stack.wipeData();
        stack.startServers();
        config = stackConfig;
        Map<String, String> properties = new HashMap<>(stackConfig.backendProperties());
        properties.remove("quarkus.http.port");
        properties.put("quarkus.http.test-port", String.valueOf(stackConfig.httpPort()));
        return properties;
    }

    @Override
    public void stop() {
        if (stack != null) {
            stack.stop();
        }
    }
}

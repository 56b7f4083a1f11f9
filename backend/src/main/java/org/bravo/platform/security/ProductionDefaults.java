package org.bravo.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The development values a production backend must never run on. The local quick-start and the tests run on them,
 * so they stay in application.properties; in production each one is a known password or key, and an instance
 * started on it would be open to anyone who has read the source.
 */
public final class ProductionDefaults {
    /** Shorter keys can be guessed offline from one signed URL. */
    static final int MIN_SIGNING_KEY_LENGTH = 32;

    /** One thing to fix: the property at fault and the environment variable to set (with its value if fixed). */
    public record Problem(String property, String variable, String reason) {
        /** The log line: what is wrong and what to set. */
        public String message() {
            return property + " " + reason + ": set " + variable;
        }
    }

    private ProductionDefaults() {}

    /**
     * @param config a property's value, empty when it is unset or blank
     * @return every problem found, in a stable order; empty when the backend may start
     */
    public static List<Problem> problems(Function<String, Optional<String>> config) {
        List<Problem> problems = new ArrayList<>();
        Function<String, Optional<String>> value = name -> config.apply(name).filter(v -> !v.isBlank());

        rejectKnown(
                problems,
                value,
                "quarkus.datasource.password",
                "QUARKUS_DATASOURCE_PASSWORD",
                Map.of("bravo", "is the development password"),
                "is not set");
        rejectKnown(
                problems,
                value,
                "bravo.storage.access-key",
                "BRAVO_STORAGE_ACCESS_KEY",
                Map.of("bravo", "is the development access key"),
                "is not set");
        rejectKnown(
                problems,
                value,
                "bravo.storage.secret-key",
                "BRAVO_STORAGE_SECRET_KEY",
                Map.of("bravo-local-secret", "is the development secret", "bravo", "is the development password"),
                "is not set");

        // Without a key each start makes its own: URLs die at every restart and differ between backends.
        Optional<String> signingKey = value.apply("bravo.media.signing-key");
        if (signingKey.isEmpty()) {
            problems.add(new Problem(
                    "bravo.media.signing-key",
                    "BRAVO_MEDIA_SIGNING_KEY",
                    "is not set (a random key would change at every start and differ between backends)"));
        } else if (signingKey.get().length() < MIN_SIGNING_KEY_LENGTH) {
            problems.add(new Problem(
                    "bravo.media.signing-key",
                    "BRAVO_MEDIA_SIGNING_KEY",
                    "is shorter than " + MIN_SIGNING_KEY_LENGTH + " characters"));
        }

        // Elasticsearch 8 requires credentials unless its security was switched off; search holds a copy of every
        // post, so an open cluster is refused rather than trusted to a network boundary.
        if (value.apply("bravo.elasticsearch.username").isEmpty()) {
            problems.add(new Problem(
                    "bravo.elasticsearch.username",
                    "BRAVO_ELASTICSEARCH_USERNAME",
                    "is not set (a production Elasticsearch must require credentials)"));
        }
        if (value.apply("bravo.elasticsearch.password").isEmpty()) {
            problems.add(new Problem("bravo.elasticsearch.password", "BRAVO_ELASTICSEARCH_PASSWORD", "is not set"));
        }

        // The demo content comes with people who exist only in the demo realm, where everyone's password is known.
        if (value.apply("bravo.demo.enabled").map(Boolean::parseBoolean).orElse(false)) {
            problems.add(
                    new Problem("bravo.demo.enabled", "BRAVO_DEMO_ENABLED=false", "loads demo content and people"));
        }
        return problems;
    }

    private static void rejectKnown(
            List<Problem> problems,
            Function<String, Optional<String>> value,
            String property,
            String variable,
            Map<String, String> known,
            String whenMissing) {
        Optional<String> current = value.apply(property);
        if (current.isEmpty()) {
            problems.add(new Problem(property, variable, whenMissing));
        } else if (known.containsKey(current.get())) {
            problems.add(new Problem(property, variable, known.get(current.get())));
        }
    }
}

package org.bravo.media.internal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "bravo.storage")
public interface StorageConfig {
    /** S3 endpoint: MinIO in production, e.g. {@code https://files.internal:9000}. */
    String endpoint();

    /**
     * The store's address as browsers reach it, when it differs from {@link #endpoint()} (a proxy, a public name):
     * URLs signed for direct uploads must name the host the browser will call.
     */
    Optional<String> publicEndpoint();

    String accessKey();

    String secretKey();

    /** Bucket holding every photo and video; created at start when missing. */
    String bucket();

    @WithDefault("us-east-1")
    String region();

    /** Short, so an outage of the store degrades media features quickly instead of hanging requests. */
    @WithDefault("3s")
    Duration connectTimeout();
}

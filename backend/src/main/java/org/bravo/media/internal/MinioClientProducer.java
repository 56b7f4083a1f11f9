package org.bravo.media.internal;

import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import okhttp3.OkHttpClient;

/** The S3 client; the media module is its only user. */
@ApplicationScoped
public class MinioClientProducer {

    /** The connections to the store; a bean so that tests can see none is left in use. */
    @Produces
    @Singleton
    @Identifier("object-store")
    OkHttpClient http(StorageConfig config) {
        return new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(Duration.ofMinutes(5))
                .writeTimeout(Duration.ofMinutes(5))
                .build();
    }

    @Produces
    @Singleton
    MinioClient minio(StorageConfig config, @Identifier("object-store") OkHttpClient http) {
        return MinioClient.builder()
                .endpoint(config.endpoint())
                .credentials(config.accessKey(), config.secretKey())
                .region(config.region())
                .httpClient(http)
                .build();
    }

    /**
     * Signs URLs that browsers call directly (video parts). Signing is local (the region is given), so this client
     * never connects; it only needs the host browsers use.
     */
    @Produces
    @Singleton
    @Identifier("browser-facing")
    MinioClient browserFacing(StorageConfig config) {
        return MinioClient.builder()
                .endpoint(config.publicEndpoint().orElse(config.endpoint()))
                .credentials(config.accessKey(), config.secretKey())
                .region(config.region())
                .build();
    }

    /** The multipart calls (create, list parts, complete, abort) are public on the asynchronous client only. */
    @Produces
    @Singleton
    MinioAsyncClient minioAsync(StorageConfig config) {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(Duration.ofMinutes(1))
                .writeTimeout(Duration.ofMinutes(1))
                .build();
        return MinioAsyncClient.builder()
                .endpoint(config.endpoint())
                .credentials(config.accessKey(), config.secretKey())
                .region(config.region())
                .httpClient(http)
                .build();
    }
}

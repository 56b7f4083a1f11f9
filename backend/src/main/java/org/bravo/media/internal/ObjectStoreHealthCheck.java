package org.bravo.media.internal;

import io.minio.BucketExistsArgs;
import io.minio.MinioClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bravo.platform.health.ServerProbe;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Up when the store answers and Bravo's bucket exists: without it no photo or video can be stored or shown. */
@Readiness
@ApplicationScoped
public class ObjectStoreHealthCheck implements HealthCheck {
    @Inject
    MinioClient minio;

    @Inject
    StorageConfig config;

    @Override
    public HealthCheckResponse call() {
        return ServerProbe.check("object-store", response -> {
            boolean exists = minio.bucketExists(
                    BucketExistsArgs.builder().bucket(config.bucket()).build());
            response.status(exists).withData("bucket", config.bucket()).withData("bucketExists", exists);
        });
    }
}

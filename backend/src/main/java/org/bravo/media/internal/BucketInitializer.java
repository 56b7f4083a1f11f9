package org.bravo.media.internal;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Creates the bucket on a fresh store. A store that is down at start must not keep Bravo from serving text content:
 * the failure is logged and readiness reports the store as down until it is back.
 */
@ApplicationScoped
public class BucketInitializer {
    private static final Logger LOG = Logger.getLogger(BucketInitializer.class);

    @Inject
    MinioClient minio;

    @Inject
    StorageConfig config;

    void onStart(@Observes StartupEvent event) {
        try {
            if (!minio.bucketExists(
                    BucketExistsArgs.builder().bucket(config.bucket()).build())) {
                minio.makeBucket(
                        MakeBucketArgs.builder().bucket(config.bucket()).build());
                LOG.infof("Created bucket %s", config.bucket());
            }
        } catch (Exception e) {
            LOG.warnf(
                    "Object store %s unavailable at start (%s): media features are degraded until it returns",
                    config.endpoint(), e.getMessage());
        }
    }
}

package org.bravo.media.internal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "bravo.video")
public interface VideoUploadConfig {
    /** Largest video accepted, checked before any byte is sent (4 GB). */
    @WithDefault("4294967296")
    long maxBytes();

    /** Uploads one person may have in progress at once. */
    @WithDefault("3")
    int maxConcurrentUploads();

    /** Size of each part the browser sends: within S3's limits and small enough to retry cheaply on shop Wi-Fi. */
    @WithDefault("8388608")
    int partSize();

    /** Lifetime of a signed part URL: long enough for one part on a slow link, short enough to be useless later. */
    @WithDefault("15m")
    Duration partUrlLifetime();
}

package org.bravo.media.internal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "bravo.photo")
public interface PhotoConfig {
    /**
     * Lifetime of signed photo URLs. Feeds show photos, and a feed page stays open a while before its lazy images
     * load: an hour outlives a page's life comfortably (the web app refetches on focus and gets new URLs), and a
     * URL copied out of the app stops working soon after. Hiding or deleting the photo's content stops it at once.
     */
    @WithDefault("1h")
    Duration urlLifetime();

    /**
     * Photos shown by no post or entry (uploaded but never published, or dropped on edit) are deleted after this:
     * long enough to finish writing a post the next morning, short enough that a customer's photo does not linger.
     */
    @WithDefault("24h")
    Duration unattachedRetention();
}

package org.bravo.media.internal;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** What photos and videos share; each has its own keys too ({@code PhotoConfig}, {@code VideoUploadConfig}). */
@ConfigMapping(prefix = "bravo.media")
public interface MediaConfig {
    /**
     * Key that signs media URLs, the same on every backend ({@code BRAVO_MEDIA_SIGNING_KEY}, 32+ characters in
     * production). Unset, each start makes its own: links to photos and films stop working at every restart and
     * differ between backends.
     */
    Optional<String> signingKey();
}

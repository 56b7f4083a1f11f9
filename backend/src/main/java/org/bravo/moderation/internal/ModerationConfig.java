package org.bravo.moderation.internal;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "bravo.moderation")
public interface ModerationConfig {
    /**
     * Distinct people whose open reports hide content until a moderator reviews it. Its default (3) is written once,
     * in application.properties, next to the {@code BRAVO_AUTO_HIDE_REPORTS} variable that sets it.
     */
    int autoHideReports();
}

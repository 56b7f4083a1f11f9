package org.bravo.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Per-person allowances, written {@code <count>/<window>} ({@code 30/10m}: thirty at once, then one more every twenty
 * seconds; units s, m, h, d). The defaults are far above what a busy shop writes: they stop scripts and runaway
 * clients, not people. Each key can be set from the environment, e.g. {@code BRAVO_RATE_LIMIT_COMMENTS=60/10m}.
 */
@ConfigMapping(prefix = "bravo.rate-limit")
public interface RateLimitConfig {
    /** Off only for load tests that must measure the endpoints themselves. */
    @WithDefault("true")
    boolean enabled();

    /** Posts created or edited, and guestbook entries promoted to practices. */
    Allowance posts();

    /** Guestbook entries written or edited. */
    Allowance entries();

    /** Comments and replies written or edited. */
    Allowance comments();

    /** Reports sent to moderators. */
    Allowance reports();

    /** People named with {@code @username} in comments: each distinct name in a written or edited comment counts. */
    Allowance mentions();

    /** Photo uploads and video uploads started (the parts of a started video are not counted). */
    Allowance uploads();

    /** Searches and search suggestions (one per keystroke pause in the search box). */
    Allowance search();

    /** How often counters whose allowance is whole again are deleted (they answer as a missing row would). */
    @WithDefault("10m")
    Duration purgeEvery();
}

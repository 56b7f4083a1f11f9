package org.bravo.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "bravo.demo")
public interface DemoConfig {
    /**
     * Fills an empty database with the demo's shops, people and content at start. The run command turns it on
     * unless {@code BRAVO_DEMO_ENABLED} says otherwise; a production backend refuses to start with it.
     */
    @WithDefault("false")
    boolean enabled();
}

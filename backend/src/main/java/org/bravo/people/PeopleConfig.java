package org.bravo.people;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How people are placed in shops. */
@ConfigMapping(prefix = "bravo.people")
public interface PeopleConfig {
    /**
     * How a person changes shop, or moves to head office, once they have one: {@code approval} (a request an admin
     * approves or declines) or {@code direct} (applied at once). A person's first choice always applies at once.
     */
    @WithDefault("approval")
    ShopChangeMode shopChange();

    enum ShopChangeMode {
        APPROVAL,
        DIRECT
    }
}

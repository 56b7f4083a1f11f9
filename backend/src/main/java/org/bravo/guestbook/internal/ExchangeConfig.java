package org.bravo.guestbook.internal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The guestbook exchange's schedule. Its periods follow the company's calendar ({@code CalendarConfig}). */
@ConfigMapping(prefix = "bravo.exchange")
public interface ExchangeConfig {
    /**
     * How often backends check whether a new exchange period has begun (the first check runs at start-up): how late
     * a new round can be after its period starts. The scheduler reads the key by name, as an annotation must.
     */
    @WithDefault("10m")
    Duration checkEvery();

    Scheduler scheduler();

    interface Scheduler {
        /** Whether rounds start by themselves; off, only an admin starts one (tests do, at the dates they choose). */
        @WithDefault("true")
        boolean enabled();
    }
}

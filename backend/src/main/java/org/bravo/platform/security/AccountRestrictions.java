package org.bravo.platform.security;

import java.time.Instant;
import java.util.Optional;

/** Whether a person is kept from writing now; implemented by moderation, read by whoever shows the account. */
public interface AccountRestrictions {

    /** A suspension in force: {@code until} null means indefinitely. */
    record Suspension(Instant until, String reason) {}

    Optional<Suspension> suspension(String subject);
}

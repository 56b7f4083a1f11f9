package org.bravo.moderation;

import java.time.Instant;
import java.util.List;
import org.bravo.people.PersonSummary;

/** A person on the administration screen; {@code roles} as Keycloak gave them at their last sign-in. */
public record UserAdminView(String username, String displayName, String email, String shop, List<String> roles,
                            Instant lastSeenAt, SuspensionView suspension) {

    public record SuspensionView(Instant since, Instant until, String reason, PersonSummary by) {
    }
}

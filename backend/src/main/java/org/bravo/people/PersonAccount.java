package org.bravo.people;

import java.time.Instant;
import java.util.List;

/** A person as administrators see them: {@code roles} as Keycloak gave them at their last sign-in. */
public record PersonAccount(String subject, String username, String displayName, String email, String shop,
                            List<String> roles, Instant lastSeenAt) {
}

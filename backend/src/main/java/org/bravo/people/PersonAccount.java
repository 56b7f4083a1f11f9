package org.bravo.people;

import java.time.Instant;
import java.util.List;

/**
 * A person as administrators see them: {@code roles} as Keycloak gave them at their last sign-in;
 * {@code shopFromDirectory} when the company directory gives their shop (it is changed there, not in Bravo).
 */
public record PersonAccount(
        String subject,
        String username,
        String displayName,
        String email,
        String shop,
        boolean headOffice,
        boolean shopFromDirectory,
        List<String> roles,
        Instant lastSeenAt) {}

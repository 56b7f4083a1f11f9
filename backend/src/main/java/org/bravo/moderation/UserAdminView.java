package org.bravo.moderation;

import java.time.Instant;
import java.util.List;
import org.bravo.people.PersonSummary;

/**
 * A person on the administration screen: where they work ({@code shop}, or {@code headOffice}; {@code
 * shopFromDirectory} when the company directory gives the shop, so it is changed there), {@code roles} as Keycloak
 * gave them at their last sign-in.
 */
public record UserAdminView(
        String username,
        String displayName,
        String email,
        String shop,
        boolean headOffice,
        boolean shopFromDirectory,
        List<String> roles,
        Instant lastSeenAt,
        SuspensionView suspension) {

    public record SuspensionView(Instant since, Instant until, String reason, PersonSummary by) {}
}

package org.bravo.people;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bravo.platform.security.Viewer;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The person behind the current request, read from the Keycloak access token. Features ask it who is acting and with
 * which roles, instead of parsing tokens themselves.
 */
@RequestScoped
public class CurrentUser {
    public static final String EMPLOYEE = "employee";
    public static final String MODERATOR = "moderator";
    public static final String ADMIN = "admin";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** Keycloak's stable user id; usernames can be renamed, this cannot. */
    public String subject() {
        return token.getSubject();
    }

    public String username() {
        return claim("preferred_username").orElse(identity.getPrincipal().getName());
    }

    public String displayName() {
        return claim("name").filter(n -> !n.isBlank()).orElse(username());
    }

    public Optional<String> email() {
        return claim("email");
    }

    /** The shop from the token's {@code shop} claim, when Keycloak has one for this person. */
    public Optional<String> shopClaim() {
        return claim("shop").filter(s -> !s.isBlank());
    }

    /** Bravo's roles only; Keycloak's technical roles (offline_access, …) are not ours to show. */
    public Set<String> roles() {
        Set<String> roles = new TreeSet<>();
        for (String role : identity.getRoles()) {
            if (role.equals(EMPLOYEE) || role.equals(MODERATOR) || role.equals(ADMIN)) {
                roles.add(role);
            }
        }
        return roles;
    }

    public boolean canModerate() {
        return identity.hasRole(MODERATOR) || identity.hasRole(ADMIN);
    }

    public boolean isAdmin() {
        return identity.hasRole(ADMIN);
    }

    /** The caller as permission rules see them. */
    public Viewer viewer() {
        return new Viewer(subject(), identity.hasRole(MODERATOR), identity.hasRole(ADMIN));
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }
}

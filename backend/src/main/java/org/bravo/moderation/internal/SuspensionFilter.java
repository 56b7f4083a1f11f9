package org.bravo.moderation.internal;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bravo.platform.error.ErrorCode;
import org.bravo.platform.error.ProblemMappers;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Keeps suspended people from writing, on every endpoint at once: any POST, PUT, PATCH or DELETE from a suspended
 * person answers 403 {@code ACCOUNT_SUSPENDED} with the end date, before the endpoint runs. Reading stays open.
 */
public class SuspensionFilter {
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    SuspensionService suspensions;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @ServerRequestFilter
    public Optional<Response> refuseWritesWhileSuspended(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod()) || identity.isAnonymous() || token.getSubject() == null) {
            return Optional.empty();
        }
        String path = request.getUriInfo().getPath();
        // Marking notifications read changes nothing anyone else sees.
        if (path.startsWith("/api/v1/notifications")) {
            return Optional.empty();
        }
        return suspensions.current(token.getSubject()).map(s -> {
            Map<String, Object> members = new HashMap<>();
            members.put("suspendedUntil", s.until == null ? null : s.until.toString());
            members.put("reason", s.reason);
            return ProblemMappers.respond(
                    403,
                    ErrorCode.ACCOUNT_SUSPENDED,
                    "Forbidden",
                    "Your account is suspended " + (s.until == null ? "indefinitely" : "until " + s.until)
                            + ": you can read, not write. " + s.reason,
                    request.getUriInfo(),
                    List.of(),
                    members);
        });
    }
}

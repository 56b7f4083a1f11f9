package org.bravo.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.Optional;
import org.bravo.platform.error.ProblemMappers;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Counts calls of {@link RateLimited} endpoints against the caller's allowance and answers 429 before the endpoint
 * runs once it is spent. It runs after authentication, the employee role check and the suspension check, so that
 * requests refused for those reasons spend nothing.
 */
public class RateLimitFilter {
    @Inject
    RateLimiter limiter;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @ServerRequestFilter(priority = Priorities.USER + 100)
    public Optional<Response> limit(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        RateLimited limited = method == null ? null : method.getAnnotation(RateLimited.class);
        if (limited == null || identity.isAnonymous() || token.getSubject() == null) {
            return Optional.empty();
        }
        RateLimiter.Decision decision = limiter.take(token.getSubject(), limited.value(), 1);
        if (decision.admitted()) {
            return Optional.empty();
        }
        return Optional.of(
                tooMany(new RateLimitExceeded(limited.value(), decision.retryAfterSeconds()), request.getUriInfo()));
    }

    /** The same answer when an endpoint charges its allowance itself (mentions, counted from the text). */
    @ServerExceptionMapper
    public Response exceeded(RateLimitExceeded e, UriInfo uri) {
        return tooMany(e, uri);
    }

    private static Response tooMany(RateLimitExceeded e, UriInfo uri) {
        Response problem = ProblemMappers.respond(
                e.status(), e.code(), e.title(), e.getMessage(), uri, e.errors(), e.extensions());
        return Response.fromResponse(problem)
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .build();
    }
}

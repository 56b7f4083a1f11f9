package org.bravo.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bravo.platform.error.ErrorCode;
import org.bravo.platform.error.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Bravo is for the company's employees: a token Keycloak issued for the backend is not enough, it must carry the
 * {@code employee} realm role (which the realm gives every new user by default, and an admin removes to keep someone
 * out). Checked here, once for every endpoint, and answered 403 {@code EMPLOYEE_ROLE_REQUIRED}. Open without it:
 * {@code GET /api/v1/me}, so the web app can tell a signed-in person they have no access yet, and the endpoints open
 * to anyone ({@link PermitAll}: the client configuration, signed media URLs). Anonymous callers are left to each
 * endpoint's own annotation, which answers 401; endpoints reserved to moderators or admins check that role first
 * (Quarkus runs annotation checks before request filters) and answer 403 {@code FORBIDDEN}.
 */
public class EmployeeRoleFilter {
    /** The realm role; the people module names it too, but the platform depends on no feature. */
    public static final String EMPLOYEE = "employee";

    private static final String ME = "/api/v1/me";

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Optional<Response> requireEmployee(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null
                || method.isAnnotationPresent(PermitAll.class)
                || method.getDeclaringClass().isAnnotationPresent(PermitAll.class)
                || ("GET".equals(request.getMethod())
                        && ME.equals(request.getUriInfo().getPath()))) {
            return Optional.empty();
        }
        if (identity.isAnonymous() || identity.hasRole(EMPLOYEE)) {
            return Optional.empty();
        }
        return Optional.of(ProblemMappers.respond(
                403,
                ErrorCode.EMPLOYEE_ROLE_REQUIRED,
                "Forbidden",
                "Your account has no access to Bravo yet: ask an administrator for the employee role.",
                request.getUriInfo(),
                List.of(),
                Map.of()));
    }
}

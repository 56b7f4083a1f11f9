package org.bravo.moderation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.bravo.moderation.internal.SuspensionService;
import org.bravo.people.CurrentUser;
import org.bravo.people.People;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** People for admins: roles, shop, and suspensions. */
@Path("/api/v1/admin/users")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.ADMIN)
public class UserAdminResource {
    @Inject
    SuspensionService suspensions;

    @Inject
    CurrentUser user;

    @Inject
    People people;

    @GET
    @Operation(summary = "People by username, with roles, shop and suspension")
    public UsersPage list(@QueryParam("q") String q, @QueryParam("cursor") String cursor) {
        return suspensions.users(q, cursor);
    }

    @PUT
    @Path("/{username}/suspension")
    @Operation(summary = "Suspends a person until a date or indefinitely: they read but do not write")
    public UserAdminView suspend(@PathParam("username") String username, SuspensionRequest request) {
        people.current();
        return suspensions.suspend(username, request, user.subject());
    }

    @DELETE
    @Path("/{username}/suspension")
    @Operation(summary = "Lifts a suspension")
    public UserAdminView lift(@PathParam("username") String username) {
        people.current();
        return suspensions.lift(username, user.subject());
    }
}

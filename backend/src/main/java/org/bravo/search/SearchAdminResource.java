package org.bravo.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bravo.people.CurrentUser;
import org.bravo.search.internal.SearchReindexer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Rebuilding the search index from the database, for admins. */
@Path("/api/v1/admin/search/reindex")
@Tag(name = "Search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchAdminResource {
    @Inject
    SearchReindexer reindexer;

    @POST
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(summary = "Starts a reindex into a new index, swapped in when full (202); 409 if one is running")
    public Response start() {
        return Response.accepted(reindexer.startRequested()).build();
    }

    @GET
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(summary = "Progress of the current or last reindex")
    public ReindexStatus status() {
        return reindexer.status();
    }
}

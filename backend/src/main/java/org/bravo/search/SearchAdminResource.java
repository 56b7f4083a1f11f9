package org.bravo.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bravo.moderation.AuditLog;
import org.bravo.people.CurrentUser;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.search.internal.SearchReindexer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Rebuilding the search index from the database, for admins. */
@Path("/api/v1/admin/search/reindex")
@Tag(name = "Search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchAdminResource {
    private final SearchReindexer reindexer;

    private final AuditLog audit;

    @Inject
    public SearchAdminResource(SearchReindexer reindexer, AuditLog audit) {
        this.reindexer = reindexer;
        this.audit = audit;
    }

    @POST
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(summary = "Starts a reindex into a new index, swapped in when full (202); 409 if one is running")
    public Response start() {
        if (!reindexer.start()) {
            throw new ApiException(409, ErrorCode.REINDEX_RUNNING, "Conflict", "A reindex is already running.");
        }
        ReindexStatus status = reindexer.status();
        audit.adminAction("search.reindex", null, status);
        return Response.accepted(status).build();
    }

    @GET
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(summary = "Progress of the current or last reindex")
    public ReindexStatus status() {
        return reindexer.status();
    }
}

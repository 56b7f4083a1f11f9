package org.bravo.moderation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.bravo.moderation.internal.AuditService;
import org.bravo.people.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log, for admins: searchable and exportable, never editable. */
@Path("/api/v1/admin/audit")
@Tag(name = "Administration")
@RolesAllowed(CurrentUser.ADMIN)
public class AuditResource {
    @Inject
    AuditService audit;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Moderation and admin actions, newest first, filtered")
    public AuditPage page(@BeanParam AuditQuery query, @QueryParam("cursor") String cursor) {
        return audit.page(query.filter(), cursor);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(summary = "Every entry the filters match, as CSV")
    public Response export(@BeanParam AuditQuery query) {
        AuditService.Filter filter = query.filter();
        // Validate the filters before the first byte goes out: a bad date is a 422, not a broken download.
        audit.page(filter, null);
        StreamingOutput body = output -> {
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            audit.export(filter, writer);
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"bravo-audit.csv\"")
                .build();
    }
}

package org.bravo.moderation;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.bravo.moderation.internal.ReportService;
import org.bravo.people.CurrentUser;
import org.bravo.people.People;
import org.bravo.platform.security.RateLimit;
import org.bravo.platform.security.RateLimited;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reports: anyone signed in flags content for moderators. */
@Path("/api/v1/reports")
@Tag(name = "Moderation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {
    @Inject
    ReportService reports;

    @Inject
    People people;

    @Inject
    CurrentUser user;

    @POST
    @Authenticated
    @RateLimited(RateLimit.REPORTS)
    @Operation(summary = "Reports a post, comment, guestbook entry or video to moderators (one open report per item)")
    public Response report(CreateReportRequest request) {
        people.current();
        return Response.status(201)
                .entity(reports.report(request, user.viewer()))
                .build();
    }

    @GET
    @Path("/mine")
    @Authenticated
    @Operation(summary = "The caller's latest reports and whether a moderator reviewed them")
    public List<ReportView> mine() {
        return reports.mine(user.subject());
    }
}

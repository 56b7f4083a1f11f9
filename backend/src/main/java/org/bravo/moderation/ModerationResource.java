package org.bravo.moderation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.bravo.moderation.internal.ModerationService;
import org.bravo.people.CurrentUser;
import org.bravo.people.People;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The review queue and moderators' actions on any content. */
@Path("/api/v1/moderation")
@Tag(name = "Moderation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({CurrentUser.MODERATOR, CurrentUser.ADMIN})
public class ModerationResource {
    @Inject
    ModerationService moderation;

    @Inject
    CurrentUser user;

    @Inject
    People people;

    @GET
    @Path("/queue")
    @Operation(summary = "Content under review (open: oldest first) or reviewed (closed: latest first)")
    public ModerationQueuePage queue(
            @QueryParam("status") String status, @QueryParam("type") String type, @QueryParam("cursor") String cursor) {
        return moderation.queue(status, type, cursor);
    }

    @GET
    @Path("/items/{type}/{id}")
    @Operation(summary = "Any content as moderators see it: state, reports, author history, trail, actions")
    public ModerationItemView item(@PathParam("type") String type, @PathParam("id") String id) {
        return moderation.item(type, id);
    }

    @POST
    @Path("/items/{type}/{id}/actions")
    @Operation(summary = "Dismisses, hides, restores, deletes, locks or unlocks comments, or warns the author")
    public ModerationItemView act(
            @PathParam("type") String type, @PathParam("id") String id, ModerationActionRequest request) {
        // The actor's name must be known to show them in the trail and the audit log.
        people.current();
        return moderation.act(type, id, request, user.viewer());
    }
}

package org.bravo.post;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bravo.people.CurrentUser;
import org.bravo.post.internal.FeedService;
import org.bravo.post.internal.PostCuration;
import org.bravo.post.internal.PostViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Statuses of ideas and irritants, and pinned posts. */
@Path("/api/v1")
@Tag(name = "Posts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PostModerationResource {
    @Inject
    PostCuration curation;

    @Inject
    PostViews views;

    @Inject
    CurrentUser user;

    @Inject
    FeedService feeds;

    @PUT
    @Path("/posts/{id}/status")
    @RolesAllowed({CurrentUser.MODERATOR, CurrentUser.ADMIN})
    @Operation(summary = "Moves an idea or irritant on: new → under_review → adopted | declined (with a reason)")
    @Transactional
    public PostView changeStatus(@PathParam("id") long id, StatusChangeRequest request) {
        return views.view(curation.changeStatus(id, request, user.viewer()), user.viewer());
    }

    @GET
    @Path("/admin/pinned-posts")
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(summary = "Posts pinned now, newest pin first (admins)")
    public List<PostSummary> pinned() {
        return feeds.pinned(user.viewer());
    }

    @PUT
    @Path("/posts/{id}/pin")
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(summary = "Pins a post at the top of feeds for 1 to 7 days (admins)")
    @Transactional
    public PostView pin(@PathParam("id") long id, PinRequest request) {
        return views.view(curation.pin(id, request == null ? null : request.days(), user.viewer()), user.viewer());
    }

    @DELETE
    @Path("/posts/{id}/pin")
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(summary = "Unpins a post (admins)")
    @Transactional
    public PostView unpin(@PathParam("id") long id) {
        return views.view(curation.unpin(id, user.viewer()), user.viewer());
    }
}

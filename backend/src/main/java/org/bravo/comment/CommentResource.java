package org.bravo.comment;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.bravo.comment.internal.CommentService;
import org.bravo.comment.internal.Mentions;
import org.bravo.people.CurrentUser;
import org.bravo.platform.content.ContentPaths;
import org.bravo.platform.security.RateLimit;
import org.bravo.platform.security.RateLimited;
import org.bravo.platform.security.RateLimiter;
import org.bravo.platform.web.RequestBodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Comments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommentResource {
    @Inject
    CommentService comments;

    @Inject
    CurrentUser user;

    @Inject
    RateLimiter limits;

    @GET
    @Path("/{type: " + ContentPaths.COMMENT_TARGETS + "}/{id}/comments")
    @Authenticated
    @Operation(summary = "Comments of a post or a guestbook entry, replies after their parent")
    public List<CommentView> list(@PathParam("type") String type, @PathParam("id") long id) {
        return comments.list(ContentPaths.type(type), id, user.viewer());
    }

    @POST
    @Path("/{type: " + ContentPaths.COMMENT_TARGETS + "}/{id}/comments")
    @Authenticated
    @RateLimited(RateLimit.COMMENTS)
    @Operation(summary = "Comments a post or a guestbook entry, or replies to a comment; @username mentions a person")
    public Response create(@PathParam("type") String type, @PathParam("id") long id, CreateCommentRequest request) {
        CreateCommentRequest body = RequestBodies.orEmpty(request, CreateCommentRequest::empty);
        limits.charge(
                user.subject(), RateLimit.MENTIONS, Mentions.find(body.body()).size());
        return Response.status(201)
                .entity(comments.create(ContentPaths.type(type), id, body.body(), body.parentId(), user.viewer()))
                .build();
    }

    @PUT
    @Path("/comments/{id}")
    @Authenticated
    @RateLimited(RateLimit.COMMENTS)
    @Operation(summary = "Edits a comment (author, moderators, admins)")
    public CommentView update(@PathParam("id") long id, UpdateCommentRequest request) {
        String body = request == null ? null : request.body();
        limits.charge(user.subject(), RateLimit.MENTIONS, Mentions.find(body).size());
        return comments.update(id, body, request == null ? null : request.reason(), user.viewer());
    }

    @DELETE
    @Path("/comments/{id}")
    @Authenticated
    @Operation(
            summary = "Deletes a comment (author, moderators, admins). A moderator's or an admin's deletion of"
                    + " someone else's comment is audited and told to the author, with the optional reason")
    public Response delete(@PathParam("id") long id, @QueryParam("reason") String reason) {
        comments.delete(id, reason, user.viewer());
        return Response.noContent().build();
    }
}

package org.bravo.post;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import org.bravo.people.CurrentUser;
import org.bravo.people.People;
import org.bravo.people.PersonRef;
import org.bravo.platform.security.RateLimit;
import org.bravo.platform.security.RateLimited;
import org.bravo.platform.web.RequestBodies;
import org.bravo.post.internal.FeedService;
import org.bravo.post.internal.PostService;
import org.bravo.post.internal.PostViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Posts and their feeds. Resources under {@code /api/v1/posts/…} (this one, statuses and pins, comments, bravos) all
 * take the class path {@code /api/v1} and spell the rest on each method: JAX-RS first picks one class by its path,
 * so a class at {@code /api/v1/posts/{id}} would hide {@code /api/v1/posts/{id}/comments} declared elsewhere.
 */
@Path("/api/v1")
@Tag(name = "Posts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PostResource {
    @Inject
    PostService posts;

    @Inject
    FeedService feeds;

    @Inject
    PostViews views;

    @Inject
    People people;

    @Inject
    CurrentUser user;

    @GET
    @Path("/posts")
    @Authenticated
    @Operation(summary = "A feed page: latest or top posts, filtered by kind, tag, shop, author, or with a video")
    public FeedPage feed(
            @QueryParam("sort") String sort,
            @QueryParam("period") String period,
            @QueryParam("kind") String kind,
            @QueryParam("tag") String tag,
            @QueryParam("shop") String shop,
            @QueryParam("author") String author,
            @QueryParam("video") boolean withVideo,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("20") int limit) {
        return feeds.feed(sort, period, kind, tag, shop, author, withVideo, cursor, limit, user.viewer());
    }

    @GET
    @Path("/posts/drafts")
    @Authenticated
    @Operation(summary = "The caller's drafts")
    public List<PostSummary> drafts() {
        return feeds.drafts(user.viewer());
    }

    @POST
    @Path("/posts")
    @Authenticated
    @RateLimited(RateLimit.POSTS)
    @Operation(summary = "Shares a practice, an idea or an irritant (or saves a draft)")
    public Response create(CreatePostRequest request) {
        PersonRef me = people.current();
        CreatePostRequest body = RequestBodies.orEmpty(request, CreatePostRequest::empty);
        return Response.status(201)
                .entity(views.view(posts.create(body, me), user.viewer()))
                .build();
    }

    @GET
    @Path("/posts/{id}")
    @Authenticated
    @Operation(summary = "One post")
    public PostView get(@PathParam("id") long id) {
        return views.view(posts.requireVisible(id, user.viewer()), user.viewer());
    }

    @PUT
    @Path("/posts/{id}")
    @Authenticated
    @RateLimited(RateLimit.POSTS)
    @Operation(summary = "Edits a post (author, moderators, admins)")
    public PostView update(@PathParam("id") long id, UpdatePostRequest request) {
        PersonRef me = people.current();
        UpdatePostRequest body = RequestBodies.orEmpty(request, UpdatePostRequest::empty);
        return views.view(posts.update(id, body, user.viewer(), me), user.viewer());
    }

    @DELETE
    @Path("/posts/{id}")
    @Authenticated
    @Operation(
            summary =
                    "Deletes a post (author, moderators, admins); it can no longer be seen. A moderator's or an"
                            + " admin's deletion of someone else's post is audited and told to the author, with the optional reason")
    public Response delete(@PathParam("id") long id, @QueryParam("reason") String reason) {
        posts.delete(id, reason, user.viewer());
        return Response.noContent().build();
    }
}

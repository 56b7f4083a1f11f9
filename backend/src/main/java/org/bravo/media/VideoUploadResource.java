package org.bravo.media;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.bravo.media.internal.VideoUploadService;
import org.bravo.people.CurrentUser;
import org.bravo.people.People;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.platform.security.RateLimit;
import org.bravo.platform.security.RateLimited;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Resumable video uploads: the browser sends the parts straight to the object store with URLs signed here. */
@Path("/api/v1/videos/uploads")
@Tag(name = "Videos")
@Produces(MediaType.APPLICATION_JSON)
public class VideoUploadResource {
    @Inject
    VideoUploadService uploads;

    @Inject
    People people;

    @Inject
    CurrentUser user;

    @POST
    @Authenticated
    @RateLimited(RateLimit.UPLOADS)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Starts an upload: 413 over the size limit, 429 with too many uploads in progress")
    public Response start(VideoUploadRequests.Start request) {
        // The owner must exist as a person before the row that references them.
        String owner = people.current().subject();
        VideoUploadView view = uploads.start(request, owner);
        return Response.created(URI.create("/api/v1/videos/uploads/" + view.videoId()))
                .entity(view)
                .build();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "The upload and the parts already stored, to resume it")
    public VideoUploadView status(@PathParam("id") String id) {
        return uploads.status(uuid(id), user.subject());
    }

    @POST
    @Path("/{id}/parts/{partNumber}")
    @Authenticated
    @Operation(summary = "A short-lived signed URL to PUT one part to")
    public VideoUploadView.PartUrl signPart(@PathParam("id") String id, @PathParam("partNumber") int partNumber) {
        return uploads.signPart(uuid(id), partNumber, user.subject());
    }

    @POST
    @Path("/{id}/complete")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Checks the stored parts; the video then goes to processing, which assembles them")
    public VideoUploadView complete(@PathParam("id") String id, VideoUploadRequests.Complete request) {
        return uploads.complete(uuid(id), request, user.subject());
    }

    @DELETE
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Cancels an upload in progress and frees its parts")
    public Response abort(@PathParam("id") String id) {
        uploads.abort(uuid(id), user.subject());
        return Response.noContent().build();
    }

    private static UUID uuid(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(ErrorCode.VIDEO_NOT_FOUND, "No video upload " + raw + " here.");
        }
    }
}

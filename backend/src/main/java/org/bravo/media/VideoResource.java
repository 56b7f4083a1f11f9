package org.bravo.media;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.bravo.media.internal.VideoService;
import org.bravo.people.CurrentUser;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A video for its uploader: processing status and captions. Everyone else sees videos inside the posts and entries
 * that show them, with the same permission checks as those.
 */
@Path("/api/v1/videos")
@Tag(name = "Videos")
@Produces(MediaType.APPLICATION_JSON)
public class VideoResource {
    @Inject
    VideoService videos;

    @Inject
    CurrentUser user;

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One of my videos: status, processing progress, playback")
    public VideoView video(@PathParam("id") String id) {
        return videos.view(uuid(id), user.subject());
    }

    @GET
    @Path("/{id}/captions/{lang}")
    @Authenticated
    @Operation(summary = "A captions track of one of my videos, for editing")
    public CaptionTrackView captions(@PathParam("id") String id, @PathParam("lang") String lang) {
        return videos.captions(uuid(id), lang, user.subject());
    }

    @PUT
    @Path("/{id}/captions/{lang}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Saves captions (WebVTT) of one of my videos")
    public VideoView saveCaptions(@PathParam("id") String id, @PathParam("lang") String lang, CaptionRequest request) {
        return videos.saveCaptions(uuid(id), lang, request, user.subject());
    }

    @DELETE
    @Path("/{id}/captions/{lang}")
    @Authenticated
    @Operation(summary = "Removes a captions track of one of my videos")
    public Response deleteCaptions(@PathParam("id") String id, @PathParam("lang") String lang) {
        videos.deleteCaptions(uuid(id), lang, user.subject());
        return Response.noContent().build();
    }

    static UUID uuid(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(ErrorCode.VIDEO_NOT_FOUND, "No video " + raw + " here.");
        }
    }
}

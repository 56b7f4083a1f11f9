package org.bravo.media;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.bravo.media.internal.UrlSigner;
import org.bravo.media.internal.VideoService;
import org.bravo.media.internal.VideoViews;
import org.bravo.platform.error.ApiException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Caption files for {@code <track>}: browsers fetch them without a token, so the signed URL is the permission. */
@Path("/api/v1/media/videos")
@Tag(name = "Media")
public class VideoFileResource {
    private final VideoService videos;
    private final UrlSigner signer;

    @Inject
    public VideoFileResource(VideoService videos, UrlSigner signer) {
        this.videos = videos;
        this.signer = signer;
    }

    @GET
    @Path("/{id}/captions/{lang}")
    @PermitAll
    @Operation(summary = "A captions track as WebVTT (signed URL from a post or entry)")
    public Response captions(@PathParam("id") String id, @PathParam("lang") String lang,
                             @QueryParam("exp") String exp, @QueryParam("sig") String sig) {
        UUID uuid = VideoResource.uuid(id);
        // A wrong or expired signature answers 404, like missing captions, so ids cannot be probed.
        if (!signer.verify(VideoViews.captionPath(uuid, lang), exp, sig)) {
            throw ApiException.notFound("CAPTIONS_NOT_FOUND", "No captions here.");
        }
        String vtt = videos.captionText(uuid, lang);
        if (vtt == null) {
            throw ApiException.notFound("CAPTIONS_NOT_FOUND", "No captions here.");
        }
        return Response.ok(vtt, "text/vtt; charset=utf-8")
                .header("Cache-Control", "private, max-age=300")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}

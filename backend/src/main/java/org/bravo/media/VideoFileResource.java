package org.bravo.media;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.util.UUID;
import java.util.function.Function;
import org.bravo.media.internal.MediaVisibility;
import org.bravo.media.internal.UrlSigner;
import org.bravo.media.internal.UrlSigner.Audience;
import org.bravo.media.internal.Video;
import org.bravo.media.internal.VideoObjects;
import org.bravo.media.internal.VideoRepository;
import org.bravo.media.internal.VideoSearchSource;
import org.bravo.media.internal.VideoService;
import org.bravo.media.internal.VideoUploadConfig;
import org.bravo.media.internal.VideoViews;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * A video's film, poster and caption files, for {@code <video>}, {@code <img>} and {@code <track>}: browsers fetch
 * them without a token, so the signed URL is the permission, and only while the video and the page showing it are
 * visible to colleagues (unless the URL was made for its uploader or a moderator). Anything else answers 404, like a
 * missing file, so ids cannot be probed.
 */
@Path("/api/v1/media/videos")
@Tag(name = "Media")
public class VideoFileResource {
    private static final Logger LOG = Logger.getLogger(VideoFileResource.class);

    @Inject
    VideoService videos;

    @Inject
    VideoRepository repository;

    @Inject
    VideoObjects objects;

    @Inject
    VideoUploadConfig config;

    @Inject
    MediaVisibility visibility;

    @Inject
    UrlSigner signer;

    @GET
    @Path("/{id}/playback")
    @PermitAll
    @Operation(summary = "A ready video's film: redirects to a short-lived URL on the store, which answers ranges")
    public Response playback(@PathParam("id") String id, @BeanParam SignedUrl url) {
        return redirect(ready(id, VideoViews::playbackPath, url).playbackKey, ErrorCode.VIDEO_NOT_FOUND);
    }

    /**
     * Sent by the backend itself, unlike the film: a poster is small, and often the largest thing on the first screen
     * (a film at the top of the feed). A redirect would cost the phone one more round trip, then a connection to the
     * store, before the first byte of it. Kept privately a few minutes, like photos.
     */
    @GET
    @Path("/{id}/poster")
    @PermitAll
    @Operation(summary = "A ready video's poster image (JPEG)")
    public Response poster(@PathParam("id") String id, @BeanParam SignedUrl url) {
        Video video = ready(id, VideoViews::posterPath, url);
        StreamingOutput poster;
        try {
            poster = objects.open(video.posterKey);
        } catch (Exception e) {
            LOG.warnf("Reading %s from the object store failed: %s", video.posterKey, e.getMessage());
            throw ApiException.unavailable(
                    ErrorCode.STORAGE_UNAVAILABLE, "Films are unavailable for a moment. Try again shortly.");
        }
        return PhotoResource.servedPrivately(poster, "image/jpeg");
    }

    @GET
    @Path("/{id}/captions/{lang}")
    @PermitAll
    @Operation(summary = "A captions track as WebVTT (signed URL from a post or entry)")
    public Response captions(@PathParam("id") String id, @PathParam("lang") String lang, @BeanParam SignedUrl url) {
        UUID uuid = VideoResource.uuid(id);
        servable(uuid, VideoViews.captionPath(uuid, lang), url, ErrorCode.CAPTIONS_NOT_FOUND);
        String vtt = videos.captionText(uuid, lang);
        if (vtt == null) {
            throw ApiException.notFound(ErrorCode.CAPTIONS_NOT_FOUND, "No captions here.");
        }
        return PhotoResource.servedPrivately(vtt, "text/vtt; charset=utf-8");
    }

    /** A ready video whose film or poster may be sent: its signed address and its visibility hold. */
    private Video ready(String id, Function<UUID, String> signedPath, SignedUrl url) {
        UUID uuid = VideoResource.uuid(id);
        Video video = servable(uuid, signedPath.apply(uuid), url, ErrorCode.VIDEO_NOT_FOUND);
        requireReady(video, ErrorCode.VIDEO_NOT_FOUND);
        return video;
    }

    /** The video, when the signature holds, it is not deleted, and whoever the URL was made for may still see it. */
    private Video servable(UUID id, String path, SignedUrl url, ErrorCode code) {
        Audience audience = url.verify(signer, path).orElseThrow(() -> notFound(code));
        Video video = repository.findById(id);
        if (video == null || Video.DELETED.equals(video.status) || Video.ABORTED.equals(video.status)) {
            throw notFound(code);
        }
        if (audience == Audience.COLLEAGUES && !visibility.toColleagues(VideoSearchSource.TYPE, id.toString())) {
            throw notFound(code);
        }
        return video;
    }

    private static void requireReady(Video video, ErrorCode code) {
        if (!Video.READY.equals(video.status)) {
            throw notFound(code);
        }
    }

    /**
     * The store serves the bytes (players seek with range requests), through a URL signed just now. The redirect
     * itself is never cached, so each load of the film asks here again whether it may still be shown.
     */
    private Response redirect(String key, ErrorCode code) {
        String url;
        try {
            url = objects.signedGet(key, (int) config.playbackUrlLifetime().toSeconds());
        } catch (Exception e) {
            // Signing is local; this only fails on a misconfigured store.
            LOG.warnf("Cannot sign %s: %s", key, e.getMessage());
            throw notFound(code);
        }
        return Response.temporaryRedirect(URI.create(url))
                .header("Cache-Control", "no-store")
                .build();
    }

    private static ApiException notFound(ErrorCode code) {
        return ApiException.notFound(code, "Nothing here.");
    }
}

package org.bravo.media;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.bravo.media.internal.Photo;
import org.bravo.media.internal.PhotoLifecycle;
import org.bravo.media.internal.PhotoService;
import org.bravo.media.internal.UrlSigner;
import org.bravo.media.internal.UrlSigner.Audience;
import org.bravo.people.People;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.platform.error.FieldCode;
import org.bravo.platform.error.FieldErrors;
import org.bravo.platform.security.RateLimit;
import org.bravo.platform.security.RateLimited;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1/media/photos")
@Tag(name = "Media")
public class PhotoResource {
    /** How long a browser may reuse a photo without asking again: what a hide or a deletion may lag behind. */
    static final int MAX_AGE_SECONDS = 300;

    @Inject
    PhotoService photos;

    @Inject
    People people;

    @Inject
    UrlSigner signer;

    @Inject
    PhotoLifecycle lifecycle;

    @POST
    @Authenticated
    @RateLimited(RateLimit.UPLOADS)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Uploads a photo: checked by content, re-encoded without metadata, thumbnail made")
    public Response upload(@RestForm("file") FileUpload file) throws IOException {
        String owner = people.current().subject();
        if (file == null) {
            new FieldErrors()
                    .add("file", FieldCode.REQUIRED, "Choose a photo to upload.")
                    .throwIfAny();
        }
        if (file.size() > PhotoService.MAX_UPLOAD_BYTES) {
            throw new ApiException(413, ErrorCode.PAYLOAD_TOO_LARGE, "Too large", "Photos are limited to 15 MB.");
        }
        byte[] bytes = Files.readAllBytes(file.uploadedFile());
        return Response.status(201)
                .type(MediaType.APPLICATION_JSON)
                .entity(photos.upload(bytes, owner))
                .build();
    }

    /**
     * Public but signed: image tags send no token, so the URL from a post view is the permission, and only while the
     * content showing the photo is visible to colleagues (unless the URL was made for its author or a moderator).
     */
    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "A photo (signed URL from a post or entry; 404 once its content is hidden or deleted)")
    public Response photo(@PathParam("id") String id, @BeanParam SignedUrl url) {
        Photo photo = servable(id, "", url);
        return stream(photo, photo.objectKey);
    }

    @GET
    @Path("/{id}/thumbnail")
    @PermitAll
    @Operation(summary = "A photo's thumbnail (signed URL from a post or entry; 404 once its content is hidden)")
    public Response thumbnail(@PathParam("id") String id, @BeanParam SignedUrl url) {
        Photo photo = servable(id, "/thumbnail", url);
        return stream(photo, photo.thumbnailKey);
    }

    /**
     * A wrong or expired signature, a deleted photo, or content no longer visible to colleagues all answer the same
     * 404, like an unknown photo, so ids cannot be probed.
     */
    private Photo servable(String id, String suffix, SignedUrl url) {
        UUID uuid = parse(id);
        Audience audience =
                url.verify(signer, "/api/v1/media/photos/" + id + suffix).orElseThrow(() -> notFound(id));
        Photo photo = photos.require(uuid);
        if (audience == Audience.COLLEAGUES
                && lifecycle.visibleToColleagues(List.of(uuid)).isEmpty()) {
            throw notFound(id);
        }
        return photo;
    }

    private Response stream(Photo photo, String key) {
        return servedPrivately(photos.bytes(key), photo.contentType);
    }

    /**
     * A media file for the browser that asked, kept a few minutes only and privately: a hide or a deletion must not be
     * outlived by caches.
     */
    static Response servedPrivately(Object body, String type) {
        return Response.ok(body, type)
                .header("Cache-Control", "private, max-age=" + MAX_AGE_SECONDS)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound(ErrorCode.PHOTO_NOT_FOUND, "No photo " + id);
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound(id);
        }
    }
}

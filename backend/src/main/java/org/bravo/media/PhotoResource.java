package org.bravo.media;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.util.UUID;
import org.bravo.media.internal.Photo;
import org.bravo.media.internal.PhotoService;
import org.bravo.media.internal.UrlSigner;
import org.bravo.people.People;
import org.bravo.platform.error.ApiException;
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
    private final PhotoService photos;
    private final People people;
    private final UrlSigner signer;

    @Inject
    public PhotoResource(PhotoService photos, People people, UrlSigner signer) {
        this.photos = photos;
        this.people = people;
        this.signer = signer;
    }

    @POST
    @Authenticated
    @RateLimited(RateLimit.UPLOADS)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Uploads a photo: checked by content, re-encoded without metadata, thumbnail made")
    public Response upload(@RestForm("file") FileUpload file) throws IOException {
        String owner = people.current().subject();
        if (file == null) {
            new FieldErrors().add("file", FieldErrors.REQUIRED, "Choose a photo to upload.").throwIfAny();
        }
        if (file.size() > PhotoService.MAX_UPLOAD_BYTES) {
            throw new ApiException(413, "PAYLOAD_TOO_LARGE", "Too large", "Photos are limited to 15 MB.");
        }
        byte[] bytes = Files.readAllBytes(file.uploadedFile());
        return Response.status(201).type(MediaType.APPLICATION_JSON).entity(photos.upload(bytes, owner)).build();
    }

    /** Public but signed: image tags send no token, so the URL from a post view is the permission. */
    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "A photo (signed URL from a post)")
    public Response photo(@PathParam("id") String id, @QueryParam("exp") String exp, @QueryParam("sig") String sig) {
        Photo photo = photos.require(verified(id, "", exp, sig));
        return stream(photo, photo.objectKey);
    }

    @GET
    @Path("/{id}/thumbnail")
    @PermitAll
    @Operation(summary = "A photo's thumbnail (signed URL from a post)")
    public Response thumbnail(@PathParam("id") String id, @QueryParam("exp") String exp,
                              @QueryParam("sig") String sig) {
        Photo photo = photos.require(verified(id, "/thumbnail", exp, sig));
        return stream(photo, photo.thumbnailKey);
    }

    /** A wrong or expired signature answers 404, like an unknown photo, so ids cannot be probed. */
    private UUID verified(String id, String suffix, String exp, String sig) {
        UUID uuid = parse(id);
        if (!signer.verify("/api/v1/media/photos/" + id + suffix, exp, sig)) {
            throw ApiException.notFound("PHOTO_NOT_FOUND", "No photo " + id);
        }
        return uuid;
    }

    private Response stream(Photo photo, String key) {
        // Ids are random and their bytes never change: the browser may keep them, privately.
        return Response.ok(photos.bytes(key), photo.contentType)
                .header("Cache-Control", "private, max-age=604800, immutable")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("PHOTO_NOT_FOUND", "No photo " + id);
        }
    }
}

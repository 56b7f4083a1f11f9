package org.bravo.media;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bravo.media.internal.MediaCleanup;
import org.bravo.people.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Runs the media clean-up now instead of waiting for its hourly pass, and reports what it did. */
@Path("/api/v1/admin/media/cleanup")
@Tag(name = "Media")
@Produces(MediaType.APPLICATION_JSON)
public class MediaAdminResource {
    @Inject
    MediaCleanup cleanup;

    @POST
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(summary = "Aborts abandoned uploads, deletes unattached videos and orphaned objects; reports counts")
    public ReconciliationReport run() {
        return cleanup.runRequested();
    }
}

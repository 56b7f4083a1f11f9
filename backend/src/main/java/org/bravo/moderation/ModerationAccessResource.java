package org.bravo.moderation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bravo.people.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Entry point of the moderation area: only moderators and admins get past the role check. */
@Path("/api/v1/moderation/access")
@Tag(name = "Moderation")
@Produces(MediaType.APPLICATION_JSON)
public class ModerationAccessResource {
    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({CurrentUser.MODERATOR, CurrentUser.ADMIN})
    @Operation(summary = "Checks that the caller may moderate")
    public ModerationAccessView access() {
        return new ModerationAccessView(user.canModerate(), List.copyOf(user.roles()));
    }
}

package org.bravo.vote;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bravo.people.CurrentUser;
import org.bravo.platform.content.ContentPaths;
import org.bravo.vote.internal.BravoService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bravos on posts, comments and guestbook entries; new content types add their plural to {@link ContentPaths}. */
@Path("/api/v1")
@Tag(name = "Bravos")
@Produces(MediaType.APPLICATION_JSON)
public class BravoResource {
    @Inject
    BravoService bravos;

    @Inject
    CurrentUser user;

    @PUT
    @Path("/{type: " + ContentPaths.BRAVO_TARGETS + "}/{id}/bravo")
    @Authenticated
    @Operation(summary = "Gives a bravo (once per person; not to one's own content)")
    public BravoStatus give(@PathParam("type") String type, @PathParam("id") long id) {
        return bravos.give(singular(type), id, user.viewer());
    }

    @DELETE
    @Path("/{type: " + ContentPaths.BRAVO_TARGETS + "}/{id}/bravo")
    @Authenticated
    @Operation(summary = "Takes a bravo back")
    public BravoStatus takeBack(@PathParam("type") String type, @PathParam("id") long id) {
        return bravos.takeBack(singular(type), id, user.viewer());
    }

    @GET
    @Path("/{type: " + ContentPaths.BRAVO_TARGETS + "}/{id}/bravos")
    @Authenticated
    @Operation(summary = "Who gave a bravo, most recent first")
    public List<BravoGiver> givers(@PathParam("type") String type, @PathParam("id") long id) {
        return bravos.givers(singular(type), id, user.viewer());
    }

    private static String singular(String plural) {
        return ContentPaths.type(plural);
    }
}

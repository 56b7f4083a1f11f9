package org.bravo.profile;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bravo.people.CurrentUser;
import org.bravo.profile.internal.ProfileService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Profiles and shop membership: composes people, shops and what they contributed. */
@Path("/api/v1")
@Tag(name = "People")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProfileResource {
    @Inject
    ProfileService profiles;

    @GET
    @Path("/people/{username}")
    @Authenticated
    @Operation(summary = "A person's profile")
    public ProfileView profile(@PathParam("username") String username) {
        return profiles.profile(username);
    }

    @PUT
    @Path("/people/{username}/shop")
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(
            summary = "Places a person in a shop, `{shop}`, or at head office, `{headOffice: true}` (admins); "
                    + "settles their pending shop change request")
    public ProfileView moveToShop(@PathParam("username") String username, ShopChoiceRequest request) {
        return profiles.moveToShop(username, request);
    }
}

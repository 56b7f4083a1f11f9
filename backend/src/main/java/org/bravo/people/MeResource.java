package org.bravo.people;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bravo.platform.security.AccountRestrictions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "People")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    @Inject
    CurrentUser user;

    @Inject
    People people;

    @Inject
    AccountRestrictions restrictions;

    @Inject
    ShopChanges shopChanges;

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "The signed-in person: name, roles, shop or head office, and a pending shop change")
    public MeView me() {
        PersonRef me = people.current();
        return MeView.of(user, me, shopChanges.pending(me.subject()), restrictions);
    }
}

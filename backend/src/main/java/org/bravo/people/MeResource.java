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
    private final CurrentUser user;
    private final People people;
    private final AccountRestrictions restrictions;
    private final ShopChanges shopChanges;

    @Inject
    public MeResource(CurrentUser user, People people, AccountRestrictions restrictions, ShopChanges shopChanges) {
        this.restrictions = restrictions;
        this.shopChanges = shopChanges;
        this.user = user;
        this.people = people;
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "The signed-in person: name, roles, shop or head office, and a pending shop change")
    public MeView me() {
        PersonRef me = people.current();
        return MeView.of(user, me, shopChanges.pending(me.subject()), restrictions);
    }
}

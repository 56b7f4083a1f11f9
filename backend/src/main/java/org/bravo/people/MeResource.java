package org.bravo.people;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bravo.people.internal.PeopleService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Tag(name = "People")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    private final CurrentUser user;
    private final PeopleService people;

    @Inject
    public MeResource(CurrentUser user, PeopleService people) {
        this.user = user;
        this.people = people;
    }

    @GET
    @Authenticated
    @Operation(summary = "The signed-in person: name, roles and shop")
    public MeView me() {
        String shop = people.recordVisit(user.subject(), user.username(), user.displayName(),
                user.email().orElse(null), user.shopClaim().orElse(null));
        return new MeView(user.username(), user.displayName(), user.email().orElse(null),
                List.copyOf(user.roles()), shop);
    }
}

package org.bravo.people;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "People")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {
    @Inject
    People people;

    @GET
    @Path("/people")
    @Authenticated
    @Operation(summary = "Finds people by the start of their username or name (for @mentions)")
    public List<PersonSummary> search(
            @QueryParam("q") String query, @QueryParam("limit") @DefaultValue("8") int limit) {
        return people.search(query, Math.max(1, Math.min(limit, 20)));
    }
}

package org.bravo.post;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bravo.post.internal.FeedService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tags")
@Tag(name = "Posts")
@Produces(MediaType.APPLICATION_JSON)
public class TagResource {
    @Inject
    FeedService feeds;

    @GET
    @Authenticated
    @Operation(summary = "Tags starting with q, most used first (autocomplete)")
    public List<TagCount> tags(@QueryParam("q") String query, @QueryParam("limit") @DefaultValue("10") int limit) {
        return feeds.tags(query, Math.max(1, Math.min(limit, 50)));
    }
}

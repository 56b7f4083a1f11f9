package org.bravo.search;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bravo.platform.security.RateLimit;
import org.bravo.platform.security.RateLimited;
import org.bravo.search.internal.SearchService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One search over everything indexed. Only published, live content is in the index, so whatever a signed-in person
 * finds here they may open.
 */
@Path("/api/v1/search")
@Tag(name = "Search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    @Inject
    SearchService search;

    @GET
    @Authenticated
    @RateLimited(RateLimit.SEARCH)
    @Operation(summary = "Typo- and accent-tolerant search with filters, facet counts, highlights and a cursor")
    public SearchPage search(
            @QueryParam("q") String q,
            @QueryParam("type") String type,
            @QueryParam("kind") String kind,
            @QueryParam("shop") String shop,
            @QueryParam("tag") String tag,
            @QueryParam("author") String author,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("sort") String sort,
            @QueryParam("after") String after,
            @QueryParam("size") Integer size) {
        return search.search(new SearchService.Request(q, type, kind, shop, tag, author, from, to, sort, after, size));
    }

    @GET
    @Path("/suggest")
    @Authenticated
    @RateLimited(RateLimit.SEARCH)
    @Operation(summary = "Suggestions as one types: titles, tags, shops and people")
    public List<Suggestion> suggest(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("5") int limit) {
        return search.suggest(q, Math.max(1, Math.min(limit, 10)));
    }
}

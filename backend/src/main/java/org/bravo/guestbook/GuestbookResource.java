package org.bravo.guestbook;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.bravo.guestbook.internal.Entry;
import org.bravo.guestbook.internal.EntryService;
import org.bravo.guestbook.internal.EntryViews;
import org.bravo.guestbook.internal.GuestbookService;
import org.bravo.people.CurrentUser;
import org.bravo.people.People;
import org.bravo.people.PersonRef;
import org.bravo.platform.security.RateLimit;
import org.bravo.platform.security.RateLimited;
import org.bravo.platform.web.RequestBodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Shop guestbooks and their entries. Like posts, the class takes {@code /api/v1} and each method spells its path, so
 * that comments and bravos on {@code /api/v1/entries/{id}/…} (declared in their own features) stay reachable.
 */
@Path("/api/v1")
@Tag(name = "Guestbooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GuestbookResource {
    @Inject
    GuestbookService guestbooks;

    @Inject
    EntryService entries;

    @Inject
    EntryViews views;

    @Inject
    People people;

    @Inject
    CurrentUser user;

    @GET
    @Path("/guestbooks")
    @Authenticated
    @Operation(summary = "Every open shop's guestbook: size, latest entry, last activity; liveliest first")
    public List<GuestbookSummary> directory() {
        return guestbooks.directory();
    }

    @GET
    @Path("/guestbooks/{shop}/entries")
    @Authenticated
    @Operation(summary = "A page of a shop's guestbook, newest day first, filtered by kind and month (yyyy-MM)")
    public EntryPage page(
            @PathParam("shop") String shop,
            @QueryParam("kind") String kind,
            @QueryParam("month") String month,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("20") int limit) {
        PersonRef me = people.current();
        return guestbooks.page(shop, kind, month, cursor, limit, user.viewer(), me.shop());
    }

    @POST
    @Path("/guestbooks/{shop}/entries")
    @Authenticated
    @RateLimited(RateLimit.ENTRIES)
    @Operation(summary = "Writes an entry in the guestbook of one's own shop (admins: any shop)")
    public Response create(@PathParam("shop") String shop, CreateEntryRequest request) {
        PersonRef me = people.current();
        CreateEntryRequest body = RequestBodies.orEmpty(request, CreateEntryRequest::empty);
        Entry entry = entries.create(shop, body, user.viewer(), me);
        return Response.created(URI.create("/api/v1/entries/" + entry.id))
                .entity(view(entry, me))
                .build();
    }

    @GET
    @Path("/entries/{id}")
    @Authenticated
    @Operation(summary = "One guestbook entry")
    public EntryView get(@PathParam("id") long id) {
        return view(entries.requireVisible(id, user.viewer()), people.current());
    }

    @PUT
    @Path("/entries/{id}")
    @Authenticated
    @RateLimited(RateLimit.ENTRIES)
    @Operation(summary = "Edits an entry (its author)")
    public EntryView update(@PathParam("id") long id, UpdateEntryRequest request) {
        PersonRef me = people.current();
        UpdateEntryRequest body = RequestBodies.orEmpty(request, UpdateEntryRequest::empty);
        return view(entries.update(id, body, user.viewer(), me), me);
    }

    @DELETE
    @Path("/entries/{id}")
    @Authenticated
    @Operation(
            summary = "Deletes an entry (its author, moderators, admins). A moderator's or an admin's deletion of"
                    + " someone else's entry is audited and told to the author, with the optional reason")
    public Response delete(@PathParam("id") long id, @QueryParam("reason") String reason) {
        entries.delete(id, reason, user.viewer());
        return Response.noContent().build();
    }

    @PUT
    @Path("/entries/{id}/hidden")
    @Authenticated
    @Operation(summary = "Hides an entry from everyone but its author and moderators (moderators, admins)")
    public EntryView hide(@PathParam("id") long id, HideEntryRequest request) {
        return view(entries.hide(id, request == null ? null : request.reason(), user.viewer()), people.current());
    }

    @DELETE
    @Path("/entries/{id}/hidden")
    @Authenticated
    @Operation(summary = "Shows a hidden entry again (moderators, admins)")
    public EntryView restore(@PathParam("id") long id) {
        return view(entries.restore(id, user.viewer()), people.current());
    }

    @POST
    @Path("/entries/{id}/promotion")
    @Authenticated
    @RateLimited(RateLimit.POSTS)
    @Operation(summary = "Turns an entry into a practice crediting its shop (members of that shop, admins)")
    public Response promote(@PathParam("id") long id, PromoteEntryRequest request) {
        PersonRef me = people.current();
        long postId =
                entries.promote(id, RequestBodies.orEmpty(request, PromoteEntryRequest::empty), user.viewer(), me);
        return Response.created(URI.create("/api/v1/posts/" + postId))
                .entity(new PromotionView(postId))
                .build();
    }

    /** An entry as the caller sees it: what they may do with it depends on who they are and on their shop. */
    private EntryView view(Entry entry, PersonRef me) {
        return views.view(entry, user.viewer(), me.shop());
    }
}

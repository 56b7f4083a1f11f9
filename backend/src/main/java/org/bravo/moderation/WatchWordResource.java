package org.bravo.moderation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.bravo.moderation.internal.WatchWordService;
import org.bravo.people.CurrentUser;
import org.bravo.people.People;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Watch words: admins list the words that block, hold or flag what people publish. */
@Path("/api/v1/admin/watch-words")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.ADMIN)
public class WatchWordResource {
    @Inject
    WatchWordService words;

    @Inject
    CurrentUser user;

    @Inject
    People people;

    @GET
    @Operation(summary = "Every watch word, by phrase")
    public List<WatchWordView> list() {
        return words.list();
    }

    @POST
    @Operation(summary = "Adds a watch word (block, hold or flag)")
    public Response create(WatchWordRequest request) {
        return Response.status(201).entity(words.create(request, actor())).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Changes a watch word's phrase or action")
    public WatchWordView update(@PathParam("id") long id, WatchWordRequest request) {
        return words.update(id, request, actor());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Removes a watch word")
    public Response delete(@PathParam("id") long id) {
        words.delete(id, actor());
        return Response.noContent().build();
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(summary = "The list as CSV (phrase,action)")
    public Response export() {
        return Response.ok(words.export(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"bravo-watch-words.csv\"")
                .build();
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Adds or updates watch words from CSV (phrase,action); any bad line imports nothing")
    public WatchWordImportResult importCsv(String csv) {
        return words.importCsv(csv, actor());
    }

    /** The admin, recorded as a person so the audit log can name them. */
    private String actor() {
        return people.current().subject();
    }
}

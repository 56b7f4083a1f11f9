package org.bravo.post;

import io.quarkus.security.Authenticated;
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
import org.bravo.people.CurrentUser;
import org.bravo.post.internal.CategoryService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/categories")
@Tag(name = "Posts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CategoryResource {
    @Inject
    CategoryService categories;

    @GET
    @Authenticated
    @Operation(summary = "Categories, in display order")
    public List<CategoryView> list() {
        return categories.list();
    }

    @POST
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(summary = "Adds a category (admins)")
    public Response create(CategoryRequest request) {
        CategoryView created = categories.create(request);
        return Response.status(201).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(summary = "Renames or moves a category (admins)")
    public CategoryView update(@PathParam("id") long id, CategoryRequest request) {
        return categories.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(summary = "Removes a category; its posts keep existing without one (admins)")
    public Response delete(@PathParam("id") long id) {
        categories.delete(id);
        return Response.noContent().build();
    }
}

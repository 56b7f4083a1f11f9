package org.bravo.shop;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.bravo.people.CurrentUser;
import org.bravo.people.People;
import org.bravo.people.PersonSummary;
import org.bravo.platform.web.RequestBodies;
import org.bravo.shop.internal.ShopService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/shops")
@Tag(name = "Shops")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShopResource {
    @Inject
    ShopService shops;

    @Inject
    People people;

    @Inject
    CurrentUser user;

    @GET
    @Authenticated
    @Operation(summary = "The shop directory")
    public List<ShopView> list(@QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive) {
        // Closed shops stay in the data (their posts remain) but only admins list them.
        return shops.list(includeInactive && user.isAdmin());
    }

    @GET
    @Path("/{code}")
    @Authenticated
    @Operation(summary = "One shop")
    public ShopView get(@PathParam("code") String code) {
        return shops.get(code);
    }

    @GET
    @Path("/{code}/people")
    @Authenticated
    @Operation(summary = "The people of a shop")
    public List<PersonSummary> people(@PathParam("code") String code) {
        shops.get(code);
        return people.ofShop(code);
    }

    @POST
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(summary = "Opens a shop (admins)")
    public Response create(CreateShopRequest request) {
        ShopView created = shops.create(RequestBodies.orEmpty(request, CreateShopRequest::empty));
        return Response.status(201).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(summary = "Renames, moves, closes or reopens a shop (admins)")
    public ShopView update(@PathParam("code") String code, UpdateShopRequest request) {
        return shops.update(code, RequestBodies.orEmpty(request, UpdateShopRequest::empty));
    }
}

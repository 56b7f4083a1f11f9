package org.bravo.profile;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bravo.people.CurrentUser;
import org.bravo.people.MeView;
import org.bravo.people.People;
import org.bravo.people.PersonRef;
import org.bravo.people.ShopChanges;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.platform.security.AccountRestrictions;
import org.bravo.profile.internal.ProfileService;
import org.bravo.profile.internal.ShopRequestViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where the caller works: their first choice, and later their requests to work elsewhere. Rooted at /api/v1 like the
 * other /me resources: JAX-RS picks one class by its root path first, so a class rooted at /api/v1/me would hide
 * GET /me.
 */
@Path("/api/v1")
@Tag(name = "People")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyShopResource {
    @Inject
    People people;

    @Inject
    ShopChanges changes;

    @Inject
    ShopRequestViews views;

    @Inject
    CurrentUser user;

    @Inject
    AccountRestrictions restrictions;

    @Inject
    ProfileService profiles;

    @PUT
    @Path("/me/shop")
    @Authenticated
    @Operation(
            summary =
                    "Says where the caller works, a shop or head office: a first choice applies at once, a "
                            + "later change is a request an admin decides (unless changes apply directly); `shopRequest` shows it")
    public MeView chooseShop(ShopChoiceRequest request) {
        PersonRef me = profiles.chooseShop(request);
        return MeView.of(user, me, changes.pending(me.subject()), restrictions);
    }

    @GET
    @Path("/me/shop-request")
    @Authenticated
    @Operation(summary = "The caller's pending shop change request; 204 when there is none")
    public Response pendingRequest() {
        PersonRef me = people.current();
        return changes.pending(me.subject())
                .map(views::view)
                .map(v -> Response.ok(v).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @DELETE
    @Path("/me/shop-request")
    @Authenticated
    @Operation(summary = "Withdraws the caller's pending shop change request")
    public Response cancelRequest() {
        PersonRef me = people.current();
        if (!changes.withdraw(me.subject())) {
            throw ApiException.notFound(ErrorCode.SHOP_REQUEST_NOT_FOUND, "You have no pending shop change request.");
        }
        return Response.noContent().build();
    }
}

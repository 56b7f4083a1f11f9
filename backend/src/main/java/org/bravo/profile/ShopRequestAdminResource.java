package org.bravo.profile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bravo.people.CurrentUser;
import org.bravo.people.People;
import org.bravo.people.ShopChange;
import org.bravo.people.ShopChanges;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.platform.error.FieldErrors;
import org.bravo.platform.paging.Cursor;
import org.bravo.profile.internal.ShopRequestOutcomes;
import org.bravo.profile.internal.ShopRequestViews;
import org.bravo.shop.Shops;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Requests to work elsewhere, for admins to approve or decline. */
@Path("/api/v1/admin/shop-requests")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.ADMIN)
public class ShopRequestAdminResource {
    static final int PAGE = 50;
    static final int MAX_REASON = 500;
    private static final String CURSOR = "shop-requests";

    @Inject
    ShopChanges changes;

    @Inject
    ShopRequestViews views;

    @Inject
    People people;

    @Inject
    Shops shops;

    @Inject
    ShopRequestOutcomes outcomes;

    @GET
    @Operation(summary = "Pending shop change requests, oldest first")
    public ShopRequestsPage pending(@QueryParam("cursor") String cursor) {
        long after = cursor == null || cursor.isBlank()
                ? 0
                : Cursor.decode(cursor, CURSOR, 1).longValue(0);
        List<ShopChange> page = changes.pending(after, PAGE + 1);
        String next = null;
        if (page.size() > PAGE) {
            page = page.subList(0, PAGE);
            next = new Cursor(CURSOR, List.of(String.valueOf(page.get(PAGE - 1).id()))).encode();
        }
        return new ShopRequestsPage(views.views(page), next);
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Moves the person where they asked, and tells them")
    @Transactional
    public ShopRequestView approve(@PathParam("id") long id) {
        String actor = people.current().subject();
        ShopChange request = changes.find(id).orElseThrow(() -> notFound(id));
        if (ShopChange.PENDING.equals(request.status())
                && request.toShop() != null
                && !shops.isOpen(request.toShop())) {
            throw new ApiException(
                    409,
                    ErrorCode.SHOP_NOT_OPEN,
                    "Conflict",
                    "The shop asked for has closed since; decline the request instead.");
        }
        return outcomes.announce(changes.approve(id, actor), false);
    }

    @POST
    @Path("/{id}/decline")
    @Operation(summary = "Keeps the person where they are, and tells them why when a reason is given")
    @Transactional
    public ShopRequestView decline(@PathParam("id") long id, ShopRequestDecision decision) {
        String actor = people.current().subject();
        String reason = decision == null
                        || decision.reason() == null
                        || decision.reason().isBlank()
                ? null
                : decision.reason().strip();
        new FieldErrors().maxLength("reason", reason, MAX_REASON).throwIfAny();
        changes.find(id).orElseThrow(() -> notFound(id));
        return outcomes.announce(changes.decline(id, actor, reason), false);
    }

    private static ApiException notFound(long id) {
        return ApiException.notFound(ErrorCode.SHOP_REQUEST_NOT_FOUND, "No shop change request " + id + ".");
    }
}

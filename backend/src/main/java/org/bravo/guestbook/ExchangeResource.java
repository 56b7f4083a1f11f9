package org.bravo.guestbook;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bravo.guestbook.internal.ExchangeService;
import org.bravo.people.CurrentUser;
import org.bravo.people.People;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The guestbook exchange: this period's pairing for one's shop, the rounds, and their settings for admins. */
@Path("/api/v1/exchange")
@Tag(name = "Guestbook exchange")
@Produces(MediaType.APPLICATION_JSON)
public class ExchangeResource {
    @Inject
    ExchangeService exchange;

    @Inject
    People people;

    @Inject
    CurrentUser user;

    @GET
    @Path("/mine")
    @Authenticated
    @Operation(summary = "Whose guestbook the caller's shop reads this period, and whether it engaged yet")
    public MyExchangeView mine() {
        return exchange.mine(people.current());
    }

    @GET
    @Path("/rounds/current")
    @Authenticated
    @Operation(summary = "This period's pairings and which reading shops engaged")
    public ExchangeRoundView current() {
        return exchange.current()
                .orElseThrow(() -> ApiException.notFound(
                        ErrorCode.EXCHANGE_NO_ROUND, "The guestbook exchange has not started yet."));
    }

    @GET
    @Path("/rounds")
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(summary = "Past rounds, newest first (admins)")
    public RoundsPage rounds(@QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("10") int limit) {
        return exchange.rounds(cursor, limit);
    }

    @POST
    @Path("/rounds")
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(summary = "Starts a new round now (admins)")
    public Response runNow() {
        return Response.status(201).entity(exchange.runNow(user.viewer())).build();
    }

    @GET
    @Path("/preview")
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(summary = "The pairings the next round would make (admins)")
    public ExchangeRoundView preview() {
        return exchange.preview();
    }

    @GET
    @Path("/settings")
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(summary = "The rotation period (admins)")
    public ExchangeSettingsView settings() {
        return exchange.settings();
    }

    @PUT
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(summary = "Changes the rotation period: weekly, fortnightly, monthly or quarterly (admins)")
    public ExchangeSettingsView updateSettings(ExchangeSettingsRequest request) {
        return exchange.updateSettings(request == null ? null : request.period(), user.viewer());
    }
}

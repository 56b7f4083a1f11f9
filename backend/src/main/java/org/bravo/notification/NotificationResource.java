package org.bravo.notification;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.bravo.notification.internal.NotificationService;
import org.bravo.people.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/notifications")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {
    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser user;

    @GET
    @Authenticated
    @Operation(summary = "The caller's latest notifications")
    public List<NotificationView> latest() {
        return notifications.latest(user.subject(), 50);
    }

    @PUT
    @Path("/{id}/read")
    @Authenticated
    @Operation(summary = "Marks a notification as read")
    public Response markRead(@PathParam("id") long id) {
        notifications.markRead(id, user.subject());
        return Response.noContent().build();
    }
}

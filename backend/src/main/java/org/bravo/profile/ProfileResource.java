package org.bravo.profile;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.bravo.comment.Comments;
import org.bravo.moderation.AuditLog;
import org.bravo.moderation.AuditRecord;
import org.bravo.people.CurrentUser;
import org.bravo.people.People;
import org.bravo.people.PersonRef;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.FieldErrors;
import org.bravo.post.Posts;
import org.bravo.shop.ShopRef;
import org.bravo.shop.Shops;
import org.bravo.vote.Bravos;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Profiles and shop membership: composes people, shops and what they contributed. */
@Path("/api/v1")
@Tag(name = "People")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProfileResource {
    private final People people;
    private final Shops shops;
    private final Posts posts;
    private final Comments comments;
    private final Bravos bravos;
    private final AuditLog audit;

    @Inject
    public ProfileResource(People people, Shops shops, Posts posts, Comments comments, Bravos bravos,
                           AuditLog audit) {
        this.audit = audit;
        this.people = people;
        this.shops = shops;
        this.posts = posts;
        this.comments = comments;
        this.bravos = bravos;
    }

    @GET
    @Path("/people/{username}")
    @Authenticated
    @Operation(summary = "A person's profile")
    public ProfileView profile(@PathParam("username") String username) {
        PersonRef person = people.byUsername(username).orElseThrow(
                () -> ApiException.notFound("PERSON_NOT_FOUND", "Nobody called " + username + " here."));
        return view(person);
    }

    @PUT
    @Path("/people/{username}/shop")
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(summary = "Moves a person to another shop (admins)")
    @Transactional
    public ProfileView moveToShop(@PathParam("username") String username, ShopChoiceRequest request) {
        PersonRef person = people.byUsername(username).orElseThrow(
                () -> ApiException.notFound("PERSON_NOT_FOUND", "Nobody called " + username + " here."));
        String shop = requireOpenShop(request);
        ProfileView moved = view(people.assignShop(person.subject(), shop));
        audit.record(new AuditRecord(people.current().subject(), "person.move_shop", null, null,
                null, person.subject(), null, person.shop() == null ? null : Map.of("shop", person.shop()),
                Map.of("shop", shop)));
        return moved;
    }

    private String requireOpenShop(ShopChoiceRequest request) {
        String shop = request == null ? null : request.shop();
        FieldErrors errors = new FieldErrors().required("shop", shop);
        if (errors.isEmpty() && !shops.isOpen(shop)) {
            errors.add("shop", FieldErrors.UNKNOWN, "No open shop with this code.");
        }
        errors.throwIfAny();
        return shop;
    }

    private ProfileView view(PersonRef person) {
        ShopRef shop = person.shop() == null ? null
                : shops.find(person.shop()).orElse(new ShopRef(person.shop(), person.shop()));
        return new ProfileView(person.username(), person.displayName(), shop, person.headOffice(),
                posts.countPublishedBy(person.subject()), bravos.receivedBy(person.subject()),
                comments.countBy(person.subject()), people.memberSince(person.subject()).orElse(null));
    }
}

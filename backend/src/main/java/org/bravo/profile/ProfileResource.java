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
import org.bravo.comment.Comments;
import org.bravo.moderation.AuditLog;
import org.bravo.moderation.AuditRecord;
import org.bravo.people.CurrentUser;
import org.bravo.people.People;
import org.bravo.people.PersonRef;
import org.bravo.people.ShopChanges;
import org.bravo.people.ShopMove;
import org.bravo.platform.error.ApiException;
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
    private final ShopChanges changes;
    private final ShopRequestViews views;
    private final ShopRequestOutcomes outcomes;

    @Inject
    public ProfileResource(People people, Shops shops, Posts posts, Comments comments, Bravos bravos,
                           AuditLog audit, ShopChanges changes, ShopRequestViews views, ShopRequestOutcomes outcomes) {
        this.audit = audit;
        this.changes = changes;
        this.views = views;
        this.outcomes = outcomes;
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
    @Operation(summary = "Places a person in a shop, `{shop}`, or at head office, `{headOffice: true}` (admins); "
            + "settles their pending shop change request")
    @Transactional
    public ProfileView moveToShop(@PathParam("username") String username, ShopChoiceRequest request) {
        String actor = people.current().subject();
        PersonRef person = people.byUsername(username).orElseThrow(
                () -> ApiException.notFound("PERSON_NOT_FOUND", "Nobody called " + username + " here."));
        ShopMove move = changes.move(person.subject(), views.requireTarget(request), actor);
        if (move.moved()) {
            audit.record(new AuditRecord(actor, "person.move_shop", null, null, null, person.subject(), null,
                    ShopRequestViews.placement(move.before().shop(), move.before().headOffice()),
                    ShopRequestViews.placement(move.after().shop(), move.after().headOffice())));
        }
        if (move.settled() != null) {
            outcomes.announce(move.settled(), true);
        }
        return view(move.after());
    }

    private ProfileView view(PersonRef person) {
        ShopRef shop = person.shop() == null ? null
                : shops.find(person.shop()).orElse(new ShopRef(person.shop(), person.shop()));
        return new ProfileView(person.username(), person.displayName(), shop, person.headOffice(),
                posts.countPublishedBy(person.subject()), bravos.receivedBy(person.subject()),
                comments.countBy(person.subject()), people.memberSince(person.subject()).orElse(null));
    }
}

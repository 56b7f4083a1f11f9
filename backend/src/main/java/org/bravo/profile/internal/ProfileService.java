package org.bravo.profile.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.bravo.comment.Comments;
import org.bravo.moderation.AuditLog;
import org.bravo.moderation.AuditRecord;
import org.bravo.people.People;
import org.bravo.people.PeopleConfig;
import org.bravo.people.PersonRef;
import org.bravo.people.ShopChangePolicy;
import org.bravo.people.ShopChanges;
import org.bravo.people.ShopMove;
import org.bravo.people.ShopTarget;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.post.Posts;
import org.bravo.profile.ProfileView;
import org.bravo.profile.ShopChoiceRequest;
import org.bravo.shop.ShopRef;
import org.bravo.shop.Shops;
import org.bravo.vote.Bravos;

/**
 * A person's profile, composed from people, shops and what they contributed; and where people work, as they say or
 * an admin decides.
 */
@ApplicationScoped
public class ProfileService {
    @Inject
    People people;

    @Inject
    Shops shops;

    @Inject
    Posts posts;

    @Inject
    Comments comments;

    @Inject
    Bravos bravos;

    @Inject
    AuditLog audit;

    @Inject
    ShopChanges changes;

    @Inject
    ShopRequestViews views;

    @Inject
    ShopRequestOutcomes outcomes;

    @Inject
    PeopleConfig config;

    public ProfileView profile(String username) {
        return view(require(username));
    }

    /** Places a person (by an admin, checked by the caller), settling their pending request; audited if they moved. */
    @Transactional
    public ProfileView moveToShop(String username, ShopChoiceRequest request) {
        String actor = people.current().subject();
        PersonRef person = require(username);
        ShopMove move = changes.move(person.subject(), views.requireTarget(request), actor);
        if (move.moved()) {
            audit.record(AuditRecord.by(actor, "person.move_shop")
                    .person(person.subject())
                    .change(
                            ShopRequestViews.placement(
                                    move.before().shop(), move.before().headOffice()),
                            ShopRequestViews.placement(
                                    move.after().shop(), move.after().headOffice())));
        }
        if (move.settled() != null) {
            outcomes.announce(move.settled(), true);
        }
        return view(move.after());
    }

    /**
     * The caller says where they work: a first choice applies at once, a later change is a request an admin decides
     * (unless changes apply directly). Returns the caller as they now are.
     */
    @Transactional
    public PersonRef chooseShop(ShopChoiceRequest request) {
        PersonRef me = people.current();
        ShopTarget target = views.requireTarget(request);
        switch (ShopChangePolicy.decide(me, target, config.shopChange())) {
            case UNCHANGED -> changes.withdraw(me.subject());
            case APPLY -> {
                PersonRef before = me;
                me = changes.place(me.subject(), target);
                if (before.shop() != null || before.headOffice()) {
                    // A change without approval still leaves a trace: it moves where the person's posts come from.
                    audit.record(AuditRecord.by(me.subject(), "person.change_shop")
                            .person(me.subject())
                            .change(
                                    ShopRequestViews.placement(before.shop(), before.headOffice()),
                                    ShopRequestViews.placement(target.shop(), target.headOffice())));
                }
            }
            case REQUEST -> changes.request(me.subject(), target);
        }
        return me;
    }

    private PersonRef require(String username) {
        return people.byUsername(username)
                .orElseThrow(() ->
                        ApiException.notFound(ErrorCode.PERSON_NOT_FOUND, "Nobody called " + username + " here."));
    }

    private ProfileView view(PersonRef person) {
        ShopRef shop = person.shop() == null
                ? null
                : shops.find(person.shop()).orElse(new ShopRef(person.shop(), person.shop()));
        return new ProfileView(
                person.username(),
                person.displayName(),
                shop,
                person.headOffice(),
                posts.countPublishedBy(person.subject()),
                bravos.receivedBy(person.subject()),
                comments.countBy(person.subject()),
                people.memberSince(person.subject()).orElse(null));
    }
}

package org.bravo.profile.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Map;
import org.bravo.moderation.AuditLog;
import org.bravo.moderation.AuditRecord;
import org.bravo.people.ShopChange;
import org.bravo.profile.ShopRequestDecided;
import org.bravo.profile.ShopRequestView;

/**
 * What follows a decided shop change request, however an admin decided it (approving, declining, or placing the
 * person directly): one audit line, and the person told. Called inside the deciding transaction.
 */
@ApplicationScoped
public class ShopRequestOutcomes {
    @Inject
    ShopRequestViews views;

    @Inject
    AuditLog audit;

    @Inject
    Event<ShopRequestDecided> decided;

    /** Records and announces {@code change}, just approved or declined; {@code setDirectly} when by a direct move. */
    public ShopRequestView announce(ShopChange change, boolean setDirectly) {
        boolean approved = ShopChange.APPROVED.equals(change.status());
        if (approved) {
            record(
                    "person.approve_shop_request",
                    change,
                    ShopRequestViews.placement(change.toShop(), change.toHeadOffice()));
        } else {
            // The person stays where they were: the log keeps what they had asked for.
            record(
                    "person.decline_shop_request",
                    change,
                    change.toHeadOffice() ? Map.of("askedHeadOffice", true) : Map.of("askedShop", change.toShop()));
        }
        ShopRequestView view = views.view(change);
        decided.fire(new ShopRequestDecided(
                change.id(),
                change.personSubject(),
                change.decidedBy(),
                approved,
                change.toShop(),
                view.toShop() == null ? null : view.toShop().name(),
                change.toHeadOffice(),
                change.reason(),
                setDirectly));
        return view;
    }

    private void record(String action, ShopChange change, Map<String, Object> after) {
        audit.record(AuditRecord.by(change.decidedBy(), action)
                .person(change.personSubject())
                .reason(change.reason())
                .change(ShopRequestViews.placement(change.fromShop(), change.fromHeadOffice()), after));
    }
}

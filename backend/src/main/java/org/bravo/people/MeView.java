package org.bravo.people;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bravo.platform.security.AccountRestrictions;

/**
 * The signed-in person as the web app shows them.
 *
 * @param shop        code of the person's shop, or {@code null} at head office or until they or an admin pick one
 * @param headOffice  the person works at head office, for every shop
 * @param needsShop   true when the app should ask the person where they work: never for head office, admins and
 *                    moderators, who work for every shop
 * @param shopRequest the person's request to work elsewhere, while an admin has not decided it
 * @param suspension  set while an admin keeps the person from writing
 */
public record MeView(
        String username,
        String displayName,
        String email,
        List<String> roles,
        String shop,
        boolean headOffice,
        boolean needsShop,
        PendingShopChange shopRequest,
        AccountRestrictions.Suspension suspension) {

    /** A pending request: where the person asked to work ({@code toShop} null for head office), and since when. */
    public record PendingShopChange(long id, String toShop, boolean toHeadOffice, Instant createdAt) {
        static PendingShopChange of(ShopChange change) {
            return new PendingShopChange(change.id(), change.toShop(), change.toHeadOffice(), change.createdAt());
        }
    }

    /** The caller as the token names them, with the shop Bravo knows for them. */
    public static MeView of(
            CurrentUser user, PersonRef me, Optional<ShopChange> pending, AccountRestrictions restrictions) {
        boolean worksEverywhere = me.headOffice() || user.canModerate();
        return new MeView(
                user.username(),
                user.displayName(),
                user.email().orElse(null),
                List.copyOf(user.roles()),
                me.shop(),
                me.headOffice(),
                me.shop() == null && !worksEverywhere,
                pending.map(PendingShopChange::of).orElse(null),
                restrictions.suspension(me.subject()).orElse(null));
    }
}

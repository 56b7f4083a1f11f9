package org.bravo.people;

import java.util.List;
import org.bravo.platform.security.AccountRestrictions;

/**
 * The signed-in person as the web app shows them.
 *
 * @param shop      code of the person's shop, or {@code null} until they or an admin pick one
 * @param needsShop true when the app should ask the person to pick their shop
 * @param suspension set while an admin keeps the person from writing
 */
public record MeView(String username, String displayName, String email, List<String> roles, String shop,
                     boolean needsShop, AccountRestrictions.Suspension suspension) {

    /** The caller as the token names them, with the shop Bravo knows for them. */
    public static MeView of(CurrentUser user, PersonRef me,
                            AccountRestrictions restrictions) {
        return new MeView(user.username(), user.displayName(), user.email().orElse(null), List.copyOf(user.roles()),
                me.shop(), me.shop() == null, restrictions.suspension(me.subject()).orElse(null));
    }
}

package org.bravo.people;

import org.bravo.people.PeopleConfig.ShopChangeMode;

/**
 * What saying "I work there" does. A person's first choice applies at once: nobody waits for an admin to start using
 * Bravo. Later changes move their posts' future attribution and their guestbook, so by default an admin approves them.
 */
public final class ShopChangePolicy {
    /** What becomes of a choice. */
    public enum Outcome {
        /** Already there: nothing to change (a pending request for elsewhere is withdrawn). */
        UNCHANGED,
        /** Placed at once. */
        APPLY,
        /** A request for an admin. */
        REQUEST
    }

    private ShopChangePolicy() {}

    public static Outcome decide(PersonRef person, ShopTarget target, ShopChangeMode mode) {
        if (target.isWhere(person)) {
            return Outcome.UNCHANGED;
        }
        if (person.shop() == null && !person.headOffice()) {
            return Outcome.APPLY;
        }
        return mode == ShopChangeMode.DIRECT ? Outcome.APPLY : Outcome.REQUEST;
    }
}

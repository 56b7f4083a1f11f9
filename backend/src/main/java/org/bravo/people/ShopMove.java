package org.bravo.people;

import java.util.Objects;

/**
 * An admin placed a person directly: where they were, where they are now, and the request they had pending then,
 * settled by the move (null when they had none).
 */
public record ShopMove(PersonRef before, PersonRef after, ShopChange settled) {
    /** Whether the person now works somewhere else than before. */
    public boolean moved() {
        return before.headOffice() != after.headOffice() || !Objects.equals(before.shop(), after.shop());
    }
}

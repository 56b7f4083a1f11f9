package org.bravo.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.bravo.people.PeopleConfig.ShopChangeMode;
import org.bravo.people.ShopChangePolicy.Outcome;
import org.junit.jupiter.api.Test;

class ShopChangePolicyTest {
    private static final PersonRef NOWHERE = new PersonRef("s", "zoe", "Zoé", null, false);
    private static final PersonRef IN_LYON = new PersonRef("s", "zoe", "Zoé", "lyon", false);
    private static final PersonRef AT_HEAD_OFFICE = new PersonRef("s", "zoe", "Zoé", null, true);

    @Test
    void aFirstChoiceAppliesAtOnceWhateverTheMode() {
        for (ShopChangeMode mode : ShopChangeMode.values()) {
            assertThat(ShopChangePolicy.decide(NOWHERE, ShopTarget.shop("lyon"), mode))
                    .isEqualTo(Outcome.APPLY);
            assertThat(ShopChangePolicy.decide(NOWHERE, ShopTarget.headOfficeTarget(), mode))
                    .isEqualTo(Outcome.APPLY);
        }
    }

    @Test
    void aLaterChangeIsARequestUnderApproval() {
        assertThat(ShopChangePolicy.decide(IN_LYON, ShopTarget.shop("paris"), ShopChangeMode.APPROVAL))
                .isEqualTo(Outcome.REQUEST);
        assertThat(ShopChangePolicy.decide(IN_LYON, ShopTarget.headOfficeTarget(), ShopChangeMode.APPROVAL))
                .isEqualTo(Outcome.REQUEST);
        assertThat(ShopChangePolicy.decide(AT_HEAD_OFFICE, ShopTarget.shop("paris"), ShopChangeMode.APPROVAL))
                .isEqualTo(Outcome.REQUEST);
    }

    @Test
    void aLaterChangeAppliesAtOnceInDirectMode() {
        assertThat(ShopChangePolicy.decide(IN_LYON, ShopTarget.shop("paris"), ShopChangeMode.DIRECT))
                .isEqualTo(Outcome.APPLY);
        assertThat(ShopChangePolicy.decide(AT_HEAD_OFFICE, ShopTarget.shop("paris"), ShopChangeMode.DIRECT))
                .isEqualTo(Outcome.APPLY);
    }

    @Test
    void choosingWhereOneWorksChangesNothing() {
        assertThat(ShopChangePolicy.decide(IN_LYON, ShopTarget.shop("lyon"), ShopChangeMode.APPROVAL))
                .isEqualTo(Outcome.UNCHANGED);
        assertThat(ShopChangePolicy.decide(AT_HEAD_OFFICE, ShopTarget.headOfficeTarget(), ShopChangeMode.DIRECT))
                .isEqualTo(Outcome.UNCHANGED);
    }
}

package org.bravo.platform.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HiddenStateTest {

    @Test
    void theVisibleConditionNeverForgetsHiddenContent() {
        assertThat(HiddenState.visible("p", true))
                .isEqualTo("p.deletedAt is null and p.draft = false and p.moderation.hiddenAt is null");
        assertThat(HiddenState.visible("", false)).isEqualTo("deletedAt is null and moderation.hiddenAt is null");
        assertThat(HiddenState.visibleRow("p", true))
                .isEqualTo("p.deleted_at is null and not p.draft and p.hidden_at is null");
        assertThat(HiddenState.visibleRow("", false)).isEqualTo("deleted_at is null and hidden_at is null");
    }
}

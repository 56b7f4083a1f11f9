package org.bravo.moderation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.bravo.platform.content.Hiding;
import org.bravo.platform.content.ModeratedContent;
import org.bravo.platform.content.ModeratedItem;
import org.bravo.platform.content.ModerationState;
import org.bravo.platform.security.Viewer;
import org.junit.jupiter.api.Test;

/** Which actions the review queue offers, by state: the same rules for every kind of content. */
class AvailableActionsTest {

    private static ModeratedContent content(boolean takesComments) {
        return new ModeratedContent() {
            @Override
            public String type() {
                return takesComments ? "post" : "comment";
            }

            @Override
            public Optional<ModeratedItem> find(String id) {
                return Optional.empty();
            }

            @Override
            public long countBy(String authorSubject) {
                return 0;
            }

            @Override
            public boolean visibleTo(String id, Viewer viewer) {
                return true;
            }

            @Override
            public void hide(String id, Hiding hiding) {}

            @Override
            public void restore(String id) {}

            @Override
            public void delete(String id, Viewer moderator) {}

            @Override
            public boolean takesComments() {
                return takesComments;
            }
        };
    }

    private static ModeratedItem item(ModerationState state, Boolean locked) {
        return new ModeratedItem(
                "post", "1", "author", "Titre", "Texte", "post", "1", null, Instant.EPOCH, state, null, locked);
    }

    @Test
    void visiblePageWithoutReports() {
        assertThat(ModerationService.available(content(true), item(ModerationState.VISIBLE, false), null))
                .containsExactly("hide", "delete", "lock_comments", "warn");
    }

    @Test
    void heldContentWithAnOpenCaseCanBeDismissedHiddenOrRestored() {
        assertThat(ModerationService.available(
                        content(true), item(ModerationState.PENDING_REVIEW, true), new ModerationCase()))
                .containsExactly("dismiss", "hide", "restore", "delete", "unlock_comments", "warn");
    }

    @Test
    void hiddenCommentOffersRestoreButNoLock() {
        assertThat(ModerationService.available(content(false), item(ModerationState.HIDDEN, null), null))
                .containsExactly("restore", "delete", "warn");
    }

    @Test
    void deletedContentOffersNothing() {
        assertThat(ModerationService.available(
                        content(true), item(ModerationState.DELETED, false), new ModerationCase()))
                .isEmpty();
    }
}

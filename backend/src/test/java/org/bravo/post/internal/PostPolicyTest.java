package org.bravo.post.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.bravo.platform.security.Viewer;
import org.junit.jupiter.api.Test;

class PostPolicyTest {
    private final Viewer author = new Viewer("a", false, false);
    private final Viewer colleague = new Viewer("b", false, false);
    private final Viewer moderator = new Viewer("m", true, false);
    private final Viewer admin = new Viewer("z", false, true);

    private static Post post(String kind, boolean draft, boolean deleted) {
        Post post = new Post();
        post.kind = kind;
        post.authorSubject = "a";
        post.draft = draft;
        post.deletedAt = deleted ? Instant.EPOCH : null;
        return post;
    }

    @Test
    void aPublishedPostIsSeenByAllAndChangedByItsAuthorAndModerators() {
        Post post = post("practice", false, false);
        assertThat(PostPolicy.canView(post, colleague)).isTrue();
        assertThat(PostPolicy.canEdit(post, author)).isTrue();
        assertThat(PostPolicy.canEdit(post, colleague)).isFalse();
        assertThat(PostPolicy.canEdit(post, moderator)).isTrue();
        assertThat(PostPolicy.canDelete(post, admin)).isTrue();
    }

    @Test
    void aDraftIsInvisibleToEveryoneButItsAuthor() {
        Post draft = post("idea", true, false);
        assertThat(PostPolicy.canView(draft, author)).isTrue();
        assertThat(PostPolicy.canView(draft, colleague)).isFalse();
        assertThat(PostPolicy.canView(draft, moderator)).isFalse();
        assertThat(PostPolicy.canEdit(draft, admin)).isFalse();
    }

    @Test
    void aDeletedPostIsInvisibleToAll() {
        Post deleted = post("practice", false, true);
        for (Viewer viewer : new Viewer[] {author, colleague, moderator, admin}) {
            assertThat(PostPolicy.canView(deleted, viewer)).isFalse();
            assertThat(PostPolicy.canEdit(deleted, viewer)).isFalse();
        }
    }

    @Test
    void onlyModeratorsSetTheStatusOfPublishedIdeasAndIrritants() {
        assertThat(PostPolicy.canSetStatus(post("idea", false, false), moderator))
                .isTrue();
        assertThat(PostPolicy.canSetStatus(post("irritant", false, false), admin))
                .isTrue();
        assertThat(PostPolicy.canSetStatus(post("idea", false, false), author)).isFalse();
        assertThat(PostPolicy.canSetStatus(post("practice", false, false), moderator))
                .isFalse();
    }
}

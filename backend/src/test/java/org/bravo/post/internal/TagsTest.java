package org.bravo.post.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagsTest {
    @Test
    void oneSpellingPerTag() {
        assertThat(Tags.normalize("#Accueil client ")).isEqualTo("accueil-client");
        assertThat(Tags.normalize("  ##Dégustation")).isEqualTo("dégustation");
        assertThat(Tags.normalize("café_crème!!")).isEqualTo("café-crème");
        assertThat(Tags.normalize("a -- b")).isEqualTo("a-b");
        assertThat(Tags.normalize("   ")).isEmpty();
        assertThat(Tags.normalize(null)).isEmpty();
    }

    @Test
    void duplicatesAndBlanksAreDroppedInOrder() {
        assertThat(Tags.normalizeAll(Arrays.asList("Vitrine", "#vitrine", "", null, "Noël", "noël")))
                .containsExactly("vitrine", "noël");
        assertThat(Tags.normalizeAll(null)).isEmpty();
        assertThat(Tags.normalizeAll(List.of("A", "B"))).containsExactly("a", "b");
    }
}

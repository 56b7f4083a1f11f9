package org.bravo.comment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MentionsTest {
    @Test
    void findsMentionsButNotEmailAddresses() {
        assertThat(Mentions.find("Merci @Camille et @lucas.bernard, écrivez à nadia@bravo.example !"))
                .containsExactly("camille", "lucas.bernard");
        assertThat(Mentions.find("@a @ab (@hugo) @@x")).containsExactly("ab", "hugo");
        assertThat(Mentions.find(null)).isEmpty();
    }

    @Test
    void linksOnlyKnownPeople() {
        String linked = Mentions.linked("Bravo @Camille et @inconnu", Set.of("camille")::contains);
        assertThat(linked).isEqualTo("Bravo [@Camille](/people/camille) et @inconnu");
    }
}

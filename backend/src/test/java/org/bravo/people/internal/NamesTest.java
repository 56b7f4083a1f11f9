package org.bravo.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void foldsAccentsCaseAndSpaces() {
        assertThat(Names.searchable("Hélène  LEFÈVRE")).isEqualTo("helene lefevre");
        assertThat(Names.searchable("Zoë Çelik")).isEqualTo("zoe celik");
        assertThat(Names.escapeLike("50%_off\\")).isEqualTo("50\\%\\_off\\\\");
    }
}

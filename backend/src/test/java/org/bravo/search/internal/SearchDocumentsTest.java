package org.bravo.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchDocumentsTest {

    @Test
    void aTitleIsSuggestedFromEachOfItsWordsOnElisionsIncluded() {
        assertThat(SearchDocuments.suggestInputs("L'électricité du comptoir"))
                .containsExactly("L'électricité du comptoir", "électricité du comptoir", "du comptoir", "comptoir");
        assertThat(SearchDocuments.suggestInputs("  Un accueil  chaleureux "))
                .containsExactly("Un accueil  chaleureux", "accueil  chaleureux", "chaleureux");
    }

    @Test
    void longTitlesStopAtEightInputs() {
        assertThat(SearchDocuments.suggestInputs("un deux trois quatre cinq six sept huit neuf dix onze"))
                .hasSize(8).startsWith("un deux trois quatre cinq six sept huit neuf dix onze");
    }
}

package org.bravo.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static JavaClasses production;

    private static JavaClasses production() {
        if (production == null) {
            production = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.bravo");
        }
        assertThat(production).isNotEmpty();
        return production;
    }

    private static JavaClasses fixture() {
        return new ClassFileImporter().importPackages("org.bravo.architecture.fixture");
    }

    @Test
    void featuresUseEachOtherOnlyThroughTheirPublicFace() {
        FeatureBoundaries.internalsStayInsideTheirFeature("org.bravo").check(production());
    }

    @Test
    void featuresDoNotCycle() {
        FeatureBoundaries.featuresDoNotCycle("org.bravo").check(production());
    }

    @Test
    void theRootOfAFeatureHoldsOnlyItsPublicFace() {
        // The demo loader is not a feature: it has no face, and writes the whole demo in SQL (docs/architecture.md).
        FeatureBoundaries.rootsHoldOnlyTheirPublicFace("org.bravo", "demo").check(production());
    }

    @Test
    void aFeaturesFaceExposesNoInternalType() {
        FeatureBoundaries.facesExposeNoInternalType("org.bravo").check(production());
    }

    @Test
    void theRuleCatchesAnInternalTypeOnAFace() {
        // alpha.Facade.secret() returns alpha.internal.Secret.
        assertThatThrownBy(() -> FeatureBoundaries.facesExposeNoInternalType("org.bravo.architecture.fixture")
                        .check(fixture()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Facade.secret()")
                .hasMessageNotContaining("Facade.value()");
    }

    @Test
    void theRuleCatchesAFeatureReachingIntoAnotherOnesInternals() {
        // The fixture's "beta" feature uses a class from "alpha.internal": the rule must report it.
        assertThatThrownBy(() -> FeatureBoundaries.internalsStayInsideTheirFeature("org.bravo.architecture.fixture")
                        .check(fixture()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Leaky")
                .hasMessageContaining("Secret");
    }

    @Test
    void theRuleCatchesTwoFeaturesDependingOnEachOther() {
        // alpha.Cyclic uses beta.Leaky, which uses alpha's internals: a loop between alpha and beta.
        assertThatThrownBy(() -> FeatureBoundaries.featuresDoNotCycle("org.bravo.architecture.fixture")
                        .check(fixture()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining("Cyclic");
    }

    @Test
    void theRuleCatchesStorageInTheRootOfAFeature() {
        // alpha.Stored is an entity in alpha's public face; internal.Secret is not in the root and is left alone.
        assertThatThrownBy(() -> FeatureBoundaries.rootsHoldOnlyTheirPublicFace("org.bravo.architecture.fixture")
                        .check(fixture()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Stored")
                .hasMessageNotContaining("Secret");
    }
}

package org.bravo.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void featuresUseEachOtherOnlyThroughTheirPublicFace() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.bravo");
        assertThat(production).isNotEmpty();
        FeatureBoundaries.internalsStayInsideTheirFeature("org.bravo").check(production);
    }

    @Test
    void theRuleCatchesAFeatureReachingIntoAnotherOnesInternals() {
        // The fixture's "beta" feature uses a class from "alpha.internal": the rule must report it.
        JavaClasses fixture = new ClassFileImporter().importPackages("org.bravo.architecture.fixture");
        assertThatThrownBy(() -> FeatureBoundaries
                .internalsStayInsideTheirFeature("org.bravo.architecture.fixture").check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Leaky")
                .hasMessageContaining("Secret");
    }
}

package org.bravo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.bravo.testing.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoContentTest {
    @Inject
    DemoContent demo;

    @Test
    void aDatabaseWithContentIsNeverTouched() {
        Api.ensureShop("paris-opera", "Paris Opéra");
        assertThat(demo.loadIfEmpty()).isFalse();
    }
}

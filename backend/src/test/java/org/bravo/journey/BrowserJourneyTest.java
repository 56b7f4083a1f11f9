package org.bravo.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.bravo.testing.RealStackResource;
import org.junit.jupiter.api.Test;

/**
 * A real browser (Debian's Chromium, driven by Playwright) signs in through the real Keycloak login page and sees
 * the greeting; the script lives with the web app in {@code frontend/e2e/}.
 */
@QuarkusTest
class BrowserJourneyTest {

    @Test
    void anEmployeeSignsInAndIsGreetedInFrenchThenEnglish() throws IOException, InterruptedException {
        run("e2e/journey.mjs", "journey.log");
    }

    /**
     * Camille shares a practice with a photo; Lucas, in another shop, finds it, gives a bravo and comments with an
     * @mention; Camille sees the bravo; Nadia, a moderator, moves an idea to review.
     */
    @Test
    void thePracticeTravelsFromOneShopToAnother() throws IOException, InterruptedException {
        run("e2e/social-journey.mjs", "social-journey.log");
    }

    private static void run(String script, String logName) throws IOException, InterruptedException {
        Path frontend = RealStackResource.repo().resolve("frontend");
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        assertThat(Path.of(chromium)).as("Chromium for the browser journey (apt-get install chromium)").exists();
        Path output = frontend.resolve("target/e2e/" + logName);
        Files.createDirectories(output.getParent());

        ProcessBuilder builder = new ProcessBuilder("node", script)
                .directory(frontend.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("BRAVO_URL", RealStackResource.config().appUrl());
        builder.environment().put("BRAVO_USER", "camille");
        builder.environment().put("BRAVO_PASSWORD", "bravo");
        builder.environment().put("BRAVO_EXPECTED_NAME", "Camille Martin");
        builder.environment().put("CHROMIUM_PATH", chromium);
        Process journey = builder.start();
        boolean finished = journey.waitFor(240, TimeUnit.SECONDS);
        if (!finished) {
            journey.destroyForcibly();
        }
        String log = Files.readString(output, StandardCharsets.UTF_8);
        System.out.println(log);
        assertThat(finished).as("journey finished in time; log:\n%s", log).isTrue();
        assertThat(journey.exitValue()).as("journey exit code; log:\n%s", log).isZero();
        assertThat(log).contains("1 passed, 0 failed");
    }
}

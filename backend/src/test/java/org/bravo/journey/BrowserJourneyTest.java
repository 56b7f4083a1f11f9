package org.bravo.journey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bravo.testing.Api;
import org.bravo.testing.RealStackResource;
import org.bravo.testing.Searches;
import org.bravo.testing.TestClips;
import org.bravo.testing.TestUsers;
import org.bravo.testing.Tokens;
import org.bravo.testing.VideoUploads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /**
     * On a phone-sized page the app is installable (manifest, service worker); without network the composer still
     * opens and a practice with a photo waits in the outbox, then is published with its photo when the network
     * returns; a photo whose upload fails keeps its post unsent, with the error shown.
     */
    @Test
    void aPracticeWrittenOfflineLeavesWithItsPhotoWhenTheNetworkReturns() throws IOException, InterruptedException {
        run("e2e/offline-journey.mjs", "offline-journey.log");
    }

    /**
     * Camille writes a guestbook entry with a customer's photo (the consent tick is enforced); an admin runs
     * the exchange rotation; a member of the shop that now reads Paris sees it on the home page, comments on the
     * entry, and the exchange page shows that shop engaged. The admin's preview tells which shop will read Paris, so
     * a member of that shop is created for the journey.
     */
    @Test
    void aShopReadsAnotherShopsGuestbookAndAnswers() throws IOException, InterruptedException {
        Api.ensureShop("paris-opera", "Paris Opéra");
        Api.ensureShop("lyon-confluence", "Lyon Confluence");
        // Whoever reads Paris next depends on the rounds earlier tests ran: when the history leaves nobody to read
        // Paris (every shop already read it this cycle), later periods will, so rounds are run until one does.
        String readerShop = null;
        for (int round = 0; round < 6 && readerShop == null; round++) {
            if (round > 0) {
                given().auth()
                        .oauth2(Tokens.admin())
                        .when()
                        .post("/api/v1/exchange/rounds")
                        .then()
                        .statusCode(201);
            }
            List<Map<String, Object>> preview = Api.get(Tokens.admin(), "/api/v1/exchange/preview")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("pairings");
            readerShop = preview.stream()
                    .filter(p -> "paris-opera".equals(((Map<?, ?>) p.get("read")).get("code")))
                    .map(p -> (String) ((Map<?, ?>) p.get("reader")).get("code"))
                    .findFirst()
                    .orElse(null);
        }
        assertThat(readerShop)
                .as("a shop reads Paris in one of the next rounds")
                .isNotNull();
        String reader = TestUsers.create("reader", readerShop);
        // An admin of its own, with a shop: the journey runs the rotation as someone who also reads guestbooks.
        String admin = TestUsers.create("admin", "paris-opera", "employee", "admin");
        run(
                "e2e/guestbook-journey.mjs",
                "guestbook-journey.log",
                Map.of("BRAVO_USER_B", reader, "BRAVO_SHOP_B", readerShop, "BRAVO_ADMIN", admin));
    }

    /**
     * Head office: hugo, an admin in no shop, signs in on a phone without being asked for one and reaches every admin
     * page from the "me" tab, each one audited for accessibility and no wider than the screen.
     */
    @Test
    void anAdminFromHeadOfficeReachesEveryAdminPage() throws IOException, InterruptedException {
        Api.ensureShop("paris-opera", "Paris Opéra");
        run("e2e/admin-journey.mjs", "admin-journey.log", Map.of("BRAVO_ADMIN", "hugo"));
    }

    /**
     * An employee films a method: the clip goes up in parts from the browser straight to the store, is processed by
     * the real ffmpeg, plays on the post page (the video element reports its duration) and is listed in the films
     * gallery; then an upload cut by a page reload resumes from the parts the store already holds.
     */
    @Test
    void aFilmedMethodGoesUpPlaysAndAnInterruptedUploadResumes(@TempDir Path dir)
            throws IOException, InterruptedException {
        Api.ensureShop("paris-opera", "Paris Opéra");
        // Three parts of 8 MiB: enough to hold parts back and reload in the middle.
        Path clip = TestClips.largeH264Mp4(dir, "methode-du-latte.mp4", 14);
        assertThat(Files.size(clip)).as("clip spans several parts").isGreaterThan(17L * 1024 * 1024);
        String filmmaker = TestUsers.create("filmmaker", "paris-opera");
        run(
                "e2e/video-journey.mjs",
                "video-journey.log",
                Map.of("BRAVO_USER", filmmaker, "BRAVO_VIDEO_CLIP", clip.toString()),
                450);
    }

    /**
     * Someone looks for a practice with a typo and no accents, is offered its title as they type, finds it with
     * the matching words marked, then finds a film by a word said in it and lands on the post with the film at that
     * moment.
     */
    @Test
    void aPracticeAndAFilmedMomentAreFoundDespiteTypos(@TempDir Path dir) throws IOException, InterruptedException {
        Api.ensureShop("paris-opera", "Paris Opéra");
        String searcher = TestUsers.create("searcher", "paris-opera");
        String token = Tokens.of(searcher);
        String title = "Le cérémonial du kintsugi pour les tasses ébréchées";
        Api.createPost(token, "practice", title, List.of("vaisselle"));
        VideoUploads.FilmedPost filmed = VideoUploads.postWithCaptionedFilm(token, dir);
        String video = filmed.videoId();
        long post = filmed.postId();
        Searches.awaitTotal(token, searcher, Map.of("q", "rosace"), 1);
        Searches.awaitTotal(token, searcher, Map.of("q", "kintsugi"), 1);
        run(
                "e2e/search-journey.mjs",
                "search-journey.log",
                Map.of(
                        "BRAVO_USER",
                        searcher,
                        "BRAVO_POST_TITLE",
                        title,
                        "BRAVO_VIDEO_POST_ID",
                        String.valueOf(post),
                        "BRAVO_VIDEO_ID",
                        video));
    }

    /**
     * Two colleagues report a practice, a moderator hides it from the review queue, its author sees it hidden with the
     * reason, it is gone from search and for the reporters, and the moderator restores it.
     */
    @Test
    void aReportedPostIsHiddenFromTheQueueThenRestored() throws IOException, InterruptedException {
        Api.ensureShop("paris-opera", "Paris Opéra");
        String author = TestUsers.create("auteur", "paris-opera");
        String first = TestUsers.create("collegue", "paris-opera");
        String second = TestUsers.create("collegue", "paris-opera");
        String title = "Offrir un échantillon de torréfaction maison à chaque client";
        long post = Api.createPost(Tokens.of(author), "practice", title, List.of("degustation"));
        Searches.awaitTotal(Tokens.of(author), author, Map.of("q", "torrefaction"), 1);
        run(
                "e2e/moderation-journey.mjs",
                "moderation-journey.log",
                Map.of(
                        "BRAVO_AUTHOR",
                        author,
                        "BRAVO_REPORTERS",
                        first + "," + second,
                        "BRAVO_MODERATOR",
                        "nadia",
                        "BRAVO_POST_ID",
                        String.valueOf(post),
                        "BRAVO_POST_TITLE",
                        title));
    }

    private static void run(String script, String logName) throws IOException, InterruptedException {
        run(script, logName, Map.of());
    }

    private static void run(String script, String logName, Map<String, String> env)
            throws IOException, InterruptedException {
        run(script, logName, env, 240);
    }

    private static void run(String script, String logName, Map<String, String> env, int timeoutSeconds)
            throws IOException, InterruptedException {
        Path frontend = RealStackResource.repo().resolve("frontend");
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        assertThat(Path.of(chromium))
                .as("Chromium for the browser journey (apt-get install chromium)")
                .exists();
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
        builder.environment().putAll(env);
        Process journey = builder.start();
        boolean finished = journey.waitFor(timeoutSeconds, TimeUnit.SECONDS);
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

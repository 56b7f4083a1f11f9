package org.bravo.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bravo.infra.ReindexCommand;
import org.bravo.infra.StackException;
import org.bravo.testing.Api;
import org.bravo.testing.RealStackResource;
import org.bravo.testing.Searches;
import org.bravo.testing.TestUsers;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * {@code ./infra/bravo reindex} against the running backend: it signs in through the stack's {@code bravo-cli} client,
 * starts the rebuild, prints progress and the outcome; what was searchable before still is after.
 */
@QuarkusTest
class SearchReindexCommandTest {

    @Test
    void theCommandRebuildsTheIndexAndReportsProgressAndTheOutcome() {
        Api.ensureShop("paris-opera", "Paris Opéra");
        String author = TestUsers.create("reconstruit", "paris-opera");
        String token = Tokens.of(author);
        long post = Api.createPost(token, "practice", "Moulin nettoyé chaque soir", List.of("entretien"));
        Api.comment(token, post, "Avec une brosse douce", null);
        Searches.awaitTotal(token, author, Map.of(), 2);

        String admin = ReindexCommand.localToken(RealStackResource.config().issuer(), "hugo", Tokens.PASSWORD);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        boolean finished = new ReindexCommand(
                        backend(),
                        admin,
                        new PrintStream(printed, true, StandardCharsets.UTF_8),
                        Duration.ofMillis(100))
                .run();

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(finished).as(output).isTrue();
        assertThat(output)
                .containsPattern("Done: [\\d,]+ documents in [\\d.]+ s \\(\\d+ docs/s\\); search now reads "
                        + "bravo-content-\\d{8}t\\d+");
        Searches.awaitTotal(token, author, Map.of(), 2);
        assertThat(Searches.ids(Searches.search(token, author, Map.of("q", "brosse"))))
                .hasSize(1);
    }

    @Test
    void aNonAdminIsToldWhy() {
        String employee = ReindexCommand.localToken(RealStackResource.config().issuer(), "camille", Tokens.PASSWORD);
        ReindexCommand command = new ReindexCommand(backend(), employee, System.out, Duration.ofMillis(100));
        org.assertj.core.api.Assertions.assertThatThrownBy(command::run)
                .isInstanceOf(StackException.class)
                .hasMessageContaining("403: only admins rebuild the index");
    }

    @Test
    void progressReadsAsCountsPercentAndRate() {
        assertThat(ReindexCommand.progress(
                        12_000, 48_000, java.time.Instant.now().minusSeconds(4).toString()))
                .matches("Reindexing: 12,000 / 48,000 documents \\(25 %\\), [2-3]\\d{3} docs/s");
    }

    private static String backend() {
        return "http://127.0.0.1:" + RealStackResource.config().httpPort();
    }
}

package org.bravo.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each table is written only by the feature that owns it and read elsewhere only where docs/architecture.md says so
 * ("Tables read across features"). A feature reading another's table couples both to its columns: a migration in one
 * would break the other, and the owner's rules (visibility, moderation) would be bypassed.
 */
class TableOwnershipTest {
    private static final Path SOURCES = Path.of("src/main/java/org/bravo");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /**
     * The declared exceptions, by source file: the tables it may read though another feature owns them. Kept in step
     * with docs/architecture.md; an exception no longer used fails the test, so the list never outgrows the code.
     */
    private static final Map<String, Set<String>> READS_ALLOWED = Map.of(
            // The feed's read model (ADR 0004): one query for a page of cards, which per-feature calls would turn into
            // a dozen round trips.
            "post/internal/FeedQuery.java", Set.of("person", "shop", "bravo", "video"));

    /** Files that may write any table: the demo loader, which is not a feature and fills an empty database. */
    private static final Set<String> WRITES_ANYWHERE = Set.of("demo/DemoContent.java");

    private static Map<String, String> owners;
    private static List<TableAccess.Access> foreign;

    @BeforeAll
    static void scan() throws IOException {
        owners = TableAccess.owners(MIGRATIONS);
        foreign = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = SOURCES.relativize(file).toString().replace('\\', '/');
                String feature = relative.substring(0, relative.indexOf('/'));
                foreign.addAll(TableAccess.foreign(feature, relative, Files.readString(file), owners));
            }
        }
    }

    @Test
    void everyTableHasAnOwner() {
        assertThat(owners)
                .as("tables created by the migrations")
                .hasSizeGreaterThan(20)
                .containsEntry("post", "post")
                .containsEntry("person", "people")
                .containsEntry("bravo", "vote");
    }

    @Test
    void aTableIsWrittenOnlyByItsOwner() {
        List<String> writes = foreign.stream()
                .filter(TableAccess.Access::write)
                .filter(a -> !WRITES_ANYWHERE.contains(a.file()))
                .map(a -> a.file() + " writes " + a.table() + " (owned by " + a.owner() + ")")
                .distinct()
                .toList();
        assertThat(writes).as("writes to another feature's table").isEmpty();
    }

    @Test
    void aTableIsReadElsewhereOnlyWhereTheMapSaysSo() {
        List<String> reads = foreign.stream()
                .filter(a -> !a.write())
                .filter(a -> !WRITES_ANYWHERE.contains(a.file()))
                .filter(a -> !READS_ALLOWED.getOrDefault(a.file(), Set.of()).contains(a.table()))
                .map(a -> a.file() + " reads " + a.table() + " (owned by " + a.owner() + ")")
                .distinct()
                .toList();
        assertThat(reads)
                .as("reads of another feature's table not declared in docs/architecture.md")
                .isEmpty();
    }

    @Test
    void everyDeclaredExceptionIsStillNeeded() {
        Map<String, Set<String>> used = new HashMap<>();
        foreign.forEach(
                a -> used.computeIfAbsent(a.file(), f -> new TreeSet<>()).add(a.table()));
        READS_ALLOWED.forEach((file, tables) -> assertThat(used.getOrDefault(file, Set.of()))
                .as("tables %s is allowed to read; drop the ones it no longer reads", file)
                .containsAll(tables));
        WRITES_ANYWHERE.forEach(
                file -> assertThat(used).as("files allowed to write anywhere").containsKey(file));
    }

    @Test
    void theScanFindsSqlInLiteralsAndNothingElse() {
        Map<String, String> tables = Map.of("bravo", "vote", "person", "people", "shop", "shop", "post", "post");
        String source = """
                class Sample {
                    // "select * from shop" in a comment is not SQL that runs
                    char quote = '"';
                    String jpql = "select p from Post p";
                    String sql = "select b.given_at from bravo b join person p"
                            + " on p.subject = b.giver_subject";
                    String block = \"""
                            update shop set name = ?1\""";
                }
                """;

        assertThat(TableAccess.foreign("vote", "vote/Sample.java", source, tables))
                .containsExactlyInAnyOrder(
                        new TableAccess.Access("vote/Sample.java", "shop", "shop", true),
                        new TableAccess.Access("vote/Sample.java", "person", "people", false));
    }
}

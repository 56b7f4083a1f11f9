package org.bravo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bravo.platform.time.SqlValues;
import org.bravo.testing.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoContentTest {
    @Inject
    DemoContent demo;

    @Inject
    EntityManager em;

    @Test
    void aDatabaseWithContentIsNeverTouched() {
        Api.ensureShop("paris-opera", "Paris Opéra");
        assertThat(demo.loadIfEmpty()).isFalse();
    }

    /**
     * The loader only fills a database without shops or posts, and every test of the run shares one database that
     * has both. So this test empties those tables inside a transaction of its own, lets the real loader write into
     * the real PostgreSQL in that same transaction, reads what it wrote, and rolls everything back: no other test
     * ever sees the demo nor the emptied tables. Categories and watch words go too, since the demo creates its own
     * under unique names.
     */
    @Test
    void anEmptyDatabaseGetsTheWholeDemoOnceAndOnlyOnce() {
        QuarkusTransaction.begin();
        try {
            for (String table : List.of("post", "shop", "category", "watch_word")) {
                em.createNativeQuery("delete from " + table).executeUpdate();
            }
            long entriesBefore = number("select coalesce(max(id), 0) from guestbook_entry");
            Instant loadedAround = Instant.now();

            assertThat(demo.loadIfEmpty()).as("an empty database is filled").isTrue();

            Map<String, Long> loaded = counts(entriesBefore);
            assertThat(loaded)
                    .containsEntry("shops", 12L)
                    .containsEntry("demo people", 12L)
                    .containsEntry("categories", 6L)
                    .containsEntry("posts", 16L)
                    .containsEntry("post comments", commentsOnPosts())
                    .containsEntry("post bravos", bravosOnPosts())
                    .containsEntry("entries", 6L)
                    .containsEntry("entry comments", commentsOnEntries())
                    .containsEntry("entry bravos", bravosOnEntries())
                    .containsEntry("watch words", 3L)
                    .containsEntry("reports", 2L);
            theShopsPeopleAndCategoriesAreThere();
            postsCarryTheirAuthorsShopCategoryTagsStatusAndCounters(loadedAround);
            commentsAreThreadedAndMentionsLinked();
            guestbookEntriesSitInTheirAuthorsShop(entriesBefore);
            theReportedPostWaitsInTheReviewQueue();
            searchIsToldOfEveryPostAndEntry(entriesBefore);

            assertThat(demo.loadIfEmpty())
                    .as("a second start finds the demo there")
                    .isFalse();
            assertThat(counts(entriesBefore)).as("nothing written twice").isEqualTo(loaded);
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    /** Search learns of content through its outbox: a demo it was not told of would find nothing. */
    private void searchIsToldOfEveryPostAndEntry(long entriesBefore) {
        assertThat(number("select count(*) from post p where not exists (select 1 from search_outbox o"
                        + " where o.doc_type = 'post' and o.doc_id = cast(p.id as text) and o.cascade)"))
                .as("posts search was not told of")
                .isZero();
        assertThat(number("select count(*) from guestbook_entry e where e.id > " + entriesBefore
                        + " and not exists (select 1 from search_outbox o where o.doc_type = 'entry'"
                        + " and o.doc_id = cast(e.id as text) and o.cascade)"))
                .as("demo entries search was not told of")
                .isZero();
    }

    private void theShopsPeopleAndCategoriesAreThere() {
        assertThat(row("select name, city, region, active from shop where code = 'lyon-confluence'"))
                .containsExactly("Lyon Confluence", "Lyon", "Auvergne-Rhône-Alpes", true);
        assertThat(row("select username, display_name, email, shop_code from person where subject = 'demo-ines'"))
                .containsExactly("ines", "Inès Garcia", "ines@bravo.example", "marseille-vieux-port");
        assertThat(strings("select name from category order by position"))
                .containsExactly(
                        "Accueil",
                        "Dégustation",
                        "Vitrine et merchandising",
                        "Vente conseil",
                        "Organisation de l'équipe",
                        "Fidélité");
    }

    private void postsCarryTheirAuthorsShopCategoryTagsStatusAndCounters(Instant loadedAround) {
        Object[] coffee = row("select p.kind, p.shop_code, a.username, c.name, p.status, p.bravo_count,"
                + " p.comment_count, p.draft, p.body_html, p.published_at from post p"
                + " join person a on a.subject = p.author_subject join category c on c.id = p.category_id"
                + " where p.title = 'Le café d''accueil pendant l''attente'");
        assertThat(Arrays.copyOf(coffee, 8))
                .containsExactly("practice", "paris-opera", "camille", "Accueil", null, 7, 5, false);
        assertThat((String) coffee[8]).contains("<strong>petit café de dégustation</strong>");
        assertThat(SqlValues.instant(coffee[9]))
                .isBetween(loadedAround.minus(Duration.ofHours(31)), loadedAround.minus(Duration.ofHours(29)));
        assertThat(strings("select t.tag from post_tag t join post p on p.id = t.post_id"
                        + " where p.title = 'Le café d''accueil pendant l''attente' order by t.tag"))
                .containsExactly("accueil", "attente", "dégustation");

        Object[] declined = row("select shop_code, status, status_reason, status_changed_at is not null from post"
                + " where title = 'Les livraisons arrivent pendant le rush'");
        assertThat(declined[0]).isEqualTo("rennes-thabor");
        assertThat(declined[1]).isEqualTo("declined");
        assertThat((String) declined[2]).startsWith("Le transporteur ne peut pas décaler sa tournée");
        assertThat(declined[3]).isEqualTo(true);
        assertThat(row("select status, status_changed_at from post"
                        + " where title = 'Des ateliers latte art le dimanche matin'"))
                .containsExactly("new", null);
        assertThat(strings("select distinct kind from post order by kind"))
                .containsExactly("idea", "irritant", "practice");
        assertThat(number("select count(*) from post p where p.bravo_count <> (select count(*) from bravo b"
                        + " where b.target_type = 'post' and b.target_id = p.id)"))
                .as("bravo counters match")
                .isZero();
        assertThat(number("select count(*) from post p where p.comment_count <> (select count(*) from comment c"
                        + " where c.target_type = 'post' and c.target_id = p.id)"))
                .as("comment counters match")
                .isZero();
    }

    private void commentsAreThreadedAndMentionsLinked() {
        List<Object[]> thread = rows("select c.id, c.parent_id, a.username, c.body_md, c.body_html from comment c"
                + " join person a on a.subject = c.author_subject join post p on p.id = c.target_id"
                + " where c.target_type = 'post' and p.title = 'Le café d''accueil pendant l''attente'"
                + " order by c.created_at");
        assertThat(thread).extracting(c -> c[2]).containsExactly("lucas", "camille", "lucas", "thomas", "nadia");
        Object lucas = thread.get(0)[0];
        Object thomas = thread.get(3)[0];
        assertThat(thread).extracting(c -> c[1]).containsExactly(null, lucas, lucas, null, thomas);
        assertThat((String) thread.get(0)[4]).contains("href=\"/people/camille\"");
        assertThat(strings("select p.username from comment_mention m join person p on p.subject = m.person_subject"
                        + " where m.comment_id = " + lucas))
                .containsExactly("camille");
    }

    private void guestbookEntriesSitInTheirAuthorsShop(long entriesBefore) {
        Object[] note = row("select e.shop_code, e.kind, e.bravo_count, e.comment_count,"
                + " (select count(*) from comment c where c.target_type = 'entry' and c.target_id = e.id),"
                + " (select count(*) from bravo b where b.target_type = 'entry' and b.target_id = e.id)"
                + " from guestbook_entry e join person a on a.subject = e.author_subject"
                + " where a.username = 'lucas' and e.id > " + entriesBefore);
        assertThat(Arrays.stream(note)
                        .map(v -> v instanceof Number n ? n.longValue() : v)
                        .toList())
                .containsExactly("lyon-confluence", "team_note", 1L, 1L, 1L, 1L);
    }

    private void theReportedPostWaitsInTheReviewQueue() {
        List<Object[]> reports = rows("select r.reason, p.username, mc.status, post.hidden_at from report r"
                + " join moderation_case mc on mc.id = r.case_id join person p on p.subject = r.reporter_subject"
                + " join post on mc.content_type = 'post' and mc.content_id = cast(post.id as varchar)"
                + " where post.title = 'Rappeler les clients fidèles par leur nom' order by r.created_at");
        assertThat(reports).extracting(r -> r[1]).containsExactly("ines", "sophie");
        assertThat(reports)
                .allSatisfy(r -> assertThat(Arrays.asList(r)).containsExactly("customer_privacy", r[1], "open", null));
        assertThat(strings("select action from watch_word order by action")).containsExactly("block", "flag", "hold");
    }

    /** What a load writes, counted so a second load that added anything shows. */
    private Map<String, Long> counts(long entriesBefore) {
        String demoPeople = DemoData.PEOPLE.stream().map(p -> "'" + p[0] + "'").collect(Collectors.joining(","));
        String newEntries = "select id from guestbook_entry where id > " + entriesBefore;
        Map<String, String> queries = Map.ofEntries(
                Map.entry("shops", "select count(*) from shop"),
                Map.entry("demo people", "select count(*) from person where subject in (" + demoPeople + ")"),
                Map.entry("categories", "select count(*) from category"),
                Map.entry("posts", "select count(*) from post"),
                Map.entry(
                        "post comments",
                        "select count(*) from comment where target_type = 'post'"
                                + " and target_id in (select id from post)"),
                Map.entry(
                        "post bravos",
                        "select count(*) from bravo where target_type = 'post'"
                                + " and target_id in (select id from post)"),
                Map.entry("entries", "select count(*) from (" + newEntries + ") e"),
                Map.entry(
                        "entry comments",
                        "select count(*) from comment where target_type = 'entry'" + " and target_id in (" + newEntries
                                + ")"),
                Map.entry(
                        "entry bravos",
                        "select count(*) from bravo where target_type = 'entry'" + " and target_id in (" + newEntries
                                + ")"),
                Map.entry("watch words", "select count(*) from watch_word"),
                Map.entry(
                        "reports",
                        "select count(*) from report r join moderation_case c on c.id = r.case_id"
                                + " where c.content_type = 'post' and c.content_id in (select cast(id as varchar) from post)"));
        return queries.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> number(e.getValue())));
    }

    private static long commentsOnPosts() {
        return DemoData.POSTS.stream().mapToLong(p -> p.comments().size()).sum();
    }

    private static long bravosOnPosts() {
        return DemoData.POSTS.stream().mapToLong(p -> p.bravos().size()).sum();
    }

    private static long commentsOnEntries() {
        return DemoData.ENTRIES.stream().mapToLong(e -> e.comments().size()).sum();
    }

    private static long bravosOnEntries() {
        return DemoData.ENTRIES.stream().mapToLong(e -> e.bravos().size()).sum();
    }

    private long number(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private Object[] row(String sql) {
        return (Object[]) em.createNativeQuery(sql).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String sql) {
        return ((List<Object>) em.createNativeQuery(sql).getResultList())
                .stream().map(String::valueOf).toList();
    }
}

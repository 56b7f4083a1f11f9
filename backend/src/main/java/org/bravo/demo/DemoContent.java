package org.bravo.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.bravo.moderation.WatchWords;
import org.bravo.platform.content.ContentChanged;
import org.bravo.platform.content.ContentTypes;
import org.bravo.platform.text.MarkdownRenderer;
import org.jboss.logging.Logger;

/**
 * Fills an empty database with a living demo: a dozen shops, colleagues, practices, ideas and irritants with
 * comments and bravos, so a first visitor sees what Bravo is for. Only the run command turns it on
 * ({@code bravo.demo.enabled}); it writes rows directly because it is seed data, not a user's action, and it never
 * touches a database that already has shops or posts.
 */
@ApplicationScoped
public class DemoContent {
    private static final Logger LOG = Logger.getLogger(DemoContent.class);

    @Inject
    EntityManager em;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    Clock clock;

    @Inject
    Event<ContentChanged> changed;

    @Inject
    DemoConfig config;

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            loadIfEmpty();
        }
    }

    @Transactional
    public boolean loadIfEmpty() {
        long shops = ((Number) em.createNativeQuery("select count(*) from shop").getSingleResult()).longValue();
        long posts = ((Number) em.createNativeQuery("select count(*) from post").getSingleResult()).longValue();
        if (shops > 0 || posts > 0) {
            return false;
        }
        Instant now = clock.instant();
        for (String[] shop : DemoData.SHOPS) {
            em.createNativeQuery("insert into shop (code, name, city, region, active, created_at)"
                            + " values (?1, ?2, ?3, ?4, true, ?5)")
                    .setParameter(1, shop[0])
                    .setParameter(2, shop[1])
                    .setParameter(3, shop[2])
                    .setParameter(4, shop[3])
                    .setParameter(5, ts(now.minus(Duration.ofDays(90))))
                    .executeUpdate();
        }
        for (String[] person : DemoData.PEOPLE) {
            em.createNativeQuery("insert into person (subject, username, display_name, email, shop_code,"
                            + " search_name, first_seen_at, last_seen_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)"
                            + " on conflict (subject) do nothing")
                    .setParameter(1, person[0])
                    .setParameter(2, person[1])
                    .setParameter(3, person[2])
                    .setParameter(4, person[1] + "@bravo.example")
                    .setParameter(5, person[3].isEmpty() ? null : person[3])
                    .setParameter(6, (person[1] + " " + person[2]).toLowerCase())
                    .setParameter(7, ts(now.minus(Duration.ofDays(60))))
                    .executeUpdate();
        }
        for (int i = 0; i < DemoData.CATEGORIES.size(); i++) {
            em.createNativeQuery("insert into category (name, position) values (?1, ?2)")
                    .setParameter(1, DemoData.CATEGORIES.get(i))
                    .setParameter(2, i)
                    .executeUpdate();
        }
        int postCount = 0;
        for (DemoData.DemoPost post : DemoData.POSTS) {
            insertPost(post, now);
            postCount++;
        }
        em.createNativeQuery(
                        "update post p set bravo_count = (select count(*) from bravo b where b.target_type = 'post'"
                                + " and b.target_id = p.id), comment_count = (select count(*) from comment c where c.target_type = 'post'"
                                + " and c.target_id = p.id and c.deleted_at is null)")
                .executeUpdate();
        for (DemoData.DemoEntry entry : DemoData.ENTRIES) {
            insertEntry(entry, now);
        }
        insertModeration(now);
        announceToSearch(ContentTypes.POST, "select id from post");
        announceToSearch(ContentTypes.ENTRY, "select id from guestbook_entry");
        LOG.infof(
                "Loaded the demo: %d shops, %d people, %d posts, %d guestbook entries",
                DemoData.SHOPS.size(), DemoData.PEOPLE.size(), postCount, DemoData.ENTRIES.size());
        return true;
    }

    /**
     * The demo is written in SQL, past the services that tell search about new content: without this, search on a
     * fresh quick start finds nothing until someone runs a reindex. Comments and films follow their post or entry.
     */
    private void announceToSearch(String type, String sql) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(sql).getResultList();
        for (Number id : ids) {
            changed.fire(ContentChanged.of(type, id.longValue()));
        }
    }

    private void insertModeration(Instant now) {
        for (String[] word : DemoData.WATCH_WORDS) {
            em.createNativeQuery("insert into watch_word (phrase, normalized, action, created_at, created_by)"
                            + " values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, word[0])
                    .setParameter(2, WatchWords.normalize(word[0]))
                    .setParameter(3, word[1])
                    .setParameter(4, ts(now.minus(Duration.ofDays(30))))
                    .setParameter(5, DemoData.subjectOf("hugo"))
                    .executeUpdate();
        }
        Object[] post = (Object[]) em.createNativeQuery("select id, author_subject from post where title = ?1")
                .setParameter(1, DemoData.REPORTED_TITLE)
                .getSingleResult();
        String postId = String.valueOf(((Number) post[0]).longValue());
        Instant opened = now.minus(Duration.ofHours(6));
        long caseId = ((Number) em.createNativeQuery("insert into moderation_case (content_type, content_id,"
                                + " author_subject, opened_at) values ('post', ?1, ?2, ?3) returning id")
                        .setParameter(1, postId)
                        .setParameter(2, post[1])
                        .setParameter(3, ts(opened))
                        .getSingleResult())
                .longValue();
        for (int i = 0; i < DemoData.REPORTS.size(); i++) {
            String[] report = DemoData.REPORTS.get(i);
            em.createNativeQuery("insert into report (case_id, content_type, content_id, reporter_subject, reason,"
                            + " details, created_at) values (?1, 'post', ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, caseId)
                    .setParameter(2, postId)
                    .setParameter(3, DemoData.subjectOf(report[0]))
                    .setParameter(4, report[1])
                    .setParameter(5, report[2])
                    .setParameter(6, ts(opened.plus(Duration.ofHours(i))))
                    .executeUpdate();
        }
    }

    private void insertPost(DemoData.DemoPost post, Instant now) {
        Instant published = now.minus(Duration.ofHours(post.hoursAgo()));
        String author = DemoData.subjectOf(post.author());
        Long categoryId = post.category() == null
                ? null
                : ((Number) em.createNativeQuery("select id from category where name = ?1")
                                .setParameter(1, post.category())
                                .getSingleResult())
                        .longValue();
        boolean hasStatus = !post.kind().equals("practice");
        long id = ((Number) em.createNativeQuery("insert into post (kind, title, body_md, body_html, excerpt,"
                                + " category_id, shop_code, author_subject, status, status_reason, status_changed_at, draft,"
                                + " created_at, published_at) values (?1, ?2, ?3, ?4, ?5, ?6,"
                                + " (select shop_code from person where subject = ?7), ?7, ?8, ?9, ?10, false, ?11, ?11)"
                                + " returning id")
                        .setParameter(1, post.kind())
                        .setParameter(2, post.title())
                        .setParameter(3, post.body())
                        .setParameter(4, markdown.toHtml(post.body()))
                        .setParameter(5, markdown.excerpt(post.body()))
                        .setParameter(6, categoryId)
                        .setParameter(7, author)
                        .setParameter(8, hasStatus ? post.status() : null)
                        .setParameter(9, hasStatus ? post.reason() : null)
                        .setParameter(
                                10,
                                hasStatus && !"new".equals(post.status())
                                        ? ts(published.plus(Duration.ofHours(20)))
                                        : null)
                        .setParameter(11, ts(published))
                        .getSingleResult())
                .longValue();
        for (String tag : post.tags()) {
            em.createNativeQuery("insert into post_tag (post_id, tag, published_at) values (?1, ?2, ?3)")
                    .setParameter(1, id)
                    .setParameter(2, tag)
                    .setParameter(3, ts(published))
                    .executeUpdate();
        }
        for (String giver : post.bravos()) {
            bravo(ContentTypes.POST, id, DemoData.subjectOf(giver), author, published.plus(Duration.ofHours(2)));
        }
        Long parent = null;
        int minutes = 30;
        for (DemoData.DemoComment comment : post.comments()) {
            String commenter = DemoData.subjectOf(comment.author());
            long commentId = ((Number) em.createNativeQuery("insert into comment (target_type, target_id, parent_id,"
                                    + " author_subject, body_md, body_html, created_at) values ('post', ?1, ?2, ?3, ?4, ?5, ?6)"
                                    + " returning id")
                            .setParameter(1, id)
                            .setParameter(2, comment.reply() ? parent : null)
                            .setParameter(3, commenter)
                            .setParameter(4, comment.body())
                            .setParameter(5, markdown.toHtml(DemoData.linkMentions(comment.body())))
                            .setParameter(6, ts(published.plus(Duration.ofMinutes(minutes))))
                            .getSingleResult())
                    .longValue();
            for (String mentioned : DemoData.mentionsIn(comment.body())) {
                em.createNativeQuery("insert into comment_mention (comment_id, person_subject) values (?1, ?2)"
                                + " on conflict do nothing")
                        .setParameter(1, commentId)
                        .setParameter(2, DemoData.subjectOf(mentioned))
                        .executeUpdate();
            }
            if (!comment.reply()) {
                parent = commentId;
            }
            minutes += 47;
        }
    }

    /** A page in the author's shop guestbook, with its bravos and comments. */
    private void insertEntry(DemoData.DemoEntry entry, Instant now) {
        String author = DemoData.subjectOf(entry.author());
        Instant written = now.minus(Duration.ofDays(entry.daysAgo())).minus(Duration.ofHours(3));
        long id = ((Number) em.createNativeQuery("insert into guestbook_entry (shop_code, author_subject, kind,"
                                + " entry_date, body_md, body_html, excerpt, created_at, last_activity_at, bravo_count,"
                                + " comment_count) select shop_code, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8, ?9 from person"
                                + " where subject = ?1 returning id")
                        .setParameter(1, author)
                        .setParameter(2, entry.kind())
                        .setParameter(
                                3, Date.valueOf(written.atZone(ZoneOffset.UTC).toLocalDate()))
                        .setParameter(4, entry.body())
                        .setParameter(5, markdown.toHtml(entry.body()))
                        .setParameter(6, markdown.excerpt(entry.body()))
                        .setParameter(7, ts(written))
                        .setParameter(8, entry.bravos().size())
                        .setParameter(9, entry.comments().size())
                        .getSingleResult())
                .longValue();
        for (String giver : entry.bravos()) {
            bravo(ContentTypes.ENTRY, id, DemoData.subjectOf(giver), author, written.plus(Duration.ofHours(5)));
        }
        int minutes = 90;
        for (DemoData.DemoComment comment : entry.comments()) {
            em.createNativeQuery("insert into comment (target_type, target_id, author_subject, body_md, body_html,"
                            + " created_at) values ('entry', ?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, id)
                    .setParameter(2, DemoData.subjectOf(comment.author()))
                    .setParameter(3, comment.body())
                    .setParameter(4, markdown.toHtml(comment.body()))
                    .setParameter(5, ts(written.plus(Duration.ofMinutes(minutes))))
                    .executeUpdate();
            minutes += 60;
        }
    }

    private void bravo(String type, long id, String giver, String receiver, Instant at) {
        if (giver.equals(receiver)) {
            return;
        }
        em.createNativeQuery("insert into bravo (target_type, target_id, giver_subject, receiver_subject, given_at)"
                        + " values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                .setParameter(1, type)
                .setParameter(2, id)
                .setParameter(3, giver)
                .setParameter(4, receiver)
                .setParameter(5, ts(at))
                .executeUpdate();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}

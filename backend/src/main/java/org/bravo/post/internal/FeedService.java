package org.bravo.post.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bravo.people.People;
import org.bravo.people.PersonRef;
import org.bravo.platform.error.FieldCode;
import org.bravo.platform.error.FieldErrors;
import org.bravo.platform.security.Viewer;
import org.bravo.post.FeedPage;
import org.bravo.post.PostSummary;
import org.bravo.post.TagCount;

@ApplicationScoped
public class FeedService {
    @Inject
    PostRepository posts;

    @Inject
    PostViews views;

    @Inject
    People people;

    @Inject
    Clock clock;

    public FeedPage feed(
            String sort,
            String period,
            String kind,
            String tag,
            String shop,
            String author,
            boolean withVideo,
            String cursor,
            int limit,
            Viewer viewer) {
        FieldErrors errors = new FieldErrors();
        if (kind != null && !PostService.KINDS.contains(kind)) {
            errors.add("kind", FieldCode.INVALID, "One of practice, idea, irritant.");
        }
        if (limit < 1 || limit > 50) {
            errors.add("limit", FieldCode.INVALID, "Between 1 and 50.");
        }
        errors.throwIfAny();
        String authorSubject = null;
        if (author != null) {
            // An unknown author has no posts: an empty feed, not an error.
            authorSubject = people.byUsername(author).map(PersonRef::subject).orElse("-");
        }
        String normalizedTag = tag == null ? null : Tags.normalize(tag);
        FeedQuery.Filter filter = new FeedQuery.Filter(
                sort(sort),
                period(period),
                kind,
                normalizedTag == null || normalizedTag.isEmpty() ? null : normalizedTag,
                shop,
                authorSubject,
                withVideo);
        Instant now = clock.instant();
        var em = posts.getEntityManager();
        List<FeedQuery.Row> rows = FeedQuery.page(em, filter, cursor, limit, now, viewer.subject());
        String next = null;
        if (rows.size() > limit) {
            rows = new ArrayList<>(rows.subList(0, limit));
            next = FeedQuery.nextCursor(filter, rows.get(rows.size() - 1));
        }
        List<PostSummary> pinned =
                cursor == null ? views.cards(FeedQuery.pinned(em, filter, now, viewer.subject()), viewer) : List.of();
        return new FeedPage(views.cards(rows, viewer), pinned, next);
    }

    private static FeedQuery.Sort sort(String raw) {
        return parse(raw, FeedQuery.Sort.LATEST, FeedQuery.Sort.class, "sort");
    }

    private static FeedQuery.Period period(String raw) {
        return parse(raw, FeedQuery.Period.WEEK, FeedQuery.Period.class, "period");
    }

    private static <E extends Enum<E>> E parse(String raw, E fallback, Class<E> type, String field) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, raw.toUpperCase());
        } catch (IllegalArgumentException e) {
            new FieldErrors()
                    .add(field, FieldCode.INVALID, "Unknown " + field + " '" + raw + "'.")
                    .throwIfAny();
            return fallback;
        }
    }

    /** Every post pinned right now, newest pin first (the administration screen). */
    public List<PostSummary> pinned(Viewer viewer) {
        FeedQuery.Filter all = new FeedQuery.Filter(sort(null), period(null), null, null, null, null, false);
        return views.cards(FeedQuery.pinned(posts.getEntityManager(), all, clock.instant(), viewer.subject()), viewer);
    }

    public List<PostSummary> drafts(Viewer viewer) {
        return views.summaries(
                posts.list(
                        "authorSubject = ?1 and draft = true and deletedAt is null" + " order by createdAt desc",
                        viewer.subject()),
                viewer);
    }

    @SuppressWarnings("unchecked")
    public List<TagCount> tags(String query, int limit) {
        String prefix = Tags.normalize(query == null ? "" : query);
        List<Object[]> rows = posts.getEntityManager()
                .createNativeQuery("select t.tag, count(*) from post_tag t join post p on p.id = t.post_id"
                        + " where " + Post.visibleRow("p") + " and t.tag like :prefix"
                        + " group by t.tag order by count(*) desc, t.tag limit :limit")
                .setParameter("prefix", prefix.replace("%", "").replace("_", "\\_") + "%")
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream()
                .map(r -> new TagCount((String) r[0], ((Number) r[1]).longValue()))
                .toList();
    }
}

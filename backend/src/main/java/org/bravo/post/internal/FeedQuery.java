package org.bravo.post.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bravo.platform.error.FieldErrors;
import org.bravo.platform.paging.Cursor;

/**
 * Builds one feed page as a single SQL statement with keyset pagination: the page after a cursor is found by comparing
 * with the last row's sort key on an index, so page 500 costs what page 1 costs (no OFFSET).
 */
public final class FeedQuery {
    public enum Sort { LATEST, TOP }

    public enum Period {
        WEEK(Duration.ofDays(7)), MONTH(Duration.ofDays(30)), ALL(null);

        final Duration length;

        Period(Duration length) {
            this.length = length;
        }
    }

    /** What the caller asked for; {@code null} filters are not applied. */
    public record Filter(Sort sort, Period period, String kind, String tag, String shop, String authorSubject) {
    }

    private FeedQuery() {
    }

    public static Sort sort(String raw) {
        return parse(raw, Sort.LATEST, Sort.class, "sort");
    }

    public static Period period(String raw) {
        return parse(raw, Period.WEEK, Period.class, "period");
    }

    private static <E extends Enum<E>> E parse(String raw, E fallback, Class<E> type, String field) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, raw.toUpperCase());
        } catch (IllegalArgumentException e) {
            new FieldErrors().add(field, FieldErrors.INVALID, "Unknown " + field + " '" + raw + "'.").throwIfAny();
            return fallback;
        }
    }

    /** The page's posts (one more than {@code limit}, to know whether another page follows). */
    public static List<Post> page(EntityManager em, Filter filter, String cursor, int limit, Instant now) {
        StringBuilder sql = new StringBuilder("select p.* from post p");
        Map<String, Object> params = new LinkedHashMap<>();
        boolean tagDriven = filter.tag() != null && filter.sort() == Sort.LATEST;
        if (tagDriven) {
            // The tag feed walks post_tag's own (tag, published_at, post_id) index.
            sql.append(" join post_tag t on t.post_id = p.id and t.tag = :tag");
            params.put("tag", filter.tag());
        }
        sql.append(" where p.deleted_at is null and not p.draft");
        sql.append(" and (p.pinned_until is null or p.pinned_until <= :now)");
        params.put("now", Timestamp.from(now));
        where(sql, params, filter, tagDriven);
        String order;
        if (filter.sort() == Sort.LATEST) {
            String time = tagDriven ? "t.published_at" : "p.published_at";
            String id = tagDriven ? "t.post_id" : "p.id";
            if (cursor != null) {
                Cursor c = Cursor.decode(cursor, "latest", 2);
                sql.append(" and (").append(time).append(", ").append(id).append(") < (:cTime, :cId)");
                params.put("cTime", Timestamp.from(Instant.parse(c.values().get(0))));
                params.put("cId", Long.parseLong(c.values().get(1)));
            }
            order = " order by " + time + " desc, " + id + " desc";
        } else {
            if (filter.period().length != null) {
                sql.append(" and p.published_at >= :since");
                params.put("since", Timestamp.from(now.minus(filter.period().length)));
            }
            if (cursor != null) {
                Cursor c = Cursor.decode(cursor, "top-" + filter.period().name().toLowerCase(), 2);
                sql.append(" and (p.bravo_count, p.id) < (:cCount, :cId)");
                params.put("cCount", Integer.parseInt(c.values().get(0)));
                params.put("cId", Long.parseLong(c.values().get(1)));
            }
            order = " order by p.bravo_count desc, p.id desc";
        }
        sql.append(order).append(" limit :limit");
        params.put("limit", limit + 1);
        return run(em, sql.toString(), params);
    }

    /** Posts pinned right now that match the filters, newest pin first. */
    public static List<Post> pinned(EntityManager em, Filter filter, Instant now) {
        StringBuilder sql = new StringBuilder("select p.* from post p where p.deleted_at is null and not p.draft"
                + " and p.pinned_until > :now");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("now", Timestamp.from(now));
        where(sql, params, filter, false);
        sql.append(" order by p.pinned_until desc, p.id desc limit 10");
        return run(em, sql.toString(), params);
    }

    public static String nextCursor(Filter filter, Post last) {
        if (filter.sort() == Sort.LATEST) {
            return new Cursor("latest", List.of(last.publishedAt.toString(), String.valueOf(last.id))).encode();
        }
        return new Cursor("top-" + filter.period().name().toLowerCase(),
                List.of(String.valueOf(last.bravoCount), String.valueOf(last.id))).encode();
    }

    private static void where(StringBuilder sql, Map<String, Object> params, Filter filter, boolean tagJoined) {
        if (filter.kind() != null) {
            sql.append(" and p.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.shop() != null) {
            sql.append(" and p.shop_code = :shop");
            params.put("shop", filter.shop());
        }
        if (filter.authorSubject() != null) {
            sql.append(" and p.author_subject = :author");
            params.put("author", filter.authorSubject());
        }
        if (filter.tag() != null && !tagJoined) {
            sql.append(" and exists (select 1 from post_tag pt where pt.post_id = p.id and pt.tag = :tag)");
            params.put("tag", filter.tag());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Post> run(EntityManager em, String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql, Post.class);
        params.forEach(query::setParameter);
        return new ArrayList<>(query.getResultList());
    }
}

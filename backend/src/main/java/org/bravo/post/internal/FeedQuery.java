package org.bravo.post.internal;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bravo.platform.paging.Cursor;
import org.bravo.platform.sql.SqlRow;

/**
 * Builds one feed page as a single SQL statement with keyset pagination: the page after a cursor is found by comparing
 * with the last row's sort key on an index, so page 500 costs what page 1 costs (no OFFSET).
 */
public final class FeedQuery {
    public enum Sort {
        LATEST,
        TOP
    }

    public enum Period {
        WEEK(Duration.ofDays(7)),
        MONTH(Duration.ofDays(30)),
        ALL(null);

        final Duration length;

        Period(Duration length) {
            this.length = length;
        }
    }

    /** What the caller asked for; {@code null} filters are not applied. */
    public record Filter(
            Sort sort, Period period, String kind, String tag, String shop, String authorSubject, boolean withVideo) {}

    private FeedQuery() {}

    /**
     * One feed row with everything a card shows, read in the same statement as the page: author, shop, category,
     * tags, first photo and the viewer's bravo. A feed is the hottest read in Bravo, so it reads the people, shop,
     * category and bravo tables directly instead of asking each feature in turn (see ADR 0004).
     */
    public record Row(
            long id,
            String kind,
            String title,
            String excerpt,
            Instant createdAt,
            Instant publishedAt,
            Instant editedAt,
            String status,
            int bravoCount,
            int commentCount,
            Instant pinnedUntil,
            String shopCode,
            String shopName,
            Long categoryId,
            String categoryName,
            int categoryPosition,
            String authorUsername,
            String authorName,
            String authorShop,
            List<String> tags,
            UUID firstPhoto,
            boolean bravoedByMe,
            UUID firstVideo) {}

    // Every column is named: rows are read by name, and the three "name"s and two "shop_code"s would clash.
    private static final String ROW_COLUMNS = "select p.id, p.kind, p.title, p.excerpt, p.created_at,"
            + " p.published_at, p.edited_at, p.status, p.bravo_count, p.comment_count, p.pinned_until, p.shop_code,"
            + " s.name as shop_name, p.category_id, c.name as category_name, c.position as category_position,"
            + " a.username as author_username, a.display_name as author_name, a.shop_code as author_shop,"
            + " (select string_agg(t.tag, ',' order by t.tag) from post_tag t where t.post_id = p.id) as tags,"
            + " (select ph.photo_id from post_photo ph where ph.post_id = p.id order by ph.position limit 1)"
            + " as first_photo,"
            + " exists (select 1 from bravo b where b.target_type = 'post' and b.target_id = p.id"
            + " and b.giver_subject = :viewer) as bravoed_by_me,"
            // Hidden and deleted films are not shown on cards (media owns the video table; its rows are read-only
            // here).
            + " (select pv.video_id from post_video pv join video v on v.id = pv.video_id where pv.post_id = p.id"
            + " and v.hidden_at is null and v.status <> 'deleted' order by pv.position limit 1) as first_video"
            + " from (%s) p"
            // LATERAL ... LIMIT 1 keeps these as index lookups for the page's 21 rows: as plain joins the planner
            // hashes the whole person table once it is small enough, which costs more as the company grows.
            + " left join lateral (select username, display_name, shop_code from person"
            + " where subject = p.author_subject limit 1) a on true"
            + " left join lateral (select name from shop where code = p.shop_code limit 1) s on true"
            + " left join lateral (select name, position from category where id = p.category_id limit 1) c on true %s";

    /** A statement with positional parameters, ready for JDBC. */
    public record Statement(String sql, List<Object> values) {}

    /** The page's rows (one more than {@code limit}, to know whether another page follows). */
    public static List<Row> page(
            EntityManager em, Filter filter, String cursor, int limit, Instant now, String viewer) {
        return rows(em, pageStatement(filter, cursor, limit, now, viewer));
    }

    /** The statement behind {@link #page}; public so the benchmark can time the very same SQL alone. */
    public static Statement pageStatement(Filter filter, String cursor, int limit, Instant now, String viewer) {
        StringBuilder sql = new StringBuilder("select p.* from post p");
        Map<String, Object> params = new LinkedHashMap<>();
        boolean tagDriven = filter.tag() != null && filter.sort() == Sort.LATEST;
        if (tagDriven) {
            // The tag feed walks post_tag's own (tag, published_at, post_id) index.
            sql.append(" join post_tag t on t.post_id = p.id and t.tag = :tag");
            params.put("tag", filter.tag());
        }
        // Hidden posts are in no feed, not even their author's or a moderator's: they are seen at their address.
        sql.append(" where ").append(Post.visibleRow("p"));
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
                params.put("cTime", Timestamp.from(c.instant(0)));
                params.put("cId", c.longValue(1));
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
                params.put("cCount", c.intValue(0));
                params.put("cId", c.longValue(1));
            }
            order = " order by p.bravo_count desc, p.id desc";
        }
        sql.append(order).append(" limit :limit");
        params.put("limit", limit + 1);
        String outerOrder = filter.sort() == Sort.LATEST
                ? "order by p.published_at desc, p.id desc"
                : "order by p.bravo_count desc, p.id desc";
        params.put("viewer", viewer);
        return positional(String.format(ROW_COLUMNS, sql, outerOrder), params);
    }

    /** Posts pinned right now that match the filters, newest pin first. */
    public static List<Row> pinned(EntityManager em, Filter filter, Instant now, String viewer) {
        // Pins are rare. PostgreSQL re-plans the full card statement on every call (its generic plan cannot tell
        // how selective "pinned_until > $1" is), which cost more than the whole page; this probe reads the latest pin
        // end from the pin index and, having no parameter, always runs the same index-only plan. (A "limit 1" probe
        // with a parameter was worse: its generic plan scanned the whole table, 35 ms at 100 000 posts.)
        boolean anyPinned = em.unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            try (PreparedStatement probe = connection.prepareStatement("select max(pinned_until) from post"
                            + " where pinned_until is not null and deleted_at is null and not draft");
                    ResultSet r = probe.executeQuery()) {
                r.next();
                Timestamp latest = r.getTimestamp(1);
                return latest != null && latest.toInstant().isAfter(now);
            }
        });
        if (!anyPinned) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(
                "select p.* from post p where " + Post.visibleRow("p") + " and p.pinned_until > :now");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("now", Timestamp.from(now));
        where(sql, params, filter, false);
        sql.append(" order by p.pinned_until desc, p.id desc limit 10");
        params.put("viewer", viewer);
        return rows(em, positional(String.format(ROW_COLUMNS, sql, "order by p.pinned_until desc, p.id desc"), params));
    }

    public static String nextCursor(Filter filter, Row last) {
        if (filter.sort() == Sort.LATEST) {
            return new Cursor("latest", List.of(last.publishedAt().toString(), String.valueOf(last.id()))).encode();
        }
        return new Cursor(
                        "top-" + filter.period().name().toLowerCase(),
                        List.of(String.valueOf(last.bravoCount()), String.valueOf(last.id())))
                .encode();
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
        if (filter.withVideo()) {
            // The films gallery: few posts have one, and post_video's primary key starts with post_id.
            sql.append(" and exists (select 1 from post_video pv join video v on v.id = pv.video_id"
                    + " where pv.post_id = p.id and v.hidden_at is null and v.status <> 'deleted')");
        }
        if (filter.tag() != null && !tagJoined) {
            sql.append(" and exists (select 1 from post_tag pt where pt.post_id = p.id and pt.tag = :tag)");
            params.put("tag", filter.tag());
        }
    }

    private static final Pattern NAMED = Pattern.compile(":([A-Za-z]+)");

    private static Statement positional(String namedSql, Map<String, Object> params) {
        List<Object> values = new ArrayList<>();
        Matcher named = NAMED.matcher(namedSql);
        StringBuilder sql = new StringBuilder();
        while (named.find()) {
            if (!params.containsKey(named.group(1))) {
                throw new IllegalStateException("No value for :" + named.group(1));
            }
            values.add(params.get(named.group(1)));
            named.appendReplacement(sql, "?");
        }
        named.appendTail(sql);
        return new Statement(sql.toString(), values);
    }

    /**
     * Runs the statement over plain JDBC on the session's connection: the feed is the hottest read, and Hibernate's
     * native-query layer (parameter parsing, result type resolution) cost more than the SQL itself in the benchmark.
     */
    private static List<Row> rows(EntityManager em, Statement query) {
        List<Object> values = query.values();
        return em.unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
                for (int i = 0; i < values.size(); i++) {
                    statement.setObject(i + 1, values.get(i));
                }
                try (ResultSet r = statement.executeQuery()) {
                    return SqlRow.list(r).stream().map(FeedQuery::row).toList();
                }
            }
        });
    }

    private static Row row(SqlRow r) {
        String tags = r.string("tags");
        Integer categoryPosition = r.nullableInt("category_position");
        return new Row(
                r.longValue("id"),
                r.string("kind"),
                r.string("title"),
                r.string("excerpt"),
                r.instant("created_at"),
                r.instant("published_at"),
                r.instant("edited_at"),
                r.string("status"),
                r.intValue("bravo_count"),
                r.intValue("comment_count"),
                r.instant("pinned_until"),
                r.string("shop_code"),
                r.string("shop_name"),
                r.nullableLong("category_id"),
                r.string("category_name"),
                categoryPosition == null ? 0 : categoryPosition,
                r.string("author_username"),
                r.string("author_name"),
                r.string("author_shop"),
                tags == null ? List.of() : List.of(tags.split(",")),
                r.uuid("first_photo"),
                r.bool("bravoed_by_me"),
                r.uuid("first_video"));
    }
}

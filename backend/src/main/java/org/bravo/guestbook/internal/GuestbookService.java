package org.bravo.guestbook.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bravo.guestbook.EntryPage;
import org.bravo.guestbook.GuestbookSummary;
import org.bravo.people.People;
import org.bravo.people.PersonSummary;
import org.bravo.platform.error.FieldCode;
import org.bravo.platform.error.FieldErrors;
import org.bravo.platform.paging.Cursor;
import org.bravo.platform.security.Viewer;
import org.bravo.platform.time.SqlValues;
import org.bravo.shop.ShopInfo;
import org.bravo.shop.ShopRef;
import org.bravo.shop.Shops;

/** Reading guestbooks: a shop's pages, newest day first, and the directory of every shop's guestbook. */
@ApplicationScoped
public class GuestbookService {
    private static final String CURSOR = "guestbook";

    @Inject
    EntryRepository entries;

    @Inject
    EntryService writer;

    @Inject
    EntryViews views;

    @Inject
    Shops shops;

    @Inject
    People people;

    @Inject
    Clock clock;

    /**
     * One page of a shop's guestbook with keyset pagination on (day, id). Hidden entries appear only for moderators
     * and their authors, marked.
     */
    public EntryPage page(
            String shopCode, String kind, String month, String cursor, int limit, Viewer viewer, String viewerShop) {
        ShopRef shop = writer.requireShop(shopCode);
        FieldErrors errors = new FieldErrors();
        if (kind != null && !kind.isBlank() && !EntryForm.KINDS.contains(kind)) {
            errors.add("kind", FieldCode.INVALID, "One of experiment, customer_moment, team_note.");
        }
        YearMonth yearMonth = null;
        if (month != null && !month.isBlank()) {
            try {
                yearMonth = YearMonth.parse(month.strip());
            } catch (DateTimeParseException e) {
                errors.add("month", FieldCode.INVALID, "A month as yyyy-MM.");
            }
        }
        if (limit < 1 || limit > 50) {
            errors.add("limit", FieldCode.INVALID, "Between 1 and 50.");
        }
        errors.throwIfAny();

        StringBuilder query = new StringBuilder("shopCode = :shop and deletedAt is null");
        Map<String, Object> params = new HashMap<>();
        params.put("shop", shop.code());
        if (!viewer.canModerate()) {
            query.append(" and (moderation.hiddenAt is null or authorSubject = :me)");
            params.put("me", viewer.subject());
        }
        if (kind != null && !kind.isBlank()) {
            query.append(" and kind = :kind");
            params.put("kind", kind);
        }
        if (yearMonth != null) {
            query.append(" and date >= :from and date <= :to");
            params.put("from", yearMonth.atDay(1));
            params.put("to", yearMonth.atEndOfMonth());
        }
        if (cursor != null && !cursor.isBlank()) {
            Cursor c = Cursor.decode(cursor, CURSOR, 2);
            LocalDate day;
            long id;
            try {
                day = LocalDate.parse(c.values().get(0));
                id = Long.parseLong(c.values().get(1));
            } catch (RuntimeException e) {
                new FieldErrors()
                        .add("cursor", FieldCode.INVALID, "This page cursor is not valid.")
                        .throwIfAny();
                throw e;
            }
            query.append(" and (date < :cDay or (date = :cDay and id < :cId))");
            params.put("cDay", day);
            params.put("cId", id);
        }
        query.append(" order by date desc, id desc");
        List<Entry> rows = new ArrayList<>(
                entries.find(query.toString(), params).page(0, limit + 1).list());
        String next = null;
        if (rows.size() > limit) {
            rows = new ArrayList<>(rows.subList(0, limit));
            Entry last = rows.get(rows.size() - 1);
            next = new Cursor(CURSOR, List.of(last.date.toString(), String.valueOf(last.id))).encode();
        }
        return new EntryPage(
                views.views(rows, viewer, viewerShop),
                next,
                EntryPolicy.canWriteIn(shop.code(), viewer, viewerShop) && shops.isOpen(shop.code()));
    }

    /**
     * Every open shop with its guestbook's size, latest entry and last activity (an entry written, commented or
     * applauded), liveliest first. Hidden and deleted entries do not count.
     */
    @SuppressWarnings("unchecked")
    public List<GuestbookSummary> directory() {
        Instant since = clock.instant().minus(Duration.ofDays(30));
        Map<String, Object[]> stats = new HashMap<>();
        List<Object[]> rows = entries.getEntityManager()
                .createNativeQuery("select shop_code, count(*), count(*) filter (where created_at >= ?1),"
                        + " max(last_activity_at) from guestbook_entry"
                        + " where " + Entry.visibleRow("") + " group by shop_code")
                .setParameter(1, Timestamp.from(since))
                .getResultList();
        for (Object[] row : rows) {
            stats.put((String) row[0], row);
        }
        Map<String, Object[]> latest = new HashMap<>();
        List<Object[]> latestRows = entries.getEntityManager()
                .createNativeQuery(
                        "select distinct on (shop_code) shop_code, id, kind, entry_date, excerpt, author_subject"
                                + " from guestbook_entry where " + Entry.visibleRow("")
                                + " order by shop_code, entry_date desc, id desc")
                .getResultList();
        List<String> authors = new ArrayList<>();
        for (Object[] row : latestRows) {
            latest.put((String) row[0], row);
            authors.add((String) row[5]);
        }
        Map<String, PersonSummary> names = people.summaries(authors);
        List<GuestbookSummary> result = new ArrayList<>();
        for (ShopInfo shop : shops.all(false)) {
            Object[] s = stats.get(shop.code());
            Object[] l = latest.get(shop.code());
            GuestbookSummary.Latest last = null;
            if (l != null) {
                PersonSummary author = names.get((String) l[5]);
                last = new GuestbookSummary.Latest(
                        ((Number) l[1]).longValue(),
                        (String) l[2],
                        SqlValues.localDate(l[3]),
                        (String) l[4],
                        author == null ? "?" : author.displayName());
            }
            result.add(new GuestbookSummary(
                    shop.code(),
                    shop.name(),
                    shop.city(),
                    shop.region(),
                    s == null ? 0 : ((Number) s[1]).longValue(),
                    s == null ? 0 : ((Number) s[2]).longValue(),
                    s == null ? null : SqlValues.instant(s[3]),
                    last));
        }
        result.sort((a, b) -> {
            if (a.lastActivityAt() == null || b.lastActivityAt() == null) {
                return a.lastActivityAt() == null
                        ? (b.lastActivityAt() == null ? a.name().compareTo(b.name()) : 1)
                        : -1;
            }
            return b.lastActivityAt().compareTo(a.lastActivityAt());
        });
        return result;
    }
}

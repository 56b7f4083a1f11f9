package org.bravo.moderation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bravo.moderation.AuditEntryView;
import org.bravo.moderation.AuditPage;
import org.bravo.people.People;
import org.bravo.people.PersonAccount;
import org.bravo.people.PersonSummary;
import org.bravo.platform.error.FieldCode;
import org.bravo.platform.error.FieldErrors;
import org.bravo.platform.paging.Cursor;

/** Reading the audit log: filters, pages, and the CSV export of everything a filter matches. */
@ApplicationScoped
public class AuditService {
    static final int PAGE = 50;
    static final int EXPORT_BATCH = 1_000;

    @Inject
    AuditEventRepository events;

    @Inject
    People people;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    /** What admins filter on; {@code from}/{@code to} are days (inclusive), {@code actor} a username. */
    public record Filter(String q, String action, String actor, String contentType, String from, String to) {}

    public AuditPage page(Filter filter, String cursor) {
        Long before = cursor == null || cursor.isBlank()
                ? null
                : Cursor.decode(cursor, "audit", 1).longValue(0);
        List<AuditEvent> rows = rows(filter, before, PAGE + 1);
        String next = null;
        if (rows.size() > PAGE) {
            rows = rows.subList(0, PAGE);
            next = new Cursor("audit", List.of(String.valueOf(rows.get(PAGE - 1).id))).encode();
        }
        return new AuditPage(views(rows), next);
    }

    /** Every matching entry, newest first, as CSV; read in batches so a long log never sits in memory at once. */
    public void export(Filter filter, Writer out) throws IOException {
        out.write(Csv.line(List.of(
                "id",
                "at",
                "actor",
                "action",
                "content_type",
                "content_id",
                "content_title",
                "person",
                "reason",
                "before",
                "after")));
        Long before = null;
        while (true) {
            List<AuditEvent> rows = rows(filter, before, EXPORT_BATCH);
            for (AuditEntryView e : views(rows)) {
                out.write(Csv.line(List.of(
                        String.valueOf(e.id()),
                        e.at().toString(),
                        e.actor() == null ? "Bravo" : e.actor().username(),
                        e.action(),
                        nz(e.contentType()),
                        nz(e.contentId()),
                        nz(e.contentTitle()),
                        e.subject() == null ? "" : e.subject().username(),
                        nz(e.reason()),
                        json(e.before()),
                        json(e.after()))));
            }
            if (rows.size() < EXPORT_BATCH) {
                return;
            }
            before = rows.get(rows.size() - 1).id;
        }
    }

    private List<AuditEvent> rows(Filter filter, Long beforeId, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        FieldErrors errors = new FieldErrors();
        if (beforeId != null) {
            where.append(" and id < :before");
            params.put("before", beforeId);
        }
        if (notBlank(filter.action())) {
            // "content" finds every content action, "content.hide" just that one.
            where.append(" and (action = :action or action like :actionPrefix)");
            params.put("action", filter.action().strip());
            params.put("actionPrefix", filter.action().strip().replace("%", "") + ".%");
        }
        if (notBlank(filter.contentType())) {
            where.append(" and contentType = :type");
            params.put("type", filter.contentType().strip());
        }
        if (notBlank(filter.actor())) {
            String subject = people.byUsername(filter.actor().strip())
                    .map(p -> p.subject())
                    .orElse("-");
            where.append(" and actorSubject = :actor");
            params.put("actor", subject);
        }
        if (notBlank(filter.from())) {
            where.append(" and at >= :from");
            params.put("from", day(errors, "from", filter.from()).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (notBlank(filter.to())) {
            where.append(" and at < :to");
            params.put(
                    "to",
                    day(errors, "to", filter.to()).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        errors.throwIfAny();
        if (notBlank(filter.q())) {
            String like =
                    "%" + filter.q().strip().toLowerCase().replace("%", "").replace("_", "") + "%";
            List<String> matchingPeople = people.accounts(filter.q(), null, 50).stream()
                    .map(PersonAccount::subject)
                    .toList();
            where.append(" and (lower(reason) like :q or lower(contentTitle) like :q or lower(action) like :q");
            if (!matchingPeople.isEmpty()) {
                where.append(" or actorSubject in :people or personSubject in :people");
                params.put("people", matchingPeople);
            }
            where.append(")");
            params.put("q", like);
        }
        return events.find(where + " order by id desc", params).page(0, limit).list();
    }

    private List<AuditEntryView> views(List<AuditEvent> rows) {
        Set<String> subjects = new HashSet<>();
        for (AuditEvent e : rows) {
            if (e.actorSubject != null) {
                subjects.add(e.actorSubject);
            }
            if (e.personSubject != null) {
                subjects.add(e.personSubject);
            }
        }
        Map<String, PersonSummary> names = people.summaries(subjects);
        List<AuditEntryView> views = new ArrayList<>();
        rows.forEach(e -> views.add(ModerationViews.entry(e, names)));
        return views;
    }

    private static LocalDate day(FieldErrors errors, String field, String value) {
        try {
            return LocalDate.parse(value.strip().length() > 10 ? value.strip().substring(0, 10) : value.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, FieldCode.INVALID, "A date like 2026-11-29.");
            return LocalDate.EPOCH;
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private String json(Map<String, Object> map) {
        if (map == null) {
            return "";
        }
        try {
            return json.writeValueAsString(map);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return map.toString();
        }
    }
}

package org.bravo.moderation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.bravo.moderation.AuditEntryView;
import org.bravo.moderation.ModerationItemView;
import org.bravo.people.People;
import org.bravo.people.PersonSummary;
import org.bravo.platform.content.ContentTypes;
import org.bravo.platform.content.ModeratedContent;
import org.bravo.platform.content.ModeratedContents;
import org.bravo.platform.content.ModeratedItem;

/** Builds what moderators see of a piece of content. */
@ApplicationScoped
public class ModerationViews {
    private static final PersonSummary UNKNOWN = new PersonSummary("?", "?", null);
    static final int TRAIL = 50;

    @Inject
    ModeratedContents contents;

    @Inject
    ReportRepository reports;

    @Inject
    AuditEventRepository events;

    @Inject
    SuspensionRepository suspensions;

    @Inject
    People people;

    @Inject
    Clock clock;

    /** {@code moderationCase}: the open case, else the last closed one, else null. */
    public ModerationItemView item(ModeratedItem item, ModerationCase moderationCase) {
        ModeratedContent content = contents.find(item.type()).orElseThrow();
        List<Report> caseReports =
                moderationCase == null ? List.of() : reports.list("caseId = ?1 order by id", moderationCase.id);
        List<AuditEvent> trail = events.find(
                        "contentType = ?1 and contentId = ?2 order by id desc", item.type(), item.id())
                .page(0, TRAIL)
                .list();
        Set<String> subjects = new HashSet<>();
        subjects.add(item.authorSubject());
        caseReports.forEach(r -> subjects.add(r.reporterSubject));
        trail.forEach(e -> {
            if (e.actorSubject != null) {
                subjects.add(e.actorSubject);
            }
        });
        if (moderationCase != null && moderationCase.closedBy != null) {
            subjects.add(moderationCase.closedBy);
        }
        Map<String, PersonSummary> names = people.summaries(subjects);

        boolean isOpen = moderationCase != null && ModerationCase.OPEN.equals(moderationCase.status);
        ModerationItemView.OpenCase openCase = null;
        ModerationItemView.ClosedCase closedCase = null;
        if (isOpen) {
            Map<String, Integer> reasons = new TreeMap<>();
            caseReports.forEach(r -> reasons.merge(r.reason, 1, Integer::sum));
            openCase = new ModerationItemView.OpenCase(
                    moderationCase.id,
                    moderationCase.openedAt,
                    caseReports.size(),
                    reasons,
                    List.of(moderationCase.flaggedWords),
                    moderationCase.heldByWatchWord);
        } else if (moderationCase != null) {
            closedCase = new ModerationItemView.ClosedCase(
                    moderationCase.id,
                    moderationCase.closedAt,
                    moderationCase.outcome,
                    moderationCase.closedBy == null ? null : names.getOrDefault(moderationCase.closedBy, UNKNOWN));
        }
        List<ModerationItemView.ReportDetail> details = new ArrayList<>();
        for (Report r : caseReports) {
            details.add(new ModerationItemView.ReportDetail(
                    r.id, names.getOrDefault(r.reporterSubject, UNKNOWN), r.reason, r.details, r.createdAt));
        }
        return new ModerationItemView(
                item.type(),
                item.id(),
                item.title(),
                item.excerpt(),
                item.pageType(),
                item.pageId(),
                item.shopCode(),
                names.getOrDefault(item.authorSubject(), UNKNOWN),
                item.createdAt(),
                item.state().name().toLowerCase(),
                item.hiddenReason(),
                item.commentsLocked(),
                openCase,
                closedCase,
                details,
                history(item.authorSubject()),
                trail.stream().map(e -> entry(e, names)).toList(),
                ModerationService.available(content, item, isOpen ? moderationCase : null));
    }

    private ModerationItemView.AuthorHistory history(String author) {
        long actions = events.count(
                "personSubject = ?1 and action in ?2",
                author,
                List.of("content.hide", "content.delete", "author.warn", "content.auto_hide"));
        long warnings = events.count("personSubject = ?1 and action = ?2", author, "author.warn");
        Optional<Suspension> suspension = suspensions
                .find("personSubject = ?1 and liftedAt is null", author)
                .firstResultOptional()
                .filter(s -> s.inForce(clock.instant()));
        return new ModerationItemView.AuthorHistory(
                count(ContentTypes.POST, author),
                count(ContentTypes.COMMENT, author),
                count(ContentTypes.ENTRY, author),
                actions,
                warnings,
                suspension.map(s -> s.until).orElse(null),
                suspension.isPresent());
    }

    private long count(String type, String author) {
        return contents.find(type).map(c -> c.countBy(author)).orElse(0L);
    }

    public static AuditEntryView entry(AuditEvent e, Map<String, PersonSummary> names) {
        return new AuditEntryView(
                e.id,
                e.at,
                e.actorSubject == null ? null : names.getOrDefault(e.actorSubject, UNKNOWN),
                e.action,
                e.contentType,
                e.contentId,
                e.contentTitle,
                e.personSubject == null ? null : names.getOrDefault(e.personSubject, UNKNOWN),
                e.reason,
                e.before,
                e.after);
    }
}

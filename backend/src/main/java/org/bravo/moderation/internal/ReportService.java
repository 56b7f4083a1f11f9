package org.bravo.moderation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bravo.moderation.AuditLog;
import org.bravo.moderation.AuditRecord;
import org.bravo.moderation.ContentModerated;
import org.bravo.moderation.CreateReportRequest;
import org.bravo.moderation.ReportView;
import org.bravo.platform.content.Hiding;
import org.bravo.platform.content.ModeratedContent;
import org.bravo.platform.content.ModeratedContents;
import org.bravo.platform.content.ModeratedItem;
import org.bravo.platform.content.ModerationState;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.platform.error.FieldCode;
import org.bravo.platform.error.FieldErrors;
import org.bravo.platform.security.Viewer;

/** Reports from any signed-in person; enough distinct reporters hide the content until a moderator reviews it. */
@ApplicationScoped
public class ReportService {
    static final Set<String> REASONS =
            Set.of("spam", "inappropriate", "customer_privacy", "wrong_information", "other");
    static final int MAX_DETAILS = 1_000;

    @Inject
    ModeratedContents contents;

    @Inject
    Cases cases;

    @Inject
    ReportRepository reports;

    @Inject
    AuditLog audit;

    @Inject
    Event<ContentModerated> moderated;

    @Inject
    Clock clock;

    @Inject
    ModerationConfig config;

    @Transactional
    public ReportView report(CreateReportRequest request, Viewer reporter) {
        String type = request == null ? null : request.contentType();
        String id = request == null ? null : request.contentId();
        String reason = request == null ? null : request.reason();
        String details = request == null
                        || request.details() == null
                        || request.details().isBlank()
                ? null
                : request.details().strip();
        FieldErrors errors = new FieldErrors()
                .required("contentType", type)
                .required("contentId", id)
                .required("reason", reason);
        if (type != null && !type.isBlank() && contents.find(type).isEmpty()) {
            errors.add("contentType", FieldCode.INVALID, "One of " + String.join(", ", contents.types()) + ".");
        }
        if (reason != null && !reason.isBlank() && !REASONS.contains(reason)) {
            errors.add(
                    "reason",
                    FieldCode.INVALID,
                    "One of spam, inappropriate, customer_privacy, wrong_information, other.");
        }
        if ("other".equals(reason) && details == null) {
            errors.add("details", FieldCode.REQUIRED, "Say what is wrong.");
        }
        errors.maxLength("details", details, MAX_DETAILS).throwIfAny();

        ModeratedContent content = contents.find(type).orElseThrow();
        if (!content.visibleTo(id, reporter)) {
            throw ApiException.notFound(
                    ErrorCode.missing(type), "No " + type + " " + id + " here, or it is not visible to you.");
        }
        ModeratedItem item = content.find(id).orElseThrow();
        if (reporter.is(item.authorSubject())) {
            new FieldErrors()
                    .add("contentId", FieldCode.OWN_CONTENT, "You cannot report your own content.")
                    .throwIfAny();
        }
        ModerationCase open = cases.openFor(type, id, item.authorSubject());
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> inserted = reports.getEntityManager()
                .createNativeQuery("""
                        insert into report (case_id, content_type, content_id, reporter_subject, reason, details,
                                            created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        on conflict (content_type, content_id, reporter_subject) where open do nothing
                        returning id""")
                .setParameter(1, open.id)
                .setParameter(2, type)
                .setParameter(3, id)
                .setParameter(4, reporter.subject())
                .setParameter(5, reason)
                .setParameter(6, details)
                .setParameter(7, Timestamp.from(now))
                .getResultList();
        if (inserted.isEmpty()) {
            throw new ApiException(
                    409,
                    ErrorCode.ALREADY_REPORTED,
                    "Conflict",
                    "You already reported this; a moderator will look at it.");
        }
        long reporters = reports.count("caseId = ?1", open.id);
        if (reporters >= config.autoHideReports() && item.state() == ModerationState.VISIBLE) {
            String why = "Reported by " + reporters + " people: hidden until a moderator reviews it.";
            content.hide(id, new Hiding(null, why, true));
            open.autoHidden = true;
            audit.record(AuditRecord.by(null, "content.auto_hide")
                    .content(type, id, item.title())
                    .person(item.authorSubject())
                    .reason(why)
                    .change(Map.of("state", "visible"), Map.of("state", "pending_review")));
            moderated.fire(new ContentModerated(
                    type, id, item.title(), item.pageType(), item.pageId(), item.authorSubject(), null, "held", why));
        }
        return new ReportView(inserted.get(0).longValue(), type, id, reason, details, now, "received");
    }

    public List<ReportView> mine(String reporter) {
        List<ReportView> views = new ArrayList<>();
        for (Report r : reports.find("reporterSubject = ?1 order by id desc", reporter)
                .page(0, 50)
                .list()) {
            views.add(new ReportView(
                    r.id,
                    r.contentType,
                    r.contentId,
                    r.reason,
                    r.details,
                    r.createdAt,
                    r.open ? "received" : "reviewed"));
        }
        return views;
    }
}

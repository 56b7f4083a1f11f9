package org.bravo.moderation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bravo.moderation.AuditLog;
import org.bravo.moderation.AuditRecord;
import org.bravo.moderation.ContentModerated;
import org.bravo.moderation.ModerationActionRequest;
import org.bravo.moderation.ModerationItemView;
import org.bravo.moderation.ModerationQueuePage;
import org.bravo.platform.content.Hiding;
import org.bravo.platform.content.ModeratedContent;
import org.bravo.platform.content.ModeratedContents;
import org.bravo.platform.content.ModeratedItem;
import org.bravo.platform.content.ModerationState;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.platform.error.FieldCode;
import org.bravo.platform.error.FieldErrors;
import org.bravo.platform.paging.Cursor;
import org.bravo.platform.security.Viewer;

/** The review queue and moderators' actions, the same for every kind of content. */
@ApplicationScoped
public class ModerationService {
    public static final String DISMISS = "dismiss";
    public static final String HIDE = "hide";
    public static final String RESTORE = "restore";
    public static final String DELETE = "delete";
    public static final String LOCK = "lock_comments";
    public static final String UNLOCK = "unlock_comments";
    public static final String WARN = "warn";
    static final List<String> ACTIONS = List.of(DISMISS, HIDE, RESTORE, DELETE, LOCK, UNLOCK, WARN);
    static final int MAX_REASON = 2_000;
    static final int PAGE = 20;

    @Inject
    ModeratedContents contents;

    @Inject
    Cases cases;

    @Inject
    ModerationCaseRepository caseRows;

    @Inject
    ModerationViews views;

    @Inject
    AuditLog audit;

    @Inject
    Event<ContentModerated> moderated;

    public ModerationQueuePage queue(String status, String type, String cursor) {
        boolean open = status == null || status.isBlank() || ModerationCase.OPEN.equals(status);
        FieldErrors errors = new FieldErrors();
        if (!open && !ModerationCase.CLOSED.equals(status)) {
            errors.add("status", FieldCode.INVALID, "open or closed.");
        }
        if (type != null && !type.isBlank() && contents.find(type).isEmpty()) {
            errors.add("type", FieldCode.INVALID, "One of " + String.join(", ", contents.types()) + ".");
        }
        errors.throwIfAny();
        String sort = open ? "queue-open" : "queue-closed";
        StringBuilder query = new StringBuilder("status = :status");
        Map<String, Object> params = new HashMap<>();
        params.put("status", open ? ModerationCase.OPEN : ModerationCase.CLOSED);
        if (type != null && !type.isBlank()) {
            query.append(" and contentType = :type");
            params.put("type", type);
        }
        if (cursor != null && !cursor.isBlank()) {
            Cursor c = Cursor.decode(cursor, sort, 2);
            params.put("cTime", c.instant(0));
            params.put("cId", c.longValue(1));
            query.append(
                    open
                            ? " and (openedAt > :cTime or (openedAt = :cTime and id > :cId))"
                            : " and (closedAt < :cTime or (closedAt = :cTime and id < :cId))");
        }
        // What waits longest comes first; closed cases show the latest decisions first.
        query.append(open ? " order by openedAt, id" : " order by closedAt desc, id desc");
        List<ModerationCase> page =
                caseRows.find(query.toString(), params).page(0, PAGE + 1).list();
        String next = null;
        if (page.size() > PAGE) {
            page = page.subList(0, PAGE);
            ModerationCase last = page.get(PAGE - 1);
            next = new Cursor(sort, List.of((open ? last.openedAt : last.closedAt).toString(), String.valueOf(last.id)))
                    .encode();
        }
        List<ModerationItemView> items = new ArrayList<>();
        for (ModerationCase c : page) {
            contents.find(c.contentType)
                    .flatMap(content -> content.find(c.contentId))
                    .ifPresent(item -> items.add(views.item(item, c)));
        }
        return new ModerationQueuePage(items, next);
    }

    public ModerationItemView item(String type, String id) {
        ModeratedItem item = require(type, id).find(id).orElseThrow();
        return views.item(
                item, cases.open(type, id).or(() -> cases.lastClosed(type, id)).orElse(null));
    }

    @Transactional
    public ModerationItemView act(String type, String id, ModerationActionRequest request, Viewer actor) {
        ModeratedContent content = require(type, id);
        String action = request == null ? null : request.action();
        String reason = request == null || request.reason() == null
                ? null
                : request.reason().strip();
        FieldErrors errors = new FieldErrors().required("action", action).required("reason", reason);
        if (action != null && !action.isBlank() && !ACTIONS.contains(action)) {
            errors.add("action", FieldCode.INVALID, "One of " + String.join(", ", ACTIONS) + ".");
        }
        errors.maxLength("reason", reason, MAX_REASON).throwIfAny();

        ModeratedItem before = content.find(id).orElseThrow();
        ModerationCase open = cases.open(type, id).orElse(null);
        if (!available(content, before, open).contains(action)) {
            throw new ApiException(
                    409,
                    ErrorCode.ACTION_NOT_APPLICABLE,
                    "Conflict",
                    "Cannot " + action.replace('_', ' ') + " this " + type + " now (it is "
                            + before.state().name().toLowerCase().replace('_', ' ') + ").");
        }
        String told;
        switch (action) {
            case DISMISS -> {
                if (before.state() == ModerationState.PENDING_REVIEW) {
                    content.restore(id);
                }
                told = before.state() == ModerationState.PENDING_REVIEW ? "restored" : null;
            }
            case HIDE -> {
                content.hide(id, new Hiding(actor.subject(), reason, false));
                told = "hidden";
            }
            case RESTORE -> {
                content.restore(id);
                told = "restored";
            }
            case DELETE -> {
                content.delete(id, actor);
                told = "deleted";
            }
            case LOCK -> {
                content.lockComments(id, true);
                told = "comments_locked";
            }
            case UNLOCK -> {
                content.lockComments(id, false);
                told = "comments_unlocked";
            }
            default -> told = "warned";
        }
        if (open != null && Set.of(DISMISS, HIDE, RESTORE, DELETE).contains(action)) {
            cases.close(open, action.equals(DISMISS) ? "dismissed" : told, actor.subject());
        }
        ModeratedItem after = content.find(id).orElseThrow();
        audit.record(AuditRecord.by(actor.subject(), action.equals(WARN) ? "author.warn" : "content." + action)
                .content(type, id, before.title())
                .person(before.authorSubject())
                .reason(reason)
                .change(state(before), state(after)));
        if (told != null && !before.authorSubject().equals(actor.subject())) {
            moderated.fire(new ContentModerated(
                    type,
                    id,
                    before.title(),
                    before.pageType(),
                    before.pageId(),
                    before.authorSubject(),
                    actor.subject(),
                    told,
                    reason));
        }
        return views.item(
                after, cases.open(type, id).or(() -> cases.lastClosed(type, id)).orElse(null));
    }

    /** The actions that apply to the content in its state, with or without an open case. */
    static List<String> available(ModeratedContent content, ModeratedItem item, ModerationCase open) {
        List<String> actions = new ArrayList<>();
        if (item.state() == ModerationState.DELETED) {
            return actions;
        }
        if (open != null) {
            actions.add(DISMISS);
        }
        if (item.state() != ModerationState.HIDDEN) {
            actions.add(HIDE);
        }
        if (item.state() != ModerationState.VISIBLE) {
            actions.add(RESTORE);
        }
        actions.add(DELETE);
        if (content.takesComments() && Boolean.FALSE.equals(item.commentsLocked())) {
            actions.add(LOCK);
        }
        if (content.takesComments() && Boolean.TRUE.equals(item.commentsLocked())) {
            actions.add(UNLOCK);
        }
        actions.add(WARN);
        return actions;
    }

    private ModeratedContent require(String type, String id) {
        ModeratedContent content = contents.find(type)
                .orElseThrow(() -> ApiException.notFound(ErrorCode.CONTENT_NOT_FOUND, "No content type " + type + "."));
        if (content.find(id).isEmpty()) {
            throw ApiException.notFound(ErrorCode.CONTENT_NOT_FOUND, "No " + type + " " + id + ".");
        }
        return content;
    }

    static Map<String, Object> state(ModeratedItem item) {
        Map<String, Object> state = new HashMap<>();
        state.put("state", item.state().name().toLowerCase());
        if (item.commentsLocked() != null) {
            state.put("commentsLocked", item.commentsLocked());
        }
        return state;
    }
}

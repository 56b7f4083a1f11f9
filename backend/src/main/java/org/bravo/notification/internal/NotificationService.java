package org.bravo.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bravo.comment.PersonMentioned;
import org.bravo.moderation.ContentModerated;
import org.bravo.moderation.PersonSuspended;
import org.bravo.notification.NotificationView;
import org.bravo.people.People;
import org.bravo.people.PersonSummary;
import org.bravo.platform.content.ContentActedOnByStaff;
import org.bravo.platform.content.ContentTypes;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.post.PostStatusChanged;
import org.bravo.profile.ShopRequestDecided;

/**
 * Stores what a person should be told. Observers run inside the transaction of the change, so a notification exists
 * exactly when its cause was committed.
 */
@ApplicationScoped
public class NotificationService {
    public static final String POST_STATUS_CHANGED = "post_status_changed";
    public static final String MENTIONED = "mentioned";
    public static final String CONTENT_MODERATED = "content_moderated";
    public static final String MODERATION_WARNING = "moderation_warning";
    public static final String ACCOUNT_SUSPENDED = "account_suspended";
    public static final String CONTENT_CHANGED_BY_STAFF = "content_changed_by_staff";
    public static final String SHOP_REQUEST_DECIDED = "shop_request_decided";

    @Inject
    NotificationRepository notifications;

    @Inject
    People people;

    @Inject
    Clock clock;

    void onStatusChanged(@Observes PostStatusChanged change) {
        Map<String, Object> data = new HashMap<>();
        data.put("title", change.title());
        data.put("from", change.fromStatus());
        data.put("to", change.toStatus());
        data.put("status", change.toStatus());
        if (change.reason() != null) {
            data.put("reason", change.reason());
        }
        store(change.authorSubject(), POST_STATUS_CHANGED, change.actorSubject(), change.postId(), null, null, data);
    }

    void onMentioned(@Observes PersonMentioned mention) {
        Long postId = ContentTypes.POST.equals(mention.rootType()) ? mention.rootId() : null;
        Long entryId = ContentTypes.ENTRY.equals(mention.rootType()) ? mention.rootId() : null;
        store(
                mention.mentionedSubject(),
                MENTIONED,
                mention.actorSubject(),
                postId,
                entryId,
                mention.commentId(),
                Map.of("excerpt", mention.excerpt()));
    }

    /** Authors are told of what moderators (or Bravo itself) did to their content, and why. */
    void onModerated(@Observes ContentModerated action) {
        Long postId = ContentTypes.POST.equals(action.pageType()) && action.pageId() != null
                ? Long.valueOf(action.pageId())
                : null;
        Long entryId = ContentTypes.ENTRY.equals(action.pageType()) && action.pageId() != null
                ? Long.valueOf(action.pageId())
                : null;
        Long commentId = ContentTypes.COMMENT.equals(action.contentType()) ? Long.valueOf(action.contentId()) : null;
        Map<String, Object> data = new HashMap<>();
        data.put("contentType", action.contentType());
        data.put("title", action.title());
        if ("warned".equals(action.action())) {
            data.put("message", action.reason());
            store(action.authorSubject(), MODERATION_WARNING, action.actorSubject(), postId, entryId, commentId, data);
            return;
        }
        data.put("action", action.action());
        data.put("reason", action.reason());
        store(action.authorSubject(), CONTENT_MODERATED, action.actorSubject(), postId, entryId, commentId, data);
    }

    /**
     * Authors are told when a moderator or an admin edited or deleted their content from its page, and why when they
     * said so: nobody's words change behind their back.
     */
    void onStaffAction(@Observes ContentActedOnByStaff action) {
        Long postId = ContentTypes.POST.equals(action.pageType()) ? Long.valueOf(action.pageId()) : null;
        Long entryId = ContentTypes.ENTRY.equals(action.pageType()) ? Long.valueOf(action.pageId()) : null;
        Long commentId = ContentTypes.COMMENT.equals(action.contentType()) ? Long.valueOf(action.contentId()) : null;
        Map<String, Object> data = new HashMap<>();
        data.put("action", ContentActedOnByStaff.EDIT.equals(action.action()) ? "edited" : "deleted");
        data.put("contentType", action.contentType());
        data.put("title", action.title());
        data.put("reason", action.reason());
        data.put("by", action.actorIsAdmin() ? "admin" : "moderator");
        store(
                action.authorSubject(),
                CONTENT_CHANGED_BY_STAFF,
                action.actorSubject(),
                postId,
                entryId,
                commentId,
                data);
    }

    void onSuspended(@Observes PersonSuspended suspension) {
        Map<String, Object> data = new HashMap<>();
        data.put("until", suspension.until() == null ? null : suspension.until().toString());
        data.put("reason", suspension.reason());
        store(suspension.subject(), ACCOUNT_SUSPENDED, suspension.actorSubject(), null, null, null, data);
    }

    /** A person who asked to work elsewhere learns the answer, and the admin's reason when they gave one. */
    void onShopRequestDecided(@Observes ShopRequestDecided decision) {
        Map<String, Object> data = new HashMap<>();
        data.put("status", decision.approved() ? "approved" : "declined");
        data.put("toHeadOffice", decision.toHeadOffice());
        data.put("toShop", decision.toShop());
        data.put("toShopName", decision.toShopName());
        data.put("reason", decision.reason());
        data.put("setDirectly", decision.setDirectly());
        store(decision.personSubject(), SHOP_REQUEST_DECIDED, decision.actorSubject(), null, null, null, data);
    }

    private void store(
            String recipient,
            String type,
            String actor,
            Long postId,
            Long entryId,
            Long commentId,
            Map<String, Object> data) {
        Notification n = new Notification();
        n.recipientSubject = recipient;
        n.type = type;
        n.actorSubject = actor;
        n.postId = postId;
        n.entryId = entryId;
        n.commentId = commentId;
        n.data = data;
        n.createdAt = clock.instant();
        notifications.persist(n);
    }

    public List<NotificationView> latest(String recipient, int limit) {
        List<Notification> list = notifications
                .find("recipientSubject = ?1 order by id desc", recipient)
                .page(0, limit)
                .list();
        Map<String, PersonSummary> actors = people.summaries(
                list.stream().map(n -> n.actorSubject).filter(a -> a != null).toList());
        return list.stream()
                .map(n -> new NotificationView(
                        n.id,
                        n.type,
                        n.createdAt,
                        n.readAt,
                        n.postId,
                        n.entryId,
                        n.commentId,
                        n.actorSubject == null ? null : actors.get(n.actorSubject),
                        n.data))
                .toList();
    }

    /** Someone else's notification answers 404 like a missing one. */
    @Transactional
    public void markRead(long id, String recipient) {
        Notification n = notifications.findById(id);
        if (n == null || !n.recipientSubject.equals(recipient)) {
            throw ApiException.notFound(ErrorCode.NOTIFICATION_NOT_FOUND, "No notification " + id);
        }
        if (n.readAt == null) {
            n.readAt = clock.instant();
        }
    }
}

package org.bravo.guestbook.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bravo.guestbook.CreateEntryRequest;
import org.bravo.guestbook.PromoteEntryRequest;
import org.bravo.guestbook.UpdateEntryRequest;
import org.bravo.media.Photos;
import org.bravo.media.Videos;
import org.bravo.moderation.Moderation;
import org.bravo.moderation.Screening;
import org.bravo.moderation.WatchWords;
import org.bravo.people.PersonRef;
import org.bravo.platform.content.ContentActedOnByStaff;
import org.bravo.platform.content.ContentActedOnByStaff.Target;
import org.bravo.platform.content.ContentChanged;
import org.bravo.platform.content.ModerationTitles;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.platform.error.FieldErrors;
import org.bravo.platform.security.Viewer;
import org.bravo.post.Posts;
import org.bravo.post.PromotedPractice;
import org.bravo.shop.ShopRef;
import org.bravo.shop.Shops;

/**
 * Writing guestbook entries: membership, screening, deletion, hiding and promotion. The fields' rules and customer
 * consent are in {@link EntryForm}, the photos and films in {@link EntryAttachments}.
 */
@ApplicationScoped
public class EntryService {
    static final int MAX_REASON = 2_000;

    @Inject
    EntryRepository entries;

    @Inject
    Shops shops;

    @Inject
    Photos photos;

    @Inject
    Videos videos;

    @Inject
    EntryAttachments attachments;

    @Inject
    Posts posts;

    @Inject
    EntryForm form;

    @Inject
    Clock clock;

    @Inject
    Event<ContentChanged> changed;

    @Inject
    WatchWords watchWords;

    @Inject
    Instance<Moderation> moderation;

    @Inject
    Event<ContentActedOnByStaff> staffActed;

    /** The entry if the viewer may see it, else a 404 that does not tell hidden from missing. */
    public Entry requireVisible(long id, Viewer viewer) {
        return Optional.ofNullable(entries.findById(id))
                .filter(found -> EntryPolicy.canView(found, viewer))
                .orElseThrow(() -> notFound(id));
    }

    static ApiException notFound(long id) {
        return ApiException.notFound(
                ErrorCode.ENTRY_NOT_FOUND, "No guestbook entry " + id + " here, or it is not visible to you.");
    }

    /** The shop whose guestbook is asked for; unknown codes answer 404. */
    public ShopRef requireShop(String code) {
        return shops.find(code)
                .orElseThrow(() -> ApiException.notFound(ErrorCode.SHOP_NOT_FOUND, "No shop " + code + "."));
    }

    @Transactional
    public Entry create(String shopCode, CreateEntryRequest request, Viewer viewer, PersonRef me) {
        ShopRef shop = requireShop(shopCode);
        if (!EntryPolicy.canWriteIn(shop.code(), viewer, me.shop())) {
            throw ApiException.forbidden(
                    ErrorCode.NOT_A_MEMBER, "Only members of " + shop.name() + " write in its guestbook.");
        }
        if (!shops.isOpen(shop.code())) {
            throw new ApiException(
                    409, ErrorCode.SHOP_INACTIVE, "Conflict", shop.name() + " is closed; its guestbook is read-only.");
        }
        EntryForm.Content content = form.validate(request, request.videoIds(), me, Set.of(), Set.of());
        Screening screening = screen(content.body());
        Entry entry = new Entry();
        entry.shopCode = shop.code();
        entry.authorSubject = me.subject();
        entry.createdAt = clock.instant();
        entry.lastActivityAt = entry.createdAt;
        form.apply(entry, content, me);
        entries.persist(entry);
        entries.flush();
        attachments.replacePhotos(entry, content.photoIds());
        attachments.replaceVideos(entry, content.videoIds(), Set.of());
        changed.fire(ContentChanged.of(EntryContentResolver.TYPE, entry.id));
        watchWords.review(EntryContentResolver.TYPE, String.valueOf(entry.id), screening);
        return entry;
    }

    @Transactional
    public Entry update(long id, UpdateEntryRequest request, Viewer viewer, PersonRef me) {
        Entry entry = requireVisible(id, viewer);
        if (!EntryPolicy.canEdit(entry, viewer)) {
            throw ApiException.forbidden(ErrorCode.NOT_YOUR_ENTRY, "Only its author edits an entry.");
        }
        List<UUID> current = attachments.videoIds(entry.id);
        // Null keeps the videos as they are: clients written before videos existed do not drop them on edit.
        List<String> rawVideoIds = request.videoIds() == null
                ? current.stream().map(UUID::toString).toList()
                : request.videoIds();
        Set<UUID> attachedVideos = Set.copyOf(current);
        EntryForm.Content content =
                form.validate(request, rawVideoIds, me, attachments.attachedPhotos(entry.id), attachedVideos);
        Screening screening = screen(content.body());
        form.apply(entry, content, me);
        entry.editedAt = clock.instant();
        attachments.replacePhotos(entry, content.photoIds());
        attachments.replaceVideos(entry, content.videoIds(), attachedVideos);
        changed.fire(ContentChanged.of(EntryContentResolver.TYPE, entry.id));
        watchWords.review(EntryContentResolver.TYPE, String.valueOf(entry.id), screening);
        return entry;
    }

    /**
     * The ordinary delete, by its author or by a moderator or an admin; staff deleting someone else's entry is written
     * to the audit log and told to the author, with the optional {@code reason}. (Only authors edit entries.)
     */
    @Transactional
    public void delete(long id, String reason, Viewer viewer) {
        Entry entry = requireVisible(id, viewer);
        ContentActedOnByStaff.deleteNotingStaff(
                viewer,
                Target.itself(
                        EntryContentResolver.TYPE, entry.id, ModerationTitles.of(entry.excerpt), entry.authorSubject),
                entry.moderation.state(false),
                reason,
                () -> delete(id, viewer),
                staffActed);
    }

    /** Deletes the entry; the review queue's delete action comes here directly and keeps its own trail. */
    @Transactional
    public void delete(long id, Viewer viewer) {
        Entry entry = requireVisible(id, viewer);
        if (!EntryPolicy.canDelete(entry, viewer)) {
            throw ApiException.forbidden(ErrorCode.NOT_YOUR_ENTRY, "Only its author or a moderator deletes an entry.");
        }
        entry.deletedAt = clock.instant();
        // A deleted entry's films and photos are deleted with it (the store's files once this commits).
        videos.discard(attachments.videoIds(entry.id));
        photos.discardShownBy(EntryContentResolver.TYPE, entry.id);
        changed.fire(ContentChanged.of(EntryContentResolver.TYPE, entry.id));
    }

    @Transactional
    public Entry hide(long id, String reason, Viewer viewer) {
        Entry entry = requireVisible(id, viewer);
        if (!EntryPolicy.canHide(entry, viewer)) {
            throw ApiException.forbidden(ErrorCode.FORBIDDEN, "Only moderators and admins hide entries.");
        }
        String why = reason == null ? null : reason.strip();
        new FieldErrors()
                .required("reason", why)
                .maxLength("reason", why, MAX_REASON)
                .throwIfAny();
        if (!entry.moderation.isHidden() || entry.moderation.held) {
            // The review queue's own action: audited, reports closed, author told.
            moderation.get().act(EntryContentResolver.TYPE, String.valueOf(id), "hide", why, viewer);
        }
        return entry;
    }

    @Transactional
    public Entry restore(long id, Viewer viewer) {
        Entry entry = requireVisible(id, viewer);
        if (!EntryPolicy.canHide(entry, viewer)) {
            throw ApiException.forbidden(ErrorCode.FORBIDDEN, "Only moderators and admins restore entries.");
        }
        if (entry.moderation.isHidden()) {
            moderation
                    .get()
                    .act(
                            EntryContentResolver.TYPE,
                            String.valueOf(id),
                            "restore",
                            "Shown again from the guestbook.",
                            viewer);
        }
        return entry;
    }

    /** Turns the entry into a practice post crediting the entry's shop; returns the new post's id. */
    @Transactional
    public long promote(long id, PromoteEntryRequest request, Viewer viewer, PersonRef me) {
        Entry entry = requireVisible(id, viewer);
        if (!EntryPolicy.canPromote(entry, viewer, me.shop())) {
            throw ApiException.forbidden(
                    ErrorCode.NOT_A_MEMBER, "Only members of the entry's shop turn it into a practice.");
        }
        // Two members promoting at once: the row lock makes the second one see the first one's post.
        entries.getEntityManager()
                .createNativeQuery("select id from guestbook_entry where id = ?1 for update")
                .setParameter(1, id)
                .getSingleResult();
        if (!posts.promotedFrom(List.of(id)).isEmpty()) {
            throw new ApiException(
                    409, ErrorCode.ENTRY_ALREADY_PROMOTED, "Conflict", "This entry is already a practice.");
        }
        return posts.promote(new PromotedPractice(
                request.title(),
                entry.bodyMarkdown,
                request.tags(),
                request.categoryId(),
                entry.shopCode,
                me.subject(),
                attachments.photoIds(entry.id),
                entry.id));
    }

    public LocalDate today() {
        return form.today();
    }

    private Screening screen(String body) {
        return watchWords.screen(Map.of("body", body == null ? "" : body));
    }
}

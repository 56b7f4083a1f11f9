package org.bravo.guestbook.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import org.bravo.platform.content.ContentChanged;
import org.bravo.platform.content.ModerationState;
import org.bravo.platform.content.ModerationTitles;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.FieldErrors;
import org.bravo.platform.security.Viewer;
import org.bravo.platform.text.MarkdownRenderer;
import org.bravo.post.Posts;
import org.bravo.post.PromotedPractice;
import org.bravo.shop.ShopRef;
import org.bravo.shop.Shops;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Writing guestbook entries: membership, validation, customer consent, photos, hiding and promotion. */
@ApplicationScoped
public class EntryService {
    static final int MAX_BODY = 10_000;
    static final int MAX_PHOTOS = 10;
    static final int MAX_VIDEOS = 3;
    static final int MAX_REASON = 2_000;
    static final Set<String> KINDS = Set.of("experiment", "customer_moment", "team_note");
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final EntryRepository entries;
    private final Shops shops;
    private final Photos photos;
    private final Videos videos;
    private final Posts posts;
    private final MarkdownRenderer markdown;
    private final Clock clock;
    private final ZoneId zone;
    private final Event<ContentChanged> changed;
    private final WatchWords watchWords;
    private final Instance<Moderation> moderation;
    private final Event<ContentActedOnByStaff> staffActed;

    @Inject
    public EntryService(EntryRepository entries, Shops shops, Photos photos, Videos videos, Posts posts,
                        MarkdownRenderer markdown, Clock clock, @ConfigProperty(name = "bravo.time-zone") ZoneId zone,
                        Event<ContentChanged> changed, WatchWords watchWords,
                        Instance<Moderation> moderation, Event<ContentActedOnByStaff> staffActed) {
        this.staffActed = staffActed;
        this.moderation = moderation;
        this.changed = changed;
        this.watchWords = watchWords;
        this.videos = videos;
        this.entries = entries;
        this.shops = shops;
        this.photos = photos;
        this.posts = posts;
        this.markdown = markdown;
        this.clock = clock;
        this.zone = zone;
    }

    /** The entry if the viewer may see it, else a 404 that does not tell hidden from missing. */
    public Entry requireVisible(long id, Viewer viewer) {
        Entry entry = entries.findById(id);
        if (entry == null || !EntryPolicy.canView(entry, viewer)) {
            throw notFound(id);
        }
        return entry;
    }

    static ApiException notFound(long id) {
        return ApiException.notFound("ENTRY_NOT_FOUND", "No guestbook entry " + id + " here, or it is not visible to you.");
    }

    /** The shop whose guestbook is asked for; unknown codes answer 404. */
    public ShopRef requireShop(String code) {
        return shops.find(code).orElseThrow(() -> ApiException.notFound("SHOP_NOT_FOUND", "No shop " + code + "."));
    }

    @Transactional
    public Entry create(String shopCode, CreateEntryRequest request, Viewer viewer, PersonRef me) {
        ShopRef shop = requireShop(shopCode);
        if (!EntryPolicy.canWriteIn(shop.code(), viewer, me.shop())) {
            throw ApiException.forbidden("NOT_A_MEMBER", "Only members of " + shop.name()
                    + " write in its guestbook.");
        }
        if (!shops.isOpen(shop.code())) {
            throw new ApiException(409, "SHOP_INACTIVE", "Conflict", shop.name() + " is closed; its guestbook is read-only.");
        }
        Content content = validate(request.kind(), request.body(), request.date(), request.photoIds(),
                request.photosShowCustomer(), request.customerConsent(), me, Set.of(), request.videoIds(), Set.of());
        Screening screening = screen(content.body());
        Entry entry = new Entry();
        entry.shopCode = shop.code();
        entry.authorSubject = me.subject();
        entry.createdAt = clock.instant();
        entry.lastActivityAt = entry.createdAt;
        apply(entry, content, me);
        entries.persist(entry);
        entries.flush();
        replacePhotos(entry, content.photoIds());
        replaceVideos(entry, content.videoIds(), Set.of());
        changed.fire(ContentChanged.of(EntryContentResolver.TYPE, entry.id));
        watchWords.review(EntryContentResolver.TYPE, String.valueOf(entry.id), screening);
        return entry;
    }

    @Transactional
    public Entry update(long id, UpdateEntryRequest request, Viewer viewer, PersonRef me) {
        Entry entry = requireVisible(id, viewer);
        if (!EntryPolicy.canEdit(entry, viewer)) {
            throw ApiException.forbidden("NOT_YOUR_ENTRY", "Only its author edits an entry.");
        }
        List<UUID> current = videoIds(entry.id);
        // Null keeps the videos as they are: clients written before videos existed do not drop them on edit.
        List<String> rawVideoIds = request.videoIds() == null ? current.stream().map(UUID::toString).toList()
                : request.videoIds();
        Set<UUID> attachedVideos = Set.copyOf(current);
        Content content = validate(request.kind(), request.body(), request.date(), request.photoIds(),
                request.photosShowCustomer(), request.customerConsent(), me, attachedPhotos(entry.id),
                rawVideoIds, attachedVideos);
        Screening screening = screen(content.body());
        apply(entry, content, me);
        entry.editedAt = clock.instant();
        replacePhotos(entry, content.photoIds());
        replaceVideos(entry, content.videoIds(), attachedVideos);
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
        ModerationState state = entry.moderation.state(false);
        ContentActedOnByStaff.deleteNotingStaff(viewer, entry.authorSubject, reason, () -> delete(id, viewer),
                why -> ContentActedOnByStaff.deleted(EntryContentResolver.TYPE, entry.id,
                        ModerationTitles.of(entry.excerpt), EntryContentResolver.TYPE, entry.id, entry.authorSubject,
                        viewer, why, state),
                staffActed);
    }

    /** Deletes the entry; the review queue's delete action comes here directly and keeps its own trail. */
    @Transactional
    public void delete(long id, Viewer viewer) {
        Entry entry = requireVisible(id, viewer);
        if (!EntryPolicy.canDelete(entry, viewer)) {
            throw ApiException.forbidden("NOT_YOUR_ENTRY", "Only its author or a moderator deletes an entry.");
        }
        entry.deletedAt = clock.instant();
        // A deleted entry's films and photos are deleted with it (the store's files once this commits).
        videos.discard(videoIds(entry.id));
        photos.discardShownBy(EntryContentResolver.TYPE, entry.id);
        changed.fire(ContentChanged.of(EntryContentResolver.TYPE, entry.id));
    }

    @Transactional
    public Entry hide(long id, String reason, Viewer viewer) {
        Entry entry = requireVisible(id, viewer);
        if (!EntryPolicy.canHide(entry, viewer)) {
            throw ApiException.forbidden("FORBIDDEN", "Only moderators and admins hide entries.");
        }
        String why = reason == null ? null : reason.strip();
        new FieldErrors().required("reason", why).maxLength("reason", why, MAX_REASON).throwIfAny();
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
            throw ApiException.forbidden("FORBIDDEN", "Only moderators and admins restore entries.");
        }
        if (entry.moderation.isHidden()) {
            moderation.get().act(EntryContentResolver.TYPE, String.valueOf(id), "restore",
                    "Shown again from the guestbook.", viewer);
        }
        return entry;
    }

    /** Turns the entry into a practice post crediting the entry's shop; returns the new post's id. */
    @Transactional
    public long promote(long id, PromoteEntryRequest request, Viewer viewer, PersonRef me) {
        Entry entry = requireVisible(id, viewer);
        if (!EntryPolicy.canPromote(entry, viewer, me.shop())) {
            throw ApiException.forbidden("NOT_A_MEMBER", "Only members of the entry's shop turn it into a practice.");
        }
        // Two members promoting at once: the row lock makes the second one see the first one's post.
        entries.getEntityManager().createNativeQuery("select id from guestbook_entry where id = ?1 for update")
                .setParameter(1, id).getSingleResult();
        if (!posts.promotedFrom(List.of(id)).isEmpty()) {
            throw new ApiException(409, "ENTRY_ALREADY_PROMOTED", "Conflict",
                    "This entry is already a practice.");
        }
        PromoteEntryRequest body = request == null ? new PromoteEntryRequest(null, null, null) : request;
        return posts.promote(new PromotedPractice(body.title(), entry.bodyMarkdown, body.tags(), body.categoryId(),
                entry.shopCode, me.subject(), photoIds(entry.id), entry.id));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private record Content(String kind, String body, LocalDate date, List<UUID> photoIds, List<UUID> videoIds,
                           boolean showsCustomer, boolean consent) {
    }

    private Content validate(String kind, String body, String rawDate, List<String> rawPhotoIds,
                             Boolean photosShowCustomer, Boolean customerConsent, PersonRef me, Set<UUID> attached,
                             List<String> rawVideoIds, Set<UUID> attachedVideos) {
        FieldErrors errors = new FieldErrors().required("kind", kind);
        if (kind != null && !kind.isBlank() && !KINDS.contains(kind)) {
            errors.add("kind", FieldErrors.INVALID, "One of experiment, customer_moment, team_note.");
        }
        String text = body == null ? null : body.strip();
        errors.required("body", text).maxLength("body", text, MAX_BODY);
        LocalDate date = today();
        if (rawDate != null && !rawDate.isBlank()) {
            try {
                date = LocalDate.parse(rawDate.strip());
                // A day ahead is allowed: the author's evening may already be tomorrow in the company's zone.
                if (date.isAfter(today().plusDays(1)) || date.isBefore(EARLIEST)) {
                    errors.add("date", FieldErrors.INVALID, "Not a day an entry can be about.");
                }
            } catch (DateTimeParseException e) {
                errors.add("date", FieldErrors.INVALID, "A date as yyyy-MM-dd.");
            }
        }
        List<UUID> ids = photos.checkAttachable(errors, rawPhotoIds, MAX_PHOTOS, attached, me.subject());
        List<UUID> videoIds = videos.checkAttachable(errors, rawVideoIds, MAX_VIDEOS, attachedVideos, me.subject());
        boolean showsCustomer = false;
        boolean consent = false;
        if (!ids.isEmpty() || !videoIds.isEmpty()) {
            // Films show customers as much as photos do: the same question and consent cover both.
            // The author must answer the question; "no customer in these photos" is an answer, silence is not.
            errors.required("photosShowCustomer", photosShowCustomer);
            showsCustomer = Boolean.TRUE.equals(photosShowCustomer);
            consent = Boolean.TRUE.equals(customerConsent);
            if (showsCustomer && !consent) {
                errors.add("customerConsent", FieldErrors.REQUIRED,
                        "A customer appears in the photos: confirm they agreed to be shown.");
            }
        }
        errors.throwIfAny();
        return new Content(kind, text, date, ids, videoIds, showsCustomer, consent);
    }

    private Screening screen(String body) {
        Screening screening = watchWords.screen(Map.of("body", body == null ? "" : body));
        screening.throwIfBlocked();
        return screening;
    }

    private void apply(Entry entry, Content content, PersonRef me) {
        entry.kind = content.kind();
        entry.bodyMarkdown = content.body();
        entry.bodyHtml = markdown.toHtml(content.body());
        entry.excerpt = markdown.excerpt(content.body());
        entry.date = content.date();
        boolean hadConsent = entry.consentSubject != null;
        entry.photosShowCustomer = content.showsCustomer();
        if (content.showsCustomer()) {
            // The tick is recorded once, by whoever gave it; later edits keep that record.
            if (!hadConsent) {
                entry.consentSubject = me.subject();
                entry.consentAt = clock.instant();
            }
        } else {
            entry.consentSubject = null;
            entry.consentAt = null;
        }
    }

    @SuppressWarnings("unchecked")
    private Set<UUID> attachedPhotos(long entryId) {
        return new HashSet<>(entries.getEntityManager()
                .createNativeQuery("select photo_id from guestbook_entry_photo where entry_id = ?1")
                .setParameter(1, entryId).getResultList());
    }

    @SuppressWarnings("unchecked")
    List<UUID> photoIds(long entryId) {
        return entries.getEntityManager()
                .createNativeQuery("select photo_id from guestbook_entry_photo where entry_id = ?1 order by position")
                .setParameter(1, entryId).getResultList();
    }

    @SuppressWarnings("unchecked")
    List<UUID> videoIds(long entryId) {
        return entries.getEntityManager()
                .createNativeQuery("select video_id from guestbook_entry_video where entry_id = ?1 order by position")
                .setParameter(1, entryId).getResultList();
    }

    /** Rewrites the entry's videos, and tells the media module which ones are now shown and which no longer are. */
    private void replaceVideos(Entry entry, List<UUID> ids, Set<UUID> before) {
        var em = entries.getEntityManager();
        em.flush();
        videos.detach(before.stream().filter(id -> !ids.contains(id)).toList());
        videos.attach(ids.stream().filter(id -> !before.contains(id)).toList(), EntryContentResolver.TYPE, entry.id);
        em.createNativeQuery("delete from guestbook_entry_video where entry_id = ?1").setParameter(1, entry.id)
                .executeUpdate();
        for (int i = 0; i < ids.size(); i++) {
            em.createNativeQuery("insert into guestbook_entry_video (entry_id, video_id, position) values (?1, ?2, ?3)")
                    .setParameter(1, entry.id).setParameter(2, ids.get(i)).setParameter(3, i).executeUpdate();
        }
    }

    private void replacePhotos(Entry entry, List<UUID> ids) {
        var em = entries.getEntityManager();
        photos.show(ids, EntryContentResolver.TYPE, entry.id);
        em.createNativeQuery("delete from guestbook_entry_photo where entry_id = ?1").setParameter(1, entry.id)
                .executeUpdate();
        for (int i = 0; i < ids.size(); i++) {
            em.createNativeQuery("insert into guestbook_entry_photo (entry_id, photo_id, position) values (?1, ?2, ?3)")
                    .setParameter(1, entry.id).setParameter(2, ids.get(i)).setParameter(3, i).executeUpdate();
        }
    }
}

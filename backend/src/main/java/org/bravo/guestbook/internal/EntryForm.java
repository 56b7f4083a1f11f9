package org.bravo.guestbook.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bravo.guestbook.EntryFields;
import org.bravo.media.Photos;
import org.bravo.media.Videos;
import org.bravo.people.PersonRef;
import org.bravo.platform.error.FieldCode;
import org.bravo.platform.error.FieldErrors;
import org.bravo.platform.text.MarkdownRenderer;
import org.bravo.platform.time.CalendarConfig;

/**
 * What an author writes in an entry, checked field by field (all errors at once) and then copied onto the entry; the
 * same rules for a new entry and an edit.
 */
@ApplicationScoped
public class EntryForm {
    static final int MAX_BODY = 10_000;
    static final int MAX_PHOTOS = 10;
    static final int MAX_VIDEOS = 3;
    static final Set<String> KINDS = Set.of("experiment", "customer_moment", "team_note");
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    @Inject
    Photos photos;

    @Inject
    Videos videos;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    Clock clock;

    @Inject
    CalendarConfig calendar;

    LocalDate today() {
        return calendar.today(clock);
    }

    /** The fields as checked: trimmed body, parsed day, photos and films the author may attach. */
    record Content(
            String kind,
            String body,
            LocalDate date,
            List<UUID> photoIds,
            List<UUID> videoIds,
            boolean showsCustomer,
            boolean consent) {}

    Content validate(
            EntryFields fields, List<String> rawVideoIds, PersonRef me, Set<UUID> attached, Set<UUID> attachedVideos) {
        String kind = fields.kind();
        String body = fields.body();
        String rawDate = fields.date();
        List<String> rawPhotoIds = fields.photoIds();
        Boolean photosShowCustomer = fields.photosShowCustomer();
        Boolean customerConsent = fields.customerConsent();
        FieldErrors errors = new FieldErrors().required("kind", kind);
        if (kind != null && !kind.isBlank() && !KINDS.contains(kind)) {
            errors.add("kind", FieldCode.INVALID, "One of experiment, customer_moment, team_note.");
        }
        String text = body == null ? null : body.strip();
        errors.required("body", text).maxLength("body", text, MAX_BODY);
        LocalDate date = today();
        if (rawDate != null && !rawDate.isBlank()) {
            try {
                date = LocalDate.parse(rawDate.strip());
                // A day ahead is allowed: the author's evening may already be tomorrow in the company's zone.
                if (date.isAfter(today().plusDays(1)) || date.isBefore(EARLIEST)) {
                    errors.add("date", FieldCode.INVALID, "Not a day an entry can be about.");
                }
            } catch (DateTimeParseException e) {
                errors.add("date", FieldCode.INVALID, "A date as yyyy-MM-dd.");
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
                errors.add(
                        "customerConsent",
                        FieldCode.REQUIRED,
                        "A customer appears in the photos: confirm they agreed to be shown.");
            }
        }
        errors.throwIfAny();
        return new Content(kind, text, date, ids, videoIds, showsCustomer, consent);
    }

    void apply(Entry entry, Content content, PersonRef me) {
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
}

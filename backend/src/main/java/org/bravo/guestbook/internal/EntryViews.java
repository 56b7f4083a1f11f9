package org.bravo.guestbook.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.bravo.guestbook.EntryView;
import org.bravo.media.PhotoView;
import org.bravo.media.Photos;
import org.bravo.media.VideoView;
import org.bravo.media.Videos;
import org.bravo.people.People;
import org.bravo.people.PersonSummary;
import org.bravo.platform.content.ContentTypes;
import org.bravo.platform.security.Viewer;
import org.bravo.platform.sql.OrderedLinks;
import org.bravo.post.PostLink;
import org.bravo.post.Posts;
import org.bravo.shop.ShopRef;
import org.bravo.shop.Shops;
import org.bravo.vote.Bravos;

/** Builds entry views a page at a time: one query per related table, whatever the page size. */
@ApplicationScoped
public class EntryViews {
    @Inject
    EntryRepository entries;

    @Inject
    People people;

    @Inject
    Shops shops;

    @Inject
    Photos photos;

    @Inject
    Videos videos;

    @Inject
    Bravos bravos;

    @Inject
    Posts posts;

    public EntryView view(Entry entry, Viewer viewer, String viewerShop) {
        return views(List.of(entry), viewer, viewerShop).get(0);
    }

    @SuppressWarnings("unchecked")
    public List<EntryView> views(List<Entry> page, Viewer viewer, String viewerShop) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(e -> e.id).toList();
        Set<String> subjects = new HashSet<>();
        page.forEach(e -> {
            subjects.add(e.authorSubject);
            if (e.consentSubject != null) {
                subjects.add(e.consentSubject);
            }
        });
        Map<String, PersonSummary> persons = people.summaries(subjects);
        Map<String, ShopRef> shopRefs =
                shops.refs(page.stream().map(e -> e.shopCode).toList());
        Map<Long, List<UUID>> photoIds = OrderedLinks.byOwner(
                entries.getEntityManager(),
                "select entry_id, photo_id from guestbook_entry_photo where entry_id in (:ids)"
                        + " order by entry_id, position",
                ids,
                UUID.class);
        // One photo lookup for the whole page, then each entry takes its own in order.
        Map<String, PhotoView> described = new HashMap<>();
        for (PhotoView photo :
                photos.describe(photoIds.values().stream().flatMap(List::stream).toList())) {
            described.put(photo.id(), photo);
        }
        Map<Long, List<UUID>> videoIds = OrderedLinks.byOwner(
                entries.getEntityManager(),
                "select entry_id, video_id from guestbook_entry_video where entry_id in (:ids)"
                        + " order by entry_id, position",
                ids,
                UUID.class);
        Map<String, VideoView> films = new HashMap<>();
        for (VideoView video :
                videos.describe(videoIds.values().stream().flatMap(List::stream).toList(), viewer)) {
            films.put(video.id(), video);
        }
        Set<Long> bravoed = bravos.givenBy(viewer.subject(), ContentTypes.ENTRY, ids);
        Map<Long, PostLink> promoted = posts.promotedFrom(ids);
        List<EntryView> views = new ArrayList<>();
        for (Entry e : page) {
            PostLink post = promoted.get(e.id);
            boolean hidden = e.moderation.isHidden();
            views.add(new EntryView(
                    e.id,
                    shopRefs.getOrDefault(e.shopCode, new ShopRef(e.shopCode, e.shopCode)),
                    persons.getOrDefault(e.authorSubject, new PersonSummary("?", "?", null)),
                    e.kind,
                    e.date,
                    e.bodyHtml,
                    EntryPolicy.canEdit(e, viewer) ? e.bodyMarkdown : null,
                    e.excerpt,
                    photoIds.getOrDefault(e.id, List.of()).stream()
                            .map(id -> described.get(id.toString()))
                            .filter(Objects::nonNull)
                            .toList(),
                    e.photosShowCustomer,
                    e.consentSubject == null ? null : persons.get(e.consentSubject),
                    e.consentAt,
                    e.createdAt,
                    e.editedAt,
                    e.bravoCount,
                    e.commentCount,
                    bravoed.contains(e.id),
                    hidden,
                    hidden ? e.moderation.hiddenReason : null,
                    post == null ? null : new EntryView.PromotedPost(post.id(), post.title()),
                    EntryPolicy.canEdit(e, viewer),
                    EntryPolicy.canDelete(e, viewer),
                    EntryPolicy.canHide(e, viewer),
                    post == null && EntryPolicy.canPromote(e, viewer, viewerShop),
                    videoIds.getOrDefault(e.id, List.of()).stream()
                            .map(id -> films.get(id.toString()))
                            .filter(Objects::nonNull)
                            .toList(),
                    e.moderation.isPendingReview(),
                    e.commentsLockedAt != null));
        }
        return views;
    }
}

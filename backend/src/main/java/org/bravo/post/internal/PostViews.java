package org.bravo.post.internal;

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
import org.bravo.media.PhotoView;
import org.bravo.media.Photos;
import org.bravo.media.VideoView;
import org.bravo.media.Videos;
import org.bravo.people.People;
import org.bravo.people.PersonSummary;
import org.bravo.platform.content.ContentTypes;
import org.bravo.platform.security.Viewer;
import org.bravo.platform.sql.OrderedLinks;
import org.bravo.post.CategoryView;
import org.bravo.post.PostSummary;
import org.bravo.post.PostView;
import org.bravo.shop.ShopRef;
import org.bravo.shop.Shops;
import org.bravo.vote.Bravos;

/** Turns post rows into API views, loading what they reference for a whole page in a few queries. */
@ApplicationScoped
public class PostViews {
    @Inject
    PostRepository posts;

    @Inject
    CategoryRepository categories;

    @Inject
    People people;

    @Inject
    Shops shops;

    @Inject
    Bravos bravos;

    @Inject
    Photos photos;

    @Inject
    Videos videos;

    public List<PostSummary> summaries(List<Post> page, Viewer viewer) {
        // Drafts and single posts; feeds read their cards in one statement (FeedQuery.Row).
        if (page.isEmpty()) {
            return List.of();
        }
        Batch batch = load(page, viewer);
        List<PostSummary> result = new ArrayList<>();
        for (Post post : page) {
            result.add(summary(post, batch));
        }
        return result;
    }

    /** Cards for feed rows, which already carry everything they show. */
    public List<PostSummary> cards(List<FeedQuery.Row> rows, Viewer viewer) {
        // One query for the page's films, only when some card has one.
        Map<UUID, VideoView> films = new HashMap<>();
        List<UUID> firstVideos = rows.stream()
                .map(FeedQuery.Row::firstVideo)
                .filter(Objects::nonNull)
                .toList();
        for (VideoView video : videos.describe(firstVideos, viewer)) {
            films.put(UUID.fromString(video.id()), video);
        }
        List<PostSummary> result = new ArrayList<>();
        for (FeedQuery.Row r : rows) {
            result.add(new PostSummary(
                    r.id(),
                    r.kind(),
                    r.title(),
                    r.excerpt(),
                    r.tags(),
                    r.categoryId() == null
                            ? null
                            : new CategoryView(r.categoryId(), r.categoryName(), r.categoryPosition()),
                    r.shopCode() == null
                            ? null
                            : new ShopRef(r.shopCode(), r.shopName() == null ? r.shopCode() : r.shopName()),
                    new PersonSummary(r.authorUsername(), r.authorName(), r.authorShop()),
                    r.createdAt(),
                    r.publishedAt(),
                    r.editedAt(),
                    r.status(),
                    r.bravoCount(),
                    r.commentCount(),
                    r.bravoedByMe(),
                    r.firstPhoto() == null ? null : photos.thumbnailUrl(r.firstPhoto()),
                    r.pinnedUntil(),
                    false,
                    r.firstVideo() == null ? null : films.get(r.firstVideo())));
        }
        return result;
    }

    public PostView view(Post post, Viewer viewer) {
        Batch batch = load(List.of(post), viewer);
        PostSummary s = summary(post, batch);
        List<PhotoView> gallery = photos.describe(batch.photoIds.getOrDefault(post.id, List.of()));
        List<VideoView> films = videos.describe(batch.videoIds.getOrDefault(post.id, List.of()), viewer);
        return new PostView(
                s.id(),
                s.kind(),
                s.title(),
                s.excerpt(),
                s.tags(),
                s.category(),
                s.shop(),
                s.author(),
                s.createdAt(),
                s.publishedAt(),
                s.editedAt(),
                s.status(),
                s.bravoCount(),
                s.commentCount(),
                s.bravoedByMe(),
                s.thumbnailUrl(),
                s.pinnedUntil(),
                s.draft(),
                post.bodyHtml,
                post.bodyMarkdown,
                gallery,
                post.statusReason,
                PostPolicy.canEdit(post, viewer),
                PostPolicy.canDelete(post, viewer),
                PostPolicy.canSetStatus(post, viewer),
                post.sourceEntryId,
                films,
                post.moderation.isHidden(),
                post.moderation.isPendingReview(),
                post.moderation.hiddenReason,
                post.commentsLockedAt != null);
    }

    private PostSummary summary(Post post, Batch batch) {
        List<UUID> photoIds = batch.photoIds.getOrDefault(post.id, List.of());
        return new PostSummary(
                post.id,
                post.kind,
                post.title,
                post.excerpt,
                batch.tags.getOrDefault(post.id, List.of()),
                post.categoryId == null ? null : batch.categories.get(post.categoryId),
                post.shopCode == null
                        ? null
                        // A shop named by the directory but not yet opened here still gets the credit, by its code.
                        : batch.shops.getOrDefault(post.shopCode, new ShopRef(post.shopCode, post.shopCode)),
                batch.authors.getOrDefault(post.authorSubject, new PersonSummary("?", "?", null)),
                post.createdAt,
                post.publishedAt,
                post.editedAt,
                post.status,
                post.bravoCount,
                post.commentCount,
                batch.bravoed.contains(post.id),
                photoIds.isEmpty() ? null : photos.thumbnailUrl(photoIds.get(0)),
                post.pinnedUntil,
                post.draft,
                batch.firstVideos.get(post.id));
    }

    private record Batch(
            Map<Long, List<String>> tags,
            Map<Long, List<UUID>> photoIds,
            Map<Long, List<UUID>> videoIds,
            Map<Long, VideoView> firstVideos,
            Map<Long, CategoryView> categories,
            Map<String, ShopRef> shops,
            Map<String, PersonSummary> authors,
            Set<Long> bravoed) {}

    private Batch load(List<Post> page, Viewer viewer) {
        List<Long> ids = page.stream().map(p -> p.id).toList();
        var em = posts.getEntityManager();
        Map<Long, List<String>> tags = OrderedLinks.byOwner(
                em, "select post_id, tag from post_tag where post_id in (:ids) order by tag", ids, String.class);
        Map<Long, List<UUID>> photoIds = OrderedLinks.byOwner(
                em,
                "select post_id, photo_id from post_photo where post_id in (:ids) order by position",
                ids,
                UUID.class);
        Map<Long, List<UUID>> videoIds = OrderedLinks.byOwner(
                em,
                "select post_id, video_id from post_video where post_id in (:ids) order by position",
                ids,
                UUID.class);
        Map<Long, VideoView> firstVideos = new HashMap<>();
        List<UUID> firsts = videoIds.values().stream().map(list -> list.get(0)).toList();
        Map<UUID, VideoView> described = new HashMap<>();
        for (VideoView video : videos.describe(firsts, viewer)) {
            described.put(UUID.fromString(video.id()), video);
        }
        videoIds.forEach((postId, list) -> {
            if (described.containsKey(list.get(0))) {
                firstVideos.put(postId, described.get(list.get(0)));
            }
        });
        Set<Long> categoryIds = new HashSet<>();
        Set<String> shopCodes = new HashSet<>();
        Set<String> authors = new HashSet<>();
        for (Post post : page) {
            if (post.categoryId != null) {
                categoryIds.add(post.categoryId);
            }
            if (post.shopCode != null) {
                shopCodes.add(post.shopCode);
            }
            authors.add(post.authorSubject);
        }
        Map<Long, CategoryView> categoryViews = new HashMap<>();
        if (!categoryIds.isEmpty()) {
            for (Category c : categories.list("id in ?1", List.copyOf(categoryIds))) {
                categoryViews.put(c.id, new CategoryView(c.id, c.name, c.position));
            }
        }
        return new Batch(
                tags,
                photoIds,
                videoIds,
                firstVideos,
                categoryViews,
                shops.refs(shopCodes),
                people.summaries(authors),
                bravos.givenBy(viewer.subject(), ContentTypes.POST, ids));
    }
}

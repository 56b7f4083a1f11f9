package org.bravo.post.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bravo.media.Photos;
import org.bravo.media.Videos;
import org.bravo.platform.sql.OrderedLinks;

/**
 * A post's tags, photos and videos, kept in their own tables beside the post, and the media module told which files
 * the post now shows.
 */
@ApplicationScoped
class PostAttachments {
    @Inject
    PostRepository posts;

    @Inject
    Photos photos;

    @Inject
    Videos videos;

    /** The photo ids a request names, in its order, each once. */
    static List<UUID> photoIds(List<String> raw) {
        return raw == null
                ? List.of()
                : raw.stream().map(UUID::fromString).distinct().toList();
    }

    Set<UUID> photos(long postId) {
        return new HashSet<UUID>(column("select photo_id from post_photo where post_id = ?1", postId));
    }

    List<String> tags(long postId) {
        return column("select tag from post_tag where post_id = ?1", postId);
    }

    List<UUID> orderedVideos(long postId) {
        return column("select video_id from post_video where post_id = ?1 order by position", postId);
    }

    Set<UUID> videos(long postId) {
        return new HashSet<>(orderedVideos(postId));
    }

    void replaceTags(Post post, List<String> tags) {
        var em = posts.getEntityManager();
        em.flush();
        em.createNativeQuery("delete from post_tag where post_id = ?1")
                .setParameter(1, post.id)
                .executeUpdate();
        for (String tag : tags) {
            em.createNativeQuery("insert into post_tag (post_id, tag, published_at) values (?1, ?2, ?3)")
                    .setParameter(1, post.id)
                    .setParameter(2, tag)
                    .setParameter(3, post.publishedAt)
                    .executeUpdate();
        }
    }

    /** Rewrites the post's videos, and tells the media module which ones are now shown and which no longer are. */
    void replaceVideos(Post post, List<UUID> ids, Set<UUID> before) {
        posts.getEntityManager().flush();
        videos.detach(before.stream().filter(id -> !ids.contains(id)).toList());
        videos.attach(ids.stream().filter(id -> !before.contains(id)).toList(), PostSearchSource.TYPE, post.id);
        OrderedLinks.rewrite(
                posts.getEntityManager(),
                "delete from post_video where post_id = ?1",
                "insert into post_video (post_id, video_id, position) values (?1, ?2, ?3)",
                post.id,
                ids);
    }

    void replacePhotos(Post post, List<UUID> ids) {
        photos.show(ids, PostSearchSource.TYPE, post.id);
        OrderedLinks.rewrite(
                posts.getEntityManager(),
                "delete from post_photo where post_id = ?1",
                "insert into post_photo (post_id, photo_id, position) values (?1, ?2, ?3)",
                post.id,
                ids);
    }

    /** The one column {@code sql} selects for the post, its only parameter. */
    private <T> List<T> column(String sql, long postId) {
        return OrderedLinks.ofOwner(posts.getEntityManager(), sql, postId);
    }
}

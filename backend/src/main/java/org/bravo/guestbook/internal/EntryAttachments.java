package org.bravo.guestbook.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bravo.media.Photos;
import org.bravo.media.Videos;
import org.bravo.platform.sql.OrderedLinks;

/**
 * An entry's photos and films, in their order: the link tables are guestbook's, the files are media's, so every
 * change here is told to the media module.
 */
@ApplicationScoped
public class EntryAttachments {
    private final EntryRepository entries;
    private final Photos photos;
    private final Videos videos;

    public EntryAttachments(EntryRepository entries, Photos photos, Videos videos) {
        this.entries = entries;
        this.photos = photos;
        this.videos = videos;
    }

    Set<UUID> attachedPhotos(long entryId) {
        return new HashSet<>(photoIds(entryId));
    }

    List<UUID> photoIds(long entryId) {
        return OrderedLinks.ofOwner(
                entries.getEntityManager(),
                "select photo_id from guestbook_entry_photo where entry_id = ?1 order by position",
                entryId);
    }

    List<UUID> videoIds(long entryId) {
        return OrderedLinks.ofOwner(
                entries.getEntityManager(),
                "select video_id from guestbook_entry_video where entry_id = ?1 order by position",
                entryId);
    }

    /** Rewrites the entry's videos, and tells the media module which ones are now shown and which no longer are. */
    void replaceVideos(Entry entry, List<UUID> ids, Set<UUID> before) {
        var em = entries.getEntityManager();
        em.flush();
        videos.detach(before.stream().filter(id -> !ids.contains(id)).toList());
        videos.attach(ids.stream().filter(id -> !before.contains(id)).toList(), EntryContentResolver.TYPE, entry.id);
        OrderedLinks.rewrite(
                em,
                "delete from guestbook_entry_video where entry_id = ?1",
                "insert into guestbook_entry_video (entry_id, video_id, position) values (?1, ?2, ?3)",
                entry.id,
                ids);
    }

    void replacePhotos(Entry entry, List<UUID> ids) {
        photos.show(ids, EntryContentResolver.TYPE, entry.id);
        OrderedLinks.rewrite(
                entries.getEntityManager(),
                "delete from guestbook_entry_photo where entry_id = ?1",
                "insert into guestbook_entry_photo (entry_id, photo_id, position) values (?1, ?2, ?3)",
                entry.id,
                ids);
    }
}

package org.bravo.media.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bravo.media.CaptionCue;
import org.bravo.media.CaptionRequest;
import org.bravo.media.CaptionTrackView;
import org.bravo.media.VideoView;
import org.bravo.moderation.Screening;
import org.bravo.moderation.WatchWords;
import org.bravo.platform.content.ContentChanged;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.platform.error.FieldCode;
import org.bravo.platform.error.FieldErrors;

/** What an uploader does with their video once uploaded: follow its processing, write its captions. */
@ApplicationScoped
public class VideoService {
    @Inject
    VideoRepository videos;

    @Inject
    VideoViews views;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<ContentChanged> captionsChanged;

    @Inject
    Instance<WatchWords> watchWords;

    public VideoView view(UUID id, String owner) {
        return views.view(requireOwned(id, owner), owner);
    }

    public CaptionTrackView captions(UUID id, String lang, String owner) {
        requireOwned(id, owner);
        String vtt = captionText(id, requireLanguage(lang));
        if (vtt == null) {
            throw ApiException.notFound(ErrorCode.CAPTIONS_NOT_FOUND, "No " + lang + " captions for this video yet.");
        }
        return new CaptionTrackView(lang, vtt, parseStored(vtt));
    }

    @Transactional
    public VideoView saveCaptions(UUID id, String lang, CaptionRequest request, String owner) {
        Video video = requireOwned(id, owner);
        requireLanguage(lang);
        requireNotDeleted(video);
        List<CaptionCue> cues;
        try {
            cues = WebVtt.parse(request == null ? null : request.vtt());
        } catch (WebVtt.InvalidException e) {
            new FieldErrors().add("vtt", FieldCode.INVALID, e.getMessage()).throwIfAny();
            return null;
        }
        // What the film says is published like any text: watch words apply to the captions' words.
        Screening screening = watchWords
                .get()
                .screen(Map.of(
                        "vtt",
                        String.join("\n", cues.stream().map(CaptionCue::text).toList())));
        em.createNativeQuery("""
                insert into video_caption (video_id, lang, vtt, updated_at) values (?1, ?2, ?3, ?4)
                on conflict (video_id, lang) do update set vtt = excluded.vtt, updated_at = excluded.updated_at""")
                .setParameter(1, id)
                .setParameter(2, lang)
                .setParameter(3, WebVtt.write(cues))
                .setParameter(4, Timestamp.from(clock.instant()))
                .executeUpdate();
        captionsChanged.fire(new ContentChanged(VideoSearchSource.TYPE, id.toString()));
        watchWords.get().review(VideoSearchSource.TYPE, id.toString(), screening);
        return views.view(video, owner);
    }

    @Transactional
    public void deleteCaptions(UUID id, String lang, String owner) {
        requireOwned(id, owner);
        requireLanguage(lang);
        int deleted = em.createNativeQuery("delete from video_caption where video_id = ?1 and lang = ?2")
                .setParameter(1, id)
                .setParameter(2, lang)
                .executeUpdate();
        if (deleted == 0) {
            throw ApiException.notFound(ErrorCode.CAPTIONS_NOT_FOUND, "No " + lang + " captions for this video.");
        }
        captionsChanged.fire(new ContentChanged(VideoSearchSource.TYPE, id.toString()));
    }

    /** The stored WebVTT of one track, or null; for the signed file URL, which carries its own permission. */
    public String captionText(UUID id, String lang) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select c.vtt from video_caption c join video v on v.id = c.video_id "
                        + "where c.video_id = ?1 and c.lang = ?2 and v.status <> 'deleted'")
                .setParameter(1, id)
                .setParameter(2, lang)
                .getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    public List<CaptionCue> cues(String vtt) {
        return parseStored(vtt);
    }

    static List<CaptionCue> parseStored(String vtt) {
        try {
            return WebVtt.parse(vtt);
        } catch (WebVtt.InvalidException e) {
            throw new IllegalStateException("Stored captions are always normalised WebVTT", e);
        }
    }

    private static String requireLanguage(String lang) {
        if (lang == null || !VideoViews.LANGUAGES.containsKey(lang)) {
            new FieldErrors()
                    .add("lang", FieldCode.INVALID, "Captions in fr or en.")
                    .throwIfAny();
        }
        return lang;
    }

    private static void requireNotDeleted(Video video) {
        if (Video.DELETED.equals(video.status) || Video.ABORTED.equals(video.status)) {
            throw ApiException.notFound(ErrorCode.VIDEO_NOT_FOUND, "No video " + video.id + " here.");
        }
    }

    /** Someone else's video answers 404, like a missing one. */
    Video requireOwned(UUID id, String owner) {
        Video video = videos.findById(id);
        if (video == null || !video.ownerSubject.equals(owner)) {
            throw ApiException.notFound(ErrorCode.VIDEO_NOT_FOUND, "No video " + id + " here.");
        }
        return video;
    }
}

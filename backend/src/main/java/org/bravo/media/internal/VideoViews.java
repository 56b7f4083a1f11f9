package org.bravo.media.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bravo.media.VideoView;
import org.bravo.media.internal.UrlSigner.Audience;
import org.bravo.platform.security.Viewer;

/**
 * Builds {@link VideoView}s: signed playback, poster and caption URLs, in one query for a page of videos. The URLs
 * name the backend, which checks the video is still visible before it sends the file (or, for the film, a
 * short-lived URL on the store): a hidden or deleted video stops playing for everyone at once.
 */
@ApplicationScoped
public class VideoViews {
    static final Map<String, String> LANGUAGES = Map.of("fr", "Français", "en", "English");

    @Inject
    VideoRepository videos;

    @Inject
    UrlSigner signer;

    @Inject
    VideoUploadConfig config;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MediaVisibility visibility;

    /**
     * Views in the order of {@code ids}, as {@code viewer} may see them: unknown and deleted videos are skipped, and
     * hidden ones for everyone but their uploader and moderators.
     */
    public List<VideoView> describe(List<UUID> ids, Viewer viewer) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Video> byId = new HashMap<>();
        for (Video video : videos.list("id in ?1", ids)) {
            byId.put(video.id, video);
        }
        Map<UUID, List<String>> languages = captionLanguages(ids);
        return ids.stream()
                .filter(byId::containsKey)
                .filter(id -> visibleTo(byId.get(id), viewer))
                .map(id -> view(byId.get(id), languages.getOrDefault(id, List.of()), viewer.subject()))
                .toList();
    }

    public static boolean visibleTo(Video video, Viewer viewer) {
        if (Video.DELETED.equals(video.status)) {
            return false;
        }
        return !video.moderation.isHidden() || viewer.canModerate() || viewer.is(video.ownerSubject);
    }

    public VideoView view(Video video, String viewerSubject) {
        return view(video, captionLanguages(List.of(video.id)).getOrDefault(video.id, List.of()), viewerSubject);
    }

    private Map<UUID, List<String>> captionLanguages(List<UUID> ids) {
        Map<UUID, List<String>> languages = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select video_id, lang from video_caption where video_id in (:ids) order by lang")
                .setParameter("ids", ids)
                .getResultList();
        for (Object[] row : rows) {
            languages.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return languages;
    }

    private VideoView view(Video video, List<String> captionLanguages, String viewerSubject) {
        boolean own = video.ownerSubject.equals(viewerSubject);
        String poster = null;
        String playback = null;
        Instant expires = null;
        boolean deleted = Video.DELETED.equals(video.status);
        boolean ready = Video.READY.equals(video.status);
        Audience audience = ready || (!deleted && !captionLanguages.isEmpty()) ? audience(video) : null;
        Duration lifetime = config.playbackUrlLifetime();
        if (ready) {
            playback = signer.sign(playbackPath(video.id), audience, lifetime);
            poster = signer.sign(posterPath(video.id), audience, lifetime);
            expires = clock.instant().plus(lifetime);
        }
        List<VideoView.Caption> captions = deleted
                ? List.of()
                : captionLanguages.stream()
                        .map(lang -> new VideoView.Caption(
                                lang,
                                LANGUAGES.getOrDefault(lang, lang),
                                signer.sign(captionPath(video.id, lang), audience, lifetime)))
                        .toList();
        return new VideoView(
                video.id.toString(),
                video.status,
                Video.PROCESSING.equals(video.status) && video.progress != null ? (int) video.progress : null,
                own ? video.failureReason : null,
                own ? video.failureCode : null,
                own && video.failureParams != null ? video.failureParams : Map.of(),
                video.fileName,
                video.durationMs,
                video.width,
                video.height,
                poster,
                playback,
                expires,
                captions,
                own && !Video.DELETED.equals(video.status),
                video.moderation.isHidden(),
                video.moderation.isPendingReview(),
                video.moderation.hiddenReason);
    }

    /**
     * Views are built only for someone allowed to see the video: if colleagues in general cannot (a hidden video
     * shown to its uploader or a moderator, a video not yet published), its URLs are made for that person only.
     */
    private Audience audience(Video video) {
        return visibility.toColleagues(VideoSearchSource.TYPE, video.id.toString())
                ? Audience.COLLEAGUES
                : Audience.RESTRICTED;
    }

    public static String playbackPath(UUID id) {
        return "/api/v1/media/videos/" + id + "/playback";
    }

    public static String posterPath(UUID id) {
        return "/api/v1/media/videos/" + id + "/poster";
    }

    public static String captionPath(UUID id, String lang) {
        return "/api/v1/media/videos/" + id + "/captions/" + lang;
    }
}

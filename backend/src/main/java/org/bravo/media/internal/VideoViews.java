package org.bravo.media.internal;

import org.bravo.platform.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bravo.media.VideoView;
import org.jboss.logging.Logger;

/** Builds {@link VideoView}s: signed playback, poster and caption URLs, in one query for a page of videos. */
@ApplicationScoped
public class VideoViews {
    private static final Logger LOG = Logger.getLogger(VideoViews.class);
    static final Map<String, String> LANGUAGES = Map.of("fr", "Français", "en", "English");

    private final VideoRepository videos;
    private final VideoObjects objects;
    private final UrlSigner signer;
    private final VideoUploadConfig config;
    private final EntityManager em;
    private final Clock clock;

    @Inject
    public VideoViews(VideoRepository videos, VideoObjects objects, UrlSigner signer, VideoUploadConfig config,
                      EntityManager em, Clock clock) {
        this.videos = videos;
        this.objects = objects;
        this.signer = signer;
        this.config = config;
        this.em = em;
        this.clock = clock;
    }

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
        return ids.stream().filter(byId::containsKey).filter(id -> visibleTo(byId.get(id), viewer))
                .map(id -> view(byId.get(id), languages.getOrDefault(id, List.of()), viewer.subject())).toList();
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
                .setParameter("ids", ids).getResultList();
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
        if (Video.READY.equals(video.status)) {
            int seconds = (int) config.playbackUrlLifetime().toSeconds();
            try {
                playback = objects.signedGet(video.playbackKey, seconds);
                poster = objects.signedGet(video.posterKey, seconds);
                expires = clock.instant().plusSeconds(seconds);
            } catch (Exception e) {
                // Signing is local; this only fails on a misconfigured store. The page still shows, without the film.
                LOG.warnf("Cannot sign playback URLs for video %s: %s", video.id, e.getMessage());
            }
        }
        List<VideoView.Caption> captions = Video.DELETED.equals(video.status) ? List.of() : captionLanguages.stream()
                .map(lang -> new VideoView.Caption(lang, LANGUAGES.getOrDefault(lang, lang),
                        signer.sign(captionPath(video.id, lang))))
                .toList();
        return new VideoView(video.id.toString(), video.status,
                Video.PROCESSING.equals(video.status) && video.progress != null ? (int) video.progress : null,
                own ? video.failureReason : null, video.fileName, video.durationMs, video.width, video.height,
                poster, playback, expires, captions, own && !Video.DELETED.equals(video.status),
                video.moderation.isHidden(), video.moderation.isPendingReview(), video.moderation.hiddenReason);
    }

    public static String captionPath(UUID id, String lang) {
        return "/api/v1/media/videos/" + id + "/captions/" + lang;
    }
}

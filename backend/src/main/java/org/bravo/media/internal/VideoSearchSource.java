package org.bravo.media.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bravo.media.CaptionCue;
import org.bravo.platform.content.ContentTypes;
import org.bravo.platform.content.IndexedContent;
import org.bravo.platform.content.SearchSource;
import org.bravo.platform.content.SearchSources;

/**
 * Videos as search finds them: by what is said in them (their captions, each line with its moment), shown under the
 * post or entry that holds them and visible exactly when it is. A video's title is its page's; a video without
 * captions is found through its page.
 */
@ApplicationScoped
public class VideoSearchSource implements SearchSource {
    public static final String TYPE = ContentTypes.VIDEO;
    /** The videos search may show: ready, on a page, not hidden by a moderator. */
    /**
     * Before every id: PostgreSQL orders uuids by their bytes, unsigned, so the nil uuid comes first (and is never a
     * video's id). Java's own ordering is signed: its smallest uuid, 8000…, would skip every id from 0… to 7….
     */
    private static final UUID FIRST = new UUID(0, 0);

    private static final String SHOWN = "status = 'ready' and host_type is not null and hidden_at is null";

    @Inject
    EntityManager em;

    @Inject
    VideoService service;

    @Inject
    SearchSources sources;

    @Override
    public String type() {
        return TYPE;
    }

    private record Hosted(UUID id, String hostType, long hostId) {}

    @Override
    public Map<String, IndexedContent> load(Collection<String> ids) {
        Map<String, IndexedContent> documents = new HashMap<>();
        List<Hosted> videos = shown(ids);
        if (videos.isEmpty()) {
            return documents;
        }
        Map<UUID, List<IndexedContent.Cue>> cues = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> tracks = em.createNativeQuery(
                        "select video_id, vtt from video_caption where video_id in (:ids) order by video_id, lang desc")
                .setParameter("ids", videos.stream().map(Hosted::id).toList())
                .getResultList();
        for (Object[] track : tracks) {
            List<IndexedContent.Cue> list = cues.computeIfAbsent((UUID) track[0], k -> new ArrayList<>());
            for (CaptionCue cue : service.cues((String) track[1])) {
                list.add(new IndexedContent.Cue(cue.startMs(), cue.text()));
            }
        }
        Map<String, List<String>> hostIds = new HashMap<>();
        videos.forEach(v ->
                hostIds.computeIfAbsent(v.hostType(), k -> new ArrayList<>()).add(String.valueOf(v.hostId())));
        Map<String, IndexedContent> hosts = sources.load(hostIds);
        for (Hosted video : videos) {
            IndexedContent host = hosts.get(video.hostType() + ":" + video.hostId());
            if (host == null) {
                continue;
            }
            String id = video.id().toString();
            documents.put(
                    id,
                    new IndexedContent(
                                    TYPE,
                                    id,
                                    true,
                                    host.kind(),
                                    host.status(),
                                    null,
                                    null,
                                    cues.getOrDefault(video.id(), List.of()),
                                    List.of(),
                                    null,
                                    null,
                                    host.authorUsername(),
                                    host.authorName(),
                                    host.createdAt(),
                                    host.bravos(),
                                    null,
                                    null,
                                    null)
                            .under(host));
        }
        return documents;
    }

    @Override
    public Set<String> searchable(Collection<String> ids) {
        Set<String> visible = new HashSet<>();
        sources.underSearchableParents(shown(ids), Hosted::hostType, v -> String.valueOf(v.hostId()))
                .forEach(v -> visible.add(v.id().toString()));
        return visible;
    }

    @Override
    public List<String> idsAfter(String after, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery(
                        "select id from video where " + SHOWN + " and id > ?1 order by id" + " limit ?2")
                .setParameter(1, after == null ? FIRST : UUID.fromString(after))
                .setParameter(2, limit)
                .getResultList();
        return ids.stream().map(UUID::toString).toList();
    }

    @Override
    public long countSearchable() {
        return ((Number) em.createNativeQuery("select count(*) from video where " + SHOWN)
                        .getSingleResult())
                .longValue();
    }

    @Override
    public Set<String> childrenOf(String parentType, Collection<String> parentIds) {
        List<Long> hosts = SearchSource.numericIds(parentIds);
        if (hosts.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select id from video where host_type = :type and host_id in (:ids)")
                .setParameter("type", parentType)
                .setParameter("ids", hosts)
                .getResultList();
        Set<String> children = new HashSet<>();
        ids.forEach(id -> children.add(id.toString()));
        return children;
    }

    /** The ready videos shown somewhere among these ids. */
    private List<Hosted> shown(Collection<String> ids) {
        List<UUID> uuids = new ArrayList<>();
        for (String id : ids) {
            try {
                uuids.add(UUID.fromString(id));
            } catch (IllegalArgumentException e) {
                // Not a video id: absent from the answer.
            }
        }
        if (uuids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select id, host_type, host_id from video where id in (:ids) and " + SHOWN)
                .setParameter("ids", uuids)
                .getResultList();
        return rows.stream()
                .map(r -> new Hosted((UUID) r[0], (String) r[1], ((Number) r[2]).longValue()))
                .toList();
    }
}

package org.bravo.comment.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bravo.people.People;
import org.bravo.people.PersonSummary;
import org.bravo.platform.content.ContentTypes;
import org.bravo.platform.content.IndexedContent;
import org.bravo.platform.content.SearchSource;
import org.bravo.platform.content.SearchSourceOfEntity;
import org.bravo.platform.content.SearchSources;

/** Comments as search finds them: under the post or entry they answer, visible exactly when it is. */
@ApplicationScoped
public class CommentSearchSource extends SearchSourceOfEntity<Comment> {
    public static final String TYPE = ContentTypes.COMMENT;

    @Inject
    CommentRepository comments;

    @Inject
    People people;

    @Inject
    SearchSources sources;

    public CommentSearchSource() {
        // A reindex skips deleted comments: they would be read only to be left out of the new index.
        super(TYPE, Comment.class, Comment.visible("x"), "x.deletedAt is null");
    }

    @Override
    protected Map<String, IndexedContent> documents(List<Comment> found) {
        Map<String, IndexedContent> documents = new HashMap<>();
        Map<String, IndexedContent> parents = parents(found);
        Map<String, PersonSummary> names =
                people.summaries(found.stream().map(c -> c.authorSubject).toList());
        for (Comment comment : found) {
            IndexedContent parent = parents.get(comment.targetType + ":" + comment.targetId);
            if (parent == null) {
                continue;
            }
            PersonSummary author = names.get(comment.authorSubject);
            String id = String.valueOf(comment.id);
            documents.put(
                    id,
                    new IndexedContent(
                                    TYPE,
                                    id,
                                    shown(comment),
                                    null,
                                    null,
                                    null,
                                    text(comment),
                                    List.of(),
                                    List.of(),
                                    null,
                                    null,
                                    author == null ? null : author.username(),
                                    author == null ? null : author.displayName(),
                                    comment.createdAt,
                                    comment.bravoCount,
                                    null,
                                    null,
                                    null)
                            .under(parent));
        }
        return documents;
    }

    /** Visible comments on visible parents: a hidden post hides the comments under it. */
    @Override
    public Set<String> searchable(Collection<String> ids) {
        Set<String> visible = new HashSet<>();
        sources.underSearchableParents(visibleRows(ids), c -> c.targetType, c -> String.valueOf(c.targetId))
                .forEach(c -> visible.add(String.valueOf(c.id)));
        return visible;
    }

    @Override
    public Set<String> childrenOf(String parentType, Collection<String> parentIds) {
        List<Long> numeric = SearchSource.numericIds(parentIds);
        if (numeric.isEmpty()) {
            return Set.of();
        }
        Set<String> children = new HashSet<>();
        comments.getEntityManager()
                .createQuery("select c.id from Comment c where c.targetType = ?1 and c.targetId in ?2", Long.class)
                .setParameter(1, parentType)
                .setParameter(2, numeric)
                .getResultList()
                .forEach(id -> children.add(String.valueOf(id)));
        return children;
    }

    /** The posts and entries these comments answer, as search sees them, by {@code type:id}. */
    private Map<String, IndexedContent> parents(List<Comment> found) {
        Map<String, List<String>> ids = new HashMap<>();
        found.forEach(
                c -> ids.computeIfAbsent(c.targetType, k -> new ArrayList<>()).add(String.valueOf(c.targetId)));
        return sources.load(ids);
    }
}

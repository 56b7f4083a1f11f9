package org.bravo.comment.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bravo.comment.PersonMentioned;
import org.bravo.people.People;
import org.bravo.people.PersonRef;
import org.bravo.platform.content.ContentRef;
import org.bravo.platform.text.MarkdownRenderer;

/** The people a comment mentions: linked in its rendered body, kept in {@code comment_mention}, and told once. */
@ApplicationScoped
class CommentMentions {
    @Inject
    CommentRepository comments;

    @Inject
    People people;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    Event<PersonMentioned> mentioned;

    /** Renders the body with known mentions linked; returns the subjects mentioned (not the author). */
    Set<String> render(Comment comment, String body, PersonRef me) {
        List<PersonRef> known = people.byUsernames(Mentions.find(body));
        Set<String> knownNames =
                known.stream().map(p -> p.username().toLowerCase()).collect(Collectors.toSet());
        comment.bodyMarkdown = body;
        comment.bodyHtml = markdown.toHtml(Mentions.linked(body, knownNames::contains));
        return known.stream()
                .map(PersonRef::subject)
                .filter(s -> !s.equals(me.subject()))
                .collect(Collectors.toSet());
    }

    /** Keeps {@code now} as the comment's mentions; with {@code notify}, tells those not in {@code before}. */
    void store(Comment comment, ContentRef target, Set<String> now, Set<String> before, PersonRef me, boolean notify) {
        var em = comments.getEntityManager();
        em.createNativeQuery("delete from comment_mention where comment_id = ?1")
                .setParameter(1, comment.id)
                .executeUpdate();
        for (String subject : now) {
            em.createNativeQuery("insert into comment_mention (comment_id, person_subject) values (?1, ?2)")
                    .setParameter(1, comment.id)
                    .setParameter(2, subject)
                    .executeUpdate();
            if (notify && !before.contains(subject)) {
                mentioned.fire(new PersonMentioned(
                        comment.id,
                        target.rootType(),
                        target.rootId(),
                        subject,
                        me.subject(),
                        markdown.excerpt(comment.bodyMarkdown)));
            }
        }
    }

    @SuppressWarnings("unchecked")
    Set<String> subjects(long commentId) {
        return new HashSet<>(comments.getEntityManager()
                .createNativeQuery("select person_subject from comment_mention where comment_id = ?1")
                .setParameter(1, commentId)
                .getResultList());
    }
}

package org.bravo.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bravo.comment.internal.Comment;
import org.bravo.comment.internal.CommentRepository;

/** Comment figures other features show. */
@ApplicationScoped
public class Comments {
    @Inject
    CommentRepository comments;

    public long countBy(String authorSubject) {
        return comments.count("authorSubject = ?1 and " + Comment.visible(""), authorSubject);
    }
}

package org.bravo.comment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.bravo.platform.content.WrittenContent;

/** A comment on a post or a guestbook entry. Comments have no drafts: {@link #visible} is written content's own. */
@Entity
@Table(name = "comment")
public class Comment extends WrittenContent {
    @Column(name = "target_type", nullable = false)
    public String targetType;

    @Column(name = "target_id", nullable = false)
    public long targetId;

    @Column(name = "parent_id")
    public Long parentId;
}

package org.bravo.post.internal;

import org.bravo.platform.security.Viewer;

/**
 * Who may see and change a post. Deleted posts and other people's drafts do not exist for the viewer (404); a hidden
 * post exists only for its author and moderators.
 */
public final class PostPolicy {
    private PostPolicy() {}

    public static boolean canView(Post post, Viewer viewer) {
        if (post.deletedAt != null) {
            return false;
        }
        if (post.moderation.isHidden() && !viewer.is(post.authorSubject) && !viewer.canModerate()) {
            return false;
        }
        return !post.draft || viewer.is(post.authorSubject);
    }

    public static boolean canEdit(Post post, Viewer viewer) {
        return canView(post, viewer) && (viewer.is(post.authorSubject) || viewer.canModerate());
    }

    public static boolean canDelete(Post post, Viewer viewer) {
        return canEdit(post, viewer);
    }

    public static boolean canSetStatus(Post post, Viewer viewer) {
        return canView(post, viewer) && !post.draft && viewer.canModerate() && StatusTransitions.hasStatus(post.kind);
    }
}

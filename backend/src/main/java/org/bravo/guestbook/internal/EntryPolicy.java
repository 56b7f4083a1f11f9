package org.bravo.guestbook.internal;

import org.bravo.platform.security.Viewer;

/**
 * Who may see and change a guestbook entry. Every employee reads every guestbook; only the shop's members (and
 * admins) write in it. A deleted entry exists for nobody; a hidden one only for its author and moderators, who see
 * it marked.
 */
public final class EntryPolicy {
    private EntryPolicy() {}

    public static boolean canView(Entry entry, Viewer viewer) {
        if (entry.deletedAt != null) {
            return false;
        }
        return !entry.moderation.isHidden() || viewer.canModerate() || viewer.is(entry.authorSubject);
    }

    /**
     * Whether the viewer, a member of {@code viewerShop} (maybe none), may write in {@code shopCode}'s guestbook.
     *
     * <p>Head office people read every guestbook, comment and give bravos there, but do not write entries: a
     * guestbook is a shop team's own voice, and an entry from head office would read as the team's. They share
     * across shops with posts, which they may attribute to a shop. Admins keep the pen for support (fixing or
     * seeding a shop's guestbook).
     */
    public static boolean canWriteIn(String shopCode, Viewer viewer, String viewerShop) {
        return viewer.admin() || (viewerShop != null && viewerShop.equals(shopCode));
    }

    public static boolean canEdit(Entry entry, Viewer viewer) {
        return canView(entry, viewer) && viewer.is(entry.authorSubject);
    }

    public static boolean canDelete(Entry entry, Viewer viewer) {
        return canView(entry, viewer) && (viewer.is(entry.authorSubject) || viewer.canModerate());
    }

    public static boolean canHide(Entry entry, Viewer viewer) {
        return canView(entry, viewer) && viewer.canModerate();
    }

    /** Members of the entry's shop (and admins) turn it into a practice; not while it is hidden. */
    public static boolean canPromote(Entry entry, Viewer viewer, String viewerShop) {
        return canView(entry, viewer) && !entry.moderation.isHidden() && canWriteIn(entry.shopCode, viewer, viewerShop);
    }
}

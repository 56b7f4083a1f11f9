package org.bravo.guestbook;

import java.util.List;

/**
 * One page of a shop's guestbook, newest day first; {@code nextCursor} is null on the last page. {@code canWrite} tells
 * the app whether to offer the composer.
 */
public record EntryPage(List<EntryView> items, String nextCursor, boolean canWrite) {}

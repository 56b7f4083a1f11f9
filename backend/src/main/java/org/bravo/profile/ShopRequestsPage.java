package org.bravo.profile;

import java.util.List;

/** Pending shop change requests, oldest first; {@code nextCursor} null on the last page. */
public record ShopRequestsPage(List<ShopRequestView> items, String nextCursor) {}

package org.bravo.guestbook;

import java.util.List;

/** Past exchange rounds, newest first; {@code nextCursor} is null on the last page. */
public record RoundsPage(List<ExchangeRoundView> items, String nextCursor) {}

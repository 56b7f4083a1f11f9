package org.bravo.guestbook;

/** Why a moderator hides an entry; shown to its author. */
public record HideEntryRequest(String reason) {}

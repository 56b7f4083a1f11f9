package org.bravo.moderation;

/** What an import changed: new phrases, phrases whose action changed, phrases already listed as they are. */
public record WatchWordImportResult(int added, int updated, int unchanged) {}

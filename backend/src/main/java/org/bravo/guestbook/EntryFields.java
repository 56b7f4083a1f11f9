package org.bravo.guestbook;

import java.util.List;

/**
 * What an author writes in a guestbook entry, the same when writing it and when editing it: the entry form checks
 * both requests through this one face. {@code videoIds} is read by the caller, since an edit may leave it out.
 */
public interface EntryFields {
    String kind();

    String body();

    String date();

    List<String> photoIds();

    Boolean photosShowCustomer();

    Boolean customerConsent();
}

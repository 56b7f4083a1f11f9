package org.bravo.guestbook.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.bravo.platform.content.PageContent;

/** An entry in a shop's guestbook. Entries have no drafts: {@link #visible} is written content's own. */
@Entity
@Table(name = "guestbook_entry")
public class Entry extends PageContent {
    @Column(name = "shop_code", nullable = false)
    public String shopCode;

    @Column(name = "entry_date", nullable = false)
    public LocalDate date;

    @Column(name = "photos_show_customer", nullable = false)
    public boolean photosShowCustomer;

    @Column(name = "consent_subject")
    public String consentSubject;

    @Column(name = "consent_at")
    public Instant consentAt;

    @Column(name = "last_activity_at", nullable = false)
    public Instant lastActivityAt;
}

package org.bravo.post.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bravo.platform.content.HiddenState;
import org.bravo.platform.content.PageContent;

@Entity
@Table(name = "post")
public class Post extends PageContent {
    /** Published and shown to everyone who may read it: {@link HiddenState#visible} for this table. */
    public static String visible(String alias) {
        return HiddenState.visible(alias, true);
    }

    public static String visibleRow(String alias) {
        return HiddenState.visibleRow(alias, true);
    }

    @Column(nullable = false)
    public String title;

    @Column(name = "category_id")
    public Long categoryId;

    @Column(name = "shop_code")
    public String shopCode;

    public String status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "status_changed_at")
    public Instant statusChangedAt;

    @Column(nullable = false)
    public boolean draft;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "pinned_until")
    public Instant pinnedUntil;

    @Column(name = "source_entry_id")
    public Long sourceEntryId;
}

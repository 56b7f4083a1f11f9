package org.bravo.post;

import java.time.Instant;
import java.util.List;
import org.bravo.media.VideoView;
import org.bravo.people.PersonSummary;
import org.bravo.shop.ShopRef;

/** A post in a feed; {@code video} is its first video, if any (the films gallery shows its poster). */
public record PostSummary(
        long id,
        String kind,
        String title,
        String excerpt,
        List<String> tags,
        CategoryView category,
        ShopRef shop,
        PersonSummary author,
        Instant createdAt,
        Instant publishedAt,
        Instant editedAt,
        String status,
        int bravoCount,
        int commentCount,
        boolean bravoedByMe,
        String thumbnailUrl,
        Instant pinnedUntil,
        boolean draft,
        VideoView video) {}

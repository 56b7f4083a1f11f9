package org.bravo.profile;

import java.time.Instant;
import org.bravo.shop.ShopRef;

/**
 * A person's page: who they are, where they work ({@code shop}, or {@code headOffice}) and what they brought to
 * others.
 */
public record ProfileView(
        String username,
        String displayName,
        ShopRef shop,
        boolean headOffice,
        long postCount,
        long bravosReceived,
        long commentCount,
        Instant memberSince) {}

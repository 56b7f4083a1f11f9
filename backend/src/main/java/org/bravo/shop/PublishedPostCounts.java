package org.bravo.shop;

import java.util.Map;

/**
 * How many published posts each shop has, for the shop directory. Declared here and implemented by the post module:
 * posts already name their shop, so a shop depending on posts too would make the two modules a cycle.
 */
public interface PublishedPostCounts {

    /** Published, visible posts by shop code; a shop with none is absent. */
    Map<String, Long> countPublishedByShop();
}

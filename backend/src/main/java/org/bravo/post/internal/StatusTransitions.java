package org.bravo.post.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** How an idea or irritant moves towards a decision: new → under_review → adopted | declined. */
public final class StatusTransitions {
    public static final String NEW = "new";
    public static final String UNDER_REVIEW = "under_review";
    public static final String ADOPTED = "adopted";
    public static final String DECLINED = "declined";
    public static final List<String> ALL = List.of(NEW, UNDER_REVIEW, ADOPTED, DECLINED);

    private static final Map<String, Set<String>> NEXT = Map.of(
            NEW, Set.of(UNDER_REVIEW),
            UNDER_REVIEW, Set.of(ADOPTED, DECLINED),
            ADOPTED, Set.of(),
            DECLINED, Set.of());

    private StatusTransitions() {}

    public static boolean allowed(String from, String to) {
        return NEXT.getOrDefault(from, Set.of()).contains(to);
    }

    public static boolean hasStatus(String kind) {
        return !"practice".equals(kind);
    }

    /** A refusal must say why, so the author learns something from it. */
    public static boolean needsReason(String to) {
        return DECLINED.equals(to);
    }
}

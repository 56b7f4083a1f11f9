package org.bravo.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bravo.moderation.internal.Cases;
import org.bravo.moderation.internal.ModerationCase;
import org.bravo.moderation.internal.WatchWordMatcher;
import org.bravo.moderation.internal.WatchWordService;
import org.bravo.platform.content.Hiding;
import org.bravo.platform.content.ModeratedContent;
import org.bravo.platform.content.ModeratedContents;
import org.bravo.platform.content.ModerationState;

/**
 * Watch words for features that publish text: {@link #screen} before saving (blocking words answer 422), then
 * {@link #review} once saved when the screening asks for it (held content is hidden pending review, flagged content
 * is queued for moderators).
 */
@ApplicationScoped
public class WatchWords {
    static final String HELD_REASON = "Waiting for a moderator's review before everyone can see it.";

    @Inject
    WatchWordService service;

    @Inject
    Cases cases;

    @Inject
    ModeratedContents contents;

    @Inject
    AuditLog audit;

    @Inject
    Event<ContentModerated> moderated;

    /** A phrase as matching sees it (lower case, no accents, single spaces): what makes two phrases the same. */
    public static String normalize(String phrase) {
        return WatchWordMatcher.normalize(phrase);
    }

    /**
     * What the watch words say of these fields (field name → text, in the order errors should list them), before they
     * are saved: a blocking phrase refuses them here (422), so that no feature can save first and check after; the
     * screening returned goes to {@link #review} once the content is saved.
     */
    public Screening screen(Map<String, String> fields) {
        List<Screening.Hit> hits = new ArrayList<>();
        for (WatchWordMatcher.Hit hit : service.matcher().find(fields)) {
            hits.add(new Screening.Hit(hit.field(), hit.phrase(), hit.action()));
        }
        Screening screening = new Screening(hits);
        screening.throwIfBlocked();
        return screening;
    }

    /** Queues saved content that a screening held or flagged; holds it (hidden, pending review) if asked to. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void review(String type, String id, Screening screening) {
        if (!screening.needsReview()) {
            return;
        }
        ModeratedContent content = contents.find(type).orElseThrow();
        var found = content.find(id);
        if (found.isEmpty()) {
            // A draft: not for moderators' eyes. Its words are screened again when it is published.
            return;
        }
        var item = found.get();
        ModerationCase open = cases.openFor(type, id, item.authorSubject());
        Set<String> words = new LinkedHashSet<>(Arrays.asList(open.flaggedWords));
        words.addAll(screening.phrases());
        open.flaggedWords = words.toArray(String[]::new);
        boolean hold = screening.held() && item.state() == ModerationState.VISIBLE;
        if (hold) {
            open.heldByWatchWord = true;
            content.hide(id, new Hiding(null, HELD_REASON, true));
            moderated.fire(new ContentModerated(
                    type,
                    id,
                    item.title(),
                    item.pageType(),
                    item.pageId(),
                    item.authorSubject(),
                    null,
                    "held",
                    HELD_REASON));
        }
        audit.record(AuditRecord.by(null, hold ? "content.hold" : "content.flag")
                .content(type, id, item.title())
                .person(item.authorSubject())
                .reason("Watch words: " + String.join(", ", screening.phrases()))
                .change(
                        Map.of("state", item.state().name().toLowerCase()),
                        Map.of(
                                "state",
                                hold ? "pending_review" : item.state().name().toLowerCase())));
    }
}

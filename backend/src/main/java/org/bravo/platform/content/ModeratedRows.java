package org.bravo.platform.content;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.bravo.platform.security.Viewer;

/**
 * The shape every {@link ModeratedContent} shares: content kept as rows with a {@link HiddenState}, found by an id
 * that may be malformed, hidden and restored in place with search told at once. A feature states only what differs —
 * how to load a row, how it reads in the review queue, who may see it, and what else a hide or restore changes.
 *
 * @param <T> the feature's entity
 */
public abstract class ModeratedRows<T> implements ModeratedContent {
    @Inject
    Event<ContentChanged> changed;

    @Inject
    protected Clock clock;

    /** The row, in any state, deleted included; empty when the id is malformed or names nothing. */
    protected abstract Optional<T> load(String id);

    /** The row's moderation state. */
    protected abstract HiddenState moderation(T row);

    /** How the row reads in the review queue. */
    protected abstract ModeratedItem describe(String id, T row);

    /** Whether {@code viewer} may see the row, as its page would decide. */
    protected abstract boolean canView(T row, Viewer viewer);

    /** Whether moderation deals with this row at all: unpublished work (a draft) is its author's alone. */
    protected boolean moderated(T row) {
        return true;
    }

    /** What else hiding changes (counters, notices), before the row is hidden: {@code row} still shows its old state. */
    protected void beforeHide(T row) {}

    /** What else restoring changes, before the row is shown again: {@code row} still shows its old state. */
    protected void beforeRestore(T row) {}

    /** A numeric id, or empty when malformed: a bad id in a report or a URL is "no such content", not an error. */
    protected static Optional<Long> numericId(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<ModeratedItem> find(String id) {
        return load(id).filter(this::moderated).map(row -> describe(id, row));
    }

    @Override
    public boolean visibleTo(String id, Viewer viewer) {
        return load(id).filter(row -> moderated(row) && canView(row, viewer)).isPresent();
    }

    @Override
    public void hide(String id, Hiding hiding) {
        T row = load(id).orElseThrow();
        beforeHide(row);
        moderation(row).hide(hiding, clock.instant());
        changed(id);
    }

    @Override
    public void restore(String id) {
        T row = load(id).orElseThrow();
        beforeRestore(row);
        moderation(row).restore();
        changed(id);
    }

    /** Search indexes by the id's canonical form: {@code 007} and {@code 7} are one post. */
    private void changed(String id) {
        changed.fire(
                new ContentChanged(type(), numericId(id).map(String::valueOf).orElse(id)));
    }
}

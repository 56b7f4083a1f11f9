package org.bravo.moderation;

/**
 * A moderator (or Bravo itself, {@code actorSubject} null) acted on content: {@code action} is {@code hidden},
 * {@code held}, {@code restored}, {@code deleted}, {@code comments_locked}, {@code comments_unlocked} or
 * {@code warned}; {@code pageType}/{@code pageId} is where the content shows. Fired in the action's transaction, so
 * the author's notification exists exactly when the action happened.
 */
public record ContentModerated(
        String contentType,
        String contentId,
        String title,
        String pageType,
        String pageId,
        String authorSubject,
        String actorSubject,
        String action,
        String reason) {}

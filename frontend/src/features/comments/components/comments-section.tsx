import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { CommentTarget, CommentView } from '@/api-types/comments';
import type { ContentRef } from '@/api-types/reports';
import { QueryState } from '@/components/ui/query-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useScrollToId } from '@/hooks/use-scroll-to-id';
import { ApiError } from '@/lib/api-client';
import { useComments } from '@/features/comments/api/get-comments';
import { useCreateComment } from '@/features/comments/api/create-comment';
import { CommentComposer } from '@/features/comments/components/comment-composer';
import { CommentItem } from '@/features/comments/components/comment-item';
import { toThreads } from '@/features/comments/utils/thread';

export interface CommentsSectionProps {
  target: CommentTarget;
  currentUsername: string | undefined;
  /** Lets the page refresh what depends on the comments (e.g. the post's comment count). */
  onChanged?: () => void;
  /** Comments locked by a moderator, or the page hidden: no new comments or replies. */
  closed?: boolean;
  /** Moderators get a link to each comment's moderation page. */
  canModerate?: boolean;
  /** The "Report" action, from the app layer (reports are another feature). */
  renderReport?: ((content: ContentRef) => ReactNode) | undefined;
}

function isCommentsLocked(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'COMMENTS_LOCKED';
}

interface ReplyTarget {
  /** Replies always hang under the top comment (one level). */
  threadId: number;
  /** Who is answered, pre-filled as a mention when replying inside a thread. */
  mention: string | null;
}

export function CommentsSection({
  target,
  currentUsername,
  onChanged,
  closed = false,
  canModerate = false,
  renderReport,
}: CommentsSectionProps) {
  const { t } = useTranslation();
  const comments = useComments(target);
  const create = useCreateComment(target);
  const reply = useCreateComment(target);
  const [replyTo, setReplyTo] = useState<ReplyTarget | null>(null);
  // Links to a comment (notifications, search) end in `#comment-<id>`, the id of its item.
  const { hash } = useLocation();
  useScrollToId(hash.startsWith('#comment-') ? hash.slice(1) : null);
  // A moderator may lock the comments while someone writes one: the server says so with a 409.
  const lockedMeanwhile = isCommentsLocked(create.error) || isCommentsLocked(reply.error);
  const open = !closed && !lockedMeanwhile;
  const itemProps = { currentUsername, canReply: open, canModerate, renderReport };

  function startReply(threadId: number, comment: CommentView) {
    reply.reset();
    const mention = comment.id === threadId ? null : comment.author.username;
    setReplyTo({ threadId, mention });
  }

  function list(threads: ReturnType<typeof toThreads>) {
    return (
      <ul className="comment-list" data-testid="comment-list">
        {threads.map(({ comment, replies }) => (
          <li key={comment.id} className="comment-thread">
            <CommentItem
              comment={comment}
              {...itemProps}
              onReply={(target) => {
                startReply(comment.id, target);
              }}
            />
            {replies.length > 0 || (open && replyTo?.threadId === comment.id) ? (
              <ul className="comment-replies">
                {replies.map((child) => (
                  <li key={child.id}>
                    <CommentItem
                      comment={child}
                      {...itemProps}
                      onReply={(target) => {
                        startReply(comment.id, target);
                      }}
                    />
                  </li>
                ))}
                {open && replyTo?.threadId === comment.id ? (
                  <li>
                    <CommentComposer
                      key={`${replyTo.threadId}-${replyTo.mention ?? ''}`}
                      label={t('comments.replyLabel')}
                      submitLabel={t('comments.send')}
                      initialBody={replyTo.mention ? `@${replyTo.mention} ` : ''}
                      pending={reply.isPending}
                      error={reply.error}
                      autoFocus
                      testId="reply-composer"
                      onCancel={() => {
                        setReplyTo(null);
                      }}
                      onSubmit={(body) => {
                        reply.mutate(
                          { body, parentId: comment.id },
                          {
                            onSuccess: () => {
                              setReplyTo(null);
                              onChanged?.();
                            },
                            onError: (error) => {
                              if (isCommentsLocked(error)) onChanged?.();
                            },
                          },
                        );
                      }}
                    />
                  </li>
                ) : null}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    );
  }

  const count = comments.data?.filter((comment) => !comment.deleted).length;
  return (
    <section className="comments stack" aria-labelledby="comments-title" data-testid="comments">
      <h2 id="comments-title" className="section-title">
        {count === undefined ? t('comments.title') : t('comments.count', { count })}
      </h2>
      <QueryState
        query={comments}
        loading={<Skeleton label={t('comments.loading')} lines={3} />}
        errorTitle={t('comments.errorTitle')}
        isEmpty={(data) => toThreads(data).length === 0}
        empty={<p className="muted">{t('comments.empty')}</p>}
      >
        {(data) => list(toThreads(data))}
      </QueryState>
      {create.data?.queued || reply.data?.queued ? (
        <p className="notice" role="status" data-testid="comment-queued">
          {t('offline.savedForLater')}
        </p>
      ) : null}
      {open ? (
        <CommentComposer
          label={t('comments.newLabel')}
          submitLabel={t('comments.send')}
          pending={create.isPending}
          error={create.error}
          testId="comment-composer"
          onSubmit={(body, done) => {
            create.mutate(
              { body, parentId: null },
              {
                onSuccess: () => {
                  done();
                  onChanged?.();
                },
                // The page learns it is locked, and says so from then on.
                onError: (error) => {
                  if (isCommentsLocked(error)) onChanged?.();
                },
              },
            );
          }}
        />
      ) : (
        <div className="stack stack--tight">
          <p className="notice" data-testid="comments-closed">
            {t('moderationState.commentsLocked')}
          </p>
          {lockedMeanwhile ? (
            <p className="inline-error" role="alert" data-testid="comments-locked-meanwhile">
              {t('moderationState.commentsLockedMeanwhile')}
            </p>
          ) : null}
        </div>
      )}
    </section>
  );
}

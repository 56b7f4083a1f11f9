import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CommentView } from '@/api-types/comments';
import type { ContentRef } from '@/api-types/reports';
import { BravoButton } from '@/components/ui/bravo-button';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { ModerateLink } from '@/components/ui/moderate-link';
import { ModerationNotice } from '@/components/ui/moderation-notice';
import { RelativeTime } from '@/components/ui/relative-time';
import { SanitizedHtml } from '@/components/ui/sanitized-html';
import { paths } from '@/config/paths';
import { useDescribeError } from '@/lib/error-messages';
import { formatDateTime } from '@/lib/format-date';
import { targetOf } from '@/features/comments/api/comment-keys';
import { useDeleteComment } from '@/features/comments/api/delete-comment';
import { useToggleCommentBravo } from '@/features/comments/api/toggle-comment-bravo';
import { useUpdateComment } from '@/features/comments/api/update-comment';
import { CommentComposer } from '@/features/comments/components/comment-composer';

export interface CommentItemProps {
  comment: CommentView;
  currentUsername: string | undefined;
  onReply: (comment: CommentView) => void;
  /** False once comments are closed on the page. */
  canReply?: boolean;
  /** Moderators get a link to the comment's moderation page. */
  canModerate?: boolean;
  /** The "Report" action, from the app layer; not offered on one's own comments. */
  renderReport?: ((content: ContentRef) => ReactNode) | undefined;
}

export function CommentItem({
  comment,
  currentUsername,
  onReply,
  canReply = true,
  canModerate = false,
  renderReport,
}: CommentItemProps) {
  const { t, i18n } = useTranslation();
  const describeError = useDescribeError();
  const [editing, setEditing] = useState(false);
  const target = targetOf(comment);
  const bravo = useToggleCommentBravo(target, comment);
  const update = useUpdateComment(target);
  const deletion = useDeleteComment(target);

  // Unknown while the profile loads: nothing is offered rather than a report of one's own.
  const mayReport = currentUsername !== undefined && comment.author.username !== currentUsername;

  if (comment.deleted) {
    return (
      <div className="comment comment--deleted" data-testid="comment-deleted">
        {t('comments.deleted')}
      </div>
    );
  }

  return (
    <div className="comment" id={`comment-${comment.id}`} data-testid="comment">
      <p className="comment__meta">
        <Link to={paths.person.getHref(comment.author.username)} className="comment__author">
          {comment.author.displayName}
        </Link>
        <span aria-hidden="true"> · </span>
        <RelativeTime iso={comment.createdAt} />
        {comment.editedAt ? (
          <>
            <span aria-hidden="true"> · </span>
            <span title={formatDateTime(comment.editedAt, i18n.language)}>{t('post.edited')}</span>
          </>
        ) : null}
      </p>
      <ModerationNotice state={comment} testId="comment-moderation-state" />
      {editing ? (
        <CommentComposer
          label={t('comments.editLabel')}
          submitLabel={t('common.save')}
          initialBody={comment.body}
          pending={update.isPending}
          error={update.error}
          autoFocus
          testId="comment-edit"
          onCancel={() => {
            setEditing(false);
            // Reopened, the form starts from the saved text: an old refusal would not apply to it.
            update.reset();
          }}
          onSubmit={(body) => {
            update.mutate(
              { id: comment.id, body },
              {
                // Queued or saved, the change is in good hands: the form closes either way.
                onSuccess: () => {
                  setEditing(false);
                },
              },
            );
          }}
        />
      ) : (
        <SanitizedHtml html={comment.bodyHtml} className="comment__body" testId="comment-body" />
      )}
      <div className="comment__actions">
        <BravoButton
          size="sm"
          count={comment.bravoCount}
          active={comment.bravoedByMe}
          ownContent={comment.author.username === currentUsername}
          testId="comment-bravo"
          onToggle={bravo.toggle}
        />
        {/* Hidden content takes no new comments, replies included. */}
        {canReply && !comment.hidden ? (
          <Button
            variant="ghost"
            data-testid="comment-reply"
            onClick={() => {
              onReply(comment);
            }}
          >
            {t('comments.reply')}
          </Button>
        ) : null}
        {comment.canEdit && !editing ? (
          <Button
            variant="ghost"
            onClick={() => {
              setEditing(true);
            }}
          >
            {t('common.edit')}
          </Button>
        ) : null}
        {comment.canDelete ? (
          <ConfirmButton
            label={t('common.delete')}
            question={t('comments.deleteQuestion')}
            confirmLabel={t('common.delete')}
            pending={deletion.isPending}
            testId="comment-delete"
            onConfirm={() => {
              deletion.mutate(comment.id);
            }}
          />
        ) : null}
        {mayReport && renderReport
          ? renderReport({ type: 'comment', id: String(comment.id) })
          : null}
        {canModerate ? (
          <ModerateLink type="comment" id={comment.id} testId="comment-moderate" />
        ) : null}
      </div>
      {update.data?.queued && !editing ? (
        <p className="notice" role="status" data-testid="comment-edit-queued">
          {t('offline.editQueued')}
        </p>
      ) : null}
      {bravo.data?.queued ? (
        <p className="notice" role="status" data-testid="comment-bravo-queued">
          {t('offline.bravoQueued')}
        </p>
      ) : null}
      {bravo.isError || deletion.isError ? (
        <p className="inline-error" role="alert">
          {bravo.isError ? `${t('bravo.failed')} ` : null}
          {describeError(bravo.error ?? deletion.error)}
        </p>
      ) : null}
    </div>
  );
}

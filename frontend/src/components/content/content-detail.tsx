import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Photo } from '@/api-types/media';
import { PhotoGallery } from '@/components/media/photo-gallery';
import { BravoButton } from '@/components/ui/bravo-button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { ErrorState } from '@/components/ui/error-state';
import { SanitizedHtml } from '@/components/ui/sanitized-html';
import { Skeleton } from '@/components/ui/skeleton';
import { useDescribeError } from '@/lib/error-messages';

// A post and a guestbook entry are read on the same page shape; each feature gives what differs
// (its header, what follows the photos, its panels) and its own requests. Kept in one module:
// the post page loads it, and every file more is a request more on a phone (vite.config.ts).

export interface ContentDetailProps {
  testId: string;
  /** Naming the content for the browser journeys, such as `data-post-id`. */
  dataAttributes: Record<`data-${string}`, number>;
  /** The tab's title, before " · Bravo". */
  documentTitle: string;
  header: ReactNode;
  bodyHtml: string;
  bodyTestId: string;
  /** The films, rendered by the app layer (videos are another feature). */
  videos: ReactNode;
  photos: Photo[];
  afterPhotos?: ReactNode;
  /** Bravo, edit and delete, report and moderate: one row under the content. */
  bar: ReactNode;
  panels?: ReactNode;
}

export function ContentDetail({
  testId,
  dataAttributes,
  documentTitle,
  header,
  bodyHtml,
  bodyTestId,
  videos,
  photos,
  afterPhotos,
  bar,
  panels,
}: ContentDetailProps) {
  return (
    <article className="post-detail stack" data-testid={testId} {...dataAttributes}>
      <title>{`${documentTitle} · Bravo`}</title>
      <header className="stack stack--tight">{header}</header>
      <SanitizedHtml html={bodyHtml} className="post-body" testId={bodyTestId} />
      {videos}
      <PhotoGallery photos={photos} />
      {afterPhotos}
      <div className="post-detail__bar">{bar}</div>
      {panels}
    </article>
  );
}

export interface ContentLoadStateProps {
  query: { isPending: boolean; refetch: () => unknown };
  loadingLabel: string;
  /** Lines of the loading placeholder. */
  lines: number;
  errorTitle: string;
  errorMessage: string;
}

/** Content not loaded yet: a placeholder while it comes, or why it failed and a way to retry. */
export function ContentLoadState({
  query,
  loadingLabel,
  lines,
  errorTitle,
  errorMessage,
}: ContentLoadStateProps) {
  const { t } = useTranslation();
  if (query.isPending) return <Skeleton variant="heading" label={loadingLabel} lines={lines} />;
  return (
    <ErrorState
      title={errorTitle}
      message={errorMessage}
      retryLabel={t('errors.retry')}
      onRetry={() => void query.refetch()}
    />
  );
}

export interface ContentBravoProps {
  content: { bravoCount: number; bravoedByMe: boolean };
  ownContent: boolean;
  /** Also the prefix of its notices' (`post-bravo` → `post-bravo-queued`). */
  testId: string;
  toggle: {
    toggle: (give: boolean) => void;
    data?: { queued: boolean } | undefined;
    isError: boolean;
    error: unknown;
  };
  /** Beside the button, such as who gave one. */
  beside?: ReactNode;
  /** Under the notices, such as the list of who gave one. */
  after?: ReactNode;
}

/** The bravo under a content, and what became of the last one given (kept for later, failed). */
export function ContentBravo({
  content,
  ownContent,
  testId,
  toggle,
  beside,
  after,
}: ContentBravoProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  return (
    <div className="post-bravo">
      <BravoButton
        count={content.bravoCount}
        active={content.bravoedByMe}
        ownContent={ownContent}
        testId={testId}
        onToggle={toggle.toggle}
      />
      {beside}
      {toggle.data?.queued ? (
        <p className="notice" role="status" data-testid={`${testId}-queued`}>
          {t('offline.bravoQueued')}
        </p>
      ) : null}
      {toggle.isError ? (
        <p className="inline-error" role="alert" data-testid={`${testId}-error`}>
          {t('bravo.failed')} {describeError(toggle.error)}
        </p>
      ) : null}
      {after}
    </div>
  );
}

export interface ContentActionsProps {
  /** Where the content is edited; undefined when this reader may not. */
  editHref: string | undefined;
  editTestId?: string;
  canDelete: boolean;
  deleteQuestion: string;
  deleteConfirmLabel: string;
  deleteTestId: string;
  deletion: { isPending: boolean; isError: boolean; error: unknown };
  onDelete: () => void;
}

/** Edit and delete, for those who may. */
export function ContentActions({
  editHref,
  editTestId,
  canDelete,
  deleteQuestion,
  deleteConfirmLabel,
  deleteTestId,
  deletion,
  onDelete,
}: ContentActionsProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  if (editHref === undefined && !canDelete) return null;
  return (
    <div className="post-actions">
      {editHref !== undefined ? (
        <Link to={editHref} className="button button--secondary" data-testid={editTestId}>
          {t('common.edit')}
        </Link>
      ) : null}
      {canDelete ? (
        <ConfirmButton
          label={t('common.delete')}
          question={deleteQuestion}
          confirmLabel={deleteConfirmLabel}
          pending={deletion.isPending}
          testId={deleteTestId}
          onConfirm={onDelete}
        />
      ) : null}
      {deletion.isError ? (
        <p className="inline-error" role="alert">
          {describeError(deletion.error)}
        </p>
      ) : null}
    </div>
  );
}

/** Report (not one's own content) and the moderation page's link (moderators), when either applies. */
export function ReportAndModerate({
  report,
  moderate,
}: {
  report: ReactNode;
  moderate: ReactNode;
}) {
  if (!report && !moderate) return null;
  return (
    <div className="post-actions">
      {report}
      {moderate}
    </div>
  );
}

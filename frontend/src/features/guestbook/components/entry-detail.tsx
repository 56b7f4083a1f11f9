import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EntryView } from '@/api-types/guestbook';
import type { ContentRef } from '@/api-types/reports';
import type { VideoView } from '@/api-types/videos';
import {
  ContentActions,
  ContentBravo,
  ContentDetail,
  ContentLoadState,
  ReportAndModerate,
} from '@/components/content/content-detail';
import { Button } from '@/components/ui/button';
import { ModerateLink } from '@/components/ui/moderate-link';
import { ModerationNotice } from '@/components/ui/moderation-notice';
import { paths } from '@/config/paths';
import { useDescribeError } from '@/lib/error-messages';
import { fieldErrorsOf } from '@/lib/field-errors';
import { formatDate } from '@/lib/format-date';
import {
  useDeleteEntry,
  useEntry,
  useSetEntryHidden,
  useToggleEntryBravo,
} from '@/features/guestbook/api/entry-api';
import { EntryHiddenBadge, EntryKindBadge } from '@/features/guestbook/components/entry-card';
import { PromotePanel } from '@/features/guestbook/components/promote-panel';

export interface EntryDetailProps {
  id: number;
  currentUsername: string | undefined;
  onDeleted: (shop: string) => void;
  onPromoted: (postId: number) => void;
  /** The entry's films, rendered by the app layer (videos are another feature). */
  renderVideos?: ((videos: VideoView[]) => ReactNode) | undefined;
  /** The "Report" action, from the app layer (reports are another feature); not for one's own entry. */
  renderReport?: ((content: ContentRef) => ReactNode) | undefined;
}

export function EntryDetail({
  id,
  currentUsername,
  onDeleted,
  onPromoted,
  renderVideos,
  renderReport,
}: EntryDetailProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const query = useEntry(id);
  const entry = query.data;
  if (!entry) {
    return (
      <ContentLoadState
        query={query}
        loadingLabel={t('guestbook.loading')}
        lines={3}
        errorTitle={t('guestbook.entryErrorTitle')}
        errorMessage={describeError(query.error)}
      />
    );
  }
  // Unknown while the profile loads: nothing is offered rather than a report of one's own.
  const mayReport = currentUsername !== undefined && entry.author.username !== currentUsername;
  return (
    <ContentDetail
      testId="entry-detail"
      dataAttributes={{ 'data-entry-id': entry.id }}
      documentTitle={t('guestbook.of', { shop: entry.shop.name })}
      header={<EntryHeader entry={entry} />}
      bodyHtml={entry.bodyHtml}
      bodyTestId="entry-body"
      videos={entry.videos.length > 0 ? renderVideos?.(entry.videos) : null}
      photos={entry.photos}
      afterPhotos={
        <>
          {entry.consentBy ? (
            <p className="field__hint" data-testid="entry-consent-note">
              {t('guestbook.consentBy', { name: entry.consentBy.displayName })}
            </p>
          ) : null}
          {entry.promotedTo ? (
            <p className="notice" data-testid="entry-promoted">
              {t('guestbook.promotedTo')}{' '}
              <Link to={paths.post.getHref(entry.promotedTo.id)}>{entry.promotedTo.title}</Link>
            </p>
          ) : null}
        </>
      }
      bar={
        <>
          <EntryBravo entry={entry} ownContent={entry.author.username === currentUsername} />
          <EntryActions entry={entry} onDeleted={onDeleted} />
          <ReportAndModerate
            report={mayReport ? renderReport?.({ type: 'entry', id: String(entry.id) }) : null}
            moderate={
              // Hiding stays right here (below); the moderation page has the reports and history.
              entry.canHide ? (
                <ModerateLink type="entry" id={entry.id} testId="entry-moderate" />
              ) : null
            }
          />
        </>
      }
      panels={
        <>
          {entry.canPromote ? <PromotePanel entry={entry} onPromoted={onPromoted} /> : null}
          {entry.canHide ? <HidePanel entry={entry} /> : null}
        </>
      }
    />
  );
}

function EntryHeader({ entry }: { entry: EntryView }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {/* An entry has no title of its own: the page is named after the guestbook it is in. */}
      <h1 className="entry-detail__title">
        <Link to={paths.guestbook.getHref(entry.shop.code)} data-testid="entry-shop-link">
          {t('guestbook.of', { shop: entry.shop.name })}
        </Link>
      </h1>
      <div className="post-card__badges">
        <EntryKindBadge kind={entry.kind} />
        <EntryHiddenBadge entry={entry} testId="entry-hidden" />
      </div>
      <p className="post-meta">
        <Link to={paths.person.getHref(entry.author.username)}>{entry.author.displayName}</Link>
        {' · '}
        <time dateTime={entry.date}>{formatDate(entry.date, i18n.language)}</time>
        {entry.editedAt ? ` · ${t('post.edited')}` : ''}
      </p>
      <ModerationNotice state={entry} testId="entry-moderation-state" />
    </>
  );
}

function EntryBravo({ entry, ownContent }: { entry: EntryView; ownContent: boolean }) {
  const toggle = useToggleEntryBravo(entry);
  return (
    <ContentBravo content={entry} ownContent={ownContent} testId="entry-bravo" toggle={toggle} />
  );
}

function EntryActions({
  entry,
  onDeleted,
}: {
  entry: EntryView;
  onDeleted: (shop: string) => void;
}) {
  const { t } = useTranslation();
  const deletion = useDeleteEntry(entry.id);
  return (
    <ContentActions
      editHref={entry.canEdit ? paths.editEntry.getHref(entry.id) : undefined}
      canDelete={entry.canDelete}
      deleteQuestion={t('guestbook.deleteQuestion')}
      deleteConfirmLabel={t('common.delete')}
      deleteTestId="entry-delete"
      deletion={deletion}
      onDelete={() => {
        deletion.mutate(undefined, {
          onSuccess: () => {
            onDeleted(entry.shop.code);
          },
        });
      }}
    />
  );
}

function HidePanel({ entry }: { entry: EntryView }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const setHidden = useSetEntryHidden(entry.id);
  const [reason, setReason] = useState('');
  const errors = fieldErrorsOf(setHidden.error);
  return (
    <section className="panel stack" data-testid="entry-moderation">
      <h2 className="panel__title">{t('moderation.title')}</h2>
      {entry.hidden ? (
        <Button
          variant="secondary"
          disabled={setHidden.isPending}
          data-testid="entry-restore"
          onClick={() => {
            setHidden.mutate(null);
          }}
        >
          {t('guestbook.restore')}
        </Button>
      ) : (
        <form
          className="stack stack--tight"
          onSubmit={(event) => {
            event.preventDefault();
            setHidden.mutate(reason);
          }}
        >
          <label className="field">
            <span className="field__label">{t('guestbook.hideReason')}</span>
            <input
              className="input"
              value={reason}
              data-testid="entry-hide-reason"
              onChange={(event) => {
                setReason(event.target.value);
              }}
            />
          </label>
          {errors.reason ? (
            <p className="field-error">{t(`fieldErrors.${errors.reason}`)}</p>
          ) : null}
          <Button
            type="submit"
            variant="secondary"
            disabled={setHidden.isPending}
            data-testid="entry-hide"
          >
            {t('guestbook.hide')}
          </Button>
        </form>
      )}
      {setHidden.isError && !errors.reason ? (
        <p className="inline-error" role="alert">
          {describeError(setHidden.error)}
        </p>
      ) : null}
    </section>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Photo } from '@/api-types/media';
import type { VideoView } from '@/api-types/videos';
import { PhotoUploader } from '@/components/media/photo-uploader';
import { Button } from '@/components/ui/button';
import { RelativeTime } from '@/components/ui/relative-time';
import type { ComposerOutbox } from '@/hooks/use-composer-outbox';
import { useDescribeError } from '@/lib/error-messages';
import type { FieldErrorCode } from '@/lib/field-errors';

/** What the videos field gets; the app layer renders it (videos are another feature). */
export interface ComposerVideoField {
  videoIds: string[];
  onChange: (update: (videoIds: string[]) => string[]) => void;
  error: FieldErrorCode | undefined;
  /** True while a video is still uploading: publishing waits for it. */
  onBusyChange: (busy: boolean) => void;
  /** The videos of the content being edited. */
  known: VideoView[] | undefined;
  /** Where an interrupted upload of this form is kept, to resume it after a reload. */
  storageId: string;
}

/** The browser journeys find each composer's parts by these. */
export interface ComposerShellTestIds {
  form: string;
  queued: string;
  error: string;
  waitVideos: string;
}

export interface ComposerShellProps {
  testIds: ComposerShellTestIds;
  onSubmit: () => void;
  outbox: ComposerOutbox;
  /** The save request, whose failure is said above the buttons. */
  saving: { isError: boolean; error: unknown };
  /** A draft kept on this device was put back in the form, saved at `savedAt`. */
  restored?: { savedAt: string; onDiscard: () => void } | null | undefined;
  photos: Photo[];
  photoError: FieldErrorCode | undefined;
  onPhotosChange: (update: (photos: Photo[]) => Photo[]) => void;
  renderVideos?: ((field: ComposerVideoField) => ReactNode) | undefined;
  videoField: Omit<ComposerVideoField, 'onBusyChange'>;
  /** The text fields, above the photos. */
  children: ReactNode;
  /** Questions about the photos and films, right under them. */
  afterMedia?: ReactNode;
  actions: ReactNode;
}

/**
 * The frame every composer shares: what happened to the last save (kept for later, restored,
 * failed), the photos and films, and why publishing waits.
 */
export function ComposerShell({
  testIds,
  onSubmit,
  outbox,
  saving,
  restored,
  photos,
  photoError,
  onPhotosChange,
  renderVideos,
  videoField,
  children,
  afterMedia,
  actions,
}: ComposerShellProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  return (
    <form
      className="composer stack"
      noValidate
      data-testid={testIds.form}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {outbox.queued ? (
        <p className="notice" role="status" data-testid={testIds.queued}>
          {t('offline.savedForLater')}
        </p>
      ) : null}
      {restored ? (
        <div className="notice" role="status" data-testid="draft-restored">
          <span>
            {t('composer.restored')} <RelativeTime iso={restored.savedAt} />
          </span>
          <Button variant="ghost" onClick={restored.onDiscard}>
            {t('composer.discardRestored')}
          </Button>
        </div>
      ) : null}
      {children}
      <PhotoUploader
        photos={photos}
        uploads={outbox.uploads}
        error={photoError}
        onRemove={(photoId) => {
          onPhotosChange((current) => current.filter((photo) => photo.id !== photoId));
        }}
      />
      {renderVideos?.({ ...videoField, onBusyChange: outbox.setVideosBusy })}
      {afterMedia}
      {saving.isError || outbox.queueError ? (
        <p className="inline-error" role="alert" data-testid={testIds.error}>
          {describeError(saving.error ?? outbox.queueError)}
        </p>
      ) : null}
      {outbox.uploads.uploading > 0 ? (
        <p className="field__hint" role="status">
          {t('composer.waitForPhotos')}
        </p>
      ) : null}
      {outbox.videosBusy ? (
        <p className="field__hint" role="status" data-testid={testIds.waitVideos}>
          {t('composer.waitForVideos')}
        </p>
      ) : null}
      <div className="composer__actions">{actions}</div>
    </form>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Photo } from '@/api-types/media';
import { AuthenticatedImage } from '@/components/ui/authenticated-image';
import { Icon } from '@/components/ui/icon';
import { Spinner } from '@/components/ui/spinner';
import { errorMessageKey } from '@/lib/error-messages';
import { FieldError } from '@/components/form/field-error';
import type { usePhotoUploads } from '@/hooks/use-photo-uploads';
import { MAX_PHOTOS } from '@/lib/upload-photo';
import type { FieldErrorCode } from '@/lib/field-errors';
import '@/components/offline/offline.css';

export interface PhotoUploaderProps {
  photos: Photo[];
  onRemove: (photoId: string) => void;
  uploads: ReturnType<typeof usePhotoUploads>;
  error: FieldErrorCode | undefined;
}

export function PhotoUploader({ photos, onRemove, uploads, error }: PhotoUploaderProps) {
  const { t } = useTranslation();
  const id = useId();
  const [skipped, setSkipped] = useState(0);
  const remaining = MAX_PHOTOS - photos.length - uploads.uploads.length;

  function pick(list: FileList | null) {
    const files = Array.from(list ?? []);
    const accepted = files.slice(0, Math.max(0, remaining));
    setSkipped(files.length - accepted.length);
    uploads.start(accepted);
  }

  const input = (testId: string, camera: boolean) => (
    <input
      type="file"
      accept="image/*"
      multiple
      capture={camera ? 'environment' : undefined}
      className="visually-hidden"
      disabled={remaining <= 0}
      data-testid={testId}
      onChange={(event) => {
        pick(event.target.files);
        // Cleared so that choosing the same file again still fires a change.
        event.target.value = '';
      }}
    />
  );

  return (
    <fieldset
      className="field photo-uploader"
      aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
    >
      <legend className="field__label">{t('composer.photos')}</legend>
      <div className="photo-uploader__buttons">
        <label className="button button--secondary photo-uploader__camera">
          {input('photo-camera-input', true)}
          <Icon name="camera" />
          {t('composer.takePhoto')}
        </label>
        <label className="button button--secondary">
          {input('photo-input', false)}
          <Icon name="image" />
          {t('composer.choosePhotos')}
        </label>
      </div>
      <p id={`${id}-hint`} className="field__hint">
        {t('composer.photosHint', { max: MAX_PHOTOS })}
      </p>
      {skipped > 0 ? (
        <p className="inline-error" role="alert">
          {t('composer.photosSkipped', { count: skipped, max: MAX_PHOTOS })}
        </p>
      ) : null}
      <ul className="photo-grid">
        {photos.map((photo, index) => (
          <li key={photo.id} className="photo-tile" data-testid="composer-photo">
            <AuthenticatedImage src={photo.thumbnailUrl} alt="" className="photo-tile__image" />
            <button
              type="button"
              className="photo-tile__remove"
              aria-label={t('composer.removePhoto', { index: index + 1 })}
              onClick={() => {
                onRemove(photo.id);
              }}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
        {uploads.uploads.map((upload) => (
          <li
            key={`upload-${upload.localId}`}
            className={`photo-tile photo-tile--${upload.status}`}
            data-testid={`photo-upload-${upload.status}`}
          >
            {upload.status === 'uploading' ? (
              <Spinner label={t('composer.uploading', { name: upload.name })} />
            ) : upload.status === 'held' ? (
              <p className="photo-tile__held" role="status">
                {upload.name}: {t('offline.photoKept')}
              </p>
            ) : (
              <p className="photo-tile__error" role="alert">
                {upload.name}: {t(errorMessageKey(upload.error))}
              </p>
            )}
            <button
              type="button"
              className="photo-tile__remove"
              aria-label={t('composer.cancelUpload', { name: upload.name })}
              onClick={() => {
                uploads.dismiss(upload.localId);
              }}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <FieldError id={`${id}-error`} code={error} />
    </fieldset>
  );
}

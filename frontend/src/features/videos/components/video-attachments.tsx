import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { VideoView } from '@/api-types/videos';
import { FieldError } from '@/components/form/field-error';
import type { FieldErrorCode } from '@/lib/field-errors';
import { MAX_VIDEOS } from '@/features/videos/utils/create-video-uppy';
import { VideoStatus } from '@/features/videos/components/video-status';
import { VideoUploader } from '@/features/videos/components/video-uploader';

export interface VideoAttachmentsProps {
  videoIds: string[];
  /** Functional: two uploads may finish before the form renders again. */
  onChange: (update: (videoIds: string[]) => string[]) => void;
  /** From a 422 on `videoIds`. */
  error: FieldErrorCode | undefined;
  onBusyChange: (busy: boolean) => void;
  /** The videos of the post or entry being edited, so they show without asking the server. */
  known?: readonly VideoView[] | undefined;
  /** One per form (e.g. `post-new`, `entry-12`): where an interrupted upload is resumed. */
  storageId: string;
}

/**
 * The videos field of a post or guestbook entry: the uploader, then each attached video with
 * its processing state. Forms compose it through a render prop, features never import each other.
 */
export function VideoAttachments({
  videoIds,
  onChange,
  error,
  onBusyChange,
  known = [],
  storageId,
}: VideoAttachmentsProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset
      className="field video-attachments"
      data-testid="video-attachments"
      aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
    >
      <legend className="field__label">{t('videos.field.label')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('videos.field.hint', { max: MAX_VIDEOS })}
      </p>
      <VideoUploader
        storageId={storageId}
        remaining={MAX_VIDEOS - videoIds.length}
        onBusyChange={onBusyChange}
        onUploaded={(videoId) => {
          onChange((current) => (current.includes(videoId) ? current : [...current, videoId]));
        }}
      />
      {videoIds.length > 0 ? (
        <ul className="video-status-list">
          {videoIds.map((videoId) => (
            <VideoStatus
              key={videoId}
              videoId={videoId}
              known={known.find((video) => video.id === videoId)}
              onRemove={() => {
                onChange((current) => current.filter((other) => other !== videoId));
              }}
            />
          ))}
        </ul>
      ) : null}
      <FieldError id={`${id}-error`} code={error} />
    </fieldset>
  );
}

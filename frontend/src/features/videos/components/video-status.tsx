import { useTranslation } from 'react-i18next';
import type { VideoView } from '@/api-types/videos';
import { Spinner } from '@/components/ui/spinner';
import { errorMessageKey } from '@/lib/error-messages';
import { formatDuration } from '@/lib/format-duration';
import { useVideo } from '@/features/videos/api/get-video';
import { failureReason } from '@/features/videos/utils/failure-reason';

export interface VideoStatusProps {
  videoId: string;
  /** What the post or entry being edited already says about it. */
  known?: VideoView | undefined;
  onRemove: () => void;
}

/** A video attached to a form: processing (polled), ready with its poster, or failed and why. */
export function VideoStatus({ videoId, known, onRemove }: VideoStatusProps) {
  const { t } = useTranslation();
  const query = useVideo(videoId, known);
  const video = query.data;
  const status = video?.status ?? (query.isError ? 'error' : 'loading');

  function body() {
    if (!video) {
      if (query.isError) {
        return (
          <p className="video-status__text" role="alert">
            {t(errorMessageKey(query.error))}
          </p>
        );
      }
      return <Spinner label={t('videos.status.loading')} />;
    }
    switch (video.status) {
      case 'ready':
        return (
          <>
            {video.posterUrl ? (
              <img src={video.posterUrl} alt="" className="video-status__poster" />
            ) : null}
            <p className="video-status__text">
              {t('videos.status.ready')}
              {video.durationMs !== null ? ` · ${formatDuration(video.durationMs)}` : ''}
            </p>
          </>
        );
      case 'failed': {
        const reason = failureReason(video, t);
        return (
          <p className="video-status__text" role="alert">
            {reason ? t('videos.status.failedBecause', { reason }) : t('videos.status.failed')}
          </p>
        );
      }
      case 'aborted':
      case 'deleted':
        return (
          <p className="video-status__text" role="alert">
            {t(`videos.status.${video.status}`)}
          </p>
        );
      case 'uploading':
      case 'processing':
        return (
          <p className="video-status__text">
            <Spinner label={t('videos.status.processing')} />{' '}
            {video.status === 'uploading'
              ? t('videos.status.uploading')
              : video.progress === null
                ? t('videos.status.processing')
                : t('videos.status.processingProgress', { progress: video.progress })}
          </p>
        );
    }
  }

  return (
    <li
      className={`video-status video-status--${status}`}
      data-testid="video-status"
      data-status={status}
      data-video-id={videoId}
    >
      <div className="video-status__body">
        {video ? <span className="video-status__name">{video.fileName}</span> : null}
        {body()}
      </div>
      <button
        type="button"
        className="photo-tile__remove video-status__remove"
        aria-label={t('videos.status.remove', { name: video?.fileName ?? videoId })}
        data-testid="video-status-remove"
        onClick={onRemove}
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}

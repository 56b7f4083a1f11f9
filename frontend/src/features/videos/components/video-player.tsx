import { useCallback, useEffect, useRef } from 'react';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { VideoView } from '@/api-types/videos';
import { Spinner } from '@/components/ui/spinner';
import { failureReason } from '@/features/videos/utils/failure-reason';
import { seekWhenReady } from '@/features/videos/utils/seek';

export interface VideoPlayerProps {
  video: VideoView;
  /**
   * Refetch what carries the video (its post or entry): its signed URLs are about to expire or
   * were refused, or it is still processing and has none yet.
   */
  onExpired: () => void;
  /** Where to start, in seconds (a link to the moment a caption is said); the film is not played. */
  startAt?: number | undefined;
}

/** Asked this long before the URLs expire, so a press on play never meets a dead link. */
export const REFRESH_BEFORE_EXPIRY_MS = 60_000;
/** How often a processing video asks whether it is ready. */
export const PROCESSING_RECHECK_MS = 10_000;
// setTimeout fires at once beyond 2^31 - 1 ms.
const MAX_TIMER_MS = 2_147_483_647;

function aspectRatio(video: VideoView): CSSProperties {
  return video.width && video.height
    ? { aspectRatio: `${video.width} / ${video.height}` }
    : { aspectRatio: '16 / 9' };
}

/** A film in a post or entry: a phone-friendly native player, or what stands in for one. */
export function VideoPlayer({ video, onExpired, startAt }: VideoPlayerProps) {
  if (video.status === 'ready' && video.playbackUrl) {
    return (
      <ReadyVideo
        video={video}
        playbackUrl={video.playbackUrl}
        onExpired={onExpired}
        startAt={startAt}
      />
    );
  }
  return <PendingVideo video={video} onExpired={onExpired} />;
}

function PendingVideo({ video, onExpired }: VideoPlayerProps) {
  const { t } = useTranslation();
  const onExpiredRef = useRef(onExpired);
  useEffect(() => {
    onExpiredRef.current = onExpired;
  });
  const processing = video.status === 'processing' || video.status === 'uploading';
  useEffect(() => {
    if (!processing) return undefined;
    const timer = setInterval(() => {
      onExpiredRef.current();
    }, PROCESSING_RECHECK_MS);
    return () => {
      clearInterval(timer);
    };
  }, [processing]);

  let message: string;
  if (processing) message = t('videos.player.processing');
  else if (video.status === 'failed') {
    const reason = failureReason(video, t);
    message = reason ? t('videos.status.failedBecause', { reason }) : t('videos.player.failed');
  } else message = t('videos.player.removed');

  return (
    <div
      className={`video-player video-player--${video.status}`}
      style={aspectRatio(video)}
      data-testid="video-player"
      data-status={video.status}
    >
      <p className="video-player__message" role={processing ? undefined : 'alert'}>
        {processing ? <Spinner label={message} /> : null} {message}
      </p>
    </div>
  );
}

function ReadyVideo({
  video,
  playbackUrl,
  onExpired,
  startAt,
}: VideoPlayerProps & { playbackUrl: string }) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLVideoElement>(null);
  const onExpiredRef = useRef(onExpired);
  useEffect(() => {
    onExpiredRef.current = onExpired;
  });
  // Where to pick up once the new URL has loaded.
  const resume = useRef<{ time: number; playing: boolean } | null>(null);
  // A refresh is asked once per URL: a file the browser cannot play must not loop.
  const askedFor = useRef<string | null>(null);

  const refresh = useCallback(() => {
    if (askedFor.current === playbackUrl) return;
    askedFor.current = playbackUrl;
    const element = ref.current;
    if (element && element.currentTime > 0) {
      resume.current = { time: element.currentTime, playing: !element.paused };
    }
    onExpiredRef.current();
  }, [playbackUrl]);

  useEffect(() => {
    if (!video.urlsExpireAt) return undefined;
    const expiresAt = Date.parse(video.urlsExpireAt);
    if (Number.isNaN(expiresAt)) return undefined;
    const delay = Math.min(
      MAX_TIMER_MS,
      Math.max(0, expiresAt - Date.now() - REFRESH_BEFORE_EXPIRY_MS),
    );
    const timer = setTimeout(refresh, delay);
    return () => {
      clearTimeout(timer);
    };
  }, [video.urlsExpireAt, refresh]);

  useEffect(() => {
    const element = ref.current;
    if (!element || startAt === undefined) return undefined;
    return seekWhenReady(element, startAt);
  }, [startAt]);

  const language = i18n.language.startsWith('en') ? 'en' : 'fr';
  return (
    <figure className="video-player" data-testid="video-player" data-status="ready">
      <video
        ref={ref}
        className="video-player__video"
        src={playbackUrl}
        poster={video.posterUrl ?? undefined}
        width={video.width ?? undefined}
        height={video.height ?? undefined}
        style={aspectRatio(video)}
        controls
        playsInline
        preload="metadata"
        aria-label={t('videos.player.label', { name: video.fileName })}
        onLoadedMetadata={(event) => {
          const position = resume.current;
          if (!position) return;
          resume.current = null;
          const element = event.currentTarget;
          element.currentTime = position.time;
          if (position.playing) {
            // Refused without a gesture on some phones: the user then presses play again.
            element.play().catch(() => undefined);
          }
        }}
        onError={refresh}
      >
        {video.captions.map((caption) => (
          <track
            key={caption.lang}
            kind="captions"
            srcLang={caption.lang}
            label={caption.label}
            src={caption.url}
            default={caption.lang === language}
          />
        ))}
      </video>
    </figure>
  );
}

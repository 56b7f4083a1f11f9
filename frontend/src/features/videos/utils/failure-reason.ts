import type { TFunction } from 'i18next';
import type { VideoView } from '@/api-types/videos';

/**
 * Why a film failed, in the reader's language when the server gave a code this version words; else the server's
 * English sentence (a film that failed before codes existed, or a code newer than this app).
 */
export function failureReason(video: VideoView, t: TFunction): string | null {
  if (video.failureCode === null) return video.failureReason;
  return t(`videos.failure.${video.failureCode}`, {
    ...video.failureParams,
    defaultValue: video.failureReason ?? '',
  });
}

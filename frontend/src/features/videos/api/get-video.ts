import { queryOptions, useQuery } from '@tanstack/react-query';
import type { VideoView } from '@/api-types/videos';
import { api } from '@/lib/api-client';
import { videoKeys } from '@/features/videos/api/video-keys';

/** How often the composer asks how processing goes. */
export const VIDEO_POLL_MS = 2_000;

export function getVideo(id: string, { signal }: { signal?: AbortSignal } = {}) {
  return api.get<VideoView>(`/api/v1/videos/${encodeURIComponent(id)}`, { signal });
}

/** Uploading and processing move on by themselves; every other status is where a video stays. */
export function isVideoSettled(video: VideoView | undefined): boolean {
  return video !== undefined && video.status !== 'uploading' && video.status !== 'processing';
}

/** Only its uploader may read a video here (anyone else gets a 404). */
export function getVideoQueryOptions(id: string) {
  return queryOptions({
    queryKey: videoKeys.detail(id),
    queryFn: ({ signal }) => getVideo(id, { signal }),
    refetchInterval: (query) => (isVideoSettled(query.state.data) ? false : VIDEO_POLL_MS),
    // A settled video only changes when its uploader edits captions, which updates this cache.
    staleTime: (query) => (isVideoSettled(query.state.data) ? Infinity : 0),
  });
}

/** `known` seeds the cache with what the post or entry already said, e.g. when editing it. */
export function useVideo(id: string, known?: VideoView) {
  return useQuery({ ...getVideoQueryOptions(id), initialData: () => known });
}

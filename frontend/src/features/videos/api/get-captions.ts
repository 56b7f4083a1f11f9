import { useQuery } from '@tanstack/react-query';
import type { CaptionLang, CaptionTrackView } from '@/api-types/videos';
import { api } from '@/lib/api-client';
import { fetchQueryOptions } from '@/lib/query/fetch-query';
import { videoKeys } from '@/features/videos/api/video-keys';

export function captionsPath(id: string, lang: CaptionLang): string {
  return `/api/v1/videos/${encodeURIComponent(id)}/captions/${lang}`;
}

export function getCaptions(
  id: string,
  lang: CaptionLang,
  { signal }: { signal?: AbortSignal } = {},
) {
  return api.get<CaptionTrackView>(captionsPath(id, lang), { signal });
}

export function getCaptionsQueryOptions(id: string, lang: CaptionLang) {
  return fetchQueryOptions(videoKeys.captions(id, lang), (options) =>
    getCaptions(id, lang, options),
  );
}

/** Only fetched when the video has captions in that language; otherwise the editor starts empty. */
export function useCaptions(id: string, lang: CaptionLang, enabled: boolean) {
  return useQuery({ ...getCaptionsQueryOptions(id, lang), enabled });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CaptionLang, CaptionRequest, VideoView } from '@/api-types/videos';
import { api } from '@/lib/api-client';
import { captionsPath } from '@/features/videos/api/get-captions';
import { videoKeys } from '@/features/videos/api/video-keys';

/** 422 VALIDATION_FAILED with field `vtt` (code INVALID, message naming the line) when unreadable. */
export function saveCaptions(id: string, lang: CaptionLang, request: CaptionRequest) {
  return api.put<VideoView>(captionsPath(id, lang), request);
}

export function useSaveCaptions(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ lang, vtt }: { lang: CaptionLang; vtt: string }) =>
      saveCaptions(id, lang, { vtt }),
    onSuccess: (video, { lang }) => {
      queryClient.setQueryData(videoKeys.detail(id), video);
      void queryClient.invalidateQueries({ queryKey: videoKeys.captions(id, lang) });
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CaptionLang } from '@/api-types/videos';
import { api } from '@/lib/api-client';
import { captionsPath } from '@/features/videos/api/get-captions';
import { videoKeys } from '@/features/videos/api/video-keys';

export function deleteCaptions(id: string, lang: CaptionLang) {
  return api.delete<undefined>(captionsPath(id, lang));
}

export function useDeleteCaptions(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (lang: CaptionLang) => deleteCaptions(id, lang),
    onSuccess: (_nothing, lang) => {
      // Removed rather than invalidated: refetching would only produce a 404.
      queryClient.removeQueries({ queryKey: videoKeys.captions(id, lang) });
      void queryClient.invalidateQueries({ queryKey: videoKeys.detail(id) });
    },
  });
}

import type { CaptionLang } from '@/api-types/videos';

/** Query keys of the feature, in one place because mutations invalidate each other's queries. */
export const videoKeys = {
  all: ['videos'] as const,
  detail: (id: string) => ['videos', 'detail', id] as const,
  captions: (id: string, lang: CaptionLang) => ['videos', 'captions', id, lang] as const,
};

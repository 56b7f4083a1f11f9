import type { WatchWordImportResult } from '@/api-types/admin';
import { useRefreshingMutation } from '@/hooks/use-refreshing-mutation';
import { api } from '@/lib/api-client';
import { adminKeys } from '@/features/admin/api/admin-keys';

/** The file's text goes as is (`text/csv`); a bad line answers 422 naming each line, and nothing is imported. */
export function importWatchWords(csv: string): Promise<WatchWordImportResult> {
  return api.post<WatchWordImportResult>('/api/v1/admin/watch-words/import', csv, {
    contentType: 'text/csv; charset=utf-8',
  });
}

export function useImportWatchWords() {
  return useRefreshingMutation(importWatchWords, adminKeys.watchWords);
}

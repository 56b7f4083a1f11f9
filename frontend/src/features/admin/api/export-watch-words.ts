import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { downloadBlob } from '@/features/admin/utils/download';

export function exportWatchWords() {
  return api.getBlob('/api/v1/admin/watch-words/export');
}

/** Fetched with the bearer token (a plain link could not send it), then saved from a blob link. */
export function useExportWatchWords() {
  return useMutation({
    mutationFn: exportWatchWords,
    onSuccess: (blob) => {
      downloadBlob(blob, 'bravo-watch-words.csv');
    },
  });
}

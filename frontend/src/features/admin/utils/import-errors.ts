import { ApiError } from '@/lib/api-client';

export interface ImportLineError {
  /** The CSV line, counted from 1 as the server does; null when the error is about the file. */
  line: number | null;
  code: string;
  message: string;
}

/** The per-line errors of a refused import (422, `field: "line 3"`), in file order. */
export function importLineErrors(error: unknown): ImportLineError[] {
  if (!(error instanceof ApiError) || error.status !== 422) return [];
  return error.errors
    .map(({ field, code, message }) => {
      const match = /(\d+)/.exec(field);
      return { line: match ? Number(match[1]) : null, code, message };
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WatchWordImportResult } from '@/api-types/admin';
import { env } from '@/config/env';
import { ApiError, CLIENT_ERROR_CODES, fallbackCodeForStatus } from '@/lib/api-client';
import type { FieldError } from '@/lib/api-client';
import { getAccessToken, login } from '@/lib/auth';
import { adminKeys } from '@/features/admin/api/admin-keys';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((item) => ({
    field: typeof item.field === 'string' ? item.field : '',
    code: typeof item.code === 'string' ? item.code : '',
    message: typeof item.message === 'string' ? item.message : '',
  }));
}

async function problemOf(response: Response): Promise<ApiError> {
  const fallback = { status: response.status, code: fallbackCodeForStatus(response.status) };
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.startsWith('application/problem+json')) return new ApiError(fallback);
  try {
    const body: unknown = await response.json();
    if (!isRecord(body)) return new ApiError(fallback);
    return new ApiError({
      ...fallback,
      code: typeof body.code === 'string' && body.code ? body.code : fallback.code,
      detail: typeof body.detail === 'string' ? body.detail : undefined,
      errors: fieldErrors(body.errors),
    });
  } catch (cause) {
    return new ApiError({ ...fallback, cause });
  }
}

/**
 * The only call whose body is not JSON (`text/csv`), which the shared client cannot send: it is
 * made here, with the same token, and its failures become the same ApiError.
 */
export async function importWatchWords(csv: string): Promise<WatchWordImportResult> {
  let token: string;
  try {
    token = await getAccessToken();
  } catch (cause) {
    throw new ApiError({ status: 401, code: CLIENT_ERROR_CODES.unauthenticated, cause });
  }
  let response: Response;
  try {
    response = await fetch(`${env.apiUrl}/api/v1/admin/watch-words/import`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'text/csv; charset=utf-8',
        Accept: 'application/json, application/problem+json',
      },
      body: csv,
    });
  } catch (cause) {
    throw new ApiError({ status: 0, code: CLIENT_ERROR_CODES.network, cause });
  }
  if (!response.ok) {
    if (response.status === 401) login();
    throw await problemOf(response);
  }
  try {
    return (await response.json()) as WatchWordImportResult;
  } catch (cause) {
    throw new ApiError({
      status: response.status,
      code: CLIENT_ERROR_CODES.invalidResponse,
      cause,
    });
  }
}

export function useImportWatchWords() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importWatchWords,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.watchWords }),
  });
}

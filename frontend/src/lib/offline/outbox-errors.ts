import { ApiError, CLIENT_ERROR_CODES } from '@/lib/api-client';

/** Serialisable: items are kept in IndexedDB, where ApiError's class would not survive. */
export interface OutboxError {
  code: string;
  status: number;
  detail?: string | undefined;
}

export function toOutboxError(error: unknown): OutboxError {
  if (error instanceof ApiError) {
    return { code: error.code, status: error.status, detail: error.detail };
  }
  return { code: CLIENT_ERROR_CODES.network, status: 0 };
}

/** No answer at all: the network, not the request, is at fault. */
export function isNetworkFailure(error: unknown): boolean {
  return !(error instanceof ApiError) || error.code === CLIENT_ERROR_CODES.network;
}

import { env } from '@/config/env';
import { getAccessToken, login } from '@/lib/auth';
import { SessionUnreachableError } from '@/lib/session-unreachable';

/** One invalid field, as listed in the `errors` member of a problem document. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** Codes produced on the client side, when the server could not give us one. */
export const CLIENT_ERROR_CODES = {
  network: 'NETWORK_ERROR',
  invalidResponse: 'INVALID_RESPONSE',
  unauthenticated: 'AUTHENTICATION_REQUIRED',
  forbidden: 'FORBIDDEN',
  notFound: 'NOT_FOUND',
  serviceUnavailable: 'SERVICE_UNAVAILABLE',
  http: 'HTTP_ERROR',
} as const;

export interface ApiErrorInit {
  /** HTTP status, or 0 when no response was received at all. */
  status: number;
  code: string;
  title?: string | undefined;
  detail?: string | undefined;
  type?: string | undefined;
  instance?: string | undefined;
  errors?: readonly FieldError[] | undefined;
  /** The problem's other members (RFC 9457 extensions), e.g. `suspendedUntil`. */
  extensions?: Readonly<Record<string, unknown>> | undefined;
  cause?: unknown;
}

/**
 * Every failure of an API call surfaces as an ApiError, so UI code only has to branch on `code`
 * (a stable identifier meant for translation) and never on free-text server messages.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly title: string | undefined;
  readonly detail: string | undefined;
  readonly type: string | undefined;
  readonly instance: string | undefined;
  readonly errors: readonly FieldError[];
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(init: ApiErrorInit) {
    super(init.detail ?? init.title ?? init.code, { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.type = init.type;
    this.instance = init.instance;
    this.errors = init.errors ?? [];
    this.extensions = init.extensions ?? {};
  }
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: HttpMethod;
  /** Serialised as JSON, except FormData which the browser encodes as multipart itself. */
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** Public endpoints (e.g. the runtime config read before login) must not wait for a token. */
  auth?: boolean;
  /** `blob` for binary resources such as photos, which need the bearer token like any call. */
  responseType?: 'json' | 'blob';
  /** A text body sent as is with this type (e.g. `text/csv`) instead of JSON. */
  contentType?: string;
}

const PROBLEM_JSON = 'application/problem+json';
const PROBLEM_MEMBERS = new Set([
  'type',
  'title',
  'status',
  'detail',
  'instance',
  'code',
  'errors',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function parseFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((item) => ({
    field: typeof item.field === 'string' ? item.field : '',
    code: typeof item.code === 'string' ? item.code : '',
    message: typeof item.message === 'string' ? item.message : '',
  }));
}

/**
 * When the server (or a proxy in front of it) does not send a problem code, derive one from the
 * status so the user still gets a meaningful translated message instead of a generic one.
 */
export function fallbackCodeForStatus(status: number): string {
  switch (status) {
    case 401:
      return CLIENT_ERROR_CODES.unauthenticated;
    case 403:
      return CLIENT_ERROR_CODES.forbidden;
    case 404:
      return CLIENT_ERROR_CODES.notFound;
    case 502:
    case 503:
    case 504:
      return CLIENT_ERROR_CODES.serviceUnavailable;
    default:
      return CLIENT_ERROR_CODES.http;
  }
}

function mediaType(response: Response): string {
  return (response.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

async function toApiError(response: Response): Promise<ApiError> {
  const fallback: ApiErrorInit = {
    status: response.status,
    code: fallbackCodeForStatus(response.status),
  };
  // Only a declared problem document is trusted to carry a stable code: an arbitrary JSON error
  // body (from a proxy, or a framework default page) has no contract we could rely on.
  if (mediaType(response) !== PROBLEM_JSON) return new ApiError(fallback);

  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    return new ApiError({ ...fallback, cause });
  }
  if (!isRecord(body)) return new ApiError(fallback);

  return new ApiError({
    // The HTTP status line is authoritative; RFC 9457 says the `status` member is advisory only.
    status: response.status,
    code: optionalString(body.code) ?? fallback.code,
    title: optionalString(body.title),
    detail: optionalString(body.detail),
    type: optionalString(body.type),
    instance: optionalString(body.instance),
    errors: parseFieldErrors(body.errors),
    extensions: Object.fromEntries(
      Object.entries(body).filter(([member]) => !PROBLEM_MEMBERS.has(member)),
    ),
  });
}

function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, signal, auth = true, responseType = 'json', contentType } = options;
  // The browser must write the multipart Content-Type itself: only it knows the boundary.
  const multipart = body instanceof FormData;

  const headers = new Headers({
    Accept: responseType === 'blob' ? `*/*, ${PROBLEM_JSON}` : `application/json, ${PROBLEM_JSON}`,
  });
  const raw = contentType !== undefined && typeof body === 'string';
  if (body !== undefined && !multipart)
    headers.set('Content-Type', raw ? contentType : 'application/json');

  if (auth) {
    let token: string;
    try {
      token = await getAccessToken();
    } catch (cause) {
      // No network to refresh the session: the request fails as offline (the outbox keeps writes for
      // later), not as signed out.
      if (cause instanceof SessionUnreachableError) {
        throw new ApiError({ status: 0, code: CLIENT_ERROR_CODES.network, cause });
      }
      throw new ApiError({ status: 401, code: CLIENT_ERROR_CODES.unauthenticated, cause });
    }
    headers.set('Authorization', `Bearer ${token}`);
  }

  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (body !== undefined) init.body = multipart || raw ? (body as BodyInit) : JSON.stringify(body);
  if (signal) init.signal = signal;

  let response: Response;
  try {
    response = await fetch(`${env.apiUrl}${path}`, init);
  } catch (cause) {
    // TanStack Query cancels through the signal and expects the AbortError back untouched.
    if (isAbortError(cause)) throw cause;
    throw new ApiError({ status: 0, code: CLIENT_ERROR_CODES.network, cause });
  }

  if (!response.ok) {
    const error = await toApiError(response);
    // The token was refreshed just before the call, so a 401 means the session is really gone
    // (revoked, or the realm changed): only a fresh login can fix it.
    if (response.status === 401 && auth) login();
    throw error;
  }

  if (response.status === 204 || response.headers.get('Content-Length') === '0') {
    return undefined as T;
  }
  try {
    if (responseType === 'blob') return (await response.blob()) as T;
    return (await response.json()) as T;
  } catch (cause) {
    throw new ApiError({
      status: response.status,
      code: CLIENT_ERROR_CODES.invalidResponse,
      cause,
    });
  }
}

type BodylessOptions = Omit<RequestOptions, 'method' | 'body' | 'responseType'>;

export const api = {
  get: <T>(path: string, options?: BodylessOptions) =>
    request<T>(path, { ...options, method: 'GET' }),
  delete: <T>(path: string, options?: BodylessOptions) =>
    request<T>(path, { ...options, method: 'DELETE' }),
  post: <T>(path: string, body?: unknown, options?: BodylessOptions) =>
    request<T>(path, { ...options, method: 'POST', body }),
  put: <T>(path: string, body?: unknown, options?: BodylessOptions) =>
    request<T>(path, { ...options, method: 'PUT', body }),
  patch: <T>(path: string, body?: unknown, options?: BodylessOptions) =>
    request<T>(path, { ...options, method: 'PATCH', body }),
  getBlob: (path: string, options?: BodylessOptions) =>
    request<Blob>(path, { ...options, method: 'GET', responseType: 'blob' }),
};

// Wire types of the videos resource (docs/api/videos.md).

/**
 * `uploading` → `processing` (with `progress`) → `ready` | `failed`; `aborted` when the upload was
 * cancelled, `deleted` once the post or entry carrying it was deleted.
 */
export type VideoStatus = 'uploading' | 'processing' | 'ready' | 'failed' | 'aborted' | 'deleted';

export type CaptionLang = 'fr' | 'en';

/** A captions track, served as `text/vtt` at a signed same-origin URL, for `<track>`. */
export interface VideoCaption {
  lang: CaptionLang;
  label: string;
  url: string;
}

/** The backend's registry, media/VideoFailure.java. */
export type VideoFailureCode =
  | 'UNREADABLE'
  | 'NOT_A_VIDEO'
  | 'SOUND_ONLY'
  | 'A_PICTURE'
  | 'FORMAT_NOT_ACCEPTED'
  | 'NO_LENGTH'
  | 'NO_PICTURE_SIZE'
  | 'TOO_LONG'
  | 'PICTURE_TOO_LARGE'
  | 'TOO_MANY_TRACKS'
  | 'TOO_SLOW'
  | 'GAVE_UP'
  | 'ACCOUNT_SUSPENDED';

export interface VideoView {
  id: string;
  status: VideoStatus;
  /** 0–100 while processing. */
  progress: number | null;
  /** Only for its uploader: why it failed, in English (also for films that failed before codes). */
  failureReason: string | null;
  /** Only for its uploader: why it failed, as a code the app words (`videos.failure.<code>`). */
  failureCode: VideoFailureCode | null;
  /** What the reason quotes (a duration, a size), by name. */
  failureParams: Record<string, string>;
  fileName: string;
  durationMs: number | null;
  width: number | null;
  height: number | null;
  /** Signed URLs on the object store, only once ready; valid until `urlsExpireAt`. */
  posterUrl: string | null;
  playbackUrl: string | null;
  urlsExpireAt: string | null;
  captions: VideoCaption[];
  /** The uploader, who may edit captions. */
  canEdit: boolean;
  /** Hidden from everyone but its uploader and moderators (docs/api/moderation.md). */
  hidden: boolean;
  /** Hidden until a moderator reviews it. */
  pendingReview: boolean;
  /** What the uploader and moderators are told. */
  hiddenReason: string | null;
}

/** A part the object store already holds. */
export interface StoredPart {
  partNumber: number;
  etag: string;
  size: number;
}

export interface VideoUploadView {
  videoId: string;
  status: VideoStatus;
  fileName: string;
  size: number;
  /** Bytes per part (the last one is shorter). */
  partSize: number;
  partCount: number;
  createdAt: string;
  /** Filled by GET /videos/uploads/{id} while uploading: what a client needs to resume. */
  parts: StoredPart[];
}

export interface StartVideoUploadRequest {
  fileName: string;
  size: number;
  contentType: string;
}

/** Where to PUT one part; the answer's `ETag` header is the part's receipt. */
export interface PartUrl {
  partNumber: number;
  url: string;
  expiresAt: string;
}

export interface UploadedPart {
  partNumber: number;
  etag: string;
}

export interface CompleteVideoUploadRequest {
  parts: UploadedPart[];
}

export interface CaptionCue {
  startMs: number;
  endMs: number;
  text: string;
}

/** GET /videos/{id}/captions/{lang}: the normalised WebVTT and its cues, for the editor. */
export interface CaptionTrackView {
  lang: CaptionLang;
  vtt: string;
  cues: CaptionCue[];
}

export interface CaptionRequest {
  vtt: string;
}

// The resumable upload endpoints (docs/api/videos.md, "Upload"). Only the uploader plugin calls
// them, so there are no hooks here: the bytes themselves go to the signed part URLs.
import type {
  PartUrl,
  StartVideoUploadRequest,
  UploadedPart,
  VideoUploadView,
} from '@/api-types/videos';
import { api } from '@/lib/api-client';

interface Signal {
  signal?: AbortSignal | undefined;
}

function uploadPath(videoId: string): string {
  return `/api/v1/videos/uploads/${encodeURIComponent(videoId)}`;
}

/** 413 VIDEO_TOO_LARGE before any byte is sent; 429 TOO_MANY_UPLOADS with 3 already running. */
export function startVideoUpload(request: StartVideoUploadRequest, { signal }: Signal = {}) {
  return api.post<VideoUploadView>('/api/v1/videos/uploads', request, { signal });
}

/** The upload and the parts the store already holds: what resuming needs. */
export function getVideoUpload(videoId: string, { signal }: Signal = {}) {
  return api.get<VideoUploadView>(uploadPath(videoId), { signal });
}

export function signVideoPart(videoId: string, partNumber: number, { signal }: Signal = {}) {
  return api.post<PartUrl>(`${uploadPath(videoId)}/parts/${partNumber}`, undefined, { signal });
}

/** 409 UPLOAD_INCOMPLETE while the store does not hold every byte: nothing is lost, send the rest. */
export function completeVideoUpload(
  videoId: string,
  parts: UploadedPart[],
  { signal }: Signal = {},
) {
  return api.post<VideoUploadView>(`${uploadPath(videoId)}/complete`, { parts }, { signal });
}

export function abortVideoUpload(videoId: string) {
  return api.delete<undefined>(uploadPath(videoId));
}

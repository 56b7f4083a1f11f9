import Uppy from '@uppy/core';
import GoldenRetriever from '@uppy/golden-retriever';
import type { GoldenRetrieverOptions } from '@uppy/golden-retriever';
import type { Locale, Meta } from '@uppy/core/utils';
import { currentUserId } from '@/lib/auth';
import {
  abortVideoUpload,
  completeVideoUpload,
  getVideoUpload,
  signVideoPart,
  startVideoUpload,
} from '@/features/videos/api/video-uploads';
import type { VideoUploadApi } from '@/features/videos/utils/multipart-upload';
import { putPart } from '@/features/videos/utils/put-part';
import { videoUppyId } from '@/features/videos/utils/upload-recovery-store';
import { VideoUploadPlugin } from '@/features/videos/utils/video-upload-plugin';
import type { VideoUploadBody, VideoUppy } from '@/features/videos/utils/video-upload-plugin';

/** Videos one post or guestbook entry may carry (the server enforces the same). */
export const MAX_VIDEOS = 3;
/** The backend's `bravo.video.max-bytes`: checked here first so nobody sends 5 GB for a 413. */
export const DEFAULT_MAX_VIDEO_BYTES = 4 * 1024 * 1024 * 1024;
/** Phones name their clips .mov (iPhone) or .mp4; some browsers give no MIME type at all. */
export const VIDEO_FILE_TYPES = ['video/*', '.mov', '.mp4', '.m4v', '.webm'];

const MiB = 1024 * 1024;

/**
 * Golden Retriever keeps each selected file in IndexedDB so an upload resumes by itself after a
 * reload. Its defaults (10 MiB per file, 300 MiB in all) would skip nearly every phone clip. Above
 * these limits the file is restored as a "ghost": the user picks the same file again and the
 * upload goes on from the parts the store already holds.
 */
export const RESTORE_LIMITS = { maxFileSize: 200 * MiB, maxTotalSize: 600 * MiB };

/** The backend's endpoints and the PUT to the store, as the uploader plugin calls them. */
export const backendVideoUploadApi: VideoUploadApi = {
  start: (request, signal) => startVideoUpload(request, { signal }),
  status: (videoId, signal) => getVideoUpload(videoId, { signal }),
  signPart: (videoId, partNumber, signal) => signVideoPart(videoId, partNumber, { signal }),
  complete: (videoId, parts, signal) => completeVideoUpload(videoId, parts, { signal }),
  abort: (videoId) => abortVideoUpload(videoId),
  putPart,
};

export interface CreateVideoUppyOptions {
  /**
   * Names the saved state: one per form, so a reload restores into the form it came from. It is
   * kept under the signed-in person's name, so a colleague on the same phone never resumes it.
   */
  id: string;
  maxFileBytes: number;
  maxFiles: number;
  locale: Locale;
  describeError: (error: unknown) => string;
  api?: VideoUploadApi;
}

export function createVideoUppy({
  id,
  maxFileBytes,
  maxFiles,
  locale,
  describeError,
  api = backendVideoUploadApi,
}: CreateVideoUppyOptions): VideoUppy {
  const sub = currentUserId();
  const uppy = new Uppy<Meta, VideoUploadBody>({
    // Golden Retriever names its IndexedDB and localStorage entries after the instance.
    id: sub ? videoUppyId(sub, id) : id,
    autoProceed: true,
    locale,
    restrictions: {
      allowedFileTypes: VIDEO_FILE_TYPES,
      maxFileSize: maxFileBytes,
      maxNumberOfFiles: Math.max(1, maxFiles),
    },
  });
  uppy.use(VideoUploadPlugin, { api, describeError });
  // Without IndexedDB (some private modes) uploads still work, they just do not survive a reload.
  // Nor do they before sign-in: nobody would own what is kept.
  if (typeof indexedDB !== 'undefined' && sub) {
    // The typings only list `name` and `version`, but the object is handed whole to the IndexedDB
    // store, whose size limits are the ones that matter here.
    const indexedDB = RESTORE_LIMITS as NonNullable<GoldenRetrieverOptions['indexedDB']>;
    uppy.use(GoldenRetriever, { indexedDB });
    // Golden Retriever waits for a click on "resume" once it has restored files. With every
    // blob back there is nothing to ask: go on at once. With ghosts, go on once they are picked
    // again (that adds them back, emitting `file-added`).
    const resumeWhenComplete = () => {
      const { recoveredState } = uppy.getState();
      if (recoveredState && !uppy.getFiles().some((file) => file.isGhost)) {
        uppy.emit('restore-confirmed');
      }
    };
    uppy.on('restored', resumeWhenComplete);
    uppy.on('file-added', resumeWhenComplete);
  }
  return uppy;
}

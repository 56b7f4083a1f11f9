import { BasePlugin } from '@uppy/core';
import type { DefinePluginOpts, PluginOpts, Uppy } from '@uppy/core';
import { filterFilesToEmitUploadStarted, filterFilesToUpload } from '@uppy/core/utils';
import type { Body, Meta, UppyFile } from '@uppy/core/utils';
import {
  DEFAULT_PART_CONCURRENCY,
  DEFAULT_RETRY_DELAYS,
  uploadInParts,
} from '@/features/videos/utils/multipart-upload';
import type { VideoUploadApi, VideoUploadSession } from '@/features/videos/utils/multipart-upload';

// Kept on the file in Uppy's state, which Golden Retriever saves in IndexedDB: after a reload the
// restored file still knows which upload it belongs to, and resumes it.
declare module '@uppy/core/utils' {
  // Declaration merging requires the original type parameters, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface LocalUppyFile<M extends Meta, B extends Body> {
    bravoVideoUpload?: VideoUploadSession | undefined;
  }
}

/** What an upload hands over in `upload-success`: the video to attach to the post or entry. */
// A type, not an interface: Uppy's `Body` is an index signature, which interfaces do not match.
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions
export type VideoUploadBody = { videoId: string };
export type VideoUppy = Uppy<Meta, VideoUploadBody>;
type VideoFile = UppyFile<Meta, VideoUploadBody>;

export interface VideoUploadOptions extends PluginOpts {
  api: VideoUploadApi;
  /** Parts of one file in flight at once. */
  limit?: number;
  /** Waits before each new attempt of a failed part. */
  retryDelays?: readonly number[];
  /** The message shown (in the Dashboard and its informer) for an upload that failed. */
  describeError?: (error: unknown) => string;
}

const defaultOptions = {
  limit: DEFAULT_PART_CONCURRENCY,
  retryDelays: DEFAULT_RETRY_DELAYS,
  describeError: (error: unknown) => (error instanceof Error ? error.message : String(error)),
};

type Options = DefinePluginOpts<VideoUploadOptions, keyof typeof defaultOptions>;

interface ActiveUpload {
  controller: AbortController | null;
  run: () => void;
  finish: () => void;
}

/** An error as Uppy shows it, with the translated message and the original for listeners. */
export class VideoUploadError extends Error {
  override readonly name = 'VideoUploadError';
}

/**
 * Uppy uploader for Bravo's videos: S3 multipart through our backend (docs/api/videos.md).
 * `@uppy/aws-s3` 6 can only sign raw S3 requests or talk to Companion, while our backend opens,
 * lists, completes and aborts the upload itself and signs part URLs only, so this plugin drives
 * `uploadInParts` and speaks Uppy's events: progress, success (with the video id), error, pause
 * and resume, removal (which cancels the upload on the backend).
 *
 * Files go one after the other: the backend caps uploads in progress per person, and one file's
 * parts already fill the connection.
 */
export class VideoUploadPlugin extends BasePlugin<Options, Meta, VideoUploadBody> {
  readonly #active = new Map<string, ActiveUpload>();

  constructor(uppy: VideoUppy, opts: VideoUploadOptions) {
    super(uppy, { ...defaultOptions, ...opts });
    this.type = 'uploader';
    this.id = this.opts.id ?? 'BravoVideoUpload';
  }

  override install(): void {
    this.#setResumable(true);
    this.uppy.addUploader(this.#upload);
    this.#follow('on');
  }

  override uninstall(): void {
    this.#setResumable(false);
    this.uppy.removeUploader(this.#upload);
    this.#follow('off');
    for (const upload of this.#active.values()) {
      upload.controller?.abort();
      upload.finish();
    }
    this.#active.clear();
  }

  /** `Uppy#getFile` is typed as always finding the file; removed files are undefined. */
  #file(fileID: string): VideoFile | undefined {
    return this.uppy.getState().files[fileID];
  }

  /** Starts or stops following what the person does to uploads: remove, pause, resume. */
  #follow(method: 'on' | 'off'): void {
    this.uppy[method]('file-removed', this.#onFileRemoved);
    this.uppy[method]('upload-pause', this.#onPause);
    this.uppy[method]('pause-all', this.#onPauseAll);
    this.uppy[method]('resume-all', this.#onResumeAll);
  }

  #setResumable(value: boolean): void {
    const { capabilities } = this.uppy.getState();
    this.uppy.setState({ capabilities: { ...capabilities, resumableUploads: value } });
  }

  #upload = async (fileIDs: string[]): Promise<void> => {
    const files = filterFilesToUpload(this.uppy.getFilesByIds(fileIDs)) as VideoFile[];
    if (files.length === 0) return;
    this.uppy.emit('upload-start', filterFilesToEmitUploadStarted(files));
    for (const file of files) await this.#uploadFile(file.id);
  };

  /** Settles when the file is uploaded, has failed or was removed; pauses only suspend it. */
  #uploadFile(fileID: string): Promise<void> {
    return new Promise<void>((resolve) => {
      const upload: ActiveUpload = {
        controller: null,
        finish: () => {
          this.#active.delete(fileID);
          resolve();
        },
        run: () => {
          const file = this.#file(fileID);
          if (!file || file.isRemote || !file.data) {
            upload.finish();
            return;
          }
          upload.controller?.abort();
          const controller = new AbortController();
          upload.controller = controller;
          uploadInParts({
            data: file.data,
            fileName: file.name,
            contentType: file.type || 'application/octet-stream',
            api: this.opts.api,
            signal: controller.signal,
            session: file.bravoVideoUpload,
            limit: this.opts.limit,
            retryDelays: this.opts.retryDelays,
            onSession: (session) => {
              if (this.#file(fileID)) {
                this.uppy.setFileState(fileID, { bravoVideoUpload: session });
              }
            },
            onProgress: (bytesUploaded, bytesTotal) => {
              const current = this.#file(fileID);
              if (controller.signal.aborted || !current) return;
              this.uppy.emit('upload-progress', current, {
                uploadStarted: current.progress.uploadStarted ?? Date.now(),
                bytesUploaded,
                bytesTotal,
              });
            },
          }).then(
            (view) => {
              if (controller.signal.aborted) return;
              const current = this.#file(fileID);
              upload.finish();
              if (!current) return;
              // Forgotten before announcing success, so a later removal of the file (the
              // composer detaches it from Uppy) does not cancel a finished upload.
              this.uppy.setFileState(fileID, { bravoVideoUpload: undefined });
              this.uppy.emit('upload-success', this.#file(fileID), {
                status: 200,
                body: { videoId: view.videoId },
              });
            },
            (error: unknown) => {
              // Aborted by a pause (resumed later) or a removal (already finished).
              if (controller.signal.aborted) return;
              upload.finish();
              const current = this.#file(fileID);
              if (!current) return;
              const failure = new VideoUploadError(this.opts.describeError(error), {
                cause: error,
              });
              this.uppy.emit('upload-error', current, failure);
            },
          );
        },
      };
      this.#active.set(fileID, upload);
      if (this.#file(fileID)?.isPaused) return;
      upload.run();
    });
  }

  #onFileRemoved = (file: VideoFile): void => {
    const upload = this.#active.get(file.id);
    if (upload) {
      upload.controller?.abort();
      upload.finish();
    }
    const session = file.isRemote ? undefined : file.bravoVideoUpload;
    // Frees the parts already stored; the backend would otherwise keep them for a day.
    if (session) {
      this.opts.api.abort(session.videoId).catch((error: unknown) => {
        this.uppy.log(error, 'warning');
      });
    }
  };

  #onPause = (file: VideoFile | undefined, isPaused: boolean): void => {
    const upload = file ? this.#active.get(file.id) : undefined;
    if (!upload) return;
    if (isPaused) upload.controller?.abort();
    else upload.run();
  };

  #onPauseAll = (): void => {
    for (const upload of this.#active.values()) upload.controller?.abort();
  };

  #onResumeAll = (): void => {
    for (const [fileID, upload] of this.#active) {
      if (!this.#file(fileID)?.isPaused) upload.run();
    }
  };
}

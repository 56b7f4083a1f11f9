import Uppy from '@uppy/core';
import type { UppyEventMap } from '@uppy/core';
import type { Meta } from '@uppy/core/utils';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-client';
import type { VideoUploadApi } from '@/features/videos/utils/multipart-upload';
import { VideoUploadPlugin } from '@/features/videos/utils/video-upload-plugin';
import type { VideoUploadBody } from '@/features/videos/utils/video-upload-plugin';
import { fakeVideoUploadApi } from '@/testing/fake-video-upload-api';
import { VIDEO_UPLOAD_ID, videoUploadView } from '@/testing/fixtures';

/** A promise that only ever ends by the abort of its signal, like a held PUT. */
function held(signal: AbortSignal | undefined) {
  return new Promise<string>((_resolve, reject) => {
    signal?.addEventListener('abort', () => {
      reject(new DOMException('Aborted', 'AbortError'));
    });
  });
}

function sessionOf(uppy: Uppy<Meta, VideoUploadBody>, id: string) {
  const file = uppy.getFile(id);
  return file.isRemote ? undefined : file.bravoVideoUpload;
}

function setup(api: VideoUploadApi, describeError?: (error: unknown) => string) {
  const uppy = new Uppy<Meta, VideoUploadBody>();
  uppy.use(VideoUploadPlugin, {
    api,
    retryDelays: [],
    ...(describeError ? { describeError } : {}),
  });
  const id = uppy.addFile({
    name: 'clip.mp4',
    type: 'video/mp4',
    data: new Blob([new Uint8Array(12)], { type: 'video/mp4' }),
  });
  return { uppy, id };
}

describe('VideoUploadPlugin', () => {
  it('announces the uploaded video id, and forgets the session once done', async () => {
    const api = fakeVideoUploadApi();
    const { uppy, id } = setup(api);
    const onSuccess = vi.fn<UppyEventMap<Meta, VideoUploadBody>['upload-success']>();
    uppy.on('upload-success', onSuccess);

    const result = await uppy.upload();

    expect(result?.successful?.map((file) => file.id)).toEqual([id]);
    // Uppy's emitter passes padding arguments: only the first two mean something.
    const [file, response] = onSuccess.mock.calls[0] ?? [];
    expect(file).toMatchObject({ id });
    expect(response).toMatchObject({ body: { videoId: VIDEO_UPLOAD_ID } });
    expect(api.complete).toHaveBeenCalledWith(
      VIDEO_UPLOAD_ID,
      [
        { partNumber: 1, etag: '"1"' },
        { partNumber: 2, etag: '"2"' },
      ],
      expect.any(AbortSignal),
    );
    expect(sessionOf(uppy, id)).toBeUndefined();
    expect(uppy.getFile(id).progress.uploadComplete).toBe(true);
    // Removing a finished file (the form then shows the video) must not cancel it.
    uppy.removeFile(id);
    expect(api.abort).not.toHaveBeenCalled();
  });

  it('keeps the session on the file while uploading, and cancels it on the backend on removal', async () => {
    const api = fakeVideoUploadApi();
    api.putPart.mockImplementation((_url, _data, { signal }) => held(signal));
    const { uppy, id } = setup(api);
    const onError = vi.fn();
    uppy.on('upload-error', onError);

    const done = uppy.upload();
    await vi.waitFor(() => {
      expect(sessionOf(uppy, id)).toEqual({ videoId: VIDEO_UPLOAD_ID, partSize: 8 });
    });
    uppy.removeFile(id);
    await done;

    expect(api.abort).toHaveBeenCalledWith(VIDEO_UPLOAD_ID);
    expect(onError).not.toHaveBeenCalled();
  });

  it('reports a failure with the message the app gives it', async () => {
    const api = fakeVideoUploadApi();
    api.start.mockRejectedValue(new ApiError({ status: 429, code: 'TOO_MANY_UPLOADS' }));
    const { uppy, id } = setup(api, (error) =>
      error instanceof ApiError ? `translated ${error.code}` : 'other',
    );
    const onError = vi.fn<UppyEventMap<Meta, VideoUploadBody>['upload-error']>();
    uppy.on('upload-error', onError);

    await uppy.upload();

    const [file, error] = onError.mock.calls[0] ?? [];
    expect(file).toMatchObject({ id });
    expect(error).toMatchObject({ message: 'translated TOO_MANY_UPLOADS' });
    expect((error as Error | undefined)?.cause).toMatchObject({
      status: 429,
      code: 'TOO_MANY_UPLOADS',
    });
    expect(uppy.getFile(id).error).toContain('translated TOO_MANY_UPLOADS');
  });

  it('pauses by stopping the parts and resumes from what the store holds', async () => {
    const api = fakeVideoUploadApi();
    let holdFirst = true;
    api.putPart.mockImplementation((url, _data, { signal }) =>
      holdFirst ? held(signal) : Promise.resolve(`"${url.slice(-1)}"`),
    );
    api.status.mockResolvedValue(
      videoUploadView({ parts: [{ partNumber: 1, etag: '"1"', size: 8 }] }),
    );
    const { uppy, id } = setup(api);

    const done = uppy.upload();
    await vi.waitFor(() => {
      expect(api.putPart).toHaveBeenCalledTimes(2);
    });
    uppy.pauseResume(id);
    holdFirst = false;
    uppy.pauseResume(id);
    await done;

    expect(api.start).toHaveBeenCalledTimes(1);
    expect(api.status).toHaveBeenCalledWith(VIDEO_UPLOAD_ID, expect.any(AbortSignal));
    // Part 1 was stored before the pause: only part 2 is sent again.
    expect(api.putPart.mock.calls.map(([url]) => url)).toEqual([
      'https://store.example/1',
      'https://store.example/2',
      'https://store.example/2',
    ]);
    expect(uppy.getFile(id).progress.uploadComplete).toBe(true);
  });
});

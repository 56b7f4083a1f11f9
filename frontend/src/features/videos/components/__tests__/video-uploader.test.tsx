import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { clearUserData } from '@/lib/local-data';
import { VideoUploader } from '@/features/videos/components/video-uploader';
import { fakeVideoUploadApi } from '@/testing/fake-video-upload-api';
import { VIDEO_UPLOAD_ID } from '@/testing/fixtures';
import { deferred, renderWithProviders } from '@/testing/test-utils';

const fakeApi = () => fakeVideoUploadApi({ fileName: 'vitrine.mov', size: 10 });

const clip = () => new File([new Uint8Array(10)], 'vitrine.mov', { type: 'video/quicktime' });

beforeEach(() => {
  // The Dashboard measures itself; jsdom has no ResizeObserver.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe = vi.fn();
      unobserve = vi.fn();
      disconnect = vi.fn();
    },
  );
});

describe('VideoUploader', () => {
  it('offers the phone camera and the files, videos only', () => {
    renderWithProviders(
      <VideoUploader storageId="t" remaining={3} onUploaded={vi.fn()} api={fakeApi()} />,
    );

    const camera = screen.getByTestId('video-camera-input');
    expect(camera).toHaveAttribute('type', 'file');
    expect(camera).toHaveAttribute('capture', 'environment');
    expect(camera).toHaveAttribute('accept', 'video/*,.mov,.mp4,.m4v,.webm');
    const files = screen.getByTestId('video-file-input');
    expect(files).not.toHaveAttribute('capture');
    expect(files).toHaveAttribute('multiple');
    expect(files).toHaveAttribute('accept', 'video/*,.mov,.mp4,.m4v,.webm');
  });

  it('uploads a chosen video, shows its progress meanwhile, then hands over the video id', async () => {
    const api = fakeApi();
    const held = deferred<string>();
    api.putPart.mockImplementationOnce(() => held.promise);
    const onUploaded = vi.fn();
    const onBusyChange = vi.fn();
    renderWithProviders(
      <VideoUploader
        storageId="t"
        remaining={3}
        onUploaded={onUploaded}
        onBusyChange={onBusyChange}
        api={api}
      />,
    );

    await userEvent.upload(screen.getByTestId('video-file-input'), clip());

    expect(await screen.findByTestId('video-upload-progress')).toBeInTheDocument();
    await waitFor(() => {
      expect(onBusyChange).toHaveBeenLastCalledWith(true);
    });
    held.resolve('"etag-1"');
    await waitFor(() => {
      expect(onUploaded).toHaveBeenCalledWith(VIDEO_UPLOAD_ID);
    });
    expect(api.start).toHaveBeenCalledWith(
      { fileName: 'vitrine.mov', size: 10, contentType: 'video/quicktime' },
      expect.any(AbortSignal),
    );
    // The form now shows the video itself; the file leaves the uploader.
    await waitFor(() => {
      expect(screen.queryByTestId('video-upload-progress')).not.toBeInTheDocument();
    });
    expect(onBusyChange).toHaveBeenLastCalledWith(false);
    expect(api.abort).not.toHaveBeenCalled();
  });

  it('refuses what is not a video, or too big, before sending anything', async () => {
    const api = fakeApi();
    const user = userEvent.setup({ applyAccept: false });
    renderWithProviders(
      <VideoUploader storageId="t" remaining={3} maxFileBytes={5} onUploaded={vi.fn()} api={api} />,
    );

    await user.upload(
      screen.getByTestId('video-file-input'),
      new File(['%PDF'], 'notes.pdf', { type: 'application/pdf' }),
    );
    expect(await screen.findByTestId('video-upload-error')).toHaveTextContent('notes.pdf');

    await user.upload(screen.getByTestId('video-file-input'), clip());
    expect(await screen.findByTestId('video-upload-error')).toHaveTextContent('vitrine.mov');
    expect(api.start).not.toHaveBeenCalled();
  });

  it('explains a refusal of the backend in the user’s language', async () => {
    const api = fakeApi();
    api.start.mockRejectedValue(new ApiError({ status: 429, code: 'TOO_MANY_UPLOADS' }));
    renderWithProviders(
      <VideoUploader storageId="t" remaining={3} onUploaded={vi.fn()} api={api} />,
    );

    await userEvent.upload(screen.getByTestId('video-file-input'), clip());

    expect(await screen.findByTestId('video-upload-error')).toHaveTextContent(
      'vitrine.mov : Vous avez déjà trois vidéos en cours d’envoi.',
    );
  });

  it('takes no more videos than the form has room for', async () => {
    const api = fakeApi();
    renderWithProviders(
      <VideoUploader storageId="t" remaining={1} onUploaded={vi.fn()} api={api} />,
    );

    await userEvent.upload(screen.getByTestId('video-file-input'), [
      clip(),
      new File([new Uint8Array(12)], 'rayon.mp4', { type: 'video/mp4' }),
    ]);

    expect(await screen.findByRole('alert')).toHaveTextContent('1 vidéo ignorée');
    await waitFor(() => {
      expect(api.start).toHaveBeenCalledOnce();
    });
  });

  it('stops an upload when its person logs out, freeing the parts already sent', async () => {
    const api = fakeApi();
    // Like the store's PUT: on the way until the upload is stopped.
    api.putPart.mockImplementationOnce(
      (_url, _body, { signal }) =>
        new Promise((_resolve, reject) => {
          signal?.addEventListener('abort', () => {
            reject(new DOMException('Aborted', 'AbortError'));
          });
        }),
    );
    const onUploaded = vi.fn();
    renderWithProviders(
      <VideoUploader storageId="t" remaining={3} onUploaded={onUploaded} api={api} />,
    );
    await userEvent.upload(screen.getByTestId('video-file-input'), clip());
    await waitFor(() => {
      expect(api.putPart).toHaveBeenCalled();
    });

    await clearUserData('test-user');

    await waitFor(() => {
      expect(api.abort).toHaveBeenCalledWith(VIDEO_UPLOAD_ID);
    });
    expect(api.complete).not.toHaveBeenCalled();
    expect(onUploaded).not.toHaveBeenCalled();
  });
});

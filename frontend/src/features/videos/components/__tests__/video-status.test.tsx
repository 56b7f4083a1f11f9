import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VideoStatus } from '@/features/videos/components/video-status';
import { videoView } from '@/testing/fixtures';
import { jsonResponse, mockApi, problemResponse, renderWithProviders } from '@/testing/test-utils';

const ID = 'v-1';
const PATH = `GET /api/v1/videos/${ID}`;

afterEach(() => {
  vi.useRealTimers();
});

describe('VideoStatus', () => {
  it('follows processing every 2 seconds until the video is ready, then stops asking', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const answers = [
      videoView({ id: ID, status: 'processing', progress: 42, posterUrl: null, playbackUrl: null }),
      videoView({ id: ID, status: 'ready', posterUrl: 'https://store.example/poster.jpg' }),
    ];
    const fetchMock = mockApi({ [PATH]: () => jsonResponse(answers.shift() ?? answers[0]) });
    renderWithProviders(<VideoStatus videoId={ID} onRemove={vi.fn()} />);

    const status = await screen.findByTestId('video-status');
    await vi.waitFor(() => {
      expect(status).toHaveAttribute('data-status', 'processing');
    });
    expect(status).toHaveTextContent('Préparation… 42 %');

    await vi.advanceTimersByTimeAsync(2_000);
    await vi.waitFor(() => {
      expect(status).toHaveAttribute('data-status', 'ready');
    });
    expect(status).toHaveTextContent('Prête · 1:24');
    expect(within(status).getByRole('presentation')).toHaveAttribute(
      'src',
      'https://store.example/poster.jpg',
    );

    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('says why processing failed', async () => {
    mockApi({
      [PATH]: videoView({
        id: ID,
        status: 'failed',
        failureReason: 'Ce fichier n’est pas une vidéo.',
        posterUrl: null,
        playbackUrl: null,
      }),
    });
    renderWithProviders(<VideoStatus videoId={ID} onRemove={vi.fn()} />);

    const status = await screen.findByTestId('video-status');
    await vi.waitFor(() => {
      expect(status).toHaveAttribute('data-status', 'failed');
    });
    expect(within(status).getByRole('alert')).toHaveTextContent(
      'Échec : Ce fichier n’est pas une vidéo.',
    );
  });

  it("words the reason in the reader's language when the server gives its code, with its figures", async () => {
    mockApi({
      [PATH]: videoView({
        id: ID,
        status: 'failed',
        failureReason: 'This video lasts 12:05; Bravo accepts films of up to 10:00.',
        failureCode: 'TOO_LONG',
        failureParams: { duration: '12:05', max: '10:00' },
        posterUrl: null,
        playbackUrl: null,
      }),
    });
    renderWithProviders(<VideoStatus videoId={ID} onRemove={vi.fn()} />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Échec : cette vidéo dure 12:05 ; Bravo accepte des films de 10:00 au plus.',
    );
    expect(alert).not.toHaveTextContent('This video lasts');
  });

  it('shows what the edited post already knows without asking, and detaches on request', async () => {
    const fetchMock = mockApi({});
    const onRemove = vi.fn();
    renderWithProviders(
      <VideoStatus videoId={ID} known={videoView({ id: ID })} onRemove={onRemove} />,
    );

    expect(screen.getByTestId('video-status')).toHaveAttribute('data-status', 'ready');
    await userEvent.click(screen.getByRole('button', { name: 'Retirer la vidéo vitrine.mp4' }));

    expect(onRemove).toHaveBeenCalledOnce();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('keeps the row, with the error, when the video cannot be read', async () => {
    mockApi({ [PATH]: () => problemResponse({ status: 404, code: 'VIDEO_NOT_FOUND' }) });
    renderWithProviders(<VideoStatus videoId={ID} onRemove={vi.fn()} />);

    const status = await screen.findByTestId('video-status');
    await vi.waitFor(() => {
      expect(status).toHaveAttribute('data-status', 'error');
    });
    expect(status).toHaveTextContent('Cette vidéo est introuvable');
    expect(screen.getByTestId('video-status-remove')).toBeEnabled();
  });
});

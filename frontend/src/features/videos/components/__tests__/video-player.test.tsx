import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { VideoView } from '@/api-types/videos';
import { VideoPlayer } from '@/features/videos/components/video-player';
import { videoView } from '@/testing/fixtures';

function videoElement(): HTMLVideoElement {
  const element = screen.getByTestId('video-player').querySelector('video');
  if (!element) throw new Error('no <video>');
  return element;
}

/** Shows `video`; returns what the player calls when its URLs are about to expire. */
function renderPlayer(video: VideoView) {
  const onExpired = vi.fn();
  render(<VideoPlayer video={video} onExpired={onExpired} />);
  return onExpired;
}

describe('VideoPlayer', () => {
  it('plays inline with the poster, keeps the aspect ratio and offers each captions track', () => {
    render(
      <VideoPlayer
        video={videoView({
          captions: [
            { lang: 'fr', label: 'Français', url: '/api/v1/media/videos/v/captions/fr?sig=a' },
            { lang: 'en', label: 'English', url: '/api/v1/media/videos/v/captions/en?sig=b' },
          ],
        })}
        onExpired={vi.fn()}
      />,
    );

    const video = videoElement();
    expect(video).toHaveAttribute(
      'src',
      'https://store.example/videos/video.mp4?X-Amz-Signature=v',
    );
    expect(video).toHaveAttribute(
      'poster',
      'https://store.example/videos/poster.jpg?X-Amz-Signature=p',
    );
    expect(video).toHaveAttribute('controls');
    expect(video).toHaveAttribute('playsinline');
    expect(video).toHaveAttribute('preload', 'metadata');
    expect(video.style.aspectRatio).toBe('1080 / 1920');
    const tracks = [...video.querySelectorAll('track')].map((track) => ({
      kind: track.getAttribute('kind'),
      srclang: track.getAttribute('srclang'),
      label: track.getAttribute('label'),
      src: track.getAttribute('src'),
      default: track.hasAttribute('default'),
    }));
    expect(tracks).toEqual([
      {
        kind: 'captions',
        srclang: 'fr',
        label: 'Français',
        src: '/api/v1/media/videos/v/captions/fr?sig=a',
        default: true,
      },
      {
        kind: 'captions',
        srclang: 'en',
        label: 'English',
        src: '/api/v1/media/videos/v/captions/en?sig=b',
        default: false,
      },
    ]);
  });

  it('asks for fresh URLs when the store refuses them, once per URL, and resumes where it was', () => {
    const onExpired = vi.fn();
    const first = videoView();
    const { rerender } = render(<VideoPlayer video={first} onExpired={onExpired} />);
    const video = videoElement();
    video.currentTime = 37.5;

    fireEvent.error(video);
    fireEvent.error(video);
    expect(onExpired).toHaveBeenCalledOnce();

    rerender(
      <VideoPlayer
        video={videoView({
          playbackUrl: 'https://store.example/videos/video.mp4?X-Amz-Signature=w',
        })}
        onExpired={onExpired}
      />,
    );
    video.currentTime = 0;
    fireEvent.loadedMetadata(video);

    expect(videoElement()).toBe(video);
    expect(video).toHaveAttribute(
      'src',
      'https://store.example/videos/video.mp4?X-Amz-Signature=w',
    );
    expect(video.currentTime).toBe(37.5);
  });

  it('starts where a link asks, and moves when another moment is asked, without playing', () => {
    const play = vi.spyOn(HTMLMediaElement.prototype, 'play');
    const { rerender } = render(
      <VideoPlayer video={videoView()} onExpired={vi.fn()} startAt={12} />,
    );
    const video = videoElement();
    expect(video.currentTime).toBe(0);

    fireEvent.loadedMetadata(video);
    expect(video.currentTime).toBe(12);

    Object.defineProperty(video, 'readyState', { value: 1 });
    rerender(<VideoPlayer video={videoView()} onExpired={vi.fn()} startAt={30} />);
    expect(video.currentTime).toBe(30);
    expect(play).not.toHaveBeenCalled();
  });

  it('asks for fresh URLs a minute before they expire', () => {
    vi.useFakeTimers();
    try {
      const onExpired = renderPlayer(
        videoView({ urlsExpireAt: new Date(Date.now() + 5 * 60_000).toISOString() }),
      );

      vi.advanceTimersByTime(3 * 60_000);
      expect(onExpired).not.toHaveBeenCalled();
      vi.advanceTimersByTime(60_000 + 1);
      expect(onExpired).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });

  it('stands in for a film still processing, and checks again later', () => {
    vi.useFakeTimers();
    try {
      const onExpired = renderPlayer(
        videoView({ status: 'processing', playbackUrl: null, posterUrl: null }),
      );

      expect(screen.getByTestId('video-player')).toHaveAttribute('data-status', 'processing');
      expect(screen.getByTestId('video-player')).toHaveTextContent('Vidéo en préparation');
      expect(screen.getByTestId('video-player').querySelector('video')).toBeNull();
      vi.advanceTimersByTime(10_000);
      expect(onExpired).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });

  it('says when a film failed or was removed', () => {
    const { rerender } = render(
      <VideoPlayer
        video={videoView({ status: 'failed', playbackUrl: null })}
        onExpired={vi.fn()}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Cette vidéo n’a pas pu être préparée.');

    rerender(
      <VideoPlayer
        video={videoView({ status: 'deleted', playbackUrl: null })}
        onExpired={vi.fn()}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Cette vidéo a été retirée.');
  });
});

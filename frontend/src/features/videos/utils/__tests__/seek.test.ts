import { describe, expect, it } from 'vitest';
import { seekWhenReady } from '@/features/videos/utils/seek';

function videoElement({ readyState }: { readyState: number }): HTMLVideoElement {
  const video = document.createElement('video');
  // jsdom loads no media: the element stays at HAVE_NOTHING unless told otherwise.
  Object.defineProperty(video, 'readyState', { value: readyState });
  return video;
}

describe('seekWhenReady', () => {
  it('waits for the metadata before setting the position', () => {
    const video = videoElement({ readyState: 0 });

    seekWhenReady(video, 12);
    expect(video.currentTime).toBe(0);
    video.dispatchEvent(new Event('loadedmetadata'));
    expect(video.currentTime).toBe(12);

    // Once only: a later load (fresh signed URL) resumes where the viewer was instead.
    video.currentTime = 40;
    video.dispatchEvent(new Event('loadedmetadata'));
    expect(video.currentTime).toBe(40);
  });

  it('sets the position at once when the metadata is already there', () => {
    const video = videoElement({ readyState: 1 });

    seekWhenReady(video, 7);

    expect(video.currentTime).toBe(7);
  });

  it('can be cancelled before the metadata comes', () => {
    const video = videoElement({ readyState: 0 });

    const cancel = seekWhenReady(video, 12);
    cancel();
    video.dispatchEvent(new Event('loadedmetadata'));

    expect(video.currentTime).toBe(0);
  });
});

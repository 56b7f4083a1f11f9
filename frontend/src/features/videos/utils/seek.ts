// HTMLMediaElement.HAVE_METADATA: duration and dimensions known, so a position can be set.
const HAVE_METADATA = 1;

/**
 * Moves a film to `seconds` as soon as it can: at once when its metadata is loaded, else on
 * `loadedmetadata` (a position set before is dropped by some browsers). It only seeks: playing,
 * with sound, stays the viewer's choice. Returns what cancels a seek still waiting.
 */
export function seekWhenReady(video: HTMLVideoElement, seconds: number): () => void {
  if (video.readyState >= HAVE_METADATA) {
    video.currentTime = seconds;
    return () => undefined;
  }
  const seek = () => {
    video.currentTime = seconds;
  };
  video.addEventListener('loadedmetadata', seek, { once: true });
  return () => {
    video.removeEventListener('loadedmetadata', seek);
  };
}

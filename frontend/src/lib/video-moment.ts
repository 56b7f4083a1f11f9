import type { VideoMomentQuery } from '@/config/paths';

// A link can open a page at one of its films, at a given moment: `?video=<id>&t=<seconds>`. Search
// writes it for a caption that matched; the post and entry pages read it.

/** A film of the page to bring into view and, when known, where to start it. */
export interface VideoMoment {
  videoId: string;
  /** Seconds from the start; null to only bring the film into view. */
  seconds: number | null;
}

/**
 * A moment as links and labels give it: whole seconds, rounded down, since starting a little
 * before a line is said beats starting in the middle of it. Null for no usable moment.
 */
export function momentSeconds(startMs: number | null): number | null {
  return startMs !== null && Number.isFinite(startMs) && startMs >= 0
    ? Math.floor(startMs / 1000)
    : null;
}

/** The query for a film, at a moment when there is one. */
export function videoMomentQuery(videoId: string, startMs: number | null): VideoMomentQuery {
  const seconds = momentSeconds(startMs);
  return seconds === null ? { video: videoId } : { video: videoId, t: String(seconds) };
}

/** The moment a URL asks for; a malformed `t` (hand-edited URL) only brings the film into view. */
export function parseVideoMoment(params: URLSearchParams): VideoMoment | null {
  const videoId = params.get('video')?.trim();
  if (!videoId) return null;
  const t = params.get('t');
  const seconds = t === null || t.trim() === '' ? Number.NaN : Number(t);
  return { videoId, seconds: Number.isFinite(seconds) && seconds >= 0 ? seconds : null };
}

import type { CaptionCue } from '@/api-types/videos';

/** A cue as the list editor holds it: times as typed, checked only when saving. */
export interface CueRow {
  start: string;
  end: string;
  text: string;
}

export type CueRowError = 'start' | 'end' | 'order' | 'text';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `mm:ss.mmm`, or `hh:mm:ss.mmm` from an hour on: the two forms WebVTT (and our backend) accept. */
export function formatTimestamp(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor((total % 3_600_000) / 60_000);
  const seconds = Math.floor((total % 60_000) / 1000);
  const millis = total % 1000;
  const clock = `${pad(minutes)}:${pad(seconds)}.${pad(millis, 3)}`;
  return hours > 0 ? `${pad(hours)}:${clock}` : clock;
}

const TIMESTAMP = /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$/;

/**
 * Milliseconds of a typed time, or null. Forgiving with what people type (`1:05`, `01:05.5`,
 * a comma as in SRT files); minutes and seconds stay below 60.
 */
export function parseTimestamp(text: string): number | null {
  const match = TIMESTAMP.exec(text.trim());
  if (!match) return null;
  const [, hours = '0', minutes = '0', seconds = '0', fraction = '0'] = match;
  if (Number(minutes) >= 60 || Number(seconds) >= 60) return null;
  return (
    Number(hours) * 3_600_000 +
    Number(minutes) * 60_000 +
    Number(seconds) * 1000 +
    Number(fraction.padEnd(3, '0'))
  );
}

/**
 * Cue text is plain text on consecutive lines: a blank line would end the cue, and `-->` would be
 * read as a timing line.
 */
function cueText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replaceAll('-->', '->').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** A WebVTT file with the cues in the given order. */
export function serializeWebVtt(cues: readonly CaptionCue[]): string {
  const blocks = cues.map(
    (cue) =>
      `${formatTimestamp(cue.startMs)} --> ${formatTimestamp(cue.endMs)}\n${cueText(cue.text)}`,
  );
  return ['WEBVTT', ...blocks].join('\n\n') + '\n';
}

export function rowsFromCues(cues: readonly CaptionCue[]): CueRow[] {
  return cues.map((cue) => ({
    start: formatTimestamp(cue.startMs),
    end: formatTimestamp(cue.endMs),
    text: cue.text,
  }));
}

/**
 * The cues of the rows, or the first problem of each invalid row (by index): readable times, the
 * end after the start, and some text. Empty rows are left out.
 */
export function cuesFromRows(rows: readonly CueRow[]): {
  cues: CaptionCue[];
  errors: Map<number, CueRowError>;
} {
  const cues: CaptionCue[] = [];
  const errors = new Map<number, CueRowError>();
  rows.forEach((row, index) => {
    if (!row.start.trim() && !row.end.trim() && !row.text.trim()) return;
    const startMs = parseTimestamp(row.start);
    const endMs = parseTimestamp(row.end);
    if (startMs === null) errors.set(index, 'start');
    else if (endMs === null) errors.set(index, 'end');
    else if (endMs <= startMs) errors.set(index, 'order');
    else if (!cueText(row.text)) errors.set(index, 'text');
    else cues.push({ startMs, endMs, text: cueText(row.text) });
  });
  return { cues, errors };
}

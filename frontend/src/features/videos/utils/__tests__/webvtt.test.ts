import { describe, expect, it } from 'vitest';
import {
  cuesFromRows,
  formatTimestamp,
  parseTimestamp,
  rowsFromCues,
  serializeWebVtt,
} from '@/features/videos/utils/webvtt';

describe('WebVTT timestamps', () => {
  it('formats as mm:ss.mmm, with hours only from an hour on', () => {
    expect(formatTimestamp(0)).toBe('00:00.000');
    expect(formatTimestamp(65_500)).toBe('01:05.500');
    expect(formatTimestamp(3_723_004)).toBe('01:02:03.004');
  });

  it('reads what people type, and refuses what is not a time', () => {
    expect(parseTimestamp('01:05.500')).toBe(65_500);
    expect(parseTimestamp(' 1:05 ')).toBe(65_000);
    expect(parseTimestamp('00:01.5')).toBe(1_500);
    expect(parseTimestamp('00:00:02,250')).toBe(2_250);
    expect(parseTimestamp('01:02:03.004')).toBe(3_723_004);
    expect(parseTimestamp('00:61.000')).toBeNull();
    expect(parseTimestamp('1.5')).toBeNull();
    expect(parseTimestamp('')).toBeNull();
  });

  it('round-trips through formatting', () => {
    for (const ms of [0, 999, 61_001, 3_599_999, 7_200_000]) {
      expect(parseTimestamp(formatTimestamp(ms))).toBe(ms);
    }
  });
});

describe('serializeWebVtt', () => {
  it('writes the header and one block per cue', () => {
    expect(
      serializeWebVtt([
        { startMs: 0, endMs: 2_000, text: 'Bonjour' },
        { startMs: 2_500, endMs: 4_000, text: 'On range\nla vitrine' },
      ]),
    ).toBe(
      'WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour\n\n00:02.500 --> 00:04.000\nOn range\nla vitrine\n',
    );
  });

  it('keeps a cue in one block: no blank line, no arrow in its text', () => {
    expect(serializeWebVtt([{ startMs: 0, endMs: 1_000, text: 'a\n\n b --> c ' }])).toBe(
      'WEBVTT\n\n00:00.000 --> 00:01.000\na\nb -> c\n',
    );
  });
});

describe('cuesFromRows', () => {
  it('turns valid rows into cues and leaves empty rows out', () => {
    const rows = [
      ...rowsFromCues([{ startMs: 1_000, endMs: 2_000, text: 'Un' }]),
      { start: '', end: '', text: '' },
      { start: '00:03', end: '00:04.250', text: ' Deux ' },
    ];
    expect(cuesFromRows(rows)).toEqual({
      cues: [
        { startMs: 1_000, endMs: 2_000, text: 'Un' },
        { startMs: 3_000, endMs: 4_250, text: 'Deux' },
      ],
      errors: new Map(),
    });
  });

  it('names the first problem of each invalid row', () => {
    const { cues, errors } = cuesFromRows([
      { start: 'soon', end: '00:01.000', text: 'a' },
      { start: '00:01.000', end: 'later', text: 'b' },
      { start: '00:02.000', end: '00:02.000', text: 'c' },
      { start: '00:03.000', end: '00:04.000', text: '   ' },
    ]);
    expect(cues).toEqual([]);
    expect([...errors]).toEqual([
      [0, 'start'],
      [1, 'end'],
      [2, 'order'],
      [3, 'text'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { momentSeconds, parseVideoMoment, videoMomentQuery } from '@/lib/video-moment';

const parse = (query: string) => parseVideoMoment(new URLSearchParams(query));

describe('video moment links', () => {
  it('start a film at the whole second before its line is said', () => {
    expect(videoMomentQuery('v1', 1_200)).toEqual({ video: 'v1', t: '1' });
    expect(videoMomentQuery('v1', 61_999)).toEqual({ video: 'v1', t: '61' });
    expect(videoMomentQuery('v1', 0)).toEqual({ video: 'v1', t: '0' });
    expect(momentSeconds(59_900)).toBe(59);
  });

  it('only name the film when there is no moment', () => {
    expect(videoMomentQuery('v1', null)).toEqual({ video: 'v1' });
    expect(videoMomentQuery('v1', -5)).toEqual({ video: 'v1' });
    expect(momentSeconds(Number.NaN)).toBeNull();
  });

  it('read the film and moment back from the URL', () => {
    expect(parse('video=v1&t=12')).toEqual({ videoId: 'v1', seconds: 12 });
    expect(parse('t=3&video=v1')).toEqual({ videoId: 'v1', seconds: 3 });
    expect(parse('video=v1&t=1.5')).toEqual({ videoId: 'v1', seconds: 1.5 });
  });

  it('keep the film but drop a moment a hand-edited URL spoilt', () => {
    expect(parse('video=v1')).toEqual({ videoId: 'v1', seconds: null });
    expect(parse('video=v1&t=')).toEqual({ videoId: 'v1', seconds: null });
    expect(parse('video=v1&t=abc')).toEqual({ videoId: 'v1', seconds: null });
    expect(parse('video=v1&t=-4')).toEqual({ videoId: 'v1', seconds: null });
    expect(parse('video=v1&t=Infinity')).toEqual({ videoId: 'v1', seconds: null });
  });

  it('ask for nothing without a film', () => {
    expect(parse('')).toBeNull();
    expect(parse('t=12')).toBeNull();
    expect(parse('video=%20&t=12')).toBeNull();
  });
});

import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { EntryRoute } from '@/app/routes/entry';
import { PostRoute } from '@/app/routes/post';
import { entryView, postView, videoView } from '@/testing/fixtures';
import { ME_FIXTURE, mockApi, renderRoutes } from '@/testing/test-utils';

const FIRST = videoView({ id: 'film-a', fileName: 'accueil.mp4' });
const SECOND = videoView({ id: 'film-b', fileName: 'vitrine.mp4' });

function renderAt(path: string) {
  renderRoutes(
    [
      { path: '/posts/:id', element: <PostRoute /> },
      { path: '/entries/:id', element: <EntryRoute /> },
    ],
    path,
  );
}

/** The API behind the page at `path` (`posts/4`…) showing `page`, without comments. */
function answerPage(path: string, page: object) {
  mockApi({
    'GET /api/v1/me': ME_FIXTURE,
    [`GET /api/v1/${path}`]: page,
    [`GET /api/v1/${path}/comments`]: [],
  });
}

async function player(name: string): Promise<HTMLVideoElement> {
  const element = await screen.findByLabelText(`Vidéo ${name}`);
  if (!(element instanceof HTMLVideoElement)) throw new Error(`${name} is no <video>`);
  return element;
}

describe('a link to a film’s moment', () => {
  it('brings the post’s film into view and sets it at that second, without playing it', async () => {
    answerPage('posts/4', postView({ id: 4, videos: [FIRST, SECOND] }));
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView');
    const play = vi.spyOn(HTMLMediaElement.prototype, 'play');

    renderAt('/posts/4?video=film-b&t=12');

    const [first, second] = [await player('accueil.mp4'), await player('vitrine.mp4')];
    expect(scroll).toHaveBeenCalledOnce();
    expect(scroll.mock.contexts[0]).toBe(second.closest('[data-video-id]'));
    expect(second.closest('[data-video-id]')).toHaveAttribute('data-video-id', 'film-b');

    fireEvent.loadedMetadata(first);
    fireEvent.loadedMetadata(second);

    expect(second.currentTime).toBe(12);
    expect(first.currentTime).toBe(0);
    expect(play).not.toHaveBeenCalled();
  });

  it('does the same on a guestbook entry', async () => {
    answerPage('entries/7', entryView({ id: 7, videos: [FIRST, SECOND] }));
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView');

    renderAt('/entries/7?video=film-a&t=3');

    const first = await player('accueil.mp4');
    expect(scroll.mock.contexts[0]).toBe(first.closest('[data-video-id="film-a"]'));
    fireEvent.loadedMetadata(first);
    expect(first.currentTime).toBe(3);
  });

  it('leaves the page as it is when the film is not on it', async () => {
    mockApi({
      'GET /api/v1/me': ME_FIXTURE,
      'GET /api/v1/posts/4': postView({ id: 4, videos: [FIRST] }),
      'GET /api/v1/posts/4/comments': [],
    });
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView');

    renderAt('/posts/4?video=film-gone&t=12');

    const first = await player('accueil.mp4');
    fireEvent.loadedMetadata(first);
    expect(first.currentTime).toBe(0);
    expect(scroll).not.toHaveBeenCalled();
  });
});

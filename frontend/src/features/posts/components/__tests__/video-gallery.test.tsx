import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { VideoGallery } from '@/features/posts/components/video-gallery';
import { postSummary, videoView } from '@/testing/fixtures';
import { expectLinkTo } from '@/testing/assertions';
import {
  calledUrls,
  FakeIntersectionObserver,
  mockApi,
  renderWithProviders,
} from '@/testing/test-utils';

const FILM = postSummary({
  id: 7,
  title: 'Plier un pull en 10 secondes',
  tags: ['pliage'],
  shop: { code: 'lyon-confluence', name: 'Lyon Confluence' },
  video: videoView({ durationMs: 83_500, posterUrl: 'https://store.example/poster-7.jpg' }),
});

function ShopFilterStub({
  shop,
  onChange,
}: {
  shop: string | undefined;
  onChange: (shop: string | undefined) => void;
}) {
  return (
    <select
      aria-label="Boutique"
      value={shop ?? ''}
      onChange={(event) => {
        onChange(event.target.value || undefined);
      }}
    >
      <option value="">Toutes</option>
      <option value="lyon-confluence">Lyon Confluence</option>
    </select>
  );
}

function renderGallery(route = '/videos') {
  return renderWithProviders(
    <VideoGallery
      renderShopFilter={(shop, onChange) => <ShopFilterStub shop={shop} onChange={onChange} />}
    />,
    { route },
  );
}

describe('VideoGallery', () => {
  beforeEach(() => {
    FakeIntersectionObserver.install();
  });

  it('asks the feed for posts with a video, and shows poster, length, title and shop', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/posts': { items: [FILM], pinned: [], nextCursor: null },
    });

    renderGallery();

    const card = await screen.findByTestId('video-card');
    expect(calledUrls(fetchMock)).toEqual(['/api/v1/posts?sort=latest&video=true&limit=20']);
    expect(within(card).getByTestId('video-card-duration')).toHaveTextContent('1:24');
    expect(within(card).getByTestId('video-card-title')).toHaveTextContent(
      'Plier un pull en 10 secondes',
    );
    expect(within(card).getByTestId('video-card-shop')).toHaveTextContent('Lyon Confluence');
    expectLinkTo(card, /Plier un pull/, '/posts/7');
    expect(card.querySelector('img')).toHaveAttribute('src', 'https://store.example/poster-7.jpg');
    // A tag keeps to the gallery rather than leaving for the feed.
    expectLinkTo(card, '#pliage', '/videos?tag=pliage');
  });

  it('filters by shop and by tag, through the URL', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/posts': { items: [FILM], pinned: [], nextCursor: null },
    });

    renderGallery('/videos?tag=pliage');

    await screen.findByTestId('video-card');
    expect(screen.getByTestId('video-gallery-tag-filter')).toHaveTextContent('#pliage');
    await userEvent.selectOptions(screen.getByLabelText('Boutique'), 'lyon-confluence');

    await waitFor(() => {
      expect(calledUrls(fetchMock)).toContain(
        '/api/v1/posts?sort=latest&video=true&shop=lyon-confluence&tag=pliage&limit=20',
      );
    });
    await userEvent.click(screen.getByRole('button', { name: 'Retirer le filtre #pliage' }));
    await waitFor(() => {
      expect(calledUrls(fetchMock)).toContain(
        '/api/v1/posts?sort=latest&video=true&shop=lyon-confluence&limit=20',
      );
    });
  });

  it('invites to film the first practice when there is none', async () => {
    mockApi({ 'GET /api/v1/posts': { items: [], pinned: [], nextCursor: null } });

    renderGallery();

    expect(await screen.findByTestId('video-gallery-empty')).toHaveTextContent(
      'Pas encore de film',
    );
  });
});

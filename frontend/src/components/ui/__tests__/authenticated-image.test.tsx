import { act, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { AuthenticatedImage } from '@/components/ui/authenticated-image';
import {
  calledUrls,
  FakeIntersectionObserver,
  mockFetch,
  nth,
  renderWithProviders,
} from '@/testing/test-utils';

const PHOTO = '/api/v1/media/photos/p1/thumbnail';

describe('AuthenticatedImage', () => {
  beforeEach(() => {
    FakeIntersectionObserver.install();
  });

  it('downloads a photo only when it comes near the screen', async () => {
    const fetchMock = mockFetch(
      () =>
        new Response(new Uint8Array([137, 80, 78, 71]), {
          status: 200,
          headers: { 'Content-Type': 'image/png' },
        }),
    );

    const { queryClient } = renderWithProviders(
      <AuthenticatedImage src={PHOTO} alt="La vitrine" />,
    );

    expect(screen.getByRole('img', { name: 'La vitrine' }).tagName).toBe('SPAN');
    // Waiting far from the screen, it does not shimmer (an animation redraws the page every frame).
    expect(screen.getByRole('img', { name: 'La vitrine' })).not.toHaveClass('skeleton');
    // Not asked for, not even started: a fetch would be under way as soon as the image mounted.
    expect(queryClient.getQueryState(['image', PHOTO])?.fetchStatus).toBe('idle');
    expect(calledUrls(fetchMock)).toEqual([]);

    act(() => {
      nth(FakeIntersectionObserver.instances, 0).enter();
    });

    await waitFor(() => {
      expect(calledUrls(fetchMock)).toEqual([PHOTO]);
    });
    await waitFor(() => {
      expect(screen.getByRole('img', { name: 'La vitrine' }).tagName).toBe('IMG');
    });
  });
});

import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { ContentRef } from '@/api-types/reports';
import type { VideoView } from '@/api-types/videos';
import { VideoList } from '@/features/videos/components/video-list';
import { videoView } from '@/testing/fixtures';
import { expectLinkTo } from '@/testing/assertions';

function renderList(videos: VideoView[], { canModerate = false }: { canModerate?: boolean } = {}) {
  const renderReport = vi.fn((content: ContentRef) => (
    <button type="button">{`signaler ${content.type} ${content.id}`}</button>
  ));
  render(
    <MemoryRouter>
      <VideoList
        videos={videos}
        onExpired={vi.fn()}
        canModerate={canModerate}
        renderReport={renderReport}
      />
    </MemoryRouter>,
  );
  return { renderReport };
}

const film = (id: string) => screen.getByTestId('video-player').closest(`[data-video-id="${id}"]`);

describe('VideoList moderation', () => {
  it('marks a hidden film for its uploader and moderators, with the reason', () => {
    renderList([videoView({ id: 'v-1', hidden: true, hiddenReason: 'Visage d’un client' })]);

    expect(screen.getByTestId('video-moderation-state')).toHaveTextContent(
      'Contenu masqué par un modérateur : Visage d’un client',
    );
    expect(film('v-1')).toContainElement(screen.getByTestId('video-moderation-state'));
  });

  it('offers to report someone else’s film, never one’s own', () => {
    const { renderReport } = renderList([
      videoView({ id: 'v-1', canEdit: false }),
      videoView({ id: 'v-2', canEdit: true }),
    ]);

    expect(screen.getByRole('button', { name: 'signaler video v-1' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'signaler video v-2' })).not.toBeInTheDocument();
    expect(renderReport).toHaveBeenCalledTimes(1);
  });

  it('links moderators to each film’s moderation page', () => {
    renderList([videoView({ id: 'v-1' })], { canModerate: true });

    const section = screen.getByRole('region', { name: 'Vidéos' });
    expectLinkTo(section, 'Modérer cette vidéo', '/moderation/video/v-1');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });
});

import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentRef } from '@/api-types/reports';
import type { VideoView } from '@/api-types/videos';
import { Button } from '@/components/ui/button';
import { ModerateLink } from '@/components/ui/moderate-link';
import { ModerationNotice } from '@/components/ui/moderation-notice';
import { useScrollToId } from '@/hooks/use-scroll-to-id';
import type { VideoMoment } from '@/lib/video-moment';
import { CaptionEditor } from '@/features/videos/components/caption-editor';
import { VideoPlayer } from '@/features/videos/components/video-player';

export interface VideoListProps {
  videos: readonly VideoView[];
  /** Refetch the post or entry: expired URLs, a video still processing, captions changed. */
  onExpired: () => void;
  /** The film a link asks for (`?video=&t=`): brought into view, set at its moment. */
  moment?: VideoMoment | null | undefined;
  /** Moderators get a link to each film's moderation page. */
  canModerate?: boolean | undefined;
  /** The "Report" action, from the app layer; not offered to a film's uploader. */
  renderReport?: ((content: ContentRef) => ReactNode) | undefined;
}

function videoElementId(videoId: string): string {
  return `video-${videoId}`;
}

/** The films of a post or entry, each with the caption editor for its uploader. */
export function VideoList({
  videos,
  onExpired,
  moment,
  canModerate = false,
  renderReport,
}: VideoListProps) {
  const { t } = useTranslation();
  const asked = moment ? videos.find((video) => video.id === moment.videoId) : undefined;
  useScrollToId(asked ? videoElementId(asked.id) : null);
  if (videos.length === 0) return null;
  return (
    <section className="video-list stack" aria-label={t('videos.list.label')}>
      {videos.map((video) => (
        <div
          key={video.id}
          id={videoElementId(video.id)}
          className="stack stack--tight"
          data-video-id={video.id}
        >
          <ModerationNotice state={video} testId="video-moderation-state" />
          <VideoPlayer
            video={video}
            onExpired={onExpired}
            startAt={video.id === asked?.id ? (moment?.seconds ?? undefined) : undefined}
          />
          {video.canEdit && video.status === 'ready' ? (
            <CaptionToggle video={video} onChanged={onExpired} />
          ) : null}
          {/* `canEdit` is its uploader's: one does not report one's own film. */}
          {(!video.canEdit && renderReport) || canModerate ? (
            <div className="post-actions">
              {!video.canEdit ? renderReport?.({ type: 'video', id: video.id }) : null}
              {canModerate ? (
                <ModerateLink type="video" id={video.id} testId="video-moderate" />
              ) : null}
            </div>
          ) : null}
        </div>
      ))}
    </section>
  );
}

function CaptionToggle({ video, onChanged }: { video: VideoView; onChanged: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="ghost"
        aria-expanded={open}
        data-testid="caption-editor-toggle"
        onClick={() => {
          setOpen((current) => !current);
        }}
      >
        {open ? t('videos.captions.close') : t('videos.captions.open')}
      </Button>
      {open ? <CaptionEditor video={video} onChanged={onChanged} /> : null}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import type { PostKind, PostStatus } from '@/api-types/posts';
import type { VideoView } from '@/api-types/videos';
import { Icon } from '@/components/ui/icon';
import { formatDuration } from '@/lib/format-duration';
import { formatDate } from '@/lib/format-date';

export function KindBadge({ kind }: { kind: PostKind }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--kind-${kind}`} data-testid="kind-badge">
      {t(`post.kind.${kind}`)}
    </span>
  );
}

export function StatusBadge({ status }: { status: PostStatus | null }) {
  const { t } = useTranslation();
  if (!status) return null;
  return (
    <span className={`badge badge--status-${status}`} data-testid="status-badge">
      {t(`post.status.${status}`)}
    </span>
  );
}

export function PinnedBadge({ until }: { until: string }) {
  const { t, i18n } = useTranslation();
  return (
    <span className="badge badge--pinned" data-testid="pinned-badge">
      {t('post.pinnedUntil', { date: formatDate(until, i18n.language) })}
    </span>
  );
}

export function DraftBadge() {
  const { t } = useTranslation();
  return <span className="badge badge--draft">{t('post.draft')}</span>;
}

/** The post carries a film; its length once processed. */
export function VideoBadge({ video }: { video: VideoView }) {
  const { t } = useTranslation();
  return (
    <span className="badge badge--video" data-testid="video-badge">
      <Icon name="video" />
      {video.durationMs === null
        ? t('post.video')
        : t('post.videoWithDuration', { duration: formatDuration(video.durationMs) })}
    </span>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PostSummary } from '@/api-types/posts';
import { Button } from '@/components/ui/button';
import { InlineError } from '@/components/ui/inline-error';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format-date';
import { usePinnedPosts } from '@/features/admin/api/get-pinned-posts';
import { useUnpinPost } from '@/features/admin/api/unpin-post';
import { AdminList } from '@/features/admin/components/admin-list';

function PinnedPostRow({
  post,
  onChanged,
}: {
  post: PostSummary;
  onChanged?: (() => void) | undefined;
}) {
  const { t, i18n } = useTranslation();
  const unpin = useUnpinPost(post.id);
  return (
    <li className="people-list__item" data-testid="pinned-row">
      <div className="stack stack--tight">
        <p>
          <Link to={paths.post.getHref(post.id)}>
            <strong>{post.title}</strong>
          </Link>
        </p>
        <p className="people-list__meta">
          {[post.author.displayName, post.shop?.name].filter(Boolean).join(' · ')}
          {post.pinnedUntil
            ? ` · ${t('admin.pinned.until', { date: formatDateTime(post.pinnedUntil, i18n.language) })}`
            : null}
        </p>
        <div>
          <Button
            variant="secondary"
            disabled={unpin.isPending}
            data-testid="pinned-unpin"
            onClick={() => {
              unpin.mutate(undefined, { onSuccess: () => onChanged?.() });
            }}
          >
            {t('admin.pinned.unpin')}
          </Button>
        </div>
        <InlineError error={unpin.error} scope="admin" />
      </div>
    </li>
  );
}

export interface PinnedPostsScreenProps {
  /** The feeds show pinned posts first: the app refreshes them after an unpin. */
  onChanged?: () => void;
}

/** What sits on top of every feed right now. */
export function PinnedPostsScreen({ onChanged }: PinnedPostsScreenProps) {
  const { t } = useTranslation();
  const pinned = usePinnedPosts();

  return (
    <AdminList
      query={pinned}
      skeletonLines={4}
      empty={{ message: t('admin.pinned.empty'), testId: 'pinned-empty' }}
    >
      {(data) => (
        <ul className="people-list" data-testid="pinned-list">
          {data.map((post) => (
            <PinnedPostRow key={post.id} post={post} onChanged={onChanged} />
          ))}
        </ul>
      )}
    </AdminList>
  );
}

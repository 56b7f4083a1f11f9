import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PostSummary } from '@/api-types/posts';
import { EmptyState } from '@/components/ui/empty-state';
import { PagedQueryState } from '@/components/ui/paged-query-state';
import { SkeletonList } from '@/components/ui/skeleton-list';
import { useRevealedItems } from '@/hooks/use-revealed-items';
import { paths } from '@/config/paths';
import { useFeed } from '@/features/posts/api/get-feed';
import { FeedControls } from '@/features/posts/components/feed-controls';
import { PostCard } from '@/features/posts/components/post-card';
import { useFeedFilters } from '@/features/posts/hooks/use-feed-filters';
import type { FeedFilters } from '@/features/posts/utils/feed-filters';

export interface FeedProps {
  /** Fixed restriction of a profile or shop page, on top of the filters read from the URL. */
  scope?: Pick<FeedFilters, 'author' | 'shop'>;
}

const NO_POSTS: PostSummary[] = [];
/** More than a phone's first screen holds (one or two cards), fewer than a wide screen's. */
const FIRST_SCREEN_CARDS = 4;
/** Two or three phone screens more each time the end of the cards nears the screen. */
const MORE_CARDS = 8;

/** A cursor can shift under concurrent publishing; a post must never show twice. */
function uniqueById(posts: PostSummary[], exclude: ReadonlySet<number>): PostSummary[] {
  const seen = new Set(exclude);
  const unique: PostSummary[] = [];
  for (const post of posts) {
    if (seen.has(post.id)) continue;
    seen.add(post.id);
    unique.push(post);
  }
  return unique;
}

export function Feed({ scope }: FeedProps) {
  const { t } = useTranslation();
  const controls = useFeedFilters();
  const { filters } = controls;
  const feed = useFeed({ ...filters, ...scope });

  const pinned = feed.data?.pages[0]?.pinned ?? NO_POSTS;
  const items = useMemo(
    () =>
      uniqueById(
        feed.data?.pages.flatMap((page) => page.items) ?? [],
        new Set(pinned.map((post) => post.id)),
      ),
    [feed.data, pinned],
  );
  // The cards of the first screens only; more as the person scrolls (useRevealedItems).
  const { shown, reveal } = useRevealedItems(
    items,
    JSON.stringify({ ...filters, ...scope }),
    FIRST_SCREEN_CARDS,
    MORE_CARDS,
  );

  return (
    <section className="feed stack" aria-label={t('feed.label')}>
      <FeedControls {...controls} />
      <PagedQueryState
        footerTestId="feed-sentinel"
        loadMoreTestId="feed-load-more"
        query={feed}
        reveal={reveal}
        loading={
          <SkeletonList
            label={t('feed.loading')}
            lines={3}
            className="post-list"
            itemClassName="post-card post-card--skeleton"
            testId="feed-loading"
          />
        }
        errorTitle={t('feed.errorTitle')}
        isEmpty={() => pinned.length === 0 && items.length === 0}
        empty={<FeedEmpty filters={filters} scoped={Boolean(scope)} />}
      >
        <ul className="post-list" data-testid="feed-list">
          {pinned.map((post) => (
            <li key={`pinned-${post.id}`}>
              <PostCard post={post} showPinned />
            </li>
          ))}
          {shown.map((post) => (
            <li key={post.id}>
              <PostCard post={post} />
            </li>
          ))}
        </ul>
      </PagedQueryState>
    </section>
  );
}

function FeedEmpty({ filters, scoped }: { filters: FeedFilters; scoped: boolean }) {
  const { t } = useTranslation();
  if (scoped) return <EmptyState message={t('feed.empty.scoped')} testId="feed-empty" />;
  if (filters.tag) {
    return <EmptyState message={t('feed.empty.tag', { tag: filters.tag })} testId="feed-empty" />;
  }
  const kind = filters.kind ?? 'practice';
  return (
    <EmptyState
      testId="feed-empty"
      message={t(`feed.empty.${filters.kind ?? 'all'}`)}
      action={
        <Link to={paths.newPost.getHref(kind)} className="button button--primary">
          {t(`newPost.cta.${kind}`)}
        </Link>
      }
    />
  );
}

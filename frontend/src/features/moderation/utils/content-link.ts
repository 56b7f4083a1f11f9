import type { ModerationItemView } from '@/api-types/moderation';
import { paths } from '@/config/paths';
import { parseId } from '@/lib/route-params';

/**
 * Where the content shows for everyone: its post or guestbook page, brought to the comment or the
 * film in question. null when there is no page left to open (deleted posts and entries).
 */
export function contentPageHref(
  item: Pick<ModerationItemView, 'type' | 'id' | 'pageType' | 'pageId' | 'state'>,
): string | null {
  const pageId = parseId(item.pageId);
  if (pageId === null) return null;
  const isPage = item.type === 'post' || item.type === 'entry';
  if (isPage && item.state === 'deleted') return null;
  const query = item.type === 'video' ? { video: item.id } : {};
  const page =
    item.pageType === 'post'
      ? paths.post.getHref(pageId, query)
      : paths.entry.getHref(pageId, query);
  return item.type === 'comment' ? `${page}#comment-${item.id}` : page;
}

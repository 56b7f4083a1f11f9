import type { SearchHit } from '@/api-types/search';
import type { VideoMomentQuery } from '@/config/paths';
import { paths } from '@/config/paths';
import { parseId } from '@/lib/route-params';
import { videoMomentQuery } from '@/lib/video-moment';

/** The post or entry a comment or video belongs to. */
function parentHref(hit: SearchHit, query: VideoMomentQuery = {}): string | undefined {
  const id = parseId(hit.parentId ?? undefined);
  if (id === null) return undefined;
  if (hit.parentType === 'post') return paths.post.getHref(id, query);
  if (hit.parentType === 'entry') return paths.entry.getHref(id, query);
  return undefined;
}

/**
 * The page a hit opens, when this client knows its type: a post or entry its own page; a comment
 * its page, at the comment; a video its page, with the film set at the moment its caption matched.
 */
export function hitHref(hit: SearchHit): string | undefined {
  switch (hit.type) {
    case 'post':
    case 'entry': {
      const id = parseId(hit.id);
      if (id === null) return undefined;
      return hit.type === 'post' ? paths.post.getHref(id) : paths.entry.getHref(id);
    }
    case 'comment': {
      const page = parentHref(hit);
      const id = parseId(hit.id);
      return page && id !== null ? `${page}#comment-${id}` : page;
    }
    case 'video':
      return parentHref(hit, videoMomentQuery(hit.id, hit.startMs));
    default:
      return undefined;
  }
}

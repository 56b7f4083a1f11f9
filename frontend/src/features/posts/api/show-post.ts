import type { QueryClient } from '@tanstack/react-query';
import type { PostView } from '@/api-types/posts';
import { postKeys } from '@/features/posts/api/post-keys';

/**
 * A post the author has just written or changed: its page shows it at once, and the feeds and
 * the drafts fetch again since it may have entered, left or moved in them.
 */
export function showPost(queryClient: QueryClient, post: PostView) {
  queryClient.setQueryData(postKeys.detail(post.id), post);
  void queryClient.invalidateQueries({ queryKey: postKeys.feeds });
  void queryClient.invalidateQueries({ queryKey: postKeys.drafts });
}

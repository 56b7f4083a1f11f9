import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CommentView } from '@/api-types/comments';
import { api } from '@/lib/api-client';
import { commentKeys } from '@/features/comments/api/comment-keys';

export function getComments(postId: number, { signal }: { signal?: AbortSignal } = {}) {
  return api.get<CommentView[]>(`/api/v1/posts/${postId}/comments`, { signal });
}

export function getCommentsQueryOptions(postId: number) {
  return queryOptions({
    queryKey: commentKeys.list(postId),
    queryFn: ({ signal }) => getComments(postId, { signal }),
  });
}

export function useComments(postId: number) {
  return useQuery(getCommentsQueryOptions(postId));
}

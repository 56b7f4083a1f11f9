import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CommentTarget, CommentView } from '@/api-types/comments';
import { api } from '@/lib/api-client';
import { commentKeys, targetPath } from '@/features/comments/api/comment-keys';

export function getComments(target: CommentTarget, { signal }: { signal?: AbortSignal } = {}) {
  return api.get<CommentView[]>(`${targetPath(target)}/comments`, { signal });
}

export function getCommentsQueryOptions(target: CommentTarget) {
  return queryOptions({
    queryKey: commentKeys.list(target),
    queryFn: ({ signal }) => getComments(target, { signal }),
  });
}

export function useComments(target: CommentTarget) {
  return useQuery(getCommentsQueryOptions(target));
}

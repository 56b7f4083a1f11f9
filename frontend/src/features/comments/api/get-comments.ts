import { useQuery } from '@tanstack/react-query';
import type { CommentTarget, CommentView } from '@/api-types/comments';
import { api } from '@/lib/api-client';
import { fetchQueryOptions } from '@/lib/query/fetch-query';
import { commentKeys, targetPath } from '@/features/comments/api/comment-keys';

export function getComments(target: CommentTarget, { signal }: { signal?: AbortSignal } = {}) {
  return api.get<CommentView[]>(`${targetPath(target)}/comments`, { signal });
}

export function getCommentsQueryOptions(target: CommentTarget) {
  return fetchQueryOptions(commentKeys.list(target), (options) => getComments(target, options));
}

export function useComments(target: CommentTarget) {
  return useQuery(getCommentsQueryOptions(target));
}

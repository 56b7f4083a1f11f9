import type { CommentTarget } from '@/api-types/comments';

export const commentKeys = {
  list: (target: CommentTarget) => ['comments', target.type, target.id] as const,
  people: (query: string) => ['comments', 'people', query] as const,
};

/** The API path of what is commented: `/api/v1/posts/1`, `/api/v1/entries/7`. */
export function targetPath(target: CommentTarget) {
  return `/api/v1/${target.type === 'post' ? 'posts' : 'entries'}/${target.id}`;
}

export function targetOf(comment: {
  targetType: CommentTarget['type'];
  targetId: number;
}): CommentTarget {
  return { type: comment.targetType, id: comment.targetId };
}

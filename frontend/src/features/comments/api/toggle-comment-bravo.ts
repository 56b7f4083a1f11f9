import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BravoState } from '@/api-types/bravos';
import type { CommentTarget, CommentView } from '@/api-types/comments';
import { api } from '@/lib/api-client';
import { applyBravo } from '@/lib/bravo';
import { commentKeys } from '@/features/comments/api/comment-keys';

export function setCommentBravo(id: number, give: boolean) {
  const path = `/api/v1/comments/${id}/bravo`;
  return give ? api.put<BravoState>(path) : api.delete<BravoState>(path);
}

/** Optimistic, like the post bravo; only the toggled comment is touched, also on rollback. */
export function useToggleCommentBravo(target: CommentTarget, commentId: number) {
  const queryClient = useQueryClient();
  const key = commentKeys.list(target);
  const patch = (change: (comment: CommentView) => CommentView) => {
    queryClient.setQueryData<CommentView[]>(key, (list) =>
      list?.map((comment) => (comment.id === commentId ? change(comment) : comment)),
    );
  };

  return useMutation({
    mutationFn: (give: boolean) => setCommentBravo(commentId, give),
    onMutate: async (give) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<CommentView[]>(key)?.find((c) => c.id === commentId);
      patch((comment) => applyBravo(comment, give));
      return { before };
    },
    onError: (_error, _give, context) => {
      const before = context?.before;
      if (before) {
        patch((comment) => ({
          ...comment,
          bravoCount: before.bravoCount,
          bravoedByMe: before.bravoedByMe,
        }));
      }
    },
    onSuccess: (state) => {
      patch((comment) => ({ ...comment, ...state }));
    },
  });
}

import type { ChangeStatusRequest, PostView } from '@/api-types/posts';
import { api } from '@/lib/api-client';
import { usePostChange } from '@/features/posts/api/use-post-change';

export function changePostStatus(id: number, request: ChangeStatusRequest) {
  return api.put<PostView>(`/api/v1/posts/${id}/status`, request);
}

export function useChangePostStatus(id: number) {
  return usePostChange(id, (request: ChangeStatusRequest) => changePostStatus(id, request));
}

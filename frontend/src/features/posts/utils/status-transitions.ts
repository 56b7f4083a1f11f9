import type { PostStatus } from '@/api-types/posts';

// Mirrors the contract: new → under_review, under_review → adopted | declined. Offering only
// these spares moderators a 409 INVALID_STATUS_TRANSITION; the server still has the last word.
const TRANSITIONS: Record<PostStatus, readonly PostStatus[]> = {
  new: ['under_review'],
  under_review: ['adopted', 'declined'],
  adopted: [],
  declined: [],
};

export function allowedNextStatuses(status: PostStatus | null): readonly PostStatus[] {
  return status ? TRANSITIONS[status] : [];
}

export function reasonRequired(status: PostStatus): boolean {
  return status === 'declined';
}

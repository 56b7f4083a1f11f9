export const commentKeys = {
  list: (postId: number) => ['comments', postId] as const,
  people: (query: string) => ['comments', 'people', query] as const,
};

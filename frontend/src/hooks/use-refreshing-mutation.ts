import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryKey } from '@tanstack/react-query';

export interface RefreshOptions {
  /**
   * Refresh after a failure too, for a write that may have been half done or overtaken
   * elsewhere: the list then shows where things really are.
   */
  evenOnError?: boolean;
}

/**
 * A write after which the list it changed is fetched again. The invalidation's promise is
 * returned, so the mutation settles only once the list is fresh: the caller's own `onSuccess`
 * (closing a form, a notice) never shows the old list.
 */
export function useRefreshingMutation<TData, TVariables = void>(
  mutationFn: (variables: TVariables) => Promise<TData>,
  queryKey: QueryKey,
  { evenOnError = false }: RefreshOptions = {},
) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey });
  return useMutation(
    evenOnError ? { mutationFn, onSettled: refresh } : { mutationFn, onSuccess: refresh },
  );
}

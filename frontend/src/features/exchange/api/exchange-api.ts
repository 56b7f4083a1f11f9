import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type {
  ExchangePeriod,
  ExchangeRoundView,
  ExchangeSettingsView,
  MyExchangeView,
  RoundsPage,
} from '@/api-types/guestbook';
import { api } from '@/lib/api-client';

export const exchangeKeys = {
  all: ['exchange'] as const,
  mine: ['exchange', 'mine'] as const,
  current: ['exchange', 'current'] as const,
  rounds: ['exchange', 'rounds'] as const,
  preview: ['exchange', 'preview'] as const,
  settings: ['exchange', 'settings'] as const,
};

export function useMyExchange() {
  return useQuery(
    queryOptions({
      queryKey: exchangeKeys.mine,
      queryFn: ({ signal }) => api.get<MyExchangeView>('/api/v1/exchange/mine', { signal }),
    }),
  );
}

export function useCurrentRound() {
  return useQuery(
    queryOptions({
      queryKey: exchangeKeys.current,
      queryFn: ({ signal }) =>
        api.get<ExchangeRoundView>('/api/v1/exchange/rounds/current', { signal }),
      // No round yet is an answer (404 EXCHANGE_NO_ROUND), not a failure worth retrying.
      retry: false,
    }),
  );
}

export function useRounds(enabled: boolean) {
  return useInfiniteQuery({
    ...infiniteQueryOptions({
      queryKey: exchangeKeys.rounds,
      queryFn: ({ pageParam, signal }) =>
        api.get<RoundsPage>(
          `/api/v1/exchange/rounds?limit=5${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ''}`,
          { signal },
        ),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),
    enabled,
  });
}

export function usePreview(enabled: boolean) {
  return useQuery({
    queryKey: exchangeKeys.preview,
    queryFn: ({ signal }) => api.get<ExchangeRoundView>('/api/v1/exchange/preview', { signal }),
    enabled,
  });
}

export function useExchangeSettings(enabled: boolean) {
  return useQuery({
    queryKey: exchangeKeys.settings,
    queryFn: ({ signal }) => api.get<ExchangeSettingsView>('/api/v1/exchange/settings', { signal }),
    enabled,
  });
}

export function useUpdateExchangeSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (period: ExchangePeriod) =>
      api.put<ExchangeSettingsView>('/api/v1/exchange/settings', { period }),
    onSuccess: (settings) => {
      queryClient.setQueryData(exchangeKeys.settings, settings);
      void queryClient.invalidateQueries({ queryKey: exchangeKeys.preview });
    },
  });
}

export function useRunRotation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<ExchangeRoundView>('/api/v1/exchange/rounds'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exchangeKeys.all }),
  });
}

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ExchangePeriod,
  ExchangeRoundView,
  ExchangeSettingsView,
  MyExchangeView,
  RoundsPage,
} from '@/api-types/guestbook';
import { api } from '@/lib/api-client';
import { cursorQueryOptions, fetchQueryOptions, getJson } from '@/lib/query/fetch-query';

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
    fetchQueryOptions(exchangeKeys.mine, getJson<MyExchangeView>('/api/v1/exchange/mine')),
  );
}

export function useCurrentRound() {
  return useQuery(
    fetchQueryOptions(
      exchangeKeys.current,
      getJson<ExchangeRoundView>('/api/v1/exchange/rounds/current'),
      // No round yet is an answer (404 EXCHANGE_NO_ROUND), not a failure worth retrying.
      { retry: false },
    ),
  );
}

export function useRounds(enabled: boolean) {
  return useInfiniteQuery({
    ...cursorQueryOptions(exchangeKeys.rounds, (cursor, options) =>
      api.get<RoundsPage>(
        `/api/v1/exchange/rounds?limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        options,
      ),
    ),
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

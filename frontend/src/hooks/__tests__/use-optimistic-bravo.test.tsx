import type { ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BravoState } from '@/api-types/bravos';
import { useOptimisticBravo } from '@/hooks/use-optimistic-bravo';
import { sendQueuedBravo } from '@/lib/bravo';
import type { BravoTarget } from '@/lib/bravo';
import { outbox } from '@/lib/offline/outbox-instance';
import {
  createTestQueryClient,
  deferred,
  jsonResponse,
  mockApi,
  problemResponse,
  writeCalls,
} from '@/testing/test-utils';
import { setUpTestOutbox, stubNetwork } from '@/testing/offline';

const KEY = ['thing', 7] as const;
const PATH = '/api/v1/things/7/bravo';

const network = stubNetwork();
let queryClient: QueryClient;
let refresh: ReturnType<typeof vi.fn<() => void>>;

function target(): BravoTarget {
  return {
    path: PATH,
    queryKey: KEY,
    read: () => queryClient.getQueryData<BravoState>(KEY),
    write: (state) => {
      queryClient.setQueryData<BravoState>(KEY, state);
    },
    refresh,
  };
}

function shown() {
  return queryClient.getQueryData<BravoState>(KEY);
}

function renderBravo() {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return renderHook(
    () =>
      useOptimisticBravo(target(), {
        type: 'thing-bravo',
        id: 7,
        label: 'A thing',
        extra: { in: 'list' },
      }),
    { wrapper },
  );
}

setUpTestOutbox();

beforeEach(() => {
  queryClient = createTestQueryClient();
  queryClient.setQueryData<BravoState>(KEY, { bravoCount: 2, bravoedByMe: false });
  refresh = vi.fn<() => void>();
});

/** Gives a bravo whose answer the test holds, once the count has moved on screen. */
async function giveBravoWhileServerThinks() {
  const answer = deferred<Response>();
  mockApi({ [`PUT ${PATH}`]: () => answer.promise });
  const { result } = renderBravo();

  act(() => {
    result.current.toggle(true);
  });
  await waitFor(() => {
    expect(shown()).toEqual({ bravoCount: 3, bravoedByMe: true });
  });
  return { answer, result };
}

describe('useOptimisticBravo', () => {
  it('moves the count at once, then shows the server’s count and refreshes', async () => {
    const { answer, result } = await giveBravoWhileServerThinks();
    expect(refresh).not.toHaveBeenCalled();

    answer.resolve(jsonResponse({ bravoCount: 5, bravoedByMe: true }));
    await waitFor(() => {
      expect(shown()).toEqual({ bravoCount: 5, bravoedByMe: true });
    });
    expect(result.current.data).toEqual({
      queued: false,
      result: { bravoCount: 5, bravoedByMe: true },
    });
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('takes a bravo back with DELETE', async () => {
    queryClient.setQueryData<BravoState>(KEY, { bravoCount: 1, bravoedByMe: true });
    const fetchMock = mockApi({ [`DELETE ${PATH}`]: { bravoCount: 0, bravoedByMe: false } });
    const { result } = renderBravo();

    act(() => {
      result.current.toggle(false);
    });
    await waitFor(() => {
      expect(result.current.isSuccess).toBe(true);
    });
    expect(writeCalls(fetchMock)).toEqual([`DELETE ${PATH}`]);
    expect(shown()).toEqual({ bravoCount: 0, bravoedByMe: false });
  });

  it('puts the count back when the server refuses', async () => {
    const { answer, result } = await giveBravoWhileServerThinks();
    answer.resolve(problemResponse({ status: 403, code: 'OWN_CONTENT' }));

    await waitFor(() => {
      expect(result.current.isError).toBe(true);
    });
    expect(shown()).toEqual({ bravoCount: 2, bravoedByMe: false });
    expect(outbox.items()).toEqual([]);
  });

  it('keeps the bravo in the outbox without network, and the count moved', async () => {
    network.online = false;
    const fetchMock = mockApi({});
    const { result } = renderBravo();

    act(() => {
      result.current.toggle(true);
    });
    await waitFor(() => {
      expect(result.current.data).toEqual({ queued: true });
    });
    expect(fetchMock).not.toHaveBeenCalled();
    expect(shown()).toEqual({ bravoCount: 3, bravoedByMe: true });
    // Refreshing now would show the server's count, without this bravo, until the outbox sends it.
    expect(refresh).not.toHaveBeenCalled();
    expect(outbox.items()).toMatchObject([
      {
        type: 'thing-bravo',
        label: 'A thing',
        key: 'thing-bravo:7',
        payload: { in: 'list', id: 7, give: true },
      },
    ]);
  });

  it('ignores a second tap while the first is on its way', async () => {
    const answer = deferred<Response>();
    const fetchMock = mockApi({ [`PUT ${PATH}`]: () => answer.promise });
    const { result } = renderBravo();

    act(() => {
      result.current.toggle(true);
    });
    await waitFor(() => {
      expect(result.current.isPending).toBe(true);
    });
    act(() => {
      result.current.toggle(false);
    });
    answer.resolve(jsonResponse({ bravoCount: 3, bravoedByMe: true }));

    await waitFor(() => {
      expect(result.current.isSuccess).toBe(true);
    });
    expect(writeCalls(fetchMock)).toEqual([`PUT ${PATH}`]);
    expect(shown()).toEqual({ bravoCount: 3, bravoedByMe: true });
  });
});

describe('sendQueuedBravo', () => {
  it('sends the kept wish and shows the server’s count', async () => {
    const fetchMock = mockApi({ [`PUT ${PATH}`]: { bravoCount: 4, bravoedByMe: true } });

    await expect(sendQueuedBravo(target(), true)).resolves.toEqual({
      bravoCount: 4,
      bravoedByMe: true,
    });
    expect(writeCalls(fetchMock)).toEqual([`PUT ${PATH}`]);
    expect(shown()).toEqual({ bravoCount: 4, bravoedByMe: true });
    expect(refresh).toHaveBeenCalledTimes(1);
  });
});

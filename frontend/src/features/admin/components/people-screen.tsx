import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadMoreFooter } from '@/components/ui/load-more-footer';
import { QueryState } from '@/components/ui/query-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useLoadMore } from '@/hooks/use-load-more';
import { useUsers } from '@/features/admin/api/get-users';
import { UserRow } from '@/features/admin/components/user-row';

const SEARCH_DELAY_MS = 300;

/** Everyone who has signed in, searchable, with their suspensions. */
export function PeopleScreen() {
  const { t } = useTranslation();
  const searchId = useId();
  const [q, setQ] = useState('');
  const query = useDebouncedValue(q.trim(), SEARCH_DELAY_MS);
  const users = useUsers(query);
  const loadMore = useLoadMore(users);
  const items = users.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="stack">
      <div className="field" role="search">
        <label htmlFor={searchId} className="field__label">
          {t('admin.users.search')}
        </label>
        <input
          id={searchId}
          type="search"
          className="input"
          value={q}
          data-testid="users-search"
          onChange={(event) => {
            setQ(event.target.value);
          }}
        />
      </div>
      <QueryState
        query={users}
        loading={<Skeleton label={t('common.loading')} lines={6} />}
        errorTitle={t('admin.loadError')}
        isEmpty={() => items.length === 0}
        empty={<EmptyState message={t('admin.users.empty')} testId="users-empty" />}
      >
        {() => (
          <>
            <ul className="people-list" data-testid="users-list">
              {items.map((user) => (
                <UserRow key={user.username} user={user} />
              ))}
            </ul>
            <LoadMoreFooter {...loadMore} loadMoreTestId="users-load-more" />
          </>
        )}
      </QueryState>
    </div>
  );
}

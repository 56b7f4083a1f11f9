import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useUsers } from '@/features/admin/api/get-users';
import { UserRow } from '@/features/admin/components/user-row';
import { AdminPagedList } from '@/features/admin/components/admin-list';

const SEARCH_DELAY_MS = 300;

/** Everyone who has signed in, searchable, with their suspensions. */
export function PeopleScreen() {
  const { t } = useTranslation();
  const searchId = useId();
  const [q, setQ] = useState('');
  const query = useDebouncedValue(q.trim(), SEARCH_DELAY_MS);
  const users = useUsers(query);

  return (
    <div className="stack">
      <div className="field" role="search" aria-labelledby={`${searchId}-label`}>
        <label id={`${searchId}-label`} htmlFor={searchId} className="field__label">
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
      <AdminPagedList
        query={users}
        skeletonLines={6}
        empty={{ message: t('admin.users.empty'), testId: 'users-empty' }}
        loadMoreTestId="users-load-more"
      >
        {(items) => (
          <ul className="people-list" data-testid="users-list">
            {items.map((user) => (
              <UserRow key={user.username} user={user} />
            ))}
          </ul>
        )}
      </AdminPagedList>
    </div>
  );
}

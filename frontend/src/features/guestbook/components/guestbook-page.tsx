import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EntryKind } from '@/api-types/guestbook';
import { CardList } from '@/components/ui/card-list';
import { EmptyState } from '@/components/ui/empty-state';
import { PagedQueryState } from '@/components/ui/paged-query-state';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { useEntries } from '@/features/guestbook/api/get-entries';
import type { EntryFilters } from '@/features/guestbook/api/guestbook-keys';
import { EntryCard } from '@/features/guestbook/components/entry-card';
import { ENTRY_KINDS } from '@/features/guestbook/utils/entry-form';

export interface GuestbookPageProps {
  shop: string;
  filters: EntryFilters;
  onFiltersChange: (filters: EntryFilters) => void;
}

/** A shop's guestbook: newest day first, filtered by kind and month, loading more as one scrolls. */
export function GuestbookPage({ shop, filters, onFiltersChange }: GuestbookPageProps) {
  const { t } = useTranslation();
  const entries = useEntries(shop, filters);
  const items = entries.data?.pages.flatMap((page) => page.items) ?? [];
  const canWrite = entries.data?.pages[0]?.canWrite ?? false;

  return (
    <section className="feed stack" aria-label={t('guestbook.entries')}>
      <div className="guestbook-filters">
        <label className="field field--inline">
          <span className="field__label">{t('guestbook.filterKind')}</span>
          <select
            className="input"
            value={filters.kind ?? ''}
            data-testid="guestbook-kind-filter"
            onChange={(event) => {
              onFiltersChange({
                ...filters,
                kind: (event.target.value || undefined) as EntryKind | undefined,
              });
            }}
          >
            <option value="">{t('guestbook.allKinds')}</option>
            {ENTRY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`guestbook.kind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field field--inline">
          <span className="field__label">{t('guestbook.filterMonth')}</span>
          <input
            type="month"
            className="input"
            value={filters.month ?? ''}
            data-testid="guestbook-month-filter"
            onChange={(event) => {
              onFiltersChange({ ...filters, month: event.target.value || undefined });
            }}
          />
        </label>
        {canWrite ? (
          <Link
            to={paths.newEntry.getHref(shop)}
            className="button button--primary"
            data-testid="guestbook-write"
          >
            {t('guestbook.write')}
          </Link>
        ) : null}
      </div>
      <PagedQueryState
        query={entries}
        loading={<Skeleton label={t('guestbook.loading')} lines={4} />}
        errorTitle={t('guestbook.errorTitle')}
        isEmpty={() => items.length === 0}
        empty={
          <EmptyState
            testId="guestbook-empty"
            message={t(
              (filters.kind ?? filters.month) ? 'guestbook.emptyFiltered' : 'guestbook.empty',
            )}
          />
        }
      >
        <CardList
          items={items}
          keyOf={(entry) => entry.id}
          className="post-list"
          testId="guestbook-entries"
        >
          {(entry) => <EntryCard entry={entry} />}
        </CardList>
      </PagedQueryState>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { EntryKind } from '@/api-types/guestbook';
import { paths } from '@/config/paths';
import { GuestbookPage } from '@/features/guestbook/components/guestbook-page';
import { ENTRY_KINDS } from '@/features/guestbook/utils/entry-form';
import { useShop } from '@/features/shops/api/get-shop';

function isEntryKind(value: string | null): value is EntryKind {
  return ENTRY_KINDS.some((kind) => kind === value);
}

export function GuestbookRoute() {
  const { t } = useTranslation();
  const code = useParams().code ?? '';
  const shop = useShop(code);
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind');
  const month = params.get('month');
  const name = shop.data?.name ?? code;
  return (
    <section className="page stack">
      <title>{`${t('guestbook.of', { shop: name })} · Bravo`}</title>
      <p>
        <Link to={paths.guestbooks.getHref()}>{t('guestbook.allGuestbooks')}</Link>
      </p>
      <h1 data-testid="guestbook-title">{t('guestbook.of', { shop: name })}</h1>
      <GuestbookPage
        shop={code}
        filters={{
          kind: isEntryKind(kind) ? kind : undefined,
          month: month && /^\d{4}-\d{2}$/.test(month) ? month : undefined,
        }}
        onFiltersChange={(filters) => {
          // Filters live in the URL so a filtered guestbook can be shared and survives a reload.
          setParams(
            new URLSearchParams(
              Object.entries(filters).filter((pair): pair is [string, string] => Boolean(pair[1])),
            ),
            { replace: true },
          );
        }}
      />
    </section>
  );
}

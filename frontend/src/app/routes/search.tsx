import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SearchResults } from '@/features/search/components/search-results';
import { useShops } from '@/features/shops/api/get-shops';

export function SearchRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  // Comments and videos carry only a shop's code; the shops' names come from their own feature.
  const shops = useShops();
  const query = params.get('q')?.trim() ?? '';
  const title = query ? t('search.titleFor', { query }) : t('search.title');
  return (
    <section className="page stack">
      <title>{`${title} · Bravo`}</title>
      <h1 className="search-page__title">{title}</h1>
      <SearchResults shops={shops.data} />
    </section>
  );
}

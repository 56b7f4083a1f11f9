import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SearchResults } from '@/features/search/components/search-results';
import { useShops } from '@/features/shops/api/get-shops';

export function SearchRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  // Comments and videos carry only a shop's code; the shops' names come from their own feature.
  const shops = useShops();
  // The names come after the hits, often once they are on screen: drawn again in a render React may
  // split, rather than one that blocks the page (the results only take new props then).
  const shopList = useDeferredValue(shops.data);
  const query = params.get('q')?.trim() ?? '';
  const title = query ? t('search.titleFor', { query }) : t('search.title');
  return (
    <section className="page stack">
      <title>{`${title} · Bravo`}</title>
      <h1 className="search-page__title">{title}</h1>
      <SearchResults shops={shopList} />
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SearchResults } from '@/features/search/components/search-results';

export function SearchRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const query = params.get('q')?.trim() ?? '';
  const title = query ? t('search.titleFor', { query }) : t('search.title');
  return (
    <section className="page stack">
      <title>{`${title} · Bravo`}</title>
      <h1 className="search-page__title">{title}</h1>
      <SearchResults />
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';

export function TagList({ tags }: { tags: readonly string[] }) {
  const { t } = useTranslation();
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={t('post.tags')}>
      {tags.map((tag) => (
        <li key={tag}>
          <Link to={paths.posts.getHref({ tag })} className="tag">
            #{tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}

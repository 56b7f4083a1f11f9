import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';

export interface TagListProps {
  tags: readonly string[];
  /** Where a tag leads; the feed filtered on it by default. */
  getHref?: (tag: string) => string;
}

export function TagList({ tags, getHref = (tag) => paths.posts.getHref({ tag }) }: TagListProps) {
  const { t } = useTranslation();
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={t('post.tags')}>
      {tags.map((tag) => (
        <li key={tag}>
          <Link to={getHref(tag)} className="tag">
            #{tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}

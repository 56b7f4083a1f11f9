import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PostSummary } from '@/api-types/posts';
import { RelativeTime } from '@/components/ui/relative-time';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format-date';

export interface PostMetaProps {
  post: Pick<PostSummary, 'author' | 'shop' | 'createdAt' | 'publishedAt' | 'editedAt'>;
  /** Exact dates, for the post page: tooltips do not exist on phones. */
  detailed?: boolean;
}

export function PostMeta({ post, detailed = false }: PostMetaProps) {
  const { t, i18n } = useTranslation();
  const date = post.publishedAt ?? post.createdAt;
  return (
    <p className="post-meta">
      <Link to={paths.person.getHref(post.author.username)} className="post-meta__author">
        {post.author.displayName}
      </Link>
      {post.shop ? (
        <>
          <span aria-hidden="true"> · </span>
          <Link to={paths.shop.getHref(post.shop.code)}>{post.shop.name}</Link>
        </>
      ) : null}
      <span aria-hidden="true"> · </span>
      {detailed ? (
        <time dateTime={date}>{formatDateTime(date, i18n.language)}</time>
      ) : (
        <RelativeTime iso={date} />
      )}
      {post.editedAt ? (
        <>
          <span aria-hidden="true"> · </span>
          <span
            className="post-meta__edited"
            data-testid="edited-marker"
            title={formatDateTime(post.editedAt, i18n.language)}
          >
            {detailed
              ? t('post.editedOn', { date: formatDateTime(post.editedAt, i18n.language) })
              : t('post.edited')}
          </span>
        </>
      ) : null}
    </p>
  );
}

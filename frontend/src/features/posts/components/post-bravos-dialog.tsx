import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Dialog } from '@/components/ui/dialog';
import { ErrorState } from '@/components/ui/error-state';
import { RelativeTime } from '@/components/ui/relative-time';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { errorMessageKey } from '@/lib/error-messages';
import { usePostBravos } from '@/features/posts/api/get-post-bravos';

export interface PostBravosDialogProps {
  postId: number;
  open: boolean;
  onClose: () => void;
}

export function PostBravosDialog({ postId, open, onClose }: PostBravosDialogProps) {
  const { t } = useTranslation();
  const bravos = usePostBravos(postId, open);

  function content() {
    if (bravos.isPending) return <Skeleton label={t('bravo.listLoading')} lines={3} />;
    if (bravos.isError) {
      return (
        <ErrorState
          title={t('bravo.listError')}
          message={t(errorMessageKey(bravos.error))}
          retryLabel={t('errors.retry')}
          onRetry={() => void bravos.refetch()}
        />
      );
    }
    if (bravos.data.length === 0) return <p>{t('bravo.listEmpty')}</p>;
    return (
      <ul className="people-list">
        {bravos.data.map((giver) => (
          <li key={giver.username} className="people-list__item">
            <Link to={paths.person.getHref(giver.username)}>{giver.displayName}</Link>
            <span className="people-list__meta">
              {giver.shop ? `${giver.shop} · ` : null}
              <RelativeTime iso={giver.givenAt} />
            </span>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <Dialog open={open} title={t('bravo.listTitle')} onClose={onClose} testId="bravos-dialog">
      {content()}
    </Dialog>
  );
}

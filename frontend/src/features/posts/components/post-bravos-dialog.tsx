import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Dialog } from '@/components/ui/dialog';
import { QueryState } from '@/components/ui/query-state';
import { RelativeTime } from '@/components/ui/relative-time';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { usePostBravos } from '@/features/posts/api/get-post-bravos';

export interface PostBravosDialogProps {
  postId: number;
  open: boolean;
  onClose: () => void;
}

export function PostBravosDialog({ postId, open, onClose }: PostBravosDialogProps) {
  const { t } = useTranslation();
  const bravos = usePostBravos(postId, open);

  return (
    <Dialog open={open} title={t('bravo.listTitle')} onClose={onClose} testId="bravos-dialog">
      <QueryState
        query={bravos}
        loading={<Skeleton label={t('bravo.listLoading')} lines={3} />}
        errorTitle={t('bravo.listError')}
        isEmpty={(data) => data.length === 0}
        empty={<p>{t('bravo.listEmpty')}</p>}
      >
        {(data) => (
          <ul className="people-list">
            {data.map((giver) => (
              <li key={giver.username} className="people-list__item">
                <Link to={paths.person.getHref(giver.username)}>{giver.displayName}</Link>
                <span className="people-list__meta">
                  {giver.shop ? `${giver.shop} · ` : null}
                  <RelativeTime iso={giver.givenAt} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </Dialog>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostView } from '@/api-types/posts';
import { BravoButton } from '@/components/ui/bravo-button';
import { Button } from '@/components/ui/button';
import { useDescribeError } from '@/lib/error-messages';
import { useTogglePostBravo } from '@/features/posts/api/toggle-post-bravo';
import { PostBravosDialog } from '@/features/posts/components/post-bravos-dialog';

export interface PostBravoProps {
  post: PostView;
  ownContent: boolean;
}

export function PostBravo({ post, ownContent }: PostBravoProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const toggle = useTogglePostBravo(post.id, post.title);
  const [listOpen, setListOpen] = useState(false);

  return (
    <div className="post-bravo">
      <BravoButton
        count={post.bravoCount}
        active={post.bravoedByMe}
        ownContent={ownContent}
        testId="post-bravo"
        onToggle={toggle.toggle}
      />
      {post.bravoCount > 0 ? (
        <Button
          variant="ghost"
          data-testid="post-bravos-open"
          onClick={() => {
            setListOpen(true);
          }}
        >
          {t('bravo.whoGave')}
        </Button>
      ) : null}
      {toggle.data?.queued ? (
        <p className="notice" role="status" data-testid="post-bravo-queued">
          {t('offline.bravoQueued')}
        </p>
      ) : null}
      {toggle.isError ? (
        <p className="inline-error" role="alert" data-testid="post-bravo-error">
          {t('bravo.failed')} {describeError(toggle.error)}
        </p>
      ) : null}
      <PostBravosDialog
        postId={post.id}
        open={listOpen}
        onClose={() => {
          setListOpen(false);
        }}
      />
    </div>
  );
}

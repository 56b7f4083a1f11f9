import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostView } from '@/api-types/posts';
import { ContentBravo } from '@/components/content/content-detail';
import { Button } from '@/components/ui/button';
import { useTogglePostBravo } from '@/features/posts/api/toggle-post-bravo';
import { PostBravosDialog } from '@/features/posts/components/post-bravos-dialog';

export interface PostBravoProps {
  post: PostView;
  ownContent: boolean;
}

export function PostBravo({ post, ownContent }: PostBravoProps) {
  const { t } = useTranslation();
  const toggle = useTogglePostBravo(post.id, post.title);
  const [listOpen, setListOpen] = useState(false);

  return (
    <ContentBravo
      content={post}
      ownContent={ownContent}
      testId="post-bravo"
      toggle={toggle}
      beside={
        post.bravoCount > 0 ? (
          <Button
            variant="ghost"
            data-testid="post-bravos-open"
            onClick={() => {
              setListOpen(true);
            }}
          >
            {t('bravo.whoGave')}
          </Button>
        ) : null
      }
      after={
        <PostBravosDialog
          postId={post.id}
          open={listOpen}
          onClose={() => {
            setListOpen(false);
          }}
        />
      }
    />
  );
}

import { useQueryClient } from '@tanstack/react-query';
import type { QueryKey } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { CommentTarget } from '@/api-types/comments';
import type { MeView } from '@/api-types/people';
import type { ContentRef } from '@/api-types/reports';
import type { VideoView } from '@/api-types/videos';
import { canModerate } from '@/lib/roles';
import { parseVideoMoment } from '@/lib/video-moment';
import { CommentsSection } from '@/features/comments/components/comments-section';
import { useMe } from '@/features/profile/api/get-me';
import { ReportButton } from '@/features/reports/components/report-button';
import { VideoList } from '@/features/videos/components/video-list';

// The content, its comments and its films each offer this in their own place; the owners of the
// content (known to each feature) are left out by the features themselves.
function renderReport(content: ContentRef) {
  return <ReportButton content={content} />;
}

/** What the page hands to the content it shows (a post, a guestbook entry). */
export interface ContentPageParts {
  me: MeView | undefined;
  renderReport: (content: ContentRef) => ReactNode;
  renderVideos: (videos: VideoView[]) => ReactNode;
}

export interface ContentPageProps {
  /** The content's query: fresh film URLs, processing done or captions changed refresh it. */
  detailKey: QueryKey;
  /** Null: no comments under the content (not loaded yet). */
  comments: {
    target: CommentTarget;
    /** Locked by a moderator, or the content hidden: hidden content takes no new comments either. */
    closed: boolean;
    /** What shows a count or state that the comments change. */
    refresh: QueryKey[];
  } | null;
  children: (parts: ContentPageParts) => ReactNode;
}

/** The page of one piece of content: itself (from its feature), then its comments. */
export function ContentPage({ detailKey, comments, children }: ContentPageProps) {
  const me = useMe();
  const queryClient = useQueryClient();
  // A search hit on a caption opens the page at that film and moment.
  const [params] = useSearchParams();
  const videoMoment = parseVideoMoment(params);
  const moderator = canModerate(me.data?.roles);
  return (
    <section className="page stack stack--loose">
      {children({
        me: me.data,
        renderReport,
        renderVideos: (videos) => (
          <VideoList
            videos={videos}
            moment={videoMoment}
            onExpired={() => void queryClient.invalidateQueries({ queryKey: detailKey })}
            canModerate={moderator}
            renderReport={renderReport}
          />
        ),
      })}
      {comments ? (
        <CommentsSection
          target={comments.target}
          currentUsername={me.data?.username}
          closed={comments.closed}
          canModerate={moderator}
          renderReport={renderReport}
          onChanged={() => {
            for (const queryKey of comments.refresh) {
              void queryClient.invalidateQueries({ queryKey });
            }
          }}
        />
      ) : null}
    </section>
  );
}

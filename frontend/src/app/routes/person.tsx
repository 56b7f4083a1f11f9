import { useParams } from 'react-router';
import { Feed } from '@/features/posts/components/feed';
import { ProfileHeader } from '@/features/profile/components/profile-header';
import { NotFoundRoute } from '@/app/routes/not-found';

export function PersonRoute() {
  const { username } = useParams();
  if (!username) return <NotFoundRoute />;
  return (
    <section className="page stack stack--loose">
      <ProfileHeader username={username} />
      <Feed key={username} scope={{ author: username }} />
    </section>
  );
}

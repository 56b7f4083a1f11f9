import { useParams } from 'react-router';
import { Feed } from '@/features/posts/components/feed';
import { useMe } from '@/features/profile/api/get-me';
import { ProfileHeader } from '@/features/profile/components/profile-header';
import { MyShopSection } from '@/app/my-shop-section';
import { NotFoundRoute } from '@/app/routes/not-found';

export function PersonRoute() {
  const { username } = useParams();
  const me = useMe();
  if (!username) return <NotFoundRoute />;
  // The user's own profile is where they see and change where they work.
  const own = me.data?.username.toLowerCase() === username.toLowerCase() ? me.data : undefined;
  return (
    <section className="page stack stack--loose">
      <ProfileHeader username={username} />
      {own ? <MyShopSection me={own} /> : null}
      <Feed key={username} scope={{ author: username }} />
    </section>
  );
}

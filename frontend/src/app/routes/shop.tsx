import { useParams } from 'react-router';
import { Feed } from '@/features/posts/components/feed';
import { ShopDetails, ShopPeople } from '@/features/shops/components/shop-details';
import { NotFoundRoute } from '@/app/routes/not-found';

export function ShopRoute() {
  const { code } = useParams();
  if (!code) return <NotFoundRoute />;
  return (
    <section className="page stack stack--loose">
      <ShopDetails code={code} />
      <ShopPeople code={code} />
      <Feed key={code} scope={{ shop: code }} />
    </section>
  );
}

import { useState } from 'react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { paths } from '@/config/paths';
import { ComingSoonRoute } from '@/app/routes/coming-soon';
import { HomeRoute } from '@/app/routes/home';
import { NotFoundRoute } from '@/app/routes/not-found';
import { RootRoute } from '@/app/routes/root';
import { RouteErrorFallback } from '@/app/routes/route-error';

function createAppRouter() {
  return createBrowserRouter([
    {
      path: paths.home.path,
      element: <RootRoute />,
      errorElement: <RouteErrorFallback />,
      children: [
        { index: true, element: <HomeRoute /> },
        { path: paths.practices.path, element: <ComingSoonRoute titleKey="nav.practices" /> },
        { path: paths.guestbooks.path, element: <ComingSoonRoute titleKey="nav.guestbooks" /> },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ]);
}

export function AppRouter() {
  // Created on first render, after login: Keycloak has then already removed its callback
  // parameters from the URL, so the router never sees them.
  const [router] = useState(createAppRouter);
  return <RouterProvider router={router} />;
}

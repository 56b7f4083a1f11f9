import { useState } from 'react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { appRoutes } from '@/app/app-routes';

function createAppRouter() {
  return createBrowserRouter(appRoutes());
}

export function AppRouter() {
  // Created on first render, after login: Keycloak has then already removed its callback
  // parameters from the URL, so the router never sees them.
  const [router] = useState(createAppRouter);
  return <RouterProvider router={router} />;
}

import '@/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { appRoutes } from '@/app/app-routes';
import { preloadPage } from '@/app/preload-page';
import { authenticated, sessionQuery } from '@/app/session';
import { detectLanguage, loadLanguage } from '@/lib/i18n';
import { queryClient } from '@/lib/query-client';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element in index.html');

// Signing in and the strings of the person's language are fetched side by side; the first render
// (the boot screen) waits for the strings only, so it is already translated.
// Its failure is shown by the gate (AuthGate), which reads the same query.
const signedIn = queryClient.query(sessionQuery);
void signedIn.catch(() => undefined);
// Without them (a failed download), the app still starts; the strings show as their keys.
const strings = loadLanguage(detectLanguage()).catch(() => undefined);
// The code and data of the page being opened (a shared link to a post…) are started now too, after
// the two above: the first render needs the strings more. Its data leaves once the token is there.
preloadPage(appRoutes(), window.location, authenticated);
await strings;

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

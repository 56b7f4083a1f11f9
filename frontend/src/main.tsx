import '@/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { sessionQuery } from '@/app/session';
import { detectLanguage, loadLanguage } from '@/lib/i18n';
import { queryClient } from '@/lib/query-client';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element in index.html');

// Signing in and the strings of the person's language are fetched side by side; the first render
// (the boot screen) waits for the strings only, so it is already translated.
// Its failure is shown by the gate (AuthGate), which reads the same query.
void queryClient.query(sessionQuery).catch(() => undefined);
// Without them (a failed download), the app still starts; the strings show as their keys.
await loadLanguage(detectLanguage()).catch(() => undefined);

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

import type { ReactNode } from 'react';

export interface CenteredLayoutProps {
  children: ReactNode;
}

/** Full-page frame for states shown outside the app shell (boot, fatal errors). */
export function CenteredLayout({ children }: CenteredLayoutProps) {
  return (
    <main className="centered-layout">
      <p className="brand brand--large" aria-hidden="true">
        Bravo
      </p>
      <div className="centered-layout__content">{children}</div>
    </main>
  );
}

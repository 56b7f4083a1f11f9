import type { ReactNode } from 'react';

export interface PageProps {
  /** The heading, also the browser tab's title. */
  title: string;
  /** A sentence under the heading saying what the page is for. */
  intro?: string;
  /** Forms and lists read better in a narrower column. */
  narrow?: boolean;
  children: ReactNode;
}

/** A page of the app: its tab title, its heading and what it holds. */
export function Page({ title, intro, narrow = false, children }: PageProps) {
  return (
    <section className={narrow ? 'page stack page--narrow' : 'page stack'}>
      <title>{`${title} · Bravo`}</title>
      <h1>{title}</h1>
      {intro ? <p className="page__intro">{intro}</p> : null}
      {children}
    </section>
  );
}

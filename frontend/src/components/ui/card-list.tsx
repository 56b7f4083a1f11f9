import type { ReactNode } from 'react';

export interface CardListProps<T> {
  items: readonly T[];
  keyOf: (item: T) => string | number;
  /** The list's layout: a column of posts, a grid of shops or films… */
  className: string;
  testId?: string;
  children: (item: T) => ReactNode;
}

/** A list of cards, one item each. */
export function CardList<T>({ items, keyOf, className, testId, children }: CardListProps<T>) {
  return (
    <ul className={className} data-testid={testId}>
      {items.map((item) => (
        <li key={keyOf(item)}>{children(item)}</li>
      ))}
    </ul>
  );
}

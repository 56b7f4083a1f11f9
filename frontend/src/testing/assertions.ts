import { within } from '@testing-library/react';
import { expect } from 'vitest';

/** Asserts that `container` holds a link named `name` that leads to `href`. */
export function expectLinkTo(container: HTMLElement, name: string | RegExp, href: string) {
  expect(within(container).getByRole('link', { name })).toHaveAttribute('href', href);
}

import { useSearchParams } from 'react-router';

/**
 * A page's filters kept in its URL, so that a filtered list can be shared and reloaded. `update`
 * changes several at once; an empty value leaves the URL.
 */
export function useUrlFilters<Name extends string = string>() {
  const [params, setParams] = useSearchParams();

  function update(changes: Partial<Record<Name, string | undefined>>) {
    // Replace, not push: going back should leave the page, not step through every filter tap.
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries<string | undefined>(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  }

  return [params, update] as const;
}

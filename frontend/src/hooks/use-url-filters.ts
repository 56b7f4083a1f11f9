import { useSearchParams } from 'react-router';

/** New values of some query parameters; an empty one removes its parameter. */
export type ParamChanges = Record<string, string | undefined>;

/**
 * A page's filters kept in its URL, so that a link or a reload shows the same page. Only what
 * narrows the page is written: an empty value removes its parameter. A change replaces the
 * history entry unless `push` is asked for, so that "back" leaves the page rather than stepping
 * through every tap.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();

  function update(changes: ParamChanges, { push = false }: { push?: boolean } = {}) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(changes)) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        return next;
      },
      { replace: !push },
    );
  }

  return { params, update };
}

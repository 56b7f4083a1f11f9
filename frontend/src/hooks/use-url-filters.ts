import { useSearchParams } from 'react-router';

/** New values of some query parameters; an empty one removes its parameter. */
export type ParamChanges<Name extends string = string> = Partial<Record<Name, string | undefined>>;

/**
 * A page's filters kept in its URL, so that a link or a reload shows the same page. Only what
 * narrows the page is written: an empty value removes its parameter. A change replaces the
 * history entry unless `push` is asked for, so that "back" leaves the page rather than stepping
 * through every tap.
 */
export function useUrlFilters<Name extends string = string>() {
  const [params, setParams] = useSearchParams();

  function update(changes: ParamChanges<Name>, { push = false }: { push?: boolean } = {}) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries<string | undefined>(changes)) {
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

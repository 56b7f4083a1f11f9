import type { ReactNode } from 'react';
import { RelativeTime } from '@/components/ui/relative-time';

export interface ActivityItemProps {
  what: ReactNode;
  who: ReactNode;
  /** ISO date and time. */
  at: string;
  /** The words given with it (a reason, details), if any. */
  note: string | null | undefined;
  testId: string;
}

/** Something done about a content: what, by whom, when, and why in their words. */
export function ActivityItem({ what, who, at, note, testId }: ActivityItemProps) {
  return (
    <li className="people-list__item" data-testid={testId}>
      <div>
        <strong>{what}</strong>
        <span className="people-list__meta">
          {' · '}
          {who}
          {' · '}
          <RelativeTime iso={at} />
        </span>
        {note ? <p className="muted">{note}</p> : null}
      </div>
    </li>
  );
}

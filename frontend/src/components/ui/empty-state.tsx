import type { ReactNode } from 'react';

export interface EmptyStateProps {
  message: string;
  action?: ReactNode;
  testId?: string;
}

export function EmptyState({ message, action, testId }: EmptyStateProps) {
  return (
    <div className="empty-state" data-testid={testId}>
      <p>{message}</p>
      {action}
    </div>
  );
}

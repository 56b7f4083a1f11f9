import { Skeleton } from '@/components/ui/skeleton';

export interface SkeletonListProps {
  /** Announced to assistive technologies, once per placeholder. */
  label: string;
  lines: number;
  /** The list's and its cards' own classes, so the placeholders take the shape of what comes. */
  className: string;
  itemClassName: string;
  testId: string;
}

const PLACEHOLDERS = 3;

/** A list of cards still loading. */
export function SkeletonList({
  label,
  lines,
  className,
  itemClassName,
  testId,
}: SkeletonListProps) {
  return (
    <div className={className} data-testid={testId}>
      {Array.from({ length: PLACEHOLDERS }, (_, index) => (
        <div key={index} className={itemClassName}>
          <Skeleton label={label} lines={lines} />
        </div>
      ))}
    </div>
  );
}

export interface SkeletonProps {
  /** Announced to assistive technologies, which cannot see the shimmering placeholder. */
  label: string;
  variant?: 'heading' | 'text';
  lines?: number;
}

export function Skeleton({ label, variant = 'text', lines = 1 }: SkeletonProps) {
  return (
    <div className="skeleton-group" role="status" aria-busy="true" aria-live="polite">
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: lines }, (_, index) => (
        <span key={index} className={`skeleton skeleton--${variant}`} aria-hidden="true" />
      ))}
    </div>
  );
}

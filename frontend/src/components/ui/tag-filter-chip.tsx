import { useTranslation } from 'react-i18next';

export interface TagFilterChipProps {
  tag: string;
  testId: string;
  onRemove: () => void;
}

/** The tag a list is filtered on, with a cross to show everything again. */
export function TagFilterChip({ tag, testId, onRemove }: TagFilterChipProps) {
  const { t } = useTranslation();
  return (
    <span className="chip chip--removable" data-testid={testId}>
      #{tag}
      <button
        type="button"
        className="chip__remove"
        aria-label={t('feed.removeTag', { tag })}
        onClick={onRemove}
      >
        <span aria-hidden="true">×</span>
      </button>
    </span>
  );
}

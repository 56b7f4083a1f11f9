import { useTranslation } from 'react-i18next';
import type { PostKind } from '@/api-types/posts';
import { POST_KINDS } from '@/features/posts/utils/feed-filters';

export interface KindPickerProps {
  value: PostKind;
  onChange: (kind: PostKind) => void;
}

export function KindPicker({ value, onChange }: KindPickerProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="kind-picker">
      <legend className="field__label">{t('composer.kind')}</legend>
      <div className="kind-picker__options">
        {POST_KINDS.map((kind) => (
          <label key={kind} className={`kind-option kind-option--${kind}`}>
            <input
              type="radio"
              name="kind"
              value={kind}
              checked={value === kind}
              data-testid={`composer-kind-${kind}`}
              onChange={() => {
                onChange(kind);
              }}
            />
            <span className="kind-option__name">{t(`post.kind.${kind}`)}</span>
            <span className="kind-option__hint">{t(`composer.kindHint.${kind}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

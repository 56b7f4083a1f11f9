import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '@/api-types/categories';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { InlineError } from '@/components/ui/inline-error';
import { useDeleteCategory } from '@/features/admin/api/delete-category';
import { useUpdateCategory } from '@/features/admin/api/update-category';

export interface CategoryRowProps {
  category: Category;
  /** Neighbours to swap places with; undefined at either end of the list. */
  onMoveUp: (() => void) | undefined;
  onMoveDown: (() => void) | undefined;
  moving: boolean;
  onChanged?: (() => void) | undefined;
}

export function CategoryRow({
  category,
  onMoveUp,
  onMoveDown,
  moving,
  onChanged,
}: CategoryRowProps) {
  const { t } = useTranslation();
  const nameId = useId();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(category.name);
  const update = useUpdateCategory();
  const remove = useDeleteCategory(category.id);
  const error = update.error ?? remove.error;
  const moves = [
    { direction: 'moveUp', arrow: '↑', testId: 'category-up', onMove: onMoveUp },
    { direction: 'moveDown', arrow: '↓', testId: 'category-down', onMove: onMoveDown },
  ] as const;

  return (
    <li className="people-list__item" data-testid="category-row">
      <div className="stack stack--tight">
        {editing ? (
          <form
            className="composer__actions"
            onSubmit={(event) => {
              event.preventDefault();
              const trimmed = name.trim();
              if (!trimmed) return;
              update.mutate(
                { id: category.id, name: trimmed, position: category.position },
                {
                  onSuccess: () => {
                    setEditing(false);
                    onChanged?.();
                  },
                },
              );
            }}
          >
            <label htmlFor={nameId} className="visually-hidden">
              {t('admin.categories.name')}
            </label>
            <input
              id={nameId}
              className="input input--auto"
              value={name}
              required
              data-testid="category-rename-input"
              onChange={(event) => {
                setName(event.target.value);
              }}
            />
            <Button
              variant="secondary"
              onClick={() => {
                setEditing(false);
              }}
            >
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={update.isPending} data-testid="category-rename-submit">
              {t('common.save')}
            </Button>
          </form>
        ) : (
          <div className="composer__actions">
            <strong data-testid="category-name">{category.name}</strong>
            {moves.map(({ direction, arrow, testId, onMove }) => (
              <Button
                key={direction}
                variant="ghost"
                disabled={!onMove || moving}
                aria-label={t(`admin.categories.${direction}`, { name: category.name })}
                data-testid={testId}
                onClick={onMove}
              >
                {arrow}
              </Button>
            ))}
            <Button
              variant="secondary"
              data-testid="category-rename"
              onClick={() => {
                setName(category.name);
                setEditing(true);
              }}
            >
              {t('admin.categories.rename')}
            </Button>
            <ConfirmButton
              label={t('common.delete')}
              question={t('admin.categories.deleteQuestion', { name: category.name })}
              confirmLabel={t('admin.categories.deleteConfirm')}
              pending={remove.isPending}
              testId="category-delete"
              onConfirm={() => {
                remove.mutate(undefined, { onSuccess: () => onChanged?.() });
              }}
            />
          </div>
        )}
        <InlineError error={error} scope="admin" />
      </div>
    </li>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '@/api-types/categories';
import { Field } from '@/components/form/field';
import { Button } from '@/components/ui/button';
import { InlineError } from '@/components/ui/inline-error';
import { useCreateCategory } from '@/features/admin/api/create-category';
import { useAdminCategories } from '@/features/admin/api/get-admin-categories';
import { useSwapCategories } from '@/features/admin/api/update-category';
import { CategoryRow } from '@/features/admin/components/category-row';
import { AdminList } from '@/features/admin/components/admin-list';

export interface CategoriesScreenProps {
  /** The composer lists the categories too: the app refreshes it after a change. */
  onChanged?: () => void;
}

/** The categories posts are filed under, in the order the composer offers them. */
export function CategoriesScreen({ onChanged }: CategoriesScreenProps) {
  const { t } = useTranslation();
  const categories = useAdminCategories();
  const create = useCreateCategory();
  const swap = useSwapCategories();
  const [name, setName] = useState('');

  const list: readonly Category[] = categories.data ?? [];
  const nextPosition = list.reduce((max, category) => Math.max(max, category.position), 0) + 1;
  const swapWith = (index: number, other: number) => {
    const first = list[index];
    const second = list[other];
    return first && second
      ? () => {
          swap.mutate([first, second], { onSettled: () => onChanged?.() });
        }
      : undefined;
  };

  return (
    <div className="stack">
      <form
        className="panel stack stack--tight"
        data-testid="category-create-form"
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = name.trim();
          if (!trimmed) return;
          create.mutate(
            { name: trimmed, position: nextPosition },
            {
              onSuccess: () => {
                setName('');
                onChanged?.();
              },
            },
          );
        }}
      >
        <Field label={t('admin.categories.add')}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={name}
              required
              data-testid="category-name-input"
              onChange={(event) => {
                setName(event.target.value);
              }}
            />
          )}
        </Field>
        <InlineError error={create.error} scope="admin" />
        <div>
          <Button type="submit" disabled={create.isPending} data-testid="category-create-submit">
            {t('admin.categories.addSubmit')}
          </Button>
        </div>
      </form>
      <InlineError error={swap.error} scope="admin" />
      <AdminList
        query={categories}
        skeletonLines={4}
        empty={{ message: t('admin.categories.empty'), testId: 'categories-empty' }}
      >
        {() => (
          <ol className="people-list" data-testid="categories-list">
            {list.map((category, index) => (
              <CategoryRow
                key={category.id}
                category={category}
                moving={swap.isPending}
                onChanged={onChanged}
                onMoveUp={swapWith(index, index - 1)}
                onMoveDown={swapWith(index, index + 1)}
              />
            ))}
          </ol>
        )}
      </AdminList>
    </div>
  );
}

import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '@/components/ui/icon';
import { useSelectionAfterEdit } from '@/hooks/use-selection-after-edit';
import { insertLink, prefixLines, wrapSelection } from '@/lib/markdown-editing';
import type { TextEdit } from '@/lib/markdown-editing';

export interface MarkdownToolbarProps {
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
}

type Action = 'bold' | 'italic' | 'list' | 'link';

const GLYPHS: Record<Action, ReactNode> = {
  bold: 'B',
  italic: 'I',
  list: '•',
  link: <Icon name="link" />,
};

export function MarkdownToolbar({ textareaRef, value, onChange, disabled }: MarkdownToolbarProps) {
  const { t } = useTranslation();
  const selectAfterEdit = useSelectionAfterEdit(textareaRef);

  function edit(action: Action): TextEdit {
    const textarea = textareaRef.current;
    const start = textarea?.selectionStart ?? value.length;
    const end = textarea?.selectionEnd ?? value.length;
    switch (action) {
      case 'bold':
        return wrapSelection(value, start, end, '**', t('markdown.boldPlaceholder'));
      case 'italic':
        return wrapSelection(value, start, end, '_', t('markdown.italicPlaceholder'));
      case 'list':
        return prefixLines(value, start, end, '- ');
      case 'link':
        return insertLink(value, start, end, t('markdown.linkPlaceholder'));
    }
  }

  function apply(action: Action) {
    const result = edit(action);
    selectAfterEdit(result);
    onChange(result.value);
  }

  return (
    <div className="md-toolbar" role="toolbar" aria-label={t('markdown.toolbar')}>
      {(Object.keys(GLYPHS) as Action[]).map((action) => (
        <button
          key={action}
          type="button"
          className={`md-toolbar__button md-toolbar__button--${action}`}
          aria-label={t(`markdown.${action}`)}
          title={t(`markdown.${action}`)}
          disabled={disabled}
          onClick={() => {
            apply(action);
          }}
        >
          <span aria-hidden="true">{GLYPHS[action]}</span>
        </button>
      ))}
    </div>
  );
}

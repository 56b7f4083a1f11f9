import { useLayoutEffect, useRef } from 'react';
import type { RefObject } from 'react';
import type { TextEdit } from '@/lib/markdown-editing';

/**
 * Selects a range of a controlled textarea right after React writes an edited value into it.
 *
 * The selection is applied in the commit that writes the value (a layout effect), not in a later animation
 * frame: a deferred selection let the next key typed land at the end of the text before the caret moved.
 */
export function useSelectionAfterEdit(textareaRef: RefObject<HTMLTextAreaElement | null>) {
  const pending = useRef<TextEdit | null>(null);

  useLayoutEffect(() => {
    const edit = pending.current;
    const textarea = textareaRef.current;
    if (!edit || textarea?.value !== edit.value) return;
    pending.current = null;
    textarea.focus();
    textarea.setSelectionRange(edit.selectionStart, edit.selectionEnd);
  });

  return (edit: TextEdit) => {
    pending.current = edit;
  };
}

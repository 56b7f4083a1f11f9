import { describe, expect, it } from 'vitest';
import { insertLink, prefixLines, replaceRange, wrapSelection } from '@/lib/markdown-editing';

const selected = ({ value, selectionStart, selectionEnd }: ReturnType<typeof wrapSelection>) =>
  value.slice(selectionStart, selectionEnd);

describe('markdown editing', () => {
  it('wraps the selection and keeps it selected', () => {
    const edit = wrapSelection('un mot ici', 3, 6, '**', 'gras');
    expect(edit.value).toBe('un **mot** ici');
    expect(selected(edit)).toBe('mot');
  });

  it('inserts a selected placeholder when nothing is selected', () => {
    const edit = wrapSelection('ab', 1, 1, '_', 'italique');
    expect(edit.value).toBe('a_italique_b');
    expect(selected(edit)).toBe('italique');
  });

  it('turns every selected line into a list item, once', () => {
    const text = 'intro\nun\n- deux\ntrois';
    const edit = prefixLines(text, 7, text.length, '- ');
    expect(edit.value).toBe('intro\n- un\n- deux\n- trois');
  });

  it('inserts a link with the URL selected', () => {
    const edit = insertLink('voir ici', 5, 8, 'lien');
    expect(edit.value).toBe('voir [ici](https://)');
    expect(selected(edit)).toBe('https://');
  });

  it('replaces a range and puts the caret after it', () => {
    expect(replaceRange('Merci @ca !', 6, 9, '@camille ')).toEqual({
      value: 'Merci @camille  !',
      selectionStart: 15,
      selectionEnd: 15,
    });
  });
});

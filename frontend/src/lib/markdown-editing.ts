// Pure text transformations behind the Markdown toolbar, kept apart from the DOM so they can be
// tested directly. Each returns the new text and the selection to restore.

export interface TextEdit {
  value: string;
  selectionStart: number;
  selectionEnd: number;
}

/** `**selection**`; with nothing selected, inserts a placeholder and selects it for overtyping. */
export function wrapSelection(
  value: string,
  start: number,
  end: number,
  marker: string,
  placeholder: string,
): TextEdit {
  const selected = value.slice(start, end) || placeholder;
  const next = `${value.slice(0, start)}${marker}${selected}${marker}${value.slice(end)}`;
  const innerStart = start + marker.length;
  return { value: next, selectionStart: innerStart, selectionEnd: innerStart + selected.length };
}

/** Prefixes every line touched by the selection (e.g. `- ` for a bullet list). */
export function prefixLines(value: string, start: number, end: number, prefix: string): TextEdit {
  const lineStart = value.lastIndexOf('\n', start - 1) + 1;
  const block = value.slice(lineStart, end);
  const prefixed = block
    .split('\n')
    .map((line) => (line.startsWith(prefix) ? line : `${prefix}${line}`))
    .join('\n');
  const next = `${value.slice(0, lineStart)}${prefixed}${value.slice(end)}`;
  const added = prefixed.length - block.length;
  return { value: next, selectionStart: start + prefix.length, selectionEnd: end + added };
}

/** `[selection](https://)`, with the URL selected since that is what the user types next. */
export function insertLink(
  value: string,
  start: number,
  end: number,
  placeholder: string,
): TextEdit {
  const text = value.slice(start, end) || placeholder;
  const url = 'https://';
  const next = `${value.slice(0, start)}[${text}](${url})${value.slice(end)}`;
  const urlStart = start + text.length + 3;
  return { value: next, selectionStart: urlStart, selectionEnd: urlStart + url.length };
}

/** Replaces `[from, to)` with `text` and puts the caret right after it. */
export function replaceRange(value: string, from: number, to: number, text: string): TextEdit {
  const caret = from + text.length;
  return {
    value: `${value.slice(0, from)}${text}${value.slice(to)}`,
    selectionStart: caret,
    selectionEnd: caret,
  };
}

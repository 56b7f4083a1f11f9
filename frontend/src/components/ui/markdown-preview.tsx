import type { ReactNode } from 'react';

// A deliberately small Markdown subset for the composer preview (paragraphs, lists, bold,
// italic, code, http(s) links). It builds React elements, never HTML strings, so whatever the
// user typed is escaped by React: there is no injection path to sanitize. The published post
// is rendered from the server's sanitized HTML, which is the authoritative rendering.

const INLINE =
  /(\*\*([^*]+)\*\*)|(\*([^*]+)\*|_([^_]+)_)|(`([^`]+)`)|(\[([^\]]+)\]\((https?:\/\/[^\s)]+)\))/;

function renderInline(text: string, keyPrefix: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let rest = text;
  let index = 0;
  while (rest) {
    const match = INLINE.exec(rest);
    if (!match) {
      nodes.push(rest);
      break;
    }
    if (match.index > 0) nodes.push(rest.slice(0, match.index));
    const key = `${keyPrefix}-${index++}`;
    const [, bold, boldText, italic, star, underscore, code, codeText, link, label, href] = match;
    if (bold && boldText) nodes.push(<strong key={key}>{renderInline(boldText, key)}</strong>);
    else if (italic) nodes.push(<em key={key}>{renderInline(star ?? underscore ?? '', key)}</em>);
    else if (code) nodes.push(<code key={key}>{codeText}</code>);
    else if (link && label && href)
      nodes.push(
        <a key={key} href={href} target="_blank" rel="noopener noreferrer nofollow">
          {label}
        </a>,
      );
    rest = rest.slice(match.index + match[0].length);
  }
  return nodes;
}

function withLineBreaks(lines: string[], keyPrefix: string): ReactNode[] {
  return lines.flatMap((line, index) => {
    const content = renderInline(line, `${keyPrefix}-${index}`);
    return index === 0 ? content : [<br key={`${keyPrefix}-br-${index}`} />, ...content];
  });
}

const BULLET = /^\s*[-*+]\s+/;
const NUMBERED = /^\s*\d+[.)]\s+/;
/** A block whose every line starts with a list marker is that list. */
const LISTS = [
  { marker: BULLET, Tag: 'ul' },
  { marker: NUMBERED, Tag: 'ol' },
] as const;

export interface MarkdownPreviewProps {
  source: string;
  emptyText: string;
}

export function MarkdownPreview({ source, emptyText }: MarkdownPreviewProps) {
  const blocks = source
    .split(/\n\s*\n/)
    .map((block) => block.replace(/^\n+|\n+$/g, ''))
    .filter((block) => block.trim() !== '');
  if (blocks.length === 0) return <p className="md-preview md-preview--empty">{emptyText}</p>;

  return (
    <div className="md-preview rich-text" data-testid="markdown-preview">
      {blocks.map((block, blockIndex) => {
        const lines = block.split('\n');
        const key = `b${blockIndex}`;
        const list = LISTS.find(({ marker }) => lines.every((line) => marker.test(line)));
        if (list) {
          const { marker, Tag } = list;
          return (
            <Tag key={key}>
              {lines.map((line, i) => (
                <li key={i}>{renderInline(line.replace(marker, ''), `${key}-${i}`)}</li>
              ))}
            </Tag>
          );
        }
        return <p key={key}>{withLineBreaks(lines, key)}</p>;
      })}
    </div>
  );
}

import { parseHighlight } from '@/features/search/utils/highlight';

export interface HighlightedTextProps {
  /** Server-escaped text with the matched words in `<mark>`. */
  html: string;
}

/** Matched words in `<mark>`, everything else as text nodes: no HTML is ever injected. */
export function HighlightedText({ html }: HighlightedTextProps) {
  return (
    <>
      {parseHighlight(html).map((segment, index) =>
        segment.marked ? (
          <mark key={index} className="search-mark">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}

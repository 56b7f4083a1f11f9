export interface SanitizedHtmlProps {
  /** `bodyHtml` of a post or comment, exactly as received from the API. */
  html: string;
  className?: string;
  testId?: string;
}

/**
 * The only place where the app injects HTML. It is safe because `bodyHtml` is rendered from
 * Markdown and sanitized by the server (allow-list of tags and attributes, per the API contract)
 * before it is stored; the client never builds such a string from user input. Keep it that way:
 * anything else must be rendered as text.
 */
export function SanitizedHtml({ html, className, testId }: SanitizedHtmlProps) {
  return (
    <div
      className={['rich-text', className].filter(Boolean).join(' ')}
      data-testid={testId}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

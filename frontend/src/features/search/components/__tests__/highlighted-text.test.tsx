import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HighlightedText } from '@/features/search/components/highlighted-text';

function renderHighlight(html: string) {
  const { container } = render(
    <p>
      <HighlightedText html={html} />
    </p>,
  );
  return container.firstElementChild as HTMLElement;
}

describe('HighlightedText', () => {
  it('turns only <mark> into markup', () => {
    const paragraph = renderHighlight(
      '<mark>Accueil</mark> en <b>vitrine</b> <img src=x onerror=alert(1)> <mark>client</mark>',
    );

    expect([...paragraph.querySelectorAll('*')].map((element) => element.tagName)).toEqual([
      'MARK',
      'MARK',
    ]);
    expect([...paragraph.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'Accueil',
      'client',
    ]);
    expect(paragraph).toHaveTextContent(
      'Accueil en <b>vitrine</b> <img src=x onerror=alert(1)> client',
    );
  });

  it('shows escaped HTML as the text it stands for', () => {
    const paragraph = renderHighlight('&lt;script&gt;alert(1)&lt;/script&gt; <mark>caisse</mark>');

    expect(paragraph.querySelector('script')).toBeNull();
    expect(paragraph.textContent).toBe('<script>alert(1)</script> caisse');
    expect(paragraph.querySelector('mark')).toHaveTextContent('caisse');
  });
});

import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MarkdownPreview } from '@/components/ui/markdown-preview';
import { expectLinkTo } from '@/testing/assertions';

function renderPreview(source: string) {
  render(<MarkdownPreview emptyText="vide" source={source} />);
  return screen.getByTestId('markdown-preview');
}

describe('MarkdownPreview', () => {
  it('renders the supported subset', () => {
    const preview = renderPreview(
      '**Gras** et _italique_, [site](https://example.org)\nligne 2\n\n- un\n- deux',
    );
    expect(preview.querySelector('strong')).toHaveTextContent('Gras');
    expect(preview.querySelector('em')).toHaveTextContent('italique');
    expectLinkTo(document.body, 'site', 'https://example.org');
    expect(preview.querySelector('br')).not.toBeNull();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['un', 'deux']);
  });

  it('never turns the text into markup or unsafe links', () => {
    const preview = renderPreview('<img src=x onerror="alert(1)"> [clic](javascript:alert(1))');
    expect(preview.querySelector('img')).toBeNull();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(preview).toHaveTextContent('<img src=x onerror="alert(1)"> [clic](javascript:alert(1))');
  });

  it('says when there is nothing to show', () => {
    render(<MarkdownPreview emptyText="Rien à prévisualiser." source={'  \n\n '} />);
    expect(screen.getByText('Rien à prévisualiser.')).toBeInTheDocument();
  });
});

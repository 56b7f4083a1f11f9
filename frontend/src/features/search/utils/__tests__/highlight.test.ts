import { describe, expect, it } from 'vitest';
import { decodeEntities, parseHighlight } from '@/features/search/utils/highlight';

describe('parseHighlight', () => {
  it('splits the matches out of the text', () => {
    expect(parseHighlight('Un <mark>accueil</mark> chaleureux')).toEqual([
      { text: 'Un ', marked: false },
      { text: 'accueil', marked: true },
      { text: ' chaleureux', marked: false },
    ]);
  });

  it('unescapes what the server escaped, and only after finding the marks', () => {
    expect(
      parseHighlight('&lt;script&gt;alert(1)&lt;/script&gt; &amp; l&#x27;<mark>été</mark>'),
    ).toEqual([
      { text: "<script>alert(1)</script> & l'", marked: false },
      { text: 'été', marked: true },
    ]);
    // An escaped mark is text the author wrote, not a match.
    expect(parseHighlight('&lt;mark&gt;')).toEqual([{ text: '<mark>', marked: false }]);
  });

  it('keeps every other tag as text', () => {
    expect(parseHighlight('<b>gras</b> <img src=x onerror=alert(1)>')).toEqual([
      { text: '<b>gras</b> <img src=x onerror=alert(1)>', marked: false },
    ]);
  });

  it('survives unbalanced and adjacent marks', () => {
    expect(parseHighlight('a</mark>b<mark>c</mark><mark>d')).toEqual([
      { text: 'ab', marked: false },
      { text: 'cd', marked: true },
    ]);
    expect(parseHighlight('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric entities and leaves unknown ones alone', () => {
    expect(decodeEntities('&quot;a&quot; &#39;b&#39; &#x2F; &eacute; &#0; &')).toBe(
      '"a" \'b\' / &eacute; &#0; &',
    );
  });
});

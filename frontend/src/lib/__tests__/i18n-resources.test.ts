import { describe, expect, it } from 'vitest';
import i18n, { loadLanguage, SUPPORTED_LANGUAGES } from '@/lib/i18n';
import enBackOffice from '@/locales/admin.en.json';
import frBackOffice from '@/locales/admin.fr.json';
import enStrings from '@/locales/en.json';
import frStrings from '@/locales/fr.json';

type Tree = Record<string, unknown>;

/** Every leaf of a translation tree, as `dotted.path` → value. */
function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const result = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [childPath, childValue] of leaves(value as Tree, path)) {
        result.set(childPath, childValue);
      }
    } else {
      result.set(path, value);
    }
  }
  return result;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

// The back-office files join the same namespace when loaded: they are checked as part of it.
const fr = leaves({ ...frStrings, ...frBackOffice });
const en = leaves({ ...enStrings, ...enBackOffice });

describe('translation resources', () => {
  it('loads the strings of every supported language', async () => {
    for (const language of SUPPORTED_LANGUAGES) {
      await loadLanguage(language);
      expect(i18n.hasResourceBundle(language, 'translation')).toBe(true);
      expect(i18n.getFixedT(language)('boot.retry')).not.toBe('boot.retry');
    }
  });

  it('have exactly the same keys in French and English', () => {
    const missingInEnglish = [...fr.keys()].filter((key) => !en.has(key));
    const missingInFrench = [...en.keys()].filter((key) => !fr.has(key));

    expect({ missingInEnglish, missingInFrench }).toEqual({
      missingInEnglish: [],
      missingInFrench: [],
    });
  });

  it('only contain non-empty strings', () => {
    for (const [language, tree] of [
      ['fr', fr],
      ['en', en],
    ] as const) {
      const invalid = [...tree].filter(([, value]) => typeof value !== 'string' || !value.trim());
      expect(invalid, `invalid ${language} entries`).toEqual([]);
    }
  });

  it('use the same interpolation variables in both languages', () => {
    const mismatches = [...fr]
      .filter(([key, value]) => {
        const english = en.get(key);
        return (
          typeof value === 'string' &&
          typeof english === 'string' &&
          placeholders(value).join() !== placeholders(english).join()
        );
      })
      .map(([key]) => key);

    expect(mismatches).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { resources, SUPPORTED_LANGUAGES } from '@/lib/i18n';
import enBackOffice from '@/locales/admin.en.json';
import frBackOffice from '@/locales/admin.fr.json';

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
const fr = leaves({ ...resources.fr.translation, ...frBackOffice });
const en = leaves({ ...resources.en.translation, ...enBackOffice });

describe('translation resources', () => {
  it('covers every supported language', () => {
    expect(Object.keys(resources).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
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

import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Relative parent imports would let code slip past the boundaries below unnoticed.
const noParentImports = {
  group: ['../*', '../**'],
  message: 'Import through the @/ alias so that module boundaries stay visible and enforced.',
};

// ESLint does not merge options of one rule across config objects, so each boundary lists the
// complete set of patterns it forbids.
const restrictImports = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns: [noParentImports, ...patterns] }],
});

// Features must stay independent so any of them can be changed or removed without touching the
// others; composition happens in src/app. Listing them from disk keeps the rule correct as
// features are added.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const featureIsolation = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: restrictImports(
    {
      group: ['@/features/*', `!@/features/${feature}`, `!@/features/${feature}/**`],
      message: 'Features must not import from each other: compose them in src/app.',
    },
    {
      group: ['@/app', '@/app/**'],
      message: 'Features must not depend on the app layer.',
    },
  ),
}));

export default defineConfig([
  globalIgnores(['dist', 'target', 'node_modules', 'coverage']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.strictTypeChecked,
      tseslint.configs.stylisticTypeChecked,
      reactHooks.configs.flat['recommended-latest'],
      reactRefresh.configs.vite,
    ],
    languageOptions: {
      ecmaVersion: 2022,
      globals: globals.browser,
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      ...restrictImports(),
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // Shared code sits below features and the app in the dependency graph (unidirectional flow).
    files: ['src/{api-types,components,config,hooks,lib,locales,testing}/**/*.{ts,tsx}'],
    ignores: ['src/testing/**'],
    rules: restrictImports({
      group: ['@/features/**', '@/app/**', '@/app'],
      message: 'Shared code must not depend on features or the app layer.',
    }),
  },
  ...featureIsolation,
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: globals.node,
    },
  },
  {
    // Journey callbacks passed to page.evaluate/waitForFunction run inside the browser.
    files: ['e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  prettier,
]);

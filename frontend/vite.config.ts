import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// The backend (Quarkus) serves the built SPA and the API from one origin; in `vite dev` we
// recreate that single origin with a proxy so cookies, CORS and relative URLs behave the same.
const backendUrl = process.env.BRAVO_BACKEND_URL ?? 'http://localhost:8080';

// Hashed assets never change, so they are compressed once here at the best levels (brotli 11 is
// too slow to run per request); the backend sends the .br or .gz copy the browser accepts.
function precompressAssets(): Plugin {
  return {
    name: 'bravo-precompress-assets',
    apply: 'build',
    writeBundle(options) {
      const dir = join(options.dir ?? 'dist', 'assets');
      for (const name of readdirSync(dir)) {
        if (!/\.(js|css|svg|json)$/.test(name)) continue;
        const file = join(dir, name);
        const raw = readFileSync(file);
        if (raw.length < 1024) continue;
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(raw, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
            },
          }),
        );
        writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
      }
    },
  };
}

// What a post or entry page is read with, shared with other lazy screens (see the "reading" group).
const READING_MODULES = [
  'lib/video-moment',
  'lib/field-errors',
  'lib/bravo',
  'lib/markdown-editing',
  'lib/offline/send-or-queue',
  'hooks/use-optimistic-bravo',
  'hooks/use-selection-after-edit',
  'components/ui/confirm-button',
  'components/ui/sanitized-html',
  'components/content/content-detail',
  'components/ui/markdown-toolbar',
  'components/media/photo-gallery',
  'features/videos/components/video-list',
  'features/videos/api/video-keys',
  'features/comments/api/comment-keys',
  'features/comments/api/create-comment',
  'features/comments/api/update-comment',
  'features/comments/api/toggle-comment-bravo',
  'features/posts/api/toggle-post-bravo',
];

/** Matches the source modules at these paths below src/, whatever the path separator. */
function modulesNamed(paths: string[]): RegExp {
  const alternatives = paths.map((path) => path.split('/').join('[\\\\/]'));
  return new RegExp(`src[\\\\/](${alternatives.join('|')})\\.`);
}

export default defineConfig({
  plugins: [
    react(),
    // Installable app: a manifest, and a service worker that keeps the app shell (HTML, scripts,
    // styles, icons) so a reload without network still opens Bravo. API answers are NOT cached
    // by the worker: they are per person and phones are shared (see docs/adr/0011).
    VitePWA({
      // A new version waits until the person accepts it (the "new version" prompt): swapping the
      // code under a half-written post would lose it.
      registerType: 'prompt',
      // Registered from the app (UpdatePrompt), which needs the worker's events anyway.
      injectRegister: false,
      manifest: {
        name: 'Bravo',
        short_name: 'Bravo',
        id: '/',
        // The app's own default language (index.html); the name is the same in both.
        lang: 'fr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        // --color-brand and --color-bg of src/index.css.
        theme_color: '#b4233c',
        background_color: '#f6f5f3',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/maskable-192.png',
            sizes: '192x192',
            type: 'image/png',
            purpose: 'maskable',
          },
          {
            src: '/icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // Every page of the app is index.html; the API and Quarkus' own pages never are.
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api(\/|$)/, /^\/q(\/|$)/],
        cleanupOutdatedCaches: true,
        // One file less to serve with the right headers (no workbox-<hash>.js next to sw.js).
        inlineWorkboxRuntime: true,
      },
    }),
    precompressAssets(),
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: backendUrl, changeOrigin: false },
      '/q': { target: backendUrl, changeOrigin: false },
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
  build: {
    outDir: 'dist',
    // Maps would ship inside the backend jar and be served publicly; they add 2 MB for no user benefit.
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // What the first screen needs (the entry and everything it imports statically) goes out as
          // two files, libraries and app, instead of fifty: on a phone's connection each extra file
          // costs a request and its headers (~1 kB here), and browsers open only six connections per
          // host over HTTP/1.1. Lazy screens still get their own chunks.
          groups: [
            { name: 'libraries', test: /[\\/]node_modules[\\/]/, tags: ['$initial'], priority: 2 },
            { name: 'app', tags: ['$initial'], priority: 1 },
            // The small pieces a post or guestbook entry is read with (bravo, comments, photos, films)
            // go out as one lazy file: split, they were ten files of ~1.5 kB that a deep link to a
            // post fetched in two rounds over six connections, which put its first paint over 2.5 s
            // on Lighthouse's Slow 4G (2.60 s → 2.41 s with `npm run measure`). Named one by one because
            // a general rule (shared by two lazy screens, under a size) also swept the film uploader
            // and the admin strings into every screen; a renamed file only costs a request again.
            { name: 'reading', test: modulesNamed(READING_MODULES), priority: 0 },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // Every test starts from the original mock implementations and the real globals.
    mockReset: true,
    restoreMocks: true,
    unstubGlobals: true,
    // A test awaiting several findBy… (each bounded at 5 s in setup-tests) must not be cut short first.
    testTimeout: 20000,
  },
});

import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The backend (Quarkus) serves the built SPA and the API from one origin; in `vite dev` we
// recreate that single origin with a proxy so cookies, CORS and relative URLs behave the same.
const backendUrl = process.env.BRAVO_BACKEND_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
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

/**
 * Builds the web UI into web/dist, which `parallax serve` serves (src/server/static.ts). Everything
 * the page needs is bundled: no CDN, no web fonts, no inline script (the page's CSP forbids it).
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  // The UI imports only types from the engine; nothing outside web/ is bundled.
  server: { fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The polyfill would be injected into the entry; every browser the UI supports has modulepreload.
    modulePreload: { polyfill: false },
    // No data: URLs for assets: every file is served by the app under its own name.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The example dashboard: one page, Chart.js bundled from npm (no CDN), served by
 * `npm run dashboard` on http://127.0.0.1:5182, another origin than the API's, which
 * must list it in CORS_ORIGINS (`npm run dashboard -- --port 5183` for another port).
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const port = 5182;

export default defineConfig({
  root,
  base: './',
  build: { outDir: 'dist', emptyOutDir: true },
  server: { host: '127.0.0.1', port, strictPort: true },
  preview: { host: '127.0.0.1', port, strictPort: true },
});

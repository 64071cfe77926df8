import { defineConfig, type Plugin } from 'vite';

/**
 * Content-Security-Policy for the built page: scripts, workers, styles, fonts and data only from the
 * page's own origin (blob:/data: for MapLibre's images and the PNG export). Not in the dev server,
 * whose hot reload needs inline code.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'article-atlas-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
    // shot.html: the headless report renderer `article-atlas shot` drives (src/export/shot-page.ts).
    rolldownOptions: { input: { main: 'index.html', shot: 'shot.html' } },
  },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
});

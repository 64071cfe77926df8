import { rmSync } from 'node:fs';
import { join } from 'node:path';
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

/**
 * The page fetches the gazetteer's gzip copy (src/worker/early.ts); the 12 MB text beside it in public/data/
 * is for Node (the CLI and the tests read it there) and is left out of the built site.
 */
function gzipGazetteerOnly(): Plugin {
  let outDir = 'dist';
  return {
    name: 'article-atlas-gazetteer',
    apply: 'build',
    configResolved(c) {
      outDir = join(c.root, c.build.outDir);
    },
    closeBundle() {
      rmSync(join(outDir, 'data', 'gazetteer.txt'), { force: true });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy(), gzipGazetteerOnly()],
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

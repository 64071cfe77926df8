/**
 * Benchmark plumbing: the built app and a bare MapLibre page showing the same basemap, served from one
 * origin, timed in the same Chromium in alternating rounds so the machine's load affects both alike.
 * Figures are printed as medians and ratios against the baseline measured in the same run.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../src/node/chromium';
import { serveStatic, type StaticServer } from '../src/node/serve';
import { basemapStyle, type FontFile } from '../src/map/style';
import type { ThemeName } from '../src/map/theme';

const require = createRequire(import.meta.url);
export const root = join(import.meta.dirname, '..');

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function fmt(ms: number): string {
  return `${ms.toFixed(0)} ms`;
}

function fontRoute(name: string): string {
  return require.resolve(`@fontsource/noto-sans/files/${name}`);
}

/** The bare page: maplibre-gl's own distribution files and the same style data, nothing of ours. */
function barePage(theme: ThemeName, w: number, h: number, center: [number, number], zoom: number, preserve = false): string {
  const f = (file: string, range: string[]): FontFile => ({ url: `/bare/${file}`, unicodeRange: range });
  const style = basemapStyle({
    theme,
    lang: 'pt',
    dataUrl: '/data/',
    fonts: {
      regular: [f('noto-sans-latin-400-normal.woff2', ['U+0000-00FF']), f('noto-sans-latin-ext-400-normal.woff2', ['U+0100-02FF'])],
    },
  });
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/bare/maplibre-gl.css">
<style>html,body{margin:0}#map{width:${w}px;height:${h}px}</style></head><body><div id="map"></div>
<script type="module">
import * as maplibregl from '/bare/maplibre-gl.mjs';
maplibregl.setWorkerUrl(location.origin + '/bare/maplibre-gl-worker.mjs');
const style = ${JSON.stringify(style)};
for (const k of Object.keys(style['font-faces'])) for (const f of style['font-faces'][k]) f.url = location.origin + f.url;
const map = new maplibregl.Map({ container: 'map', style, center: ${JSON.stringify(center)}, zoom: ${zoom}, fadeDuration: 0,
  canvasContextAttributes: { preserveDrawingBuffer: ${preserve} } });
window.bare = { map, idle: new Promise((r) => map.once('idle', () => r(performance.now()))) };
</script></body></html>`;
}

export interface BenchServer extends StaticServer {
  bareUrl(theme: ThemeName, w: number, h: number, center: [number, number], zoom: number, preserve?: boolean): string;
  /** Serves `body` as JSON at `path` (beside dist/); returns the path for a `?story=` parameter. */
  serveJson(path: string, body: string): string;
}

/** Serves dist/ plus the bare page routes. */
export async function serveBench(): Promise<BenchServer> {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  const mlDist = join(require.resolve('maplibre-gl/package.json'), '..', 'dist');
  const pages = new Map<string, string>();
  const routes: Record<string, { file: string } | { type: string; body: string }> = {
    '/bare/maplibre-gl.mjs': { file: join(mlDist, 'maplibre-gl.mjs') },
    '/bare/maplibre-gl-shared.mjs': { file: join(mlDist, 'maplibre-gl-shared.mjs') },
    '/bare/maplibre-gl-worker.mjs': { file: join(mlDist, 'maplibre-gl-worker.mjs') },
    '/bare/maplibre-gl.css': { file: join(mlDist, 'maplibre-gl.css') },
  };
  for (const n of ['noto-sans-latin-400-normal.woff2', 'noto-sans-latin-ext-400-normal.woff2', 'noto-sans-latin-700-normal.woff2']) {
    routes[`/bare/${n}`] = { file: fontRoute(n) };
  }
  const server = await serveStatic({ root: dist, routes });
  return {
    ...server,
    bareUrl(theme, w, h, center, zoom, preserve = false) {
      const key = `/bare-${pages.size}.html`;
      pages.set(key, barePage(theme, w, h, center, zoom, preserve));
      routes[key] = { type: 'text/html; charset=utf-8', body: pages.get(key)! };
      return server.url.replace(/\/$/, '') + key;
    },
    serveJson(path, body) {
      routes[path] = { type: 'application/json; charset=utf-8', body };
      return path.replace(/^\//, '');
    },
  };
}

export async function withBrowser<T>(fn: (b: Browser) => Promise<T>): Promise<T> {
  const b = await launchChromium();
  try {
    return await fn(b);
  } finally {
    await b.close();
  }
}

export async function freshPage(b: Browser, w: number, h: number, scale = 1): Promise<Page> {
  const ctx = await b.newContext({ viewport: { width: w, height: h }, deviceScaleFactor: scale });
  return ctx.newPage();
}

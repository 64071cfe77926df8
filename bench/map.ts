/**
 * `npm run bench:map`: navigation-to-idle time of the Article Atlas page (no story: `?story=none`) vs a bare MapLibre page showing
 * the same basemap (same data, same style, maplibre-gl's own files), alternating rounds in one Chromium,
 * medians and ratio (goal ≤ 1.10). Also prints the basemap payload sizes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fmt, freshPage, median, root, serveBench, withBrowser } from './lib';

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const W = 1200;
const H = 800;

const server = await serveBench();
const ours: number[] = [];
const bare: number[] = [];
await withBrowser(async (b) => {
  for (let i = 0; i < ROUNDS + 1; i++) {
    {
      const page = await freshPage(b, W, H);
      await page.goto(`${server.url}?story=none&theme=light#1.6/30/30`);
      await page.waitForFunction(() => typeof window.atlas?.ready === 'function');
      const t = await page.evaluate(async () => {
        await window.atlas.ready();
        return performance.now();
      });
      if (i > 0) ours.push(t); // round 0 warms the caches of both
      await page.context().close();
    }
    {
      const page = await freshPage(b, W, H);
      await page.goto(server.bareUrl('light', W, H, [30, 30], 1.6));
      await page.waitForFunction(() => (window as unknown as { bare?: unknown }).bare !== undefined);
      const t = await page.evaluate(() => (window as unknown as { bare: { idle: Promise<number> } }).bare.idle);
      if (i > 0) bare.push(t);
      await page.context().close();
    }
  }
});
await server.close();

const mo = median(ours);
const mb = median(bare);
console.log(`bench:map  ${ROUNDS} rounds, ${W}x${H}, navigation start -> idle`);
console.log(`  bare MapLibre page   median ${fmt(mb)}   (${bare.map((x) => x.toFixed(0)).join(' ')})`);
console.log(`  Article Atlas page   median ${fmt(mo)}   (${ours.map((x) => x.toFixed(0)).join(' ')})`);
console.log(`  ratio ours/bare      ${(mo / mb).toFixed(3)}   (goal <= 1.10)`);

console.log('basemap payload (public/data/basemap):');
const manifest = JSON.parse(readFileSync(join(root, 'public/data/basemap/manifest.json'), 'utf8')) as {
  files: Record<string, { bytes: number; gzipBytes: number }>;
};
for (const [name, f] of Object.entries(manifest.files)) {
  console.log(`  ${name.padEnd(24)} ${(f.bytes / 1e6).toFixed(2).padStart(7)} MB raw  ${(f.gzipBytes / 1e6).toFixed(2).padStart(6)} MB gzip`);
}

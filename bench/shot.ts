/**
 * `npm run bench:shot`: the report renderer against a bare MapLibre page.
 *  1. Single shot of the sample story at 1600×900 @2×, as `article-atlas shot` takes it (fresh page on
 *     shot.html → loadStory → ready → exportPng → PNG bytes in Node), vs a bare MapLibre page rendering
 *     the same basemap at the same size and pixel ratio with preserveDrawingBuffer, screenshotted to PNG —
 *     alternating rounds in one Chromium, medians and ratio (goal ≤ 1.3).
 *  2. Batch: 20 stories through the real command line (`article-atlas shot --jsonl`), time per image.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportPngOptions, ExportPngResult } from '../src/export/install';
import type { Story } from '../src/story';
import { exportSampleStory } from '../test/fixtures/export-sample';
import { fmt, freshPage, median, root, serveBench, withBrowser } from './lib';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const BATCH = Number(process.env.BATCH ?? 20);
const W = 1600;
const H = 900;
const RATIO = 2;

type Hook = { loadStory(s: unknown): unknown; ready(): Promise<void>; exportPng(o: ExportPngOptions): Promise<ExportPngResult> };

const story = exportSampleStory();
const server = await serveBench();
const ours: number[] = [];
const bare: number[] = [];
let view = { lon: 0, lat: 0, zoom: 1 };
await withBrowser(async (b) => {
  for (let i = 0; i < ROUNDS + 1; i++) {
    {
      const page = await freshPage(b, 800, 600);
      const t0 = Date.now();
      await page.goto(`${server.url}shot.html?theme=light`);
      await page.waitForFunction(() => typeof (window as unknown as { atlas?: Hook }).atlas?.exportPng === 'function');
      const r = await page.evaluate(
        async ({ s, o }) => {
          const atlas = (window as unknown as { atlas: Hook }).atlas;
          atlas.loadStory(s);
          await atlas.ready();
          return atlas.exportPng(o);
        },
        { s: story, o: { width: W, height: H, pixelRatio: RATIO, theme: 'light' as const } },
      );
      const png = Buffer.from(r.bytes, 'base64');
      const t = Date.now() - t0;
      view = r.view;
      if (png.length < 1000) throw new Error('no image');
      if (i > 0) ours.push(t); // round 0 warms the caches of both
      await page.context().close();
    }
    {
      const page = await freshPage(b, W, H, RATIO);
      const t0 = Date.now();
      await page.goto(server.bareUrl('light', W, H, [view.lon, view.lat], view.zoom, true));
      await page.waitForFunction(() => (window as unknown as { bare?: unknown }).bare !== undefined);
      await page.evaluate(() => (window as unknown as { bare: { idle: Promise<number> } }).bare.idle);
      const png = await page.screenshot({ type: 'png' });
      const t = Date.now() - t0;
      if (png.length < 1000) throw new Error('no image');
      if (i > 0) bare.push(t);
      await page.context().close();
    }
  }
});
await server.close();

const mo = median(ours);
const mb = median(bare);
console.log(`bench:shot  ${ROUNDS} rounds, ${W}x${H} @${RATIO}x, navigation -> PNG bytes in Node`);
console.log(`  bare MapLibre page + screenshot   median ${fmt(mb)}   (${bare.map((x) => x.toFixed(0)).join(' ')})`);
console.log(`  report export (shot.html)         median ${fmt(mo)}   (${ours.map((x) => x.toFixed(0)).join(' ')})`);
console.log(`  ratio ours/bare                   ${(mo / mb).toFixed(3)}   (goal <= 1.30)`);

// Batch through the real command line: BATCH variations of the sample story (subsets of its flows).
const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-shot-'));
try {
  const lines: string[] = [];
  for (let i = 0; i < BATCH; i++) {
    const flows = story.flows.filter((_, k) => (k + i) % 3 !== 0 || i % 5 === 0);
    const s: Story = { ...story, id: `story-${String(i + 1).padStart(2, '0')}`, article: { ...story.article, title: `${story.article.title} (${i + 1})` }, flows };
    lines.push(JSON.stringify(s));
  }
  const jsonl = join(dir, 'stories.jsonl');
  writeFileSync(jsonl, lines.join('\n') + '\n');
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [join(root, 'bin', 'article-atlas.mjs'), 'shot', '--jsonl', jsonl, '--out-dir', join(dir, 'out'), '--width', String(W), '--height', String(H), '--quiet'], { encoding: 'utf8' });
  const total = Date.now() - t0;
  const n = readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.png')).length;
  if (r.status !== 0 || n !== BATCH) throw new Error(`batch failed (exit ${r.status}, ${n} images): ${r.stderr}`);
  console.log(`batch: ${BATCH} stories, ${W}x${H} @1x, one CLI run (one browser session)`);
  console.log(`  total ${fmt(total)} including Chromium start, ${fmt(total / BATCH)} per image`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

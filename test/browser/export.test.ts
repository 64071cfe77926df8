/**
 * Report PNGs in real Chromium: goldens for the sample story (light, dark, 2×), the command line's image
 * against the page's export, size limits (8192 px, the GPU limit, 0 and 100000), the attribution in
 * every image, PNG metadata, bad input for `article-atlas shot`, and the Export dialog.
 *
 * Goldens live in test/golden/. `UPDATE_GOLDEN=1` rewrites them; a missing golden is written on first
 * run except when CI=true (then the test fails). A mismatch writes <name>.actual.png and <name>.diff.png.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportPngOptions, ExportPngResult } from '../../src/export/install';
import { readPngDpi, readPngText } from '../../src/export/png';
import { THEMES } from '../../src/map/theme';
import type { Story } from '../../src/story';
import { exportSampleStory } from '../fixtures/export-sample';
import { baseUrl, closeBrowser, getBrowser, hexToRgb, openApp, colorDistance } from './harness';

const ROOT = join(import.meta.dirname, '..', '..');
const GOLDEN = join(ROOT, 'test', 'golden');
/** Share of pixels allowed to differ (pixelmatch threshold 0.1 per pixel). */
const MAX_DIFF = 0.005;
const VIEW = { lon: 82, lat: 42, zoom: 1.75 };

afterAll(closeBrowser);

type Hook = { loadStory(s: unknown): unknown; ready(): Promise<void>; exportPng(o: ExportPngOptions): Promise<ExportPngResult> };

let shotPage: Page;
const story: Story = exportSampleStory();
let tmp: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'atlas-export-'));
  const b = await getBrowser();
  const ctx = await b.newContext({ viewport: { width: 800, height: 600 } });
  shotPage = await ctx.newPage();
  await shotPage.goto(new URL('shot.html?theme=light', baseUrl()).href);
  await shotPage.waitForFunction(() => typeof (window as unknown as { atlas?: Hook }).atlas?.exportPng === 'function');
  await shotPage.evaluate((s) => (window as unknown as { atlas: Hook }).atlas.loadStory(s), story);
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function exportOn(page: Page, o: ExportPngOptions): Promise<ExportPngResult & { png: Buffer }> {
  const r = await page.evaluate((opts) => (window as unknown as { atlas: Hook }).atlas.exportPng(opts), o);
  return { ...r, png: Buffer.from(r.bytes, 'base64') };
}

function diffShare(a: Buffer, b: Buffer, diffPath?: string): number {
  const x = PNG.sync.read(a);
  const y = PNG.sync.read(b);
  if (x.width !== y.width || x.height !== y.height) return 1;
  const diff = new PNG({ width: x.width, height: x.height });
  const n = pixelmatch(x.data, y.data, diff.data, x.width, x.height, { threshold: 0.1 });
  if (diffPath && n > 0) writeFileSync(diffPath, PNG.sync.write(diff));
  return n / (x.width * x.height);
}

function matchGolden(name: string, png: Buffer): void {
  const path = join(GOLDEN, `${name}.png`);
  const ci = process.env.CI === 'true';
  if (process.env.UPDATE_GOLDEN === '1' && !ci) {
    writeFileSync(path, png);
    return;
  }
  if (!existsSync(path)) {
    if (ci) throw new Error(`golden ${path} is missing (never written when CI=true): run UPDATE_GOLDEN=1 locally`);
    writeFileSync(path, png);
    return;
  }
  const share = diffShare(readFileSync(path), png, join(GOLDEN, `${name}.diff.png`));
  if (share > MAX_DIFF) writeFileSync(join(GOLDEN, `${name}.actual.png`), png);
  expect(share, `${name}: ${(share * 100).toFixed(3)}% of pixels differ (see ${name}.diff.png / .actual.png)`).toBeLessThanOrEqual(MAX_DIFF);
}

/** Share of pixels in a region (CSS px × ratio) close to a colour. */
function inkShare(png: Buffer, r: { x: number; y: number; w: number; h: number }, ratio: number, color: string): number {
  const img = PNG.sync.read(png);
  const c = hexToRgb(color);
  let hit = 0;
  let all = 0;
  for (let y = Math.ceil(r.y * ratio); y < Math.floor((r.y + r.h) * ratio); y++) {
    for (let x = Math.ceil(r.x * ratio); x < Math.floor((r.x + r.w) * ratio); x++) {
      const i = (y * img.width + x) * 4;
      all++;
      if (colorDistance([img.data[i]!, img.data[i + 1]!, img.data[i + 2]!], c) < 90) hit++;
    }
  }
  return all ? hit / all : 0;
}

describe('report goldens (sample story, fixed view)', () => {
  const base = { width: 1200, height: 800, view: VIEW, callouts: true };
  it.each([
    ['export-light', { ...base, theme: 'light' as const, pixelRatio: 1 }],
    ['export-dark', { ...base, theme: 'dark' as const, pixelRatio: 1 }],
    ['export-light-2x', { width: 800, height: 500, view: { ...VIEW, zoom: 1.2 }, theme: 'light' as const, pixelRatio: 2, callouts: true }],
  ])('%s matches its golden, with metadata and attribution', async (name, o) => {
    const r = await exportOn(shotPage, o);
    expect(r.width).toBe(o.width * o.pixelRatio);
    expect(r.height).toBe(o.height * o.pixelRatio);
    const meta = readPngText(r.png);
    expect(meta.Title).toBe(story.article.title);
    expect(meta.Software).toMatch(/^Article Atlas \d+\.\d+\.\d+/);
    expect(meta.Source).toContain('Sample article');
    const att = r.regions.attribution!;
    expect(att).toBeTruthy();
    expect(inkShare(r.png, att, o.pixelRatio, THEMES[o.theme].ink)).toBeGreaterThan(0.01);
    matchGolden(name, r.png);
  });

  it('is deterministic: the same export twice is pixel-identical', async () => {
    const o = { width: 600, height: 400, view: VIEW, theme: 'light' as const };
    const a = await exportOn(shotPage, o);
    const b = await exportOn(shotPage, o);
    expect(diffShare(a.png, b.png)).toBe(0);
  });
});

describe('sizes', () => {
  it('renders 8192 px wide or fails with the GPU limit', { timeout: 400_000 }, async () => {
    const limits = await shotPage.evaluate(() => (window as unknown as { atlas: { gpuLimits(): { maxSide: number } } }).atlas.gpuLimits());
    const run = exportOn(shotPage, { width: 8192, height: 600, view: VIEW, legend: false });
    if (limits.maxSide >= 8192) {
      const r = await run;
      expect(r.width).toBe(8192);
      const img = PNG.sync.read(r.png);
      expect(img.width).toBe(8192);
      expect(inkShare(r.png, r.regions.attribution!, 1, THEMES.light.ink)).toBeGreaterThan(0.01);
    } else {
      await expect(run).rejects.toThrow(/GPU/);
    }
  });

  it('beyond the GPU limit says so', async () => {
    await expect(exportOn(shotPage, { width: 4096, height: 1000, pixelRatio: 4 })).rejects.toThrow(/GPU renders at most \d+ px/);
  });

  it('refuses 0 and 100000 with a clear message', async () => {
    await expect(exportOn(shotPage, { width: 0, height: 900 })).rejects.toThrow(/width 0 is too small/);
    await expect(exportOn(shotPage, { width: 100000, height: 900 })).rejects.toThrow(/too large/);
    await expect(exportOn(shotPage, { width: 1600, height: 900, pixelRatio: 9 })).rejects.toThrow(/pixel ratio/);
  });

  it('keeps the attribution in tiny images and without title, legend or scale bar', async () => {
    const r = await exportOn(shotPage, { width: 200, height: 200, title: '', subtitle: '', legend: false, scaleBar: false, view: VIEW, theme: 'dark' });
    expect(r.regions.attribution!.w).toBeLessThanOrEqual(200);
    expect(inkShare(r.png, r.regions.attribution!, 1, THEMES.dark.ink)).toBeGreaterThan(0.01);
  });

  it('writes 300 dpi for print', async () => {
    const r = await exportOn(shotPage, { width: 600, height: 424, pixelRatio: 2, dpi: 300, view: VIEW });
    expect(readPngDpi(r.png)).toBeCloseTo(300, 0);
  });
});

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [join(ROOT, 'bin', 'article-atlas.mjs'), 'shot', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stderr = '';
    p.stderr.on('data', (d) => (stderr += String(d)));
    p.on('close', (code) => resolve({ code: code ?? -1, stderr }));
  });
}

function pngsIn(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.png') || f.endsWith('.tmp'));
}

describe('article-atlas shot', () => {
  it('matches the page export (≤ 0.5% differing pixels)', async () => {
    const input = join(tmp, 'story.json');
    writeFileSync(input, JSON.stringify(story));
    const out = join(tmp, 'cli.png');
    const r = await cli([input, '-o', out, '--width', '1000', '--height', '700', '--view', `${VIEW.lon},${VIEW.lat},${VIEW.zoom}`, '--callouts']);
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    const app = await openApp('?theme=light#3/40/100', { width: 1100, height: 800 });
    try {
      expect(await app.page.evaluate((s) => (window as unknown as { atlas: Hook }).atlas.loadStory(s), story)).toBeTruthy();
      await app.page.evaluate(() => (window as unknown as { atlas: Hook }).atlas.ready());
      const page = await exportOn(app.page, { width: 1000, height: 700, view: VIEW, callouts: true, theme: 'light' });
      expect(diffShare(readFileSync(out), page.png, join(tmp, 'cli-vs-page.diff.png'))).toBeLessThanOrEqual(MAX_DIFF);
      expect(readPngText(readFileSync(out))).toEqual(readPngText(page.png));
    } finally {
      await app.close();
    }
  });

  it('bad input: a clear message, exit code 2, no PNG left behind', async () => {
    const dir = mkdtempSync(join(tmp, 'bad-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ article: { text: 'x', lang: 'pt' }, places: [{ id: 'a' }], flows: [] }));
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify(story));
    const out = join(dir, 'out.png');
    const cases: [string[], RegExp, Record<string, string>?][] = [
      [[join(dir, 'missing.json'), '-o', out], /cannot read \(no such file\)/],
      [[bad, '-o', out], /places\[0\]/],
      [[bad, '-o', out, '--width', '0'], /width 0 is too small/],
      [[bad, '-o', out, '--width', '100000'], /too large/],
      [[good, '-o', out], /Chromium was not found/, { ARTICLE_ATLAS_CHROMIUM: '/nonexistent/chromium' }],
    ];
    for (const [args, msg, env] of cases) {
      const r = await cli(args, env);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(msg);
      expect(pngsIn(dir)).toEqual([]);
    }
  });

  it('port in use: exit code 2 and a clear message', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    const dir = mkdtempSync(join(tmp, 'port-'));
    const input = join(dir, 'story.json');
    writeFileSync(input, JSON.stringify(story));
    try {
      const r = await cli([input, '-o', join(dir, 'o.png'), '--port', String(port)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/already in use/);
      expect(pngsIn(dir)).toEqual([]);
    } finally {
      blocker.close();
    }
  });
});

describe('Export dialog', () => {
  it('is a labelled modal dialog, usable by keyboard, that keeps popups open and downloads a PNG', async () => {
    const app = await openApp('?theme=light#3/40/100', { width: 1200, height: 800 });
    try {
      await app.page.evaluate((s) => (window as unknown as { atlas: Hook }).atlas.loadStory(s), story);
      await app.page.evaluate(() => (window as unknown as { atlas: Hook }).atlas.ready());
      await app.page.evaluate(() => (window as unknown as { atlas: { view: { openPopup(t: { place: string }): void } } }).atlas.view.openPopup({ place: 'geonames:1866923' }));
      const popups = () => app.page.locator('.maplibregl-popup').count();
      const before = await popups();
      const button = app.page.getByRole('button', { name: 'Export PNG' });
      await button.click();
      const dialog = app.page.getByRole('dialog', { name: 'Export PNG' });
      await expect(dialog.isVisible()).resolves.toBe(true);
      expect(await dialog.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).toBe(story.article.title);
      await app.page.keyboard.press('Escape');
      await expect(dialog.isVisible()).resolves.toBe(false);
      await button.click();
      await dialog.getByLabel('Width (px)').fill('600');
      await dialog.getByLabel('Height (px)').fill('400');
      const download = app.page.waitForEvent('download', { timeout: 90_000 });
      await dialog.getByRole('button', { name: 'Export PNG' }).click();
      const file = join(tmp, 'dialog.png');
      await (await download).saveAs(file);
      const img = PNG.sync.read(readFileSync(file));
      expect([img.width, img.height]).toEqual([600, 400]);
      expect(readPngText(readFileSync(file)).Title).toBe(story.article.title);
      expect(await popups()).toBe(before);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

/**
 * `npm run bench:story`: the story map's cost.
 *  1. Navigation → idle of the Article Atlas page as it opens by default, on the sample story (prebuilt
 *     by `npm run geo` with the same core, fetched and drawn), vs the bare MapLibre page with the same
 *     basemap, alternating rounds in one Chromium (goal ≤ 1.10×); also the page with no story
 *     (?story=none), to split the page's own cost from the story's, each round's own ratio (robust to
 *     drift in the machine's load), and the sample given as an article URL (?story=….txt), extracted in
 *     the page's worker (gazetteer download and parse included): what any other article costs.
 *  2. A synthetic story of 5,000 flows between 2,000 places: storyToMap build time in Node, then frame
 *     intervals (requestAnimationFrame) during the same scripted pan on our page with that story and on
 *     the bare page (goal ≤ 2× at the median and the 95th percentile).
 *  3. CPU time per page load, which the machine's other load moves far less than wall-clock time: the
 *     thread CPU time of every renderer, GPU-process and network-service thread (from a Chromium trace)
 *     between navigation and idle, for the same four pages, each opened in a window left to settle for
 *     1.5 s first (a new Chromium window spends a second or two of CPU on its own browser UI).
 * ROUNDS (default 5) sets the number of timed rounds; ONLY=idle, ONLY=pan or ONLY=cpu runs one part.
 */
import type { Page } from 'playwright-core';
import { storyToMap } from '../src/map/story-layers';
import { fmt, freshPage, median, serveBench, withBrowser } from './lib';
import { syntheticStory } from '../src/map/fixtures/synthetic';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const ONLY = process.env.ONLY ?? '';
const W = 1200;
const H = 800;

/** Navigation start → window.atlas.ready() resolved (the story fetched or extracted, and drawn). */
async function timeToReady(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => typeof window.atlas?.ready === 'function');
  return page.evaluate(async () => {
    await window.atlas.ready();
    return performance.now();
  });
}

async function bareIdle(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { bare?: unknown }).bare !== undefined);
  return page.evaluate(() => (window as unknown as { bare: { idle: Promise<number> } }).bare.idle);
}

const missing = new Map<string, number>();
/** Thread CPU time (ms) of the page's processes, summed over top-level tasks of a Chromium trace. */
function traceCpu(trace: Buffer): number {
  const events = (JSON.parse(trace.toString()) as { traceEvents: Array<Record<string, unknown>> }).traceEvents;
  const processes = new Map<unknown, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'process_name') processes.set(e.pid, String((e.args as { name?: string }).name ?? ''));
  let us = 0;
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask') continue;
    // the page's renderer, the GPU process and the network service; not the browser's own UI processes
    if (!/^(Renderer|GPU Process|Service: network)/.test(processes.get(e.pid) ?? '')) continue;
    // thread time only (a few tiny tasks carry none; their wall time is reported below if it matters)
    if (e.tdur === undefined) {
      missing.set(String(processes.get(e.pid)), (missing.get(String(processes.get(e.pid))) ?? 0) + Number(e.dur ?? 0) / 1000);
      continue;
    }
    us += Number(e.tdur);
  }
  return us / 1000;
}

/** rAF intervals (ms) during a linear pan of `dx` px over `ms` on the page's map (plain-JS source: no helpers injected). */
const PAN_SCRIPT = `(async ([which, dx, ms]) => {
  const map = which === 'atlas' ? window.atlas.map : window.bare.map;
  return await new Promise((resolve) => {
    const stamps = [];
    let done = false;
    const tick = (ts) => { stamps.push(ts); if (!done) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    map.once('moveend', () => {
      done = true;
      const iv = [];
      for (let i = 1; i < stamps.length; i++) iv.push(stamps[i] - stamps[i - 1]);
      resolve(iv);
    });
    map.panBy([dx, 0], { duration: ms, easing: (x) => x });
  });
})`;

async function panFrames(page: Page, which: 'atlas' | 'bare', dx: number, ms: number): Promise<number[]> {
  return page.evaluate(`${PAN_SCRIPT}(${JSON.stringify([which, dx, ms])})`) as Promise<number[]>;
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
}

// ---- 2a. build time in Node ----------------------------------------------------------------------
const synth = syntheticStory();
const builds: number[] = [];
for (let i = 0; i < ROUNDS + 1; i++) {
  const t0 = performance.now();
  const m = storyToMap(synth, { theme: 'light', lang: 'en' });
  const dt = performance.now() - t0;
  if (i > 0) builds.push(dt);
  if (i === 0) {
    const pts = m.arcs.reduce((a, f) => a + f.geometry.coordinates.length, 0);
    console.log(`synthetic story: ${synth.places.length} places, ${synth.flows.length} flows, ${pts} arc vertices, ${(JSON.stringify(m.sources).length / 1e6).toFixed(1)} MB of GeoJSON`);
  }
}

const server = await serveBench();
/** The sample article given as an article URL: extracted in the page's worker (gazetteer and all). */
const ARTICLE = 'samples/lavrov-kim-wonsan.pt.txt';
const extracted: number[] = [];
const ours: number[] = [];
const storyAt: number[] = [];
const bare: number[] = [];
/** The page without a story (?story=none): what the page itself costs before any story. */
const shell: number[] = [];
const cpu = { bare: [] as number[], shell: [] as number[], ours: [] as number[], extracted: [] as number[] };
let oursFrames: number[] = [];
let bareFrames: number[] = [];
let mapSize = { w: W, h: H };
await withBrowser(async (b) => {
  // ---- 1. time to idle with the sample story ----------------------------------------------------
  for (let i = 0; i < (ONLY === 'pan' || ONLY === 'cpu' ? 0 : ROUNDS + 1); i++) {
    {
      const page = await freshPage(b, W, H);
      const t = await timeToReady(page, `${server.url}?theme=light#1.6/30/30`);
      const drawn = await page.evaluate(() => window.atlas.map.queryRenderedFeatures({ layers: ['story-markers'] }).length);
      if (drawn === 0) throw new Error('the sample story drew no markers');
      mapSize = await page.evaluate(() => ({ w: window.atlas.map.getContainer().clientWidth, h: window.atlas.map.getContainer().clientHeight }));
      if (i > 0) ours.push(t);
      await page.context().close();
    }
    {
      const page = await freshPage(b, W, H);
      const t = await bareIdle(page, server.bareUrl('light', mapSize.w, mapSize.h, [30, 30], 1.6));
      if (i > 0) bare.push(t);
      await page.context().close();
    }
    {
      const page = await freshPage(b, W, H);
      const t = await timeToReady(page, `${server.url}?theme=light&story=none#1.6/30/30`);
      if (i > 0) shell.push(t);
      await page.context().close();
    }
    {
      const page = await freshPage(b, W, H);
      // When the extracted story reaches the page (before it is drawn): splits extraction from drawing.
      await page.addInitScript(
        'const poll = () => { if (window.atlas && window.atlas.story) window.__storyAt = performance.now(); else setTimeout(poll, 5); }; poll();',
      );
      const t = await timeToReady(page, `${server.url}?theme=light&story=${ARTICLE}#1.6/30/30`);
      const at = await page.evaluate(() => (window as unknown as { __storyAt?: number }).__storyAt ?? NaN);
      const drawn = await page.evaluate(() => window.atlas.map.queryRenderedFeatures({ layers: ['story-markers'] }).length);
      if (drawn === 0) throw new Error('the sample article, extracted in the page, drew no markers');
      if (i > 0) {
        extracted.push(t);
        storyAt.push(at);
      }
      await page.context().close();
    }
  }

  // ---- 3. CPU per page load ------------------------------------------------------------------------
  const loads: Array<[keyof typeof cpu, (p: Page) => Promise<unknown>]> = [
    ['ours', (p) => timeToReady(p, `${server.url}?theme=light#1.6/30/30`)],
    ['bare', (p) => bareIdle(p, server.bareUrl('light', mapSize.w, mapSize.h, [30, 30], 1.6))],
    ['shell', (p) => timeToReady(p, `${server.url}?theme=light&story=none#1.6/30/30`)],
    ['extracted', (p) => timeToReady(p, `${server.url}?theme=light&story=${ARTICLE}#1.6/30/30`)],
  ];
  for (let i = 0; i < (ONLY === 'idle' || ONLY === 'pan' ? 0 : ROUNDS + 1); i++) {
    for (const [k, load] of loads) {
      const page = await freshPage(b, W, H);
      await page.waitForTimeout(1500);
      await b.startTracing(undefined, { categories: ['toplevel'] });
      await load(page);
      const ms = traceCpu(await b.stopTracing());
      if (i > 0) cpu[k].push(ms);
      if (k === 'ours') mapSize = await page.evaluate(() => ({ w: window.atlas.map.getContainer().clientWidth, h: window.atlas.map.getContainer().clientHeight }));
      await page.context().close();
    }
  }

  // ---- 2b. panning with 5,000 flows vs the bare basemap -------------------------------------------
  const PAN_MS = 3000;
  const DX = 900;
  for (let i = 0; i < (ONLY === 'idle' || ONLY === 'cpu' ? 0 : Math.max(2, Math.ceil(ROUNDS / 2))); i++) {
    {
      const page = await freshPage(b, W, H);
      await timeToReady(page, `${server.url}?theme=light#2/20/0`);
      mapSize = await page.evaluate(() => ({ w: window.atlas.map.getContainer().clientWidth, h: window.atlas.map.getContainer().clientHeight }));
      const ok = await page.evaluate((s) => window.atlas.loadStory(s), synth as unknown);
      if (!ok) throw new Error(`the synthetic story was refused: ${await page.locator('#status').textContent()}`);
      await page.evaluate(() => window.atlas.map.jumpTo({ center: [0, 20], zoom: 2 }));
      await page.evaluate(() => window.atlas.ready());
      const n = await page.evaluate(() => new Set(window.atlas.map.queryRenderedFeatures({ layers: ['stated', 'reported', 'denied', 'planned', 'suspended'].map((s) => `story-arcs-${s}`) }).map((f) => f.properties.id)).size);
      const note = await page.evaluate(() => { const e = document.querySelector<HTMLElement>('.atlas-lod-note'); return e && !e.hidden ? e.textContent : 'every flow drawn'; });
      if (i === 0) console.log(`  (${n} flows drawn in the pan's first view; the map says: "${note}")`);
      oursFrames = oursFrames.concat(await panFrames(page, 'atlas', DX, PAN_MS));
      await page.context().close();
    }
    {
      const page = await freshPage(b, W, H);
      await bareIdle(page, server.bareUrl('light', mapSize.w, mapSize.h, [0, 20], 2));
      bareFrames = bareFrames.concat(await panFrames(page, 'bare', DX, PAN_MS));
      await page.context().close();
    }
  }
});
await server.close();

const mo = ours.length ? median(ours) : NaN;
const mb = bare.length ? median(bare) : NaN;
console.log(`bench:story  ${ROUNDS} rounds, ${W}x${H} window (map ${mapSize.w}x${mapSize.h})`);
if (ours.length) {
  console.log('1. navigation start -> idle, sample story drawn (the page as it opens)');
  console.log(`  bare MapLibre page          median ${fmt(mb)}   (${bare.map((x) => x.toFixed(0)).join(' ')})`);
  console.log(`  Article Atlas, sample story median ${fmt(mo)}   (${ours.map((x) => x.toFixed(0)).join(' ')})`);
  console.log(`  ratio ours/bare             ${(mo / mb).toFixed(3)}   (goal <= 1.10)`);
}
// Rounds alternate ours and bare, so each round's own ratio cancels drift in the machine's load.
if (ours.length && ours.length === bare.length) console.log(`  median of per-round ratios  ${median(ours.map((x, i) => x / bare[i]!)).toFixed(3)}   (${ours.map((x, i) => (x / bare[i]!).toFixed(2)).join(' ')})`);
if (shell.length) console.log(`  of which the page alone      ${fmt(median(shell))} with no story (?story=none): ratio ${(median(shell) / mb).toFixed(3)}`);
if (extracted.length) {
  const me = median(extracted);
  console.log(`  the sample extracted in page ${fmt(me)} (?story=${ARTICLE}: worker, gazetteer, extraction): ratio ${(me / mb).toFixed(3)}`);
  console.log(`    of which: story extracted at median ${fmt(median(storyAt))}, drawn and idle ${fmt(me - median(storyAt))} later`);
}
console.log('2. synthetic story, 2,000 places, 5,000 flows');
console.log(`  storyToMap build (Node)     median ${fmt(median(builds))}   (${builds.map((x) => x.toFixed(0)).join(' ')})`);
if (oursFrames.length && bareFrames.length) {
  const fo = { med: median(oursFrames), p95: pct(oursFrames, 0.95) };
  const fb = { med: median(bareFrames), p95: pct(bareFrames, 0.95) };
  console.log(`  pan frame interval, bare    median ${fb.med.toFixed(1)} ms  p95 ${fb.p95.toFixed(1)} ms  (${bareFrames.length} frames)`);
  console.log(`  pan frame interval, story   median ${fo.med.toFixed(1)} ms  p95 ${fo.p95.toFixed(1)} ms  (${oursFrames.length} frames)`);
  console.log(`  ratio story/bare            median ${(fo.med / fb.med).toFixed(2)}  p95 ${(fo.p95 / fb.p95).toFixed(2)}   (goal <= 2)`);
}
if (cpu.bare.length) {
  const b = median(cpu.bare);
  const row = (label: string, xs: number[]): string => `  ${label.padEnd(28)}median ${fmt(median(xs))}   ${b ? `${median(xs) >= b ? '+' : '-'}${fmt(Math.abs(median(xs) - b))} (x${(median(xs) / b).toFixed(2)})` : ''}   (${xs.map((x) => x.toFixed(0)).join(' ')})`;
  console.log('3. CPU time per page load, navigation -> idle (renderer, GPU and network threads; settled windows)');
  console.log(`  bare MapLibre page          median ${fmt(b)}   (${cpu.bare.map((x) => x.toFixed(0)).join(' ')})`);
  console.log(row('page alone (?story=none)', cpu.shell));
  console.log(row('sample story (the default)', cpu.ours));
  console.log(row('sample extracted in page', cpu.extracted));
}
if ([...missing.values()].some((v) => v > 10)) console.log('  (tasks with no thread time, left out; their wall time:', [...missing].map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', '), ')');

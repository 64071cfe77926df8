/**
 * article-atlas shot INPUT... -o out.png [options]  (see SHOT_USAGE)
 *
 * Headless report images from the command line through the page's own renderer: serves the built app
 * (dist/) on 127.0.0.1, opens its report page (shot.html) in Debian's Chromium, hands each story to
 * `window.atlas.loadStory`, waits on `window.atlas.ready()`, calls `window.atlas.exportPng(options)` —
 * the very function the Export dialog calls — and writes the PNG atomically (temporary file + rename),
 * so a failure never leaves a partial PNG. Several inputs or --jsonl share one browser session.
 * Exit codes: 0 ok; 2 bad usage or input, Chromium missing, port in use, size beyond the GPU's limit;
 * 1 a render failed for another reason.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { ExportOptions } from '../export/options';
import { readInput } from '../io/input';
import { validateStory } from '../io/validate';
import { ChromiumMissingError, findChromium, CHROMIUM_HELP, launchChromium } from '../node/chromium';
import { serveStatic, type StaticServer } from '../node/serve';
import type { Lang, Story } from '../story';
import { parseShotArgs, SHOT_USAGE, UsageError, type ShotArgs } from './shot-args';
import { decodeText } from './extract';

class InputError extends Error {}

/** The project root: the nearest directory above this file (or the cwd) with our package.json. */
export function projectRoot(): string {
  const starts: string[] = [];
  try {
    starts.push(dirname(fileURLToPath(import.meta.url)));
  } catch {
    /* bundled without file URL */
  }
  starts.push(process.cwd());
  for (const s of starts) {
    for (let d = s, i = 0; i < 8; i++, d = dirname(d)) {
      const p = join(d, 'package.json');
      if (existsSync(p)) {
        try {
          if ((JSON.parse(readFileSync(p, 'utf8')) as { name?: string }).name === 'article-atlas') return d;
        } catch {
          /* keep looking */
        }
      }
    }
  }
  return process.cwd();
}

interface Job {
  name: string;
  out: string;
  story?: Story;
  error?: string;
}

let gazetteer: unknown = null;

async function extractStory(text: string, name: string, lang: Lang | undefined, meta: { title?: string; source?: string; date?: string; url?: string } = {}): Promise<Story> {
  const [{ analyze }, { loadGazetteer }] = await Promise.all([import('../extract'), import('../places/load-node')]);
  gazetteer ??= loadGazetteer();
  const story = analyze(text, gazetteer as Parameters<typeof analyze>[1], { ...(lang ? { lang } : {}), ...(meta.title ? { title: meta.title } : {}), id: name });
  for (const k of ['source', 'date', 'url'] as const) if (meta[k]) story.article[k] = meta[k];
  return story;
}

async function storyFromFile(path: string, lang: Lang | undefined): Promise<Story> {
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: cannot read (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message})`);
  }
  let text: string;
  try {
    text = decodeText(bytes, path);
  } catch (e) {
    throw new InputError((e as Error).message);
  }
  if (!text.trim()) throw new InputError(`${path}: empty file`);
  const r = readInput(path === '-' ? 'stdin' : basename(path), text);
  if (!r.ok) throw new InputError(`${path}: ${r.errors.join('; ')}`);
  const v = r.value;
  if (v.kind === 'story') return v.story;
  return extractStory(v.text, basename(path).replace(/\.[^.]+$/, ''), lang, v);
}

async function storyFromLine(line: string, n: number, lang: Lang | undefined): Promise<Story> {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    throw new InputError(`line ${n}: not JSON (${(e as Error).message})`);
  }
  const o = v as { text?: unknown; article?: unknown; title?: string; lang?: string; id?: string };
  if (o && typeof o === 'object' && !('article' in o) && typeof o.text === 'string') {
    return extractStory(o.text, o.id ?? `line-${n}`, (o.lang as Lang | undefined) ?? lang, { ...(o.title ? { title: o.title } : {}) });
  }
  const r = validateStory(v);
  if (!r.ok) throw new InputError(`line ${n}: invalid story: ${r.errors.join('; ')}`);
  return r.value;
}

function safeName(s: string): string {
  return s.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'story';
}

/** Collects the jobs; unreadable or invalid inputs become jobs with an error (reported, no file written). */
async function collectJobs(a: ShotArgs, log: (s: string) => void): Promise<Job[]> {
  const jobs: Job[] = [];
  const used = new Set<string>();
  const outFor = (name: string): string => {
    if (a.out) return resolve(a.out);
    let base = safeName(name);
    for (let i = 2; used.has(base); i++) base = `${safeName(name)}-${i}`;
    used.add(base);
    return resolve(a.outDir!, `${base}.png`);
  };
  for (const input of a.inputs) {
    const name = input === '-' ? 'stdin' : basename(input, extname(input));
    try {
      jobs.push({ name: input, out: outFor(name), story: await storyFromFile(input, a.lang) });
    } catch (e) {
      jobs.push({ name: input, out: outFor(name), error: (e as Error).message });
    }
  }
  if (a.jsonl) {
    let text: string;
    try {
      text = decodeText(a.jsonl === '-' ? readFileSync(0) : readFileSync(a.jsonl), a.jsonl);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new InputError(`${a.jsonl}: cannot read (${code === 'ENOENT' ? 'no such file' : (e as Error).message})`);
    }
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (!line) continue;
      try {
        const story = await storyFromLine(line, i + 1, a.lang);
        jobs.push({ name: `${a.jsonl}:${i + 1}`, out: outFor(story.id ?? `line-${i + 1}`), story });
      } catch (e) {
        jobs.push({ name: `${a.jsonl}:${i + 1}`, out: outFor(`line-${i + 1}`), error: (e as Error).message });
      }
    }
    if (!jobs.length) throw new InputError(`${a.jsonl}: no stories in the file`);
  }
  void log;
  return jobs;
}

/** dist/shot.html, built with Vite when missing (and the generated data is there). */
function ensureDist(root: string, log: (s: string) => void): string {
  const dist = join(root, 'dist');
  if (existsSync(join(dist, 'shot.html'))) return dist;
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(join(root, 'public', 'data', 'basemap')) || !existsSync(vite)) {
    throw new InputError(`the built app (dist/shot.html) is missing: run \`npm run build\` first`);
  }
  log('article-atlas shot: dist/ is missing or stale; building the app with vite…');
  const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'error'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0 || !existsSync(join(dist, 'shot.html'))) throw new InputError('building the app failed: run `npm run build` and check its errors');
  return dist;
}

/** Writes bytes to `path` through a temporary file in the same directory, then renames. */
export function writeAtomic(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw e;
  }
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function openShotPage(browser: Browser, server: StaticServer, theme: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  await page.goto(`${server.url}shot.html?theme=${theme}`);
  await page.waitForFunction(() => typeof (window as unknown as { atlas?: { exportPng?: unknown } }).atlas?.exportPng === 'function', undefined, { timeout: 60_000 });
  return page;
}

interface PageHook {
  loadStory(s: unknown): unknown;
  ready(): Promise<void>;
  exportPng(o: Partial<ExportOptions>): Promise<{ bytes: string; width: number; height: number }>;
}

/** Errors the user can fix (options, GPU limit, invalid story): exit code 2 rather than 1. */
const USER_ERROR = /GpuLimitError|ExportOptionsError|invalid story|GPU|too large|too small|pixel ratio/;

export async function shotCommand(args: string[]): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(SHOT_USAGE + '\n');
    return 0;
  }
  let a: ShotArgs;
  try {
    a = parseShotArgs(args);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`article-atlas shot: ${e.message}\n${SHOT_USAGE}\n`);
      return 2;
    }
    throw e;
  }
  const log = (s: string): void => {
    if (!a.quiet) process.stderr.write(s + '\n');
  };
  const fail = (s: string): number => {
    process.stderr.write(`article-atlas shot: ${s}\n`);
    return 2;
  };

  let jobs: Job[];
  try {
    jobs = await collectJobs(a, log);
  } catch (e) {
    return fail((e as Error).message);
  }
  const good = jobs.filter((j) => j.story);
  for (const j of jobs) if (j.error) process.stderr.write(`article-atlas shot: ${j.error}\n`);
  if (!good.length) return 2;

  if (!findChromium()) return fail(CHROMIUM_HELP);
  let dist: string;
  try {
    dist = ensureDist(projectRoot(), log);
  } catch (e) {
    return fail((e as Error).message);
  }
  let server: StaticServer;
  try {
    server = await serveStatic({ root: dist, ...(a.port ? { port: a.port } : {}) });
  } catch (e) {
    return fail((e as Error).message);
  }
  let browser: Browser | null = null;
  let failed = jobs.length - good.length;
  let userError = failed > 0;
  try {
    try {
      browser = await launchChromium();
    } catch (e) {
      return fail(e instanceof ChromiumMissingError ? e.message : `Chromium did not start: ${(e as Error).message}`);
    }
    const page = await openShotPage(browser, server, a.export.theme ?? 'light');
    const t0 = Date.now();
    for (const [i, job] of good.entries()) {
      const t = Date.now();
      try {
        const r = await page.evaluate(
          async ({ story, opts }) => {
            const atlas = (window as unknown as { atlas: PageHook }).atlas;
            atlas.loadStory(story);
            await atlas.ready();
            return atlas.exportPng(opts);
          },
          { story: job.story!, opts: a.export },
        );
        const bytes = Buffer.from(r.bytes, 'base64');
        if (bytes.length < 8 || PNG_SIGNATURE.some((b, k) => bytes[k] !== b)) throw new Error('the page returned something that is not a PNG');
        writeAtomic(job.out, bytes);
        if (good.length > 1) log(`[${i + 1}/${good.length}] ${job.name} → ${job.out} (${r.width}×${r.height}, ${Date.now() - t} ms)`);
        else log(`${job.out} (${r.width}×${r.height}, ${Date.now() - t} ms)`);
      } catch (e) {
        failed++;
        const raw = (e as Error).message.replace(/^page\.evaluate: /, '').split('\n')[0]!;
        const msg = raw.replace(/^(\w*Error): /, '');
        if (USER_ERROR.test(raw)) userError = true;
        process.stderr.write(`article-atlas shot: ${job.name}: ${msg}\n`);
      }
    }
    if (good.length > 1) log(`${good.length - (failed - (jobs.length - good.length))}/${jobs.length} images in ${Date.now() - t0} ms (${Math.round((Date.now() - t0) / good.length)} ms per image)`);
  } finally {
    await browser?.close().catch(() => undefined);
    await server.close();
  }
  return failed === 0 ? 0 : userError ? 2 : 1;
}

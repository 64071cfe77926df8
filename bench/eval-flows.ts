/**
 * Flow evaluation: `npm run eval:flows [-- --verbose] [--hand]`.
 * `--file PATH` scores one fixture file by path. `--set NAME` scores only the fixture file(s) of that set (per-language rows for that set).
 * Runs the real pipeline (analyze from src/extract.ts: gazetteer places + flows) over the annotated
 * fixture articles in src/flows/fixtures/*.json and prints, per language and overall:
 *   P/R/F1 on (from, to, category), reversed flows (predicted B->A where gold has only A->B),
 *   quantity accuracy and status accuracy on the true positives that carry those annotations, and the raw
 *   TP/FP/FN counts behind the overall row.
 * A second table runs the flow extractor alone on the fixtures' hand-listed places (isolates flow
 * errors from place-recognition errors). `--hand` prints only that one (no gazetteer needed).
 *
 * Endpoint rule (see src/flows/fixtures/README.md): a gold key "KP" (ISO code) matches a predicted
 * place of kind country with country KP; "Kursk@RU" matches a predicted non-country place in RU whose
 * name or one of whose mentions contains "Kursk" (or is contained in it), accent- and case-insensitive;
 * "Europe" (no @) the same without the country check.
 */
import { existsSync } from 'node:fs';
import { analyze } from '../src/extract';
import { extractFlows } from '../src/flows';
import { addScore, empty, loadFixtureFile, loadFixtures, prf, scoreArticle, type LoadedArticle, type Score } from '../src/flows/fixtures/index';
import { handPlaces } from '../src/flows/handPlaces';
import { defaultGazetteerPath, loadGazetteer } from '../src/places/load-node';
import type { Flow, Place } from '../src/story';

function row(label: string, s: Score): string {
  const { p, r, f1 } = prf(s);
  const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(0)}% (${n}/${d})` : '-');
  return [
    label.padEnd(12),
    String(s.tp + s.fn).padStart(5),
    p.toFixed(2).padStart(6),
    r.toFixed(2).padStart(6),
    f1.toFixed(2).padStart(6),
    String(s.reversed).padStart(9),
    pct(s.qOk, s.qN).padStart(14),
    pct(s.sOk, s.sN).padStart(14),
  ].join(' ');
}

function table(title: string, run: (a: LoadedArticle) => { places: Place[]; flows: Flow[] }, verbose: boolean): void {
  const arts = (onlyFile ? loadFixtureFile(onlyFile) : loadFixtures()).filter((a) => !onlySet || a.set === onlySet);
  const per = new Map<string, Score>();
  const all = empty();
  const lines: string[] = [];
  for (const a of arts) {
    const { places, flows } = run(a);
    const s = scoreArticle(a, places, flows, verbose ? (l) => lines.push(l) : undefined);
    for (const key of [a.lang, `set:${a.set}`]) {
      if (!per.has(key)) per.set(key, empty());
      addScore(per.get(key)!, s);
    }
    addScore(all, s);
  }
  process.stdout.write(`\n${title} (${arts.length} articles)\n`);
  process.stdout.write(`${'lang/set'.padEnd(12)} ${'gold'.padStart(5)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'reversed'.padStart(9)} ${'quantity'.padStart(14)} ${'status'.padStart(14)}\n`);
  for (const [lang, s] of [...per].sort((x, y) => (x[0].startsWith('set:') ? 1 : 0) - (y[0].startsWith('set:') ? 1 : 0) || x[0].localeCompare(y[0]))) process.stdout.write(row(lang, s) + '\n');
  process.stdout.write(row('all', all) + '\n');
  // (the raw counts behind the "all" row, so that changes of a few flows can be compared exactly)
  process.stdout.write(`${'counts'.padEnd(12)} TP ${all.tp}, FP ${all.fp}, FN ${all.fn}\n`);
  if (verbose && lines.length) process.stdout.write(lines.join('\n') + '\n');
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const handOnly = args.includes('--hand');
// `--set heldout5`: score one fixture set alone (its per-language rows are then that set's).
const setAt = args.indexOf('--set');
const onlySet = setAt >= 0 ? args[setAt + 1] : undefined;
// `--file PATH`: score one fixture file by path (e.g. a new set before it joins the fixtures directory).
const fileAt = args.indexOf('--file');
const onlyFile = fileAt >= 0 ? args[fileAt + 1] : undefined;

if (!handOnly) {
  if (!existsSync(defaultGazetteerPath())) {
    process.stderr.write('eval:flows: gazetteer missing — run `npm run geo` first (or use --hand)\n');
    process.exit(2);
  }
  const gaz = loadGazetteer();
  table('Pipeline: analyze() = gazetteer places + flows', (a) => analyze(a.body, gaz, { lang: a.lang }), verbose);
}
table('Flows alone on hand-listed places', (a) => {
  const places = handPlaces(a.body, a.places);
  return { places, flows: extractFlows(a.body, places, a.lang) };
}, verbose);

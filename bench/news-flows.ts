/**
 * Flows on real news with no flow gold: `npx tsx bench/news-flows.ts [FILE.jsonl ...]` (default: the geoparse
 * development corpora, read by path). Prints every flow the pipeline extracts, one per line with its ends, category,
 * status and the start of its quote (160 characters; `QUOTE_CHARS=600` for more), for a precision review by hand: these
 * articles are mostly local news, where almost every flow found is a false one unless the rules are tight.
 */
import { existsSync, readFileSync } from 'node:fs';
import { analyze } from '../src/extract';
import { loadGazetteer } from '../src/places/load-node';
import { sharedPath } from '../src/node/shared';
import type { Lang } from '../src/story';

const files = process.argv.slice(2);
const corpora: Array<[string, Lang | undefined]> = files.length
  ? files.map((f) => [f, undefined])
  : [['lgl.jsonl', 'en'], ['geowebnews.jsonl', 'en'], ['geochave_pt.jsonl', 'pt']].map(([f, l]) => [sharedPath('eval', 'geoparse', f!), l as Lang]);
const gaz = loadGazetteer();
let docs = 0;
let flows = 0;
for (const [path, lang] of corpora) {
  if (!existsSync(path)) {
    process.stderr.write(`news-flows: ${path} not found, skipped\n`);
    continue;
  }
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { id?: string; text: string; lang?: Lang };
    const s = analyze(d.text, gaz, { lang: d.lang ?? lang });
    docs++;
    const name = new Map(s.places.map((p) => [p.id, p.name]));
    for (const f of s.flows) {
      flows++;
      process.stdout.write(`${d.id ?? docs} ${name.get(f.from)} -> ${name.get(f.to)} ${f.category} ${f.status} «${f.quotes[0]!.text.slice(0, Number(process.env.QUOTE_CHARS ?? 160)).replace(/\s+/g, ' ')}\n`);
    }
  }
}
process.stdout.write(`${flows} flows in ${docs} articles\n`);

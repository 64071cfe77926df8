/**
 * Prebuilt stories for the articles the page ships (public/samples/*.txt): each is analysed here, by the
 * same core the worker and the CLI run, into public/data/samples/NAME.story.json. The page opens the
 * sample from that file, so its first view needs neither the extraction worker nor the 4 MB gazetteer;
 * both load only when the user brings another article or searches for a place.
 *
 * Always analysed (a second or less), since any change to the extractor may change the story; written
 * only when the result differs, so an unchanged story keeps its file and its timestamp.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/extract';
import { storyToJson } from '../../src/io/json';
import { loadGazetteer } from '../../src/places/load-node';
import { sampleStoryPath } from '../../src/samples';
import { GAZETTEER_FILE } from '../gazetteer/build';

export async function buildSampleStories(o: { root: string; outDir: string; force: boolean }): Promise<boolean> {
  const dir = join(o.root, 'public', 'samples');
  if (!existsSync(dir)) return false;
  const gaz = loadGazetteer(join(o.outDir, GAZETTEER_FILE));
  let wrote = false;
  const samples = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
  // (A story whose sample is gone goes too.)
  const keep = new Set(samples.map((f) => join(o.outDir, sampleStoryPath(f))));
  const outDir = join(o.outDir, 'samples');
  if (existsSync(outDir)) {
    for (const f of readdirSync(outDir).map((n) => join(outDir, n))) {
      if (f.endsWith('.story.json') && !keep.has(f)) {
        rmSync(f);
        wrote = true;
      }
    }
  }
  for (const f of samples) {
    const json = storyToJson(analyze(readFileSync(join(dir, f), 'utf8'), gaz));
    const out = join(o.outDir, sampleStoryPath(f));
    if (!o.force && existsSync(out) && readFileSync(out, 'utf8') === json) continue;
    mkdirSync(join(out, '..'), { recursive: true });
    writeFileSync(out, json);
    wrote = true;
  }
  return wrote;
}

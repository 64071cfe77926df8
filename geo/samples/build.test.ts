import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/extract';
import { storyToJson } from '../../src/io/json';
import { validateStory } from '../../src/io/validate';
import { loadGazetteer } from '../../src/places/load-node';
import { SAMPLE_ARTICLE, sampleStoryPath } from '../../src/samples';

const root = join(import.meta.dirname, '..', '..');
const samples = readdirSync(join(root, 'public', 'samples')).filter((f) => f.endsWith('.txt'));

describe('prebuilt sample stories', () => {
  it('names each story after its article', () => {
    expect(sampleStoryPath('lavrov-kim-wonsan.pt.txt')).toBe('samples/lavrov-kim-wonsan.pt.story.json');
    expect(sampleStoryPath('/a/b/report.md')).toBe('samples/report.story.json');
    // the page opens this one by default
    expect(samples).toContain(SAMPLE_ARTICLE);
  });

  it.each(samples)('%s: the page gets the very story the core extracts now (not a stale one)', (f) => {
    const file = join(root, 'public', 'data', sampleStoryPath(f));
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run geo\``);
    const text = readFileSync(join(root, 'public', 'samples', f), 'utf8');
    const prebuilt = readFileSync(file, 'utf8');
    expect(validateStory(JSON.parse(prebuilt)).ok).toBe(true);
    expect(prebuilt).toBe(storyToJson(analyze(text, loadGazetteer())));
  });
});

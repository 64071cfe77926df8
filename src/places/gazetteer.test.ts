import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeGaz, FORMAT, parseGazetteer, searchGazetteer, unescapeGaz } from './gazetteer';
import { placeProbes } from './test-gazetteer';

describe('gazetteer file encoding', () => {
  it('escapes every character outside ASCII, and the backslash, reversibly', () => {
    for (const s of ['Afeganistão', 'Łódź', 'P’yongyang', 'a\\0041b', '北京', '𝔸 astral', 'plain ascii']) {
      const e = escapeGaz(s);
      expect(e).toMatch(/^[\x00-\x7f]*$/);
      expect(unescapeGaz(e)).toBe(s);
    }
    expect(escapeGaz('São')).toBe('S\\00e3o');
  });

  it('finds keys with escaped characters and sorts them for prefix search', () => {
    // a small file in the real format: name lines sorted in their escaped form
    const entries = ['C\t10\t20\tXA\t\t\tPCLI\t\tXanadú|Xanadu\tcountry:XA', 'P\t11\t21\tXA\t7\t5000\t\t\tZürich-Nord', 'P\t12\t22\tXA\t8\t3000\t\t\tƵovhar'];
    const names = ['xanadu\t\t0', 'zürich-nord\t\t1', 'zurich\t\t1', 'zuri\tp\t', 'ƶovhar\t\t2'].map(escapeGaz).sort();
    const gaz = parseGazetteer([`${FORMAT}\t3`, ...entries.map(escapeGaz), ...names].join('\n') + '\n');
    expect(gaz.lookup('zürich-nord')?.refs).toEqual([{ entry: 1, type: '' }]);
    expect(gaz.lookup('zurich')?.refs[0]?.entry).toBe(1);
    expect(gaz.entry(1).names.en).toBe('Zürich-Nord');
    expect(gaz.entry(0).names.en).toBe('Xanadú');
    expect(gaz.keys()).toEqual(['xanadu', 'zurich', 'zürich-nord', 'ƶovhar']);
    expect(searchGazetteer(gaz, 'Zür').map((e) => e.names.en)).toEqual(['Zürich-Nord']);
    // a key no folding makes ASCII is found by prefix too
    expect(searchGazetteer(gaz, 'Ƶov').map((e) => e.names.en)).toEqual(['Ƶovhar']);
    expect(gaz.lookup('ƶovhar')?.refs[0]?.entry).toBe(2);
  });

  it('refuses a file of an older format', () => {
    expect(() => parseGazetteer('ATLAS-GAZ 1\t0\n')).toThrow(/unknown format/);
  });
});

describe('the built gazetteer', () => {
  const { gazetteer } = placeProbes(beforeAll);
  it('is ASCII on disk and gives names with their accents back', () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'public', 'data', 'gazetteer.txt'), 'utf8');
    expect(text.startsWith(FORMAT)).toBe(true);
    expect(/[^\x00-\x7f]/.test(text)).toBe(false);
    const br = gazetteer().lookup('brasil')!.refs.map((r) => gazetteer().entry(r.entry)).find((e) => e.kind === 'country')!;
    expect(br.names.pt).toBe('Brasil');
    const names = gazetteer().lookup('sao paulo')!.refs.map((r) => gazetteer().entry(r.entry).names.pt);
    expect(names).toContain('São Paulo');
  });
  it('knows a large city by the short form of its long name, though a word list holds it', () => {
    const ff = gazetteer().lookup('frankfurt')!.refs.map((r) => gazetteer().entry(r.entry));
    expect(ff.some((e) => e.country === 'DE' && e.population > 500_000)).toBe(true);
    // (not a short everyday word: "gold" is no Gold Coast)
    expect((gazetteer().lookup('gold')?.refs ?? []).length).toBe(0);
  });
  it('opens with the countries, as countryPlace (places/index.ts) reads them', () => {
    const g = gazetteer();
    let first = 0;
    while (first < g.size && g.entry(first).id.startsWith('country:')) first++;
    expect(first).toBeGreaterThan(240);
    for (let i = first; i < g.size; i++) if (g.entry(i).kind === 'country') expect(g.entry(i).id).toBe('(no country after the first block)');
  });
});

describe('the browser loader', () => {
  it('inflates the gzip copy and passes plain text through', async () => {
    const { gzipSync } = await import('node:zlib');
    const { gazetteerText } = await import('./load-browser');
    const text = `${FORMAT}\t0\nS\\00e3o\n`;
    expect(await gazetteerText(new Response(gzipSync(text)))).toBe(text);
    // a server that decoded it already (Content-Encoding: gzip) hands over the text itself
    expect(await gazetteerText(new Response(text))).toBe(text);
  });
});

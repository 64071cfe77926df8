/**
 * The sample article (read by path, never copied): every place listed in shared/articles/README.md is
 * found with the right coordinates, and no person or organisation is taken for a place.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../extract';
import type { Place, Story } from '../story';
import type { Gazetteer } from './gazetteer';
import { testGazetteer } from './test-gazetteer';
import { SAMPLE_ARTICLE } from '../node/shared';

const ARTICLE = SAMPLE_ARTICLE;
const present = existsSync(ARTICLE);
if (!present) console.warn(`sample-article.test: ${ARTICLE} not found — skipping the sample-article checks`);

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe.skipIf(!present)('sample article lavrov-kim-wonsan.pt', () => {
  let gaz: Gazetteer;
  let story: Story;
  let text: string;
  beforeAll(async () => {
    gaz = await testGazetteer();
    text = readFileSync(ARTICLE, 'utf8');
    story = analyze(text, gaz);
  }, 120_000);

  const byCountry = (cc: string): Place | undefined => story.places.find((p) => p.kind === 'country' && p.country === cc);

  it('detects Portuguese', () => {
    expect(story.article.lang).toBe('pt');
  });

  it.each([
    ['Wonsan', 39.15, 127.44],
    ['Pyongyang', 39.03, 125.75],
    ['Moscou', 55.75, 37.62],
  ])('finds the city %s within 50 km', (name, lat, lon) => {
    const p = story.places.find((q) => q.mentions.some((m) => m.text === name));
    expect(p, name).toBeDefined();
    expect(p!.kind).toBe('city');
    expect(km(p!, { lat, lon })).toBeLessThan(50);
  });

  it('finds the Kursk region (not the city) from "região de Kursk"', () => {
    const p = story.places.find((q) => q.mentions.some((m) => m.text.includes('Kursk')));
    expect(p).toBeDefined();
    expect(p!.kind).toBe('region');
    expect(p!.country).toBe('RU');
    expect(km(p!, { lat: 51.6, lon: 36.2 })).toBeLessThan(150);
  });

  it.each(['RU', 'KP', 'UA', 'US', 'KR', 'JP', 'MY'])('finds the country %s', (cc) => {
    expect(byCountry(cc), cc).toBeDefined();
  });

  it('counts demonyms as mentions of their country', () => {
    const kp = byCountry('KP')!;
    const ru = byCountry('RU')!;
    expect(kp.mentions.some((m) => m.via === 'demonym' && m.text === 'norte-coreano')).toBe(true);
    expect(ru.mentions.some((m) => m.via === 'demonym' && m.text === 'russo')).toBe(true);
  });

  it('takes no person or organisation for a place', () => {
    const all = story.places.flatMap((p) => p.mentions.map((m) => m.text));
    for (const bad of ['Sergei', 'Lavrov', 'Kim', 'Jong', 'Vladimir', 'Putin', 'ONU', 'Asean', 'MSMT']) {
      expect(all, bad).not.toContain(bad);
    }
    // "(Ministério|ministro) das Relações Exteriores da Rússia" yields only Rússia
    const re = /(Ministério|ministro) das Relações Exteriores da Rússia/g;
    let found = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      found++;
      const [s, e] = [m.index, m.index + m[0].length];
      const inside = story.places.flatMap((p) => p.mentions.filter((x) => x.start >= s && x.end <= e).map((x) => x.text));
      expect(inside).toEqual(['Rússia']);
    }
    expect(found).toBeGreaterThan(0);
  });

  it('gives exact offsets for every mention', () => {
    for (const p of story.places) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

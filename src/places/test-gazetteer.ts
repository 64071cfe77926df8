/**
 * Test helper: the built gazetteer, built first when missing (vitest runs beside the code, Node only).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang, Place } from '../story';
import type { Gazetteer } from './gazetteer';
import { findPlaces } from './index';
import { loadGazetteer } from './load-node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function testGazetteer(): Promise<Gazetteer> {
  const path = join(root, 'public', 'data', 'gazetteer.txt');
  if (!existsSync(path)) {
    const { buildGazetteer } = await import('../../geo/gazetteer/build');
    await buildGazetteer({ root, outDir: join(root, 'public', 'data'), force: false });
  }
  return loadGazetteer(path);
}

/** Registers a beforeAll that loads the gazetteer and returns the lookups rule tests share. */
export function placeProbes(beforeAll: (fn: () => Promise<void>, timeout?: number) => void): {
  places(text: string, lang?: Lang): Place[];
  texts(text: string, lang?: Lang): string[];
  placeOf(ps: Place[], surface: string): Place | undefined;
  gazetteer(): Gazetteer;
} {
  let gaz: Gazetteer;
  beforeAll(async () => {
    gaz = await testGazetteer();
  }, 120_000);
  const places = (text: string, lang: Lang = 'en'): Place[] => findPlaces(text, gaz, lang);
  return {
    places,
    texts: (text, lang = 'en') =>
      places(text, lang)
        .flatMap((p) => p.mentions.map((m) => m.text))
        .sort(),
    placeOf: (ps, surface) => ps.find((p) => p.mentions.some((m) => m.text === surface)),
    gazetteer: () => gaz,
  };
}

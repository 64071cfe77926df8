/**
 * Places: text + gazetteer -> Place[] with mentions (pure; runs in Node, a Web Worker and tests).
 * Loaders live apart: load-node.ts (reads the file) and load-browser.ts (fetches it).
 */
import type { Lang, Place } from '../story';
import type { Gazetteer } from './gazetteer';
import { recognize } from './recognize';
import { resolve } from './resolve';

export { parseGazetteer, searchGazetteer } from './gazetteer';
export type { GazEntry, Gazetteer } from './gazetteer';
export { recognize } from './recognize';
export type { RawMention } from './recognize';

/** The gazetteer's country entry for each ISO code, built once per gazetteer on first need. */
const COUNTRY_INDEX = new WeakMap<Gazetteer, Map<string, number>>();

/**
 * The country with ISO code `code` as a place the text does not mention (no mentions): the country a dateline's city is in,
 * which the flows may name as an end ("MADRID (EFE) - El Ejército del Aire desplegará seis cazas en Bulgaria").
 */
export function countryPlace(gaz: Gazetteer, code: string, lang: Lang): Place | undefined {
  let index = COUNTRY_INDEX.get(gaz);
  if (!index) {
    index = new Map();
    // (geo/gazetteer/build.ts writes the countries first, ids "country:XX": the index reads them alone, not every entry.)
    for (let i = 0; i < gaz.size; i++) {
      const e = gaz.entry(i);
      if (!e.id.startsWith('country:')) break;
      if (e.kind === 'country' && e.country && !index.has(e.country)) index.set(e.country, i);
    }
    COUNTRY_INDEX.set(gaz, index);
  }
  const i = index.get(code);
  if (i === undefined) return undefined;
  const e = gaz.entry(i);
  const place: Place = { id: e.id, name: e.names[lang], kind: 'country', lon: e.lon, lat: e.lat, country: e.country, confidence: 1, mentions: [], candidates: [] };
  if (e.geonameId) place.geonameId = e.geonameId;
  return place;
}

/** Find and geocode every place the text mentions. */
export function findPlaces(text: string, gaz: Gazetteer, lang: Lang): Place[] {
  if (!text) return [];
  return resolve(text, recognize(text, gaz, lang), gaz, lang);
}

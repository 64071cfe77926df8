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

/** Find and geocode every place the text mentions. */
export function findPlaces(text: string, gaz: Gazetteer, lang: Lang): Place[] {
  if (!text) return [];
  return resolve(text, recognize(text, gaz, lang), gaz, lang);
}

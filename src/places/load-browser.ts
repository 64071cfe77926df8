/**
 * Browser / Web Worker loader for the gazetteer: fetches the file from the page's own origin and parses
 * it with the same code as Node. No DOM access, so it runs inside a Worker.
 */
import { parseGazetteer, type Gazetteer } from './gazetteer';

let pending: Promise<Gazetteer> | undefined;

/** Fetch and parse once; `url` defaults to data/gazetteer.txt relative to the page (Vite `public/`). */
export function fetchGazetteer(url = 'data/gazetteer.txt'): Promise<Gazetteer> {
  pending ??= fetch(url).then(async (r) => {
    if (!r.ok) throw new Error(`gazetteer: HTTP ${r.status} for ${url}`);
    return parseGazetteer(await r.text());
  });
  return pending;
}

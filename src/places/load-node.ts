/**
 * Node loader for the gazetteer: reads public/data/gazetteer.txt (built by `npm run geo`) and parses it
 * with the same code the browser uses. Not imported by the browser bundle.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGazetteer, type Gazetteer } from './gazetteer';

/** public/data/gazetteer.txt of the project, found from this file or from the working directory. */
export function defaultGazetteerPath(): string {
  const candidates: string[] = [];
  try {
    let d = dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 5; i++, d = dirname(d)) candidates.push(join(d, 'public', 'data', 'gazetteer.txt'));
  } catch {
    // no file URL (bundled differently): fall back to the working directory
  }
  candidates.push(join(process.cwd(), 'public', 'data', 'gazetteer.txt'));
  return candidates.find((p) => existsSync(p)) ?? candidates[candidates.length - 1]!;
}

const loaded = new Map<string, Gazetteer>();

/** Load (once per path) and parse the gazetteer file. Throws a clear error when it is missing. */
export function loadGazetteer(path = defaultGazetteerPath()): Gazetteer {
  const hit = loaded.get(path);
  if (hit) return hit;
  if (!existsSync(path)) throw new Error(`gazetteer not found at ${path}: run \`npm run geo\` first`);
  const gaz = parseGazetteer(readFileSync(path, 'utf8'));
  loaded.set(path, gaz);
  return gaz;
}

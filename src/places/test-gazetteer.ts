/**
 * Test helper: the built gazetteer, built first when missing (vitest runs beside the code, Node only).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Gazetteer } from './gazetteer';
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

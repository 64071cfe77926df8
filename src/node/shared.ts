/**
 * Where the evaluation material lives: `../shared/` beside the project checkout (read by path at
 * evaluation time, never copied into the repo), or ARTICLE_ATLAS_SHARED.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function sharedPath(...parts: string[]): string {
  return join(process.env.ARTICLE_ATLAS_SHARED ?? resolve(root, '..', 'shared'), ...parts);
}

/** The project's own copy of the sample article (public/samples/), served by the page too. */
export const SAMPLE_ARTICLE = join(root, 'public', 'samples', 'lavrov-kim-wonsan.pt.txt');

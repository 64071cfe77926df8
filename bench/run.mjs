#!/usr/bin/env node
// Runs a benchmark on the code as it ships: `node bench/run.mjs bench/flows.ts [args…]`.
// The CLI (bin/article-atlas.mjs) and the page (Vite) run esbuild output with no `keepNames`; tsx, which
// runs the other scripts, keeps names, wrapping every creation of a nested function in a `__name` call
// (about a tenth of the flow stage's time, little of the places stage's). So a timing benchmark is bundled
// here with the CLI's options, each module keeping its own `import.meta.url` (data files are found
// relative to the source file, as under tsx), and imported.
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleTo } from '../bin/bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = process.argv[2];
if (!entry) {
  process.stderr.write('usage: node bench/run.mjs BENCH.ts [args…]\n');
  process.exit(2);
}

/** Replaces `import.meta.url` in each TypeScript module by that module's own file URL. */
const ownUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)).replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path))),
      loader: 'ts',
    }));
  },
};

const out = join(root, '.cache', 'bench', basename(entry).replace(/\.ts$/, '.mjs'));
await bundleTo(resolve(entry), out, { plugins: [ownUrl] });
process.argv.splice(1, 2, out);
await import(pathToFileURL(out).href);

#!/usr/bin/env node
// Runs a benchmark on the code as it ships: `node bench/run.mjs bench/flows.ts [args…]`.
// The CLI (bin/article-atlas.mjs) and the page (Vite) run esbuild output with no `keepNames`; tsx, which
// runs the other scripts, keeps names, wrapping every creation of a nested function in a `__name` call
// (about a tenth of the flow stage's time, little of the places stage's). So a timing benchmark is bundled
// here with the CLI's options, each module keeping its own `import.meta.url` (data files are found
// relative to the source file, as under tsx), and imported.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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
const result = await build({
  entryPoints: [resolve(entry)],
  write: false,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'error',
  plugins: [ownUrl],
});
mkdirSync(dirname(out), { recursive: true });
// Written to a temporary file and renamed, so concurrent runs never import a half-written bundle.
const tmp = `${out}.${process.pid}.tmp`;
writeFileSync(tmp, result.outputFiles[0].contents);
renameSync(tmp, out);
process.argv.splice(1, 2, out);
await import(pathToFileURL(out).href);

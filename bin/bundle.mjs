// One esbuild bundle of a TypeScript entry for Node, as the CLI runs it (no keepNames), written atomically:
// to a temporary file renamed into place, so concurrent runs never import a half-written bundle.
// Used by bin/article-atlas.mjs and bench/run.mjs.
import { build } from 'esbuild';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Bundles `entry` into `out`; `extra` adds esbuild options (plugins, source maps). */
export async function bundleTo(entry, out, extra = {}) {
  const result = await build({
    entryPoints: [entry],
    outfile: out,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
    ...extra,
  });
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, result.outputFiles[0].contents);
  renameSync(tmp, out);
}

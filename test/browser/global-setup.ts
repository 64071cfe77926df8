/**
 * Browser-test setup: serve the built app (dist/, made by `npm test` before vitest starts) on a free
 * 127.0.0.1 port and hand its URL to the tests.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../src/node/serve';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = join(process.cwd(), 'dist');
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does it for you)');
  }
  const server = await serveStatic({ root });
  project.provide('baseUrl', server.url);
  return () => server.close();
}

/**
 * Finding and launching Debian's Chromium through playwright-core (its own browser download does not
 * work offline). Shared by the browser tests, the benchmarks and `article-atlas shot`.
 */
import { existsSync } from 'node:fs';
import type { Browser, LaunchOptions } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const CHROMIUM_HELP =
  'Chromium was not found. Install Debian\'s package: `sudo apt-get update && sudo apt-get install -y chromium` ' +
  '(or set ARTICLE_ATLAS_CHROMIUM=/path/to/chromium).';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--hide-scrollbars',
  '--font-render-hinting=none',
];

export function findChromium(): string | null {
  const env = process.env.ARTICLE_ATLAS_CHROMIUM;
  if (env) return existsSync(env) ? env : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export class ChromiumMissingError extends Error {
  constructor() {
    super(CHROMIUM_HELP);
    this.name = 'ChromiumMissingError';
  }
}

export async function launchChromium(extra: LaunchOptions = {}): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new ChromiumMissingError();
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, ...extra });
}

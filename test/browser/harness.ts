/**
 * Shared browser-test plumbing: one Chromium per test file, a fresh page per test that records console
 * errors, page errors and every request so tests can assert "no errors" and "no other origin".
 */
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/node/chromium';

export interface OpenedPage {
  page: Page;
  errors: string[];
  requests: string[];
  close(): Promise<void>;
}

export function baseUrl(): string {
  return inject('baseUrl');
}

let browser: Browser | null = null;

export async function getBrowser(): Promise<Browser> {
  browser ??= await launchChromium();
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  /** Wait for window.atlas.ready() (default true). */
  waitReady?: boolean;
  beforeNavigate?: (page: Page) => Promise<unknown>;
  deviceScaleFactor?: number;
}

export async function openApp(path = '', o: OpenOptions = {}): Promise<OpenedPage> {
  const b = await getBrowser();
  const context = await b.newContext({
    viewport: { width: o.width ?? 1200, height: o.height ?? 800 },
    deviceScaleFactor: o.deviceScaleFactor ?? 1,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  await o.beforeNavigate?.(page);
  await page.goto(new URL(path, baseUrl()).href);
  if (o.waitReady ?? true) await waitReady(page);
  return { page, errors, requests, close: () => context.close() };
}

export async function waitReady(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => typeof window.atlas?.ready === 'function', undefined, { timeout });
  await page.evaluate(() => window.atlas.ready());
}

/** RGBA of the canvas pixel under a geographic point (read through a PNG screenshot of the canvas). */
export async function pixelAt(page: Page, lon: number, lat: number): Promise<[number, number, number]> {
  const { x, y } = await page.evaluate(([lo, la]) => window.atlas.map.project([lo!, la!]), [lon, lat]);
  const canvas = page.locator('#map canvas');
  const box = (await canvas.boundingBox())!;
  const vp = page.viewportSize();
  if (!vp || box.x + x < 0 || box.y + y < 0 || box.x + x >= vp.width || box.y + y >= vp.height) {
    throw new Error(`(${lon}, ${lat}) projects to (${box.x + x}, ${box.y + y}), outside the ${vp?.width}x${vp?.height} viewport`);
  }
  const png = await page.screenshot({ clip: { x: box.x + x, y: box.y + y, width: 1, height: 1 } });
  const { PNG } = await import('pngjs');
  const img = PNG.sync.read(png);
  return [img.data[0]!, img.data[1]!, img.data[2]!];
}

export function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function colorDistance(a: readonly number[], b: readonly number[]): number {
  return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
}

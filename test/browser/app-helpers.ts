/**
 * Helpers for the story-UI browser tests: read the story and the drawn sources from the page, load
 * files through the file input, wait for a new story.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Story } from '../../src/story';
import { waitReady } from './harness';

export async function storyOf(page: Page): Promise<Story> {
  return page.evaluate(() => JSON.parse(JSON.stringify(window.atlas.story)) as Story);
}

/** Ids of the places or flows (arcs) in the map's story source. */
export async function sourceIds(page: Page, kind: 'place' | 'arc'): Promise<string[]> {
  return page.evaluate(async (t) => {
    const s = window.atlas.map.getSource('story') as unknown as { getData(): Promise<GeoJSON.FeatureCollection> } | undefined;
    if (!s) return [];
    const data = await s.getData();
    return data.features.filter((f) => f.properties?.t === t).map((f) => String(f.properties?.id));
  }, kind);
}

export async function statusText(page: Page): Promise<string> {
  return (await page.locator('#status').textContent()) ?? '';
}

/** Open a file through the page's file input (as the "Open file…" button does). */
export async function openFile(page: Page, name: string, content: string | Buffer, mimeType = 'application/octet-stream'): Promise<void> {
  await page.setInputFiles('#open-file', { name, mimeType, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8') });
}

/** Click a download button and return the downloaded file's name and text. */
export async function downloadVia(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Wait until the page shows a story whose article text satisfies `pred`, then for the map. */
export async function waitStory(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => window.atlas.story?.article.text === t, text, { timeout: 60_000 });
  await waitReady(page);
}

/** The story's first flow; when the extractor found none, add one through the "Add flow" form. */
export async function ensureFlow(page: Page): Promise<Story['flows'][number]> {
  const s = await storyOf(page);
  if (s.flows.length) return s.flows[0]!;
  await page.selectOption('select[aria-label="New flow category"]', 'weapons');
  await page.click('form.add-flow button[type=submit]');
  await page.waitForFunction(() => (window.atlas.story?.flows.length ?? 0) > 0);
  return (await storyOf(page)).flows[0]!;
}

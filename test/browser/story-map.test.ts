/**
 * The story map in real Chromium: the sample story's markers and arcs where they belong (pixels),
 * popups quoting the exact sentences on click and by keyboard alone, arcs across the antimeridian, and
 * script payloads in the article shown as text, never run. The story is a hand-built fixture of the
 * sample article (test/fixtures/sample-story.ts), injected through window.atlas.loadStory.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PACIFIC, XSS } from '../../src/map/fixtures/stories';
import { categoryColor, categoryColors, markerStyles } from '../../src/map/palette';
import { storyToMap } from '../../src/map/story-layers';
import type { FlowCategory, Story } from '../../src/story';
import { splitSentences } from '../../src/text/sentences';
import { syntheticStory } from '../../src/map/fixtures/synthetic';
import { sampleStory } from '../fixtures/sample-story';
import { closeBrowser, colorDistance, hexToRgb, openApp, pixelAt, waitReady } from './harness';

afterAll(closeBrowser);

const SAMPLE = sampleStory();

async function load(page: Page, story: Story): Promise<void> {
  const ok = await page.evaluate((s) => window.atlas.loadStory(s), story as unknown);
  expect(ok).toBe(true);
  await waitReady(page);
}

async function jump(page: Page, lon: number, lat: number, zoom: number): Promise<void> {
  await page.evaluate(([lo, la, z]) => window.atlas.map.jumpTo({ center: [lo!, la!], zoom: z! }), [lon, lat, zoom]);
  await waitReady(page);
}

/** A point of a flow's drawn curve where, within 6 px, nothing of the story but that flow is drawn. */
async function isolatedPoint(page: Page, story: Story, flowId: string): Promise<[number, number]> {
  const m = storyToMap(story, { theme: 'light' });
  const f = m.arcs.find((x) => x.properties!.id === flowId)!;
  const coords = f.geometry.coordinates as [number, number][];
  const order = coords.map((_, i) => i).sort((a, b) => Math.abs(a - coords.length / 2) - Math.abs(b - coords.length / 2));
  const found = await page.evaluate(
    ([cs, id]) => {
      const map = window.atlas.map;
      const layers = map.getStyle().layers.map((l) => l.id).filter((l) => l.startsWith('story-'));
      const c = map.getContainer();
      for (const [lon, lat] of cs as [number, number][]) {
        const p = map.project([lon, lat]);
        if (p.x < 20 || p.y < 20 || p.x > c.clientWidth - 20 || p.y > c.clientHeight - 20) continue;
        const fs = map.queryRenderedFeatures([[p.x - 6, p.y - 6], [p.x + 6, p.y + 6]], { layers });
        const others = fs.filter((x) => x.properties.id !== id || x.layer.id === 'story-markers');
        if (fs.length > 0 && others.length === 0) return [lon, lat];
      }
      return null;
    },
    [order.map((i) => coords[i]!), flowId] as const,
  );
  if (!found) throw new Error(`no isolated point on ${flowId}`);
  return found as [number, number];
}

function nearestCategory(rgb: readonly number[]): FlowCategory {
  const c = categoryColors('light');
  return (Object.keys(c) as FlowCategory[]).sort((a, b) => colorDistance(rgb, hexToRgb(c[a])) - colorDistance(rgb, hexToRgb(c[b])))[0]!;
}

async function clickAt(page: Page, lon: number, lat: number): Promise<void> {
  const { x, y } = await page.evaluate(([lo, la]) => window.atlas.map.project([lo!, la!]), [lon, lat]);
  const box = (await page.locator('#map canvas').boundingBox())!;
  await page.mouse.click(box.x + x, box.y + y);
}

const popupText = (page: Page) => page.locator('.maplibregl-popup .atlas-popup');

function sentencesWith(text: string, needle: string): string[] {
  return splitSentences(text).filter((s) => s.text.includes(needle)).map((s) => s.text);
}

describe('story map', () => {
  it('draws the sample story on top of the basemap: markers, arcs in category colours', async () => {
    const { page, errors, close } = await openApp('?theme=light#2/45/90');
    await load(page, SAMPLE);
    const ids = await page.evaluate(() => window.atlas.map.getStyle().layers.map((l) => l.id));
    const first = ids.findIndex((id) => id.startsWith('story-'));
    expect(ids.slice(first).every((id) => id.startsWith('story-'))).toBe(true);
    expect(ids.indexOf('story-arcs-stated')).toBeLessThan(ids.indexOf('story-markers'));
    expect(ids.indexOf('story-markers')).toBeLessThan(ids.indexOf('story-labels'));

    await page.evaluate(() => window.atlas.view.fitToStory({ animate: false }));
    await waitReady(page);
    // Every drawable flow and place is rendered.
    const drawn = await page.evaluate(() => ({
      flows: new Set(window.atlas.map.queryRenderedFeatures({ layers: ['stated', 'reported', 'denied', 'planned', 'suspended'].map((s) => `story-arcs-${s}`) }).map((f) => f.properties.id)).size,
      places: new Set(window.atlas.map.queryRenderedFeatures({ layers: ['story-markers'] }).map((f) => f.properties.id)).size,
    }));
    expect(drawn.flows).toBe(SAMPLE.flows.length);
    expect(drawn.places).toBe(SAMPLE.places.length);

    for (const [id, cat] of [['troops-kp-kursk', 'troops'], ['technology-ru-kp', 'technology']] as const) {
      const [lon, lat] = await isolatedPoint(page, SAMPLE, id);
      const px = await pixelAt(page, lon, lat);
      expect(nearestCategory(px), `${id} at ${lon},${lat} is ${px}`).toBe(cat);
      expect(colorDistance(px, hexToRgb(categoryColor(cat, 'light')))).toBeLessThan(60);
    }
    // A city marker is an ink dot.
    await jump(page, 127.44361, 39.15278, 7);
    const ink = hexToRgb(markerStyles('light').city.fill);
    expect(colorDistance(await pixelAt(page, 127.44361, 39.15278), ink)).toBeLessThan(40);
    expect(errors).toEqual([]);
    await close();
  }, 240_000);

  it('clicking Wonsan opens a popup quoting every sentence that names it, the name marked', async () => {
    const { page, errors, close } = await openApp('?theme=light#7/39.15/127.44');
    await load(page, SAMPLE);
    await jump(page, 127.44361, 39.15278, 7);
    await clickAt(page, 127.44361, 39.15278);
    const pop = popupText(page);
    await pop.waitFor();
    expect(await pop.locator('h2').textContent()).toBe('Wonsan');
    const quotes = await pop.locator('blockquote').allTextContents();
    expect(quotes).toEqual(sentencesWith(SAMPLE.article.text, 'Wonsan'));
    expect(quotes.length).toBe(3);
    expect(new Set(await pop.locator('mark').allTextContents())).toEqual(new Set(['Wonsan']));
    // The selection is reported to the app.
    expect(await page.locator('.maplibregl-popup').count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  }, 240_000);

  it('clicking the troop arc opens its popup: amount, hedging, the exact sentence, the source', async () => {
    const { page, errors, close } = await openApp('?theme=light#3/50/100');
    await load(page, SAMPLE);
    await page.evaluate(() => window.atlas.view.fitToStory({ animate: false }));
    await waitReady(page);
    const [lon, lat] = await isolatedPoint(page, SAMPLE, 'troops-kp-ru');
    await clickAt(page, lon, lat);
    const pop = popupText(page);
    await pop.waitFor();
    expect(await pop.locator('h2').textContent()).toBe('Coreia do Norte → Rússia');
    const meta = await pop.locator('.atlas-popup-meta').textContent();
    expect(meta).toContain('Tropas');
    expect(meta).toContain('mais de 14 mil soldados');
    expect(meta).toContain('Relatado');
    const flow = SAMPLE.flows.find((f) => f.id === 'troops-kp-ru')!;
    expect(await pop.locator('blockquote').allTextContents()).toEqual([flow.quotes[0]!.text]);
    expect(await pop.locator('mark').allTextContents()).toContain('mais de 14 mil soldados');
    expect(await pop.locator('.atlas-popup-source').textContent()).toContain('Folha (fixture), 2025-07-12');
    // The arc is drawn wider while selected; closing clears it.
    await page.locator('.maplibregl-popup-close-button').click();
    expect(await page.locator('.maplibregl-popup').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('reaches a popup by keyboard alone and returns focus on Escape', async () => {
    const { page, errors, close } = await openApp('?theme=light#3/50/100');
    await load(page, SAMPLE);
    let inList = false;
    for (let i = 0; i < 400 && !inList; i++) {
      await page.keyboard.press('Tab');
      inList = await page.evaluate(() => !!document.activeElement?.closest('.atlas-a11y'));
    }
    expect(inList).toBe(true);
    // The list shows itself once focused; walk it with the arrow keys to Wonsan's button.
    let label = '';
    for (let i = 0; i < 50 && !label.startsWith('Wonsan'); i++) {
      label = (await page.evaluate(() => document.activeElement?.textContent ?? '')) as string;
      if (!label.startsWith('Wonsan')) await page.keyboard.press('ArrowDown');
    }
    expect(label).toMatch(/^Wonsan — Cidade, 3 menções/);
    await page.keyboard.press('Enter');
    const pop = popupText(page);
    await pop.waitFor();
    expect(await pop.locator('h2').textContent()).toBe('Wonsan');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.maplibregl-popup'))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('.maplibregl-popup').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^Wonsan/);
    // A flow's button, by keyboard too.
    await page.keyboard.press('End');
    await page.keyboard.press(' ');
    await pop.waitFor();
    expect(await pop.locator('h2').textContent()).toBe('Rússia → Coreia do Norte');
    expect(errors).toEqual([]);
    await close();
  });

  it('draws arcs across the antimeridian as one unbroken curve', async () => {
    const { page, errors, close } = await openApp('?theme=light#2.3/45/180');
    await load(page, PACIFIC);
    await jump(page, -175, 50, 2.3);
    const m = storyToMap(PACIFIC, { theme: 'light' });
    const f1 = m.arcs.find((f) => f.properties!.id === 'f1')!.geometry.coordinates;
    // Points on both sides of the line, near it: the troops colour on each.
    for (const target of [176, 184]) {
      const p = f1.reduce((a, b) => (Math.abs(b[0]! - target) < Math.abs(a[0]! - target) ? b : a));
      // The same world copy as the centre (-175), as the map shows it.
      const lon = p[0]! - 360 * Math.round((p[0]! + 175) / 360);
      const px = await pixelAt(page, lon, p[1]!);
      expect(nearestCategory(px), `at ${p}`).toBe('troops');
    }
    // No stray segment west of Vladivostok, where a wrongly joined split would run round the world.
    const stray = await pixelAt(page, 110 - 360, 43.1);
    expect(colorDistance(stray, hexToRgb(categoryColor('troops', 'light')))).toBeGreaterThan(80);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows script payloads from the article as text and runs nothing', async () => {
    const { page, errors, close } = await openApp('?theme=light#3/47/80', {
      beforeNavigate: (p) => p.addInitScript(() => {
        window.alert = () => ((window as unknown as { __pwned: number }).__pwned = 99);
      }),
    });
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await load(page, XSS);
    await page.evaluate(() => window.atlas.view.openPopup({ place: 'p' }));
    const pop = popupText(page);
    await pop.waitFor();
    expect(await pop.locator('h2').textContent()).toBe('Pyongyang <img src=x onerror=alert(1)>');
    expect(await pop.locator('blockquote').first().textContent()).toContain('<img src=x onerror="window.__pwned=1">');
    await page.evaluate(() => window.atlas.view.openPopup({ flow: 'x1' }));
    await page.waitForFunction(() => document.querySelector('.maplibregl-popup h2')?.textContent?.includes('→'));
    const q = await pop.locator('blockquote').first().textContent();
    expect(q).toContain('<script>window.__pwned=2</script>');
    expect(await pop.locator('.atlas-popup-source').textContent()).toContain('<b onmouseover=alert(1)>Wire</b>');
    const found = await page.evaluate(() => ({
      imgs: document.querySelectorAll('#map img, .maplibregl-popup img').length,
      scripts: document.querySelectorAll('.maplibregl-popup script, .atlas-a11y script').length,
      links: document.querySelectorAll('.maplibregl-popup a[href^="javascript"], .atlas-a11y a').length,
      listLabel: [...document.querySelectorAll('.atlas-a11y button')].map((b) => b.textContent).join('|'),
      pwned: (window as unknown as { __pwned?: number }).__pwned,
    }));
    expect(found.imgs).toBe(0);
    expect(found.scripts).toBe(0);
    expect(found.links).toBe(0);
    expect(found.listLabel).toContain('Pyongyang <img src=x onerror=alert(1)>');
    expect(found.pwned).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('hides denied flows until asked, and filters by category without reloading data', async () => {
    const { page, errors, close } = await openApp('?theme=light#1.5/50/-160');
    await load(page, PACIFIC);
    const visibleIds = () =>
      page.evaluate(() => [...new Set(window.atlas.map.queryRenderedFeatures({ layers: ['stated', 'reported', 'denied', 'planned', 'suspended'].map((s) => `story-arcs-${s}`) }).map((f) => String(f.properties.id)))].sort());
    await page.evaluate(() => window.atlas.view.fitToStory({ animate: false }));
    await waitReady(page);
    expect(await visibleIds()).toEqual(['f1', 'f2', 'f3', 'f5']);
    await page.evaluate(() => window.atlas.view.setFilter({ showDenied: true, categories: new Set(['weapons', 'oil'] as const) }));
    await waitReady(page);
    expect(await visibleIds()).toEqual(['f3', 'f4']);
    expect(errors).toEqual([]);
    await close();
  });
  it('reports a dragged marker when editing is on (the story itself is the app\'s to change) and follows the theme', async () => {
    const { page, errors, close } = await openApp('?theme=light#6/39.15/127.44');
    await load(page, SAMPLE);
    await jump(page, 127.44361, 39.15278, 7);
    await page.evaluate(() => {
      const w = window as unknown as { moved: unknown[] };
      w.moved = [];
      window.atlas.view.on('placeMoved', (id, lon, lat) => w.moved.push([id, lon, lat]));
    });
    const box = (await page.locator('#map canvas').boundingBox())!;
    const at = await page.evaluate(() => window.atlas.map.project([127.44361, 39.15278]));
    await page.evaluate(() => window.atlas.view.setEditable(true));
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await page.mouse.down();
    await page.mouse.move(box.x + at.x + 40, box.y + at.y + 30, { steps: 5 });
    await page.mouse.up();
    const moved = await page.evaluate(() => (window as unknown as { moved: [string, number, number][] }).moved);
    expect(moved).toHaveLength(1);
    expect(moved[0]![0]).toBe('geonames:1873757');
    const target = await page.evaluate(([x, y]) => window.atlas.map.unproject([x!, y!]), [at.x + 40, at.y + 30]);
    expect(moved[0]![1]).toBeCloseTo(target.lng, 2);
    expect(moved[0]![2]).toBeCloseTo(target.lat, 2);
    // The map did not pan while dragging the marker.
    const c = await page.evaluate(() => window.atlas.map.getCenter());
    expect(c.lng).toBeCloseTo(127.44361, 3);
    await page.evaluate(() => window.atlas.view.setEditable(false));

    // Dark theme: arcs take the dark palette.
    await page.evaluate(() => window.atlas.setTheme('dark'));
    await page.evaluate(() => window.atlas.view.fitToStory({ animate: false }));
    await waitReady(page);
    const [lon, lat] = await isolatedPoint(page, SAMPLE, 'technology-ru-kp');
    const px = await pixelAt(page, lon, lat);
    expect(colorDistance(px, hexToRgb(categoryColor('technology', 'dark')))).toBeLessThan(60);
    expect(errors).toEqual([]);
    await close();
  }, 240_000);
});

describe('a dense story (1,200 flows)', () => {
  it('draws its most important flows when zoomed out, says so, and zooms in to a flow chosen from the list', async () => {
    const { page, errors, close } = await openApp('?theme=light#2/20/0');
    const story = syntheticStory(400, 1200, 7);
    await load(page, story);
    await jump(page, 0, 20, 2);
    const arcs = ['stated', 'reported', 'denied', 'planned', 'suspended'].map((s) => `story-arcs-${s}`);
    const drawn = async () => new Set(await page.evaluate((ls) => window.atlas.map.queryRenderedFeatures({ layers: ls }).map((f) => String(f.properties.id)), arcs));
    const atWorld = await drawn();
    expect(atWorld.size).toBeGreaterThan(50);
    expect(atWorld.size).toBeLessThanOrEqual(300);
    const note = page.locator('.atlas-lod-note');
    await expect.poll(() => note.isVisible()).toBe(true);
    // Denied flows are hidden by default: the note counts the flows the filter shows.
    const shown = story.flows.filter((f) => f.status !== 'denied').length;
    expect(await note.textContent()).toContain(`300 most important of ${shown.toLocaleString('en')} flows`);
    // The least important visible flow (the last reported one) is not drawn at zoom 2; opening it zooms in.
    const last = [...story.flows].reverse().find((f) => f.status === 'reported')!;
    expect(atWorld.has(last.id)).toBe(false);
    await page.evaluate((id) => window.atlas.view.openPopup({ flow: id }), last.id);
    await page.waitForFunction(() => !window.atlas.map.isMoving());
    await waitReady(page);
    const zoom = await page.evaluate(() => window.atlas.map.getZoom());
    expect(zoom).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.atlas-popup').count()).toBe(1);
    // Close enough, everything is drawn and the note goes away.
    await jump(page, 0, 20, 7);
    await expect.poll(() => note.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });
});

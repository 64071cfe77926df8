/**
 * The offline basemap in real Chromium: land and ocean where they belong, labels in the article's
 * language, the view in the URL hash, no request to another origin, no errors, odd window sizes.
 * `?story=none` opens the page without the sample story: these tests are about the basemap alone.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { THEMES } from '../../src/map/theme';
import { baseUrl, closeBrowser, colorDistance, hexToRgb, openApp, pixelAt, waitReady } from './harness';

afterAll(closeBrowser);

describe('basemap page', () => {
  it('draws land, ocean and Portuguese country labels with no console errors', async () => {
    const { page, errors, close } = await openApp('?story=none&theme=light#2.5/40/100');
    const t = THEMES.light;
    // Mongolian steppe is land; the middle of the Pacific south of Japan is ocean.
    expect(colorDistance(await pixelAt(page, 103, 46.5), hexToRgb(t.land))).toBeLessThan(30);
    expect(colorDistance(await pixelAt(page, 150, 25), hexToRgb(t.ocean))).toBeLessThan(30);
    const labels = await page.evaluate(() =>
      window.atlas.map.queryRenderedFeatures({ layers: ['country-labels'] }).map((f) => String(f.properties.name_pt)),
    );
    expect(labels).toContain('Rússia');
    expect(labels).toContain('Mongólia');
    expect(errors).toEqual([]);
    await close();
  });

  it('switches to the dark theme without losing the view', async () => {
    const { page, errors, close } = await openApp('?story=none&theme=dark#3/50/20');
    expect(colorDistance(await pixelAt(page, 20, 50), hexToRgb(THEMES.dark.land))).toBeLessThan(40);
    await page.evaluate(() => window.atlas.setTheme('light'));
    await waitReady(page);
    expect(colorDistance(await pixelAt(page, 20, 50), hexToRgb(THEMES.light.land))).toBeLessThan(40);
    expect(errors).toEqual([]);
    await close();
  });

  it('opens at the view in the hash and writes the view back when panning by keyboard', async () => {
    const { page, close } = await openApp('?story=none#8/39.15/127.44');
    const c = await page.evaluate(() => ({ ...window.atlas.map.getCenter(), z: window.atlas.map.getZoom() }));
    expect(c.z).toBeCloseTo(8, 5);
    expect(c.lat).toBeCloseTo(39.15, 3);
    expect(c.lng).toBeCloseTo(127.44, 3);
    await page.locator('#map canvas').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => !location.hash.endsWith('/127.44') && !location.hash.endsWith('/127.440'));
    const hash = await page.evaluate(() => location.hash);
    const [z, lat, lon] = hash.slice(1).split('/').map(Number);
    expect(z).toBeCloseTo(8, 5);
    expect(lat).toBeCloseTo(39.15, 2);
    expect(lon!).toBeGreaterThan(127.44);
    await page.keyboard.press('Equal'); // '+' zooms in
    await page.waitForFunction(() => Number(location.hash.slice(1).split('/')[0]) > 8.5);
    await close();
  });

  it('falls back to the default view on a garbage hash', async () => {
    for (const bad of ['#garbage', '#3/999/10', '#<img src=x onerror=alert(1)>']) {
      const { page, errors, close } = await openApp(`?story=none${bad}`);
      const z = await page.evaluate(() => window.atlas.map.getZoom());
      expect(z).toBeGreaterThan(0.5);
      expect(z).toBeLessThan(3);
      expect(await page.evaluate(() => location.hash)).toMatch(/^#[\d.]+\/-?[\d.]+\/-?[\d.]+$/);
      expect(errors).toEqual([]);
      await close();
    }
  });

  it('shows 10m coastline detail past zoom 5', async () => {
    const { page, close } = await openApp('?story=none#8/39.15/127.44');
    const layers = await page.evaluate(() => window.atlas.map.getStyle().layers.map((l) => l.id));
    expect(layers).toContain('ne10m-land');
    const n = await page.evaluate(() => window.atlas.map.queryRenderedFeatures({ layers: ['ne10m-coast'] }).length);
    expect(n).toBeGreaterThan(0);
    await close();
  });

  it('makes no request to any origin but its own', async () => {
    // The whole app, sample story included: page, worker, gazetteer, fonts, basemap.
    const { page, requests, close } = await openApp('#2/30/30');
    // Exercise the lazy paths too: zoom in (10m data) and back out.
    await page.evaluate(() => window.atlas.map.jumpTo({ center: [127.4, 39.1], zoom: 7 }));
    await waitReady(page);
    const origin = new URL(baseUrl()).origin;
    const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(foreign).toEqual([]);
    expect(requests.length).toBeGreaterThan(3);
    await close();
  });

  it('keeps working when the fonts cannot be loaded', async () => {
    const { page, close } = await openApp('?story=none#2/30/30', {
      beforeNavigate: (p) => p.route(/\.woff2?$/, (r) => r.abort()),
    });
    // Xinjiang: land inside the (panel-narrowed) map, clear of the default story's arcs and of mentioned countries.
    expect(colorDistance(await pixelAt(page, 85, 40), hexToRgb(THEMES[(await page.evaluate(() => document.documentElement.dataset.theme)) as 'light' | 'dark'].land))).toBeLessThan(30);
    await close();
  });

  it('survives a 1×1 window and an 8000×8000 window', async () => {
    const { page, errors, close } = await openApp('?story=none&theme=light#2/30/30', { width: 1, height: 1 });
    await page.setViewportSize({ width: 8000, height: 8000 });
    await page.evaluate(() => window.atlas.map.resize());
    await waitReady(page);
    // MapLibre caps the drawing buffer at the GPU's limit and keeps drawing.
    const size = await page.evaluate(() => [window.atlas.map.getCanvas().width, window.atlas.map.getCanvas().height]);
    expect(Math.min(...size)).toBeGreaterThan(1000);
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.evaluate(() => {
      window.atlas.map.resize();
      window.atlas.map.jumpTo({ center: [100, 40], zoom: 2 });
    });
    await waitReady(page);
    expect(colorDistance(await pixelAt(page, 85, 40), hexToRgb(THEMES.light.land))).toBeLessThan(30);
    expect(errors).toEqual([]);
    await close();
  });
});

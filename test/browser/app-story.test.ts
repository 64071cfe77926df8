/**
 * The story UI in real Chromium: pasting another article redraws the map; edits survive a reload;
 * story JSON and GeoJSON exports import back to the identical story; the CSV download is safe.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, waitReady } from './harness';
import { downloadVia, ensureFlow, openFile, sourceIds, statusText, storyOf, waitStory } from './app-helpers';

afterAll(closeBrowser);

// My own text, not from any corpus: plain places a gazetteer knows.
const OTHER_ARTICLE =
  'Canada sent 300 soldiers and medical supplies to Haiti on Monday, officials in Ottawa said.\n\n' +
  'The mission will be based in Port-au-Prince, the Haitian capital, according to the government of Canada.';

describe('story UI', () => {
  it('opens the sample article by default with its places and flows drawn and listed', async () => {
    const { page, errors, close } = await openApp('');
    const story = await storyOf(page);
    expect(story.article.text).toContain('Wonsan');
    expect(story.places.length).toBeGreaterThan(3);
    expect(await sourceIds(page, 'place')).toEqual(expect.arrayContaining(story.places.map((p) => p.id)));
    expect(await page.locator('#panel mark.mention').count()).toBeGreaterThan(5);
    expect(await page.locator('#panel li.flow-row').count()).toBe(story.flows.length);
    // Add a flow with the form: listed and drawn.
    await page.selectOption('select[aria-label="New flow from"]', story.places.at(-1)!.id);
    await page.selectOption('select[aria-label="New flow to"]', story.places[0]!.id);
    await page.selectOption('select[aria-label="New flow category"]', 'aid');
    await page.click('form.add-flow button[type=submit]');
    await page.waitForFunction((n) => window.atlas.story!.flows.length === n + 1, story.flows.length);
    await waitReady(page);
    const added = (await storyOf(page)).flows.at(-1)!;
    expect(added).toMatchObject({ from: story.places.at(-1)!.id, to: story.places[0]!.id, category: 'aid', status: 'stated' });
    expect(await sourceIds(page, 'arc')).toContain(added.id);
    // Theme toggle.
    await page.click('#theme-toggle');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(errors, errors.join("\n")).toEqual([]);
    await close();
  });

  it('the sample opens from its prebuilt story with no gazetteer download; without that file it is extracted to the same story', async () => {
    const a = await openApp('');
    expect(a.requests.some((u) => /\/data\/samples\/[^/]+\.story\.json$/.test(u))).toBe(true);
    expect(a.requests.filter((u) => u.includes('gazetteer'))).toEqual([]);
    const prebuilt = await storyOf(a.page);
    // Opening the paste dialog starts the worker and its gazetteer download.
    const gazetteer = a.page.waitForRequest((r) => r.url().includes('gazetteer'), { timeout: 15_000 });
    await a.page.click('#paste-open');
    await gazetteer;
    expect(a.errors, a.errors.join('\n')).toEqual([]);
    await a.close();
    const b = await openApp('', { beforeNavigate: (p) => p.route(/\/data\/samples\/[^/]+\.story\.json$/, (r) => r.fulfill({ status: 404, body: '' })) });
    expect(b.requests.some((u) => u.includes('gazetteer'))).toBe(true);
    expect(await storyOf(b.page)).toEqual(prebuilt);
    await b.close();
  });
  it('pasting another article redraws: new places appear on the map and in the reader', async () => {
    const { page, errors, close } = await openApp('');
    const before = await storyOf(page);
    await page.click('#paste-open');
    await page.fill('#paste-text', OTHER_ARTICLE);
    await page.click('#paste-submit');
    await waitStory(page, OTHER_ARTICLE);
    const after = await storyOf(page);
    expect(after.places.some((p) => p.country === 'HT')).toBe(true);
    expect(after.places.some((p) => p.country === 'CA')).toBe(true);
    const drawn = await sourceIds(page, 'place');
    expect(drawn.sort()).toEqual(after.places.map((p) => p.id).sort());
    expect(drawn.some((id) => before.places.some((p) => p.id === id && p.country === 'KP'))).toBe(false);
    expect(await page.locator('#panel .reader').textContent()).toContain('Port-au-Prince');
    expect(errors, errors.join("\n")).toEqual([]);
    await close();
  });

  it('edits (reverse a flow, pick another candidate, undo/redo) survive a reload', async () => {
    const { page, errors, close } = await openApp('');
    const fresh = await storyOf(page);
    const flow = await ensureFlow(page);
    const s0 = await storyOf(page);
    await page.locator(`li[data-flow="${flow.id}"] button[aria-label^="Reverse flow"]`).click();
    let s1 = await storyOf(page);
    expect(s1.flows.find((f) => f.id === flow.id)).toMatchObject({ from: flow.to, to: flow.from });
    // Undo by keyboard, redo by button.
    await page.locator('#map').focus();
    await page.keyboard.press('Control+z');
    expect((await storyOf(page)).flows.find((f) => f.id === flow.id)).toMatchObject({ from: flow.from, to: flow.to });
    await page.click('#redo');
    s1 = await storyOf(page);
    expect(s1.flows.find((f) => f.id === flow.id)).toMatchObject({ from: flow.to, to: flow.from });
    // Pick another candidate for a place that has one.
    const withCand = s0.places.find((p) => (p.candidates?.length ?? 0) > 0);
    let moved: { id: string; lon: number; lat: number } | null = null;
    if (withCand) {
      await page.locator(`li[data-place="${withCand.id}"] button[aria-label^="Change place"]`).click();
      await page.locator(`li[data-place="${withCand.id}"] .place-editor ul.choices button`).first().click();
      const s2 = await storyOf(page);
      const c = withCand.candidates![0]!;
      const p = s2.places.find((x) => x.name === c.name && x.lon === c.lon && x.lat === c.lat);
      expect(p).toBeTruthy();
      moved = { id: p!.id, lon: p!.lon, lat: p!.lat };
    }
    const edited = await storyOf(page);
    await page.reload();
    await waitReady(page);
    const again = await storyOf(page);
    expect(again).toEqual(edited);
    if (moved) expect(again.places.find((p) => p.id === moved!.id)).toMatchObject(moved);
    // "Discard edits" goes back to a fresh extraction of the same text.
    await page.click('#discard-edits');
    await page.waitForFunction(() => document.getElementById('discard-edits') === null);
    expect(await storyOf(page)).toEqual(fresh);
    expect(errors, errors.join("\n")).toEqual([]);
    await close();
  });

  it('dragging a marker (with "Move places" on) moves the place, and the move survives a reload', async () => {
    const { page, errors, close } = await openApp('#4/40/128');
    const s0 = await storyOf(page);
    const target = s0.places.find((p) => p.kind === 'city' && p.lon > 120 && p.lon < 136 && p.lat > 33 && p.lat < 46) ?? s0.places[0]!;
    await page.click('#move-places');
    expect(await page.getAttribute('#move-places', 'aria-pressed')).toBe('true');
    const box = (await page.locator('#map canvas').boundingBox())!;
    const at = await page.evaluate(([lo, la]) => window.atlas.map.project([lo!, la!]), [target.lon, target.lat]);
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + at.x + i * 6, box.y + at.y + i * 4);
    await page.mouse.up();
    await page.waitForFunction(([id, lon]) => window.atlas.story!.places.find((p) => p.id === id)!.lon !== lon, [target.id, target.lon] as const);
    const moved = (await storyOf(page)).places.find((p) => p.id === target.id)!;
    expect(moved.lon).toBeGreaterThan(target.lon);
    expect(moved.lat).toBeLessThan(target.lat);
    await page.reload();
    await waitReady(page);
    expect((await storyOf(page)).places.find((p) => p.id === target.id)).toMatchObject({ lon: moved.lon, lat: moved.lat });
    expect(errors, errors.join("\n")).toEqual([]);
    await close();
  });

  it('story JSON and GeoJSON exports import back to the identical story', async () => {
    const { page, errors, close } = await openApp('');
    // Make an edit first so the export is not just the extraction.
    await ensureFlow(page);
    const s0 = await storyOf(page);
    await page.locator(`li[data-flow="${s0.flows[0]!.id}"] select`).selectOption('other');
    const story = await storyOf(page);
    const json = await downloadVia(page, '#export-json');
    expect(json.name).toMatch(/\.story\.json$/);
    expect(JSON.parse(json.text)).toEqual(story);
    const geo = await downloadVia(page, '#export-geojson');
    expect(geo.name).toMatch(/\.geojson$/);
    const csv = await downloadVia(page, '#export-csv');
    expect(csv.text.split('\r\n')[0]).toMatch(/^id,from_id,from_name/);
    expect(csv.text.split('\r\n').filter(Boolean)).toHaveLength(story.flows.length + 1);

    // Change the story, then import each export: back to the exported story exactly.
    await page.locator(`li[data-flow="${s0.flows[0]!.id}"] button[aria-label^="Delete flow"]`).click();
    expect((await storyOf(page)).flows).toHaveLength(story.flows.length - 1);
    await openFile(page, json.name, json.text, 'application/json');
    await page.waitForFunction((n) => window.atlas.story?.flows.length === n, story.flows.length);
    expect(await storyOf(page)).toStrictEqual(story);

    await page.locator(`li[data-flow="${s0.flows[0]!.id}"] button[aria-label^="Delete flow"]`).click();
    await openFile(page, geo.name, geo.text, 'application/geo+json');
    await page.waitForFunction((n) => window.atlas.story?.flows.length === n, story.flows.length);
    expect(await storyOf(page)).toEqual(story);
    await waitReady(page);
    expect(await sourceIds(page, 'place')).toHaveLength(story.places.filter((p) => Math.abs(p.lat) <= 90).length);
    expect(await statusText(page)).not.toMatch(/Could not/);
    expect(errors, errors.join("\n")).toEqual([]);
    await close();
  });

  it('a place can be re-resolved through the gazetteer search (in the worker), and undone', async () => {
    const { page, errors, close } = await openApp('');
    const s0 = await storyOf(page);
    const target = s0.places.find((p) => p.kind === 'city') ?? s0.places[0]!;
    await page.locator(`li[data-place="${target.id}"] button[aria-label^="Change place"]`).click();
    await page.fill(`li[data-place="${target.id}"] input[type=search]`, 'Lisboa');
    const first = page.locator(`li[data-place="${target.id}"] .place-editor ul.choices[aria-label="Search results"] button`).first();
    await first.waitFor({ timeout: 20_000 });
    await first.click();
    const s1 = await storyOf(page);
    const moved = s1.places.find((p) => p.mentions.length === target.mentions.length && p.mentions[0]!.start === target.mentions[0]!.start)!;
    expect(moved.country).toBe('PT');
    expect(moved.lat).toBeCloseTo(38.7, 0);
    expect(moved.lon).toBeCloseTo(-9.1, 0);
    expect(moved.candidates![0]).toMatchObject({ name: target.name, lon: target.lon, lat: target.lat });
    await page.click('#undo');
    expect(await storyOf(page)).toEqual(s0);
    // Keyboard alternative to dragging: type coordinates.
    if (!(await page.locator(`li[data-place="${target.id}"] form.coords`).count())) await page.locator(`li[data-place="${target.id}"] button[aria-label^="Change place"]`).click();
    await page.fill(`input[aria-label="Latitude of ${target.name}"]`, '10.5');
    await page.fill(`input[aria-label="Longitude of ${target.name}"]`, '-20.25');
    await page.press(`input[aria-label="Longitude of ${target.name}"]`, 'Enter');
    expect((await storyOf(page)).places.find((p) => p.id === target.id)).toMatchObject({ lat: 10.5, lon: -20.25 });
    expect(errors, errors.join("\n")).toEqual([]);
    await close();
  });

  it('keyboard only: Tab to a mention in the reader, Enter flies to the place and opens its popup', async () => {
    const { page, errors, close } = await openApp('');
    const first = page.locator('#panel mark.mention').first();
    const placeId = await first.getAttribute('data-place');
    let reached = false;
    for (let i = 0; i < 400 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.matches('#panel mark.mention') ?? false);
    }
    expect(reached).toBe(true);
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.place);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.maplibregl-popup', { timeout: 10_000 });
    const story = await storyOf(page);
    const name = story.places.find((p) => p.id === focused)!.name;
    expect(await page.locator('.maplibregl-popup').textContent()).toContain(name);
    expect(placeId).toBeTruthy();
    expect(await page.locator(`li.place-row[data-place="${focused}"]`).getAttribute('aria-current')).toBe('true');
    expect(errors, errors.join("\n")).toEqual([]);
    await close();
  });

  it('?story= loads a same-origin file and refuses other origins with a message', async () => {
    const ok = await openApp('?story=./samples/lavrov-kim-wonsan.pt.txt');
    expect((await storyOf(ok.page)).article.text).toContain('Wonsan');
    await ok.close();
    const bad = await openApp('?story=https://example.com/evil.json');
    expect(await statusText(bad.page)).toMatch(/\?story= must point to this site/);
    expect(bad.requests.filter((u) => u.startsWith('http') && new URL(u).hostname === 'example.com')).toEqual([]);
    expect((await storyOf(bad.page)).article.text).toContain('Wonsan'); // the sample instead
    await bad.close();
  });
});

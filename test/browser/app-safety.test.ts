/**
 * Bad input in real Chromium: broken story files give a clear message naming what is wrong and
 * where, and the current story (with its edits) stays; script payloads in article text, HTML files
 * and story fields render as text and run nothing.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp } from './harness';
import { ensureFlow, openFile, statusText, storyOf, waitStory } from './app-helpers';

afterAll(closeBrowser);

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '<a href="javascript:window.__pwned=1">click me</a>',
  '<svg onload="window.__pwned=1"></svg>',
  '"><iframe src="javascript:window.__pwned=1"></iframe>',
];

describe('bad story files', () => {
  it('show a clear message and keep the current story and its edits', async () => {
    const { page, close } = await openApp('');
    const f0 = await ensureFlow(page);
    await page.locator(`li[data-flow="${f0.id}"] button[aria-label^="Reverse flow"]`).click();
    const edited = await storyOf(page);
    const good = JSON.parse(JSON.stringify(edited));
    const variant = (fn: (s: any) => void): string => {
      const s = JSON.parse(JSON.stringify(good));
      fn(s);
      return JSON.stringify(s);
    };
    const cases: [string, string, RegExp][] = [
      ['notjson.json', '{"article": {', /not valid JSON/],
      ['array.json', '[1,2,3]', /expected a story object/],
      ['shape.json', '{"hello": "world"}', /article: expected an object/],
      ['category.json', variant((s) => (s.flows[0].category = 'tanks')), /flows\[0\]\.category: 'tanks' is not one of troops, weapons/],
      ['lat.json', variant((s) => (s.places[1].lat = 123)), /places\[1\]\.lat: 123 is out of range \[-90, 90\]/],
      ['dangling.json', variant((s) => (s.flows[0].to = 'nowhere')), /flows\[0\]\.to: 'nowhere' does not match any place id/],
      ['foreign.geojson', '{"type":"FeatureCollection","features":[]}', /only GeoJSON exported by Article Atlas/],
      ['binary.txt', '\u0000\u0001\u0002PNG', /not UTF-8 text/],
    ];
    for (const [name, content, re] of cases) {
      await openFile(page, name, content);
      // Wait for the verdict, not the "Reading …" progress line that names the file first.
      await page.waitForFunction((n) => {
        const m = document.querySelector('#status .status-msg');
        return m != null && m.getAttribute('data-kind') !== 'progress' && m.textContent!.includes(n);
      }, name);
      const msg = await statusText(page);
      expect(msg, name).toMatch(re);
      expect(msg, name).toMatch(/current story is unchanged/);
      expect(await storyOf(page), name).toEqual(edited);
    }
    // The bad values were not persisted either.
    await page.reload();
    await page.waitForFunction(() => window.atlas?.story != null);
    expect(await storyOf(page)).toEqual(edited);
    await close();
  });
});

describe('script payloads', () => {
  it('in pasted article text render as text and run nothing', async () => {
    const { page, errors, close } = await openApp('');
    const text = `Lisboa enviou ajuda a Angola. ${PAYLOADS.join(' ')} O governo de Portugal confirmou o envio para Luanda.`;
    await page.click('#paste-open');
    await page.fill('#paste-text', text);
    await page.click('#paste-submit');
    await waitStory(page, text);
    const reader = page.locator('#panel .reader');
    expect(await reader.textContent()).toContain(PAYLOADS.join(' '));
    expect(await page.locator('#panel img, #panel script, #panel svg, #panel iframe, #panel a[href^="javascript"]').count()).toBe(0);
    // Click every mention (popups built from the same text) and wait a moment for anything deferred.
    for (const m of await reader.locator('mark.mention').all()) await m.click();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors, errors.join("\n")).toEqual([]);
    await close();
  });

  it('in an HTML file are dropped or shown as text and never run', async () => {
    const { page, close } = await openApp('');
    const html = `<!doctype html><html><head><title>Ajuda &lt;b&gt; a Angola</title><meta property="og:site_name" content="Jornal Teste">
      <meta property="article:published_time" content="2025-07-12T10:00:00Z"><script>window.__pwned=1</script></head>
      <body onload="window.__pwned=1"><nav>Menu</nav><article><h1>Portugal envia ajuda a Angola</h1>
      <p>Portugal enviou 20 toneladas de ajuda humanitária a Angola <img src=x onerror="window.__pwned=1">nesta segunda-feira.</p>
      <p>O material chegou a Luanda, segundo o governo. <a href="javascript:window.__pwned=1">Leia mais</a> &lt;script&gt;window.__pwned=1&lt;/script&gt;</p>
      <script>window.__pwned=1</script></article></body></html>`;
    await openFile(page, 'artigo.html', html, 'text/html');
    await page.waitForFunction(() => window.atlas.story?.article.text.includes('Luanda'), undefined, { timeout: 60_000 });
    const s = await storyOf(page);
    expect(s.article.title).toBe('Portugal envia ajuda a Angola');
    expect(s.article.source).toBe('Jornal Teste');
    expect(s.article.date).toBe('2025-07-12T10:00:00Z');
    expect(s.article.text).toContain('<script>window.__pwned=1</script>'); // the escaped text, as text
    expect(s.article.text).not.toContain('Menu');
    expect(await page.locator('#panel img, #panel script, #panel a[href^="javascript"]').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await close();
  });

  it('in story fields (title, place names, quotes) render as text', async () => {
    const { page, errors, close } = await openApp('');
    const s = await storyOf(page);
    const evil = JSON.parse(JSON.stringify(s));
    evil.article.title = PAYLOADS[0];
    evil.places[0].name = PAYLOADS[1];
    evil.article.source = PAYLOADS[2];
    await openFile(page, 'evil.json', JSON.stringify(evil), 'application/json');
    await page.waitForFunction((t) => window.atlas.story?.article.title === t, PAYLOADS[0]);
    expect(await page.inputValue('#story-title')).toBe(PAYLOADS[0]);
    expect(await page.locator('#panel').textContent()).toContain(PAYLOADS[1]);
    await page.locator(`li[data-place="${evil.places[0].id}"] button.place-open`).click();
    await page.waitForTimeout(300);
    expect(await page.locator('#panel img, #panel script, #panel a[href^="javascript"], #map img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors, errors.join("\n")).toEqual([]);
    await close();
  });
});

import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { Story } from '../story';
import { syntheticStory } from './fixtures/synthetic';
import { PACIFIC, XSS } from './fixtures/stories';
import { storyToMap } from './story-layers';
import { basemapStyle, detailedBasemap, FIRST_LABEL_LAYER } from './style';

// The page creates its map with validateStyle: false and changes layers with { validate: false } (MapLibre
// would otherwise serialise the whole style for each added layer or changed filter); these specs are
// checked here instead, against the style specification of the MapLibre version in use.
const fonts = {
  regular: [{ url: 'http://localhost/r.woff2', unicodeRange: ['U+0000-00FF'] }],
};

function fullStyle(theme: 'light' | 'dark', lang: 'pt' | 'en' | 'es' | 'fr', story?: Story, filter?: Parameters<typeof storyToMap>[1]['filter']) {
  const style = basemapStyle({ theme, lang, dataUrl: 'http://localhost/data/', fonts, mentioned: ['KP', 'RU'] });
  const d = detailedBasemap({ theme, dataUrl: 'http://localhost/data/' });
  style.sources.ne10m = d.source;
  const layers = [...style.layers];
  layers.splice(layers.findIndex((l) => l.id === 'countries-mentioned'), 0, ...d.fill);
  layers.splice(layers.findIndex((l) => l.id === FIRST_LABEL_LAYER), 0, ...d.lines);
  if (story) {
    const sm = storyToMap(story, { theme, lang, ...(filter ? { filter } : {}) });
    Object.assign(style.sources, sm.sources);
    layers.push(...sm.layers);
  }
  return { ...style, layers };
}

describe('map styles against the MapLibre style specification', () => {
  it('the basemap with its detail layers, in both themes and every language', () => {
    for (const theme of ['light', 'dark'] as const) for (const lang of ['pt', 'en', 'es', 'fr'] as const) {
      expect(validateStyleMin(fullStyle(theme, lang)).map((e) => e.message)).toEqual([]);
    }
  });

  it('with story layers: small, filtered and dense stories', () => {
    const cases: Array<[Story, Parameters<typeof storyToMap>[1]['filter']]> = [
      [PACIFIC, undefined],
      [XSS, undefined],
      [PACIFIC, { categories: new Set(['troops']), showDenied: false, showReported: false }],
      [syntheticStory(300, 800, 7), undefined],
    ];
    for (const [story, filter] of cases) {
      expect(validateStyleMin(fullStyle('light', 'pt', story, filter)).map((e) => e.message)).toEqual([]);
    }
  });

  it('gives the basemap lines and labels their paint per feature, so the story shares their shader programs', () => {
    const style = fullStyle('light', 'en');
    const perFeature = (v: unknown): boolean => Array.isArray(v) && v[0] === 'case';
    const lines = style.layers.filter((l) => l.type === 'line');
    const labels = style.layers.filter((l) => l.type === 'symbol');
    expect(lines.length).toBeGreaterThan(0);
    expect(labels.length).toBeGreaterThan(0);
    for (const l of lines) {
      const p = (l as { paint: Record<string, unknown> }).paint;
      expect(perFeature(p['line-color']) && perFeature(p['line-opacity']), l.id).toBe(true);
      expect(JSON.stringify(p['line-width']), l.id).toContain('"case"');
    }
    for (const l of labels) {
      const p = (l as { paint: Record<string, unknown> }).paint;
      expect(perFeature(p['text-color']) && perFeature(p['text-opacity']), l.id).toBe(true);
    }
  });

  it('catches a broken expression (the check can fail)', () => {
    const style = fullStyle('light', 'en', PACIFIC);
    const bad = { ...style, layers: style.layers.map((l) => (l.id === 'story-markers' ? { ...l, paint: { 'circle-radius': ['get'] } } : l)) };
    expect(validateStyleMin(bad as typeof style).length).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { THEMES } from '../map/theme';
import type { Story } from '../story';
import {
  ATTRIBUTION_TEXT, calloutsFromStory, defaultSubtitle, defaultTitle, ellipsize, finishReport, formatDistance,
  layoutReport, niceDistance, wrapText, type Item, type Measure, type ReportInput,
} from './layout';
import type { LegendSpec } from './legend';

// Roughly Noto Sans: 0.55 em per character (bold 0.6).
const measure: Measure = (t, size, weight) => t.length * size * (weight === 700 ? 0.6 : 0.55);

const legend: LegendSpec = {
  categories: [{ label: 'Tropas', color: '#D55E00' }, { label: 'Munições', color: '#E69F00' }],
  widths: [{ label: '10 mil–100 mil', width: 6 }],
  statuses: [{ label: 'Afirmado', dash: null, opacity: 0.9 }, { label: 'Relatado', dash: [2, 1.2], opacity: 0.7 }],
  headings: { categories: 'O que se move', widths: 'Quantidade', statuses: 'Situação' },
};

const base: ReportInput = Object.freeze({
  width: 1600, height: 900, theme: THEMES.light, title: 'Lavrov encontra Kim em Wonsan', subtitle: 'Fonte · 2025-07-12', legend, scaleBar: true,
  callouts: [{ n: 1, text: 'Pyongyang já teria enviado mais de 14 mil soldados à Rússia.', lon: 80, lat: 50 }],
});

const texts = (items: Item[]) => items.filter((i): i is Extract<Item, { kind: 'text' }> => i.kind === 'text').map((i) => i.text);
const inside = (r: { x: number; y: number; w: number; h: number }, o: { x: number; y: number; w: number; h: number }) =>
  r.x >= o.x - 1e-6 && r.y >= o.y - 1e-6 && r.x + r.w <= o.x + o.w + 1e-6 && r.y + r.h <= o.y + o.h + 1e-6;

describe('layoutReport', () => {
  it('places header, map, legend, attribution and callouts without overlap of the bands', () => {
    const c = layoutReport(base, measure);
    expect(c.regions.header!.y).toBe(0);
    expect(c.map.y).toBe(c.regions.header!.h);
    expect(c.map.y + c.map.h).toBe(c.regions.callouts!.y);
    expect(c.regions.callouts!.y + c.regions.callouts!.h).toBeCloseTo(900, 6);
    expect(inside(c.regions.legend!, c.map)).toBe(true);
    expect(inside(c.regions.attribution!, c.map)).toBe(true);
    expect(texts(c.items)).toEqual(expect.arrayContaining(['Lavrov encontra Kim em Wonsan', 'Fonte · 2025-07-12', 'Tropas', 'Situação', ATTRIBUTION_TEXT]));
    expect(c.callouts.map((x) => x.n)).toEqual([1]);
  });

  it('always has the attribution, even tiny and with nothing else', () => {
    for (const [w, hgt] of [[200, 200], [320, 1200], [8192, 600]] as const) {
      const c = layoutReport({ width: w, height: hgt, theme: THEMES.dark }, measure);
      const a = c.regions.attribution!;
      expect(inside(a, { x: 0, y: 0, w, h: hgt })).toBe(true);
      expect(texts(c.items).join(' ')).toContain('Natural Earth');
      expect(texts(c.items).join(' ')).toContain('GeoNames');
      expect(texts(c.items).join(' ')).toContain('MapLibre');
    }
  });

  it('keeps the map at least 65% of the height however many callouts there are', () => {
    const callouts = Array.from({ length: 40 }, (_, i) => ({ n: i + 1, text: 'palavra '.repeat(60), lon: 0, lat: 0 }));
    const c = layoutReport({ ...base, callouts }, measure);
    expect(c.map.h).toBeGreaterThan(900 * 0.6);
    expect(c.callouts.length).toBeGreaterThan(0);
    expect(c.callouts.length).toBeLessThan(40);
  });

  it('drops the header when there is neither title nor subtitle, and the legend when asked', () => {
    const c = layoutReport({ ...base, title: '', subtitle: '', legend: null, callouts: [] }, measure);
    expect(c.map).toEqual({ x: 0, y: 0, w: 1600, h: 900 });
    expect(c.regions.legend).toBeUndefined();
  });

  it('pads fitted places clear of the legend', () => {
    const c = layoutReport(base, measure);
    expect(c.fitPadding.left).toBeGreaterThan(c.regions.legend!.x + c.regions.legend!.w);
  });

  it('scales type with the image size, not with the pixel ratio', () => {
    const small = layoutReport({ ...base, width: 1300, height: 750 }, measure);
    const big = layoutReport({ ...base, width: 1754, height: 1240 }, measure);
    expect(big.scale).toBeGreaterThan(small.scale);
    expect(small.scale).toBeCloseTo(1, 6);
  });
});

describe('finishReport', () => {
  it('adds a round scale bar and callout markers inside the map', () => {
    const c = finishReport(layoutReport(base, measure), { metresPerPixel: 9000, anchors: [{ x: 400, y: 300 }] });
    expect(texts(c.items)).toContain('1 000 km');
    expect(inside(c.regions.scaleBar!, c.map)).toBe(true);
    expect(c.regions.markers).toBeDefined();
    expect(inside(c.regions.markers!, c.map)).toBe(true);
  });

  it('moves the scale bar above the attribution when both do not fit side by side', () => {
    const c = finishReport(layoutReport({ ...base, width: 200, height: 300, title: '', subtitle: '', legend: null, callouts: [] }, measure), { metresPerPixel: 50_000 });
    const s = c.regions.scaleBar!;
    const a = c.regions.attribution!;
    expect(s.y + s.h).toBeLessThanOrEqual(a.y + 1e-6);
  });

  it('draws no marker for anchors off the map', () => {
    const c = finishReport(layoutReport(base, measure), { anchors: [null] });
    expect(c.regions.markers).toBeUndefined();
  });
});

describe('text helpers', () => {
  it('wraps, cuts long words and ellipsizes', () => {
    expect(wrapText('a bb ccc dddd', 4 * 10 * 0.55, 10, 400, measure)).toEqual(['a bb', 'ccc', 'dddd']);
    expect(wrapText('x'.repeat(25), 10 * 10 * 0.55, 10, 400, measure)).toEqual(['xxxxxxxxxx', 'xxxxxxxxxx', 'xxxxx']);
    const two = wrapText('um dois três quatro cinco seis sete', 12 * 5.5, 10, 400, measure, 2);
    expect(two).toHaveLength(2);
    expect(two[1]!.endsWith('…')).toBe(true);
    expect(ellipsize('abcdef', 4 * 5.5, 10, 400, measure)).toBe('abc…');
  });

  it('picks round distances', () => {
    expect(niceDistance(1234)).toBe(1000);
    expect(niceDistance(4321)).toBe(3000);
    expect(niceDistance(7e5)).toBe(5e5);
    expect(formatDistance(2_000_000)).toBe('2 000 km');
    expect(formatDistance(500)).toBe('500 m');
  });
});

describe('story defaults', () => {
  const story: Story = {
    article: { text: '\n  First line of the article\nSecond. Third sentence here.', lang: 'en', source: 'Wire', date: '2025-07-12' },
    places: [
      { id: 'a', name: 'A', kind: 'city', lon: 170, lat: 10, mentions: [] },
      { id: 'b', name: 'B', kind: 'city', lon: -170, lat: 20, mentions: [] },
    ],
    flows: [
      { id: 'f2', from: 'a', to: 'b', category: 'aid', status: 'stated', quotes: [{ start: 37, end: 58, text: 'Third sentence here.' }] },
      { id: 'f1', from: 'a', to: 'b', category: 'oil', status: 'stated', quotes: [{ start: 29, end: 36, text: 'Second.' }, { start: 37, end: 58, text: 'Third sentence here.' }] },
    ],
  };
  it('title falls back to the first line; subtitle joins source and date', () => {
    expect(defaultTitle(story)).toBe('First line of the article');
    expect(defaultTitle({ ...story, article: { ...story.article, title: ' T ' } })).toBe('T');
    expect(defaultSubtitle(story)).toBe('Wire · 2025-07-12');
    expect(defaultTitle(null)).toBe('');
  });
  it('one callout per distinct quote, in text order, anchored across the antimeridian', () => {
    const c = calloutsFromStory(story);
    expect(c.map((x) => [x.n, x.text])).toEqual([[1, 'Second.'], [2, 'Third sentence here.']]);
    expect(Math.abs(c[0]!.lon)).toBeCloseTo(180, 6);
    const mid = calloutsFromStory(story, () => ({ lon: 5, lat: 6 }));
    expect(mid[0]).toMatchObject({ lon: 5, lat: 6 });
  });
});

describe('legend fitting', () => {
  it('shrinks the legend to fit a short map instead of dropping sections', () => {
    const c = layoutReport({ ...base, width: 800, height: 420, callouts: [] }, measure);
    expect(texts(c.items)).toEqual(expect.arrayContaining(['Tropas', 'Quantidade', 'Situação', 'Relatado']));
    expect(inside(c.regions.legend!, c.map)).toBe(true);
  });
});

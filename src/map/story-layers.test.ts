import { LOD_BUDGET } from './lod';
import { describe, expect, it } from 'vitest';
import type { CircleLayerSpecification, LineLayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { Story } from '../story';
import { PACIFIC, deepFreeze } from './fixtures/stories';
import { categoryColor, DENIED_COLOR } from './palette';
import {
  arcLayerId,
  CASING_MAX_FLOWS,
  LAYER_ARROWS,
  LAYER_CASING,
  LAYER_LABELS,
  LAYER_MARKERS,
  legendModel,
  lonLatBounds,
  SOURCE_STORY,
  storyToMap,
} from './story-layers';
import { FONT_REGULAR } from './style';

const lines = (s: Story) => storyToMap(s, { theme: 'light' }).arcs;

describe('storyToMap', () => {
  it('gives every story line layer per-feature colour, width and opacity (one shader program for all)', () => {
    const m = storyToMap(PACIFIC, { theme: 'light' });
    const lineLayers = m.layers.filter((l): l is LineLayerSpecification => l.type === 'line');
    expect(lineLayers.length).toBeGreaterThan(3);
    for (const l of lineLayers) {
      for (const k of ['line-color', 'line-width', 'line-opacity'] as const) {
        const v = l.paint![k];
        expect(Array.isArray(v) && /"(get|has)"/.test(JSON.stringify(v)), `${l.id} ${k}`).toBe(true);
      }
    }
  });

  it('does not mutate a frozen story and is deterministic', () => {
    const a = storyToMap(PACIFIC, { theme: 'light', lang: 'en' });
    const b = storyToMap(PACIFIC, { theme: 'light', lang: 'en' });
    expect(JSON.stringify(a.sources)).toBe(JSON.stringify(b.sources));
    expect(a.layers).toEqual(b.layers);
  });

  it('makes one point per place with ids, kind, mention count and radius', () => {
    const m = storyToMap(PACIFIC, { theme: 'light' });
    const pts = m.places;
    expect(pts).toHaveLength(4);
    const vvo = pts.find((f) => f.properties!.id === 'city:vvo')!;
    expect(vvo.properties).toMatchObject({ name: 'Vladivostok', kind: 'city', n: 3 });
    expect(vvo.properties!.r).toBeGreaterThan(4);
    // One source holds every kind of feature, keyed by kind and id (a place and a flow may share an id).
    expect(Object.keys(m.sources)).toEqual([SOURCE_STORY]);
    const src = m.sources[SOURCE_STORY]!;
    expect(src.promoteId).toBe('key');
    expect(src.data.features).toHaveLength(m.places.length + m.arcs.length + m.arrows.length);
    const keys = src.data.features.map((f) => f.properties!.key as string);
    expect(new Set(keys).size).toBe(keys.length);
    expect(vvo.properties).toMatchObject({ t: 'place', key: 'place:city:vvo' });
  });

  it('draws every flow as its own curve, with its ids, category, status and width', () => {
    const fs = lines(PACIFIC);
    expect(fs.map((f) => f.properties!.id).sort()).toEqual(['f1', 'f2', 'f3', 'f4', 'f5']);
    const f5 = fs.find((f) => f.properties!.id === 'f5')!;
    expect(f5.properties).toMatchObject({ from: 'city:mow', to: 'city:anc', category: 'troops', status: 'stated', w: 4.5, amount: 2500 });
    // Three flows between Vladivostok and Los Angeles (two one way, one back): three distinct curves.
    const mids = ['f1', 'f2', 'f3'].map((id) => {
      const c = fs.find((f) => f.properties!.id === id)!.geometry.coordinates;
      const oriented = id === 'f2' ? [...c].reverse() : c;
      return oriented[Math.floor(oriented.length / 2)]!;
    });
    for (let i = 0; i < 3; i++) for (let j = i + 1; j < 3; j++) expect(Math.hypot(mids[i]![0]! - mids[j]![0]!, mids[i]![1]! - mids[j]![1]!)).toBeGreaterThan(3);
    // Continuous longitudes across the antimeridian: no jump between consecutive points.
    for (const f of fs) {
      const c = f.geometry.coordinates;
      for (let i = 1; i < c.length; i++) expect(Math.abs(c[i]![0]! - c[i - 1]![0]!)).toBeLessThan(10);
    }
  });

  it('puts an arrowhead at each destination, rotated along the last segment, offset past the marker', () => {
    const m = storyToMap(PACIFIC, { theme: 'light' });
    const arrows = m.arrows;
    expect(arrows).toHaveLength(5);
    const a1 = arrows.find((f) => f.properties!.id === 'f1')!;
    // Ends at Los Angeles (continuous longitude), travelling east-south-east.
    expect(a1.geometry.coordinates[0]).toBeCloseTo(-118.2437 + 360, 4);
    expect(a1.properties!.rot).toBeGreaterThan(90);
    expect(a1.properties!.rot).toBeLessThan(180);
    expect(a1.properties!.off[1]).toBeGreaterThan(0);
    expect(a1.properties!.size).toBeGreaterThan(0);
  });

  it('skips what cannot be drawn and says why', () => {
    const bad = deepFreeze({
      ...PACIFIC,
      places: [...PACIFIC.places, { id: 'nowhere', name: 'X', kind: 'city' as const, lon: 10, lat: 123, mentions: [] }],
      flows: [
        ...PACIFIC.flows,
        { id: 'g1', from: 'city:vvo', to: 'ghost', category: 'oil' as const, status: 'stated' as const, quotes: [] },
        { id: 'g2', from: 'city:vvo', to: 'city:vvo', category: 'oil' as const, status: 'stated' as const, quotes: [] },
      ],
    });
    const m = storyToMap(bad, { theme: 'light' });
    expect(m.skipped.map((s) => s.id)).toEqual(['nowhere', 'g1', 'g2']);
    expect(m.skipped[1]!.reason).toContain('ghost');
  });

  it('stacks layers: casing, arcs by status, arrows, markers, labels (labels in the basemap face)', () => {
    const m = storyToMap(PACIFIC, { theme: 'dark', lang: 'en' });
    const ids = m.layers.map((l) => l.id);
    expect(ids.indexOf(LAYER_CASING)).toBeLessThan(ids.indexOf(arcLayerId('stated')));
    expect(ids.indexOf(arcLayerId('denied'))).toBeLessThan(ids.indexOf(LAYER_ARROWS));
    expect(ids.some((id) => id.includes('hit'))).toBe(false); // clicks query the drawn arcs with a radius instead
    expect(ids.indexOf(LAYER_ARROWS)).toBeLessThan(ids.indexOf(LAYER_MARKERS));
    expect(ids.indexOf(LAYER_MARKERS)).toBeLessThan(ids.indexOf(LAYER_LABELS));
    const labels = m.layers.find((l) => l.id === LAYER_LABELS) as SymbolLayerSpecification;
    expect(labels.layout!['text-font']).toEqual([FONT_REGULAR]);
    expect(m.layers.find((l) => l.id === LAYER_MARKERS)!.type).toBe('circle');
    // Reported arcs are dashed and lighter than stated ones; denied ones grey and hidden by default.
    const stated = m.layers.find((l) => l.id === arcLayerId('stated')) as LineLayerSpecification;
    const reported = m.layers.find((l) => l.id === arcLayerId('reported')) as LineLayerSpecification;
    const denied = m.layers.find((l) => l.id === arcLayerId('denied')) as LineLayerSpecification;
    expect(stated.paint!['line-dasharray']).toBeUndefined();
    expect(reported.paint!['line-dasharray']).toBeDefined();
    // Constant values are written per feature (see perFeature): ['case', test, v, v].
    const value = (v: unknown): unknown => (Array.isArray(v) && v[0] === 'case' ? v[2] : v);
    expect(value(reported.paint!['line-opacity'])).toBeLessThan(value(stated.paint!['line-opacity']) as number);
    expect(value(denied.paint!['line-color'])).toBe(DENIED_COLOR.dark);
    expect(denied.layout!.visibility).toBe('none');
    // The category colour expression carries the theme's palette.
    expect(JSON.stringify(stated.paint!['line-color'])).toContain(categoryColor('troops', 'dark'));
  });

  it('filters by category and status through layer filters (data stays put)', () => {
    const m = storyToMap(PACIFIC, { theme: 'light', filter: { categories: new Set(['oil'] as const), showDenied: true, showReported: false } });
    const arrows = m.layers.find((l) => l.id === LAYER_ARROWS) as SymbolLayerSpecification;
    const f = JSON.stringify(arrows.filter);
    expect(f).toContain('"oil"');
    expect(f).not.toContain('"troops"');
    expect(f).toContain('"denied"');
    expect(f).not.toContain('"reported"');
    expect((m.layers.find((l) => l.id === arcLayerId('reported'))!.layout as { visibility: string }).visibility).toBe('none');
    expect((m.layers.find((l) => l.id === arcLayerId('denied'))!.layout as { visibility: string }).visibility).toBe('visible');
    expect(lines(PACIFIC)).toHaveLength(5);
  });

  it('gives anchors for popups and bounds across the antimeridian', () => {
    const m = storyToMap(PACIFIC, { theme: 'light' });
    expect(m.anchors.places.get('city:mow')).toEqual([37.6173, 55.7558]);
    const a = m.anchors.flows.get('f1')!;
    expect(a.from).toBe('city:vvo');
    expect(a.mid[0]).toBeGreaterThan(170);
    const [w, s, e, n] = m.bounds!;
    // Every place lies inside (modulo 360), and the interval is less than the whole world.
    expect(e - w).toBeLessThan(360);
    for (const p of PACIFIC.places) {
      const lon = ((p.lon - w) % 360 + 360) % 360 + w;
      expect(lon).toBeGreaterThanOrEqual(w - 1e-9);
      expect(lon).toBeLessThanOrEqual(e + 1e-9);
      expect(p.lat).toBeGreaterThanOrEqual(s);
      expect(p.lat).toBeLessThanOrEqual(n);
    }
    // Flows across the Pacific only: the bounds cross the antimeridian instead of spanning the globe.
    const pac = storyToMap({ ...PACIFIC, places: PACIFIC.places.slice(0, 2), flows: PACIFIC.flows.slice(0, 3) }, { theme: 'light' }).bounds!;
    expect(pac[0]).toBeCloseTo(131.8869, 3);
    expect(pac[2]).toBeCloseTo(-118.2437 + 360, 3);
  });

  it('lonLatBounds picks the smallest interval', () => {
    expect(lonLatBounds([170, -170], [0, 10])).toEqual([170, 0, 190, 10]);
    expect(lonLatBounds([-10, 10], [0, 0])).toEqual([-10, 0, 10, 0]);
    expect(lonLatBounds([], [])).toBeNull();
    expect(lonLatBounds([5], [1])).toEqual([5, 1, 5, 1]);
  });

  it('lonLatBounds (linear, binned) agrees with the sorted definition on random clusters', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const reference = (lons: number[]): [number, number] => {
      const w = lons.map((l) => ((((l % 360) + 540) % 360) - 180)).sort((a, b) => a - b);
      let gi = w.length - 1;
      let gap = w[0]! + 360 - w[w.length - 1]!;
      for (let i = 1; i < w.length; i++) if (w[i]! - w[i - 1]! > gap) [gap, gi] = [w[i]! - w[i - 1]!, i - 1];
      const west = w[(gi + 1) % w.length]!;
      const east = w[gi]! < west ? w[gi]! + 360 : w[gi]!;
      return [west, east];
    };
    for (let k = 0; k < 200; k++) {
      const centre = rnd() * 720 - 360;
      const spread = rnd() * 300;
      const lons = Array.from({ length: 1 + Math.floor(rnd() * 40) }, () => centre + (rnd() - 0.5) * spread);
      const b = lonLatBounds(lons, lons.map(() => 0))!;
      const [w, e] = reference(lons);
      expect(b[0]).toBeCloseTo(w, 9);
      expect(b[2]).toBeCloseTo(e, 9);
    }
  });
});

describe('legendModel', () => {
  it('lists the categories present with colours and counts, statuses, width steps and kinds', () => {
    const l = legendModel(PACIFIC, {}, { theme: 'light', lang: 'pt' });
    expect(l.categories.map((c) => [c.category, c.count, c.visibleCount])).toEqual([
      ['troops', 2, 2],
      ['weapons', 1, 0], // denied: hidden by default
      ['oil', 1, 1],
      ['money', 1, 1],
    ]);
    expect(l.categories[0]).toMatchObject({ label: 'Tropas', color: categoryColor('troops', 'light'), active: true });
    expect(l.statuses.map((s) => [s.status, s.visible])).toEqual([
      ['stated', true],
      ['reported', true],
      ['denied', false],
    ]);
    expect(l.statuses.find((s) => s.status === 'reported')!.dash).not.toBeNull();
    expect(l.widths.find((w) => w.width === 4.5)!.count).toBe(1);
    expect(l.widths[0]!.count).toBe(4);
    expect(l.kinds).toEqual([expect.objectContaining({ kind: 'city', label: 'Cidade', count: 4 })]);
  });

  it('reflects the filter', () => {
    const l = legendModel(PACIFIC, { categories: new Set(['money'] as const), showDenied: true });
    expect(l.categories.find((c) => c.category === 'troops')).toMatchObject({ active: false, visibleCount: 0 });
    expect(l.categories.find((c) => c.category === 'money')).toMatchObject({ active: true, visibleCount: 1 });
    expect(l.statuses.find((s) => s.status === 'denied')!.visible).toBe(true);
  });
});

describe('big stories', () => {
  it('drop the arc casing above CASING_MAX_FLOWS flows', () => {
    const layout = (n: number) => storyToMap(PACIFIC, { theme: 'light', flowCount: n }).layers.find((l) => l.id === LAYER_CASING)!.layout as { visibility: string };
    expect(layout(5).visibility).toBe('visible');
    expect(layout(CASING_MAX_FLOWS + 1).visibility).toBe('none');
  });

  it('generalise above LOD_BUDGET flows: each arc and arrow carries its zoom, and the layers filter on it', () => {
    const places = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, name: `P${i}`, kind: 'city' as const, lon: -170 + i * 8, lat: (i % 7) * 10 - 30, mentions: [] }));
    const flows = Array.from({ length: LOD_BUDGET + 50 }, (_, i) => ({
      id: `f${i}`, from: `p${i % 40}`, to: `p${(i * 7 + 3) % 40}`, category: 'troops' as const, status: i === 5 ? ('denied' as const) : ('stated' as const),
      ...(i === 349 ? { quantity: 50000, unit: 'soldiers' } : {}), quotes: [],
    }));
    const story = { article: { text: '', lang: 'en' as const }, places, flows: flows.filter((f) => f.from !== f.to) };
    const m = storyToMap(story, { theme: 'light', flowCount: story.flows.length });
    const lod = new Map((m.arcs).map((f) => [f.properties!.id, f.properties!.lod as number]));
    expect(lod.get('f349')).toBe(0); // the largest quantity is always drawn
    expect(lod.get('f5')).toBeGreaterThan(0); // a denied flow waits for a closer zoom
    expect(m.anchors.flows.get('f5')!.lod).toBe(lod.get('f5'));
    for (const id of [arcLayerId('stated'), LAYER_ARROWS]) expect(JSON.stringify((m.layers.find((l) => l.id === id) as { filter?: unknown }).filter)).toContain('"lod"');
    // A small story is drawn in full at every zoom, with no zoom in its filters.
    const small = storyToMap(PACIFIC, { theme: 'light', flowCount: 5 });
    expect(JSON.stringify(small.layers.map((l) => (l as { filter?: unknown }).filter))).not.toContain('"lod"');
  });
});

describe('marker layers', () => {
  it('styles markers by kind', () => {
    const m = storyToMap(PACIFIC, { theme: 'light' });
    const c = m.layers.find((l) => l.id === LAYER_MARKERS) as CircleLayerSpecification;
    expect(JSON.stringify(c.paint!['circle-color'])).toContain('country');
  });
});

/**
 * Checks on the real built basemap (public/data/basemap when up to date, else a fresh build in a
 * temporary directory): everything within the world, no edge that could streak across the map,
 * RFC 7946 orientation, Russia / Fiji / Antarctica / label points as they should be.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { polygonAreaKm2 } from './area';
import { buildBasemap, upToDate } from './build';
import { type Poly, type Pos, bboxOf, pointInRing, ringArea2 } from './geometry';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let dir = join(root, 'public', 'data', 'basemap');
const files: Record<string, FeatureCollection> = {};

beforeAll(async () => {
  if (!upToDate(root, dir)) {
    const out = mkdtempSync(join(tmpdir(), 'basemap-'));
    await buildBasemap({ root, outDir: out, force: true });
    dir = join(out, 'basemap');
  }
  for (const f of ['basemap-50m', 'basemap-10m', 'labels']) {
    files[f] = JSON.parse(readFileSync(join(dir, `${f}.geojson`), 'utf8')) as FeatureCollection;
  }
}, 120_000);

const of = (fc: FeatureCollection, l: string): Feature[] => fc.features.filter((f) => f.properties?.['l'] === l);
const polysOf = (f: Feature): Poly[] =>
  f.geometry.type === 'Polygon' ? [f.geometry.coordinates as Poly] : ((f.geometry as MultiPolygon).coordinates as Poly[]);
const country = (iso: string): Poly[] =>
  of(files['basemap-50m']!, 'country')
    .filter((f) => f.properties?.['iso'] === iso)
    .flatMap(polysOf);
const inside = (polys: Poly[], p: Pos): boolean => polys.some((poly) => poly.filter((r) => pointInRing(p, r)).length % 2 === 1);

function maxLonStep(paths: Pos[][]): number {
  let m = 0;
  for (const p of paths) for (let i = 1; i < p.length; i++) m = Math.max(m, Math.abs(p[i]![0] - p[i - 1]![0]));
  return m;
}

describe.each(['basemap-50m', 'basemap-10m'])('%s', (name) => {
  it('has land, border and coast layers with only the l (and iso) property', () => {
    const fc = files[name]!;
    const layers = new Set(fc.features.map((f) => f.properties?.['l']));
    expect([...layers].sort()).toEqual(name === 'basemap-50m' ? ['border', 'coast', 'country', 'land'] : ['border', 'coast', 'land']);
    for (const f of fc.features) {
      expect(f.id).toBeUndefined();
      expect(Object.keys(f.properties ?? {}).every((k) => k === 'l' || k === 'iso')).toBe(true);
    }
  });

  it('keeps every position in the world and no polygon edge longer than 10° of longitude', () => {
    const fc = files[name]!;
    const rings = [...of(fc, 'land'), ...of(fc, 'country')].flatMap(polysOf).flat();
    const [x0, y0, x1, y1] = bboxOf(rings);
    expect(x0).toBeGreaterThanOrEqual(-180);
    expect(x1).toBeLessThanOrEqual(180);
    expect(y0).toBeGreaterThanOrEqual(-90);
    expect(y1).toBeLessThanOrEqual(90);
    expect(maxLonStep(rings)).toBeLessThanOrEqual(10);
  });

  it('has no line segment longer than 20° of longitude', () => {
    const fc = files[name]!;
    const lines = [...of(fc, 'coast'), ...of(fc, 'border')].flatMap((f) =>
      f.geometry.type === 'LineString' ? [f.geometry.coordinates as Pos[]] : ((f.geometry as MultiLineString).coordinates as Pos[][]),
    );
    expect(lines.length).toBeGreaterThan(100);
    expect(maxLonStep(lines)).toBeLessThanOrEqual(20);
    expect(lines.every((l) => l.every(([x]) => x >= -180 && x <= 180))).toBe(true);
    const alongCut = lines.filter((l) => l.some((p, i) => i > 0 && Math.abs(p[0]) === 180 && Math.abs(l[i - 1]![0]) === 180));
    expect(alongCut).toEqual([]); // no fake coast where the source was cut at 180°
  });

  it('writes closed, non-degenerate rings, exteriors counter-clockwise and holes clockwise', () => {
    for (const poly of [...of(files[name]!, 'land'), ...of(files[name]!, 'country')].flatMap(polysOf)) {
      poly.forEach((r, i) => {
        expect(r.length).toBeGreaterThanOrEqual(4);
        expect(r[0]).toEqual(r[r.length - 1]);
        expect(ringArea2(r) > 0).toBe(i === 0);
      });
    }
  });

  it('draws Antarctica as a band down to the pole, not a wedge, and the land area is right', () => {
    const land = of(files[name]!, 'land').flatMap(polysOf);
    expect(inside(land, [0, -85])).toBe(true);
    expect(inside(land, [-179.9, -85])).toBe(true);
    expect(inside(land, [179.9, -85])).toBe(true);
    expect(inside(land, [0, -50])).toBe(false);
    expect(inside(land, [-150, 0])).toBe(false); // mid-Pacific is ocean
    const km2 = land.reduce((s, p) => s + polygonAreaKm2(p), 0);
    expect(km2).toBeGreaterThan(140e6);
    expect(km2).toBeLessThan(155e6);
  });

  it('has Chukotka on both sides of the antimeridian', () => {
    const land = of(files[name]!, 'land').flatMap(polysOf);
    expect(inside(land, [-173, 66])).toBe(true); // east of 180: Chukotka near the Bering Strait
    expect(inside(land, [175, 67])).toBe(true);
  });
});

describe('country polygons (50m)', () => {
  it('codes countries with ISO alpha-2', () => {
    const codes = new Set(of(files['basemap-50m']!, 'country').map((f) => f.properties?.['iso']));
    for (const iso of ['RU', 'KP', 'KR', 'UA', 'FR', 'US', 'XK', 'FJ', 'AQ']) expect(codes.has(iso)).toBe(true);
  });

  it('keeps Russia within bounds, on both sides of 180°, and no piece wider than 180°', () => {
    const ru = country('RU');
    expect(ru.length).toBeGreaterThan(10);
    for (const p of ru) {
      const [x0, , x1] = bboxOf(p);
      expect(x0).toBeGreaterThanOrEqual(-180);
      expect(x1).toBeLessThanOrEqual(180);
      expect(x1 - x0).toBeLessThan(180);
    }
    expect(ru.some((p) => bboxOf(p)[2] < -160)).toBe(true); // Chukotka's eastern tip
    expect(inside(ru, [37.6, 55.75])).toBe(true); // Moscow
  });

  it('cuts Fiji into pieces each well under 180° wide', () => {
    const fj = country('FJ');
    expect(fj.length).toBeGreaterThan(2);
    for (const p of fj) {
      const [x0, , x1] = bboxOf(p);
      expect(x1 - x0).toBeLessThan(5);
    }
    expect(fj.some((p) => bboxOf(p)[0] < 0)).toBe(true);
    expect(fj.some((p) => bboxOf(p)[0] > 0)).toBe(true);
  });
});

describe('labels', () => {
  const label = (iso: string): Feature<Point> =>
    files['labels']!.features.find((f) => f.properties?.['iso'] === iso) as Feature<Point>;

  it('has one point per coded country with names, rank and area', () => {
    const fs = files['labels']!.features;
    expect(fs.length).toBeGreaterThan(200);
    expect(new Set(fs.map((f) => f.properties?.['iso'])).size).toBe(fs.length);
    expect(fs.map((f) => f.properties?.['rank'])).toEqual(fs.map((_, i) => i + 1));
    expect(label('RU').properties).toMatchObject({ name_pt: 'Rússia', name_en: 'Russia', name_fr: 'Russie', rank: 1 });
    expect(label('KP').properties).toMatchObject({ name_pt: 'Coreia do Norte', name_es: 'Corea del Norte', name_fr: 'Corée du Nord' });
    expect(label('US').properties?.['name_pt']).toBe('Estados Unidos');
    for (const f of fs) {
      for (const k of ['name_en', 'name_pt', 'name_es', 'name_fr']) expect(String(f.properties?.[k])).toMatch(/^[^,()]+$/);
    }
  });

  it('puts each label inside its own country', () => {
    for (const f of files['labels']!.features) {
      const iso = String(f.properties?.['iso']);
      expect(inside(country(iso), (f.geometry as Point).coordinates as Pos), iso).toBe(true);
    }
  });

  it('puts Russia in Russia, France in metropolitan France, the USA in the contiguous states', () => {
    const [rx, ry] = label('RU').geometry.coordinates as Pos;
    expect(rx).toBeGreaterThan(40);
    expect(rx).toBeLessThan(140);
    expect(ry).toBeGreaterThan(50);
    const [fx, fy] = label('FR').geometry.coordinates as Pos;
    expect(fx).toBeGreaterThan(-5);
    expect(fx).toBeLessThan(8);
    expect(fy).toBeGreaterThan(42);
    expect(fy).toBeLessThan(51);
    const [ux, uy] = label('US').geometry.coordinates as Pos;
    expect(ux).toBeGreaterThan(-125);
    expect(ux).toBeLessThan(-67);
    expect(uy).toBeGreaterThan(25);
    expect(uy).toBeLessThan(49);
  });
});

describe('buildBasemap', () => {
  it('skips when its outputs are newer than the inputs and its sources', async () => {
    expect(await buildBasemap({ root, outDir: dirname(dir), force: false })).toBe(false);
  });
});

describe('manifest', () => {
  it('lists every file with raw and gzip sizes and the source', () => {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      files: Record<string, { bytes: number; gzipBytes: number }>;
      source: string;
    };
    expect(m.source).toBe('Natural Earth via world-atlas 2.0.2');
    for (const f of ['basemap-50m.geojson', 'basemap-10m.geojson', 'labels.geojson']) {
      expect(m.files[f]!.bytes).toBeGreaterThan(m.files[f]!.gzipBytes);
      expect(m.files[f]!.gzipBytes).toBeGreaterThan(0);
    }
  });
});

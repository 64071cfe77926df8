import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import {
  arcPath,
  arrowImage,
  ARROW_IMAGE_SIZE,
  assignBends,
  endRotation,
  flowWidth,
  splitAtAntimeridian,
  unwrap,
  widthScale,
  wrapLon,
  type LonLat,
} from './arcs';

const VVO: LonLat = [131.8869, 43.1155];
const LAX: LonLat = [-118.2437, 34.0522];
const MOW: LonLat = [37.6173, 55.7558];
const ANC: LonLat = [-149.9003, 61.2181];

function maxStep(c: LonLat[]): number {
  let m = 0;
  for (let i = 1; i < c.length; i++) m = Math.max(m, Math.abs(c[i]![0] - c[i - 1]![0]));
  return m;
}

describe('arcPath', () => {
  it('runs Vladivostok → Los Angeles across the antimeridian with continuous longitudes', () => {
    const c = arcPath(VVO, LAX);
    expect(c[0]).toEqual(VVO);
    expect(c[c.length - 1]![0]).toBeCloseTo(LAX[0] + 360, 6);
    expect(c[c.length - 1]![1]).toBeCloseTo(LAX[1], 6);
    expect(maxStep(c)).toBeLessThan(10);
    // The great circle bulges north over the Pacific (Aleutians), well above both ends.
    expect(Math.max(...c.map((p) => p[1]))).toBeGreaterThan(50);
    // Every point is on the great circle: the distance via each point equals the direct one.
    const d = distance(VVO, LAX);
    for (const p of c.slice(1, -1)) expect(distance(VVO, p) + distance(p, LAX)).toBeCloseTo(d, 0);
  });

  it('runs Moscow → Anchorage over the pole region, continuous', () => {
    const c = arcPath(MOW, ANC);
    expect(maxStep(c)).toBeLessThan(5);
    expect(c[c.length - 1]![0]).toBeCloseTo(ANC[0] + 360, 6); // 210.1: eastward over Siberia
    expect(Math.max(...c.map((p) => p[1]))).toBeGreaterThan(70);
  });

  it('bends to the right of travel for a positive bend, by about bend × distance at the middle', () => {
    const a: LonLat = [0, 0];
    const b: LonLat = [20, 0];
    const c = arcPath(a, b, 0.1, 20);
    const mid = c[10]!;
    // Travelling east, right is south.
    expect(mid[1]).toBeLessThan(0);
    const dKm = distance(a, b);
    expect(distance([10, 0], mid)).toBeCloseTo(0.1 * dKm, -1);
    const left = arcPath(a, b, -0.1, 20)[10]!;
    expect(left[1]).toBeCloseTo(-mid[1], 4);
  });

  it('degenerates gracefully for a zero-length path', () => {
    expect(arcPath([10, 10], [10, 10])).toEqual([[10, 10], [10, 10]]);
  });
});

describe('splitAtAntimeridian', () => {
  it('cuts a continuous path into pieces within [-180, 180] that meet at ±180', () => {
    const pieces = splitAtAntimeridian(arcPath(VVO, LAX));
    expect(pieces).toHaveLength(2);
    for (const p of pieces) for (const [x] of p) expect(Math.abs(x)).toBeLessThanOrEqual(180);
    expect(pieces[0]![pieces[0]!.length - 1]![0]).toBe(180);
    expect(pieces[1]![0]![0]).toBe(-180);
    expect(pieces[0]![pieces[0]!.length - 1]![1]).toBe(pieces[1]![0]![1]);
  });
  it('leaves a path that does not cross alone', () => {
    expect(splitAtAntimeridian([[0, 0], [10, 5]])).toEqual([[[0, 0], [10, 5]]]);
  });
  it('handles the westward crossing', () => {
    const pieces = splitAtAntimeridian(arcPath(LAX, VVO));
    expect(pieces).toHaveLength(2);
    expect(pieces[0]![pieces[0]!.length - 1]![0]).toBe(-180);
    expect(pieces[1]![0]![0]).toBe(180);
  });
});

describe('helpers', () => {
  it('wraps and unwraps longitudes', () => {
    expect(wrapLon(190)).toBe(-170);
    expect(wrapLon(-190)).toBe(170);
    expect(wrapLon(180)).toBe(180);
    expect(unwrap([[170, 0], [-170, 0], [-150, 0]])).toEqual([[170, 0], [190, 0], [210, 0]]);
  });

  it('gives the screen direction at the end of a path', () => {
    expect(endRotation([[0, 0], [1, 0]])).toBeCloseTo(90);
    expect(endRotation([[0, 0], [0, 1]])).toBeCloseTo(0);
    expect(endRotation([[0, 0], [-1, 0]])).toBeCloseTo(270);
    expect(endRotation([[0, 1], [0, 0]])).toBeCloseTo(180);
    // Across the antimeridian eastward (continuous longitudes): pointing east-ish.
    const r = endRotation(arcPath(VVO, LAX));
    expect(r).toBeGreaterThan(90);
    expect(r).toBeLessThan(180);
  });
});

describe('assignBends', () => {
  it('draws a lone flow as a plain great circle', () => {
    expect(assignBends([{ id: 'a', from: MOW, to: ANC, order: 0 }]).get('a')).toBe(0);
  });

  it('puts A→B and B→A on opposite sides, and several categories on distinct curves', () => {
    const bends = assignBends([
      { id: 'ab1', from: VVO, to: LAX, order: 0 },
      { id: 'ab2', from: VVO, to: LAX, order: 6 },
      { id: 'ba', from: LAX, to: VVO, order: 7 },
    ]);
    const paths = ['ab1', 'ab2', 'ba'].map((id) => {
      const [f, t] = id === 'ba' ? [LAX, VVO] : [VVO, LAX];
      const c = arcPath(f, t, bends.get(id)!, 40);
      return id === 'ba' ? [...c].reverse() : c;
    });
    // Compare midpoints (same orientation): pairwise far apart, and never the same curve.
    const mids = paths.map((c) => c[20]!);
    for (let i = 0; i < 3; i++)
      for (let j = i + 1; j < 3; j++) expect(distance(mids[i]!, mids[j]!)).toBeGreaterThan(500);
  });

  it('is independent of input order', () => {
    const input = [
      { id: 'x', from: MOW, to: ANC, order: 1 },
      { id: 'y', from: ANC, to: MOW, order: 0 },
      { id: 'z', from: MOW, to: ANC, order: 0 },
    ];
    const a = assignBends(input);
    const b = assignBends([...input].reverse());
    for (const k of ['x', 'y', 'z']) expect(a.get(k)).toBe(b.get(k));
  });
});

describe('width scale', () => {
  it('grows by decade and is monotonic', () => {
    expect(flowWidth({})).toBe(2);
    expect(flowWidth({ quantity: 50 })).toBe(2.5);
    expect(flowWidth({ quantity: 14000 })).toBe(6);
    expect(flowWidth({ quantity: null, magnitude: 1e6 })).toBe(9);
    let prev = 0;
    for (const q of [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e9]) {
      const w = flowWidth({ quantity: q });
      expect(w).toBeGreaterThanOrEqual(prev);
      prev = w;
    }
  });
  it('describes itself for the legend in the article language', () => {
    const en = widthScale('en');
    expect(en[0]!.label).toBe('amount not given');
    expect(en.map((s) => s.width)).toEqual([2, 2.5, 3.5, 4.5, 6, 7.5, 9]);
    expect(en[en.length - 1]!.label).toBe('≥ 1M');
    const pt = widthScale('pt');
    expect(pt[4]!.label).toMatch(/10\s?mil–100\s?mil/);
  });
  it('writes the numbers of the scale as Intl compact notation does, in every language', () => {
    for (const lang of ['en', 'pt', 'es', 'fr'] as const) {
      const nf = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 0 });
      const labels = widthScale(lang).slice(1).map((s) => s.label);
      expect(labels.join(' ')).toBe(
        [`< ${nf.format(100)}`, ...[[100, 1e3], [1e3, 1e4], [1e4, 1e5], [1e5, 1e6]].map(([a, b]) => `${nf.format(a!)}–${nf.format(b!)}`), `≥ ${nf.format(1e6)}`].join(' '),
      );
    }
  });
});

describe('arrowImage', () => {
  it('is an SDF triangle pointing up: inside opaque, outside transparent, edge ≈ 0.75', () => {
    const img = arrowImage();
    const S = ARROW_IMAGE_SIZE;
    expect(img.data.length).toBe(S * S * 4);
    const a = (x: number, y: number) => img.data[(y * S + x) * 4 + 3]!;
    expect(a(16, 20)).toBeGreaterThan(230); // inside
    expect(a(1, 1)).toBe(0); // far outside
    expect(a(16, 2)).toBeGreaterThan(150); // just above the tip: near the edge
    expect(a(16, 2)).toBeLessThan(220);
  });
});

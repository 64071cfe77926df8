import { describe, expect, it } from 'vitest';
import { closeAroundPole, cutToWorld, dropCutEdges, lineToWorld, polygonToWorld, unwrapPolygon } from './antimeridian';
import { type Poly, type Pos, bboxOf, pointInRing, ringArea2 } from './geometry';

/** Deep-freezes a fixture so any mutation by the code under test throws. */
function frozen<T>(x: T): T {
  if (Array.isArray(x)) {
    x.forEach(frozen);
    Object.freeze(x);
  }
  return x;
}

const area = (polys: Poly[]): number =>
  polys.reduce((s, p) => s + p.reduce((t, r) => t + ringArea2(r) / 2, 0), 0);

function maxStep(paths: Pos[][]): number {
  let m = 0;
  for (const p of paths) for (let i = 1; i < p.length; i++) m = Math.max(m, Math.abs(p[i]![0] - p[i - 1]![0]));
  return m;
}

function inWorld(polys: Poly[]): boolean {
  const [x0, y0, x1, y1] = bboxOf(polys.flat());
  return x0 >= -180 && x1 <= 180 && y0 >= -90 && y1 <= 90;
}

const inside = (polys: Poly[], p: Pos): boolean => polys.some((poly) => poly.filter((r) => pointInRing(p, r)).length % 2 === 1);

describe('polygonToWorld', () => {
  it('leaves a polygon away from the antimeridian as it is (already counter-clockwise)', () => {
    const square = frozen<Poly>([[[10, 10], [20, 10], [20, 20], [10, 20], [10, 10]]]);
    expect(polygonToWorld(square)).toEqual([square]);
  });

  it('only rewinds a clockwise (d3-style) polygon to counter-clockwise', () => {
    const cw = frozen<Poly>([[[10, 10], [10, 20], [20, 20], [20, 10], [10, 10]]]);
    const [out] = polygonToWorld(cw);
    expect(out).toHaveLength(1);
    expect(ringArea2(out![0]!)).toBeGreaterThan(0);
    expect(bboxOf(out!)).toEqual([10, 10, 20, 20]);
  });

  it('cuts a square crossing the antimeridian into two closed polygons, one on each side', () => {
    const sq = frozen<Poly>([[[170, -10], [-170, -10], [-170, 10], [170, 10], [170, -10]]]);
    const out = polygonToWorld(sq);
    expect(out).toHaveLength(2);
    expect(inWorld(out)).toBe(true);
    const boxes = out.map((p) => bboxOf(p)).sort((a, b) => a[0] - b[0]);
    expect(boxes).toEqual([
      [-180, -10, -170, 10],
      [170, -10, 180, 10],
    ]);
    expect(area(out)).toBeCloseTo(400, 9);
    for (const p of out) {
      const r = p[0]!;
      expect(r[0]).toEqual(r[r.length - 1]);
      expect(ringArea2(r)).toBeGreaterThan(0);
    }
    expect(maxStep(out.flat())).toBeLessThanOrEqual(10);
  });

  it('splits a C shape crossing the line into the right number of pieces, area kept', () => {
    // In unwrapped longitudes the C spans 170..190 and opens east; input wraps past 180.
    const w = (x: number): number => (x > 180 ? x - 360 : x);
    const c: Pos[] = [[170, 0], [190, 0], [190, 5], [175, 5], [175, 15], [190, 15], [190, 20], [170, 20], [170, 0]];
    const out = polygonToWorld(frozen<Poly>([c.map(([x, y]) => [w(x), y])]));
    expect(inWorld(out)).toBe(true);
    expect(area(out)).toBeCloseTo(250, 9);
    expect(out.filter((p) => bboxOf(p)[0] >= 0)).toHaveLength(1); // the spine, 170..180
    expect(out.filter((p) => bboxOf(p)[2] <= 0)).toHaveLength(2); // two arms, -180..-170
  });

  it('keeps a hole that straddles the cut as notches in both pieces', () => {
    const poly = frozen<Poly>([
      [[170, 0], [-170, 0], [-170, 20], [170, 20], [170, 0]],
      [[175, 5], [175, 15], [-175, 15], [-175, 5], [175, 5]],
    ]);
    const out = polygonToWorld(poly);
    expect(out).toHaveLength(2);
    expect(area(out)).toBeCloseTo(300, 9);
    expect(inside(out, [178, 10])).toBe(false);
    expect(inside(out, [172, 10])).toBe(true);
    expect(inside(out, [-172, 10])).toBe(true);
  });

  it('keeps a hole that lies on one side inside its piece', () => {
    const poly = frozen<Poly>([
      [[170, 0], [-170, 0], [-170, 20], [170, 20], [170, 0]],
      [[172, 5], [172, 15], [176, 15], [176, 5], [172, 5]],
    ]);
    const out = polygonToWorld(poly);
    expect(area(out)).toBeCloseTo(400 - 40, 9);
    const west = out.find((p) => bboxOf(p)[0] >= 0)!;
    expect(west).toHaveLength(2);
    expect(ringArea2(west[1]!)).toBeLessThan(0);
  });

  it('closes an eastward pole-encircling ring along the south edge: a band, not a wedge', () => {
    const ring = frozen<Poly>([[[0, -70], [90, -65], [180, -70], [-90, -75], [0, -70]]]);
    const out = polygonToWorld(ring);
    expect(inWorld(out)).toBe(true);
    const [x0, y0, x1, y1] = bboxOf(out.flat());
    expect([x0, y0, x1]).toEqual([-180, -90, 180]);
    expect(y1).toBeLessThanOrEqual(-65);
    expect(inside(out, [0, -85])).toBe(true);
    expect(inside(out, [-179, -85])).toBe(true);
    expect(inside(out, [179, -85])).toBe(true);
    expect(inside(out, [0, -60])).toBe(false);
    expect(maxStep(out.flat())).toBeLessThanOrEqual(90);
    // the band's area is about 360° × ~20°
    expect(area(out)).toBeGreaterThan(360 * 15);
    expect(area(out)).toBeLessThan(360 * 25);
  });

  it('closes a westward pole ring along the north edge', () => {
    const out = polygonToWorld(frozen<Poly>([[[0, 70], [-90, 70], [180, 70], [90, 70], [0, 70]]]));
    const [, y0, , y1] = bboxOf(out.flat());
    expect([y0, y1]).toEqual([70, 90]);
    expect(inside(out, [45, 80])).toBe(true);
  });

  it('reads world-atlas Antarctica: a degenerate ring on the pole plus the coast as a "hole"', () => {
    const poleRing: Pos[] = [[-180, -90], [-90, -90], [0, -90], [90, -90], [180, -90]].reverse() as Pos[];
    const coast: Pos[] = [[-180, -70], [-90, -75], [0, -70], [90, -65], [180, -70]];
    const out = polygonToWorld(frozen<Poly>([poleRing, coast]));
    expect(inside(out, [0, -85])).toBe(true);
    expect(inside(out, [0, -60])).toBe(false);
    expect(inside(out, [0, 0])).toBe(false);
    expect(bboxOf(out.flat())[1]).toBe(-90);
  });

  it('honours a chosen pole latitude (e.g. the Mercator clamp)', () => {
    const out = polygonToWorld([[[0, -70], [120, -70], [-120, -70], [0, -70]]], { poleLat: () => -85.0511 });
    expect(bboxOf(out.flat())[1]).toBe(-85.0511);
  });

  it('drops degenerate rings', () => {
    expect(polygonToWorld([[[1, 1], [1, 1]]])).toEqual([]);
    expect(unwrapPolygon([])).toBeNull();
  });

  it('handles a shape spanning several wraps (cutToWorld on unwrapped input)', () => {
    const wide: Poly = [[[100, 0], [300, 0], [300, 10], [100, 10], [100, 0]]];
    const out = cutToWorld(wide);
    expect(inWorld(out)).toBe(true);
    expect(area(out)).toBeCloseTo(2000, 9);
  });
});

describe('closeAroundPole', () => {
  it('walks back along the pole in steps of at most `step` degrees', () => {
    const r = closeAroundPole([[0, -70], [180, -70], [360, -70]], -90, 30);
    expect(r[r.length - 1]).toEqual([0, -70]);
    expect(maxStep([r])).toBeLessThanOrEqual(180);
    expect(r.filter((p) => p[1] === -90)).toHaveLength(13);
  });
});

describe('lineToWorld', () => {
  it('cuts a line crossing the antimeridian into two, meeting at ±180', () => {
    const out = lineToWorld(frozen<Pos[]>([[170, 0], [-170, 10]]));
    expect(out).toEqual([
      [[170, 0], [180, 5]],
      [[-180, 5], [-170, 10]],
    ]);
  });

  it('cuts at every crossing and leaves other lines alone', () => {
    const out = lineToWorld([[170, 0], [-170, 0], [-175, 1], [175, 1], [10, 1]]);
    expect(out).toHaveLength(3);
    expect(maxStep(out)).toBeLessThan(180);
    expect(lineToWorld([[1, 2], [3, 4]])).toEqual([[[1, 2], [3, 4]]]);
  });

  it('does not split a line that only touches the antimeridian', () => {
    expect(lineToWorld([[170, 0], [180, 1], [170, 2]])).toEqual([[[170, 0], [180, 1], [170, 2]]]);
  });

  it('drops lines that collapse to a point', () => {
    expect(lineToWorld([[5, 5]])).toEqual([]);
  });
});

describe('dropCutEdges', () => {
  it('removes stretches along the antimeridian and the pole, keeps the rest', () => {
    expect(dropCutEdges([[[179, 0], [180, 0], [180, 1], [180, 2], [179, 2]]])).toEqual([
      [[179, 0], [180, 0]],
      [[180, 2], [179, 2]],
    ]);
    expect(dropCutEdges([[[-180, -80], [-180, -85], [-170, -85]]])).toEqual([[[-180, -85], [-170, -85]]]);
    expect(dropCutEdges([[[0, -89], [0, -90], [10, -90], [10, -89]]])).toEqual([[[0, -89], [0, -90]], [[10, -90], [10, -89]]]);
    expect(dropCutEdges([[[1, 1], [2, 2]]])).toEqual([[[1, 1], [2, 2]]]);
  });
});

import { describe, expect, it } from 'vitest';
import { type Poly, bboxOf, ringArea2 } from './geometry';
import { assemble, splitPolygonAt } from './split-polygon';

const area = (ps: Poly[]): number => ps.reduce((s, p) => s + p.reduce((t, r) => t + ringArea2(r) / 2, 0), 0);

describe('splitPolygonAt', () => {
  it('returns the polygon itself on the side it lies on and nothing on the other', () => {
    const p: Poly = [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]];
    expect(splitPolygonAt(p, 5)).toEqual({ west: [p], east: [] });
    expect(splitPolygonAt(p, -5)).toEqual({ west: [], east: [p] });
  });

  it('closes both pieces along the cut line', () => {
    const { west, east } = splitPolygonAt([[[0, 0], [4, 0], [4, 2], [0, 2], [0, 0]]], 1);
    expect(west.map((p) => bboxOf(p))).toEqual([[0, 0, 1, 2]]);
    expect(east.map((p) => bboxOf(p))).toEqual([[1, 0, 4, 2]]);
    expect(area(west)).toBeCloseTo(2, 12);
    expect(area(east)).toBeCloseTo(6, 12);
  });

  it('copes with vertices exactly on the line (a triangle touching it, a diamond cut through its tips)', () => {
    const touch: Poly = [[[0, 0], [2, 1], [0, 2], [0, 0]]];
    const t = splitPolygonAt(touch, 2);
    expect(area(t.west)).toBeCloseTo(2, 12);
    expect(area(t.east)).toBe(0);
    const diamond: Poly = [[[0, -1], [1, 0], [0, 1], [-1, 0], [0, -1]]];
    const d = splitPolygonAt(diamond, 0);
    expect(area(d.west)).toBeCloseTo(1, 12);
    expect(area(d.east)).toBeCloseTo(1, 12);
  });

  it('yields two pieces on the side where a U shape has two arms', () => {
    const u: Poly = [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]];
    const { west, east } = splitPolygonAt(u, 0.5); // cut through the left arm only
    expect(west).toHaveLength(1);
    expect(east).toHaveLength(1);
    const top = splitPolygonAt(u, 1.5); // vertical cut in the middle of the U's gap
    expect(top.west).toHaveLength(1);
    expect(area([...top.west, ...top.east])).toBeCloseTo(7, 12);
  });
});

describe('assemble', () => {
  it('puts clockwise rings into the counter-clockwise ring that holds them and drops flat ones', () => {
    const outer = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]] as Poly[number];
    const hole = [[2, 2], [2, 4], [4, 4], [4, 2], [2, 2]] as Poly[number];
    const flat = [[0, 0], [1, 1], [0, 0], [0, 0]] as Poly[number];
    expect(assemble([hole, outer, flat])).toEqual([[outer, hole]]);
  });
});

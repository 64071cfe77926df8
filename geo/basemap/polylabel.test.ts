import { describe, expect, it } from 'vitest';
import { type Poly, pointInRing } from './geometry';
import { labelPoint, poleOfInaccessibility, signedDistance } from './polylabel';

describe('poleOfInaccessibility', () => {
  it('finds the centre of a square', () => {
    const { pos, distance } = poleOfInaccessibility([[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]], 0.01);
    expect(pos[0]).toBeCloseTo(5, 1);
    expect(pos[1]).toBeCloseTo(5, 1);
    expect(distance).toBeCloseTo(5, 1);
  });

  it('stays inside an L shape, where the centroid and bbox centre are outside or on the edge', () => {
    const l: Poly = [[[0, 0], [10, 0], [10, 2], [2, 2], [2, 10], [0, 10], [0, 0]]];
    const { pos, distance } = poleOfInaccessibility(l);
    expect(pointInRing(pos, l[0]!)).toBe(true);
    expect(distance).toBeGreaterThan(0.9);
  });

  it('avoids a hole in the middle', () => {
    const p: Poly = [
      [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
      [[3, 3], [3, 7], [7, 7], [7, 3], [3, 3]],
    ];
    const { pos } = poleOfInaccessibility(p);
    expect(signedDistance(pos, p)).toBeGreaterThan(1);
  });

  it('returns a vertex of a flat polygon', () => {
    expect(poleOfInaccessibility([[[1, 1], [2, 1], [1, 1]]]).pos).toEqual([1, 1]);
  });
});

describe('labelPoint', () => {
  it('works in Mercator: a tall box at high latitude gets its label north of the lat/lon middle', () => {
    const p: Poly = [[[0, 40], [60, 40], [60, 80], [0, 80], [0, 40]]];
    const [x, y] = labelPoint(p);
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(60);
    expect(y).toBeGreaterThan(60);
    expect(y).toBeLessThan(80);
  });
});

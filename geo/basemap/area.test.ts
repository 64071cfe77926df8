import { describe, expect, it } from 'vitest';
import { polygonAreaKm2, ringAreaKm2 } from './area';

describe('area on the sphere', () => {
  it('gives the area of a 1°×1° cell at the equator (~12,364 km²)', () => {
    expect(ringAreaKm2([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]])).toBeCloseTo(12364, -1);
  });

  it('gives a hemisphere for the band from the equator to the pole', () => {
    const half = 2 * Math.PI * 6371.0088 ** 2;
    const ring: [number, number][] = [[-180, 0], [180, 0], [180, 90], [-180, 90], [-180, 0]];
    expect(ringAreaKm2(ring) / half).toBeCloseTo(1, 6);
  });

  it('subtracts holes and ignores orientation', () => {
    const outer: [number, number][] = [[0, 0], [0, 2], [2, 2], [2, 0], [0, 0]];
    const hole: [number, number][] = [[0.5, 0.5], [1.5, 0.5], [1.5, 1.5], [0.5, 1.5], [0.5, 0.5]];
    expect(polygonAreaKm2([outer, hole]) / ringAreaKm2(outer)).toBeCloseTo(0.75, 3);
  });
});

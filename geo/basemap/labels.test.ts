import { describe, expect, it } from 'vitest';
import { countryLabels } from './labels';

describe('countryLabels', () => {
  it('labels the largest polygon, ranks by total area, skips units without a code', () => {
    const big: [number, number][][] = [[[0, 40], [8, 40], [8, 50], [0, 50], [0, 40]]];
    const far: [number, number][][] = [[[-55, 2], [-52, 2], [-52, 5], [-55, 5], [-55, 2]]];
    const small: [number, number][][] = [[[20, 40], [21, 40], [21, 41], [20, 41], [20, 40]]];
    const out = countryLabels(
      [
        { iso: 'AA', polys: [small] },
        { iso: 'FR', polys: [far, big] },
        { iso: '', polys: [small] },
      ],
      (iso, lang) => `${iso}-${lang}`,
    );
    expect(out.map((f) => [f.properties.iso, f.properties.rank])).toEqual([
      ['FR', 1],
      ['AA', 2],
    ]);
    const [x, y] = out[0]!.geometry.coordinates as [number, number];
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(8);
    expect(y).toBeGreaterThan(40);
    expect(y).toBeLessThan(50);
    expect(out[0]!.properties.name_pt).toBe('FR-pt');
    expect(out[0]!.properties.area_km2).toBeGreaterThan(700_000);
  });
});

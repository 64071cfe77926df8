import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from './hash';

describe('view hash', () => {
  it('parses zoom/lat/lon', () => {
    expect(parseHash('#8/39.15/127.44')).toEqual({ zoom: 8, lat: 39.15, lon: 127.44 });
    expect(parseHash('4.5/-33.9/18.4&story=x')).toEqual({ zoom: 4.5, lat: -33.9, lon: 18.4 });
  });

  it('rejects garbage and out-of-range values', () => {
    for (const h of ['', '#', '#abc', '#1/2', '#x/1/2', '#3/95/10', '#3/10/200', '#99/0/0', '#1e3/0/0', '#NaN/0/0', '#3/<img>/1']) {
      expect(parseHash(h), h).toBeNull();
    }
  });

  it('clamps very deep zooms to the maximum', () => {
    expect(parseHash('#20/0/0')?.zoom).toBe(12);
  });

  it('round-trips', () => {
    const v = { zoom: 6.25, lat: 51.7304, lon: 36.1926 };
    const back = parseHash(formatHash(v))!;
    expect(back.zoom).toBe(6.25);
    expect(back.lat).toBeCloseTo(v.lat, 3);
    expect(back.lon).toBeCloseTo(v.lon, 3);
  });

  it('wraps longitudes into [-180, 180)', () => {
    expect(parseHash(formatHash({ zoom: 2, lat: 0, lon: 190 }))!.lon).toBeCloseTo(-170, 3);
  });
});

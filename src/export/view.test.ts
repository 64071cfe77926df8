import { describe, expect, it } from 'vitest';
import { fitView, keepExtent, metresPerPixel, unwrapLongitudes } from './view';
import { parseView, resolveOptions, PRESETS } from './options';

const pad = { top: 0, right: 0, bottom: 0, left: 0 };

describe('fitView', () => {
  it('frames points so they fill the padded area', () => {
    // 0..90° of longitude at the equator on a 512 px wide map: a quarter of the world at zoom 2 is 512 px.
    const v = fitView([{ lon: 0, lat: 0 }, { lon: 90, lat: 0 }], { width: 512, height: 512, padding: pad });
    expect(v.zoom).toBeCloseTo(2, 6);
    expect(v.lon).toBeCloseTo(45, 6);
    expect(v.lat).toBeCloseTo(0, 6);
  });
  it('shifts the centre for asymmetric padding', () => {
    const v = fitView([{ lon: 0, lat: 0 }, { lon: 90, lat: 0 }], { width: 1024, height: 512, padding: { ...pad, left: 512 } });
    expect(v.zoom).toBeCloseTo(2, 6);
    expect(v.lon).toBeLessThan(45);
  });
  it('takes the short way across the antimeridian', () => {
    expect(unwrapLongitudes([170, -170])).toEqual([170, 190]);
    const v = fitView([{ lon: 170, lat: 0 }, { lon: -170, lat: 0 }], { width: 800, height: 600, padding: pad });
    expect(Math.abs(Math.abs(v.lon) - 180)).toBeLessThan(1e-6);
    expect(v.zoom).toBeGreaterThan(3);
  });
  it('caps the zoom for one place and has a world view for none', () => {
    expect(fitView([{ lon: 127.4, lat: 39.1 }], { width: 800, height: 600, padding: pad, maxZoom: 6 })).toEqual({ lon: expect.closeTo(127.4, 6), lat: expect.closeTo(39.1, 6), zoom: 6 });
    expect(fitView([], { width: 800, height: 600, padding: pad }).zoom).toBeLessThan(2);
  });
});

describe('view helpers', () => {
  it('keeps the on-screen extent in a bigger image', () => {
    expect(keepExtent({ lon: 1, lat: 2, zoom: 3 }, { width: 800, height: 600 }, { width: 1600, height: 1200 }).zoom).toBeCloseTo(4, 6);
  });
  it('metres per pixel at the equator, zoom 0', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(40075016.686 / 512, 3);
    expect(metresPerPixel(60, 0)).toBeCloseTo(40075016.686 / 1024, 3);
  });
});

describe('options', () => {
  const d = { theme: 'light' as const, lang: 'pt' as const };
  it('fills defaults and computes the device size', () => {
    const o = resolveOptions({ width: 1600, height: 900, pixelRatio: 2 }, d);
    expect(o).toMatchObject({ outWidth: 3200, outHeight: 1800, theme: 'light', legend: true, scaleBar: true, callouts: false, view: 'fit' });
  });
  it('the A4 preset is 3508×2480 at 300 dpi', () => {
    const a4 = PRESETS.find((p) => p.id === 'a4')!;
    const o = resolveOptions(a4, d);
    expect([o.outWidth, o.outHeight]).toEqual([3508, 2480]);
    expect(a4.dpi).toBe(300);
  });
  it.each([
    [{ width: 0, height: 900 }, /width 0 is too small/],
    [{ width: 100000, height: 900 }, /width .* too large/],
    [{ width: 1600, height: 100000 }, /height .* too large/],
    [{ width: 8192, height: 900, pixelRatio: 4 }, /too large/],
    [{ width: 1600.5, height: 900 }, /whole number/],
    [{ width: Number.NaN, height: 900 }, /must be a number/],
    [{ width: 1600, height: 900, pixelRatio: 0.5 }, /pixel ratio/],
    [{ width: 1600, height: 900, view: { lon: 0, lat: 95, zoom: 1 } }, /view/],
  ])('rejects %j', (o, msg) => {
    expect(() => resolveOptions(o, d)).toThrow(msg);
  });
  it('parses views', () => {
    expect(parseView('fit')).toBe('fit');
    expect(parseView('127.4, 39.2, 6')).toEqual({ lon: 127.4, lat: 39.2, zoom: 6 });
    expect(() => parseView('1,2')).toThrow(/lon,lat,zoom/);
  });
});

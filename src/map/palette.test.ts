import { describe, expect, it } from 'vitest';
import { FLOW_CATEGORIES, FLOW_STATUSES, LANGS } from '../story';
import { categoryColors, categoryLabel, contrast, hexToRgb, MIN_CONTRAST, markerRadius, STATUS_STYLES, statusLabel } from './palette';
import { THEMES } from './theme';

/** CIE76 ΔE between two sRGB colours. */
function deltaE(a: string, b: string): number {
  const lab = (hex: string) => {
    const [r, g, bl] = hexToRgb(hex).map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    const x = (0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047;
    const y = 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    const z = (0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883;
    const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
  };
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1! - l2!, a1! - a2!, b1! - b2!);
}

const DEUTAN = [
  [0.367322, 0.860646, -0.227968],
  [0.280085, 0.672501, 0.047413],
  [-0.01182, 0.04294, 0.968881],
];
const PROTAN = [
  [0.152286, 1.052583, -0.204868],
  [0.114503, 0.786281, 0.099216],
  [-0.003882, -0.048116, 1.051998],
];

/** Colour-vision-deficiency simulation (Machado et al. 2009, severity 1.0, linear RGB). */
function simulate(hex: string, M: number[][]): string {
  const lin = hexToRgb(hex).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const out = M.map((row) => row[0]! * lin[0] + row[1]! * lin[1] + row[2]! * lin[2]);
  const enc = out.map((c) => {
    const v = Math.max(0, Math.min(1, c));
    return Math.round(255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055));
  });
  return '#' + enc.map((v) => v.toString(16).padStart(2, '0')).join('');
}

describe('palette', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`gives every category a colour that stands out from ${theme} land and ocean`, () => {
      const c = categoryColors(theme);
      for (const k of FLOW_CATEGORIES) {
        expect(c[k]).toMatch(/^#[0-9a-f]{6}$/i);
        expect(contrast(c[k], THEMES[theme].land)).toBeGreaterThanOrEqual(MIN_CONTRAST);
        expect(contrast(c[k], THEMES[theme].ocean)).toBeGreaterThanOrEqual(MIN_CONTRAST);
      }
    });
    it(`keeps the ${theme} category colours apart, also for deuteranopes`, () => {
      const c = categoryColors(theme);
      const ks = [...FLOW_CATEGORIES];
      let minNormal = Infinity;
      let minDeutan = Infinity;
      let minProtan = Infinity;
      for (let i = 0; i < ks.length; i++)
        for (let j = i + 1; j < ks.length; j++) {
          const a = c[ks[i]!];
          const b = c[ks[j]!];
          minNormal = Math.min(minNormal, deltaE(a, b));
          minDeutan = Math.min(minDeutan, deltaE(simulate(a, DEUTAN), simulate(b, DEUTAN)));
          minProtan = Math.min(minProtan, deltaE(simulate(a, PROTAN), simulate(b, PROTAN)));
        }
      expect(minNormal).toBeGreaterThan(30);
      expect(minDeutan).toBeGreaterThan(12);
      expect(minProtan).toBeGreaterThan(12);
    });
  }

  it('styles statuses: stated solid, reported dashed and lighter, denied grey', () => {
    expect(STATUS_STYLES.stated.dash).toBeNull();
    expect(STATUS_STYLES.reported.dash).not.toBeNull();
    expect(STATUS_STYLES.reported.opacity).toBeLessThan(STATUS_STYLES.stated.opacity);
    expect(STATUS_STYLES.denied.grey).toBe(true);
    for (const s of FLOW_STATUSES) for (const l of LANGS) expect(statusLabel(s, l).length).toBeGreaterThan(2);
  });

  it('labels categories in every language', () => {
    for (const k of FLOW_CATEGORIES) for (const l of LANGS) expect(categoryLabel(k, l).length).toBeGreaterThan(1);
    expect(categoryLabel('troops', 'pt')).toBe('Tropas');
  });

  it('grows markers with mentions, within bounds', () => {
    expect(markerRadius('city', 1)).toBe(4);
    expect(markerRadius('city', 5)).toBeGreaterThan(markerRadius('city', 2));
    expect(markerRadius('city', 1000)).toBe(10);
    expect(markerRadius('country', 1)).toBeGreaterThan(markerRadius('city', 1));
  });
});

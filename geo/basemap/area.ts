/**
 * Area on the sphere of lon/lat polygons (km²), with the line-integral approximation that treats each
 * edge as a rhumb segment: A = R²/2 · |Σ (λ2 − λ1)(2 + sin φ1 + sin φ2)|. Good to well under 1% for
 * country-sized shapes, which is all the label ranking needs.
 */
import type { Poly, Pos } from './geometry';

const R_KM = 6371.0088;
const RAD = Math.PI / 180;

export function ringAreaKm2(ring: readonly Pos[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    s += (x2 - x1) * RAD * (2 + Math.sin(y1 * RAD) + Math.sin(y2 * RAD));
  }
  return Math.abs((s * R_KM * R_KM) / 2);
}

export function polygonAreaKm2(poly: Poly): number {
  let a = 0;
  poly.forEach((ring, i) => {
    a += i === 0 ? ringAreaKm2(ring) : -ringAreaKm2(ring);
  });
  return Math.max(0, a);
}

/**
 * Output tidying: coordinates rounded to a fixed number of decimals and clamped to the world, repeated
 * positions removed, rings and lines that collapse (fewer than 4 / 2 distinct positions, zero area)
 * dropped, rings re-oriented (exterior counter-clockwise) since rounding can flip a sliver.
 */
import { type Line, type Poly, type Pos, type Ring, ringArea2 } from './geometry';

function rounder(decimals: number): (p: Pos) => Pos {
  const f = 10 ** decimals;
  const r = (v: number, lim: number): number => {
    const x = Math.round(v * f) / f;
    return x > lim ? lim : x < -lim ? -lim : x === 0 ? 0 : x; // no -0 in the JSON
  };
  return ([x, y]) => [r(x, 180), r(y, 90)];
}

function dedupe(pts: readonly Pos[]): Pos[] {
  const out: Pos[] = [];
  for (const p of pts) {
    const q = out[out.length - 1];
    if (!q || q[0] !== p[0] || q[1] !== p[1]) out.push(p);
  }
  return out;
}

function cleanRing(ring: Ring, round: (p: Pos) => Pos, ccw: boolean): Ring | null {
  const r = dedupe(ring.map(round));
  if (r.length < 3) return null;
  const a = r[0]!;
  const z = r[r.length - 1]!;
  if (a[0] !== z[0] || a[1] !== z[1]) r.push([a[0], a[1]]);
  if (r.length < 4) return null;
  const area = ringArea2(r);
  if (area === 0) return null;
  return area > 0 === ccw ? r : r.reverse();
}

export function roundPolygons(polys: readonly Poly[], decimals: number): Poly[] {
  const round = rounder(decimals);
  const out: Poly[] = [];
  for (const poly of polys) {
    const ext = poly[0] && cleanRing(poly[0], round, true);
    if (!ext) continue;
    const rings: Ring[] = [ext];
    for (const h of poly.slice(1)) {
      const c = cleanRing(h, round, false);
      if (c) rings.push(c);
    }
    out.push(rings);
  }
  return out;
}

export function roundLines(lines: readonly Line[], decimals: number): Line[] {
  const round = rounder(decimals);
  const out: Line[] = [];
  for (const line of lines) {
    const l = dedupe(line.map(round));
    if (l.length >= 2) out.push(l);
  }
  return out;
}

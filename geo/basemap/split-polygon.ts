/**
 * Cuts a planar polygon by the vertical line x = c into the polygons on each side, closing every piece
 * along the line (a clip, not a point filter). Rings must be oriented as RFC 7946 wants (exterior
 * counter-clockwise, holes clockwise) so the polygon interior is always on the left of the direction of
 * travel; that lets the pieces of rings crossing the line be stitched back together along it: on the
 * west side a ring that reaches the line continues north along it to the next place a ring leaves the
 * line, on the east side it continues south.
 */
import { type Poly, type Pos, type Ring, pointInRing, ringArea2 } from './geometry';

interface Chain {
  pts: Pos[];
  startY: number;
  endY: number;
  used: boolean;
}

type Side = 'west' | 'east';

/** West takes x < c, east takes x >= c; a point on the line belongs to the east, never to both. */
function inside(p: Pos, c: number, side: Side): boolean {
  return side === 'west' ? p[0] < c : p[0] >= c;
}

function cross(a: Pos, b: Pos, c: number): Pos {
  if (a[0] === c) return [c, a[1]];
  if (b[0] === c) return [c, b[1]];
  const t = (c - a[0]) / (b[0] - a[0]);
  return [c, a[1] + t * (b[1] - a[1])];
}

/** Splits one closed ring into the chains that lie on `side`, each starting and ending on the line. */
function chainsOf(ring: Ring, c: number, side: Side): { whole: boolean; chains: Chain[] } {
  const n = ring.length - 1; // closed: last == first
  let start = -1;
  for (let i = 0; i < n; i++) {
    if (!inside(ring[i]!, c, side)) {
      start = i;
      break;
    }
  }
  if (start < 0) return { whole: true, chains: [] };
  const chains: Chain[] = [];
  let cur: Pos[] | null = null;
  for (let k = 0; k < n; k++) {
    const a = ring[(start + k) % n]!;
    const b = ring[(start + k + 1) % n]!;
    const ina = inside(a, c, side);
    const inb = inside(b, c, side);
    if (!ina && inb) {
      cur = [cross(a, b, c), b];
    } else if (ina && inb) {
      cur!.push(b);
    } else if (ina && !inb) {
      const p = cross(a, b, c);
      cur!.push(p);
      chains.push({ pts: cur!, startY: cur![0]![1], endY: p[1], used: false });
      cur = null;
    }
  }
  return { whole: false, chains };
}

function stitch(chains: Chain[], side: Side): Ring[] {
  const rings: Ring[] = [];
  for (const first of chains) {
    if (first.used) continue;
    const ring: Pos[] = [];
    let ch = first;
    for (;;) {
      ch.used = true;
      for (const p of ch.pts) ring.push(p);
      const y = ch.endY;
      let best: Chain | null = null;
      for (const cand of chains) {
        if (cand.used && cand !== first) continue;
        if (side === 'west' ? cand.startY < y : cand.startY > y) continue;
        if (!best || (side === 'west' ? cand.startY < best.startY : cand.startY > best.startY)) best = cand;
      }
      if (!best || best === first) break;
      ch = best;
    }
    ring.push([ring[0]![0], ring[0]![1]]);
    rings.push(ring);
  }
  return rings;
}

/** Groups oriented rings into polygons: each clockwise ring goes into the exterior that contains it. */
export function assemble(rings: Ring[], c = NaN): Poly[] {
  const polys: Poly[] = [];
  const holes: Ring[] = [];
  for (const r of rings) {
    const a = ringArea2(r);
    if (a > 0) polys.push([r]);
    else if (a < 0) holes.push(r);
  }
  for (const h of holes) {
    const probe = h.find((p) => p[0] !== c) ?? h[0]!;
    const owner = polys.find((p) => pointInRing(probe, p[0]!));
    if (owner) owner.push(h);
  }
  return polys;
}

function sideOf(poly: Poly, c: number, side: Side): Poly[] {
  const rings: Ring[] = [];
  const chains: Chain[] = [];
  for (const ring of poly) {
    if (ring.length < 4) continue;
    const r = chainsOf(ring, c, side);
    if (r.whole) rings.push(ring);
    else chains.push(...r.chains);
  }
  if (chains.length === 0 && rings.length === poly.length) return [poly];
  return assemble([...rings, ...stitch(chains, side)], c);
}

/** The pieces of `poly` west (x < c) and east (x >= c) of the meridian x = c, closed along it. */
export function splitPolygonAt(poly: Poly, c: number): { west: Poly[]; east: Poly[] } {
  return { west: sideOf(poly, c, 'west'), east: sideOf(poly, c, 'east') };
}

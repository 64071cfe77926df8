/**
 * Spherical (d3-geo style) polygons and lines to flat-map ones with every longitude in [-180, 180]:
 * rings are unwrapped, a ring that goes round a pole is closed along the map edge at that pole, the
 * result is oriented as RFC 7946 wants and cut at ±180° (pieces beyond are shifted back by 360°).
 * Lines are cut where they cross the antimeridian. Pure; inputs are not modified.
 */
import { type Line, type Poly, type Pos, type Ring, bboxOf, rewindPolygon } from './geometry';
import { splitPolygonAt } from './split-polygon';
import { shiftNear, unwrap, winding } from './unwrap';

export interface PoleOptions {
  /**
   * Latitude of the map edge a pole-encircling ring is closed along, given its winding (+1 = it runs
   * eastwards round the globe). world-atlas follows d3-geo: interior on the right of the direction of
   * travel, so an eastward ring holds the south pole. Default ±90 (MapLibre clamps at ±85.0511).
   */
  poleLat?: (turns: number) => number;
  /** Longest step in degrees of the closing edge along the pole (default 10). */
  step?: number;
}

const d3PoleLat = (turns: number): number => (turns > 0 ? -90 : 90);
const EPS = 1e-5;

/** Closes an unwrapped ring that ends `turns` × 360° from its start via the pole edge at `lat`. */
export function closeAroundPole(ring: readonly Pos[], lat: number, step = 10): Ring {
  const out: Ring = ring.map(([x, y]) => [x, y]);
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  const n = Math.max(1, Math.ceil(Math.abs(last[0] - first[0]) / step));
  for (let i = 0; i <= n; i++) out.push([last[0] + ((first[0] - last[0]) * i) / n, lat]);
  out.push([first[0], first[1]]);
  return out;
}

/** True for a ring or line that lies on a pole itself (world-atlas keeps one along -90° for Antarctica). */
export function onPole(path: readonly Pos[]): boolean {
  return path.every((p) => Math.abs(p[1]) > 89.9);
}

/**
 * Unwraps a polygon's rings and closes pole rings; planar, may exceed ±180°. A ring that goes round
 * the globe bounds the region on its right (d3-geo): it is closed along the pole edge and becomes the
 * exterior, the other rings its holes. world-atlas writes Antarctica as a degenerate ring along -90°
 * with the coast as a "hole"; the degenerate ring is the pole itself and is dropped.
 */
export function unwrapPolygon(poly: Poly, opts: PoleOptions = {}): Poly | null {
  const plain: Ring[] = [];
  let ext: Ring | null = null;
  for (const ring of poly) {
    if (ring.length < 4) continue;
    const u = unwrap(ring);
    const turns = winding(u);
    if (turns === 0) plain.push(u);
    else if (!ext && !onPole(u)) ext = closeAroundPole(u, (opts.poleLat ?? d3PoleLat)(turns), opts.step);
    // further pole rings (a band round the globe) or the pole itself: no planar meaning, dropped
  }
  if (!ext) {
    if (poly[0] === undefined || poly[0].length < 4 || winding(unwrap(poly[0])) !== 0) return null;
    ext = plain.shift()!;
  }
  const [x0, , x1] = bboxOf([ext]);
  const mid = (x0 + x1) / 2;
  return rewindPolygon([ext, ...plain.map((h) => shiftNear(h, mid))]);
}

function shiftPoly(poly: Poly, dx: number): Poly {
  return poly.map((ring) => ring.map(([x, y]) => [x + dx, y] as Pos));
}

/** Cuts an unwrapped, RFC 7946-oriented planar polygon into pieces within [-180, 180]. */
export function cutToWorld(poly: Poly): Poly[] {
  const out: Poly[] = [];
  const queue: Poly[] = [poly];
  for (let guard = 0; queue.length > 0 && guard < 10_000; guard++) {
    const p = queue.pop()!;
    const [x0, , x1] = bboxOf(p);
    if (x1 > 180 + EPS) {
      const { west, east } = splitPolygonAt(p, 180);
      queue.push(...west, ...east.map((q) => shiftPoly(q, -360)));
    } else if (x0 < -180 - EPS) {
      const { west, east } = splitPolygonAt(p, -180);
      queue.push(...east, ...west.map((q) => shiftPoly(q, 360)));
    } else {
      out.push(p);
    }
  }
  return out;
}

/** A spherical polygon as flat polygons within [-180, 180] (empty when degenerate). */
export function polygonToWorld(poly: Poly, opts: PoleOptions = {}): Poly[] {
  const p = unwrapPolygon(poly, opts);
  return p ? cutToWorld(p) : [];
}

/** A spherical line as flat lines within [-180, 180], cut where it crosses the antimeridian. */
export function lineToWorld(line: Line): Line[] {
  const pts = unwrap(line);
  if (pts.length < 2) return [];
  const out: Line[] = [];
  let w = Math.floor((pts[0]![0] + 180) / 360);
  let cur: Line = [[pts[0]![0] - 360 * w, pts[0]![1]]];
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1]!;
    const b = pts[i]!;
    const lo = -180 + 360 * w;
    let wb = w;
    if (b[0] < lo || b[0] > lo + 360) wb = Math.floor((b[0] + 180) / 360);
    if (wb !== w) {
      const edge = -180 + 360 * Math.max(w, wb);
      const t = (edge - a[0]) / (b[0] - a[0]);
      const y = a[1] + t * (b[1] - a[1]);
      cur.push([edge - 360 * w, y]);
      out.push(cur);
      cur = [[edge - 360 * wb, y]];
      w = wb;
    }
    cur.push([b[0] - 360 * w, b[1]]);
  }
  out.push(cur);
  return out.filter((l) => l.some((p) => p[0] !== l[0]![0] || p[1] !== l[0]![1]));
}

const onCut = (a: Pos, b: Pos): boolean =>
  (Math.abs(a[0]) >= 180 && Math.abs(b[0]) >= 180) || (Math.abs(a[1]) >= 89.9 && Math.abs(b[1]) >= 89.9);

/**
 * Removes the stretches of lines that run along the antimeridian or a pole: there they follow a cut
 * in the source data (Natural Earth 10m land is cut at 180° through Chukotka, Antarctica at 180°
 * near the pole), not a real coast or border. Expects positions already within [-180, 180].
 */
export function dropCutEdges(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    let cur: Line = [];
    for (let i = 0; i < line.length; i++) {
      const p = line[i]!;
      if (i > 0 && onCut(line[i - 1]!, p)) {
        if (cur.length >= 2) out.push(cur);
        cur = [];
      }
      cur.push(p);
    }
    if (cur.length >= 2) out.push(cur);
  }
  return out;
}

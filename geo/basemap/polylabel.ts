/**
 * Label point of a polygon: its pole of inaccessibility, the interior point farthest from the outline
 * (holes included), found by a best-first search over square cells that are split while they could
 * still hold a point better than the best so far by more than `precision`. Planar; callers project
 * first (the map is Web Mercator, see labelPoint).
 */
import { type Poly, type Pos, bboxOf, pointInRing } from './geometry';

function segDist2(p: Pos, a: Pos, b: Pos): number {
  let x = a[0];
  let y = a[1];
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0];
      y = b[1];
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = p[0] - x;
  dy = p[1] - y;
  return dx * dx + dy * dy;
}

/** Distance from p to the polygon's outline, positive inside, negative outside. */
export function signedDistance(p: Pos, poly: Poly): number {
  let inside = false;
  let d2 = Infinity;
  for (const ring of poly) {
    if (pointInRing(p, ring)) inside = !inside;
    for (let i = 0; i + 1 < ring.length; i++) d2 = Math.min(d2, segDist2(p, ring[i]!, ring[i + 1]!));
  }
  return (inside ? 1 : -1) * Math.sqrt(d2);
}

interface Cell {
  x: number;
  y: number;
  h: number; // half size
  d: number; // signed distance of the centre
  max: number; // best distance any point of the cell could reach
}

function cell(x: number, y: number, h: number, poly: Poly): Cell {
  const d = signedDistance([x, y], poly);
  return { x, y, h, d, max: d + h * Math.SQRT2 };
}

/** Max-heap on Cell.max. */
class Heap {
  private a: Cell[] = [];
  get size(): number {
    return this.a.length;
  }
  push(c: Cell): void {
    const a = this.a;
    a.push(c);
    let i = a.length - 1;
    while (i > 0) {
      const j = (i - 1) >> 1;
      if (a[j]!.max >= a[i]!.max) break;
      [a[i], a[j]] = [a[j]!, a[i]!];
      i = j;
    }
  }
  pop(): Cell {
    const a = this.a;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l]!.max > a[m]!.max) m = l;
        if (r < a.length && a[r]!.max > a[m]!.max) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

function centroid(poly: Poly): Pos {
  const ring = poly[0]!;
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    const f = x1 * y2 - x2 * y1;
    a += f;
    cx += (x1 + x2) * f;
    cy += (y1 + y2) * f;
  }
  return a === 0 ? ring[0]! : [cx / (3 * a), cy / (3 * a)];
}

/** The pole of inaccessibility of a planar polygon, to within `precision` (default 1/500 of its size). */
export function poleOfInaccessibility(poly: Poly, precision?: number): { pos: Pos; distance: number } {
  const [x0, y0, x1, y1] = bboxOf([poly[0]!]);
  const size = Math.min(x1 - x0, y1 - y0);
  if (!(size > 0)) return { pos: poly[0]![0]!, distance: 0 };
  const eps = precision ?? Math.max(x1 - x0, y1 - y0) / 500;
  const heap = new Heap();
  const h = size / 2;
  for (let x = x0; x < x1; x += size) for (let y = y0; y < y1; y += size) heap.push(cell(x + h, y + h, h, poly));
  const c = centroid(poly);
  let best = cell(c[0], c[1], 0, poly);
  const mid = cell((x0 + x1) / 2, (y0 + y1) / 2, 0, poly);
  if (mid.d > best.d) best = mid;
  while (heap.size > 0) {
    const c = heap.pop();
    if (c.d > best.d) best = c;
    if (c.max - best.d <= eps) continue;
    const q = c.h / 2;
    heap.push(cell(c.x - q, c.y - q, q, poly));
    heap.push(cell(c.x + q, c.y - q, q, poly));
    heap.push(cell(c.x - q, c.y + q, q, poly));
    heap.push(cell(c.x + q, c.y + q, q, poly));
  }
  return { pos: [best.x, best.y], distance: best.d };
}

const RAD = Math.PI / 180;
const MAX_LAT = 85.0511;
const mercY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * RAD) / 2)) / RAD;
const invMercY = (y: number): number => (2 * Math.atan(Math.exp(y * RAD)) - Math.PI / 2) / RAD;

/** Label point of a lon/lat polygon as it looks on a Web Mercator map. */
export function labelPoint(poly: Poly): Pos {
  const projected = poly.map((ring) => ring.map(([x, y]) => [x, mercY(y)] as Pos));
  const { pos } = poleOfInaccessibility(projected);
  return [pos[0], invMercY(pos[1])];
}

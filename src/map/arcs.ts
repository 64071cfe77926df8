/**
 * Flow geometry, pure: great-circle arcs between two places (turf), bent sideways by a signed factor so
 * that several flows between one pair of places (A→B and B→A, several categories) are separate curves,
 * with CONTINUOUS longitudes (an arc from Vladivostok to Los Angeles runs from 131.9 to 241.8 instead of
 * jumping from 180 to -180: MapLibre draws one unbroken line across the antimeridian, dashes and all,
 * and the world copies show it on either side); `splitAtAntimeridian` gives the [-180, 180] pieces for
 * file exports. Also the arrowhead at the destination (position, screen rotation, an SDF image) and the
 * width-by-quantity scale the legend shows.
 */
import { bearing, destination, distance } from '@turf/turf';
import type { Flow, Lang } from '../story';

export type LonLat = [number, number];

/** Sideways spacing between neighbouring curves of one pair, as a fraction of the pair's distance. */
export const BEND_SPACING = 0.16;

/** Wrap a longitude into [-180, 180). */
export function wrapLon(lon: number): number {
  const w = ((((lon + 180) % 360) + 360) % 360) - 180;
  return w === -180 && lon > 0 ? 180 : w;
}

/** Make consecutive longitudes differ by less than 180° (no jumps), keeping the first as is. */
export function unwrap(coords: readonly LonLat[]): LonLat[] {
  const out: LonLat[] = [];
  let prev: number | null = null;
  for (const [lon, lat] of coords) {
    let l = lon;
    if (prev !== null) {
      while (l - prev > 180) l -= 360;
      while (l - prev < -180) l += 360;
    }
    out.push([l, lat]);
    prev = l;
  }
  return out;
}

/**
 * Points of the great circle from a to b (n+1 points, longitudes continuous from a's), pushed sideways by
 * `bend` × distance × sin(πt) (positive = to the right of the direction of travel).
 */
export function arcPath(a: LonLat, b: LonLat, bend = 0, n?: number): LonLat[] {
  const dKm = distance(a, b, { units: 'kilometers' });
  if (!(dKm > 0.5)) return unwrap([a, b]);
  const steps = n ?? Math.max(6, Math.min(48, Math.ceil(dKm / 250)));
  const path = sample(a, b, bend, dKm, steps);
  if (n !== undefined) return path;
  // Near the poles a step spans many degrees of longitude, and MapLibre draws each step straight in
  // Mercator: densify until steps stay near MAX_LON_STEP.
  let worst = 0;
  for (let i = 1; i < path.length; i++) worst = Math.max(worst, Math.abs(path[i]![0] - path[i - 1]![0]));
  return worst > MAX_LON_STEP ? sample(a, b, bend, dKm, Math.min(512, Math.ceil((1.3 * steps * worst) / MAX_LON_STEP))) : path;
}

/** Largest longitude difference between two consecutive points of an arc. */
export const MAX_LON_STEP = 4;

function sample(a: LonLat, b: LonLat, bend: number, dKm: number, steps: number): LonLat[] {
  const b0 = bearing(a, b);
  const raw: LonLat[] = [a];
  for (let i = 1; i < steps; i++) {
    const t = i / steps;
    const p = destination(a, dKm * t, b0, { units: 'kilometers' }).geometry.coordinates as LonLat;
    const off = bend * dKm * Math.sin(Math.PI * t);
    if (off !== 0) {
      const heading = bearing(p, b);
      const q = destination(p, Math.abs(off), heading + (off > 0 ? 90 : -90), { units: 'kilometers' }).geometry.coordinates as LonLat;
      raw.push([q[0], q[1]]);
    } else {
      raw.push([p[0], p[1]]);
    }
  }
  raw.push(b);
  return unwrap(raw).map(([x, y]) => [round6(x), round6(y)]);
}

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/** Split a path with continuous longitudes into pieces that each lie within [-180, 180]. */
export function splitAtAntimeridian(coords: readonly LonLat[]): LonLat[][] {
  const pts = unwrap(coords);
  const pieces: LonLat[][] = [];
  if (pts.length === 0) return pieces;
  const shiftOf = (lon: number) => Math.floor((lon + 180) / 360);
  let shift = shiftOf(pts[0]![0]);
  let cur: LonLat[] = [[pts[0]![0] - 360 * shift, pts[0]![1]]];
  for (let i = 1; i < pts.length; i++) {
    const [x0, y0] = pts[i - 1]!;
    const [x1, y1] = pts[i]!;
    const s = shiftOf(x1);
    if (s !== shift) {
      // Crosses the line at lon = -180 + 360 * max(shift, s): interpolate the latitude there.
      const edge = -180 + 360 * Math.max(shift, s);
      const t = (edge - x0) / (x1 - x0);
      const y = round6(y0 + (y1 - y0) * t);
      cur.push([s > shift ? 180 : -180, y]);
      pieces.push(cur);
      cur = [[s > shift ? -180 : 180, y]];
      shift = s;
    }
    cur.push([x1 - 360 * shift, y1]);
  }
  pieces.push(cur);
  return pieces.filter((p) => p.length >= 2);
}

/** Key of an unordered pair of positions (places at the same spot share curves' slots). */
function pairKey(a: LonLat, b: LonLat): { key: string; forward: boolean } {
  const ka = `${a[0].toFixed(4)},${a[1].toFixed(4)}`;
  const kb = `${b[0].toFixed(4)},${b[1].toFixed(4)}`;
  return ka <= kb ? { key: `${ka}|${kb}`, forward: true } : { key: `${kb}|${ka}`, forward: false };
}

export interface SlotInput {
  id: string;
  from: LonLat;
  to: LonLat;
  /** Sort key within the pair (e.g. the category's index), so slots are stable. */
  order: number;
}

/**
 * Bend factor per flow: flows that share a pair of end points get distinct bends spread around 0, in the
 * pair's canonical frame, so A→B and B→A lie on opposite sides and never coincide. A lone flow is a
 * plain great circle.
 */
export function assignBends(flows: readonly SlotInput[]): Map<string, number> {
  const groups = new Map<string, { f: SlotInput; forward: boolean }[]>();
  for (const f of flows) {
    const { key, forward } = pairKey(f.from, f.to);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push({ f, forward });
  }
  const out = new Map<string, number>();
  for (const g of groups.values()) {
    g.sort((x, y) => Number(y.forward) - Number(x.forward) || x.f.order - y.f.order || (x.f.id < y.f.id ? -1 : x.f.id > y.f.id ? 1 : 0));
    const n = g.length;
    g.forEach(({ f, forward }, i) => {
      const canonical = n === 1 ? 0 : (i - (n - 1) / 2) * BEND_SPACING;
      // The canonical frame runs from the "smaller" end to the other: a reverse flow sees right and left swapped.
      out.set(f.id, forward ? canonical : -canonical || 0);
    });
  }
  return out;
}

/** Web Mercator y (radians) of a latitude. */
function mercY(lat: number): number {
  const phi = (Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180;
  return Math.log(Math.tan(Math.PI / 4 + phi / 2));
}

/**
 * Screen direction of travel at the end of a path, in degrees clockwise from north on a north-up
 * Mercator map (what `icon-rotate` with `icon-rotation-alignment: map` expects).
 */
export function endRotation(coords: readonly LonLat[]): number {
  const n = coords.length;
  if (n < 2) return 0;
  const [x1, y1] = coords[n - 1]!;
  const [x0, y0] = coords[n - 2]!;
  const dx = ((x1 - x0) * Math.PI) / 180;
  const dy = mercY(y1) - mercY(y0);
  const deg = (Math.atan2(dx, dy) * 180) / Math.PI;
  return Math.round(((deg + 360) % 360) * 100) / 100;
}

/** Side of the arrow image (px); the tip touches the top edge's centre, 3 px of buffer around the shape. */
export const ARROW_IMAGE_SIZE = 32;
const ARROW_TIP: LonLat = [16, 3];
const ARROW_LEFT: LonLat = [4, 29];
const ARROW_RIGHT: LonLat = [28, 29];

function segDist(px: number, py: number, a: LonLat, b: LonLat): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const t = Math.max(0, Math.min(1, ((px - a[0]) * dx + (py - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (a[0] + t * dx), py - (a[1] + t * dy));
}

function inTriangle(px: number, py: number): boolean {
  const s = (a: LonLat, b: LonLat) => (b[0] - a[0]) * (py - a[1]) - (b[1] - a[1]) * (px - a[0]);
  const d1 = s(ARROW_TIP, ARROW_RIGHT);
  const d2 = s(ARROW_RIGHT, ARROW_LEFT);
  const d3 = s(ARROW_LEFT, ARROW_TIP);
  return (d1 >= 0 && d2 >= 0 && d3 >= 0) || (d1 <= 0 && d2 <= 0 && d3 <= 0);
}

/**
 * An upward-pointing triangle as a signed distance field (RGBA, distance in alpha, 0.75 = edge, as
 * MapLibre's SDF icons expect) so one image takes any category colour through `icon-color`.
 */
export function arrowImage(): { width: number; height: number; data: Uint8Array } {
  const S = ARROW_IMAGE_SIZE;
  const data = new Uint8Array(S * S * 4);
  const radius = 6;
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      const d0 = Math.min(segDist(px, py, ARROW_TIP, ARROW_RIGHT), segDist(px, py, ARROW_RIGHT, ARROW_LEFT), segDist(px, py, ARROW_LEFT, ARROW_TIP));
      const d = inTriangle(px, py) ? -d0 : d0;
      const a = Math.max(0, Math.min(255, Math.round(255 - 255 * (d / radius + 0.25))));
      const i = (y * S + x) * 4;
      data[i] = 255;
      data[i + 1] = 255;
      data[i + 2] = 255;
      data[i + 3] = a;
    }
  }
  return { width: S, height: S, data };
}

/** Pixels between the top of the arrow image and its tip, at icon-size 1. */
export const ARROW_TIP_INSET = ARROW_TIP[1];

/** Arrowhead length on screen (px, at icon-size 1) for the image above. */
export const ARROW_IMAGE_LENGTH = ARROW_LEFT[1] - ARROW_TIP[1];

/** A step of the width scale: flows whose amount is in [min, max) are drawn `width` px wide. */
export interface WidthStep {
  /** null for "no amount given". */
  min: number | null;
  max: number | null;
  width: number;
  label: string;
}

const STEPS: { min: number | null; max: number | null; width: number }[] = [
  { min: null, max: null, width: 2 },
  { min: 0, max: 100, width: 2.5 },
  { min: 100, max: 1_000, width: 3.5 },
  { min: 1_000, max: 10_000, width: 4.5 },
  { min: 10_000, max: 100_000, width: 6 },
  { min: 100_000, max: 1_000_000, width: 7.5 },
  { min: 1_000_000, max: null, width: 9 },
];

const UNKNOWN: Record<Lang, string> = { en: 'amount not given', pt: 'quantidade não informada', es: 'cantidad no indicada', fr: 'quantité non précisée' };

/** The amount a flow's width reflects: its quantity, else its order of magnitude, else null. */
export function flowAmount(f: Pick<Flow, 'quantity' | 'magnitude'>): number | null {
  if (typeof f.quantity === 'number' && Number.isFinite(f.quantity) && f.quantity >= 0) return f.quantity;
  if (typeof f.magnitude === 'number' && Number.isFinite(f.magnitude) && f.magnitude >= 0) return f.magnitude;
  return null;
}

/** Line width (px at zoom ~3) by order of magnitude of the amount: a log scale in decade buckets. */
export function flowWidth(f: Pick<Flow, 'quantity' | 'magnitude'>): number {
  const q = flowAmount(f);
  if (q === null) return STEPS[0]!.width;
  for (const s of STEPS.slice(1)) if (q >= s.min! && (s.max === null || q < s.max)) return s.width;
  return STEPS[STEPS.length - 1]!.width;
}

/**
 * The scale's round numbers written compactly in each language, as Intl.NumberFormat's compact notation
 * writes them (a unit test holds them to it). A table, not Intl: building a compact formatter loads ICU
 * data and cost about 45 ms of the page's main thread at start, for five fixed labels.
 */
const COMPACT: Record<Lang, Record<number, string>> = {
  en: { 100: '100', 1_000: '1K', 10_000: '10K', 100_000: '100K', 1_000_000: '1M' },
  pt: { 100: '100', 1_000: '1\u00a0mil', 10_000: '10\u00a0mil', 100_000: '100\u00a0mil', 1_000_000: '1\u00a0mi' },
  es: { 100: '100', 1_000: '1\u00a0mil', 10_000: '10\u00a0mil', 100_000: '100\u00a0mil', 1_000_000: '1\u00a0M' },
  fr: { 100: '100', 1_000: '1\u00a0k', 10_000: '10\u00a0k', 100_000: '100\u00a0k', 1_000_000: '1\u00a0M' },
};

/** The width scale as legend rows, labelled in the article's language ("1 mil–10 mil", "≥ 1 mi"). */
export function widthScale(lang: Lang = 'en'): WidthStep[] {
  const c = (n: number): string => COMPACT[lang][n]!;
  return STEPS.map((s) => ({
    ...s,
    label: s.min === null ? UNKNOWN[lang] : s.max === null ? `≥ ${c(s.min)}` : s.min === 0 ? `< ${c(s.max)}` : `${c(s.min)}–${c(s.max)}`,
  }));
}

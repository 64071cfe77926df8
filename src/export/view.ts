/**
 * Camera maths for report images, in Web Mercator with MapLibre's 512 px tiles: frame a set of places
 * within a padded area (across the antimeridian when that is shorter), keep an on-screen extent when the
 * image has another size, and metres per pixel for the scale bar. Pure.
 */
import type { ExportView } from './options';

const TILE = 512;
const MAX_LAT = 85.051129;
export const EARTH_CIRCUMFERENCE = 40075016.686;

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const mercX = (lon: number): number => (lon + 180) / 360;
const mercY = (lat: number): number => {
  const φ = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + φ / 2)) / Math.PI) / 2;
};
const lonOf = (x: number): number => x * 360 - 180;
const latOf = (y: number): number => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/** Longitudes unwrapped so their span is smallest (e.g. 170 and -170 become 170 and 190). */
export function unwrapLongitudes(lons: number[]): number[] {
  if (lons.length < 2) return lons;
  const sorted = [...lons].map((l) => ((((l + 180) % 360) + 360) % 360) - 180).sort((a, b) => a - b);
  // The largest gap between neighbours (circularly) is where the frame should not be.
  let gap = sorted[0]! + 360 - sorted[sorted.length - 1]!;
  let cut = sorted[0]!; // longitudes below `cut` move east by 360
  for (let i = 1; i < sorted.length; i++) {
    const g = sorted[i]! - sorted[i - 1]!;
    if (g > gap) {
      gap = g;
      cut = sorted[i]!;
    }
  }
  return lons.map((l) => {
    const n = ((((l + 180) % 360) + 360) % 360) - 180;
    return n < cut ? n + 360 : n;
  });
}

export interface FitOptions {
  width: number;
  height: number;
  padding: Padding;
  /** Zoom for a single place or places very close together. */
  maxZoom?: number;
  minZoom?: number;
}

/** The view that frames every point within the padded map area. */
export function fitView(points: { lon: number; lat: number }[], o: FitOptions): ExportView {
  const maxZoom = o.maxZoom ?? 6;
  const minZoom = o.minZoom ?? 0;
  if (!points.length) return { lon: 30, lat: 30, zoom: Math.max(minZoom, Math.log2(Math.min(o.width, o.height) / TILE) + 0.6) };
  const lons = unwrapLongitudes(points.map((p) => p.lon));
  const xs = lons.map(mercX);
  const ys = points.map((p) => mercY(p.lat));
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  const availW = Math.max(1, o.width - o.padding.left - o.padding.right);
  const availH = Math.max(1, o.height - o.padding.top - o.padding.bottom);
  const zx = x1 > x0 ? Math.log2(availW / ((x1 - x0) * TILE)) : Infinity;
  const zy = y1 > y0 ? Math.log2(availH / ((y1 - y0) * TILE)) : Infinity;
  const zoom = Math.max(minZoom, Math.min(maxZoom, zx, zy));
  const world = TILE * 2 ** zoom;
  // Centre of the points, shifted so they sit in the middle of the padded area.
  const cx = (x0 + x1) / 2 - (o.padding.left - o.padding.right) / 2 / world;
  const cy = (y0 + y1) / 2 - (o.padding.top - o.padding.bottom) / 2 / world;
  let lon = lonOf(cx);
  if (lon > 180) lon -= 360;
  return { lon, lat: latOf(Math.max(0, Math.min(1, cy))), zoom };
}

/** Same centre; zoom changed so the extent seen in a `from`-sized map stays visible in a `to`-sized one. */
export function keepExtent(view: ExportView, from: { width: number; height: number }, to: { width: number; height: number }): ExportView {
  const k = Math.min(to.width / Math.max(1, from.width), to.height / Math.max(1, from.height));
  return { ...view, zoom: Math.max(0, view.zoom + Math.log2(k)) };
}

/** Metres per CSS pixel at a latitude and zoom (512 px tiles). */
export function metresPerPixel(lat: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE * Math.cos((lat * Math.PI) / 180)) / (TILE * 2 ** zoom);
}

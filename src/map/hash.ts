/**
 * The view in the URL hash, `#zoom/lat/lon` (MapLibre's convention). Parsing is strict: anything that
 * is not three finite numbers in range is rejected, and the page falls back to its default view.
 */
export interface View {
  zoom: number;
  lat: number;
  lon: number;
}

export const MAX_ZOOM = 12;

export function parseHash(hash: string): View | null {
  const body = hash.replace(/^#/, '');
  // Keep only the first '&'-separated part so other hash parameters can coexist.
  const first = body.split('&')[0] ?? '';
  const parts = first.split('/');
  if (parts.length < 3) return null;
  const nums = parts.slice(0, 3).map((p) => (/^-?\d+(\.\d+)?$/.test(p) ? Number(p) : NaN));
  const [zoom, lat, lon] = nums as [number, number, number];
  if (![zoom, lat, lon].every(Number.isFinite)) return null;
  if (zoom < 0 || zoom > 24 || lat < -85.06 || lat > 85.06 || lon < -180 || lon > 180) return null;
  return { zoom: Math.min(zoom, MAX_ZOOM), lat, lon };
}

/** Precision follows the zoom so the hash stays short but round-trips to the same pixel. */
export function formatHash(v: View): string {
  const p = Math.max(0, Math.ceil((v.zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
  const wrap = ((((v.lon + 180) % 360) + 360) % 360) - 180;
  return `#${Math.round(v.zoom * 100) / 100}/${v.lat.toFixed(p)}/${wrap.toFixed(p)}`;
}

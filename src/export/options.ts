/**
 * What a report image is asked for, its presets, and the checks every front end (Export dialog,
 * `article-atlas shot`, tests) runs before anything is rendered. Pure: no DOM, no MapLibre.
 */
import type { Lang } from '../story';
import type { ThemeName } from '../map/theme';

export interface ExportView {
  lon: number;
  lat: number;
  zoom: number;
}

export interface ExportOptions {
  /** Image size in CSS pixels; the PNG is width×pixelRatio by height×pixelRatio device pixels. */
  width: number;
  height: number;
  /** 1–4. Lines, markers and text all scale with it. */
  pixelRatio?: number;
  theme?: ThemeName;
  lang?: Lang;
  /** 'fit' frames every place of the story; 'current' keeps the on-screen centre and extent. */
  view?: 'fit' | 'current' | ExportView;
  /** Defaults to the article's title, else its first line. An empty string drops the title. */
  title?: string;
  /** Defaults to "source · date". An empty string drops the subtitle. */
  subtitle?: string;
  legend?: boolean;
  scaleBar?: boolean;
  /** Numbered markers on the map keyed to the quoted sentences printed below it. */
  callouts?: boolean;
  /** Physical resolution written to the PNG (pHYs), e.g. 300 for print. */
  dpi?: number;
  /** 'base64' (default) or 'dataUrl'. */
  encoding?: 'base64' | 'dataUrl';
}

export interface ExportResult {
  bytes: string;
  width: number;
  height: number;
}

export interface Preset {
  id: string;
  label: string;
  width: number;
  height: number;
  pixelRatio: number;
  dpi?: number;
}

/** A4 landscape at 300 dpi is 3508×2480 px: 1754×1240 CSS px at 2×. */
export const PRESETS: readonly Preset[] = [
  { id: 'slide', label: 'Slide 1600×900', width: 1600, height: 900, pixelRatio: 1 },
  { id: 'square', label: 'Square 1200×1200', width: 1200, height: 1200, pixelRatio: 1 },
  { id: 'a4', label: 'A4 landscape, 300 dpi (3508×2480)', width: 1754, height: 1240, pixelRatio: 2, dpi: 300 },
];

export const MIN_SIZE = 200;
/** Largest side of the final PNG in device pixels (2D canvas limit with margin). */
export const MAX_OUTPUT_SIDE = 16384;
export const MIN_PIXEL_RATIO = 1;
export const MAX_PIXEL_RATIO = 4;

export class ExportOptionsError extends Error {
  override name = 'ExportOptionsError';
}

export interface ResolvedOptions extends Required<Omit<ExportOptions, 'title' | 'subtitle' | 'dpi' | 'view'>> {
  view: 'fit' | 'current' | ExportView;
  title: string | undefined;
  subtitle: string | undefined;
  dpi: number | undefined;
  /** Output size in device pixels. */
  outWidth: number;
  outHeight: number;
}

function checkSize(name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new ExportOptionsError(`${name} must be a number of pixels, got ${JSON.stringify(v)}`);
  if (!Number.isInteger(v)) throw new ExportOptionsError(`${name} must be a whole number of pixels, got ${v}`);
  if (v < MIN_SIZE) throw new ExportOptionsError(`${name} ${v} is too small: the smallest report image is ${MIN_SIZE} px`);
  return v;
}

/** Validates and fills defaults; throws ExportOptionsError with a message fit for users. */
export function resolveOptions(o: Partial<ExportOptions>, defaults: { theme: ThemeName; lang: Lang }): ResolvedOptions {
  const width = checkSize('width', o.width);
  const height = checkSize('height', o.height);
  const pr = o.pixelRatio ?? 1;
  if (typeof pr !== 'number' || !Number.isFinite(pr) || pr < MIN_PIXEL_RATIO || pr > MAX_PIXEL_RATIO) {
    throw new ExportOptionsError(`pixel ratio must be between ${MIN_PIXEL_RATIO} and ${MAX_PIXEL_RATIO}, got ${JSON.stringify(o.pixelRatio)}`);
  }
  const outWidth = Math.round(width * pr);
  const outHeight = Math.round(height * pr);
  for (const [name, v, css] of [['width', outWidth, width], ['height', outHeight, height]] as const) {
    if (v > MAX_OUTPUT_SIDE) {
      throw new ExportOptionsError(
        `${name} ${css} px × pixel ratio ${pr} = ${v} px is too large: the largest report image is ${MAX_OUTPUT_SIDE} px per side`,
      );
    }
  }
  if (o.theme !== undefined && o.theme !== 'light' && o.theme !== 'dark') throw new ExportOptionsError(`theme must be "light" or "dark", got ${JSON.stringify(o.theme)}`);
  const view = o.view ?? 'fit';
  if (typeof view === 'object') {
    const ok = Number.isFinite(view.lon) && Number.isFinite(view.lat) && Number.isFinite(view.zoom) && Math.abs(view.lat) <= 85 && Math.abs(view.lon) <= 360 && view.zoom >= 0 && view.zoom <= 22;
    if (!ok) throw new ExportOptionsError(`view must be lon,lat,zoom with |lat| ≤ 85 and 0 ≤ zoom ≤ 22, got ${JSON.stringify(view)}`);
  } else if (view !== 'fit' && view !== 'current') {
    throw new ExportOptionsError(`view must be "fit", "current" or {lon,lat,zoom}, got ${JSON.stringify(view)}`);
  }
  if (o.dpi !== undefined && !(Number.isFinite(o.dpi) && o.dpi > 0 && o.dpi <= 10000)) throw new ExportOptionsError(`dpi must be a positive number, got ${JSON.stringify(o.dpi)}`);
  return {
    width,
    height,
    pixelRatio: pr,
    theme: o.theme ?? defaults.theme,
    lang: o.lang ?? defaults.lang,
    view,
    title: o.title,
    subtitle: o.subtitle,
    legend: o.legend ?? true,
    scaleBar: o.scaleBar ?? true,
    callouts: o.callouts ?? false,
    dpi: o.dpi,
    encoding: o.encoding ?? 'base64',
    outWidth,
    outHeight,
  };
}

/** Parses "fit", "current" or "lon,lat,zoom". */
export function parseView(s: string): 'fit' | 'current' | ExportView {
  if (s === 'fit' || s === 'current') return s;
  const parts = s.split(',').map((x) => x.trim());
  const [lon, lat, zoom] = parts.map(Number);
  if (parts.length !== 3 || parts.some((p) => p === '') || ![lon, lat, zoom].every((n) => Number.isFinite(n))) {
    throw new ExportOptionsError(`--view must be "fit" or lon,lat,zoom (e.g. 127.4,39.2,6), got "${s}"`);
  }
  return { lon: lon!, lat: lat!, zoom: zoom! };
}

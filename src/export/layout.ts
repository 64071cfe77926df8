/**
 * The composition of a report image as plain data: where the map goes, and every title, legend entry,
 * scale bar, attribution line and callout as a list of drawing items in CSS pixels (the drawer
 * multiplies by the pixel ratio, so everything scales together). Pure: text widths come from a
 * `measure` function (canvas in the page, an estimate in tests).
 *
 * Two steps, because the map's view depends on the map area and the scale bar and callout markers
 * depend on the view: `layoutReport` (header, callout band, map area, legend, attribution) then
 * `finishReport` (scale bar and numbered markers, once the renderer knows the scale and positions).
 */
import type { Theme } from '../map/theme';
import type { Span, Story } from '../story';
import type { LegendSpec } from './legend';
import { leadTitle } from '../text/front-matter';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type Weight = 400 | 700;
export type Measure = (text: string, size: number, weight: Weight) => number;

export type Item =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill?: string; stroke?: string; lineWidth?: number; radius?: number; alpha?: number }
  | { kind: 'text'; x: number; y: number; text: string; size: number; weight: Weight; color: string; align?: 'left' | 'center' | 'right'; baseline?: 'alphabetic' | 'middle' }
  | { kind: 'line'; points: [number, number][]; width: number; color: string; dash?: number[] | null; alpha?: number; cap?: 'butt' | 'round' }
  | { kind: 'circle'; x: number; y: number; r: number; fill: string; stroke?: string; lineWidth?: number };

export type Role = 'header' | 'title' | 'subtitle' | 'map' | 'legend' | 'scaleBar' | 'attribution' | 'callouts' | 'markers';

export const ATTRIBUTION_TEXT = 'Natural Earth · GeoNames · MapLibre';

export interface Callout {
  n: number;
  text: string;
  /** Where the marker goes, lon/lat (the renderer projects it). */
  lon: number;
  lat: number;
}

export interface ReportInput {
  width: number;
  height: number;
  theme: Pick<Theme, 'ink' | 'paper' | 'muted'>;
  title?: string;
  subtitle?: string;
  legend?: LegendSpec | null;
  scaleBar?: boolean;
  callouts?: Callout[];
  attribution?: string;
}

export interface Composition {
  width: number;
  height: number;
  background: string;
  /** Map area, CSS px. */
  map: Rect;
  /** Padding (map CSS px) that keeps fitted places clear of the legend and attribution. */
  fitPadding: { top: number; right: number; bottom: number; left: number };
  /** Items drawn over everything, in order. */
  items: Item[];
  regions: Partial<Record<Role, Rect>>;
  /** Callouts printed below the map (the first n of the input). */
  callouts: Callout[];
  /** Typography scale for this image size. */
  scale: number;
  theme: Pick<Theme, 'ink' | 'paper' | 'muted'>;
  /** Set when the input asked for a scale bar. */
  wantsScaleBar: boolean;
}

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));

/** Greedy word wrap; a word longer than the line is cut. Lines past maxLines end with an ellipsis. */
export function wrapText(text: string, maxWidth: number, size: number, weight: Weight, measure: Measure, maxLines = Infinity): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (measure(next, size, weight) <= maxWidth) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = w;
    while (measure(line, size, weight) > maxWidth && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut), size, weight) > maxWidth) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(`${kept[maxLines - 1]} ${lines[maxLines]}`, maxWidth, size, weight, measure);
  return kept;
}

export function ellipsize(text: string, maxWidth: number, size: number, weight: Weight, measure: Measure): string {
  if (measure(text, size, weight) <= maxWidth) return text;
  let s = text;
  while (s.length > 0 && measure(`${s}…`, size, weight) > maxWidth) s = s.slice(0, -1);
  return `${s.trimEnd()}…`;
}

/** Title the export starts with: the article's title, else its first non-empty line (shortened). */
export function defaultTitle(story: Story | null | undefined): string {
  const t = story?.article.title?.trim();
  if (t) return t;
  return leadTitle(story?.article.text ?? '');
}

/** "Source · date", whichever is known. */
export function defaultSubtitle(story: Story | null | undefined): string {
  const a = story?.article;
  return [a?.source?.trim(), a?.date?.trim()].filter(Boolean).join(' · ');
}

/**
 * One callout per distinct quoted sentence of the story's flows, in text order, anchored at the
 * middle of its first flow: the drawn curve's midpoint when `midpoint` knows it, else halfway between
 * the two places.
 */
export function calloutsFromStory(story: Story, midpoint?: (flowId: string) => { lon: number; lat: number } | undefined): Callout[] {
  const byId = new Map(story.places.map((p) => [p.id, p]));
  const seen = new Map<string, { q: Span; lon: number; lat: number }>();
  for (const f of story.flows) {
    const a = byId.get(f.from);
    const b = byId.get(f.to);
    if (!a || !b) continue;
    for (const q of f.quotes) {
      const key = `${q.start}:${q.end}`;
      if (seen.has(key) || !q.text.trim()) continue;
      const mid = midpoint?.(f.id);
      if (mid) {
        seen.set(key, { q, lon: mid.lon, lat: mid.lat });
        continue;
      }
      let lon2 = b.lon;
      if (lon2 - a.lon > 180) lon2 -= 360;
      else if (a.lon - lon2 > 180) lon2 += 360;
      seen.set(key, { q, lon: (a.lon + lon2) / 2, lat: (a.lat + b.lat) / 2 });
    }
  }
  return [...seen.values()]
    .sort((x, y) => x.q.start - y.q.start)
    .map((v, i) => ({ n: i + 1, text: v.q.text.replace(/\s+/g, ' ').trim(), lon: v.lon, lat: v.lat }));
}

/** Typography scale: 1 at about 1300×750 CSS px, within 0.8–1.5. */
export function typeScale(width: number, height: number): number {
  return clamp(Math.min(width / 1300, height / 750), 0.8, 1.5);
}

function legendItems(spec: LegendSpec, x: number, y: number, maxW: number, maxH: number, s: number, th: ReportInput['theme'], measure: Measure): { items: Item[]; w: number; h: number; complete: boolean } {
  const pad = 10 * s;
  const fs = 12 * s;
  const hs = 11 * s;
  const row = 19 * s;
  const sw = 26 * s;
  const gap = 8 * s;
  const body: Item[] = [];
  let cy = y + pad;
  let w = 0;
  const bottom = y + maxH - pad;
  const fits = (h: number) => cy + h <= bottom;
  const heading = (text: string): boolean => {
    if (!fits(row)) return false;
    body.push({ kind: 'text', x: x + pad, y: cy + row / 2, text, size: hs, weight: 700, color: th.muted, baseline: 'middle' });
    w = Math.max(w, measure(text, hs, 700));
    cy += row;
    return true;
  };
  const label = (text: string): string => ellipsize(text, maxW - 2 * pad - sw - gap, fs, 400, measure);
  const entry = (draw: (mx: number, my: number) => Item[], text: string): boolean => {
    if (!fits(row)) return false;
    const t = label(text);
    body.push(...draw(x + pad, cy + row / 2), { kind: 'text', x: x + pad + sw + gap, y: cy + row / 2, text: t, size: fs, weight: 400, color: th.ink, baseline: 'middle' });
    w = Math.max(w, sw + gap + measure(t, fs, 400));
    return ((cy += row), true);
  };
  const sections: (() => boolean)[] = [];
  if (spec.categories.length) {
    sections.push(() => heading(spec.headings.categories) && spec.categories.every((c) =>
      entry((mx, my) => [{ kind: 'line', points: [[mx, my], [mx + sw, my]], width: 4 * s, color: c.color, cap: 'round' }], c.label)));
  }
  if (spec.widths.length) {
    sections.push(() => heading(spec.headings.widths) && spec.widths.every((c) =>
      entry((mx, my) => [{ kind: 'line', points: [[mx, my], [mx + sw, my]], width: c.width * s, color: th.muted, cap: 'butt' }], c.label)));
  }
  if (spec.statuses.length) {
    sections.push(() => heading(spec.headings.statuses) && spec.statuses.every((c) =>
      entry((mx, my) => [{ kind: 'line', points: [[mx, my], [mx + sw, my]], width: 3 * s, color: c.color ?? th.ink, dash: c.dash, alpha: c.opacity, cap: 'butt' }], c.label)));
  }
  let complete = true;
  for (const [i, sec] of sections.entries()) {
    if (i > 0) cy += 4 * s;
    if (!sec()) {
      complete = false;
      break;
    }
  }
  if (!body.length) return { items: [], w: 0, h: 0, complete };
  const bw = Math.min(maxW, w + 2 * pad);
  const bh = cy - y + pad;
  const panel: Item = { kind: 'rect', x, y, w: bw, h: bh, fill: th.paper, alpha: 0.9, stroke: th.muted, lineWidth: Math.max(0.5, 0.75 * s), radius: 4 * s };
  return { items: [panel, ...body], w: bw, h: bh, complete };
}

/** Step one: header, callout band, map area, legend and attribution. */
export function layoutReport(input: ReportInput, measure: Measure): Composition {
  const { width: W, height: H, theme: th } = input;
  const s = typeScale(W, H);
  const m = Math.round(18 * s);
  const items: Item[] = [];
  const regions: Composition['regions'] = {};

  // Header: title (bold, up to two lines) and subtitle (one line).
  let y = 0;
  const title = input.title?.trim() ?? '';
  const subtitle = input.subtitle?.trim() ?? '';
  if (title || subtitle) {
    y = m;
    const ts = 26 * s;
    const titleLines = title ? wrapText(title, W - 2 * m, ts, 700, measure, 2) : [];
    for (const line of titleLines) {
      items.push({ kind: 'text', x: m, y: y + ts * 0.95, text: line, size: ts, weight: 700, color: th.ink });
      y += ts * 1.22;
    }
    if (titleLines.length) regions.title = { x: m, y: m, w: W - 2 * m, h: y - m };
    if (subtitle) {
      const ss = 14 * s;
      const sy = y + (titleLines.length ? 2 * s : 0);
      items.push({ kind: 'text', x: m, y: sy + ss * 0.95, text: ellipsize(subtitle, W - 2 * m, ss, 400, measure), size: ss, weight: 400, color: th.muted });
      regions.subtitle = { x: m, y: sy, w: W - 2 * m, h: ss * 1.3 };
      y = sy + ss * 1.3;
    }
    y = Math.ceil(y + m * 0.7);
    regions.header = { x: 0, y: 0, w: W, h: y };
  }
  const mapTop = y;

  // Callouts below the map: a numbered badge and the quote, up to three lines each, within 35% of the height.
  const shown: Callout[] = [];
  const calloutItems: Item[] = [];
  let band = 0;
  if (input.callouts?.length) {
    const cs = 13 * s;
    const lh = cs * 1.35;
    const br = 9 * s;
    const textX = m + 2 * br + 8 * s;
    const budget = Math.max(0, H * 0.35 - mapTop * 0.25);
    let cy = m * 0.8;
    for (const c of input.callouts) {
      const lines = wrapText(`“${c.text}”`, W - textX - m, cs, 400, measure, 3);
      const h = lines.length * lh + 6 * s;
      if (cy + h + m * 0.6 > budget) break;
      calloutItems.push({ kind: 'circle', x: m + br, y: cy + lh / 2, r: br, fill: th.ink });
      calloutItems.push({ kind: 'text', x: m + br, y: cy + lh / 2, text: String(c.n), size: 11 * s, weight: 700, color: th.paper, align: 'center', baseline: 'middle' });
      lines.forEach((l, i) => calloutItems.push({ kind: 'text', x: textX, y: cy + i * lh + lh / 2, text: l, size: cs, weight: 400, color: th.ink, baseline: 'middle' }));
      cy += h;
      shown.push(c);
    }
    if (shown.length) band = Math.ceil(cy + m * 0.6);
  }
  const mapRect: Rect = { x: 0, y: mapTop, w: W, h: H - mapTop - band };
  regions.map = mapRect;
  if (band) {
    const by = mapRect.y + mapRect.h;
    regions.callouts = { x: 0, y: by, w: W, h: band };
    for (const it of calloutItems) {
      if (it.kind === 'text' || it.kind === 'circle') it.y += by;
    }
    items.push({ kind: 'line', points: [[0, by], [W, by]], width: Math.max(0.5, s), color: th.muted, alpha: 0.5 });
    items.push(...calloutItems);
  }
  if (mapTop > 0) items.push({ kind: 'line', points: [[0, mapTop], [W, mapTop]], width: Math.max(0.5, s), color: th.muted, alpha: 0.5 });

  const pad = { top: 40 * s, right: 40 * s, bottom: 40 * s, left: 40 * s };

  // Legend: top-left panel over the map.
  if (input.legend) {
    const lm = 10 * s;
    // A smaller legend rather than a truncated one, down to 60% of the type scale.
    let lg = legendItems(input.legend, mapRect.x + lm, mapRect.y + lm, Math.min(260 * s, mapRect.w * 0.4), mapRect.h - 2 * lm - 24 * s, s, th, measure);
    for (let k = 0.9; !lg.complete && k >= 0.6; k -= 0.1) {
      lg = legendItems(input.legend, mapRect.x + lm, mapRect.y + lm, Math.min(260 * s, mapRect.w * 0.4), mapRect.h - 2 * lm - 24 * s, s * k, th, measure);
    }
    if (lg.items.length) {
      items.push(...lg.items);
      regions.legend = { x: mapRect.x + lm, y: mapRect.y + lm, w: lg.w, h: lg.h };
      pad.left = Math.max(pad.left, lm + lg.w + 24 * s + 60 * s); // room for a place label left of its marker
    }
  }

  // Attribution: always, bottom-right over the map; shrinks (then wraps) rather than disappear.
  const text = input.attribution ?? ATTRIBUTION_TEXT;
  const maxAW = mapRect.w - 12 * s;
  let as = 10.5 * s;
  while (as > 5 && measure(text, as, 400) + 10 * s > maxAW) as -= 0.5;
  const aLines = wrapText(text, maxAW - 8 * s, as, 400, measure);
  const aw = Math.min(maxAW, Math.max(...aLines.map((l) => measure(l, as, 400))) + 8 * s);
  const alh = as * 1.35;
  const ah = aLines.length * alh + 4 * s;
  const ax = mapRect.x + mapRect.w - aw;
  const ay = mapRect.y + mapRect.h - ah;
  items.push({ kind: 'rect', x: ax, y: ay, w: aw, h: ah, fill: th.paper, alpha: 0.8 });
  aLines.forEach((l, i) => items.push({ kind: 'text', x: ax + aw - 4 * s, y: ay + 2 * s + i * alh + alh / 2, text: l, size: as, weight: 400, color: th.ink, align: 'right', baseline: 'middle' }));
  regions.attribution = { x: ax, y: ay, w: aw, h: ah };
  pad.bottom = Math.max(pad.bottom, ah + 16 * s);

  return {
    width: W,
    height: H,
    background: th.paper,
    map: mapRect,
    fitPadding: pad,
    items,
    regions,
    callouts: shown,
    scale: s,
    theme: th,
    wantsScaleBar: input.scaleBar ?? false,
  };
}

/** A round distance (1, 2, 3 or 5 × 10^n metres) no longer than maxMetres. */
export function niceDistance(maxMetres: number): number {
  const p = 10 ** Math.floor(Math.log10(maxMetres));
  for (const f of [5, 3, 2, 1]) if (f * p <= maxMetres) return f * p;
  return p;
}

export function formatDistance(m: number): string {
  return m >= 1000 ? `${(m / 1000).toLocaleString('en-US').replace(/,/g, ' ')} km` : `${m} m`;
}

export interface MapFacts {
  /** Metres per CSS pixel at the bottom of the map area (where the scale bar sits). */
  metresPerPixel?: number;
  /** Callout anchors in map CSS px (null when off the map). */
  anchors?: ({ x: number; y: number } | null)[];
}

/** Step two: scale bar and numbered callout markers, from what the rendered map knows. */
export function finishReport(c: Composition, facts: MapFacts): Composition {
  const items = [...c.items];
  const regions = { ...c.regions };
  const s = c.scale;
  const th = c.theme;
  const mr = c.map;

  if (facts.anchors?.length && c.callouts.length) {
    const r = 9 * s;
    const placed: { x: number; y: number }[] = [];
    const markers: Item[] = [];
    c.callouts.forEach((co, i) => {
      const a = facts.anchors?.[i];
      if (!a) return;
      let x = clamp(a.x, r + 2, mr.w - r - 2);
      let y = clamp(a.y, r + 2, mr.h - r - 2);
      // Nudge down-right until clear of markers already placed.
      for (let k = 0; k < 12 && placed.some((p) => Math.hypot(p.x - x, p.y - y) < 2 * r + 2 * s); k++) {
        x = clamp(x + 1.4 * r, r + 2, mr.w - r - 2);
        y = clamp(y + 0.9 * r, r + 2, mr.h - r - 2);
      }
      placed.push({ x, y });
      markers.push({ kind: 'circle', x: mr.x + x, y: mr.y + y, r, fill: th.ink, stroke: th.paper, lineWidth: 1.5 * s });
      markers.push({ kind: 'text', x: mr.x + x, y: mr.y + y, text: String(co.n), size: 11 * s, weight: 700, color: th.paper, align: 'center', baseline: 'middle' });
    });
    if (markers.length) {
      items.splice(indexAfterMapOverlays(items), 0, ...markers);
      const xs = placed.map((p) => p.x);
      const ys = placed.map((p) => p.y);
      regions.markers = { x: mr.x + Math.min(...xs) - r, y: mr.y + Math.min(...ys) - r, w: Math.max(...xs) - Math.min(...xs) + 2 * r, h: Math.max(...ys) - Math.min(...ys) + 2 * r };
    }
  }

  const mpp = facts.metresPerPixel;
  if (c.wantsScaleBar && mpp && Number.isFinite(mpp) && mpp > 0) {
    const maxLen = Math.min(120 * s, mr.w * 0.3);
    const d = niceDistance(maxLen * mpp);
    const len = d / mpp;
    const label = formatDistance(d);
    const fs = 10.5 * s;
    const bx = mr.x + 10 * s;
    const att = regions.attribution;
    const boxW = Math.max(len, measure0(label, fs)) + 12 * s;
    // Above the attribution when both do not fit side by side.
    const bottom = att && bx + boxW > att.x - 6 * s ? att.y - 4 * s : mr.y + mr.h - 8 * s;
    const bh = fs * 1.3 + 12 * s;
    const by = bottom - bh;
    items.push({ kind: 'rect', x: bx, y: by, w: boxW, h: bh, fill: th.paper, alpha: 0.8, radius: 2 * s });
    const lx = bx + 6 * s;
    const ly = by + bh - 5 * s;
    items.push({ kind: 'line', points: [[lx, ly - 5 * s], [lx, ly], [lx + len, ly], [lx + len, ly - 5 * s]], width: 1.5 * s, color: th.ink, cap: 'butt' });
    items.push({ kind: 'text', x: lx, y: by + 4 * s + fs * 0.5, text: label, size: fs, weight: 400, color: th.ink, baseline: 'middle' });
    regions.scaleBar = { x: bx, y: by, w: boxW, h: bh };
  }
  return { ...c, items, regions };
}

// The scale bar label is short ("500 km"); an estimate keeps finishReport free of the measure function.
function measure0(text: string, size: number): number {
  return text.length * size * 0.58;
}

function indexAfterMapOverlays(items: Item[]): number {
  // Markers go right after the header and callout items but before the legend and attribution panels,
  // which must stay readable on top.
  const i = items.findIndex((it) => it.kind === 'rect' && it.alpha !== undefined);
  return i < 0 ? items.length : i;
}

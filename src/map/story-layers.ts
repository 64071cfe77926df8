/**
 * Story → map, pure: one GeoJSON source (places as points, flows as bent great-circle arcs, arrowheads
 * at the destinations, told apart by a `t` property) and MapLibre layer specs (arc casing, one arc
 * layer per status style, arrowheads, markers, labels), plus the legend model the on-screen legend and
 * the PNG export both draw. No maplibre-gl import, no DOM: the thin layer in story-view.ts mounts it.
 * Never mutates the story.
 *
 * One source rather than one per feature kind: the map's worker indexes and tiles the story in one
 * pass and hands each tile over in one message, so a story costs one round of tile loads and frames.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
} from 'maplibre-gl';
import { FLOW_CATEGORIES, FLOW_STATUSES, type Flow, type FlowCategory, type FlowStatus, type Lang, type PlaceKind, type Story } from '../story';
import {
  arcPath,
  ARROW_IMAGE_LENGTH,
  ARROW_TIP_INSET,
  assignBends,
  endRotation,
  flowAmount,
  flowWidth,
  type LonLat,
  widthScale,
  type WidthStep,
  wrapLon,
} from './arcs';
import {
  casingColor,
  categoryColor,
  categoryColors,
  categoryLabel,
  DENIED_COLOR,
  kindLabel,
  markerRadius,
  markerStyles,
  type MarkerStyle,
  STATUS_STYLES,
  statusLabel,
} from './palette';
import { FONT_REGULAR, perFeature } from './style';
import { THEMES, type ThemeName } from './theme';
import { flowLods, LABEL_BUDGET, labelLods, LOD_BUDGET } from './lod';

export const SOURCE_STORY = 'story';
/** What a feature of the story source draws (its `t` property). */
export type StoryFeatureKind = 'place' | 'arc' | 'arrow';
/**
 * The feature's key in the story source (its promoted id, for feature state and diffs): a place and a
 * flow may share an id, and a flow has both an arc and an arrow.
 */
export const featureKey = (t: StoryFeatureKind, id: string): string => `${t}:${id}`;
export const ARROW_ICON = 'story-arrow';

export const LAYER_CASING = 'story-arcs-casing';
export const LAYER_ARROWS = 'story-arrows';
export const LAYER_MARKERS = 'story-markers';
export const LAYER_LABELS = 'story-labels';
export const LAYER_LABELS_COUNTRY = 'story-labels-country';
export const arcLayerId = (s: FlowStatus): string => `story-arcs-${s}`;

/** Layers that answer clicks, topmost first. */
export const MARKER_LAYERS = [LAYER_MARKERS] as const;
export const FLOW_LAYERS = [LAYER_ARROWS, ...FLOW_STATUSES.map(arcLayerId)] as const;
/** Pixels around the pointer that still hit an arc (thin arcs stay easy to click and tap). */
export const FLOW_HIT_RADIUS = 6;

export interface StoryFilter {
  /** Categories to draw; all when absent. */
  categories?: ReadonlySet<FlowCategory>;
  /** Draw denied flows (grey); default false. */
  showDenied?: boolean;
  /** Draw reported/alleged flows (dashed, lighter); default true. */
  showReported?: boolean;
}

export interface MapOptions {
  theme: ThemeName;
  lang?: Lang;
  filter?: StoryFilter;
  /**
   * Number of flows in the story: above CASING_MAX_FLOWS the arcs' casing is switched off (it doubles
   * the pixels drawn, and dense flow maps read better without it).
   */
  flowCount?: number;
  /** Number of places: above LABEL_BUDGET, labels are generalised by zoom (see ./lod.ts). */
  placeCount?: number;
}

export const CASING_MAX_FLOWS = 400;

export interface FlowAnchor {
  from: string;
  to: string;
  /** The point halfway along the drawn curve (continuous longitude). */
  mid: LonLat;
  /** The lowest zoom at which the arc is drawn (0 unless the story is dense; see ./lod.ts). */
  lod: number;
}

export interface StoryMap {
  /** One GeoJSON source, SOURCE_STORY, holding the places, arcs and arrows below (the same objects). */
  sources: Record<string, GeoJSONSourceSpecification & { data: GeoJSON.FeatureCollection }>;
  places: GeoJSON.Feature<GeoJSON.Point>[];
  arcs: GeoJSON.Feature<GeoJSON.LineString>[];
  arrows: GeoJSON.Feature<GeoJSON.Point>[];
  layers: LayerSpecification[];
  /** Where popups open: place id → position, flow id → midpoint of its curve. */
  anchors: { places: Map<string, LonLat>; flows: Map<string, FlowAnchor> };
  /** Bounds of everything drawn, [west, south, east, north]; west may exceed east's wrap (east can be > 180). */
  bounds: [number, number, number, number] | null;
  /** Ids that could not be drawn and why (bad coordinates, unresolved place ids, a flow from a place to itself). */
  skipped: { id: string; reason: string }[];
}

function finiteLonLat(lon: unknown, lat: unknown): boolean {
  return typeof lon === 'number' && typeof lat === 'number' && Number.isFinite(lon) && Number.isFinite(lat) && lat >= -90 && lat <= 90 && Math.abs(lon) <= 540;
}

/** Statuses drawn under a filter. */
export function visibleStatuses(filter: StoryFilter = {}): FlowStatus[] {
  return FLOW_STATUSES.filter((s) => (s === 'denied' ? filter.showDenied === true : s === 'reported' ? filter.showReported !== false : true));
}

export function visibleCategories(filter: StoryFilter = {}): FlowCategory[] {
  return FLOW_CATEGORIES.filter((c) => !filter.categories || filter.categories.has(c));
}

/** Is a flow drawn under this filter? */
export function isFlowVisible(f: Pick<Flow, 'category' | 'status'>, filter: StoryFilter = {}): boolean {
  return visibleStatuses(filter).includes(f.status) && visibleCategories(filter).includes(f.category);
}

function colorExpression(theme: ThemeName): ExpressionSpecification {
  const colors = categoryColors(theme);
  const m: unknown[] = ['match', ['get', 'category']];
  for (const c of FLOW_CATEGORIES) m.push(c, colors[c]);
  m.push(colors.other);
  return m as ExpressionSpecification;
}

/** Arc width in px: the per-flow width scaled a little with zoom; wider when selected. */
function widthExpression(extra = 0): ExpressionSpecification {
  const w = (k: number): ExpressionSpecification => [
    '+',
    ['*', k, ['get', 'w']],
    ['case', ['boolean', ['feature-state', 'selected'], false], 2 + extra, extra],
  ];
  return ['interpolate', ['linear'], ['zoom'], 1, w(0.8), 4, w(1), 8, w(1.4)];
}

function flowFilter(t: 'arc' | 'arrow', filter: StoryFilter, generalise: boolean, statuses?: FlowStatus[]): FilterSpecification {
  const st = statuses ?? visibleStatuses(filter);
  return [
    'all',
    ['==', ['get', 't'], t],
    ['in', ['get', 'status'], ['literal', st]],
    ['in', ['get', 'category'], ['literal', visibleCategories(filter)]],
    // Dense stories: a flow is drawn from its level-of-detail zoom on (see ./lod.ts).
    ...(generalise ? [['>=', ['zoom'], ['get', 'lod']]] : []),
  ] as unknown as FilterSpecification;
}


const isPlaceFeature = ['==', ['get', 't'], 'place'] as FilterSpecification;

/** Layer specs for the story (bottom to top), for a theme and filter; data comes from `storySources`. */
export function storyLayers(o: MapOptions): LayerSpecification[] {
  const { theme } = o;
  const filter = o.filter ?? {};
  const t = THEMES[theme];
  const ms = markerStyles(theme);
  const statuses = visibleStatuses(filter);
  const generalise = (o.flowCount ?? 0) > LOD_BUDGET;
  const labelZoom = (f: FilterSpecification): FilterSpecification =>
    ((o.placeCount ?? 0) > LABEL_BUDGET ? ['all', f, ['>=', ['zoom'], ['get', 'llod']]] : f) as FilterSpecification;
  const byKind = <K extends keyof MarkerStyle>(key: K): ExpressionSpecification =>
    ['match', ['get', 'kind'], 'country', ms.country[key], 'region', ms.region[key], 'city', ms.city[key], ms.other[key]] as unknown as ExpressionSpecification;

  const layers: LayerSpecification[] = [
    {
      id: LAYER_CASING,
      type: 'line',
      source: SOURCE_STORY,
      filter: flowFilter('arc', filter, generalise),
      layout: { 'line-cap': 'butt', 'line-join': 'miter', visibility: (o.flowCount ?? 0) > CASING_MAX_FLOWS ? 'none' : 'visible' },
      paint: {
        'line-color': perFeature(casingColor(theme)),
        'line-width': widthExpression(2.5),
        'line-opacity': ['match', ['get', 'status'], 'stated', 0.75, 'denied', 0.25, 0.45],
      },
    },
  ];
  for (const s of FLOW_STATUSES) {
    const st = STATUS_STYLES[s];
    layers.push({
      id: arcLayerId(s),
      type: 'line',
      source: SOURCE_STORY,
      filter: flowFilter('arc', filter, generalise, [s]),
      layout: { 'line-cap': 'butt', 'line-join': 'miter', visibility: statuses.includes(s) ? 'visible' : 'none' },
      paint: {
        'line-color': st.grey ? perFeature(DENIED_COLOR[theme]) : colorExpression(theme),
        'line-width': widthExpression(),
        'line-opacity': perFeature(st.opacity),
        ...(st.dash ? { 'line-dasharray': st.dash } : {}),
      },
    });
  }
  layers.push(
    {
      id: LAYER_ARROWS,
      type: 'symbol',
      source: SOURCE_STORY,
      filter: flowFilter('arrow', filter, generalise),
      layout: {
        'icon-image': ARROW_ICON,
        'icon-size': ['get', 'size'],
        'icon-rotate': ['get', 'rot'],
        'icon-rotation-alignment': 'map',
        'icon-pitch-alignment': 'map',
        'icon-anchor': 'top',
        'icon-offset': ['get', 'off'],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: {
        'icon-color': ['match', ['get', 'status'], 'denied', DENIED_COLOR[theme], colorExpression(theme)],
        'icon-opacity': ['match', ['get', 'status'], 'stated', 1, 'denied', 0.6, 0.85],
        'icon-halo-color': casingColor(theme),
        'icon-halo-width': 1,
      },
    },
    {
      id: LAYER_MARKERS,
      type: 'circle',
      source: SOURCE_STORY,
      filter: isPlaceFeature,
      layout: { 'circle-sort-key': ['-', 0, ['get', 'r']] },
      paint: {
        'circle-radius': ['+', ['get', 'r'], ['case', ['boolean', ['feature-state', 'selected'], false], 2, 0]],
        'circle-color': byKind('fill'),
        'circle-opacity': byKind('fillOpacity'),
        'circle-stroke-color': ['case', ['boolean', ['feature-state', 'selected'], false], t.ink, byKind('stroke')],
        'circle-stroke-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, byKind('strokeWidth')],
        'circle-pitch-alignment': 'map',
      },
    },
    {
      id: LAYER_LABELS_COUNTRY,
      type: 'symbol',
      source: SOURCE_STORY,
      filter: labelZoom(['all', isPlaceFeature, ['==', ['get', 'kind'], 'country']] as FilterSpecification),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT_REGULAR],
        'text-size': 12,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.06,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': ['/', ['+', ['get', 'r'], 3], 12],
        'symbol-sort-key': ['-', 0, ['get', 'n']],
        'text-max-width': 9,
      },
      paint: { 'text-color': perFeature(t.ink), 'text-halo-color': t.paper, 'text-halo-width': 1.6, 'text-opacity': perFeature(0.85) },
    },
    {
      id: LAYER_LABELS,
      type: 'symbol',
      source: SOURCE_STORY,
      filter: labelZoom(['all', isPlaceFeature, ['!=', ['get', 'kind'], 'country']] as FilterSpecification),
      layout: {
        'text-field': ['get', 'name'],
        // The basemap's regular face, a size up and in ink: a bold face would cost every page load a
        // second font file and a set of glyphs rasterised on the main thread (~100 ms of CPU).
        'text-font': [FONT_REGULAR],
        'text-size': ['match', ['get', 'kind'], 'city', 14.5, 13],
        'text-variable-anchor': ['right', 'left', 'top', 'bottom'],
        'text-radial-offset': ['/', ['+', ['get', 'r'], 3], 13],
        'symbol-sort-key': ['-', 0, ['get', 'n']],
        'text-max-width': 9,
      },
      paint: { 'text-color': perFeature(t.ink), 'text-halo-color': t.paper, 'text-halo-width': 2, 'text-opacity': perFeature(1) },
    },
  );
  return layers;
}

/** GeoJSON sources, anchors, bounds and what could not be drawn, for a story (theme-independent). */
export function storySources(story: Story): Omit<StoryMap, 'layers'> {
  const skipped: { id: string; reason: string }[] = [];
  const placeFeatures: GeoJSON.Feature<GeoJSON.Point>[] = [];
  const placePos = new Map<string, LonLat>();
  const radius = new Map<string, number>();
  for (const p of story.places ?? []) {
    if (!finiteLonLat(p.lon, p.lat)) {
      skipped.push({ id: p.id, reason: `place "${p.id}": coordinates out of range (${String(p.lon)}, ${String(p.lat)})` });
      continue;
    }
    const kind: PlaceKind = (['country', 'region', 'city', 'other'] as const).includes(p.kind) ? p.kind : 'other';
    const n = Array.isArray(p.mentions) ? p.mentions.length : 0;
    const r = markerRadius(kind, n);
    const pos: LonLat = [wrapLon(p.lon), p.lat];
    placePos.set(p.id, pos);
    radius.set(p.id, r);
    placeFeatures.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: pos },
      properties: { t: 'place', key: featureKey('place', p.id), id: p.id, name: String(p.name ?? p.id), kind, n, r, ...(p.country ? { country: p.country } : {}) },
    });
  }

  const usable: Flow[] = [];
  for (const f of story.flows ?? []) {
    const a = placePos.get(f.from);
    const b = placePos.get(f.to);
    if (!a || !b) {
      skipped.push({ id: f.id, reason: `flow "${f.id}": ${!a ? `from "${f.from}"` : `to "${f.to}"`} is not a drawable place` });
      continue;
    }
    if (f.from === f.to || (a[0] === b[0] && a[1] === b[1])) {
      skipped.push({ id: f.id, reason: `flow "${f.id}": starts and ends at the same place` });
      continue;
    }
    usable.push(f);
  }
  const catIndex = new Map<string, number>(FLOW_CATEGORIES.map((c, i) => [c, i]));
  const bends = assignBends(
    usable.map((f) => ({ id: f.id, from: placePos.get(f.from)!, to: placePos.get(f.to)!, order: (catIndex.get(f.category) ?? 99) * 10 + FLOW_STATUSES.indexOf(f.status) })),
  );

  const flowFeatures: GeoJSON.Feature<GeoJSON.LineString>[] = [];
  const arrowFeatures: GeoJSON.Feature<GeoJSON.Point>[] = [];
  const flowAnchors = new Map<string, FlowAnchor>();
  const allLon: number[] = [];
  const allLat: number[] = [];
  for (const p of placePos.values()) {
    allLon.push(p[0]);
    allLat.push(p[1]);
  }
  const statusOf = (f: Flow): FlowStatus => ((FLOW_STATUSES as readonly string[]).includes(f.status) ? f.status : 'reported');
  const lods = flowLods(usable.map((f) => ({ id: f.id, status: statusOf(f), w: flowWidth(f), quotes: Array.isArray(f.quotes) ? f.quotes.length : 0 })));
  for (const f of usable) {
    const a = placePos.get(f.from)!;
    const b = placePos.get(f.to)!;
    const bend = bends.get(f.id) ?? 0;
    const coords = arcPath(a, b, bend);
    const w = flowWidth(f);
    const category: FlowCategory = catIndex.has(f.category) ? f.category : 'other';
    const status = statusOf(f);
    const amount = flowAmount(f);
    const lod = lods.get(f.id) ?? 0;
    const props = { id: f.id, from: f.from, to: f.to, category, status, w, lod, ...(amount !== null ? { amount } : {}) };
    flowFeatures.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: coords }, properties: { t: 'arc', key: featureKey('arc', f.id), ...props, bend } });
    // Arrow: tip just outside the destination marker, pointing along the last segment.
    const size = Math.round(((6 + 1.6 * w) / ARROW_IMAGE_LENGTH) * 100) / 100;
    const gap = (radius.get(f.to) ?? 4) + 1.5;
    const end = coords[coords.length - 1]!;
    arrowFeatures.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: end },
      properties: { t: 'arrow', key: featureKey('arrow', f.id), ...props, rot: endRotation(coords), size, off: [0, Math.round((gap / size - ARROW_TIP_INSET) * 100) / 100] },
    });
    flowAnchors.set(f.id, { from: f.from, to: f.to, mid: midpoint(coords), lod });
    for (const [x, y] of coords) {
      allLon.push(x);
      allLat.push(y);
    }
  }

  // Labels of a place-dense story are generalised by zoom, most mentioned first (markers are always drawn).
  const llods = labelLods(placeFeatures.map((f) => ({ id: f.properties!.id as string, kind: f.properties!.kind as string, n: f.properties!.n as number })));
  for (const f of placeFeatures) f.properties!.llod = llods.get(f.properties!.id as string) ?? 0;

  // Bottom to top within a tile's buckets does not matter: each layer filters its own kind.
  const features: GeoJSON.Feature[] = [...flowFeatures, ...arrowFeatures, ...placeFeatures];
  return {
    sources: {
      [SOURCE_STORY]: { type: 'geojson', data: { type: 'FeatureCollection', features }, promoteId: 'key', maxzoom: 10 },
    },
    places: placeFeatures,
    arcs: flowFeatures,
    arrows: arrowFeatures,
    anchors: { places: placePos, flows: flowAnchors },
    bounds: lonLatBounds(allLon, allLat),
    skipped,
  };
}

/** The point halfway along a path by length (planar in degrees, fine for a popup anchor). */
function midpoint(coords: readonly LonLat[]): LonLat {
  let total = 0;
  const seg: number[] = [];
  for (let i = 1; i < coords.length; i++) {
    const d = Math.hypot(coords[i]![0] - coords[i - 1]![0], coords[i]![1] - coords[i - 1]![1]);
    seg.push(d);
    total += d;
  }
  let acc = 0;
  for (let i = 1; i < coords.length; i++) {
    const d = seg[i - 1]!;
    if (acc + d >= total / 2 && d > 0) {
      const t = (total / 2 - acc) / d;
      const [x0, y0] = coords[i - 1]!;
      const [x1, y1] = coords[i]!;
      return [x0 + (x1 - x0) * t, y0 + (y1 - y0) * t];
    }
    acc += d;
  }
  return coords[0] ?? [0, 0];
}

/**
 * The tightest longitude interval holding every point (it may cross the antimeridian: then east > 180),
 * found by cutting the circle at its largest empty gap.
 */
export function lonLatBounds(lons: readonly number[], lats: readonly number[]): [number, number, number, number] | null {
  const n = lons.length;
  if (n === 0) return null;
  // The smallest interval holding every longitude is the circle minus its largest empty gap. Linear:
  // keep min and max per 1° bin; the largest gap runs between consecutive occupied bins (a gap inside
  // one bin is under 1°, and then the points cover nearly the whole circle anyway).
  const lo = new Float64Array(360).fill(Infinity);
  const hi = new Float64Array(360).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    const w = ((((lons[i]! % 360) + 540) % 360) - 180);
    const b = Math.min(359, Math.floor(w + 180));
    if (w < lo[b]!) lo[b] = w;
    if (w > hi[b]!) hi[b] = w;
  }
  const occupied: number[] = [];
  for (let b = 0; b < 360; b++) if (lo[b]! !== Infinity) occupied.push(b);
  const first = occupied[0]!;
  const last = occupied[occupied.length - 1]!;
  // Wrap-around gap: from the largest longitude to the smallest one, across ±180.
  let gap = lo[first]! + 360 - hi[last]!;
  let west = lo[first]!;
  let east = hi[last]!;
  for (let k = 1; k < occupied.length; k++) {
    const a = occupied[k - 1]!;
    const b = occupied[k]!;
    const g = lo[b]! - hi[a]!;
    if (g > gap) {
      gap = g;
      west = lo[b]!;
      east = hi[a]!;
    }
  }
  if (east < west) east += 360;
  let south = Infinity;
  let north = -Infinity;
  for (const y of lats) {
    if (y < south) south = y;
    if (y > north) north = y;
  }
  return [west, south, east, north];
}

/** Everything to draw a story: sources, layers, anchors, bounds. */
export function storyToMap(story: Story, o: MapOptions): StoryMap {
  return { ...storySources(story), layers: storyLayers({ flowCount: story.flows?.length ?? 0, placeCount: story.places?.length ?? 0, ...o }) };
}

export interface LegendCategory {
  category: FlowCategory;
  label: string;
  color: string;
  /** Flows of this category in the story, and how many of them the filter shows. */
  count: number;
  visibleCount: number;
  active: boolean;
}

export interface LegendStatus {
  status: FlowStatus;
  label: string;
  dash: number[] | null;
  opacity: number;
  /** Null: the category colour; else the line's fixed colour (denied: grey). */
  color: string | null;
  count: number;
  visible: boolean;
}

export interface LegendWidth extends WidthStep {
  count: number;
}

export interface LegendKind {
  kind: PlaceKind;
  label: string;
  style: MarkerStyle;
  count: number;
}

export interface LegendModel {
  categories: LegendCategory[];
  statuses: LegendStatus[];
  widths: LegendWidth[];
  kinds: LegendKind[];
  casing: string;
}

/**
 * What a legend shows for a story: the categories present (colour, count, whether the filter shows
 * them), the status line styles present, the width scale (with how many flows fall in each step) and
 * the marker kinds present. Plain data, so the page and the PNG export draw the same legend.
 */
export function legendModel(story: Story, filter: StoryFilter = {}, o: { theme?: ThemeName; lang?: Lang } = {}): LegendModel {
  const theme = o.theme ?? 'light';
  const lang = o.lang ?? story.article?.lang ?? 'en';
  const flows = story.flows ?? [];
  const cats: LegendCategory[] = [];
  for (const c of FLOW_CATEGORIES) {
    const of = flows.filter((f) => f.category === c);
    if (of.length === 0) continue;
    cats.push({
      category: c,
      label: categoryLabel(c, lang),
      color: categoryColor(c, theme),
      count: of.length,
      visibleCount: of.filter((f) => isFlowVisible(f, filter)).length,
      active: !filter.categories || filter.categories.has(c),
    });
  }
  const vis = visibleStatuses(filter);
  const statuses: LegendStatus[] = [];
  for (const s of FLOW_STATUSES) {
    const count = flows.filter((f) => f.status === s).length;
    if (count === 0) continue;
    const st = STATUS_STYLES[s];
    statuses.push({ status: s, label: statusLabel(s, lang), dash: st.dash, opacity: st.opacity, color: st.grey ? DENIED_COLOR[theme] : null, count, visible: vis.includes(s) });
  }
  const widths: LegendWidth[] = widthScale(lang).map((step) => ({
    ...step,
    count: flows.filter((f) => flowWidth(f) === step.width).length,
  }));
  const ms = markerStyles(theme);
  const kinds: LegendKind[] = [];
  for (const k of ['country', 'region', 'city', 'other'] as const) {
    const count = (story.places ?? []).filter((p) => p.kind === k).length;
    if (count > 0) kinds.push({ kind: k, label: kindLabel(k, lang), style: ms[k], count });
  }
  return { categories: cats, statuses, widths, kinds, casing: casingColor(theme) };
}

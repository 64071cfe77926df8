/**
 * The basemap style as plain data: Natural Earth land, borders, coastlines and country labels from the
 * GeoJSON files geo/basemap/build.ts writes, fonts through `font-faces` (no glyph server), no tiles.
 * 50m geometry up to zoom 5; the 10m source is added by the map layer once the user zooms past it
 * (`detailedBasemap`), so the first paint only loads the small file.
 */
import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { Lang } from '../story';
import { THEMES, type ThemeName } from './theme';

export const DETAIL_ZOOM = 5;
export const FONT_REGULAR = 'Noto Sans Regular';

export interface FontFile {
  url: string;
  unicodeRange: string[];
}

export interface BasemapOptions {
  theme: ThemeName;
  lang: Lang;
  /** Base URL of the generated data directory (ends with '/'), e.g. "/data/". */
  dataUrl: string;
  /** The map's one face (story labels too: a second face costs a font file and its glyphs per load). */
  fonts: { regular: FontFile[] };
  /** ISO codes of countries to tint in a static style (the export); the live map uses feature state. */
  mentioned?: string[];
}

export const BASEMAP_ATTRIBUTION = '<a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener">Natural Earth</a>';

function fontFaces(files: FontFile[]) {
  return files.map((f) => ({ url: f.url, 'unicode-range': f.unicodeRange }));
}

/** Country label text in the article's language, falling back to English. */
export function labelField(lang: Lang) {
  return ['coalesce', ['get', `name_${lang}`], ['get', 'name_en']] as unknown as string;
}

/**
 * The same value for every feature, written as a per-feature expression. MapLibre compiles a shader
 * program for each mix of constant and per-feature paint properties, and compiling one costs tens of
 * milliseconds of a page's start on software-rendered WebGL. So the basemap's lines and labels and the
 * story's arcs, arrowheads and labels all give colour, opacity and (lines) width per feature: the story
 * then draws with the basemap's programs, and adds only its circle markers.
 */
export function perFeature<T extends string | number>(v: T): ExpressionSpecification {
  return ['case', ['has', 't'], v, v] as unknown as ExpressionSpecification;
}

/** Line width growing with zoom from `a` px (zoom 1) to `b` px (zoom 8), per feature (see perFeature). */
function zoomWidth(a: number, b: number): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], 1, perFeature(a), 8, perFeature(b)] as unknown as ExpressionSpecification;
}

/** Land fill and, separately, coast and border lines of one Natural Earth source. */
function geometryLayers(
  theme: ThemeName,
  source: string,
  minzoom?: number,
  maxzoom?: number,
): { fill: LayerSpecification[]; lines: LayerSpecification[] } {
  const t = THEMES[theme];
  const zoomRange = { ...(minzoom !== undefined ? { minzoom } : {}), ...(maxzoom !== undefined ? { maxzoom } : {}) };
  const fill: LayerSpecification[] = [
    {
      id: `${source}-land`,
      type: 'fill',
      source,
      filter: ['==', ['get', 'l'], 'land'],
      paint: { 'fill-color': t.land, 'fill-antialias': false },
      ...zoomRange,
    },
  ];
  const lines: LayerSpecification[] = [
    {
      id: `${source}-coast`,
      type: 'line',
      source,
      filter: ['==', ['get', 'l'], 'coast'],
      paint: { 'line-color': perFeature(t.coast), 'line-width': zoomWidth(0.5, 1.2), 'line-opacity': perFeature(1) },
      ...zoomRange,
    },
    {
      id: `${source}-border`,
      type: 'line',
      source,
      filter: ['==', ['get', 'l'], 'border'],
      paint: {
        'line-color': perFeature(t.border),
        'line-width': zoomWidth(0.5, 1.4),
        'line-opacity': perFeature(1),
        'line-dasharray': [3, 1.5],
      },
      ...zoomRange,
    },
  ];
  return { fill, lines };
}

/** Layers and source for the 10m detail geometry, added once the user zooms past DETAIL_ZOOM. */
export function detailedBasemap(opts: Pick<BasemapOptions, 'theme' | 'dataUrl'>): {
  source: SourceSpecification;
  /** Insert below 'countries-mentioned'. */
  fill: LayerSpecification[];
  /** Insert below FIRST_LABEL_LAYER. */
  lines: LayerSpecification[];
} {
  return {
    source: { type: 'geojson', data: `${opts.dataUrl}basemap/basemap-10m.geojson`, attribution: BASEMAP_ATTRIBUTION, tolerance: 0.25 },
    ...geometryLayers(opts.theme, 'ne10m', DETAIL_ZOOM),
  };
}

/** Story layers (markers, arcs) go above the geometry and below this label layer. */
export const FIRST_LABEL_LAYER = 'country-labels';

export function basemapStyle(opts: BasemapOptions): StyleSpecification {
  const t = THEMES[opts.theme];
  const g50 = geometryLayers(opts.theme, 'ne50m', undefined, DETAIL_ZOOM);
  return {
    version: 8,
    name: `Article Atlas ${opts.theme}`,
    'font-faces': {
      [FONT_REGULAR]: fontFaces(opts.fonts.regular),
    },
    sources: {
      ne50m: {
        type: 'geojson',
        data: `${opts.dataUrl}basemap/basemap-50m.geojson`,
        promoteId: 'iso',
        attribution: BASEMAP_ATTRIBUTION,
        tolerance: 0.3,
      },
      labels: { type: 'geojson', data: `${opts.dataUrl}basemap/labels.geojson` },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': t.ocean } },
      ...g50.fill,
      {
        // Countries the story mentions are tinted through feature state (see mountMap), so a new story
        // changes no filter and MapLibre re-tiles nothing.
        id: 'countries-mentioned',
        type: 'fill',
        source: 'ne50m',
        filter: ['==', ['get', 'l'], 'country'],
        paint: {
          'fill-color': t.landMentioned,
          'fill-opacity': [
            'case',
            ['any', ['boolean', ['feature-state', 'mentioned'], false], ['in', ['get', 'iso'], ['literal', opts.mentioned ?? []]]],
            1,
            0,
          ],
        },
        maxzoom: DETAIL_ZOOM + 1,
      },
      ...g50.lines,
      {
        id: FIRST_LABEL_LAYER,
        type: 'symbol',
        source: 'labels',
        layout: {
          'text-field': labelField(opts.lang),
          'text-font': [FONT_REGULAR],
          'text-size': ['interpolate', ['linear'], ['zoom'], 1, ['case', ['<=', ['get', 'rank'], 30], 11, 9], 5, 15, 8, 18],
          'text-max-width': 7,
          'text-padding': 4,
          'symbol-sort-key': ['get', 'rank'],
          'text-letter-spacing': 0.04,
        },
        paint: {
          'text-color': perFeature(t.label),
          'text-opacity': perFeature(1),
          'text-halo-color': t.labelHalo,
          'text-halo-width': 1.4,
        },
      },
    ],
  };
}

/**
 * The thin layer that turns plain style data into a live MapLibre map: controls, the view in the URL
 * hash, lazy 10m detail, and the readiness promise automation waits on. The only module of the basemap
 * that imports maplibre-gl.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Lang } from '../story';
import { fontFiles } from './fonts';
import { NO_VALIDATE, addLayers, addSource, styleParsed } from './style-ready';
import { formatHash, MAX_ZOOM, parseHash, type View } from './hash';
import { basemapStyle, DETAIL_ZOOM, detailedBasemap, FIRST_LABEL_LAYER } from './style';
import type { ThemeName } from './theme';

maplibregl.setWorkerUrl(new URL(workerUrl, document.baseURI).href);

export const DEFAULT_VIEW: View = { zoom: 1.6, lat: 30, lon: 30 };
/** Natural Earth comes with its sources; GeoNames and SimpleMaps (the gazetteer) and MapLibre are credited here. */
export const ATTRIBUTION = [
  '<a href="https://www.geonames.org/" target="_blank" rel="noopener">GeoNames</a>',
  '<a href="https://simplemaps.com/data/world-cities" target="_blank" rel="noopener">SimpleMaps</a>',
  '<a href="https://maplibre.org/" target="_blank" rel="noopener">MapLibre</a>',
];

export interface MountOptions {
  container: HTMLElement;
  theme: ThemeName;
  lang: Lang;
  dataUrl: string;
  /** Follow and write the URL hash (#zoom/lat/lon). */
  hash?: boolean;
  view?: View;
  /** Keep the drawing buffer so the canvas can be read back (PNG export). */
  preserveDrawingBuffer?: boolean;
  interactive?: boolean;
  controls?: boolean;
  pixelRatio?: number;
}

export interface MountedMap {
  map: maplibregl.Map;
  /** Resolves once the style, fonts and every source are loaded and the map has painted. */
  ready(): Promise<void>;
  setTheme(theme: ThemeName, lang: Lang): void;
  setMentionedCountries(iso: string[]): void;
}

export function mountMap(o: MountOptions): MountedMap {
  const fromHash = o.hash ? parseHash(location.hash) : null;
  if (o.hash && location.hash && !fromHash) {
    // Garbage in the hash: say so, fall back to the default view and clean the address bar.
    console.warn(`article-atlas: ignoring invalid view in URL hash "${location.hash.slice(0, 40)}"; expected #zoom/lat/lon`);
  }
  const view = fromHash ?? o.view ?? DEFAULT_VIEW;
  let theme = o.theme;
  let lang = o.lang;
  let mentioned: string[] = [];
  const fonts = fontFiles();
  const dataUrl = new URL(o.dataUrl, document.baseURI).href;

  const map = new maplibregl.Map({
    container: o.container,
    style: basemapStyle({ theme, lang, dataUrl, fonts }),
    center: [view.lon, view.lat],
    zoom: view.zoom,
    maxZoom: MAX_ZOOM,
    minZoom: 0,
    renderWorldCopies: true,
    attributionControl: false,
    interactive: o.interactive ?? true,
    keyboard: true,
    fadeDuration: 0,
    // Our styles are plain data checked against the style specification by a unit test
    // (style-valid.test.ts); validating them again here cost the page's start a serialised copy.
    validateStyle: false,
    ...(o.pixelRatio ? { pixelRatio: o.pixelRatio } : {}),
    canvasContextAttributes: { preserveDrawingBuffer: o.preserveDrawingBuffer ?? false, antialias: false },
  });

  if (o.controls ?? true) {
    map.addControl(new maplibregl.NavigationControl({ visualizePitch: false, showCompass: false }), 'top-right');
    map.addControl(new maplibregl.FullscreenControl(), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
  }
  map.addControl(new maplibregl.AttributionControl({ compact: false, customAttribution: ATTRIBUTION }), 'bottom-right');

  // 10m detail, loaded only once the user zooms in past DETAIL_ZOOM (the coast at Wonsan at zoom 8).
  const ensureDetail = (): void => {
    if (map.getZoom() < DETAIL_ZOOM - 0.5 || map.getSource('ne10m') || !map.isStyleLoaded()) return;
    const d = detailedBasemap({ theme, dataUrl });
    addSource(map, 'ne10m', d.source);
    addLayers(map, d.fill, 'countries-mentioned');
    addLayers(map, d.lines, FIRST_LABEL_LAYER);
  };
  map.on('zoomend', ensureDetail);
  map.on('load', ensureDetail);

  if (o.hash) {
    if (location.hash && !fromHash) history.replaceState(null, '', location.pathname + location.search + formatHash(view));
    map.on('moveend', () => {
      const c = map.getCenter();
      const h = formatHash({ zoom: map.getZoom(), lat: c.lat, lon: c.lng });
      if (h !== location.hash) history.replaceState(null, '', location.pathname + location.search + h);
    });
    window.addEventListener('hashchange', () => {
      const v = parseHash(location.hash);
      if (v) map.jumpTo({ center: [v.lon, v.lat], zoom: v.zoom });
    });
  }

  let wanted: string[] = [];
  const applyMentioned = (): void => {
    const next = new Set(wanted);
    for (const id of mentioned) if (!next.has(id)) map.setFeatureState({ source: 'ne50m', id }, { mentioned: false });
    for (const id of next) map.setFeatureState({ source: 'ne50m', id }, { mentioned: true });
    mentioned = [...next];
  };

  let styleReady = false;
  // Feature state may be set once the style document is parsed, so the first tiles are already tinted.
  void styleParsed(map).then(() => {
    styleReady = true;
    applyMentioned();
  });
  const loaded = new Promise<void>((resolve) => map.once('load', () => resolve()));

  const ready = async (): Promise<void> => {
    await loaded;
    // Wait until no source is loading and a frame has been drawn with everything in it.
    for (;;) {
      if (map.loaded() && map.areTilesLoaded()) {
        await new Promise<void>((r) => requestAnimationFrame(() => r()));
        if (map.loaded() && map.areTilesLoaded()) return;
      }
      await new Promise<void>((r) => map.once('idle', () => r()));
    }
  };

  // Theme and language change paint and layout properties in place, so layers added on top of the
  // basemap (the story) stay as they are.
  const restyle = (): void => {
    const spec = basemapStyle({ theme, lang, dataUrl, fonts });
    const detail = detailedBasemap({ theme, dataUrl });
    for (const layer of [...spec.layers, ...detail.fill, ...detail.lines]) {
      if (!map.getLayer(layer.id)) continue;
      for (const [k, v] of Object.entries(layer.paint ?? {})) (map.setPaintProperty as (id: string, k: string, v: unknown, o: object) => void).call(map, layer.id, k, v, NO_VALIDATE);
      if (layer.type === 'symbol') map.setLayoutProperty(layer.id, 'text-field', layer.layout?.['text-field'], NO_VALIDATE);
    }
  };

  return {
    map,
    ready,
    setTheme(t, l) {
      theme = t;
      lang = l;
      restyle();
    },
    setMentionedCountries(iso) {
      wanted = [...new Set(iso.filter(Boolean))];
      // Feature state needs a loaded style: a story restored before the map loads is tinted on 'load'.
      if (styleReady) applyMentioned();
    },
  };
}

/**
 * The one report renderer, used by the Export dialog and by `article-atlas shot` alike: renders the map
 * offscreen at the requested size and pixel ratio (a hidden container with its own MapLibre map, the
 * same basemap style and story layers, so what is on screen, open popups included, is left alone),
 * composes title, legend, scale bar, attribution and callouts on a 2D canvas, and encodes a PNG with
 * its metadata.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { version } from '../../package.json';
import { arrowImage } from '../map/arcs';
import { fontFiles } from '../map/fonts';
import { MAX_ZOOM } from '../map/hash';
import { ARROW_ICON, storyToMap, type StoryFilter, type StoryMap } from '../map/story-layers';
import { basemapStyle, DETAIL_ZOOM, detailedBasemap, FIRST_LABEL_LAYER, type FontFile } from '../map/style';
import { THEMES, type ThemeName } from '../map/theme';
import type { Lang, Story } from '../story';
import { canvasMeasure, drawComposition, EXPORT_FONT_FAMILY } from './draw';
import { finishReport, layoutReport, type Composition } from './layout';
import { resolveOptions, type ExportOptions, type ExportResult, type ExportView, type ResolvedOptions } from './options';
import { encodePng } from './png';
import { reportLegend, reportText } from './report';
import { fitView, keepExtent } from './view';

// The report page (shot.html) does not load the app's map module, so the worker is set here too.
maplibregl.setWorkerUrl(new URL(workerUrl, document.baseURI).href);

const LOAD_PIXEL_RATIO = 0.25;

/** How long a map may take to load and draw before the export gives up. */
export const RENDER_TIMEOUT_MS = 180_000;

export class GpuLimitError extends Error {
  override name = 'GpuLimitError';
}

export interface GpuLimits {
  maxTextureSize: number;
  maxRenderbufferSize: number;
  maxViewport: [number, number];
  /** The largest map side this GPU can render in one piece. */
  maxSide: number;
}

let limits: GpuLimits | null = null;

/** WebGL size limits of this browser, read once from a throwaway context. */
export function gpuLimits(): GpuLimits {
  if (limits) return limits;
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  if (!gl) throw new GpuLimitError('WebGL is not available in this browser, so the map cannot be rendered to an image');
  const vp = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  const maxTextureSize = gl.getParameter(gl.MAX_TEXTURE_SIZE) as number;
  const maxRenderbufferSize = gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number;
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  limits = {
    maxTextureSize,
    maxRenderbufferSize,
    maxViewport: [vp[0]!, vp[1]!],
    maxSide: Math.min(maxTextureSize, maxRenderbufferSize, vp[0]!, vp[1]!),
  };
  return limits;
}

function checkGpu(w: number, h: number, o: ResolvedOptions): void {
  const g = gpuLimits();
  if (w <= g.maxSide && h <= g.maxSide) return;
  const ratioFit = Math.floor((g.maxSide / Math.max(w / o.pixelRatio, h / o.pixelRatio)) * 10) / 10;
  throw new GpuLimitError(
    `The map area would be ${w}×${h} px, but this GPU renders at most ${g.maxSide} px per side ` +
      `(MAX_TEXTURE_SIZE ${g.maxTextureSize}, MAX_RENDERBUFFER_SIZE ${g.maxRenderbufferSize}, MAX_VIEWPORT_DIMS ${g.maxViewport.join('×')}). ` +
      `Use a smaller size${ratioFit >= 1 ? ` or a pixel ratio of at most ${ratioFit}` : ''}.`,
  );
}

let fontsReady: Promise<void> | null = null;

/** Registers the Noto Sans files the map uses under a private family name for the 2D canvas. */
function loadExportFonts(): Promise<void> {
  fontsReady ??= (async () => {
    const files = fontFiles();
    const faces = (list: FontFile[], weight: string) =>
      list.map((f) => new FontFace(EXPORT_FONT_FAMILY, `url(${JSON.stringify(f.url)})`, { weight, unicodeRange: f.unicodeRange.join(', ') }));
    const all = [...faces(files.regular, '400'), ...faces(files.bold, '700')];
    for (const f of all) document.fonts.add(f);
    await Promise.all(all.map((f) => f.load()));
  })().catch((e: unknown) => {
    fontsReady = null; // try again next time
    throw new Error(`the export fonts could not be loaded: ${e instanceof Error ? e.message : String(e)}`);
  });
  return fontsReady;
}

export interface RenderContext {
  story: Story | null;
  /** The on-screen map: its view for view 'current', its tinted countries. */
  liveMap?: maplibregl.Map | null;
  theme: ThemeName;
  lang: Lang;
  filter?: StoryFilter;
  dataUrl?: string;
}

function storyPoints(story: Story | null): { lon: number; lat: number }[] {
  return (story?.places ?? []).filter((p) => Number.isFinite(p.lon) && Number.isFinite(p.lat)).map((p) => ({ lon: p.lon, lat: p.lat }));
}

function resolveView(o: ResolvedOptions, ctx: RenderContext, comp: Composition): ExportView {
  if (typeof o.view === 'object') return o.view;
  const live = ctx.liveMap;
  if (o.view === 'current' && live) {
    const c = live.getCenter();
    const el = live.getContainer();
    return keepExtent({ lon: c.lng, lat: c.lat, zoom: live.getZoom() }, { width: el.clientWidth, height: el.clientHeight }, { width: comp.map.w, height: comp.map.h });
  }
  return fitView(storyPoints(ctx.story), { width: comp.map.w, height: comp.map.h, padding: comp.fitPadding, maxZoom: 6, minZoom: 0.5 });
}

function mentionedFilter(ctx: RenderContext): FilterSpecification | null {
  try {
    const f = ctx.liveMap?.getLayer('countries-mentioned') ? ctx.liveMap.getFilter('countries-mentioned') : null;
    if (f) return f as FilterSpecification;
  } catch {
    /* the live map may be gone */
  }
  return null;
}

function buildStyle(o: ResolvedOptions, ctx: RenderContext, view: ExportView, sm: StoryMap | null): StyleSpecification {
  const dataUrl = new URL(ctx.dataUrl ?? './data/', document.baseURI).href;
  const mentioned = [...new Set((ctx.story?.places ?? []).filter((p) => p.kind === 'country' && p.country).map((p) => p.country!))];
  const style = basemapStyle({ theme: o.theme, lang: o.lang, dataUrl, fonts: fontFiles(), mentioned });
  const liveFilter = mentionedFilter(ctx);
  const layers: LayerSpecification[] = style.layers.map((l) => (l.id === 'countries-mentioned' && liveFilter ? ({ ...l, filter: liveFilter } as LayerSpecification) : l));
  // Past DETAIL_ZOOM the live map adds the 10m coastline; the export includes it from the start.
  if (view.zoom >= DETAIL_ZOOM - 0.5) {
    const d = detailedBasemap({ theme: o.theme, dataUrl });
    style.sources.ne10m = d.source;
    layers.splice(layers.findIndex((l) => l.id === 'countries-mentioned'), 0, ...d.fill);
    layers.splice(layers.findIndex((l) => l.id === FIRST_LABEL_LAYER), 0, ...d.lines);
  }
  // Story layers on top of everything, themed for the export.
  if (sm) {
    Object.assign(style.sources, sm.sources);
    layers.push(...sm.layers);
  }
  return { ...style, layers };
}

async function mapIdle(map: maplibregl.Map): Promise<void> {
  if (!map.loaded()) await new Promise<void>((r) => map.once('load', () => r()));
  for (;;) {
    if (map.loaded() && map.areTilesLoaded() && !map.isMoving()) {
      await new Promise<void>((r) => requestAnimationFrame(() => r()));
      if (map.loaded() && map.areTilesLoaded()) return;
    }
    await new Promise<void>((r) => map.once('idle', () => r()));
  }
}

function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) s += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(s);
}

/**
 * The map's pixels straight from its WebGL drawing buffer (kept by preserveDrawingBuffer), flipped to
 * top-down rows. Drawing the WebGL canvas into a 2D canvas and reading that back is far slower under a
 * software GPU (about 50 s for 3200×1500 with SwiftShader, against well under a second here).
 */
function readMapPixels(canvas: HTMLCanvasElement): ImageData {
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | WebGL2RenderingContext | null;
  if (!gl) throw new Error('the map has no WebGL context to read from');
  const w = gl.drawingBufferWidth;
  const h = gl.drawingBufferHeight;
  const buf = new Uint8Array(w * h * 4);
  gl.bindFramebuffer(gl.FRAMEBUFFER, null);
  gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, buf);
  const out = new ImageData(w, h);
  const row = w * 4;
  for (let y = 0; y < h; y++) out.data.set(buf.subarray((h - 1 - y) * row, (h - y) * row), y * row);
  return out;
}

/** zlib through the browser's native CompressionStream. */
async function deflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export interface RenderedReport extends ExportResult {
  composition: Composition;
  view: ExportView;
  png: Uint8Array;
  /** Milliseconds per phase (fonts, layout, map, compose, encode, metadata, total). */
  timings: Record<string, number>;
}

let queue: Promise<unknown> = Promise.resolve();

/** Renders a report image. Exports run one at a time. */
export function renderReport(opts: Partial<ExportOptions>, ctx: RenderContext): Promise<RenderedReport> {
  const run = queue.then(() => renderNow(opts, ctx));
  queue = run.catch(() => undefined);
  return run;
}

async function renderNow(opts: Partial<ExportOptions>, ctx: RenderContext): Promise<RenderedReport> {
  const o = resolveOptions(opts, { theme: ctx.theme, lang: ctx.story?.article.lang ?? ctx.lang });
  const t0 = performance.now();
  const timings: Record<string, number> = {};
  let tl = t0;
  const lap = (k: string): void => {
    const now = performance.now();
    timings[k] = Math.round(now - tl);
    tl = now;
  };
  await loadExportFonts();
  lap('fonts');

  const sm = ctx.story ? storyToMap(ctx.story, { theme: o.theme, lang: o.lang, filter: ctx.filter ?? {} }) : null;
  const text = reportText(ctx.story, o, version, (id) => {
    const a = sm?.anchors.flows.get(id);
    return a ? { lon: a.mid[0], lat: a.mid[1] } : undefined;
  });
  const measureCtx = document.createElement('canvas').getContext('2d')!;
  const measure = canvasMeasure(measureCtx);
  const th = THEMES[o.theme];
  const legend = o.legend && ctx.story ? reportLegend(ctx.story, ctx.filter ?? {}, o.theme, o.lang) : null;
  let comp = layoutReport(
    { width: o.width, height: o.height, theme: th, title: text.title, subtitle: text.subtitle, legend, scaleBar: o.scaleBar, callouts: text.callouts },
    measure,
  );
  const mapW = Math.round(comp.map.w);
  const mapH = Math.round(comp.map.h);
  checkGpu(Math.round(mapW * o.pixelRatio), Math.round(mapH * o.pixelRatio), o);

  const view = resolveView(o, ctx, comp);
  lap('layout');
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, { position: 'fixed', left: '-100000px', top: '0', width: `${mapW}px`, height: `${mapH}px`, pointerEvents: 'none', overflow: 'hidden' });
  document.body.appendChild(container);
  const side = gpuLimits().maxSide;
  let map: maplibregl.Map | null = null;
  try {
    map = new maplibregl.Map({
      container,
      style: buildStyle(o, ctx, view, sm),
      center: [view.lon, view.lat],
      zoom: view.zoom,
      bearing: 0,
      pitch: 0,
      maxZoom: MAX_ZOOM,
      minZoom: 0,
      renderWorldCopies: true,
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      // Load at a tiny drawing buffer: MapLibre repaints on every piece of data that arrives, and with
      // a software GPU those full-size frames queue up (tens of seconds at 3200×1800). Tile coverage
      // and label placement depend on CSS pixels only, so the final frame is drawn once at full size.
      pixelRatio: LOAD_PIXEL_RATIO,
      maxCanvasSize: [side, side],
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: false },
    });
    const m = map;
    // The arrowhead image is not part of the style: add it the moment a layer asks for it.
    m.setMissingStyleImageResolver((id) => {
      if (id === ARROW_ICON && !m.hasImage(ARROW_ICON)) m.addImage(ARROW_ICON, arrowImage(), { sdf: true });
    });
    // Any map error while loading (missing data, worker failure) ends the export with its message.
    let timer = 0;
    const failed = new Promise<never>((_, reject) => {
      m.on('error', (e) => reject(new Error(`the map could not be rendered: ${e.error?.message ?? 'unknown error'}`)));
      timer = window.setTimeout(() => reject(new Error(`the map did not finish drawing within ${RENDER_TIMEOUT_MS / 1000} s`)), RENDER_TIMEOUT_MS);
    });
    try {
      await Promise.race([mapIdle(m), failed]);
      lap('map');
      const idle = new Promise<void>((r) => m.once('idle', () => r()));
      m.setPixelRatio(o.pixelRatio);
      await Promise.race([idle.then(() => mapIdle(m)), failed]);
      lap('full');
    } finally {
      clearTimeout(timer);
    }
    const canvas = m.getCanvas();
    const expectW = Math.round(mapW * o.pixelRatio);
    if (canvas.width < expectW - 1) {
      throw new GpuLimitError(`the map canvas is ${canvas.width} px wide instead of ${expectW}: the GPU limit (${side} px) was reached`);
    }

    // Scale at the bottom of the map, where the scale bar sits; callout anchors on the nearest world copy.
    const yb = mapH - 30;
    const a = m.unproject([mapW / 2 - 50, yb]);
    const b = m.unproject([mapW / 2 + 50, yb]);
    const mpp = a.distanceTo(b) / 100;
    const anchors = comp.callouts.map((c) => {
      let lon = c.lon;
      while (lon - view.lon > 180) lon -= 360;
      while (view.lon - lon > 180) lon += 360;
      const p = m.project([lon, c.lat]);
      return p.x >= 0 && p.y >= 0 && p.x <= mapW && p.y <= mapH ? { x: p.x, y: p.y } : null;
    });
    comp = finishReport(comp, { metresPerPixel: mpp, anchors });

    const out = document.createElement('canvas');
    out.width = o.outWidth;
    out.height = o.outHeight;
    // CPU-backed: the pixels are read back once for our own PNG encoder (canvas.toBlob on a
    // GPU-backed canvas took ~45 s for 3200×1800 under SwiftShader; this takes about a second).
    const c2d = out.getContext('2d', { willReadFrequently: true, alpha: false });
    if (!c2d) throw new GpuLimitError(`the browser could not create a ${o.outWidth}×${o.outHeight} px canvas`);
    drawComposition(c2d, comp, o.pixelRatio, readMapPixels(canvas));
    lap('compose');
    const pixels = c2d.getImageData(0, 0, out.width, out.height).data;
    out.width = out.height = 0;
    lap('readback');
    const png = await encodePng(pixels, o.outWidth, o.outHeight, deflate, { text: text.metadata, ...(o.dpi ? { dpi: o.dpi } : {}) });
    lap('encode');
    const b64 = bytesToBase64(png);
    lap('metadata');
    timings.total = Math.round(performance.now() - t0);
    return {
      bytes: o.encoding === 'dataUrl' ? `data:image/png;base64,${b64}` : b64,
      width: o.outWidth,
      height: o.outHeight,
      composition: comp,
      view,
      png,
      timings,
    };
  } finally {
    map?.remove();
    container.remove();
  }
}

/**
 * Puts the report renderer on the page's hook: `window.atlas.exportPng(options)`, the single entry the
 * Export dialog and `article-atlas shot` both call, so their images come from the same code.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { StoryFilter } from '../map/story-layers';
import { isThemeName, type ThemeName } from '../map/theme';
import type { Lang, Story } from '../story';
import type { Composition } from './layout';
import type { ExportOptions, ExportResult } from './options';
import { gpuLimits, renderReport, type GpuLimits } from './render';

/** Options of window.atlas.exportPng: ExportOptions, plus the story when not the page's current one. */
export interface ExportPngOptions extends Partial<ExportOptions> {
  story?: Story;
  filter?: StoryFilter;
}

/** The parts of window.atlas the exporter reads; the app may or may not provide the optional ones. */
interface HookView {
  map?: MapLibreMap;
  story?: Story | null;
  filter?: StoryFilter | (() => StoryFilter);
  exportPng?: (o: ExportPngOptions) => Promise<ExportPngResult>;
  gpuLimits?: () => GpuLimits;
}

function hook(): HookView {
  return (window as unknown as { atlas?: HookView }).atlas ?? {};
}

export function currentTheme(): ThemeName {
  const t = document.documentElement.dataset.theme;
  return isThemeName(t) ? t : 'light';
}

export function currentStory(): Story | null {
  return hook().story ?? null;
}

function currentFilter(): StoryFilter {
  const f = hook().filter;
  return (typeof f === 'function' ? f() : f) ?? lastFilter ?? {};
}

/** Renders a report PNG for the page's story (or options.story). */
export interface ExportPngResult extends ExportResult {
  /** The camera used. */
  view: { lon: number; lat: number; zoom: number };
  /** Where the title, legend, scale bar, attribution, callouts ended up (CSS px), for checks. */
  regions: Composition['regions'];
  /** Milliseconds per phase of the render. */
  timings: Record<string, number>;
}

export async function exportPng(o: ExportPngOptions = {}): Promise<ExportPngResult> {
  const { story: given, filter, ...opts } = o;
  const story = given ?? currentStory();
  const lang: Lang = story?.article.lang ?? 'pt';
  const r = await renderReport(opts, { story, liveMap: hook().map ?? null, theme: currentTheme(), lang, filter: filter ?? currentFilter() });
  return { bytes: r.bytes, width: r.width, height: r.height, view: r.view, regions: r.composition.regions, timings: r.timings };
}

let lastFilter: StoryFilter | null = null;

/**
 * Adds exportPng (and gpuLimits, for diagnostics) to window.atlas. When the hook has no `filter`, the
 * filter last handed to the story view is remembered, so the image shows what the screen shows.
 */
export function installExport(): void {
  const h = hook() as HookView & Record<string, unknown>;
  h.exportPng = exportPng;
  h.gpuLimits = gpuLimits;
  const view = h.view as { setFilter?: (f: StoryFilter) => void } | undefined;
  if (view && typeof view.setFilter === 'function' && h.filter === undefined) {
    const set = view.setFilter.bind(view);
    view.setFilter = (f) => {
      lastFilter = f;
      set(f);
    };
  }
}

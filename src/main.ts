/**
 * The app, loaded by src/boot.ts: mounts the basemap, the story layers (StoryView) and the story UI
 * (src/ui/app.ts), connects to the extraction worker boot.ts started, and exposes the readiness hook
 * `window.atlas` that tests and the screenshot command wait on.
 */
import './ui/app.css';
import { installExport } from './export/install';
import { mountMap } from './map/mount';
import { createStoryView } from './map/story-view';
import { isThemeName, type ThemeName } from './map/theme';
import { memoryStorage, type KeyValue } from './state/persist';
import type { Lang, Story } from './story';
import { createApp } from './ui/app';
import { mountExportDialog } from './ui/export-dialog';
import { createExtractor, type WorkerLike } from './worker/client';
import { extractionWorker, gazetteerUrl } from './worker/early';
import { SAMPLE_ARTICLE, sampleStoryPath } from './samples';

declare global {
  interface Window {
    atlas: AtlasHook;
  }
}

export interface AtlasHook {
  map: import('maplibre-gl').Map;
  /** Resolves once the story is loaded and the map is idle with everything (basemap and story) drawn. */
  ready(): Promise<void>;
  setTheme(theme: ThemeName): void;
  /** The story on screen (with the user's edits). */
  readonly story: Story | null;
  /** Show a story object (the camera stays); a bad one is refused with a message in #status. Returns success. */
  loadStory(story: unknown): boolean;
  /** Extract a story from article text (in the worker) and show it. Returns success. */
  loadText(text: string, o?: { title?: string; lang?: Lang }): Promise<boolean>;
  /** The story layers on the map (popups, filter, fit): for tests and automation. */
  readonly view: import('./map/story-view').StoryView;
}

const params = new URLSearchParams(location.search);
const themeParam = params.get('theme');
const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;
let theme: ThemeName = isThemeName(themeParam) ? themeParam : prefersDark ? 'dark' : 'light';
let lang: Lang = 'pt';
document.documentElement.dataset.theme = theme;

const container = document.getElementById('map')!;
container.tabIndex = 0;
const mounted = mountMap({ container, theme, lang, dataUrl: './data/', hash: true });
const view = createStoryView(mounted.map, { theme, lang });

function storage(): KeyValue {
  try {
    const ls = window.localStorage;
    const probe = '__article-atlas-probe__';
    ls.setItem(probe, '1');
    ls.removeItem(probe);
    return ls;
  } catch {
    return memoryStorage(); // storage disabled: edits last for this page only
  }
}

// Started by src/boot.ts when the page opens on an article to extract; otherwise on first use.
const extractor = createExtractor(() => extractionWorker() as unknown as WorkerLike, gazetteerUrl());

const app = createApp({
  panel: document.getElementById('panel')!,
  toolbar: document.getElementById('toolbar')!,
  status: document.getElementById('status')!,
  view,
  extractor,
  storage: storage(),
  sampleUrl: new URL(`./samples/${SAMPLE_ARTICLE}`, document.baseURI).href,
  // the same article's story, prebuilt by `npm run geo` with the same core (geo/samples/build.ts)
  sampleStoryUrl: new URL(`./data/${sampleStoryPath(SAMPLE_ARTICLE)}`, document.baseURI).href,
  theme,
  setTheme(t) {
    theme = t;
    document.documentElement.dataset.theme = t;
    mounted.setTheme(t, lang);
  },
  onStory(story) {
    if (story.article.lang !== lang) {
      lang = story.article.lang;
      mounted.setTheme(theme, lang); // country labels in the article's language
    }
    mounted.setMentionedCountries([...new Set(story.places.filter((p) => p.kind === 'country' && p.country).map((p) => p.country!))]);
  },
  fitOnStart: !location.hash,
  search: location.search,
  href: location.href,
});

view.on('select', (t) => app.onViewSelect(t));
view.on('placeMoved', (id, lon, lat) => app.onPlaceMoved(id, lon, lat));

window.atlas = {
  map: mounted.map,
  async ready() {
    await app.ready();
    // A new story flies the camera to it; wait until it has landed.
    while (mounted.map.isMoving()) await new Promise<void>((r) => mounted.map.once('moveend', () => r()));
    await view.ready();
    await mounted.ready();
  },
  setTheme: (t) => app.setTheme(t),
  get story() {
    return app.story;
  },
  // Automation keeps the camera where it is (it sets the view itself, e.g. view.fitToStory()).
  loadStory: (s) => app.loadStory(s, { source: 'the story', fit: false }),
  loadText: (text, o = {}) => app.loadText(text, { ...o, from: 'the text', fit: false }),
  view,
};

// Report PNGs: window.atlas.exportPng (also what `article-atlas shot` calls) and the Export dialog.
installExport();
mountExportDialog(document.getElementById('toolbar')!);

mounted.map.on('error', (e) => {
  app.status.show(`Map error: ${e.error?.message ?? 'unknown'}`, 'error');
  console.error(e.error);
});

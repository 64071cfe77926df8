/**
 * Page entry: mounts the basemap, then the story UI, and exposes the readiness hook `window.atlas`
 * that tests and the screenshot command wait on.
 */
import './ui/app.css';
import { mountMap } from './map/mount';
import { isThemeName, type ThemeName } from './map/theme';
import type { Lang } from './story';

declare global {
  interface Window {
    atlas: AtlasHook;
  }
}

export interface AtlasHook {
  map: import('maplibre-gl').Map;
  /** Resolves once the map is idle with everything drawn. */
  ready(): Promise<void>;
  setTheme(theme: ThemeName): void;
}

const params = new URLSearchParams(location.search);
const themeParam = params.get('theme');
const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;
let theme: ThemeName = isThemeName(themeParam) ? themeParam : prefersDark ? 'dark' : 'light';
const lang: Lang = 'pt';
document.documentElement.dataset.theme = theme;

const container = document.getElementById('map')!;
container.tabIndex = 0;
const mounted = mountMap({ container, theme, lang, dataUrl: './data/', hash: true });

window.atlas = {
  map: mounted.map,
  ready: mounted.ready,
  setTheme(t) {
    theme = t;
    document.documentElement.dataset.theme = t;
    mounted.setTheme(t, lang);
  },
};

mounted.map.on('error', (e) => {
  const status = document.getElementById('status')!;
  const msg = document.createElement('div');
  msg.textContent = `Map error: ${e.error?.message ?? 'unknown'}`;
  status.replaceChildren(msg);
  console.error(e.error);
});

/**
 * The page `article-atlas shot` drives (shot.html): only the report renderer, no app UI and no
 * on-screen map, so a batch pays for one map load per image. It speaks the same hook as the app:
 * `window.atlas.loadStory(story)`, `window.atlas.story`, `window.atlas.ready()`,
 * `window.atlas.exportPng(options)`; the images come from the renderer the Export dialog calls.
 */
import { validateStory } from '../io/validate';
import { isThemeName, type ThemeName } from '../map/theme';
import type { Story } from '../story';
import { exportPng } from './install';
import { gpuLimits } from './render';

interface ShotHook {
  story: Story | null;
  /** Throws with the validation errors on a bad story (the CLI prints them); true otherwise. */
  loadStory(story: unknown): boolean;
  ready(): Promise<void>;
  setTheme(theme: ThemeName): void;
  exportPng: typeof exportPng;
  gpuLimits: typeof gpuLimits;
}

const params = new URLSearchParams(location.search);
const theme = params.get('theme');
document.documentElement.dataset.theme = isThemeName(theme) ? theme : 'light';

const hook: ShotHook = {
  story: null,
  loadStory(input) {
    const r = validateStory(input);
    if (!r.ok) throw new Error(`invalid story: ${r.errors.join('; ')}`);
    hook.story = r.value;
    return true;
  },
  async ready() {
    await document.fonts.ready;
  },
  setTheme(t) {
    document.documentElement.dataset.theme = t;
  },
  exportPng,
  gpuLimits,
};
(window as unknown as { atlas: ShotHook }).atlas = hook;

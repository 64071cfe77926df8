/**
 * The page controller: owns the story store, loads articles and stories (sample, paste, file, drop,
 * ?story=URL), runs extraction in the worker with progress, mounts the panels into aside#panel and the
 * buttons into div#toolbar, forwards the story and the filter to the map's StoryView, and persists
 * every change. Errors go to #status; the current story and its edits stay as they were.
 * DOM wiring only: every decision it makes is in src/state and src/io.
 */
import type { StoryFilter } from '../map/story-layers';
import type { ThemeName } from '../map/theme';
import { flowsToCsv } from '../io/csv';
import { storyToGeoJSON } from '../io/geojson';
import { storyFromJson, storyToJson } from '../io/json';
import type { Input } from '../io/input';
import { validateStory } from '../io/validate';
import { CommandError, type Command, type PlaceChoice } from '../state/commands';
import { createPersistence, type KeyValue } from '../state/persist';
import { createStore, type StoryStore } from '../state/store';
import type { Lang, Story } from '../story';
import type { Extractor } from '../worker/client';
import { STAGE_LABELS, type AnalyzeOptions } from '../worker/protocol';
import { h, rerender, section } from './dom';
import { download, fileStem } from './download';
import { renderFilter, toStoryFilter, type FilterState } from './filter-panel';
import { renderFlowList } from './flow-list';
import { enableDrop, fileInput, pasteDialog, readFile, readNamed } from './load';
import { renderPlaceList } from './place-list';
import { renderReader } from './reader';
import { createStatus, type Status } from './status';
import './panels.css';

/** What the app needs from the map engineer's StoryView (src/map/story-view.ts). */
export interface StoryViewLike {
  setStory(story: Story): void;
  setFilter(filter: StoryFilter): void;
  setTheme(theme: ThemeName): void;
  openPopup(target: { place: string } | { flow: string }): void;
  closePopup(): void;
  fitToStory(o?: { animate?: boolean }): void;
  setEditable(on: boolean): void;
  ready(): Promise<void>;
}

export type Selection = { place: string } | { flow: string } | null;

export interface AppOptions {
  panel: HTMLElement;
  toolbar: HTMLElement;
  status: HTMLElement;
  view: StoryViewLike;
  extractor: Extractor;
  storage: KeyValue;
  /** URL of the sample article (fetched when nothing else is asked for). */
  sampleUrl: string;
  /**
   * URL of the sample's story, prebuilt from the same article by the same core (`npm run geo`): opening
   * it needs no extraction worker and no gazetteer. When it cannot be read, the article is analysed.
   */
  sampleStoryUrl?: string;
  theme: ThemeName;
  /** Switch the page's theme (basemap and CSS); the app tells the StoryView itself. */
  setTheme(theme: ThemeName): void;
  /** Called with each new story (e.g. to set the basemap's label language and mentioned countries). */
  onStory?(story: Story): void;
  /** Fit the map to the first story (false when the URL gave a view). Later new stories always fit. */
  fitOnStart?: boolean;
  /** location.search and location.href of the page. */
  search: string;
  href: string;
  fetch?: typeof fetch;
}

export interface App {
  readonly store: StoryStore;
  readonly story: Story | null;
  /** Load a story object (validated; a bad one leaves the current story and says why). Returns success. */
  loadStory(story: unknown, o?: { edited?: boolean; source?: string; fit?: boolean }): boolean;
  /** Extract a story from article text in the worker, then load it. */
  loadText(text: string, meta?: TextMeta): Promise<boolean>;
  /** Load what a file or paste contained. */
  loadInput(input: Input): Promise<boolean>;
  /** Apply an edit; a failing edit shows why in #status. */
  dispatch(cmd: Command): boolean;
  select(sel: Selection): void;
  /** The StoryView reported a selection on the map (click, tap, keyboard). */
  onViewSelect(sel: Selection): void;
  /** The StoryView reported a dragged place. */
  onPlaceMoved(id: string, lon: number, lat: number): void;
  /** Switch theme: page, basemap (through AppOptions.setTheme), StoryView and panels. */
  setTheme(theme: ThemeName): void;
  /** Resolves when the start-up load (and any load in flight) has finished. */
  ready(): Promise<void>;
  status: Status;
}

export interface TextMeta {
  title?: string;
  lang?: Lang;
  source?: string;
  date?: string;
  url?: string;
  /** Where the text came from, for messages ("sample", "a.txt"). */
  from?: string;
  /** Don't announce success (keeps an earlier error visible). */
  quiet?: boolean;
  /** Move the camera to the new story (default true; automation passes false and sets the view itself). */
  fit?: boolean;
}

const isEditable = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.isContentEditable || t instanceof HTMLTextAreaElement || (t instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(t.type)) || t instanceof HTMLSelectElement);

export function createApp(o: AppOptions): App {
  const status = createStatus(o.status);
  const persistence = createPersistence(o.storage);
  const fetchFn = o.fetch ?? fetch.bind(globalThis);
  let store: StoryStore | null = null;
  let edited = false;
  let theme = o.theme;
  let filter: FilterState = { hidden: new Set(), showDenied: false, showReported: true };
  let selected: Selection = null;
  let editingPlace: string | null = null;
  let loadSeq = 0;
  let warnedTooBig = false;
  /** How the camera follows the next loaded story: the first one jumps (unless the URL gave a view), later ones fly. */
  let fitNext: 'jump' | 'fly' | null = (o.fitOnStart ?? true) ? 'jump' : null;
  let pending: Promise<unknown> = Promise.resolve();
  let readerFor: { text: string; places: Story['places'] } | null = null;

  // ---- panel skeleton -------------------------------------------------------------------------
  const header = h('section', { className: 'panel-section story-head', 'aria-label': 'Story' });
  const filterBox = h('div', { className: 'panel-section' });
  const flowsBox = h('div');
  const placesBox = h('div');
  const readerBox = h('div');
  const closed = new Set<string>();
  const toggler = (id: string) => (open: boolean) => void (open ? closed.delete(id) : closed.add(id));
  const dialog = pasteDialog((r) => void loadText(r.text, { ...(r.title ? { title: r.title } : {}), ...(r.lang ? { lang: r.lang } : {}), from: 'pasted text' }));
  const file = fileInput((f) => void openFile(f));
  o.panel.replaceChildren(header, filterBox, flowsBox, placesBox, readerBox);
  document.body.append(dialog, file);
  enableDrop(document.body, (f) => void openFile(f), () => o.extractor.warm());

  // ---- toolbar ---------------------------------------------------------------------------------
  const btn = (label: string, attrs: Record<string, string>, onclick: () => void): HTMLButtonElement => h('button', { type: 'button', ...attrs, onclick }, label);
  const undoBtn = btn('↶ Undo', { id: 'undo', 'aria-keyshortcuts': 'Control+Z' }, () => void undo());
  const redoBtn = btn('↷ Redo', { id: 'redo', 'aria-keyshortcuts': 'Control+Shift+Z' }, () => void redo());
  const moveBtn = btn('Move places', { id: 'move-places', 'aria-pressed': 'false', title: 'Drag markers on the map to move places' }, () => {
    const on = moveBtn.getAttribute('aria-pressed') !== 'true';
    moveBtn.setAttribute('aria-pressed', String(on));
    o.view.setEditable(on);
  });
  const themeBtn = btn('', { id: 'theme-toggle' }, () => setTheme(theme === 'dark' ? 'light' : 'dark'));
  const setThemeLabel = (): void => {
    themeBtn.textContent = theme === 'dark' ? '☀ Light' : '☾ Dark';
    themeBtn.setAttribute('aria-label', `Switch to the ${theme === 'dark' ? 'light' : 'dark'} theme`);
  };
  setThemeLabel();
  const group = (label: string, ...children: HTMLElement[]): HTMLElement => h('div', { className: 'tool-group', role: 'group', 'aria-label': label }, ...children);
  o.toolbar.append(
    group(
      'Load',
      // the worker and its gazetteer start loading while the user pastes or picks a file
      btn('Paste text…', { id: 'paste-open', 'aria-haspopup': 'dialog' }, () => {
        o.extractor.warm();
        dialog.showModal();
      }),
      btn('Open file…', { id: 'open-file-btn', title: 'Open .txt, .md, .html, story .json or .geojson (or drop a file on the page)' }, () => {
        o.extractor.warm();
        file.click();
      }),
      btn('Sample', { id: 'load-sample', title: 'Open the sample article' }, () => void loadSample()),
    ),
    group('Edit', undoBtn, redoBtn, moveBtn),
    group(
      'Map',
      btn('Fit to story', { id: 'fit-story' }, () => o.view.fitToStory()),
      themeBtn,
    ),
    group(
      'Download',
      btn('Story JSON', { id: 'export-json', 'aria-label': 'Download the story as JSON' }, () => exportAs('json')),
      btn('GeoJSON', { id: 'export-geojson', 'aria-label': 'Download places and flows as GeoJSON' }, () => exportAs('geojson')),
      btn('CSV', { id: 'export-csv', 'aria-label': 'Download the flows as CSV' }, () => exportAs('csv')),
    ),
  );

  document.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || isEditable(e.target)) return;
    const k = e.key.toLowerCase();
    if (k === 'z' && !e.shiftKey) {
      e.preventDefault();
      undo();
    } else if ((k === 'z' && e.shiftKey) || k === 'y') {
      e.preventDefault();
      redo();
    }
  });

  // ---- rendering -------------------------------------------------------------------------------
  function renderAll(story: Story): void {
    const sel = selected;
    rerender(header, () => [
      h('input', {
        id: 'story-title',
        className: 'title-input',
        type: 'text',
        value: story.article.title ?? '',
        placeholder: 'Untitled article',
        'aria-label': 'Story title',
        'data-key': 'title',
        onchange: (e: Event) => void dispatch({ type: 'setTitle', title: (e.target as HTMLInputElement).value }),
      }),
      h(
        'p',
        { className: 'muted small' },
        [story.article.source, story.article.date, `language: ${story.article.lang}`, `${story.places.length} places`, `${story.flows.length} flows`, edited ? 'edited' : null].filter(Boolean).join(' · '),
        edited ? h('button', { className: 'small link', id: 'discard-edits', 'data-key': 'discard', onclick: () => void discardEdits() }, ' Discard edits') : null,
      ),
    ]);
    rerender(filterBox, () => [renderFilter(story, filter, theme, (f) => setFilter(f))]);
    rerender(flowsBox, () => [
      renderFlowList(story, sel && 'flow' in sel ? sel.flow : null, theme, { select: (id) => select({ flow: id }), dispatch, open: !closed.has('flows'), onToggle: toggler('flows') }),
    ]);
    rerender(placesBox, () => [
      renderPlaceList(story, sel && 'place' in sel ? sel.place : null, editingPlace, {
        select: (id) => select({ place: id }),
        dispatch,
        toggleEdit: (id) => {
          if (id) o.extractor.warm(); // the candidate search runs in the worker
          editingPlace = id;
          renderAll(story);
        },
        search: (q) => searchPlaces(q, story.article.lang),
        open: !closed.has('places'),
        onToggle: toggler('places'),
      }),
    ]);
    if (!readerFor || readerFor.text !== story.article.text || readerFor.places !== story.places) {
      readerFor = { text: story.article.text, places: story.places };
      rerender(readerBox, () => [section('article', 'Article', !closed.has('article'), toggler('article'), renderReader(story, (id) => select({ place: id })))]);
    }
    undoBtn.disabled = !store?.canUndo();
    redoBtn.disabled = !store?.canRedo();
    undoBtn.title = store?.undoLabel() ? `Undo ${store.undoLabel()} (Ctrl+Z)` : 'Nothing to undo';
    redoBtn.title = store?.redoLabel() ? `Redo ${store.redoLabel()} (Ctrl+Shift+Z)` : 'Nothing to redo';
  }

  function markSelected(): void {
    for (const el of Array.from(o.panel.querySelectorAll('[aria-current="true"]'))) el.removeAttribute('aria-current');
    if (!selected) return;
    const q = 'flow' in selected ? `[data-flow="${CSS.escape(selected.flow)}"]` : `li[data-place="${CSS.escape(selected.place)}"]`;
    o.panel.querySelector(q)?.setAttribute('aria-current', 'true');
  }

  function setFilter(f: FilterState): void {
    filter = f;
    if (!store) return;
    o.view.setFilter(toStoryFilter(filter, store.story));
    rerender(filterBox, () => [renderFilter(store!.story, filter, theme, (x) => setFilter(x))]);
  }

  function setTheme(t: ThemeName): void {
    theme = t;
    o.setTheme(t);
    o.view.setTheme(t);
    setThemeLabel();
    if (store) renderAll(store.story);
  }

  function select(sel: Selection): void {
    selected = sel;
    markSelected();
    if (sel) o.view.openPopup(sel);
    else o.view.closePopup();
  }

  // ---- store & persistence ---------------------------------------------------------------------
  function attach(story: Story, isEdited: boolean, fit = true): void {
    if (!fit) fitNext = null;
    edited = isEdited;
    selected = null;
    editingPlace = null;
    readerFor = null;
    if (!store) {
      store = createStore(story);
      store.subscribe((s, cause) => {
        if (cause.kind !== 'load') edited = true;
        if (!persistence.save(s, edited) && !warnedTooBig) {
          warnedTooBig = true;
          status.show('This story is too large to keep across reloads; export it to keep your edits', 'info');
        }
        o.view.setStory(s);
        o.view.setFilter(toStoryFilter(filter, s));
        renderAll(s);
        if (cause.kind === 'load') {
          o.onStory?.(s);
          if (fitNext) o.view.fitToStory(fitNext === 'jump' ? { animate: false } : {});
          fitNext = 'fly';
        }
      });
    }
    store.load(story);
  }

  function dispatch(cmd: Command): boolean {
    if (!store) return false;
    try {
      store.dispatch(cmd);
      return true;
    } catch (e) {
      status.show(e instanceof CommandError ? e.message : `Edit failed: ${(e as Error).message}`, 'error');
      renderAll(store.story); // put controls (e.g. a category select) back to what the story says
      return false;
    }
  }

  function undo(): void {
    const label = store?.undoLabel();
    if (store?.undo()) status.show(`Undone: ${label}`, 'info');
  }
  function redo(): void {
    const label = store?.redoLabel();
    if (store?.redo()) status.show(`Redone: ${label}`, 'info');
  }

  // ---- loading ---------------------------------------------------------------------------------
  const track = <T>(p: Promise<T>): Promise<T> => {
    pending = Promise.all([pending, p.catch(() => undefined)]);
    return p;
  };

  function loadStory(input: unknown, opts: { edited?: boolean; source?: string; fit?: boolean } = {}): boolean {
    const r = validateStory(input);
    if (!r.ok) {
      status.show([`Could not open ${opts.source ?? 'the story'}${store ? '; the current story is unchanged' : ''}:`, ...r.errors], 'error');
      return false;
    }
    loadSeq++; // a newer load wins over any extraction still running
    attach(r.value, opts.edited ?? true, opts.fit ?? true);
    return true;
  }

  async function loadText(text: string, meta: TextMeta = {}): Promise<boolean> {
    return track(
      (async () => {
        const mine = ++loadSeq;
        if (!text.trim()) {
          status.show(`${meta.from ?? 'The text'} is empty; nothing to map`, 'error');
          return false;
        }
        if (openSavedEdits(text, meta.fit ?? true)) return true;
        const options: AnalyzeOptions = {};
        if (meta.lang) options.lang = meta.lang;
        if (meta.title) options.title = meta.title;
        try {
          status.progress(STAGE_LABELS.recognising);
          const { story, ms } = await o.extractor.analyze(text, options, (stage) => {
            if (mine === loadSeq && stage !== 'done') status.progress(STAGE_LABELS[stage]);
          });
          if (mine !== loadSeq) return false; // superseded
          const article = { ...story.article };
          for (const k of ['title', 'source', 'date', 'url'] as const) if (meta[k] && !article[k]) article[k] = meta[k];
          const full: Story = { ...story, article };
          const r = validateStory(full);
          if (!r.ok) throw new Error(`the extractor produced an invalid story: ${r.errors[0]}`);
          attach(full, false, meta.fit ?? true);
          if (meta.quiet) status.clear();
          if (!meta.quiet) status.show(`Mapped ${full.places.length} places and ${full.flows.length} flows in ${Math.round(ms)} ms`, 'info');
          return true;
        } catch (e) {
          if (mine === loadSeq) status.show(`Could not map ${meta.from ?? 'the text'}: ${(e as Error).message}${store ? '. The current story is unchanged.' : ''}`, 'error');
          return false;
        }
      })(),
    );
  }

  async function loadInput(input: Input, from?: string): Promise<boolean> {
    if (input.kind === 'story') return loadStory(input.story, { edited: true, ...(from ? { source: from } : {}) });
    const { text, kind: _k, ...meta } = input;
    return loadText(text, { ...meta, ...(from ? { from } : {}) });
  }

  async function openFile(f: File): Promise<void> {
    status.progress(`Reading ${f.name}…`);
    const r = await readFile(f);
    if (!r.ok) {
      status.show([`Could not open ${f.name}${store ? '; the current story is unchanged' : ''}:`, ...r.errors], 'error');
      return;
    }
    await loadInput(r.value, f.name);
  }

  /** The user's saved edits of this article, if any, opened instead of a fresh story. */
  function openSavedEdits(text: string, fit: boolean): boolean {
    const saved = persistence.loadFor(text);
    if (!saved?.edited) return false;
    attach(saved.story, true, fit);
    status.show('Opened with your saved edits (use “Discard edits” to start over)', 'info');
    return true;
  }

  /** The sample's prebuilt story, or null when it cannot be fetched or is not a valid story. */
  async function prebuiltSample(): Promise<Story | null> {
    if (!o.sampleStoryUrl) return null;
    try {
      const res = await fetchFn(o.sampleStoryUrl);
      if (!res.ok) return null;
      const r = storyFromJson(await res.text());
      return r.ok ? r.value : null;
    } catch {
      return null;
    }
  }

  async function loadSample(quiet = false): Promise<boolean> {
    return track(
      (async () => {
        const mine = ++loadSeq;
        const prebuilt = await prebuiltSample();
        if (mine !== loadSeq) return false; // superseded while fetching
        if (prebuilt) {
          if (openSavedEdits(prebuilt.article.text, true)) return true;
          attach(prebuilt, false);
          if (quiet) status.clear();
          else status.show(`Mapped ${prebuilt.places.length} places and ${prebuilt.flows.length} flows (the sample's prebuilt story)`, 'info');
          return true;
        }
        try {
          const res = await fetchFn(o.sampleUrl);
          if (!res.ok) throw new Error(`HTTP ${res.status}`);
          const text = await res.text();
          if (mine !== loadSeq) return false; // superseded while fetching
          return await loadText(text, { from: 'the sample article', quiet });
        } catch (e) {
          if (mine === loadSeq) status.show(`Could not load the sample article: ${(e as Error).message}`, 'error');
          return false;
        }
      })(),
    );
  }

  /** ?story=URL: same origin only; a story JSON/GeoJSON or an article file. */
  async function loadFromUrl(param: string): Promise<boolean> {
    let url: URL;
    try {
      url = new URL(param, o.href);
    } catch {
      status.show(`?story= is not a valid URL: ${param.slice(0, 80)}`, 'error');
      return false;
    }
    const origin = new URL(o.href).origin;
    if (url.origin !== origin || !/^https?:$/.test(url.protocol)) {
      status.show(`?story= must point to this site (${origin}); refusing ${url.origin === 'null' ? url.protocol : url.origin}`, 'error');
      return false;
    }
    try {
      const res = await fetchFn(url.href);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const name = decodeURIComponent(url.pathname.split('/').pop() || 'story');
      const r = readNamed(name, await res.text());
      if (!r.ok) {
        status.show([`Could not open ${name}:`, ...r.errors], 'error');
        return false;
      }
      return await loadInput(r.value, name);
    } catch (e) {
      status.show(`Could not fetch ${url.pathname}: ${(e as Error).message}`, 'error');
      return false;
    }
  }

  async function discardEdits(): Promise<void> {
    if (!store) return;
    const text = store.story.article.text;
    const { title, lang } = store.story.article;
    persistence.forget(text);
    await loadText(text, { ...(title ? { title } : {}), lang, from: 'the article' });
  }

  async function searchPlaces(q: string, lang: Lang): Promise<PlaceChoice[]> {
    return o.extractor.search(q, lang, 8);
  }

  // ---- export ----------------------------------------------------------------------------------
  function exportAs(kind: 'json' | 'geojson' | 'csv'): void {
    if (!store) return;
    const s = store.story;
    const stem = fileStem(s.article.title);
    if (kind === 'json') download(`${stem}.story.json`, storyToJson(s), 'application/json');
    else if (kind === 'geojson') download(`${stem}.geojson`, `${JSON.stringify(storyToGeoJSON(s), null, 1)}\n`, 'application/geo+json');
    else download(`${stem}.flows.csv`, flowsToCsv(s), 'text/csv;charset=utf-8');
  }

  // ---- start -----------------------------------------------------------------------------------
  const start = track(
    (async () => {
      const param = new URLSearchParams(o.search).get('story');
      if (param === 'none') return; // the bare basemap: nothing loaded until the user asks
      if (param) {
        if (await loadFromUrl(param)) return;
        const error = status.text();
        await loadSample(true);
        if (error && !status.text()) status.show(error, 'error');
        return;
      }
      const last = persistence.last();
      if (last) {
        attach(last.story, last.edited);
        return;
      }
      await loadSample(true);
    })(),
  );

  return {
    get store() {
      return store!;
    },
    get story() {
      return store?.story ?? null;
    },
    loadStory,
    loadText,
    loadInput: (i) => loadInput(i),
    dispatch,
    select,
    onViewSelect(sel) {
      selected = sel;
      markSelected();
      const q = sel ? ('flow' in sel ? `[data-flow="${CSS.escape(sel.flow)}"]` : `li[data-place="${CSS.escape(sel.place)}"]`) : null;
      const row = q ? o.panel.querySelector(q) : null;
      row?.scrollIntoView({ block: 'nearest' });
    },
    onPlaceMoved(id, lon, lat) {
      dispatch({ type: 'movePlace', id, lon: ((((lon + 180) % 360) + 360) % 360) - 180, lat });
    },
    setTheme,
    async ready() {
      await start;
      let p: Promise<unknown>;
      do {
        p = pending;
        await p;
      } while (p !== pending);
    },
    status,
  };
}

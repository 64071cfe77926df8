/**
 * The thin mounted layer of the story map: puts the source and layers that story-layers.ts computes on
 * top of the basemap, keeps them in step with the story, filter and theme (setData, setFilter, paint
 * and layout properties: the camera and the basemap stay), and handles the interaction: click/tap on a
 * marker or an arc, popups built from text nodes only (article text is untrusted), a keyboard path (a
 * visually hidden list of buttons, one per place and flow, shown when focused), and marker dragging
 * when editing is on. It never changes the story: it reports what the user did.
 */
import * as maplibregl from 'maplibre-gl';
import type { FlowCategory, Lang, Story } from '../story';
import { arrowImage } from './arcs';
import { categoryColor, categoryLabel, kindLabel, statusLabel } from './palette';
import { flowPopup, placePopup, uiText, type Passage } from './popup-model';
import {
  ARROW_ICON,
  FLOW_HIT_RADIUS,
  FLOW_LAYERS,
  isFlowVisible,
  LAYER_MARKERS,
  MARKER_LAYERS,
  featureKey,
  SOURCE_STORY,
  storyLayers,
  storySources,
  type StoryFilter,
  type StoryMap,
} from './story-layers';
import type { ThemeName } from './theme';
import { drawnAt } from './lod';
import { NO_VALIDATE, addLayers, addSource, styleParsed } from './style-ready';
import './story-view.css';

export type Target = { place: string } | { flow: string };

export interface StoryView {
  /** (Re)draw a story; keeps the camera. */
  setStory(story: Story): void;
  setFilter(f: { categories?: ReadonlySet<FlowCategory>; showDenied?: boolean; showReported?: boolean }): void;
  setTheme(theme: ThemeName): void;
  openPopup(t: Target): void;
  closePopup(): void;
  fitToStory(o?: { animate?: boolean }): void;
  /** Click, tap, Enter or Space on a marker or arc (or its button in the keyboard list). */
  on(ev: 'select', cb: (t: Target) => void): () => void;
  /** A marker was dragged (editing enabled) and dropped at lon/lat. */
  on(ev: 'placeMoved', cb: (id: string, lon: number, lat: number) => void): () => void;
  setEditable(on: boolean): void;
  /** Resolves once the story's sources are loaded; MountedMap.ready() then waits for the frame that draws them. */
  ready(): Promise<void>;
  /** Ids the story had that could not be drawn, with the reason. */
  skipped(): readonly { id: string; reason: string }[];
  destroy(): void;
}

type Sel = { place: string } | { flow: string };
const isPlace = (t: Sel): t is { place: string } => 'place' in t;

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function passageEl(p: Passage): HTMLElement {
  const q = el('blockquote', 'atlas-quote');
  for (const s of p.segments) {
    if (s.mark) q.appendChild(el('mark', undefined, s.text));
    else q.appendChild(document.createTextNode(s.text));
  }
  return q;
}

export function createStoryView(map: maplibregl.Map, o: { theme: ThemeName; lang: Lang }): StoryView {
  let theme = o.theme;
  let lang = o.lang;
  let story: Story | null = null;
  let filter: StoryFilter = {};
  let editable = false;
  let built: Omit<StoryMap, 'layers'> | null = null;
  let applied = new Map<string, maplibregl.LayerSpecification>();
  let popup: maplibregl.Popup | null = null;
  let popupTarget: Sel | null = null;
  let selected: Sel | null = null;
  let destroyed = false;
  const selectCbs = new Set<(t: Target) => void>();
  const movedCbs = new Set<(id: string, lon: number, lat: number) => void>();
  const offs: (() => void)[] = [];

  const styleReady = styleParsed(map);
  let styleLoaded = false;
  void styleReady.then(() => {
    styleLoaded = true;
    sync();
  });

  // ---- keyboard list -------------------------------------------------------------------------------
  const container = map.getContainer();
  const a11y = el('nav', 'atlas-a11y');
  a11y.setAttribute('aria-label', 'Places and flows on the map');
  const list = el('ul', 'atlas-a11y-list');
  a11y.appendChild(list);
  container.appendChild(a11y);
  a11y.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    if (!(t instanceof HTMLButtonElement)) return;
    const buttons = [...list.querySelectorAll<HTMLButtonElement>('button')];
    const i = buttons.indexOf(t);
    let next: HTMLButtonElement | undefined;
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') next = buttons[Math.min(buttons.length - 1, i + 1)];
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') next = buttons[Math.max(0, i - 1)];
    else if (e.key === 'Home') next = buttons[0];
    else if (e.key === 'End') next = buttons[buttons.length - 1];
    else if (e.key === 'Escape') {
      closePopup();
      e.preventDefault();
      return;
    }
    if (next) {
      e.preventDefault();
      next.focus();
    }
  });

  function buildList(): void {
    list.replaceChildren();
    if (!story || !built) return;
    const l = story.article?.lang ?? lang;
    for (const p of story.places) {
      if (!built.anchors.places.has(p.id)) continue;
      const li = el('li');
      const b = el('button', 'atlas-a11y-item', `${p.name} — ${kindLabel(p.kind, l)}, ${p.mentions?.length ?? 0} ${uiText(l).mentions}`);
      b.type = 'button';
      b.dataset.place = p.id;
      b.addEventListener('click', () => choose({ place: p.id }, true));
      li.appendChild(b);
      list.appendChild(li);
    }
    const name = (id: string) => story!.places.find((p) => p.id === id)?.name ?? id;
    for (const f of story.flows) {
      if (!built.anchors.flows.has(f.id) || !isFlowVisible(f, filter)) continue;
      const li = el('li');
      const b = el('button', 'atlas-a11y-item', `${categoryLabel(f.category, l)}: ${name(f.from)} → ${name(f.to)} (${statusLabel(f.status, l)})`);
      b.type = 'button';
      b.dataset.flow = f.id;
      b.addEventListener('click', () => choose({ flow: f.id }, true));
      li.appendChild(b);
      list.appendChild(li);
    }
  }

  // ---- generalisation note: a dense story's world view draws its most important flows only ---------
  const lodNote = el('p', 'atlas-lod-note');
  lodNote.setAttribute('role', 'status');
  lodNote.hidden = true;
  container.appendChild(lodNote);
  function updateLodNote(): void {
    if (!story || !built) {
      lodNote.hidden = true;
      return;
    }
    // Flows the filter shows, and how many of them this zoom draws.
    const lods: number[] = [];
    for (const f of story.flows) {
      const a = built.anchors.flows.get(f.id);
      if (a && isFlowVisible(f, filter)) lods.push(a.lod);
    }
    const drawn = drawnAt(lods, map.getZoom());
    lodNote.hidden = drawn === lods.length;
    if (!lodNote.hidden) lodNote.textContent = uiText(story.article?.lang ?? lang).lodNote(drawn, lods.length);
  }
  map.on('zoomend', updateLodNote);
  offs.push(() => map.off('zoomend', updateLodNote));

  // ---- drawing -------------------------------------------------------------------------------------
  function applyLayers(): void {
    const next = storyLayers({ theme, lang, filter, flowCount: story?.flows.length ?? 0, placeCount: story?.places.length ?? 0 });
    const added: maplibregl.LayerSpecification[] = [];
    for (const layer of next) {
      const prev = applied.get(layer.id);
      if (!prev || !map.getLayer(layer.id)) {
        added.push(layer);
        continue;
      }
      const pf = (prev as { filter?: maplibregl.FilterSpecification }).filter;
      const nf = (layer as { filter?: maplibregl.FilterSpecification }).filter;
      if (JSON.stringify(pf) !== JSON.stringify(nf)) map.setFilter(layer.id, nf ?? null, NO_VALIDATE);
      const pp = (prev as { paint?: Record<string, unknown> }).paint ?? {};
      const np = (layer as { paint?: Record<string, unknown> }).paint ?? {};
      for (const k of new Set([...Object.keys(pp), ...Object.keys(np)])) {
        if (JSON.stringify(pp[k]) !== JSON.stringify(np[k])) (map.setPaintProperty as (id: string, k: string, v: unknown, o: object) => void).call(map, layer.id, k, np[k], NO_VALIDATE);
      }
      const pl = (prev as { layout?: Record<string, unknown> }).layout ?? {};
      const nl = (layer as { layout?: Record<string, unknown> }).layout ?? {};
      for (const k of new Set([...Object.keys(pl), ...Object.keys(nl)])) {
        if (JSON.stringify(pl[k]) !== JSON.stringify(nl[k])) (map.setLayoutProperty as (id: string, k: string, v: unknown, o: object) => void).call(map, layer.id, k, nl[k], NO_VALIDATE);
      }
    }
    addLayers(map, added); // no beforeId: on top of the basemap, in story-layers order
    applied = new Map(next.map((l) => [l.id, l]));
  }

  function sync(): void {
    if (!styleLoaded || destroyed || !built) return;
    if (!map.hasImage(ARROW_ICON)) map.addImage(ARROW_ICON, arrowImage(), { sdf: true });
    for (const [id, src] of Object.entries(built.sources)) {
      const existing = map.getSource(id) as maplibregl.GeoJSONSource | undefined;
      if (existing) existing.setData(src.data);
      else addSource(map, id, src);
    }
    applyLayers();
    restoreSelection();
  }

  function restoreSelection(): void {
    if (!selected || !built) return;
    const ok = isPlace(selected) ? built.anchors.places.has(selected.place) : built.anchors.flows.has(selected.flow);
    if (ok) setSelectedState(selected, true);
    else {
      selected = null;
      closePopup();
    }
  }

  function setSelectedState(t: Sel, on: boolean): void {
    if (!styleLoaded) return;
    const id = isPlace(t) ? featureKey('place', t.place) : featureKey('arc', t.flow);
    if (!map.getSource(SOURCE_STORY)) return;
    try {
      map.setFeatureState({ source: SOURCE_STORY, id }, { selected: on });
    } catch {
      /* the feature is gone */
    }
  }

  function select(t: Sel | null): void {
    if (selected) setSelectedState(selected, false);
    selected = t;
    if (t) setSelectedState(t, true);
  }

  // ---- popups --------------------------------------------------------------------------------------
  function popupContent(t: Sel): HTMLElement | null {
    if (!story) return null;
    const l = story.article?.lang ?? lang;
    const ui = uiText(l);
    const root = el('div', 'atlas-popup');
    root.lang = l;
    if (isPlace(t)) {
      const m = placePopup(story, t.place, l);
      if (!m) return null;
      root.appendChild(el('h2', 'atlas-popup-title', m.title));
      root.appendChild(el('p', 'atlas-popup-meta', [m.kindLabel, m.country, `${m.mentionCount} ${ui.mentions}`].filter(Boolean).join(' · ')));
      for (const p of m.passages) root.appendChild(passageEl(p));
    } else {
      const m = flowPopup(story, t.flow, l);
      if (!m) return null;
      const flow = story.flows.find((f) => f.id === t.flow)!;
      const title = el('h2', 'atlas-popup-title');
      const swatch = el('span', 'atlas-swatch');
      swatch.style.background = categoryColor(flow.category, theme);
      swatch.setAttribute('aria-hidden', 'true');
      title.append(swatch, document.createTextNode(m.title));
      root.appendChild(title);
      const meta = el('p', 'atlas-popup-meta');
      meta.append(document.createTextNode(m.categoryLabel), document.createTextNode(' · '));
      const st = el('span', `atlas-status atlas-status-${m.status}`, m.statusLabel);
      meta.appendChild(st);
      if (m.amount) meta.append(document.createTextNode(' · '), el('strong', 'atlas-amount', m.amount));
      root.appendChild(meta);
      if (m.passages.length === 0) root.appendChild(el('p', 'atlas-popup-empty', ui.noText));
      for (const p of m.passages) root.appendChild(passageEl(p));
      if (m.source) root.appendChild(el('p', 'atlas-popup-source', `${ui.source}: ${m.source}`));
    }
    return root;
  }

  function anchorOf(t: Sel): [number, number] | null {
    if (!built) return null;
    if (isPlace(t)) return built.anchors.places.get(t.place) ?? null;
    return built.anchors.flows.get(t.flow)?.mid ?? null;
  }

  /** The copy of a longitude nearest the map's centre (arcs have continuous longitudes). */
  function nearCentre(lon: number): number {
    const c = map.getCenter().lng;
    return lon - 360 * Math.round((lon - c) / 360);
  }

  function inView(lon: number, lat: number, margin = 40): boolean {
    const c = map.getContainer();
    const p = map.project([nearCentre(lon), lat]);
    return p.x >= margin && p.y >= margin && p.x <= c.clientWidth - margin && p.y <= c.clientHeight - margin;
  }

  /**
   * Where to open a popup: a place's position; for a flow, the middle of its curve when visible, else
   * the visible point of the curve nearest its middle, else the middle (and the map moves there).
   */
  function popupPosition(t: Sel): { at: maplibregl.LngLat; visible: boolean } | null {
    const a = anchorOf(t);
    if (!a) return null;
    const mid = new maplibregl.LngLat(nearCentre(a[0]), a[1]);
    if (inView(a[0], a[1])) return { at: mid, visible: true };
    if (!isPlace(t) && built) {
      const f = built.arcs.find((x) => x.properties?.id === t.flow);
      const coords = f ? (f.geometry.coordinates as [number, number][]) : [];
      const half = coords.length / 2;
      let best: [number, number] | null = null;
      let bestD = Infinity;
      coords.forEach(([lon, lat], i) => {
        if (Math.abs(i - half) < bestD && inView(lon, lat)) {
          bestD = Math.abs(i - half);
          best = [lon, lat];
        }
      });
      if (best) return { at: new maplibregl.LngLat(nearCentre(best[0]), best[1]), visible: true };
    }
    return { at: mid, visible: false };
  }

  function openPopup(t: Sel, at?: maplibregl.LngLat): void {
    const content = popupContent(t);
    const pos = at ? { at, visible: true } : popupPosition(t);
    if (!content || !pos) return;
    select(t);
    const same = !!popup && !!popupTarget && JSON.stringify(popupTarget) === JSON.stringify(t);
    if (!same) {
      popup?.remove();
      const p = new maplibregl.Popup({ closeButton: true, closeOnClick: false, maxWidth: '380px', focusAfterOpen: false, className: 'atlas-popup-wrap' });
      p.on('close', () => {
        if (popup === p) {
          popup = null;
          popupTarget = null;
          select(null);
        }
      });
      popup = p;
      popupTarget = t;
    }
    popup!.setDOMContent(content);
    // Re-opening the same target without a position (the app echoing a click) keeps where it is.
    if (!same || at) popup!.setLngLat(pos.at);
    if (!same) popup!.addTo(map);
    // A flow of a dense story that this zoom does not draw (see ./lod.ts): zoom in until it is drawn.
    const lod = !isPlace(t) ? (built?.anchors.flows.get(t.flow)?.lod ?? 0) : 0;
    const zoom = lod > map.getZoom() ? { zoom: lod } : {};
    if ((!pos.visible || 'zoom' in zoom) && (!same || at)) map.easeTo({ center: pos.at, ...zoom, duration: reducedMotion() ? 0 : 600 });
  }

  function closePopup(): void {
    const p = popup;
    popup = null;
    popupTarget = null;
    p?.remove();
    select(null);
  }

  function choose(t: Sel, fromKeyboard = false, at?: maplibregl.LngLat): void {
    openPopup(t, at);
    for (const cb of selectCbs) cb(t);
    if (fromKeyboard && popup) {
      // Let screen readers land on the popup's text; Escape in it closes and returns to the list.
      const pe = popup.getElement();
      const body = pe.querySelector<HTMLElement>('.atlas-popup');
      if (body) {
        body.tabIndex = -1;
        body.focus({ preventScroll: true });
        const back = list.querySelector<HTMLButtonElement>(isPlace(t) ? `button[data-place="${CSS.escape(t.place)}"]` : `button[data-flow="${CSS.escape(t.flow)}"]`);
        body.addEventListener('keydown', (e) => {
          if (e.key === 'Escape') {
            closePopup();
            back?.focus();
          }
        });
      }
    }
  }

  // ---- pointer interaction ---------------------------------------------------------------------------
  const hitAt = (point: maplibregl.PointLike): Sel | null => {
    const p = maplibregl.Point.convert(point);
    const box = (r: number): [maplibregl.PointLike, maplibregl.PointLike] => [
      [p.x - r, p.y - r],
      [p.x + r, p.y + r],
    ];
    const markers = MARKER_LAYERS.filter((l) => map.getLayer(l));
    if (markers.length) {
      const m = map.queryRenderedFeatures(box(3), { layers: [...markers] });
      if (m[0]) return { place: String(m[0].properties.id) };
    }
    const flows = FLOW_LAYERS.filter((l) => map.getLayer(l));
    if (flows.length) {
      const f = map.queryRenderedFeatures(box(FLOW_HIT_RADIUS), { layers: [...flows] });
      if (f[0]) return { flow: String(f[0].properties.id) };
    }
    return null;
  };

  let suppressClick = false;
  const onClick = (e: maplibregl.MapMouseEvent): void => {
    if (suppressClick) {
      suppressClick = false;
      return;
    }
    const t = hitAt(e.point);
    if (t) choose(t, false, isPlace(t) ? undefined : e.lngLat);
  };
  map.on('click', onClick);
  offs.push(() => map.off('click', onClick));

  // Hover: the same hit test as clicks (arcs answer within FLOW_HIT_RADIUS px), at most once a frame.
  const canvas = map.getCanvasContainer();
  let hoverAt: maplibregl.Point | null = null;
  const hover = (): void => {
    const p = hoverAt;
    hoverAt = null;
    if (!p || drag) return;
    const t = hitAt(p);
    canvas.style.cursor = t ? (editable && isPlace(t) ? 'grab' : 'pointer') : '';
  };
  const onMove = (e: maplibregl.MapMouseEvent): void => {
    if (!hoverAt) requestAnimationFrame(hover);
    hoverAt = e.point;
  };
  const onOut = (): void => {
    hoverAt = null;
    if (!drag) canvas.style.cursor = '';
  };
  map.on('mousemove', onMove);
  map.on('mouseout', onOut);
  offs.push(() => {
    map.off('mousemove', onMove);
    map.off('mouseout', onOut);
  });

  // Dragging a marker (editing on): move it on screen, report the drop; the app applies the edit.
  let drag: { id: string; moved: boolean; lngLat: maplibregl.LngLat } | null = null;
  const startDrag = (e: maplibregl.MapLayerMouseEvent | maplibregl.MapLayerTouchEvent): void => {
    if (!editable || !e.features?.[0]) return;
    if ('points' in e && e.points.length !== 1) return;
    e.preventDefault(); // keeps the map from panning
    drag = { id: String(e.features[0].properties.id), moved: false, lngLat: e.lngLat };
    canvas.style.cursor = 'grabbing';
    map.on('mousemove', moveDrag);
    map.on('touchmove', moveDrag);
    map.once('mouseup', endDrag);
    map.once('touchend', endDrag);
    // A release outside the map ends the drag too.
    window.addEventListener('mouseup', endDrag, { once: true });
  };
  const moveDrag = (e: maplibregl.MapMouseEvent | maplibregl.MapTouchEvent): void => {
    if (!drag || !built) return;
    drag.moved = true;
    drag.lngLat = e.lngLat;
    // Only the marker moves while dragging (a diff, not the whole story); arcs follow on drop.
    const src = map.getSource(SOURCE_STORY) as maplibregl.GeoJSONSource | undefined;
    src?.updateData({ update: [{ id: featureKey('place', drag.id), newGeometry: { type: 'Point', coordinates: [e.lngLat.lng, e.lngLat.lat] } }] });
  };
  const endDrag = (): void => {
    window.removeEventListener('mouseup', endDrag);
    map.off('mousemove', moveDrag);
    map.off('touchmove', moveDrag);
    const d = drag;
    drag = null;
    canvas.style.cursor = '';
    if (!d || !d.moved) return;
    suppressClick = true;
    setTimeout(() => (suppressClick = false), 0);
    const w = d.lngLat.wrap();
    const lon = Math.round(w.lng * 1e5) / 1e5;
    const lat = Math.round(Math.max(-85, Math.min(85, w.lat)) * 1e5) / 1e5;
    for (const cb of movedCbs) cb(d.id, lon, lat);
  };
  map.on('mousedown', LAYER_MARKERS, startDrag);
  map.on('touchstart', LAYER_MARKERS, startDrag);
  offs.push(() => {
    map.off('mousedown', LAYER_MARKERS, startDrag);
    map.off('touchstart', LAYER_MARKERS, startDrag);
  });

  // ---- the interface -------------------------------------------------------------------------------
  const view: StoryView = {
    setStory(s) {
      story = s;
      lang = s.article?.lang ?? lang;
      built = storySources(s);
      sync();
      buildList();
      updateLodNote();
      if (popupTarget) {
        // The target may have moved or gone: reopen it where it now is.
        const t = popupTarget;
        closePopup();
        if (anchorOf(t) && popupContent(t)) openPopup(t);
      }
    },
    setFilter(f) {
      filter = { ...f };
      if (styleLoaded && built) applyLayers();
      buildList();
      updateLodNote();
      if (popupTarget && !isPlace(popupTarget)) {
        const fl = story?.flows.find((x) => x.id === (popupTarget as { flow: string }).flow);
        if (!fl || !isFlowVisible(fl, filter)) closePopup();
      }
    },
    setTheme(t) {
      theme = t;
      if (styleLoaded && built) applyLayers();
      if (popupTarget) openPopup(popupTarget);
    },
    openPopup: (t) => openPopup(t),
    closePopup,
    fitToStory(fo = {}) {
      const b = built?.bounds;
      if (!b) return;
      const [w, s, e, n] = b;
      const c = map.getContainer();
      const pad = Math.max(20, Math.min(80, Math.round(Math.min(c.clientWidth, c.clientHeight) * 0.1)));
      const animate = (fo.animate ?? true) && !reducedMotion();
      const cam = map.cameraForBounds([[w, s], [e, n]], { padding: pad, maxZoom: 7 });
      if (!cam) return;
      if (animate) map.flyTo({ ...cam, duration: 900, essential: false });
      else map.jumpTo(cam);
    },
    on(ev: 'select' | 'placeMoved', cb: ((t: Target) => void) | ((id: string, lon: number, lat: number) => void)) {
      if (ev === 'select') {
        const f = cb as (t: Target) => void;
        selectCbs.add(f);
        return () => selectCbs.delete(f);
      }
      const f = cb as (id: string, lon: number, lat: number) => void;
      movedCbs.add(f);
      return () => movedCbs.delete(f);
    },
    setEditable(on) {
      editable = on;
      container.classList.toggle('atlas-editing', on);
    },
    async ready() {
      await styleReady;
      // Wait for the story's sources to load, woken by the map's own events rather than polling every
      // animation frame: requesting a frame per check keeps the compositor producing frames, which costs
      // whole seconds of page start-up on software-rendered WebGL. (The timer only guards against a missed
      // event; the caller then waits for the map to be idle with the story drawn.)
      const loaded = (): boolean => {
        const ids = built ? Object.keys(built.sources) : [];
        return ids.every((id) => map.getSource(id) && map.isSourceLoaded(id));
      };
      const t0 = performance.now();
      while (!destroyed && !loaded() && performance.now() - t0 < 60_000) {
        await new Promise<void>((resolve) => {
          const done = (): void => {
            clearTimeout(timer);
            map.off('sourcedata', done);
            map.off('idle', done);
            resolve();
          };
          const timer = setTimeout(done, 250);
          map.on('sourcedata', done);
          map.on('idle', done);
        });
      }
    },
    skipped: () => built?.skipped ?? [],
    destroy() {
      destroyed = true;
      closePopup();
      for (const off of offs) off();
      a11y.remove();
      lodNote.remove();
      if (styleLoaded) {
        for (const id of applied.keys()) if (map.getLayer(id)) map.removeLayer(id);
        if (built) for (const id of Object.keys(built.sources)) if (map.getSource(id)) map.removeSource(id);
        if (map.hasImage(ARROW_ICON)) map.removeImage(ARROW_ICON);
      }
      applied = new Map();
    },
  };
  return view;
}

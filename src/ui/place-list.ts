/**
 * The list of places. Each row's button shows the place on the map; "Change…" opens an editor offering
 * the place's other candidates and a search over the local gazetteer (through the worker), and picking
 * one re-resolves the place (undoable).
 */
import type { Command, PlaceChoice } from '../state/commands';
import type { Place, Story } from '../story';
import { h, section } from './dom';

export const MAX_PLACES = 400;

export interface PlaceListHandlers {
  select(placeId: string): void;
  dispatch(cmd: Command): void;
  toggleEdit(placeId: string | null): void;
  search(query: string): Promise<PlaceChoice[]>;
  open: boolean;
  onToggle(open: boolean): void;
}

const fmt = (lon: number, lat: number): string => `${Math.abs(lat).toFixed(2)}°${lat >= 0 ? 'N' : 'S'} ${Math.abs(lon).toFixed(2)}°${lon >= 0 ? 'E' : 'W'}`;

function choiceButton(p: Place, c: PlaceChoice, key: string, on: PlaceListHandlers): HTMLElement {
  const desc = [c.kind, c.country, fmt(c.lon, c.lat), c.population ? `pop. ${c.population.toLocaleString('en')}` : ''].filter(Boolean).join(' · ');
  return h(
    'li',
    {},
    h('button', { className: 'link', 'data-key': key, 'aria-label': `Use ${c.name} (${desc}) for ${p.name}`, onclick: () => on.dispatch({ type: 'setPlaceCandidate', id: p.id, choice: c }) }, c.name),
    h('span', { className: 'muted' }, ` ${desc}`),
  );
}

function editor(p: Place, on: PlaceListHandlers): HTMLElement {
  const cands = p.candidates ?? [];
  const results = h('ul', { className: 'choices', 'aria-live': 'polite', 'aria-label': 'Search results' });
  let timer = 0;
  let seq = 0;
  const input = h('input', {
    type: 'search',
    placeholder: 'Search the gazetteer…',
    'aria-label': `Search the gazetteer for another place for ${p.name}`,
    'data-key': `search-${p.id}`,
    oninput: () => {
      clearTimeout(timer);
      const q = input.value.trim();
      const mine = ++seq;
      timer = window.setTimeout(() => {
        if (!q) return void results.replaceChildren();
        on.search(q)
          .then((rs) => {
            if (mine !== seq) return;
            results.replaceChildren(...(rs.length ? rs.map((c, i) => choiceButton(p, c, `res-${p.id}-${i}`, on)) : [h('li', { className: 'muted' }, 'No match')]));
          })
          .catch((e: Error) => {
            if (mine === seq) results.replaceChildren(h('li', { className: 'muted' }, `Search failed: ${e.message}`));
          });
      }, 150);
    },
  });
  return h(
    'div',
    { className: 'place-editor', id: `edit-${p.id}` },
    cands.length ? h('p', { className: 'muted' }, 'Other candidates:') : h('p', { className: 'muted' }, 'No other candidates.'),
    cands.length ? h('ul', { className: 'choices' }, ...cands.map((c, i) => choiceButton(p, c, `cand-${p.id}-${i}`, on))) : null,
    input,
    results,
    coordsForm(p, on),
    h('p', { className: 'muted small' }, 'Tip: turn on “Move places” to drag the marker on the map.'),
  );
}

/** Type coordinates: the keyboard way to move a place (dragging needs a pointer). */
function coordsForm(p: Place, on: PlaceListHandlers): HTMLElement {
  const lat = h('input', { type: 'number', step: 'any', min: -90, max: 90, required: true, value: String(p.lat), 'aria-label': `Latitude of ${p.name}`, 'data-key': `lat-${p.id}` });
  const lon = h('input', { type: 'number', step: 'any', min: -180, max: 180, required: true, value: String(p.lon), 'aria-label': `Longitude of ${p.name}`, 'data-key': `lon-${p.id}` });
  return h(
    'form',
    {
      className: 'coords',
      'aria-label': `Coordinates of ${p.name}`,
      onsubmit: (e: Event) => {
        e.preventDefault();
        on.dispatch({ type: 'movePlace', id: p.id, lon: Number(lon.value), lat: Number(lat.value) });
      },
    },
    h('label', {}, 'Lat ', lat),
    h('label', {}, 'Lon ', lon),
    h('button', { type: 'submit', className: 'small', 'data-key': `move-${p.id}` }, 'Move'),
  );
}

export function renderPlaceList(story: Story, selected: string | null, editing: string | null, on: PlaceListHandlers): HTMLElement {
  const list = h('ul', { className: 'places', 'aria-label': 'Places' });
  const places = [...story.places].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name)).slice(0, MAX_PLACES);
  for (const p of places) {
    const open = editing === p.id;
    list.append(
      h(
        'li',
        { className: `place-row kind-${p.kind}`, 'data-place': p.id, 'aria-current': p.id === selected ? 'true' : null },
        h('button', { className: 'link place-open', 'data-key': `place-${p.id}`, 'aria-label': `Show ${p.name} (${p.kind}, ${p.mentions.length} mentions) on the map`, onclick: () => on.select(p.id) }, p.name),
        h('span', { className: 'muted' }, ` ${p.kind}${p.country ? ` · ${p.country}` : ''} · ${p.mentions.length}×`),
        h(
          'button',
          { className: 'small', 'aria-expanded': open ? 'true' : 'false', 'aria-controls': `edit-${p.id}`, 'aria-label': `Change place ${p.name}`, 'data-key': `change-${p.id}`, onclick: () => on.toggleEdit(open ? null : p.id) },
          open ? 'Close' : 'Change…',
        ),
        open ? editor(p, on) : null,
      ),
    );
  }
  const out = section('places', `Places (${story.places.length})`, on.open, on.onToggle, list);
  if (story.places.length > MAX_PLACES) out.append(h('p', { className: 'muted' }, `…and ${story.places.length - MAX_PLACES} more.`));
  return out;
}

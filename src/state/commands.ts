/**
 * Edits an analyst makes to a story, as plain data, and the pure function that applies one.
 * `applyCommand(story, cmd)` never mutates its input: it returns a new Story that shares every untouched
 * place and flow with the old one (so undo is just keeping the old reference). A command that cannot
 * apply (unknown id, a flow onto itself) throws a CommandError with a message fit for the status line.
 */
import { FLOW_CATEGORIES, FLOW_STATUSES, type Candidate, type Flow, type FlowCategory, type FlowStatus, type Place, type Span, type Story } from '../story';

/** A place to switch to: one of `place.candidates`, or a gazetteer search result. */
export type PlaceChoice = Omit<Candidate, 'score'> & {
  score?: number;
  /** The place id to use; derived from geonameId / country when absent. */
  id?: string;
};

export type Command =
  | { type: 'movePlace'; id: string; lon: number; lat: number }
  | { type: 'setPlaceCandidate'; id: string; choice: PlaceChoice }
  | { type: 'renamePlace'; id: string; name: string }
  | { type: 'addFlow'; from: string; to: string; category: FlowCategory; status?: FlowStatus; quantity?: number | null; unit?: string }
  | { type: 'deleteFlow'; id: string }
  | { type: 'reverseFlow'; id: string }
  | { type: 'recategoriseFlow'; id: string; category: FlowCategory }
  | { type: 'setFlowStatus'; id: string; status: FlowStatus }
  | { type: 'setTitle'; title: string };

export class CommandError extends Error {
  override name = 'CommandError';
}

/** A short human description of a command, for the undo/redo button titles. */
export function describeCommand(cmd: Command): string {
  switch (cmd.type) {
    case 'movePlace':
      return 'move place';
    case 'setPlaceCandidate':
      return `change place to ${cmd.choice.name}`;
    case 'renamePlace':
      return 'rename place';
    case 'addFlow':
      return 'add flow';
    case 'deleteFlow':
      return 'delete flow';
    case 'reverseFlow':
      return 'reverse flow';
    case 'recategoriseFlow':
      return `recategorise flow as ${cmd.category}`;
    case 'setFlowStatus':
      return `mark flow ${cmd.status}`;
    case 'setTitle':
      return 'change title';
  }
}

/** The id a place gets when it resolves to this choice. */
export function choiceId(c: PlaceChoice): string {
  if (c.id) return c.id;
  if (c.geonameId !== undefined) return `geonames:${c.geonameId}`;
  if (c.kind === 'country' && c.country) return `country:${c.country.toUpperCase()}`;
  return `place:${c.name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-')}:${c.lon.toFixed(3)},${c.lat.toFixed(3)}`;
}

export function applyCommand(story: Story, cmd: Command): Story {
  switch (cmd.type) {
    case 'movePlace': {
      checkCoords(cmd.lon, cmd.lat);
      return updatePlace(story, cmd.id, (p) => ({ ...p, lon: cmd.lon, lat: cmd.lat }));
    }
    case 'renamePlace': {
      const name = cmd.name.trim();
      if (!name) throw new CommandError('A place needs a name');
      return updatePlace(story, cmd.id, (p) => ({ ...p, name }));
    }
    case 'setPlaceCandidate':
      return setPlaceCandidate(story, cmd.id, cmd.choice);
    case 'addFlow': {
      requirePlace(story, cmd.from);
      requirePlace(story, cmd.to);
      if (cmd.from === cmd.to) throw new CommandError('A flow needs two different places');
      checkCategory(cmd.category);
      const status = cmd.status ?? 'stated';
      checkStatus(status);
      const dup = story.flows.find((f) => f.from === cmd.from && f.to === cmd.to && f.category === cmd.category);
      if (dup) throw new CommandError(`A ${cmd.category} flow from ${placeName(story, cmd.from)} to ${placeName(story, cmd.to)} already exists`);
      const flow: Flow = { id: uniqueFlowId(story), from: cmd.from, to: cmd.to, category: cmd.category, status, quotes: [] };
      if (cmd.quantity !== undefined) {
        if (cmd.quantity !== null && (!Number.isFinite(cmd.quantity) || cmd.quantity < 0)) throw new CommandError('Quantity must be a number ≥ 0');
        flow.quantity = cmd.quantity;
      }
      if (cmd.unit) flow.unit = cmd.unit;
      return { ...story, flows: [...story.flows, flow] };
    }
    case 'deleteFlow':
      requireFlow(story, cmd.id);
      return { ...story, flows: story.flows.filter((f) => f.id !== cmd.id) };
    case 'reverseFlow':
      return replaceFlow(story, cmd.id, (f) => ({ ...f, from: f.to, to: f.from }));
    case 'recategoriseFlow':
      checkCategory(cmd.category);
      return replaceFlow(story, cmd.id, (f) => ({ ...f, category: cmd.category }));
    case 'setFlowStatus':
      checkStatus(cmd.status);
      return replaceFlow(story, cmd.id, (f) => ({ ...f, status: cmd.status }));
    case 'setTitle': {
      const title = cmd.title.trim();
      const article = { ...story.article };
      if (title) article.title = title;
      else delete article.title;
      return { ...story, article };
    }
  }
}

function checkCoords(lon: number, lat: number): void {
  if (!Number.isFinite(lon) || lon < -180 || lon > 180) throw new CommandError(`Longitude ${lon} is out of range [-180, 180]`);
  if (!Number.isFinite(lat) || lat < -90 || lat > 90) throw new CommandError(`Latitude ${lat} is out of range [-90, 90]`);
}

function checkCategory(c: string): void {
  if (!(FLOW_CATEGORIES as readonly string[]).includes(c)) throw new CommandError(`'${c}' is not one of ${FLOW_CATEGORIES.join(', ')}`);
}

function checkStatus(s: string): void {
  if (!(FLOW_STATUSES as readonly string[]).includes(s)) throw new CommandError(`'${s}' is not one of ${FLOW_STATUSES.join(', ')}`);
}

function requirePlace(story: Story, id: string): Place {
  const p = story.places.find((x) => x.id === id);
  if (!p) throw new CommandError(`No place with id '${id}'`);
  return p;
}

function requireFlow(story: Story, id: string): Flow {
  const f = story.flows.find((x) => x.id === id);
  if (!f) throw new CommandError(`No flow with id '${id}'`);
  return f;
}

function placeName(story: Story, id: string): string {
  return story.places.find((p) => p.id === id)?.name ?? id;
}

function updatePlace(story: Story, id: string, fn: (p: Place) => Place): Story {
  requirePlace(story, id);
  return { ...story, places: story.places.map((p) => (p.id === id ? fn(p) : p)) };
}

function uniqueFlowId(story: Story): string {
  const ids = new Set(story.flows.map((f) => f.id));
  let n = story.flows.length + 1;
  while (ids.has(`flow:user-${n}`)) n++;
  return `flow:user-${n}`;
}

function mergeSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  const seen = new Set(a.map((s) => `${s.start}:${s.end}`));
  const out = [...a];
  for (const s of b) {
    const k = `${s.start}:${s.end}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(s);
    }
  }
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}

/**
 * Replace one flow; when the result collides with another flow of the same (from, to, category), the two
 * merge (quotes united) into the one that already existed, as the extractor would have produced them.
 */
function replaceFlow(story: Story, id: string, fn: (f: Flow) => Flow): Story {
  const old = requireFlow(story, id);
  const next = fn(old);
  const other = story.flows.find((f) => f.id !== id && f.from === next.from && f.to === next.to && f.category === next.category);
  if (!other) return { ...story, flows: story.flows.map((f) => (f.id === id ? next : f)) };
  const merged: Flow = { ...other, quotes: mergeSpans(other.quotes, next.quotes) };
  return { ...story, flows: story.flows.filter((f) => f.id !== id).map((f) => (f.id === other.id ? merged : f)) };
}

function asCandidate(p: Place): Candidate {
  const c: Candidate = { name: p.name, kind: p.kind, lon: p.lon, lat: p.lat, score: p.confidence ?? 0 };
  if (p.country !== undefined) c.country = p.country;
  if (p.geonameId !== undefined) c.geonameId = p.geonameId;
  return c;
}

function sameCandidate(c: Candidate, choice: PlaceChoice): boolean {
  if (c.geonameId !== undefined || choice.geonameId !== undefined) return c.geonameId === choice.geonameId;
  return c.name === choice.name && c.lon === choice.lon && c.lat === choice.lat;
}

/**
 * Resolve a place to another gazetteer entry: new name, kind, coordinates, country and id. The place it
 * was becomes the first candidate (so the user can switch back). Flows follow the new id; if the new id is
 * already another place of the story, the two places merge (mentions united) and flows that became
 * loops are dropped, duplicates merged.
 */
function setPlaceCandidate(story: Story, id: string, choice: PlaceChoice): Story {
  const old = requirePlace(story, id);
  checkCoords(choice.lon, choice.lat);
  if (!choice.name.trim()) throw new CommandError('The chosen place has no name');
  const newId = choiceId(choice);
  const candidates = [asCandidate(old), ...(old.candidates ?? []).filter((c) => !sameCandidate(c, choice))].slice(0, 5);
  const next: Place = { ...old, id: newId, name: choice.name, kind: choice.kind, lon: choice.lon, lat: choice.lat, candidates };
  delete next.country;
  delete next.geonameId;
  delete next.capital; // a property of the old choice; the flows were extracted already
  if (choice.country !== undefined) next.country = choice.country;
  if (choice.geonameId !== undefined) next.geonameId = choice.geonameId;
  next.confidence = 1; // chosen by a person

  const existing = newId !== id ? story.places.find((p) => p.id === newId) : undefined;
  let places: Place[];
  if (existing) {
    const merged: Place = { ...existing, mentions: mergeSpans(existing.mentions, old.mentions) };
    places = story.places.filter((p) => p.id !== id).map((p) => (p.id === newId ? merged : p));
  } else {
    places = story.places.map((p) => (p.id === id ? next : p));
  }
  if (newId === id) return { ...story, places };

  // Re-point flows, then drop loops and merge duplicates (first one wins, quotes united).
  const flows: Flow[] = [];
  const byKey = new Map<string, number>();
  for (const f0 of story.flows) {
    const f = f0.from === id || f0.to === id ? { ...f0, from: f0.from === id ? newId : f0.from, to: f0.to === id ? newId : f0.to } : f0;
    if (f.from === f.to) continue;
    const key = `${f.from}\u0000${f.to}\u0000${f.category}`;
    const at = byKey.get(key);
    if (at === undefined) {
      byKey.set(key, flows.length);
      flows.push(f);
    } else {
      flows[at] = { ...flows[at]!, quotes: mergeSpans(flows[at]!.quotes, f.quotes) };
    }
  }
  return { ...story, places, flows };
}

/**
 * Checks that an untrusted value (a parsed JSON file, a stored story) is a Story, and says what is wrong
 * and where when it is not: "places[3].lat: 123 is out of range [-90, 90]", "flows[2].from: 'x' does
 * not match any place id". The returned story is the input value itself (already plain JSON data),
 * typed; fields added by later stages are kept.
 */
import { FLOW_CATEGORIES, FLOW_STATUSES, LANGS, type Story } from '../story';

export type Result<T> = { ok: true; value: T } | { ok: false; errors: string[] };

const KINDS = ['country', 'region', 'city', 'other'] as const;
const MAX_ERRORS = 12;

/** A value quoted for a message, cut short. */
export function show(v: unknown): string {
  let s: string;
  if (typeof v === 'string') s = `'${v}'`;
  else if (v === undefined) s = 'missing';
  else {
    try {
      s = JSON.stringify(v) ?? String(v);
    } catch {
      s = String(v);
    }
  }
  return s.length > 48 ? `${s.slice(0, 45)}…` : s;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function validateStory(input: unknown): Result<Story> {
  const errors: string[] = [];
  const err = (m: string): void => {
    errors.push(m);
  };
  if (!isObj(input)) {
    return { ok: false, errors: [`expected a story object {article, places, flows}, got ${Array.isArray(input) ? 'an array' : show(input)}`] };
  }
  const s = input;
  let text = '';
  if (s.id !== undefined && typeof s.id !== 'string') err(`id: ${show(s.id)} is not a string`);
  if (!isObj(s.article)) err(`article: expected an object with text and lang, got ${show(s.article)}`);
  else {
    const a = s.article;
    if (typeof a.text !== 'string') err(`article.text: expected a string, got ${show(a.text)}`);
    else text = a.text;
    if (!(LANGS as readonly unknown[]).includes(a.lang)) err(`article.lang: ${show(a.lang)} is not one of ${LANGS.join(', ')}`);
    for (const k of ['title', 'source', 'date', 'url'] as const) {
      if (a[k] !== undefined && typeof a[k] !== 'string') err(`article.${k}: ${show(a[k])} is not a string`);
    }
  }

  const span = (path: string, v: unknown): void => {
    if (!isObj(v)) return err(`${path}: expected {start, end, text}, got ${show(v)}`);
    const { start, end } = v;
    if (!Number.isInteger(start) || !Number.isInteger(end)) return err(`${path}: start and end must be integers, got ${show(start)} and ${show(end)}`);
    const st = start as number;
    const en = end as number;
    if (st < 0 || en < st || en > text.length) return err(`${path}: [${st}, ${en}) is outside the article text (length ${text.length})`);
    if (typeof v.text !== 'string') return err(`${path}.text: expected a string, got ${show(v.text)}`);
    if (text.slice(st, en) !== v.text) err(`${path}.text: ${show(v.text)} does not match the article text at [${st}, ${en}): ${show(text.slice(st, en))}`);
  };
  const spans = (path: string, v: unknown): void => {
    if (!Array.isArray(v)) return err(`${path}: expected an array, got ${show(v)}`);
    v.forEach((x, i) => span(`${path}[${i}]`, x));
  };
  const coords = (path: string, o: Record<string, unknown>): void => {
    if (typeof o.lon !== 'number' || !Number.isFinite(o.lon)) err(`${path}.lon: expected a number, got ${show(o.lon)}`);
    else if (o.lon < -180 || o.lon > 180) err(`${path}.lon: ${o.lon} is out of range [-180, 180]`);
    if (typeof o.lat !== 'number' || !Number.isFinite(o.lat)) err(`${path}.lat: expected a number, got ${show(o.lat)}`);
    else if (o.lat < -90 || o.lat > 90) err(`${path}.lat: ${o.lat} is out of range [-90, 90]`);
  };
  const optional = (path: string, o: Record<string, unknown>, k: string, type: 'string' | 'number'): void => {
    const v = o[k];
    if (v === undefined) return;
    if (typeof v !== type || (type === 'number' && !Number.isFinite(v))) err(`${path}.${k}: ${show(v)} is not a ${type}`);
  };

  const placeIds = new Set<string>();
  if (!Array.isArray(s.places)) err(`places: expected an array, got ${show(s.places)}`);
  else {
    s.places.forEach((p: unknown, i) => {
      const path = `places[${i}]`;
      if (!isObj(p)) return err(`${path}: expected a place object, got ${show(p)}`);
      if (typeof p.id !== 'string' || !p.id) err(`${path}.id: expected a non-empty string, got ${show(p.id)}`);
      else if (placeIds.has(p.id)) err(`${path}.id: ${show(p.id)} is used by another place`);
      else placeIds.add(p.id);
      if (typeof p.name !== 'string') err(`${path}.name: expected a string, got ${show(p.name)}`);
      if (!(KINDS as readonly unknown[]).includes(p.kind)) err(`${path}.kind: ${show(p.kind)} is not one of ${KINDS.join(', ')}`);
      coords(path, p);
      optional(path, p, 'country', 'string');
      optional(path, p, 'geonameId', 'number');
      optional(path, p, 'confidence', 'number');
      spans(`${path}.mentions`, p.mentions);
      if (p.candidates !== undefined) {
        if (!Array.isArray(p.candidates)) err(`${path}.candidates: expected an array, got ${show(p.candidates)}`);
        else
          p.candidates.forEach((c: unknown, j) => {
            const cp = `${path}.candidates[${j}]`;
            if (!isObj(c)) return err(`${cp}: expected a candidate object, got ${show(c)}`);
            if (typeof c.name !== 'string') err(`${cp}.name: expected a string, got ${show(c.name)}`);
            if (!(KINDS as readonly unknown[]).includes(c.kind)) err(`${cp}.kind: ${show(c.kind)} is not one of ${KINDS.join(', ')}`);
            coords(cp, c);
            if (typeof c.score !== 'number') err(`${cp}.score: expected a number, got ${show(c.score)}`);
          });
      }
    });
  }

  if (!Array.isArray(s.flows)) err(`flows: expected an array, got ${show(s.flows)}`);
  else {
    const flowIds = new Set<string>();
    s.flows.forEach((f: unknown, i) => {
      const path = `flows[${i}]`;
      if (!isObj(f)) return err(`${path}: expected a flow object, got ${show(f)}`);
      if (typeof f.id !== 'string' || !f.id) err(`${path}.id: expected a non-empty string, got ${show(f.id)}`);
      else if (flowIds.has(f.id)) err(`${path}.id: ${show(f.id)} is used by another flow`);
      else flowIds.add(f.id);
      for (const end of ['from', 'to'] as const) {
        if (typeof f[end] !== 'string') err(`${path}.${end}: expected a place id, got ${show(f[end])}`);
        else if (Array.isArray(s.places) && !placeIds.has(f[end])) err(`${path}.${end}: ${show(f[end])} does not match any place id`);
      }
      if (!(FLOW_CATEGORIES as readonly unknown[]).includes(f.category)) err(`${path}.category: ${show(f.category)} is not one of ${FLOW_CATEGORIES.join(', ')}`);
      if (!(FLOW_STATUSES as readonly unknown[]).includes(f.status)) err(`${path}.status: ${show(f.status)} is not one of ${FLOW_STATUSES.join(', ')}`);
      if (f.quantity !== undefined && f.quantity !== null && (typeof f.quantity !== 'number' || !Number.isFinite(f.quantity) || f.quantity < 0)) {
        err(`${path}.quantity: ${show(f.quantity)} is not a number ≥ 0 or null`);
      }
      for (const k of ['unit', 'qualifier', 'quantityText']) optional(path, f, k, 'string');
      optional(path, f, 'magnitude', 'number');
      spans(`${path}.quotes`, f.quotes);
    });
  }

  if (errors.length) {
    const shown = errors.slice(0, MAX_ERRORS);
    if (errors.length > MAX_ERRORS) shown.push(`…and ${errors.length - MAX_ERRORS} more problems`);
    return { ok: false, errors: shown };
  }
  return { ok: true, value: input as unknown as Story };
}

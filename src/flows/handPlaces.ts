/**
 * Hand-built places for tests and fixtures: finds each listed name and demonym in the text (case-
 * sensitive, whole words, longest first, no overlaps) and returns Place[] as the places stage would.
 * Not used by the extractor itself.
 */
import type { Mention, Place, PlaceKind } from '../story';

export interface HandPlace {
  /** Place id; by convention an ISO code for countries ("KP") and "Name@CC" otherwise ("Kursk@RU"). */
  key: string;
  kind: PlaceKind;
  country?: string;
  names: string[];
  demonyms?: string[];
  geonameId?: number;
  /** The country's capital (read as its government by the flows). */
  capital?: boolean;
}

const LETTER = /[\p{L}\p{N}]/u;

export function handPlaces(text: string, defs: HandPlace[]): Place[] {
  const forms: Array<{ form: string; def: HandPlace; via: Mention['via'] }> = [];
  // (An empty form would match everywhere, without end.)
  for (const d of defs) {
    for (const n of d.names) if (n) forms.push({ form: n, def: d, via: 'name' });
    for (const n of d.demonyms ?? []) if (n) forms.push({ form: n, def: d, via: 'demonym' });
  }
  forms.sort((a, b) => b.form.length - a.form.length);
  const taken = new Uint8Array(text.length);
  const mentions = new Map<string, Mention[]>();
  for (const { form, def, via } of forms) {
    let from = 0;
    for (;;) {
      const i = text.indexOf(form, from);
      if (i < 0) break;
      from = i + 1;
      const j = i + form.length;
      if ((i > 0 && LETTER.test(text[i - 1]!)) || (j < text.length && LETTER.test(text[j]!))) continue;
      if (taken.subarray(i, j).some((x) => x === 1)) continue;
      taken.fill(1, i, j);
      const list = mentions.get(def.key) ?? [];
      list.push({ start: i, end: j, text: form, via });
      mentions.set(def.key, list);
    }
  }
  const out: Place[] = [];
  for (const d of defs) {
    const ms = (mentions.get(d.key) ?? []).sort((a, b) => a.start - b.start);
    if (ms.length === 0) continue;
    out.push({
      id: d.key,
      name: d.names.find(Boolean) ?? d.key,
      kind: d.kind,
      lon: 0,
      lat: 0,
      ...(d.country ? { country: d.country } : {}),
      ...(d.geonameId !== undefined ? { geonameId: d.geonameId } : {}),
      ...(d.capital ? { capital: true } : {}),
      mentions: ms,
    });
  }
  return out;
}


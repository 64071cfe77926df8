/**
 * The gazetteer as loaded at run time, parsed from the text built by geo/gazetteer/build.ts.
 * Pure: the same code runs in Node (src/places/load-node.ts reads the file) and in a Web Worker
 * (src/places/load-browser.ts fetches it).
 *
 * Layout (ASCII text, one record per line, fields separated by tabs; every other character, and the
 * backslash, is written as a backslash and four hex digits of its UTF-16 code unit: see escapeGaz):
 *   line 0           "ATLAS-GAZ 2<TAB>N"
 *   lines 1..N       entries: kind(C|R|P|O) lon lat cc geonameId pop fcode admin1 names(en|pt|es|fr) id
 *                    (names "=X": a first-level region known by its capital X -> "X region", "região de X"...;
 *                    pop has two significant digits; fcode '' = PPL; admin1 without the country prefix)
 *   following lines  names: key flags refs — key = folded words joined by spaces (src/text/normalize.ts);
 *                    flags: s = stopword, w = everyday word, v = everyday Portuguese word (used in pt texts; may come with w),
 *                    n = also a Portuguese first name or surname ("Brito", "Nogueira"),
 *                    e = a demonym only English sources give ("Kiwi", "Aussie"),
 *                    p = only a prefix of longer names;
 *                    refs = entry numbers, best prior first, each with an optional type letter:
 *                    d demonym, a abbreviation (case-sensitive), q only after a region cue,
 *                    b US state abbreviation valid only after "City, ".
 *                    One extra line "#d<TAB><TAB>w1 w2 ..." lists the first words of demonyms, and one
 *                    "#n<TAB><TAB>w1 w2 ..." lists first names and surnames that name no place ("lopes").
 * Loading is one linear scan that records line offsets; names are found by binary search over the
 * sorted name lines and cached once parsed; entries are parsed lazily on first use.
 */
import type { Lang, PlaceKind } from '../story';
import { nameKey } from '../text/normalize';
import { FORMAT, escapeGaz, needsEscape, unescapeGaz } from './gazetteer-format';

export { escapeGaz, FORMAT, unescapeGaz };

export type RefType = '' | 'd' | 'a' | 'q' | 'b';

export interface GazEntry {
  index: number;
  id: string;
  kind: PlaceKind;
  lon: number;
  lat: number;
  /** ISO 3166-1 alpha-2, '' for places in no single country */
  country: string;
  geonameId?: number;
  population: number;
  /** GeoNames feature code (PPL, PPLC, PPLA, ADM1, ADM2, PCLI, RGN...) */
  fcode: string;
  /** admin-1 key "CC.code" or '' */
  admin1: string;
  /** display names by language */
  names: Record<Lang, string>;
}

export interface NameRecord {
  flags: string;
  refs: Array<{ entry: number; type: RefType }>;
}

export interface Gazetteer {
  size: number;
  /** Name record for a folded key, or undefined. */
  lookup(key: string): NameRecord | undefined;
  /** True when `key` is a name or the start of a longer name. */
  hasPrefix(key: string): boolean;
  /** One probe: the record, null when `key` only starts longer names, undefined when unknown. */
  probe(key: string): NameRecord | null | undefined;
  entry(i: number): GazEntry;
  /** Sorted folded keys (for prefix search). */
  keys(): string[];
  /** First words of demonyms ("russo", "norte" of "norte-coreano"): lower-case words that may start a mention. */
  demonymHeads: Set<string>;
  /** Folded first names and surnames that are not place names ("almeida", "lopes"): person context. */
  personNames: Set<string>;
}

/** Marker for keys that only start longer names. */
const PREFIX: NameRecord = { flags: 'p', refs: [] };
/** Marker for keys that are not in the gazetteer. */
const UNKNOWN: NameRecord = { flags: '', refs: [] };

const KIND: Record<string, PlaceKind> = { C: 'country', R: 'region', P: 'city', O: 'other' };
/**
 * 32-bit FNV-1a hash of a string's UTF-16 code units. The name keys' hashes fill a table of KNOWN_BITS
 * bits at load (about one bit in ten set), so a key that is not in the gazetteer is nearly always turned
 * away with one table read; the others go on to the cache and the binary search as before.
 */
const HASH_SEED = 0x811c9dc5;
const HASH_PRIME = 0x01000193;
const KNOWN_BITS = 22;
const KNOWN_WORDS = (1 << KNOWN_BITS) >>> 5;
function keyHash(key: string): number {
  let h = HASH_SEED;
  for (let k = 0; k < key.length; k++) h = Math.imul(h ^ key.charCodeAt(k), HASH_PRIME);
  return h;
}

export function parseGazetteer(text: string): Gazetteer {
  const nl0 = text.indexOf('\n');
  const head = text.slice(0, nl0);
  if (!head.startsWith(FORMAT)) throw new Error('gazetteer: unknown format (rebuild with `npm run geo`)');
  const n = Number(head.slice(head.indexOf('\t') + 1));
  // entry line offsets: parsed lazily
  const starts = new Int32Array(n + 1);
  let pos = nl0 + 1;
  for (let i = 0; i < n; i++) {
    starts[i] = pos;
    pos = text.indexOf('\n', pos) + 1;
  }
  starts[n] = pos;
  // names: sorted lines "key<TAB>flags<TAB>refs"; only their offsets are kept, looked up by binary search
  // and cached once parsed (loading stays one linear scan with no per-line allocation)
  const len = text.length;
  let lineStarts = new Int32Array(1 << 18);
  let m = 0;
  // every key's hash is marked in `known` on the way: most words of a text name no place, and the table
  // answers so without a map lookup or a binary search (see keyHash)
  const known = new Uint32Array(KNOWN_WORDS);
  while (pos < len) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = len;
    if (nl > pos) {
      if (m === lineStarts.length) {
        const grown = new Int32Array(m * 2);
        grown.set(lineStarts);
        lineStarts = grown;
      }
      lineStarts[m++] = pos;
      let h = HASH_SEED;
      for (let k = pos; k < nl; k++) {
        const c = text.charCodeAt(k);
        if (c === 9) break;
        h = Math.imul(h ^ c, HASH_PRIME);
      }
      const bit = h >>> (32 - KNOWN_BITS);
      known[bit >>> 5]! |= 1 << (bit & 31);
    }
    pos = nl + 1;
  }
  /** False when `key` is certainly no key of the name lines (true: it may be one). */
  const mayBeKey = (key: string): boolean => {
    const bit = keyHash(key) >>> (32 - KNOWN_BITS);
    return ((known[bit >>> 5]! >>> (bit & 31)) & 1) !== 0;
  };
  /** Compare `key` with the key of the line starting at `at` (JS string order: code units, prefix first). */
  const compare = (key: string, at: number): number => {
    const kl = key.length;
    for (let k = 0; ; k++) {
      const c2 = text.charCodeAt(at + k);
      if (k === kl) return c2 === 9 ? 0 : -1;
      if (c2 === 9) return 1;
      const c1 = key.charCodeAt(k);
      if (c1 !== c2) return c1 - c2;
    }
  };
  /** Start of the line whose key is `key`, or -1. */
  const find = (key: string): number => {
    let lo = 0;
    let hi = m - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = compare(key, lineStarts[mid]!);
      if (c === 0) return lineStarts[mid]!;
      if (c < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return -1;
  };
  const valueAt = (at: number): string => {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = len;
    return text.slice(text.indexOf('\t', at) + 1, nl);
  };
  const dhAt = find('#d');
  const demonymHeads = new Set(dhAt >= 0 ? unescapeGaz(valueAt(dhAt)).slice(1).split(' ') : []);
  const pnAt = find('#n');
  const personNames = new Set(pnAt >= 0 ? unescapeGaz(valueAt(pnAt)).slice(1).split(' ') : []);
  // parsed records: NameRecord, PREFIX (only starts longer names) or UNKNOWN
  const cache = new Map<string, NameRecord>();
  const entries: Array<GazEntry | undefined> = new Array(n);
  let sortedKeys: string[] | undefined;

  const entry = (i: number): GazEntry => {
    let e = entries[i];
    if (e) return e;
    const f = text.slice(starts[i]!, starts[i + 1]! - 1).split('\t');
    const cc = f[3]!;
    const gid = f[4] ? Number(f[4]) : undefined;
    const raw = unescapeGaz(f[8]!);
    const nm = raw.startsWith('=')
      ? [`${raw.slice(1)} region`, `região de ${raw.slice(1)}`, `región de ${raw.slice(1)}`, `région de ${raw.slice(1)}`]
      : raw.split('|');
    const en = nm[0]!;
    e = {
      index: i,
      id: f[9] ? unescapeGaz(f[9]) : `geonames:${gid}`,
      kind: KIND[f[0]!] ?? 'other',
      lon: Number(f[1]),
      lat: Number(f[2]),
      country: cc,
      population: f[5] ? Number(f[5]) : 0,
      fcode: f[6] || 'PPL',
      admin1: f[7] ? `${cc}.${f[7]}` : '',
      names: { en, pt: nm[1] || en, es: nm[2] || en, fr: nm[3] || en },
    };
    if (gid) e.geonameId = gid;
    entries[i] = e;
    return e;
  };

  const parse = (v: string): NameRecord => {
    const t = v.indexOf('\t');
    const list = v.slice(t + 1);
    if (!list) return PREFIX;
    return {
      flags: v.slice(0, t),
      refs: list.split(',').map((r) => {
        const last = r.charCodeAt(r.length - 1);
        const typed = last >= 97 && last <= 122;
        return { entry: Number(typed ? r.slice(0, -1) : r), type: (typed ? r[r.length - 1] : '') as RefType };
      }),
    };
  };
  const record = (key: string): NameRecord => {
    if (needsEscape(key)) key = escapeGaz(key);
    if (!mayBeKey(key)) return UNKNOWN;
    let rec = cache.get(key);
    if (rec) return rec;
    const at = find(key);
    rec = at < 0 ? UNKNOWN : parse(valueAt(at));
    if (cache.size > 1_000_000) cache.clear();
    cache.set(key, rec);
    return rec;
  };
  const lookup = (key: string): NameRecord | undefined => {
    const rec = record(key);
    return rec === PREFIX || rec === UNKNOWN ? undefined : rec;
  };

  return {
    size: n,
    demonymHeads,
    personNames,
    lookup,
    hasPrefix: (key) => record(key) !== UNKNOWN,
    probe: (key) => {
      const rec = record(key);
      return rec === UNKNOWN ? undefined : rec === PREFIX ? null : rec;
    },
    entry,
    keys: () => {
      if (!sortedKeys) {
        sortedKeys = [];
        let escaped = false;
        for (let i = 0; i < m; i++) {
          const at = lineStarts[i]!;
          const t = text.indexOf('\t', at);
          if (text.charCodeAt(t + 1) === 112 /* p: prefix only */ || text.charCodeAt(at) === 35 /* # */) continue;
          const key = text.slice(at, t);
          if (key.includes('\\')) escaped = true;
          sortedKeys.push(unescapeGaz(key));
        }
        // the file sorts escaped keys; a prefix search needs them in their own order
        if (escaped) sortedKeys.sort();
      }
      return sortedKeys;
    },
  };
}

/**
 * Places whose name starts with `query` (accents and case ignored), best known first: for the
 * "pick another candidate" search of the map UI.
 */
export function searchGazetteer(gaz: Gazetteer, query: string, limit = 10): GazEntry[] {
  const q = nameKey(query);
  if (!q) return [];
  const keys = gaz.keys();
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < q) lo = mid + 1;
    else hi = mid;
  }
  const seen = new Set<number>();
  const found: GazEntry[] = [];
  for (let i = lo; i < keys.length && keys[i]!.startsWith(q) && found.length < limit * 20; i++) {
    for (const r of gaz.lookup(keys[i]!)?.refs ?? []) {
      if (r.type === 'q' || r.type === 'b' || seen.has(r.entry)) continue;
      seen.add(r.entry);
      found.push(gaz.entry(r.entry));
    }
  }
  const rank = (e: GazEntry): number =>
    (e.kind === 'country' ? 1e12 : e.kind === 'other' ? 1e10 : 0) + e.population + (e.fcode === 'ADM1' ? 1e9 : 0);
  return found.sort((a, b) => rank(b) - rank(a)).slice(0, limit);
}

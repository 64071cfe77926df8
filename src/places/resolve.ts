/**
 * Place resolution: choose one gazetteer entry for each recognised name, one sense per document.
 *
 * Score = prior (kind, population, capital/admin seat) + cue (region/city words) + qualifier
 * ("Bangor, Maine", "Wonsan, na Coreia do Norte": the candidate lies in the qualifying place) +
 * mutual support (two ambiguous names with senses next to each other: "Paris" and "Henry County") +
 * document context (second round: share of the document's places in the candidate's country, another
 * place of the document in the same first-level region, distance to the document's other places).
 * Capitals used for governments ("Moscou e Pyongyang") are plain city names and resolve to the cities.
 */
import type { Candidate, Lang, Mention, Place } from '../story';
import type { GazEntry, Gazetteer } from './gazetteer';
import type { RawMention } from './recognize';
import { languageVariant } from '../text/variant';
import { fold, nameKey } from '../text/normalize';
import { TRAVELLERS } from './lexicon';

interface Group {
  key: string;
  mentions: RawMention[];
  cands: GazEntry[];
  base: number[];
  score: number[];
  best: number;
  qualifiers: Group[];
  /** Named only as the nationality of travelling people (see weightOf). */
  travellers?: boolean;
}

const R = 6371;
/** Bonus of a town or region in the country of the article's language variant. */
const VARIANT_W = 2.5;
function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLon = (b.lon - a.lon) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Kilometres per degree of latitude along a meridian (the least distance a latitude difference implies). */
const KM_PER_DEG_LAT = (R * Math.PI) / 180;

/**
 * km(a, b) < limit. Most pairs of places lie far apart in latitude alone: their distance is at least the
 * meridian arc between the latitudes, so they are rejected without trigonometry (with a 1% margin, far
 * above rounding, so the answer is always the one km() gives).
 */
function closerThan(a: { lat: number; lon: number }, b: { lat: number; lon: number }, limit: number): boolean {
  if (Math.abs(b.lat - a.lat) * KM_PER_DEG_LAT > limit * 1.01) return false;
  return km(a, b) < limit;
}

const WORD_BEFORE = /([\p{L}-]+)\s+$/u;
const WORD_AFTER = /^\s+([\p{L}-]+)/u;

/** Is the demonym mention a nationality of travelling people (the word before or after it)? */
function travellers(text: string, m: RawMention): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start))?.[1];
  const after = WORD_AFTER.exec(text.slice(m.end, m.end + 24))?.[1];
  return (before !== undefined && TRAVELLERS.has(fold(before))) || (after !== undefined && TRAVELLERS.has(fold(after)));
}

/**
 * How much a place counts as document context: up to three mentions; a place named only as the
 * nationality of travelling people weighs a quarter of a named place.
 */
function weightOf(g: Group): number {
  return Math.min(3, g.mentions.length) * (g.travellers ? 0.25 : 1);
}

/** Prior of an entry before any context. */
export function prior(e: GazEntry): number {
  switch (e.kind) {
    case 'country':
      return e.fcode === 'PCLI' ? 20 : 17;
    case 'other':
      return 15;
    case 'region':
      // a special administrative region (Hong Kong, Macau) ranks like a dependent territory
      if (e.fcode === 'PCLS') return 17;
      return e.fcode === 'ADM2' ? 7 : 10 + 0.3 * Math.log10(1 + e.population);
    default: {
      const p = Math.log10(1 + e.population);
      const bonus =
        e.fcode === 'PPLC' ? 3 : e.fcode === 'PPLA' ? 1 : e.fcode === 'PPLX' ? -1.5 : 0;
      return p + bonus;
    }
  }
}

/** Does `outer` contain `inner` (country or first-level region)? */
function contains(outer: GazEntry, inner: GazEntry): boolean {
  if (outer.index === inner.index) return false;
  if (outer.kind === 'country' || outer.fcode === 'PCLS') return inner.country === outer.country && inner.kind !== 'country';
  if (outer.kind === 'region' && outer.admin1 && outer.fcode === 'ADM1')
    return inner.admin1 === outer.admin1 && inner.kind !== 'country' && inner.fcode !== 'ADM1';
  return false;
}

export function resolve(text: string, all: RawMention[], gaz: Gazetteer, lang: Lang): Place[] {
  // streets and water bodies have no entry: located once the towns are known (recognize() puts them last)
  let cut = all.length;
  while (cut > 0 && all[cut - 1]!.street) cut--;
  const raw = sharedNames(cut === all.length ? all : all.slice(0, cut), gaz);
  // group mentions: one sense per document for a name (separately when a region cue is present)
  const groups = new Map<string, Group>();
  const groupOf: Group[] = [];
  const candSeen = new Map<Group, Set<number>>();
  for (const m of raw) {
    const gk = m.via === 'name' ? `${m.key}|${m.cue === 'region' ? 'r' : ''}` : `#${m.refs[0]!.entry}`;
    let g = groups.get(gk);
    if (!g) {
      g = { key: gk, mentions: [], cands: [], base: [], score: [], best: 0, qualifiers: [] };
      groups.set(gk, g);
    }
    g.mentions.push(m);
    // (a name with many senses mentioned many times: a set, not a scan of the candidates per reference)
    let seen = candSeen.get(g);
    if (!seen) candSeen.set(g, (seen = new Set()));
    for (const r of m.refs) {
      if (seen.has(r.entry)) continue;
      seen.add(r.entry);
      g.cands.push(gaz.entry(r.entry));
    }
    groupOf.push(g);
  }
  raw.forEach((m, k) => {
    if (m.container !== undefined) groupOf[k]!.qualifiers.push(groupOf[m.container]!);
  });
  const list = [...groups.values()];

  // round 0: priors and cues
  for (const g of list) {
    const regionCue = g.mentions.some((m) => m.cue === 'region');
    const cityCue = g.mentions.some((m) => m.cue === 'city');
    const areaCue = !regionCue && !cityCue && g.mentions.some((m) => m.cue === 'area');
    const hasRegion = g.cands.some((e) => e.kind === 'region' && e.fcode === 'ADM1');
    g.base = g.cands.map((e) => {
      let s = prior(e);
      if (regionCue) s += e.kind === 'region' ? 12 : -4;
      if (cityCue) s += e.kind === 'city' ? 12 : -4;
      // "the New York border", "the Georgia state line": a state (over a town or a far country)
      if (areaCue) s += e.kind === 'city' ? -8 : e.kind === 'region' && e.fcode === 'ADM1' ? 3 : 0;
      // a capital or a big city beats a same-named region unless a cue says region
      if (!regionCue && e.kind === 'city' && hasRegion && (e.fcode === 'PPLC' || e.population >= 500_000)) s += 6;
      return s;
    });
    g.score = g.base.slice();
  }
  // qualifiers: "X, Y" — candidates of X inside some candidate of Y (and vice versa)
  for (const g of list) {
    for (const q of g.qualifiers) {
      g.cands.forEach((e, i) => {
        q.cands.forEach((o, k) => {
          if (contains(o, e)) {
            g.base[i]! += 10;
            q.base[k]! += 4;
          }
        });
      });
    }
  }
  // the article's national variant (European or Brazilian Portuguese, Spain's Spanish): a weak prior for
  // towns and regions of that country, outweighed by the document's own places in round 1
  const variant = languageVariant(text, lang);
  if (variant)
    for (const g of list)
      if (g.cands.length > 1)
        g.cands.forEach((e, i) => {
          if (e.country === variant && e.kind !== 'country') g.base[i]! += VARIANT_W;
        });
  for (const g of list) {
    g.score = g.base.slice();
    g.travellers = g.mentions.every((m) => m.via === 'demonym' && travellers(text, m));
  }
  shortForms(list);
  mutualSupport(list);
  for (const g of list) {
    g.score = g.base.slice();
    g.best = argmax(g.score);
  }
  listedWith(text, raw, groupOf, STATE, LIST_W, false);
  listedWith(text, raw, groupOf, COUNTRY, COUNTRY_LIST_W, true);
  sameSentenceCountry(text, raw, groupOf);

  // round 1 and 2: document context
  for (let round = 0; round < 2; round++) {
    const ccWeight = new Map<string, number>();
    const adminSeen = new Map<string, number>();
    const statesNamed = new Set<string>();
    let total = 0;
    for (const g of list) {
      const e = g.cands[g.best];
      if (!e) continue;
      const w = weightOf(g);
      total += w;
      if (e.country) ccWeight.set(e.country, (ccWeight.get(e.country) ?? 0) + w);
      if (e.admin1) adminSeen.set(e.admin1, (adminSeen.get(e.admin1) ?? 0) + 1);
      if (e.fcode === 'ADM1' && e.admin1) statesNamed.add(e.admin1);
    }
    // unambiguous places (at most 200, the most mentioned: keeps huge documents linear)
    const anchors = list
      .filter((g) => g.cands.length === 1 || g.score[g.best]! - secondBest(g.score) > 4)
      .sort((a, b) => b.mentions.length - a.mentions.length)
      .slice(0, 200);
    for (const g of list) {
      const own = g.cands[g.best];
      const gw = weightOf(g);
      const world = worldCity(g);
      const local = g.mentions.some((m) => m.local);
      g.score = g.cands.map((e, i) => {
        let s = g.base[i]!;
        // country and state of the document: a small namesake of a world city ("Paris", Illinois beside
        // Chicago) takes them only with local evidence of its own (a qualifier, a cue, a neighbouring
        // place: a local-news use such as "a Paris teen", its base above its prior, its state named or two
        // other places of its state, or a place of the document within NEAR_LOCAL_KM)
        let doc = 0;
        let sameAdmin = 0;
        if (e.country && total > 0) {
          // share of the other places of the document in this country
          const selfW = own && own.country === e.country ? gw : 0;
          const others = total - (own ? gw : 0);
          // (a share of less than one named place's worth of context counts for that much less)
          if (others > 0) doc += ((6 * ((ccWeight.get(e.country) ?? 0) - selfW)) / others) * Math.min(1, others);
        }
        if (e.admin1) {
          const n = (adminSeen.get(e.admin1) ?? 0) - (own && own.admin1 === e.admin1 ? 1 : 0);
          // (a first-level region holding a town of the document: "Georgia" beside Atlanta is the state)
          if (n > 0) doc += 5;
          sameAdmin = n;
        }
        // (a capital is never a small namesake: "New Delhi" beside the larger Delhi that shares the name)
        const small = world !== undefined && e !== world && e.kind === 'city' && e.fcode !== 'PPLC' && e.population * SMALL_RATIO < world.population;
        // a country named nowhere else in a document about another country, when a same-named place
        // lies where the document is ("Palestine" and "Jordan" in a Texas or Minnesota local story)
        if (e.kind === 'country' && total > 0) {
          const others = total - (own ? gw : 0);
          const selfW = own && own.country === e.country ? gw : 0;
          const mine = others > 0 ? ((ccWeight.get(e.country) ?? 0) - selfW) / others : 0;
          if (others >= 2 && mine === 0) {
            const local = g.cands.some(
              (o) =>
                o.kind !== 'country' &&
                o.country !== e.country &&
                (((ccWeight.get(o.country) ?? 0) - (own && own.country === o.country ? selfW : 0)) / others >= 0.75 ||
                  (o.admin1 !== '' && (adminSeen.get(o.admin1) ?? 0) > (own && own.admin1 === o.admin1 ? 1 : 0))),
            );
            if (local) s -= 8;
          }
        }
        // distance to unambiguous places of the document
        // ("Families in Punjab [...] bankers in Chandigarh": a first-level region beside a place of the document
        // is the one around it.)
        if (e.kind === 'region' && e.fcode === 'ADM1' && g.cands.length > 1) {
          let near = 0;
          for (const a of anchors) {
            if (a === g) continue;
            const ae = a.cands[a.best]!;
            if (ae.kind !== 'city') continue;
            if (closerThan(ae, e, 250)) near++;
          }
          if (near) s += Math.min(3, near * 1.5);
        }
        if (e.kind === 'city' || e.fcode === 'ADM2') {
          let near = 0;
          for (const a of anchors) {
            if (a === g) continue;
            const ae = a.cands[a.best]!;
            if (ae.kind === 'country' || ae.kind === 'other') continue;
            if (closerThan(ae, e, small ? NEAR_LOCAL_KM : 250)) near++;
          }
          if (near) s += Math.min(5, near * 2);
          if (small && doc > 0 && near === 0) {
            const supported = local || sameAdmin >= 2 || statesNamed.has(e.admin1) || g.base[i]! > prior(e) + 1.5;
            if (!supported) doc *= 0.25;
          }
        }
        s += doc;
        return s;
      });
      g.best = argmax(g.score);
    }
  }

  // places: groups resolving to the same entry merge
  const byEntry = new Map<number, { e: GazEntry; groups: Group[] }>();
  for (const g of list) {
    const e = g.cands[g.best];
    if (!e) continue;
    let p = byEntry.get(e.index);
    if (!p) byEntry.set(e.index, (p = { e, groups: [] }));
    p.groups.push(g);
  }
  const places: Place[] = [];
  for (const { e, groups: gs } of byEntry.values()) {
    const mentions: Mention[] = [];
    for (const g of gs)
      for (const m of g.mentions) mentions.push({ start: m.start, end: m.end, text: m.text, via: m.via });
    mentions.sort((a, b) => a.start - b.start);
    const g0 = gs.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
    const sorted = g0.score.map((s, i) => ({ s, i })).sort((a, b) => b.s - a.s);
    const margin = sorted.length > 1 ? sorted[0]!.s - sorted[1]!.s : 8;
    const confidence = Math.round((1 / (1 + Math.exp(-margin / 2))) * 100) / 100;
    const candidates: Candidate[] = sorted
      .filter((x) => x.i !== g0.best)
      .slice(0, 5)
      .map(({ s, i }) => toCandidate(g0.cands[i]!, lang, s));
    const place: Place = {
      id: e.id,
      name: displayName(e, mentions, lang),
      kind: e.kind,
      lon: e.lon,
      lat: e.lat,
      mentions,
      confidence,
      candidates,
    };
    if (e.country) place.country = e.country;
    if (e.geonameId) place.geonameId = e.geonameId;
    if (e.fcode === 'PPLC') place.capital = true;
    places.push(place);
  }
  if (cut < all.length) places.push(...locateStreets(all.slice(cut), places, gaz, lang));
  places.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return places;
}

/** A namesake this many times smaller than a world city needs local evidence (see worldCity). */
const SMALL_RATIO = 10;
const NEAR_LOCAL_KM = 200;

/**
 * The group's well-known city, if any: the largest candidate that is a capital, a city of half a million or
 * a first-level seat of 200,000 ("Paris", "Portland", Oregon, "Venice", Italy).
 */
function worldCity(g: Group): GazEntry | undefined {
  let w: GazEntry | undefined;
  for (const e of g.cands)
    if (e.kind === 'city' && (e.fcode === 'PPLC' || e.population >= 500_000 || (e.fcode === 'PPLA' && e.population >= 200_000)) && (!w || e.population > w.population)) w = e;
  return w;
}

/** Water bodies and landforms whose first words may name a known place ("Guantánamo Bay", "Mississippi River"). */
const LANDFORMS = new Set('river creek lake bayou island islands valley beach bay forest mountain mountains canyon park peninsula desert'.split(' '));

/**
 * Streets, roads and water bodies ("Main Street", "Hudson River") lie in the town the article is about:
 * the most mentioned town (else the most mentioned region below country level). They take its point,
 * with a low confidence and `within` naming it; without such a place they are left out. A water body or
 * landform named after a known place ("Guantánamo Bay", "Mississippi River") takes that place's point
 * instead (its best sense in a country the article mentions, else its best sense).
 */
function locateStreets(streets: RawMention[], places: Place[], gaz: Gazetteer, lang: Lang): Place[] {
  let home: Place | undefined;
  for (const kind of ['city', 'region'] as const) {
    for (const p of places) if (p.kind === kind && (!home || p.mentions.length > home.mentions.length)) home = p;
    if (home) break;
  }
  const countries = new Set(places.map((p) => p.country ?? ''));
  const byKey = new Map<string, Place>();
  for (const m of streets) {
    let p = byKey.get(m.key);
    if (!p) {
      const words = m.key.split(' ');
      const named = LANDFORMS.has(words[words.length - 1]!) ? words.slice(0, -1) : words[0] === 'lake' ? words.slice(1) : [];
      let at: { id: string; lon: number; lat: number; country: string } | undefined = home && { ...home, country: home.country ?? '' };
      if (named.length) {
        let best: GazEntry | undefined;
        let bestScore = -Infinity;
        for (const r of gaz.lookup(named.join(' '))?.refs ?? []) {
          if (r.type !== '') continue;
          const e = gaz.entry(r.entry);
          const s = prior(e) + (countries.has(e.country) ? 10 : 0);
          if (s > bestScore) [best, bestScore] = [e, s];
        }
        if (best) {
          // the feature is a mention of that place ("Guantánamo Bay" -> Guantánamo)
          let own = places.find((q) => q.id === best.id) ?? byKey.get(`#${best.id}`);
          if (!own) {
            own = { id: best.id, name: best.names[lang], kind: best.kind, lon: best.lon, lat: best.lat, mentions: [], confidence: 0.5, candidates: [] };
            if (best.country) own.country = best.country;
            if (best.geonameId) own.geonameId = best.geonameId;
            if (best.fcode === 'PPLC') own.capital = true;
            byKey.set(`#${best.id}`, own);
          }
          byKey.set(m.key, own);
          own.mentions.push({ start: m.start, end: m.end, text: m.text, via: m.via });
          own.mentions.sort((a, b) => a.start - b.start);
          continue;
        }
      }
      // (a town the gazetteer lacks, qualified by the country it lies in, "Banki, in Nigeria", takes that country's point)
      if (m.inside) {
        const inside = m.inside.start;
        const q = places.find((x) => x.mentions.some((y) => y.start === inside));
        at = q && { id: q.id, lon: q.lon, lat: q.lat, country: q.country ?? '' };
      }
      if (!at) continue;
      // (a locality named after a cue, "the village of X", is a settlement of its own: "locality:", not "street:")
      p = { id: `${m.locality ? 'locality' : 'street'}:${m.key.replace(/ /g, '-')}`, name: m.text, kind: 'other', lon: at.lon, lat: at.lat, mentions: [], confidence: 0.3, candidates: [], within: at.id };
      if (at.country) p.country = at.country;
      byKey.set(m.key, p);
    }
    p.mentions.push({ start: m.start, end: m.end, text: m.text, via: m.via });
    if (p.mentions.length > 1 && p.mentions[p.mentions.length - 2]!.start > m.start) p.mentions.sort((a, b) => a.start - b.start);
  }
  // places made here, once each (a feature named after a place of the document joined that place)
  return [...new Set(byKey.values())].filter((p) => !places.includes(p));
}

/**
 * Two ambiguous names that have senses next to each other support those senses ("Paris" and "Henry
 * County": Paris, Tennessee lies in Henry County, Tennessee): a candidate town or county gets a bonus for
 * each other name of the document with a candidate within NEAR_KM, and a smaller one for each other
 * name with a candidate in the same first-level region. Candidates are bucketed in 1° cells so that
 * the pass stays linear in long documents (at most CELL_CAP entries looked at per cell).
 */
const NEAR_KM = 40;
const CELL_CAP = 64;
const PLAUSIBLE = 8;
const NEAR_W = 2;
const NEAR_CAP = 4;
function mutualSupport(list: Group[]): void {
  const local = (e: GazEntry): boolean => e.kind === 'city' || (e.kind === 'region' && e.fcode === 'ADM2');
  const ambiguous = list.filter((g) => g.cands.length > 1 || (g.cands[0] !== undefined && local(g.cands[0])));
  if (ambiguous.length < 2) return;
  const cells = new Map<number, Array<{ g: Group; e: GazEntry }>>();
  const admins = new Map<string, Set<Group>>();
  const cell = (lat: number, lon: number): number => (Math.floor(lat) + 90) * 400 + (Math.floor(lon) + 180);
  // only plausible senses take part: within PLAUSIBLE of the name's best prior and cue score ("Mexico" the country
  // leaves its namesake towns out)
  const plausible = new Map<Group, number>();
  for (const g of ambiguous) plausible.set(g, Math.max(...g.score) - PLAUSIBLE);
  // and only in countries in play: the country of some name's first choice ("Toledo" and "Santander"
  // in a Spanish article do not support each other in the Philippines)
  const inPlay = new Set<string>();
  for (const g of list) {
    const e = g.cands[argmax(g.score)];
    if (e) inPlay.add(e.country);
  }
  for (const g of ambiguous) {
    const floor = plausible.get(g)!;
    for (const [i, e] of g.cands.entries()) {
      if (!local(e) || g.score[i]! < floor || !inPlay.has(e.country)) continue;
      const k = cell(e.lat, e.lon);
      let l = cells.get(k);
      if (!l) cells.set(k, (l = []));
      if (l.length < CELL_CAP) l.push({ g, e });
      if (e.admin1) {
        let a = admins.get(e.admin1);
        if (!a) admins.set(e.admin1, (a = new Set()));
        if (a.size < CELL_CAP) a.add(g);
      }
    }
  }
  const near = new Set<Group>();
  const gain: number[][] = [];
  for (const g of ambiguous) {
    const floor = plausible.get(g)!;
    const add: number[] = (gain[gain.length] = []);
    g.cands.forEach((e, i) => {
      add[i] = 0;
      if (!local(e) || g.score[i]! < floor || !inPlay.has(e.country)) return;
      near.clear();
      const lat0 = Math.floor(e.lat);
      const lon0 = Math.floor(e.lon);
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++)
          for (const o of cells.get(cell(lat0 + dy, lon0 + dx)) ?? [])
            if (o.g !== g && !near.has(o.g) && km(e, o.e) <= NEAR_KM) near.add(o.g);
      let same = 0;
      if (e.admin1) for (const h of admins.get(e.admin1) ?? []) if (h !== g && !near.has(h)) same++;
      add[i] = Math.min(NEAR_CAP, NEAR_W * near.size) + Math.min(2, same);
    });
  }
  ambiguous.forEach((g, k) => g.cands.forEach((_, i) => (g.base[i]! += gain[k]![i]!)));
}

/**
 * Names two countries share, used without a qualifier ("Korea", "Coreia", "Korean", "coreano", "coréen"):
 * [test of the plain form, the country they name by default, the other country]. The gazetteer points
 * them to the default (the Republic of Korea, whose short name is "Korea"); in a document that names the
 * other country ("North Korea", "DPRK", "norte-coreano") and never the default one with its qualifier,
 * they mean the other country.
 */
const SHARED_NAMES: Array<[RegExp, string, string]> = [
  [/^(?:korea|coreia|coréia|corea|corée|koreans?|corean[oa]s?|coréen(?:ne)?s?)$/i, 'KR', 'KP'],
];

function sharedNames(raw: RawMention[], gaz: Gazetteer): RawMention[] {
  let out = raw;
  for (const [plain, byDefault, other] of SHARED_NAMES) {
    const plainAt: number[] = [];
    let otherEntry = -1;
    let qualified = false;
    raw.forEach((m, k) => {
      if (m.refs.length !== 1) return;
      const e = gaz.entry(m.refs[0]!.entry);
      if (e.kind !== 'country') return;
      if (e.country === byDefault) {
        if (plain.test(m.text)) plainAt.push(k);
        else qualified = true;
      } else if (e.country === other) otherEntry = e.index;
    });
    if (!plainAt.length || otherEntry < 0 || qualified) continue;
    if (out === raw) out = raw.slice();
    for (const k of plainAt) out[k] = { ...out[k]!, refs: [{ ...out[k]!.refs[0]!, entry: otherEntry }] };
  }
  return out;
}

/** Bonus of the longer town a short form stands for. */
const SHORT_W = 10;

/**
 * A town named in full and then by its first word(s) ("Castelo Branco" ... "Castelo", "Ponte de Lima" ...
 * "Ponte", "Salt Lake City" ... "Salt Lake"): the short form is the same town. The longer name's best
 * town joins the short name's candidates with a bonus. Only for names that are towns alone (a country or
 * region keeps its sense: "Kansas" beside "Kansas City"). Linear: one map of the names' word prefixes.
 */
function shortForms(list: Group[]): void {
  const byPrefix = new Map<string, Group>();
  for (const g of list) {
    if (g.key.startsWith('#')) continue;
    const e = g.cands[argmax(g.score)];
    if (!e || e.kind !== 'city') continue;
    const words = g.key.slice(0, g.key.indexOf('|')).split(' ');
    for (let k = 1; k < words.length && k <= 3; k++) {
      const p = words.slice(0, k).join(' ');
      if (!byPrefix.has(p)) byPrefix.set(p, g);
    }
  }
  if (!byPrefix.size) return;
  for (const g of list) {
    if (g.key.startsWith('#') || g.key.endsWith('|r')) continue;
    const long = byPrefix.get(g.key.slice(0, g.key.indexOf('|')));
    if (!long || long === g || !g.cands.every((e) => e.kind === 'city')) continue;
    const e = long.cands[argmax(long.score)]!;
    let i = g.cands.findIndex((o) => o.index === e.index);
    if (i < 0) {
      i = g.cands.length;
      g.cands.push(e);
      g.base.push(prior(e));
    }
    g.base[i]! += SHORT_W;
  }
}

/** Words that join the items of a list ("Missouri, New York and Virginia", "California or Washington"). */
const LIST_JOINER = /^(?:,\s*|,?\s+(?:and|or|e|ou|y|o|et)\s+)$/;
const LIST_W = 6;

/** A sense a list can give its items: a first-level region, a country. */
type Sense = (e: GazEntry) => boolean;
const STATE: Sense = (e) => e.kind === 'region' && e.fcode === 'ADM1';
const COUNTRY: Sense = (e) => e.kind === 'country';
/**
 * Boost of a country sense beside countries: more than a state's LIST_W, as it must outweigh a US story's towns, whose state
 * and neighbours back "Peru", Illinois.
 */
const COUNTRY_LIST_W = 8;

/**
 * A name listed beside names resolved to a sense names one too: "Missouri, New York, North Carolina and Virginia", "states
 * such as California or Washington" (first-level regions, STATE, LIST_W); "turned to Peru and Colombia", "Japão, Peru e Chile"
 * (countries, COUNTRY, COUNTRY_LIST_W, names only: a nationality lists no country). Its candidates of that sense gain `weight`
 * in the base score, so that the document's context later weighs against them, not instead of them.
 */
function listedWith(text: string, raw: RawMention[], groupOf: Group[], sense: Sense, weight: number, namesOnly: boolean): void {
  const resolvedTo = (g: Group | undefined): boolean => {
    const e = g?.cands[g.best];
    return e !== undefined && sense(e);
  };
  const listable = (m: RawMention | undefined): m is RawMention => m !== undefined && (!namesOnly || m.via === 'name');
  const boosted = new Set<Group>();
  for (let k = 0; k < raw.length; k++) {
    const g = groupOf[k]!;
    const m = raw[k]!;
    // (all candidates of the sense, or none: nothing to choose)
    if (boosted.has(g) || !listable(m) || !g.cands.some(sense) || g.cands.every(sense)) continue;
    const joined = (a: RawMention | undefined, b: RawMention | undefined, other: Group | undefined): boolean =>
      listable(a) && listable(b) && other !== undefined && other !== g && resolvedTo(other) && b.start - a.end <= 6 && LIST_JOINER.test(text.slice(a.end, b.start));
    if (joined(raw[k - 1], m, groupOf[k - 1]) || joined(m, raw[k + 1], groupOf[k + 1])) {
      boosted.add(g);
      g.cands.forEach((e, i) => {
        if (sense(e)) g.base[i]! += weight;
      });
      g.score = g.base.slice();
      g.best = argmax(g.score);
    }
  }
}

/** Where a sentence ends: a full stop, question or exclamation mark (and closing quotes) before a space, or a blank line. */
const SENTENCE_END = /[.!?…]["'»”’)]*\s|\n\s*\n/;
const SENTENCE_W = 3;
/** Added to SENTENCE_W for the country a sentence opens on as its frame ("In Panama, ..."). */
const FRAME_W = 5;
/** A sentence's opening locative before a place: "In", "Au", "Em", "No", "En", "Dans" (capitalised, after a sentence end or a dateline). */
const FRAME_BEFORE = /(?:^|[.!?…]["'»”’)]*\s+|\n\s*|\s[-–—]\s+)(?:In|Em|No|Na|Nos|Nas|En|Au|Aux|Dans|À)\s+(?:(?:the|el|la|los|las|le|les|l['’])\s*)?$/;
/** The frame ends with a comma right after the place ("Au Panama, le gouvernement"). */
const FRAME_AFTER = /^\s*,/;

/**
 * A country the same sentence names, or whose people it names, holds the sentence's ambiguous towns ("la
 * policía española decomisó en el puerto de Algeciras" is Algeciras, Spain; "Mexican helicopters flew in
 * from Veracruz"): a candidate town or region in that country gains SENTENCE_W, once. Countries count when
 * their group is sure (one sense, or a lead of more than 4). One pass over the mentions in text order.
 */
function sameSentenceCountry(text: string, raw: RawMention[], groupOf: Group[]): void {
  // sentence number of each mention (raw is in text order, streets and localities cut off before resolve() calls this; a mention
  // starting before the previous one ends opens a new number; the gaps between mentions are read once)
  const sentence = new Array<number>(raw.length);
  let n = 0;
  for (let k = 0; k < raw.length; k++) {
    if (k > 0 && (raw[k]!.start < raw[k - 1]!.end || SENTENCE_END.test(text.slice(raw[k - 1]!.end, raw[k]!.start)))) n++;
    sentence[k] = n;
  }
  const sure = (g: Group): string | undefined => {
    const e = g.cands[g.best];
    if (!e || (e.kind !== 'country' && e.fcode !== 'PCLS') || !e.country) return undefined;
    return g.cands.length === 1 || g.score[g.best]! - secondBest(g.score) > 4 ? e.country : undefined;
  };
  const bonus = new Map<Group, Set<string>>();
  const framed = new Map<Group, string>();
  let from = 0;
  while (from < raw.length) {
    let to = from;
    while (to < raw.length && sentence[to] === sentence[from]) to++;
    const named = new Set<string>();
    for (let k = from; k < to; k++) {
      // (not people named by their nationality on the move: "jornaleros filipinos llegarán a Almería")
      if (raw[k]!.via === 'demonym' && travellers(text, raw[k]!)) continue;
      const cc = sure(groupOf[k]!);
      if (cc) named.add(cc);
    }
    // ("Au Panama, le gouvernement a annoncé [...] une centrale à Colón": a country named as the sentence's opening frame, "In X,",
    // holds the sentence's ambiguous places more surely than a country named anywhere in it.)
    const m0 = raw[from]!;
    const frame = m0.via === 'name' ? sure(groupOf[from]!) : undefined;
    const framing = frame !== undefined && FRAME_AFTER.test(text.slice(m0.end, m0.end + 3)) && FRAME_BEFORE.test(text.slice(Math.max(0, m0.start - 40), m0.start));
    if (named.size)
      for (let k = from; k < to; k++) {
        const g = groupOf[k]!;
        if (g.cands.length < 2 || sure(g)) continue;
        let set = bonus.get(g);
        if (!set) bonus.set(g, (set = new Set()));
        for (const cc of named) set.add(cc);
        if (framing && k > from) framed.set(g, frame!);
      }
    from = to;
  }
  for (const [g, ccs] of bonus) {
    const countries = new Set(g.cands.map((e) => e.country));
    if (countries.size < 2) continue;
    // (never a small namesake of a world city called by its own name: "London's Heathrow … and Air Canada" is
    // no London, Ontario; but "Poti" is an old name of Teresina, and "the terminal at Poti" in a Georgian
    // sentence is P'ot'i)
    let world = worldCity(g);
    // (a demonym group, "#entry", has no name to compare: no world-city guard)
    const bar = g.key.indexOf('|');
    const key = bar < 0 ? '' : g.key.slice(0, bar);
    if (world && !Object.values(world.names).some((n) => nameKey(n) === key)) world = undefined;
    g.cands.forEach((e, i) => {
      if (world && e !== world && e.population * SMALL_RATIO < world.population) return;
      if (e.kind !== 'country' && ccs.has(e.country)) g.base[i]! += SENTENCE_W + (framed.get(g) === e.country ? FRAME_W : 0);
    });
    g.score = g.base.slice();
    g.best = argmax(g.score);
  }
}

function argmax(a: number[]): number {
  let b = 0;
  for (let i = 1; i < a.length; i++) if (a[i]! > a[b]!) b = i;
  return b;
}

/** The second largest score (the largest again when it occurs twice): one pass, no sorted copy. */
function secondBest(a: number[]): number {
  if (a.length < 2) return -Infinity;
  let first = -Infinity;
  let second = -Infinity;
  for (const x of a) {
    if (x > first) {
      second = first;
      first = x;
    } else if (x > second) second = x;
  }
  return second;
}

function toCandidate(e: GazEntry, lang: Lang, score: number): Candidate {
  const c: Candidate = { name: e.names[lang], kind: e.kind, lon: e.lon, lat: e.lat, score: Math.round(score * 100) / 100 };
  if (e.country) c.country = e.country;
  if (e.geonameId) c.geonameId = e.geonameId;
  if (e.population) c.population = e.population;
  return c;
}

/** Countries, regions and world regions use their name in the article language; towns the article's own spelling. */
function displayName(e: GazEntry, mentions: Mention[], lang: Lang): string {
  if (e.kind !== 'city') return e.names[lang];
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.via === 'name') counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  let best = '';
  let n = 0;
  for (const [t, k] of counts) if (k > n) [best, n] = [t, k];
  if (!best) return e.names[lang];
  if (best === best.toUpperCase() && best.length > 3) best = best.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a, b) => a + b.toUpperCase());
  return best;
}

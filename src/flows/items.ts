/**
 * One sentence as a sequence of items: place mentions (merged over their tokens), lexicon phrases
 * (longest match, tagged) and plain tokens. Built in one pass over the sentence's tokens.
 */
import { regionAfter, regionOfAdjective } from './regions';
import type { Lang, Place } from '../story';
import { pickEntries, type Compiled, type Tag, type TrieNode } from './lexicon/index';
import type { MarkerKind, PrepRole } from './lexicon/types';
import { tokenize, type TokKind } from './tokens';

/** A place mention resolved for flow purposes. */
export interface PlaceRef {
  place: Place;
  via: 'name' | 'demonym' | 'abbreviation' | 'anaphor';
  /** A company named for its country (see MentionRef.org). */
  org?: boolean;
}

export interface Item {
  start: number;
  end: number;
  lower: string;
  tok: TokKind;
  tags: Tag[];
  place?: PlaceRef;
  /** Inside parentheses or a pair of dashes. */
  paren?: boolean;
  /** Starts with a capital letter in the text. */
  cap?: boolean;
  /** An acronym: two to five letters, all capitals ("GNL", "LNG"). */
  acro?: boolean;
  /** Precomputed from tags: bit set of marker kinds (MARK_BIT), preposition role, cargo, trigger. */
  marks: number;
  prep: PrepRole | null;
  cargo: boolean;
  trig: boolean;
}

const MARK_KINDS: BitMarker[] = [
  'hedge', 'condAux', 'deny', 'neg', 'plan', 'suspend', 'recip', 'recipFor', 'after', 'elab', 'coord', 'det', 'actor', 'geo',
  'anaphor', 'breaker', 'passiveAux', 'program', 'rel', 'worth', 'adj', 'aux', 'request', 'carrier', 'dest', 'back', 'pack', 'hypo', 'incl',
  'benef', 'there', 'gift',
];
/** Markers read only through their tags (`hasTagMark`): the 32 bits of `marks` are all taken. */
type TagOnlyMarker = 'made' | 'make' | 'ordered' | 'event' | 'say' | 'means' | 'compare' | 'idiom';
const TAG_ONLY: ReadonlySet<MarkerKind> = new Set<TagOnlyMarker>(['made', 'make', 'ordered', 'event', 'say', 'means', 'compare', 'idiom']);
export type BitMarker = Exclude<MarkerKind, TagOnlyMarker>;
export const MARK_BIT = Object.fromEntries(MARK_KINDS.map((m, i) => [m, 1 << i])) as Record<BitMarker, number>;
if (MARK_KINDS.length > 32) throw new Error('flows: more than 32 bit markers');

function finish(it: Item): void {
  for (const t of it.tags) {
    if (t.k === 'mark') it.marks |= TAG_ONLY.has(t.m) ? 0 : MARK_BIT[t.m as BitMarker];
    else if (t.k === 'prep' && it.prep === null && !it.place) it.prep = t.role;
    else if (t.k === 'cargo' || t.k === 'cur') it.cargo = true;
    else if (t.k === 'verb' || t.k === 'noun') it.trig = true;
  }
}

/** A mention with its place, sorted by start. */
export interface MentionRef {
  start: number;
  end: number;
  place: Place;
  via: PlaceRef['via'];
  /** A company named for its country ("a Petrobras"): it acts for the country but is no antecedent of "o país". */
  org?: true;
}

const MAX_PHRASE = 6;
/** "local" in the four languages ("a indústria local", "local firms", "l'industrie locale"). */
const LOCAL: ReadonlySet<string> = new Set(['local', 'locais', 'locales', 'locale', 'locaux']);
const NO_TAGS: Tag[] = [];

/** Every item has the same shape (one hidden class): no spreads in the hot path. */
function item(start: number, end: number, lower: string, tok: TokKind, tags: Tag[], place: PlaceRef | undefined): Item {
  return { start, end, lower, tok, tags, place, paren: false, cap: false, acro: false, marks: 0, prep: null, cargo: false, trig: false };
}
/** "the kingdom": an anaphor only for a kingdom (the `kingdomAt` offset of resolveAnaphor). */
const KINGDOM: ReadonlySet<string> = new Set(['kingdom', 'reino', 'royaume']);
/** "the island": an anaphor only for an island country (the `islandAt` offset of resolveAnaphor). */
const ISLAND: ReadonlySet<string> = new Set(['island', 'ilha', 'isla', 'île']);
/** "the archipelago", "o arquipélago", "el archipiélago", "l'archipel": an island country too, with a masculine article. */
const ARCHIPELAGO: ReadonlySet<string> = new Set(['archipelago', 'arquipélago', 'archipiélago', 'archipel']);
/** A hyphenated tail that makes a nationality an adjective of time or manner ("Soviet-era", "Soviet-style", "Western-type"). */
const ERA_COMPOUND = /^[-–](?:era|style|type|like)\b/i;

/** "O governo anunciou...": the government of the country the discourse is about (an anaphor like "o país"). */
const GOVERNMENT: ReadonlySet<string> = new Set(['governo', 'gobierno', 'gouvernement', 'government']);
/** What may stand between "governo" and the place it belongs to: nothing, or "de"/"do"/"of"/"in"/"em"... */
const OF_PLACE = /^\s*(?:(?:de|do|da|dos|das|del|des|du|d'|of|in|em|en|à|a)\s*(?:la |el |le |les |l'|the )?)?$/iu;
const OF_ANY = /^\s*(?:de|do|da|dos|das|del|des|du|d'|of)\b/iu;
/** A country's territory ("its territory", "su territorio", "seu território", "son territoire"). */
export const TERRITORY: ReadonlySet<string> = new Set(['territory', 'territorio', 'território', 'territoire', 'soil', 'suelo']);
/** "There" ("mandou para lá", "envió allí", "sent … there", "trained there"); "de lá", "from there" are words of their own. */
export const THERE_TO: ReadonlySet<string> = new Set(['there', 'lá', 'ali', 'allí', 'allá', 'ahí', 'là-bas']);
/** "the region", "a região", "la región", "la région", "la province" (after a feminine or English definite article). */
const REGION_NOUNS: ReadonlySet<string> = new Set(['região', 'region', 'región', 'région', 'província', 'provincia', 'province']);
/** Feminine (and English) definite articles and demonstratives: before "região", "cidade", "ilha" read as anaphors. */
const FEMININE_DEF: ReadonlySet<string> = new Set(['a', 'à', 'na', 'da', 'pela', 'la', 'l', 'the', 'esta', 'essa', 'this', 'cette']);
/** "a cidade", "the city", "la ciudad", "la ville" (after the same articles as the region). */
const CITY_NOUNS: ReadonlySet<string> = new Set(['cidade', 'city', 'ciudad', 'ville']);
/** A place's own name after the noun, past one adjective: "a cidade (costeira) de Wonsan", "the (port) city of Beira". */
const OF_NAMED = /^\s*(?:[\p{L}-]+\s+)?(?:de|do|da|del|des|du|d'|of)\b/iu;
/** Masculine (and English) definite articles and demonstratives: before an anaphor such as "país", "governo", "reino". */
const SINGULAR_DEF: ReadonlySet<string> = new Set(['o', 'ao', 'no', 'do', 'pelo', 'el', 'al', 'del', 'le', 'au', 'du', 'the', 'l', 'este', 'this', 'ce']);

/**
 * What buildItems knows of an anaphor ("o país", "the country", "the kingdom", "a cidade") when it asks its resolver
 * for the country place meant.
 */
export interface AnaphorContext {
  /** The last place mentioned before it in this sentence, if any. */
  last: Place | undefined;
  /** The first place mentioned before it in this sentence, if any. */
  first?: Place;
  /** The place mentioned before the last one in this sentence, if any. */
  prior?: Place;
  /**
   * A preposition governs it ("no país africano"), or a region or neighbourhood names it ("do país nórdico"): a location,
   * so not the sentence's own subject.
   */
  located: boolean;
  /** A verb's object ("has given the country"): another country than the subject, the latest recipient. */
  object?: boolean;
  /** The offset of "the kingdom": the latest kingdom named before it (none: -1). */
  kingdomAt?: number;
  /** The offset of "the island": the latest island country named before it (none: -1). */
  islandAt?: number;
  /** "the territory", "o território": an anaphor only for a dependent territory (Macau, Guam, Puerto Rico); its offset. */
  territoryAt?: number;
  /** Right after a verb's preposition ("comprou ao país"): the verb's seller or recipient. */
  afterVerb?: boolean;
  /** The last place before it is a nationality ("4.100 cabo-verdianos chegaram ao país"). */
  lastDemonym?: boolean;
  /** Right after a verb and its "to". */
  toVerb?: boolean;
  /** "of the country" for people or a partner ("jornaleros del país"): where from, not where the flow before went. */
  whence?: boolean;
  /** "to the country", or "the neighbouring country": the other end of a transfer. */
  toward?: boolean;
  /** Right after a verb of going home ("regressaram ao país"): the country of the nationality just named. */
  returning?: boolean;
  /** "the neighbouring country", "o país vizinho": another country than the sentence's first. */
  neighbour?: boolean;
  /** "the government", "o Governo", with no place of its own: the story's home country, when its dateline names one. */
  government?: boolean;
  /** The countries of the region its adjective names ("o país centro-asiático", "the Central Asian country"). */
  region?: ReadonlySet<string>;
  /** Its offset in the text. */
  at?: number;
}
/** The country place an anaphor stands for, or undefined. */
export type AnaphorResolver = (a: AnaphorContext) => Place | undefined;

/**
 * Items of text[start, end). `mentions` are the mentions inside the sentence, sorted. `resolveAnaphor` returns the
 * country place meant by "o país" (see AnaphorContext).
 */
/** An adjective of region or of neighbourhood right after "país"/"pays" ("do país nórdico", "du pays voisin", "del país andino"). */
const REGIONAL_COUNTRY = /^\s+(?:n[oó]rdic|nordique|asi[aá]tic|asiatique|african|africain|europe[uo]|européen|[aá]rabe|andin|caribe|caribéen|centro-?american|centraméricain|sul-american|sudamerican|sud-américain|latino-?american|latino-américain|balc[aâá]nic|balkanique|b[aá]ltic|balte|escandinav|scandinave|magreb|maghrébin|vizinh|vecin|voisin|persa|perse|saheliano|sahélien|mediterr[aâá]ne|méditerranéen|insular|lusófon|lusophone|francófon|francophone|anglófon|anglophone)/i;

/** Regional (not national) demonyms as plural nouns: prefix + continent demonym, in the four languages. */
const REGIONAL =
  /(?:(?:centro|central|centr|latino|latin|west|ouest|east|est)[- ]?(?:americanos|americanas|americans|américains|américaines|africanos|africanas|africans|africains|africaines|asiáticos|asiatiques|asians|europeus|europeos|européens|europeans)|sub[- ]?sah?ari?(?:an|en)[a-zé]*(?:[- ](?:africans|africanos|africanas|africains|africaines))?)/iuy;
const LETTER_AFTER = /[\p{L}\p{N}]/u;
const REGIONAL_TAGS: Tag[] = [{ k: 'cargo', cat: 'people', unit: 'people' }];

/**
 * Is the place at p the subject of the verb at v: no preposition governs it (unless a relative clause on it follows), and only
 * a comma, a relative pronoun or words of no place or preposition (at most five) stand between ("to Saudi Arabia, which in
 * return supplied")?
 */
function subjectBefore(items: Item[], p: number, v: number): boolean {
  if (p < 0 || v <= p || v - p > 6) return false;
  const b = items[p - 1];
  // (A place a preposition governs is the subject of a relative clause on it: "to Saudi Arabia, which supplied".)
  const relative = [1, 2].some((d) => !!items[p + d] && (items[p + d]!.marks & MARK_BIT.rel) !== 0);
  if (b && !relative && (b.prep !== null || ((b.marks & MARK_BIT.det) && items[p - 2]?.prep != null))) return false;
  if (stationedForces(items, p)) return false;
  for (let k = p + 1; k < v; k++) if (items[k]!.place || (items[k]!.prep !== null && items[k]!.prep !== 'to')) return false;
  return true;
}

/** Is `prev` a definite article of `defs`, alone or ending a preposition of several words ("au départ du", "procedentes del")? */
function definite(prev: Item | undefined, defs: ReadonlySet<string>): boolean {
  return !!prev && (defs.has(prev.lower) || (prev.prep !== null && defs.has(prev.lower.slice(prev.lower.lastIndexOf(' ') + 1))));
}

/** A lower-case adjective of nationality or kind right after a noun ("território nacional", "territoire français"). */
const ADJECTIVE_AFTER = /^\s+\p{Ll}+(?:al|ano|ana|ais|ien|ienne|ese|ês)\b/u;

/** The nearest verb of the lexicons in (p, e), or -1. */
function verbBefore(items: Item[], p: number, e: number): number {
  for (let k = e - 1; k > p; k--) if (items[k]!.tags.some((g) => g.k === 'verb')) return k;
  return -1;
}

/** Do only a conjunction, commas, prepositions and articles stand between the items at `k` and `e` ("e de", "y", ", e em")? */
function coordinatedBetween(items: Item[], k: number, e: number): boolean {
  if (k < 0) return false;
  let coord = false;
  for (let j = k + 1; j < e; j++) {
    const it = items[j]!;
    if (it.marks & MARK_BIT.coord) coord = true;
    else if (!(it.tok === 'punct' && it.lower === ',') && it.prep === null && !(it.marks & MARK_BIT.det)) return false;
  }
  return coord;
}

export function buildItems(
  text: string,
  start: number,
  end: number,
  mentions: MentionRef[],
  c: Compiled,
  resolveAnaphor: AnaphorResolver,
  cityBefore?: Place,
): Item[] {
  const toks = tokenize(text, start, end);
  const items: Item[] = [];
  let mi = 0;
  let i = 0;
  let lastPlace: Place | undefined;
  let lastCity: Place | undefined;
  let lastDemonym = false;
  let lastNamedCountry: Place | undefined;
  let firstPlace: Place | undefined;
  /** The place named before the last one (another). */
  let priorPlace: Place | undefined;
  /** The item of the place named before the last one. */
  let priorPlaceAt = -1;
  /** The item of the last place. */
  let lastPlaceAt = -1;
  let lastRegion: Place | undefined;
  while (i < toks.length) {
    const t = toks[i]!;
    while (mi < mentions.length && mentions[mi]!.end <= t.start) mi++;
    let m = mentions[mi];
    // "US$" is a currency, not the United States.
    if (m && t.kind === 'sym' && m.start < t.end && t.start < m.end) {
      mi++;
      m = mentions[mi];
    }
    // "o país sul-americano", "le pays sahélien": a regional adjective on a resolved "país" describes that
    // country; it does not name the region as a second place. (So before it, in English: "the South American nation".)
    const prevIt = items[items.length - 1];
    if (m && m.start < t.end && t.start < m.end && m.via === 'demonym' && m.place.kind !== 'country' && (prevIt?.place?.via === 'anaphor' || (DEFINITE_THIS.has(prevIt?.lower ?? '') && regionalBeforeCountryNoun(toks, i, m.end)))) {
      mi++;
      m = mentions[mi];
    }
    // "4.7 billion Danish crowns", "coroas suecas": a nationality opening a currency's name is part of it.
    if (m && m.via === 'demonym' && m.start === t.start && currencyPhrase(c.root, toks, i, m.end)) {
      mi++;
      m = mentions[mi];
    }
    if (m && m.start < t.end && t.start < m.end) {
      // Merge all tokens overlapping this mention.
      let j = i;
      while (j < toks.length && toks[j]!.start < m.end) j++;
      // ("six U.S. lawmakers", "a U.S. Army system": an abbreviation's closing period inside the sentence is part
      // of it, not the sentence's end.)
      if (m.via === 'abbreviation' && toks[j]?.lower === '.' && toks[j]!.start === m.end && text.slice(m.start, m.end).includes('.') && toks[j + 1] && /^\p{L}/u.test(text.slice(toks[j + 1]!.start, toks[j + 1]!.start + 1))) j++;
      // ("for the Mumbai-Ahmedabad rail line", "the Russia-Ukraine war", "la frontière Mali-Niger": a place joined by a hyphen to
      // another place names a route, a war or a border, no end of a flow; the word stays, without its places.)
      // (Both sides places: "Dakar-Yoff", "Roissy-Charles-de-Gaulle" and "Al-Khadim" are single names. Not two halves of one
      // country: "Trinidad-Tobago". A hyphen or an en dash: "the Mumbai–Ahmedabad line".)
      const nx = mentions[mi + 1];
      if (nx && nx.start === m.end + 1 && (text[m.end] === '-' || text[m.end] === '–') && m.start >= t.start && !(nx.place.country === m.place.country && (m.place.kind === 'country' || nx.place.kind === 'country'))) {
        let e = j;
        while (e < toks.length && toks[e]!.start < nx.end) e++;
        const end = Math.max(nx.end, toks[e - 1]!.end);
        items.push(item(m.start, end, text.slice(m.start, end).toLowerCase(), 'word', NO_TAGS, undefined));
        mi += 2;
        i = e;
        continue;
      }
      // ("$62 million of Soviet-era debt", "a Soviet-style economy": a nationality compounded with an era or a manner names
      // no place of the flow; the word stays, without its place.)
      if (m.via === 'demonym' && ERA_COMPOUND.test(text.slice(m.end, m.end + 7))) {
        const end = toks[j - 1]!.end;
        items.push(item(m.start, end, text.slice(m.start, end).toLowerCase(), 'word', NO_TAGS, undefined));
        mi++;
        i = j;
        continue;
      }
      items.push(item(m.start, m.end, text.slice(m.start, m.end).toLowerCase(), 'word', NO_TAGS, { place: m.place, via: m.via, org: !!m.org }));
      // (A company is no country the text goes on to call "o país": "Super Tucano, da Embraer; a Força Aérea do país".)
      if (!m.org) {
        if (lastPlace !== m.place) [priorPlace, priorPlaceAt] = [lastPlace, lastPlaceAt];
        lastPlace = m.place;
        lastPlaceAt = items.length - 1;
        lastDemonym = m.via === 'demonym';
      }
      // (not a source: "fighters from Mali had entered its territory" is the speaker's territory)
      const b = items[items.length - 2];
      const prevPrep = b && (b.marks & MARK_BIT.det) && !b.prep ? items[items.length - 3]?.prep : b?.prep;
      if (m.via === 'name' && m.place.kind === 'country' && prevPrep !== 'from' && prevPrep !== 'of' && !m.org) lastNamedCountry = m.place;
      if (!m.org) firstPlace ??= m.place;
      if (m.via === 'name' && m.place.kind === 'region' && !m.org) lastRegion = m.place;
      if (m.via === 'name' && m.place.kind === 'city' && !m.org) lastCity = m.place;
      mi++;
      i = j;
      continue;
    }
    // Longest phrase from the trie, not crossing into a mention.
    let node: TrieNode | undefined = c.root;
    let best = 0;
    let bestTags: Tag[] = [];
    const limit = m ? m.start : Infinity;
    for (let k = i; k < toks.length && k - i < MAX_PHRASE; k++) {
      const tk = toks[k]!;
      if (tk.start >= limit) break;
      node = node.next.get(tk.fold);
      if (!node) break;
      if (node.entries) {
        if (node.tags) {
          best = k - i + 1;
          bestTags = node.tags;
        } else {
          let exact = toks[i]!.lower;
          for (let x = i + 1; x <= k; x++) exact += ' ' + toks[x]!.lower;
          // (a phrase matched only as written, "depuis là", is no match of "depuis la Libye")
          const tags = pickEntries(node.entries, exact);
          if (tags.length > 0) {
            best = k - i + 1;
            bestTags = tags;
          }
        }
      }
    }
    if (best > 0) {
      const last = toks[i + best - 1]!;
      items.push(item(t.start, last.end, best === 1 ? t.lower : text.slice(t.start, last.end).toLowerCase(), best === 1 ? t.kind : 'word', bestTags, undefined));
      i += best;
    } else {
      // "centro-americanos", "Central Americans", "sub-Saharan Africans": a regional demonym no place
      // stage resolved names people (the cargo), by its form rather than from a list.
      REGIONAL.lastIndex = t.start;
      const rm = t.kind === 'word' ? REGIONAL.exec(text) : null;
      if (rm && rm.index + rm[0].length <= (m ? m.start : end) && !LETTER_AFTER.test(text[rm.index + rm[0].length] ?? '')) {
        const stop = rm.index + rm[0].length;
        let j = i;
        while (j < toks.length && toks[j]!.start < stop) j++;
        items.push(item(t.start, stop, rm[0].toLowerCase(), 'word', REGIONAL_TAGS, undefined));
        i = j;
      } else {
        items.push(item(t.start, t.end, t.lower, t.kind, NO_TAGS, undefined));
        i++;
      }
    }
    const it = items[items.length - 1]!;
    finish(it);
    // "transferência de tecnologia para a indústria local", "to local industry": the locals of the country the
    // sentence last named receive, not another country.
    // (Not when a place of their own follows: "to local NGOs in Haiti", "aux autorités locales du Mozambique".)
    const placeAfter = mentions[mi] !== undefined && mentions[mi]!.start >= it.end && mentions[mi]!.start - it.end <= 24;
    if (LOCAL.has(it.lower) && lastPlace && !it.place && !placeAfter) {
      const n = items.length;
      const toBefore = (k: number): boolean => items[k]?.prep === 'to' || (!!items[k] && (items[k]!.marks & MARK_BIT.det) !== 0 && items[k - 1]?.prep === 'to');
      // (after its noun, "para a indústria local"; or before it, "to local industry")
      const noun = items[n - 2];
      // (the place stands where the preposition's object begins: the noun, or "local" itself)
      const at = noun && noun.tok === 'word' && !noun.place && noun.prep === null && toBefore(n - 3) ? noun : toBefore(n - 2) ? it : undefined;
      const p = at ? resolveAnaphor({ last: lastPlace, located: false }) : undefined;
      if (at && p) at.place = { place: p, via: 'anaphor' };
    }
    // ("Egypt said thousands of Sudanese had crossed into its territory", "entraron en su territorio": the
    // territory of the country the sentence opened with.)
    // (The country named last before it, by name: "The US said North Korea moved soldiers to its territory" is North
    // Korea's; a nationality, "thousands of Sudanese", owns no territory there.)
    if (TERRITORY.has(it.lower) && POSSESSIVES.has(items[items.length - 2]?.lower ?? '') && lastNamedCountry && !it.place) it.place = { place: lastNamedCountry, via: 'anaphor' };
    // ("quando um terremoto devastou a província de Manabí, o Brasil mandou para lá 1.200 toneladas", "envió allí", "Vietnam, which won
    // access to the Chinese market, exported … there": "there" after a verb of sending, or after "para"/"to", is the place the
    // sentence named last before the verb, past its subject (and the places coordinated with it).)
    // (Not a name, "o Irã enviou Ali para a Síria", nor "from there", "depuis là-bas", nor where goods were made, "a ureia
    // produzida ali para o Paraguai".)
    if (!it.place && THERE_TO.has(it.lower) && !it.cap && items[items.length - 2]?.prep !== 'from' && !hasTagMark(items[items.length - 2], 'made') && lastPlace && lastPlaceAt >= 0) {
      const n = items.length - 1;
      const after = items[n - 1]?.prep === 'to' ? n - 1 : n;
      let verb = -1;
      for (let k = after - 1; k > lastPlaceAt && k >= after - 8 && verb < 0; k--) if (items[k]!.tags.some((g) => g.k === 'verb' && g.cls === 'send')) verb = k;
      const subject = verb >= 0 && verb - lastPlaceAt <= 3 && items.slice(lastPlaceAt + 1, verb).every((x) => isPlain(x) && !x.cap);
      const there = !subject ? lastPlace : priorPlace && !coordinatedBetween(items, priorPlaceAt, lastPlaceAt) ? priorPlace : undefined;
      if (verb >= 0 && there) it.place = { place: there, via: 'anaphor' };
    }
    // ("A Tanzânia, que faz fronteira com Cabo Delgado, manterá 300 soldados na região": "the region" is the region the
    // sentence named last, unless a place of its own follows, "na região de Kursk".)
    if (lastRegion && !it.place && REGION_NOUNS.has(it.lower) && FEMININE_DEF.has(items[items.length - 2]?.lower ?? '') && !OF_ANY.test(text.slice(it.end, it.end + 6))) it.place = { place: lastRegion, via: 'anaphor' };
    // ("O combustível chega à cidade, capital da província de Sofala": "the city" is the city named last, in this sentence or
    // the two before it; not "a cidade costeira de Wonsan", which names its own.)
    // ("Portugal vendeu ao território mercadorias", "chegaram ao território": the latest dependent territory; not "o território nacional",
    // "o seu território".)
    // (Only as a destination or an object: "o consulado das Filipinas no território" places an official, no end.)
    const before = items[items.length - 2];
    if (!it.place && TERRITORY.has(it.lower) && before?.prep !== 'in' && before?.prep !== 'of' && definite(before, SINGULAR_DEF) && !OF_ANY.test(text.slice(it.end, it.end + 6)) && !ADJECTIVE_AFTER.test(text.slice(it.end, it.end + 20))) {
      const p = resolveAnaphor({ last: lastPlace, located: false, territoryAt: it.start });
      if (p) it.place = { place: p, via: 'anaphor' };
    }
    const city = lastCity ?? cityBefore;
    if (city && !it.place && CITY_NOUNS.has(it.lower) && FEMININE_DEF.has(items[items.length - 2]?.lower ?? '') && !OF_NAMED.test(text.slice(it.end, it.end + 30))) it.place = { place: city, via: 'anaphor' };
    if (it.marks & MARK_BIT.anaphor) {
      // ("the neighbouring country": English puts the neighbour's adjective between the article and the noun.)
      const adj = items[items.length - 2];
      // ("the Central Asian country", "the African nation": so does an adjective of region, one word or two.)
      const before = adj && !adj.place && c.lex.lang === 'en' ? regionBefore(items) : undefined;
      const regionWords = before?.words;
      const prev = adj && /^neighbou?ring$/.test(adj.lower) && definite(items[items.length - 3], SINGULAR_DEF) ? items[items.length - 3] : regionWords !== undefined ? items[items.length - 2 - regionWords] : adj;
      // (The words before the anaphor's article, read below, stand one further back past that adjective.)
      const back = prev === adj ? 0 : (regionWords ?? 1);
      /** The countries of the region an adjective names: "o país centro-asiático", "the Central Asian country". */
      const region = before?.region ?? regionAfter(text.slice(it.end, it.end + 40));
      // "o governo brasileiro", "el Gobierno de Chile", "the government in Kabul": the government of the
      // place named right after it, not an anaphor (only "o país" stands for a country whatever follows).
      // ("el Gobierno de Petro": a government named by its head is none of the discourse's either.)
      // ("l'île d'Anjouan", "la isla de Luzón": nor an island named after it.)
      const named = (GOVERNMENT.has(it.lower) || ISLAND.has(it.lower) || ARCHIPELAGO.has(it.lower)) && (OF_ANY.test(text.slice(it.end, it.end + 6)) || (m !== undefined && OF_PLACE.test(text.slice(it.end, m.start))));
      // ("au départ du pays", "procedentes del país": a preposition of several words ending in the article.)
      // ("a ilha", "la isla", "na ilha": the island's article is feminine.)
      const defs = ISLAND.has(it.lower) ? FEMININE_DEF : SINGULAR_DEF;
      const def = definite(prev, defs);
      if (prev && def && !named) {
        /** The item before the anaphor's article (past the English neighbour's adjective). */
        const before = items[items.length - 3 - back];
        // ("no país", "ao país" are located; "a Marinha do país" is the country just named.)
        // (So is the object of a verb: "Australia has given the country A$3 million" names another country.)
        const object = prev.prep === null && !!before?.trig && before.tags.some((t) => t.k === 'verb');
        // ("Canadá acogió a 9.400 jornaleros del país centroamericano": people "of the country" come from another
        // country than the sentence's own, as a located one does.)
        // (So is the country a partner or supplier is "of": "O Luxemburgo, parceiro histórico do país".)
        const partnerOf = [3, 4].some((d) => c.supplierWords.has(items[items.length - d - back]?.lower ?? '') || PARTNERS.has(items[items.length - d - back]?.lower ?? ''));
        const whence = prev.prep === 'of' && (partnerOf || !!before?.tags.some((g) => g.k === 'cargo' && (g.cat === 'people' || g.cat === 'troops')));
        // ("comprou ao país": right after a verb's preposition, the verb's seller or recipient.)
        const afterVerb = prev.prep !== null && !before?.cargo && !!before?.tags.some((g) => g.k === 'verb');
        // ("ship to the country": an English preposition before the article locates it too.)
        const locatedEn = prev.prep === null && !!before && before.prep !== null && before.prep !== 'of' && !before.place;
        // ("o Brasil importou do país asiático": "from the country" right after a verb of buying is another country too;
        // "os diamantes saem do país" leave the country just named.)
        const boughtFrom = afterVerb && !!before?.tags.some((g) => g.k === 'verb' && g.cls === 'receive');
        // ("22 pilotos brasileiros concluíram o treinamento na base de Såtenäs, no sudoeste do país nórdico", "del país vecino": a
        // country named by its region or as a neighbour is another country than the sentence's own.)
        const regional = REGIONAL_COUNTRY.test(text.slice(it.end, it.end + 24)) || region !== undefined;
        // ("A França, que retirou suas tropas do país": after a verb of withdrawing or leaving, "of the country" is where from.)
        const leftFrom = [3, 4, 5].some((d) => !!items[items.length - d - back]?.tags.some((g) => g.k === 'verb' && (g.cls === 'withdraw' || g.cls === 'leave')));
        // ("As vendas ao país vizinho", "shipments to the country": the other end of a transfer, or a neighbour.)
        // (English puts it before: "the neighbouring country".)
        const neighbour = /^\s+(?:vizinh|vecin|voisin)/i.test(text.slice(it.end, it.end + 12)) || (prev !== adj && regionWords === undefined);
        const toward = (prev.prep === 'to' || (locatedEn && before?.prep === 'to') || neighbour) && (!regional || neighbour);
        const p = resolveAnaphor({
          last: lastPlace,
          located: (prev.prep !== null && (prev.prep !== 'of' || boughtFrom)) || locatedEn || object || whence || regional,
          first: firstPlace,
          prior: subjectBefore(items, lastPlaceAt, verbBefore(items, lastPlaceAt, items.length - 2 - back)) ? priorPlace : undefined,
          object,
          kingdomAt: KINGDOM.has(it.lower) ? it.start : -1,
          islandAt: ISLAND.has(it.lower) || ARCHIPELAGO.has(it.lower) ? it.start : -1,
          afterVerb,
          lastDemonym,
          toVerb: afterVerb && prev.prep === 'to',
          whence: (whence || prev.prep === 'of') && !leftFrom,
          toward,
          neighbour,
          // ("35 cabo-verdianos, que regressaram ao país": people going home go to their nationality's country.)
          returning: afterVerb && !!before?.tags.some((g) => g.k === 'verb' && g.sense === 'home'),
          // ("La Habana (EFE).- Cuba compró azúcar a Brasil y Colombia. [...] el Gobierno envió a China": not a government
          // named by its nationality, "o Governo angolano".)
          government: GOVERNMENT.has(it.lower) && !(m !== undefined && m.via === 'demonym' && /^\s*$/.test(text.slice(it.end, m.start))),
          region,
          at: it.start,
        });
        if (p) it.place = { place: p, via: 'anaphor' };
      }
    }
  }
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const ch = text[it.start]!;
    if (ch !== ch.toLowerCase()) {
      it.cap = true;
      // "in May": the month, not the modal verb of a plan (which is capitalised only opening a sentence).
      if (i > 0 && it.lower === 'may' && it.marks & MARK_BIT.plan) it.marks &= ~MARK_BIT.plan;
      const n = it.end - it.start;
      if (n >= 2 && n <= 5 && it.cargo && text.slice(it.start, it.end) === it.lower.toUpperCase()) it.acro = true;
    }
  }
  markParens(items);
  markAttributions(items);
  unmarkFalseRelatives(items);
  unmarkHabitual(items);
  exchangeOfElided(items);
  unmarkTradeCargo(items);
  unmarkCurrencyCountry(items, c.lex.lang);
  if (c.lex.lang === 'en') unmarkInfrastructure(items);
  unmarkDenomination(items);
  unmarkInformants(items);
  untagNounForms(items, c.lex.lang);
  if (c.lex.lang === 'fr') frenchDeparted(items);
  return items;
}

/** Does a currency's name from the lexicon start at token i and run past offset `past`? */
function currencyPhrase(root: TrieNode, toks: ReturnType<typeof tokenize>, i: number, past: number): boolean {
  let node: TrieNode | undefined = root;
  for (let k = i; k < toks.length && k - i < MAX_PHRASE; k++) {
    node = node.next.get(toks[k]!.fold);
    if (!node) return false;
    if (node.entries && toks[k]!.end > past && (node.tags ?? []).some((g) => g.k === 'cur')) return true;
  }
  return false;
}

/** "with" in the four languages (a carrier's load, an instrument, a partner). */
export const WITH: ReadonlySet<string> = new Set(['com', 'with', 'con', 'avec']);
/** Possessive determiners before a noun ("su territorio", "its territory", "seu", "son"). */
export const POSSESSIVES: ReadonlySet<string> = new Set(['su', 'sus', 'seu', 'sua', 'seus', 'suas', 'its', 'their', 'his', 'her', 'son', 'sa', 'ses', 'leur', 'leurs']);

/** Partners and allies ("parceiro histórico do país"): the country they are "of" is another one. */
export const PARTNERS: ReadonlySet<string> = new Set(['parceiro', 'parceira', 'parceiros', 'aliado', 'aliada', 'aliados', 'socio', 'socia', 'socios', 'partenaire', 'partenaires', 'allié', 'alliée', 'alliés', 'partner', 'partners', 'ally', 'allies']);

/** People named by the goods they make or trade ("produtores de soja", "arms dealers"). */
export const TRADERS: ReadonlySet<string> = new Set([
  'produtores', 'produtor', 'exportadores', 'comerciantes', 'fabricantes', 'fabricante', 'vendedores', 'agricultores', 'cultivadores', 'traficantes',
  'productores', 'productor',
  'producteurs', 'producteur', 'exportateurs', 'négociants', 'commerçants', 'fabricants', 'fabricant', 'vendeurs', 'agriculteurs', 'cultivateurs', 'trafiquants',
  'producers', 'producer', 'exporters', 'traders', 'dealers', 'manufacturers', 'manufacturer', 'makers', 'maker', 'sellers', 'growers', 'farmers', 'traffickers', 'smugglers',
]);

/** Generic nouns for persons that, followed by INFORMANT words, are a news source ("two people familiar with"). */
const PERSONS: ReadonlySet<string> = new Set(['people', 'persons', 'sources', 'pessoas', 'fontes', 'personas', 'fuentes', 'personnes']);
/** Words after such a noun that make it a source: "familiar with", "briefed on", "a par", "au fait". */
const INFORMANT: ReadonlySet<string> = new Set([
  'familiar', 'briefed', 'knowledgeable', 'aware', 'familiarizadas', 'familiarizados', 'conhecedoras', 'conocedoras', 'informées', 'familières',
  'au fait', 'au courant', 'a par', 'al tanto', 'with knowledge',
]);
/** "close to"/"próximas de" make a source only before the talks or the people in power ("close to the talks"). */
const CLOSE: ReadonlySet<string> = new Set(['close', 'próximas', 'próximos', 'cercanas', 'cercanos', 'proches']);
const CLOSE_TO = /^(?:talks|negotiations|discussions|deal|matter|government|presidency|ministry|negociações|negociaciones|négociations|conversações|acordo|acuerdo|accord|governo|gobierno|gouvernement|dossier|palácio|palacio|élysée|kremlin|pentagon)$/;

/** "three people close to the deal said", "fuentes cercanas al Gobierno": informants, not people moved. */
function unmarkInformants(items: Item[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const it = items[i]!;
    if (!it.cargo || it.place || !PERSONS.has(it.lower)) continue;
    const nx = items[i + 1]!.lower;
    const two = `${nx} ${items[i + 2]?.lower ?? ''}`;
    let informant = INFORMANT.has(nx) || INFORMANT.has(two);
    // "close to the talks", "próximas das negociações", "cercanas al Gobierno"
    if (!informant && CLOSE.has(nx)) for (let k = i + 2; k <= i + 4 && !informant; k++) informant = CLOSE_TO.test(items[k]?.lower ?? '');
    if (!informant) continue;
    it.tags = it.tags.filter((t) => t.k !== 'cargo');
    it.cargo = false;
  }
}

/** English nouns of works, sites and trades that goods before them only qualify ("oil refineries", "hydropower dams"). */
const INFRASTRUCTURE: ReadonlySet<string> = new Set([
  'refinery', 'refineries', 'pipeline', 'pipelines', 'mine', 'mines', 'dam', 'dams', 'plant', 'plants', 'station', 'stations', 'field', 'fields',
  'rig', 'rigs', 'well', 'wells', 'project', 'projects', 'industry', 'industries', 'sector', 'prices', 'price', 'reserves', 'deposits', 'company', 'companies', 'firm', 'firms',
  // (and titles: "Turkey's naval forces commander", "the army chief", "a police spokesman" is one official, no troops)
  'commander', 'commanders', 'chief', 'chiefs', 'spokesman', 'spokeswoman', 'spokesperson',
]);

/** "roads and oil refineries", "hydropower dams", "copper mines": in English, goods before a noun of works or trade qualify it; they are not sent. */
function unmarkInfrastructure(items: Item[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const it = items[i]!;
    if (!it.cargo || it.place || it.trig || !INFRASTRUCTURE.has(items[i + 1]!.lower)) continue;
    it.tags = it.tags.filter((t) => t.k !== 'cargo');
    it.cargo = false;
  }
}

/**
 * "2 billion Chinese yuan", "US dollars", "yuanes chinos", "dólares norte-americanos", "dollars américains": a country or
 * nationality naming a currency (before it in English, after it in the Romance languages) is no place of the sentence:
 * not the people lent, nor whom a payment "in Chinese yuan" goes to.
 */
function unmarkCurrencyCountry(items: Item[], lang: string): void {
  // (a currency's name, not its symbol: "lend Tanzania $2.5 billion")
  const cur = (it: Item | undefined): boolean => !!it && !it.place && it.tok === 'word' && /^\p{L}/u.test(it.lower) && it.tags.some((t) => t.k === 'cur');
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (!it.place || it.place.place.kind !== 'country' && it.place.via !== 'demonym') continue;
    if (lang === 'en' ? cur(items[i + 1]) : it.place.via === 'demonym' && cur(items[i - 1])) it.place = undefined;
  }
}

/**
 * "pagos em rupias e em dirhams", "paid in yuan", "enviou pesos e balanças": a currency word with no amount
 * before it names what a payment is made in, or is another word ("pesos" are also weights), not money that
 * moves (nor a source in the place after it: "dirhams dos Emirados"). A symbol ("$", "€") stands before
 * its amount and stays.
 */
function unmarkDenomination(items: Item[]): void {
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (!it.cargo || it.place || it.tok !== 'word' || !it.tags.every((t) => t.k === 'cur')) continue;
    // "2 milhões de dólares", "$5 billion dollars", "40 mil milhões de wons": an amount just before
    let k = i - 1;
    if (prepRole(items[k]) === 'of') k--;
    const amount = items[k];
    if (amount && (amount.tok === 'num' || amount.tags.some((t) => t.k === 'num' || t.k === 'scale'))) continue;
    it.tags = [];
    it.cargo = false;
  }
}

/**
 * "entregado a cultivadores de café de Huila", "sold to soy farmers": goods that name who makes or
 * trades them are not what the clause sends (nor the head a following place qualifies).
 */
function unmarkTradeCargo(items: Item[]): void {
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (!it.cargo || it.place || isRegional(it)) continue;
    const before = prepRole(items[i - 1]) === 'of' && TRADERS.has(items[i - 2]?.lower ?? '');
    const after = TRADERS.has(items[i + 1]?.lower ?? '');
    if (!before && !after) continue;
    it.tags = it.tags.filter((t) => t.k !== 'cargo' && t.k !== 'cur');
    it.cargo = false;
  }
}

const MORE_LESS: ReadonlySet<string> = new Set(['más', 'menos', 'mais', 'plus', 'moins', 'mejor', 'melhor', 'mieux', 'peor', 'pior']);

/**
 * "un 10 % más que en febrero", "mais do que", "plus que": a comparative "que" opens no relative clause,
 * nor does "que"/"that" after a declarative verb;
 * nor does a listing "dont" before a place ("quatre pays, dont l'Espagne").
 */
function unmarkFalseRelatives(items: Item[]): void {
  for (let i = 1; i < items.length; i++) {
    const it = items[i]!;
    if (!(it.marks & MARK_BIT.rel)) continue;
    // "Lima afirmó que vendería", "said that it would send": after a declarative verb, "que"/"that"
    // opens the reported clause, whose elided subject is the speaker's; it is no relative clause.
    if (hasTagMark(items[i - 1], 'say')) {
      it.marks &= ~MARK_BIT.rel;
      continue;
    }
    if (it.lower === 'que') {
      const p = items[i - 1]!.lower === 'do' ? items[i - 2] : items[i - 1];
      if (p && MORE_LESS.has(p.lower)) it.marks &= ~MARK_BIT.rel;
    } else if (it.marks & MARK_BIT.elab) {
      const n = items[i + 1] && items[i + 1]!.marks & MARK_BIT.det ? items[i + 2] : items[i + 1];
      if (n?.place) it.marks &= ~MARK_BIT.rel;
    }
  }
}

/**
 * Prepositions after which a Romance finite verb form can only be a noun ("sous forme", "sem forma", "de forma"). Not
 * French "en", a pronoun before verbs ("il en livre"), nor Spanish "no", a negation, nor the articles that are also
 * object pronouns ("la", "o").
 */
const NOUN_PREPS: Partial<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set(['sous', 'de', 'du', 'des', 'par', 'pour', 'sans', 'avec', 'dans', 'sur', 'entre']),
  pt: new Set(['sob', 'em', 'de', 'do', 'da', 'dos', 'das', 'por', 'pelo', 'pela', 'para', 'sem', 'com', 'na', 'no', 'nas', 'nos', 'entre', 'sobre']),
  es: new Set(['bajo', 'en', 'de', 'del', 'por', 'para', 'sin', 'con', 'entre', 'sobre']),
};

/**
 * "sous forme brute", "sob a forma de", "en forma de": a word read first as a finite verb, right after such a preposition,
 * is a noun; it loses its verb readings (and is no trigger for any reader).
 */
function untagNounForms(items: Item[], lang: Lang): void {
  const preps = NOUN_PREPS[lang];
  if (!preps) return;
  for (let i = 1; i < items.length; i++) {
    const it = items[i]!;
    if (!it.trig || it.place) continue;
    const first = it.tags.find((t) => t.k === 'verb' || t.k === 'noun');
    const prev = items[i - 1]!;
    if (!first || first.k !== 'verb' || first.mood !== 'fin' || it.tags.some((t) => t.k === 'noun') || prev.place || !preps.has(prev.lower)) continue;
    it.tags = it.tags.filter((t) => t.k !== 'verb');
    it.trig = false;
  }
}

/**
 * The English adjective of region, one word or two, between an article and the anaphor that ends `items` ("the Central Asian
 * country"): how many words, and the countries of the region.
 */
function regionBefore(items: Item[]): { words: number; region: ReadonlySet<string> } | undefined {
  for (const n of [2, 1]) {
    if (!definite(items[items.length - 2 - n], SINGULAR_DEF)) continue;
    const region = regionOfAdjective(items.slice(items.length - 1 - n, items.length - 1).map((x) => x.lower).join(' '));
    if (region) return { words: n, region };
  }
  return undefined;
}

/** Words before which French "partie(s)" is the noun, a part ("une partie de", "font partie", "la majeure partie"). */
const PART_NOUN_BEFORE: ReadonlySet<string> = new Set(['une', 'la', 'les', 'des', 'en', 'font', 'fait', 'faire', 'faisant', 'grande', 'bonne', 'majeure', 'petite', 'plus', 'autre', 'autres', 'deux', 'trois', 'ces', 'ses', 'leurs', 'cette', 'quelle', 'aucune', 'seconde', 'première', 'dernière', 'large', 'infime', 'certaine', 'toute', 'nouvelle', 'même', 'troisième', 'deuxième', 'quelque', 'chaque', 'son', 'sa', 'leur', 'notre', 'votre']);
const LEAVE_PARTICIPLE: Tag = { k: 'verb', cls: 'leave', mood: 'part' };

/**
 * "embarcations parties des plages du nord de la France": French "partie(s)" right after a plural noun and before "de" is the
 * participle of leaving, not the noun "partie" (which the lexicon leaves out for that reading).
 */
function frenchDeparted(items: Item[]): void {
  for (let i = 1; i + 1 < items.length; i++) {
    const it = items[i]!;
    if ((it.lower !== 'parties' && it.lower !== 'partie') || it.trig || it.place) continue;
    const prev = items[i - 1]!;
    if (prev.tok !== 'word' || prev.place || prev.trig || prev.prep !== null || PART_NOUN_BEFORE.has(prev.lower) || !/[se]$/.test(prev.lower)) continue;
    const next = items[i + 1]!.lower;
    if (next !== 'de' && next !== 'du' && next !== 'des' && next !== 'd') continue;
    it.tags = [LEAVE_PARTICIPLE, ...it.tags];
    it.trig = true;
  }
}

/**
 * "en échange d'or", "en échange d'armes": a phrase of exchange before an elided "de" names, like "en échange de", what goes the other
 * way (the lexicon's "en échange" alone answers an earlier transfer). The "d" is an item of its own ("d'armes": "d", "armes"), or
 * begins a phrase of the lexicon that holds it ("d'or").
 */
function exchangeOfElided(items: Item[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const next = items[i + 1]!.lower;
    if (items[i]!.marks & MARK_BIT.recip && (next === 'd' || next.startsWith("d'") || next.startsWith('d’')) && items[i + 1]!.start === items[i]!.end + 1) items[i]!.marks |= MARK_BIT.recipFor;
  }
}

/** "France used to buy oil from Chad": "used" before "to" and a verb is the habitual past, no use of goods. */
function unmarkHabitual(items: Item[]): void {
  for (let i = 0; i + 2 < items.length; i++) {
    const it = items[i]!;
    // ("were used to transport": a passive use, not the habitual past.)
    if (it.lower === 'used' && it.marks & MARK_BIT.breaker && items[i + 1]!.lower === 'to' && items[i + 2]!.trig && !(i > 0 && items[i - 1]!.marks & MARK_BIT.passiveAux)) it.marks &= ~MARK_BIT.breaker;
  }
}

/** Prepositional attributions: the source's words name who says it, not an end of the transfer. */
const ATTRIBUTION = new Set(['segundo', 'de acordo com', 'conforme', 'according to', 'selon', "d'après", 'd après', 'según', 'de acuerdo con', 'conforme a']);

/** "como", "as", "comme": before a verb of saying that closes the sentence with its speaker. */
const AS_SAID: ReadonlySet<string> = new Set(['como', 'as', 'comme']);

/**
 * Flag (as parenthetical) the words of "segundo a inteligência sul-coreana", "according to two European
 * officials", "selon le ministère nigérien" up to the next comma: places there are sources, not ends.
 */
function markAttributions(items: Item[]): void {
  // "..., the Swedish armed forces said.", "..., informou o Ministério da Defesa.": a speaker between a comma
  // and a verb of saying at the end of the sentence is a source too.
  for (let i = 2; i < items.length; i++) {
    if (!(items[i]!.marks & MARK_BIT.hedge) || items[i]!.trig) continue;
    // Only at the end of the sentence ("..., the ministry said on Monday."): a few plain words may follow.
    let tail = true;
    for (let k = i + 1; k < items.length && tail; k++) {
      const it = items[k]!;
      if (k - i > 4 || it.place || it.trig || it.cargo || (it.tok === 'punct' && it.lower !== '.')) tail = false;
    }
    if (!tail) continue;
    let c = i - 1;
    while (c > 0 && i - c <= 7 && !(items[c]!.tok === 'punct') && !items[c]!.trig) c--;
    if (c <= 0 || i - c > 7 || !(items[c]!.tok === 'punct' && items[c]!.lower === ',') || c === i - 1) continue;
    for (let k = c + 1; k < i; k++) {
      const it = items[k]!;
      it.paren = true;
      // ("the armed forces said": the speaker is no cargo either.)
      if (it.cargo && it.tags !== REGIONAL_TAGS) {
        it.tags = it.tags.filter((t) => t.k !== 'cargo' && t.k !== 'cur');
        it.cargo = false;
      }
    }
  }
  // "..., a ajouté un diplomate à Londres.", "..., informou o ministério em Lisboa.": the verb of saying first,
  // after a comma (and an auxiliary), then the speaker to the end of the sentence: a source too, no end.
  for (let i = 1; i < items.length; i++) {
    if (!hasTagMark(items[i], 'say') || items[i]!.trig) continue;
    let c = i - 1;
    if (items[c]!.marks & MARK_BIT.aux) c--;
    // (", como noticiou um jornal português", ", as a Portuguese newspaper reported", ", comme l'a rapporté": "as" first)
    if (AS_SAID.has(items[c]?.lower ?? '')) c--;
    if (c < 1 || !(items[c]!.tok === 'punct' && items[c]!.lower === ',')) continue;
    let end = i + 1;
    while (end < items.length && !(items[end]!.tok === 'punct' && items[end]!.lower !== "'") && !items[end]!.trig && !items[end]!.cargo) end++;
    if (end - i > 12 || !(end === items.length || (items[end]!.tok === 'punct' && items[end]!.lower === '.' && end >= items.length - 2))) continue;
    for (let k = i + 1; k < end; k++) items[k]!.paren = true;
  }
  for (let i = 0; i < items.length; i++) {
    if (!(items[i]!.marks & MARK_BIT.hedge) || !ATTRIBUTION.has(items[i]!.lower)) continue;
    // "um segundo grupo", "o segundo lote": after an article or a numeral, "segundo" is the ordinal.
    if (i > 0 && items[i]!.lower === 'segundo' && (items[i - 1]!.marks & MARK_BIT.det || items[i - 1]!.tags.some((t) => t.k === 'num'))) {
      items[i]!.marks &= ~MARK_BIT.hedge;
      continue;
    }
    // ("des informations selon lesquelles des obus auraient été livrés", "according to which": a relative clause
    // that reports, not a speaker.)
    if (ACCORDING_WHICH.test(items[i + 1]?.lower ?? '') || ACCORDING_WHICH.test(items[i + 2]?.lower ?? '')) continue;
    let k = i + 1;
    for (; k < items.length; k++) {
      const it = items[k]!;
      if (it.tok === 'punct' && (it.lower === ',' || it.lower === ';' || it.lower === '.' || it.lower === ':')) break;
      it.paren = true;
    }
    i = k;
  }
}

/** Relative pronouns after "selon"/"según"/"segundo" ("selon lesquelles", "según las cuales", "segundo a qual"). */
const ACCORDING_WHICH = /^(?:lesquel(?:le)?s|lequel|laquelle|quoi|cual|cuales|qual|quais|which)$/;

/** Flag items inside (...) or a closed pair of dashes. */
function markParens(items: Item[]): void {
  let depth = 0;
  let dashOpen = -1;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.tok !== 'punct') {
      if (depth > 0) it.paren = true;
      continue;
    }
    if (it.lower === '(' || it.lower === '[') depth++;
    else if ((it.lower === ')' || it.lower === ']') && depth > 0) depth--;
    else if (it.lower === '—' || it.lower === '–') {
      if (dashOpen < 0) dashOpen = i;
      else {
        for (let k = dashOpen + 1; k < i; k++) items[k]!.paren = true;
        dashOpen = -1;
      }
    }
  }
}

// Predicates on items, shared by the flow stages.
export const has = (it: Item | undefined, pred: (t: Tag) => boolean): boolean => !!it && it.tags.some(pred);
/** Marker bits as constants (monomorphic property reads); hasMark(it, MB.det). */
export const MB: Readonly<Record<BitMarker, number>> = { ...MARK_BIT };
/** A marker kept out of the bit set (see TagOnlyMarker). */
export const hasTagMark = (it: Item | undefined, m: TagOnlyMarker): boolean => !!it && it.tags.some((t) => t.k === 'mark' && t.m === m);
export const hasMark = (it: Item | undefined, bit: number): boolean => it !== undefined && (it.marks & bit) !== 0;
/** A regional demonym read by its form ("Central Americans"): people, capitalised or not. */
export const isRegional = (it: Item | undefined): boolean => !!it && it.tags === REGIONAL_TAGS;
/** Words that stand for goods just named ("the metal", "o produto", "la cosecha", "la récolte"), read after a share of them. */
export const GOODS_WORDS_BACK: ReadonlySet<string> = new Set(['metal', 'metals', 'product', 'products', 'crop', 'harvest', 'ore', 'produto', 'produtos', 'colheita', 'minério', 'producto', 'productos', 'cosecha', 'mineral', 'métal', 'produit', 'produits', 'récolte', 'minerai']);
/** Plural nouns of centres a noun of training or goods may name ("centros de formação", "centres de formation", "training centers"). */
export const CENTRES: ReadonlySet<string> = new Set(['centros', 'centres', 'centers']);
export const isCargo = (it: Item | undefined): boolean => !!it && it.cargo;
/** Goods that are people or troops ("refugees", "soldiers", "pilots"). */
export const isPeople = (it: Item | undefined): boolean => !!it && it.tags.some((g) => g.k === 'cargo' && (g.cat === 'people' || g.cat === 'troops'));

/**
 * Is the place at i named right after a country's "Forces" ("U.S. Forces Korea", "British Forces Cyprus")? Such a command
 * is stationed there: the place is where it is, not a subject.
 */
export const stationedForces = (items: Item[], i: number): boolean => {
  const f = items[i - 1];
  return !!items[i]?.place && items[i]!.place!.via === 'name' && !!f && (f.lower === 'forces' || f.lower === 'force') && !!items[i - 2]?.place && items[i - 2]!.place!.place !== items[i]!.place!.place;
};
export const prepRole = (it: Item | undefined): PrepRole | null => (it ? it.prep : null);
/**
 * An official body named with its nationality at k, in either order ("l'armée béninoise", "the Nigerien army", "the
 * Lebanese army"): the nationality's index, or -1.
 */
export function actorNationality(items: Item[], k: number): number {
  if (hasMark(items[k], MB.actor) && items[k + 1]?.place?.via === 'demonym') return k + 1;
  if (items[k]?.place?.via === 'demonym' && hasMark(items[k + 1], MB.actor)) return k;
  return -1;
}
export const isTriggerWord = (it: Item | undefined): boolean => !!it && it.trig;
/** No lexicon tag but a declarative verb's ('say' only ever decides what a "que"/"that" after it opens). */
export const untagged = (it: Item): boolean => it.tags.every((t) => t.k === 'mark' && t.m === 'say');
export const isPlain = (it: Item | undefined): boolean => !!it && !it.place && it.tok === 'word' && untagged(it);
export const isComma = (it: Item | undefined): boolean => !!it && it.tok === 'punct' && it.lower === ',';
/** A number, in digits or in words ("500", "twenty", "a million"). */
/** Subject pronouns that may stand for a place or a people ("it", "ele", "il"), and personal ones of the third person ("he", "ela"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'ele', 'ela', 'eles', 'elas', 'él', 'ella', 'ellos', 'il', 'elle', 'ils', 'elles']);
export const PRONOUNS: ReadonlySet<string> = new Set(['ele', 'ela', 'eles', 'elas', 'he', 'she', 'they', 'él', 'ella', 'ellos', 'ellas', 'il', 'elle', 'ils', 'elles']);

/** The index before the capitalised words the lexicon does not know (a model name, up to n) ending at j. */
export function beforeModelName(items: Item[], j: number, n: number): number {
  let k = j;
  while (k > j - n && items[k]?.cap && isPlain(items[k])) k--;
  return k;
}

export const isNumeral = (it: Item | undefined): boolean => !!it && (it.tok === 'num' || it.tags.some((g) => g.k === 'num'));


/** Quantifiers before a plural noun ("many Syrians", "muitos venezuelanos", "de nombreux Syriens"). */
const PEOPLE_QUANTIFIERS: ReadonlySet<string> = new Set(['many', 'some', 'more', 'most', 'few', 'far more', 'muitos', 'muitas', 'alguns', 'mais', 'muchos', 'muchas', 'algunos', 'más', 'nombreux', 'plusieurs', 'certains']);

/**
 * Is the item at k a plural nationality opening its noun phrase, so a noun for people ("Many Syrians returned", "Syrians have
 * crossed back", "Muitos sírios regressaram")? At the sentence's start, after a quantifier or after punctuation other than a
 * comma; not after a definite article ("The Russians arrived" may be an army) nor on a noun ("Os investimentos chineses").
 */
/** A nationality in the plural, standing for its people ("Nicaraguayens", "guatemaltecos", "Tongans"). */
export const pluralNationality = (it: Item | undefined): boolean => it?.place?.via === 'demonym' && it.lower.endsWith('s');

export function nationalityNoun(items: Item[], k: number): boolean {
  if (!pluralNationality(items[k])) return false;
  const prev = items[k - 1];
  return !prev || PEOPLE_QUANTIFIERS.has(prev.lower) || (prev.tok === 'punct' && !isComma(prev));
}

/** A definite determiner before a regional adjective and a noun of a country that stands for one already named ("the", "this", "that"). */
const DEFINITE_THIS: ReadonlySet<string> = new Set(['the', 'this', 'that']);
/** English nouns of a country a regional adjective may stand before ("the South American nation", "the Gulf state"). */
const COUNTRY_HEADS: ReadonlySet<string> = new Set(['nation', 'country', 'state', 'kingdom', 'republic', 'archipelago']);
/** Does the token after the mention that starts at toks[i] and ends at `end` name a country ("South American | nation")? */
function regionalBeforeCountryNoun(toks: ReadonlyArray<{ start: number; lower: string }>, i: number, end: number): boolean {
  let j = i;
  while (j < toks.length && toks[j]!.start < end) j++;
  return COUNTRY_HEADS.has(toks[j]?.lower ?? '');
}

/** Words for a class or model between goods and its name: "corbetas clase Incheon", "classe Bergamini". */
const CLASS_WORDS: ReadonlySet<string> = new Set(['class', 'clase', 'classe', 'tipo', 'type', 'modelo', 'model', 'modèle']);
/** Goods whose models are named after them ("missiles Milan", "chars Leclerc"). */
const MODEL_CATS: ReadonlySet<string> = new Set(['weapons', 'missiles', 'vehicles', 'munitions', 'technology']);

/**
 * Is the item at i a town's name (or a capitalised name after a word for a class) that names the model or class of the goods right before it, with no
 * preposition between ("missiles antichars Milan", "chars Leopard"), maybe past a word for the class
 * ("corbetas clase Incheon", "frégates de classe Bergamini")? Then it is no place.
 */
export function namesModel(items: Item[], i: number): boolean {
  const place = items[i]?.place;
  // (A name the places stage left unresolved after a word for the class is one too: "fragatas clase Adelaide".)
  if (place ? place.via !== 'name' || place.place.kind !== 'city' : !(items[i]?.cap && CLASS_WORDS.has(items[i - 1]?.lower ?? ''))) return false;
  let prev = CLASS_WORDS.has(items[i - 1]?.lower ?? '') ? (prepRole(items[i - 2]) === 'of' ? items[i - 3] : items[i - 2]) : items[i - 1];
  // ("missiles antichars Milan": one lower-case modifier may stand between the goods and the model.)
  if (prev && isPlain(prev) && !prev.cap && prev === items[i - 1]) prev = items[i - 2];
  return !!prev?.tags.some((t) => t.k === 'cargo' && MODEL_CATS.has(t.cat));
}

export function hasBefore(items: Item[], idx: number, L: number, span: number, pred: (it: Item) => boolean): boolean {
  for (let k = idx - 1; k >= Math.max(L, idx - span); k--) if (pred(items[k]!)) return true;
  return false;
}

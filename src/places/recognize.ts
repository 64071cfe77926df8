/**
 * Place recognition: find spans of the text that name a place, with exact UTF-16 offsets.
 *
 * One left-to-right pass over word tokens; at each token, folded n-grams (up to 6 words) are looked up
 * in the gazetteer hash (prefix keys let the extension stop early), and the longest acceptable match
 * wins. A match is acceptable when its surface fits its kind (capitalised name, case-sensitive
 * abbreviation, demonym of any case, region-only name after a cue) and its neighbours do not make it
 * part of another name: titles and first names make a person ("presidente Vladimir Putin"), an unknown
 * capitalised word next to it makes a longer name ("Vladimir Putin"), a street word makes a street
 * ("Dublin Road"); a place after "of/de/da" inside an organisation name still counts ("Ministério das
 * Relações Exteriores da Rússia" mentions Russia). A second, document-level pass applies
 * one-sense-per-document evidence: names seen as part of a person's name, sentence-initial or headline
 * words that are everyday words unless the document also uses them as names mid-sentence.
 *
 * Streets, roads, water bodies and landforms the gazetteer does not know are recognised by their own
 * words ("Main Street", "Highway 19", "Hudson River", "Rua Augusta") and located by resolve() at the
 * article's town; names in a list ending with "counties" are counties ("Douglas and Wyandotte counties").
 *
 * Region mentions: the span covers the name and a capitalised designator that follows it ("Kursk Oblast",
 * "Rapides Parish"), but not a lower-case cue before or after it ("região de Kursk" -> "Kursk",
 * "the Kursk region" -> "Kursk"); the cue is recorded in `cue`.
 */
import type { Lang } from '../story';
import {
  CAP,
  DIGIT,
  GAP_APOS,
  GAP_BREAK,
  GAP_COMMA,
  GAP_DOT,
  GAP_HYPHEN,
  GAP_SPACE,
  LOWER,
  UPPER,
  tokenize,
  type Tokens,
} from '../text/tokens';
import type { Gazetteer, NameRecord, RefType } from './gazetteer';
import * as lexicon from './lexicon';
import { WordSet, hasSig, markSig, newSigTable, wordSig, type SigTable } from '../text/word-set';

export interface Ref {
  entry: number;
  type: RefType;
}

export interface RawMention {
  start: number;
  end: number;
  text: string;
  /** token range [t0, t1) */
  t0: number;
  t1: number;
  key: string;
  refs: Ref[];
  via: 'name' | 'demonym' | 'abbreviation';
  cue?: 'region' | 'city' | 'area';
  /** index (in the returned list) of a mention that qualifies this one: "Bangor, Maine", "Wonsan, na Coreia do Norte" */
  container?: number;
  /** sentence-initial or headline everyday word: kept only with evidence from the rest of the document */
  weak?: boolean;
  /** the match sits in a position where capitals say nothing (sentence start, headline) */
  initial?: boolean;
  /** a single word the document also uses in lower case, or an everyday word: needs place context */
  common?: boolean;
  /** a name whose lower-case form is its own people's adjective ("Argentina"/"argentina"): that use is no doubt */
  ownAdjective?: boolean;
  /** followed by a noun of local news ("a Paris teen", "Athens firefighters", "Toledo City Council") */
  local?: boolean;
  /** preceded by a locative preposition ("em", "in", "à") */
  locative?: boolean;
  /** a street, road or water body named by its own words ("Main Street", "Hudson River", "Rua Augusta"):
   * no gazetteer entry (refs is empty); resolve() locates it at the town the article is about */
  street?: boolean;
  /** a locality unknown to the gazetteer, named after a cue ("freguesia do Casal da Serra"); also a street */
  locality?: boolean;
  /** a locality's qualifying country or region ("Banki, in Nigeria", when no town Banki lies there): it is located there */
  inside?: RawMention;
}

const MAX_WORDS = 6;

// the word lists of lexicon.ts behind a signature pre-check (src/text/word-set.ts): most tokens are none of them
const CITY_CUES = new WordSet(lexicon.CITY_CUES);
const CONNECTORS = new WordSet(lexicon.CONNECTORS);
const NAME_LINKS = new WordSet(lexicon.NAME_LINKS);
const FIRST_NAMES = new WordSet(lexicon.FIRST_NAMES);
const FUNCTION_WORDS = new WordSet(lexicon.FUNCTION_WORDS);
const LANGUAGE_CUES = new WordSet(lexicon.LANGUAGE_CUES);
const LANGUAGE_JOINERS = new WordSet(lexicon.LANGUAGE_JOINERS);
const LANGUAGE_NOUNS = new WordSet(lexicon.LANGUAGE_NOUNS);
const LANGUAGE_AFTER = new WordSet(lexicon.LANGUAGE_AFTER);
const LANGUAGE_STUDY_VERBS = new WordSet(lexicon.LANGUAGE_STUDY_VERBS);
const LANGUAGE_SUBJECT_NOUNS = new WordSet(lexicon.LANGUAGE_SUBJECT_NOUNS);
const LANGUAGE_WORDS = new WordSet(lexicon.LANGUAGE_WORDS);
const LANGUAGE_WORDS_F = new WordSet(lexicon.LANGUAGE_WORDS_F);
const LOCAL_NOUNS = new WordSet(lexicon.LOCAL_NOUNS);
const LOCATIVES = new WordSet(lexicon.LOCATIVES);
const LOWER_NAME_HEADS = new WordSet(lexicon.LOWER_NAME_HEADS);
const ORG_HEADS = new WordSet(lexicon.ORG_HEADS);
const INSTITUTION_ADJECTIVES = new WordSet(lexicon.INSTITUTION_ADJECTIVES);
/** Lower-case words for a company, before its name. */
const COMPANY_NOUNS = new Set(['firm', 'company', 'group', 'maker', 'manufacturer', 'shipbuilder', 'carmaker', 'empresa', 'companhia', 'compañía', 'firma', 'grupo', 'société', 'groupe', 'constructeur', 'fabricant', 'fabricante', 'estaleiro', 'astillero']);
const PERSON_TITLES = new WordSet(lexicon.PERSON_TITLES);
/**
 * Titles of office that name the place they govern after "de/of" ("Presidente da Zâmbia", "King of Spain"); not titles
 * of nobility or devotion, which make a person's name of a place ("Marquês de Pombal", "Senhora da Boa Viagem").
 */
const OFFICE_TITLES = new WordSet(lexicon.OFFICE_TITLES);
const PLACE_MODIFIERS = new WordSet(lexicon.PLACE_MODIFIERS);
const REGION_CUES = new WordSet(lexicon.REGION_CUES);
const REGION_SUFFIXES = new WordSet(lexicon.REGION_SUFFIXES);
const SPEECH_VERBS = new WordSet(lexicon.SPEECH_VERBS);
const PERSON_ACTS = new WordSet(lexicon.PERSON_ACTS);
const STREET_HEADS = new WordSet(lexicon.STREET_HEADS);
const STREET_TAILS = new WordSet(lexicon.STREET_TAILS);
const STREET_WORDS = new WordSet(lexicon.STREET_WORDS);
const SURNAMES = new WordSet(lexicon.SURNAMES);

interface Ctx {
  text: string;
  tk: Tokens;
  gaz: Gazetteer;
  lang: Lang;
  sentInit: Uint8Array;
  /** 0 normal line, 1 title-case line, 2 all-caps line */
  line: Uint8Array;
  /** folded lower-case words of the text, at least all that a capitalised token could ask about (see lowerAlsoCapitalised) */
  lowerSeen: Set<string>;
  /** lower-case words that may start a mention (see lowerHeads) */
  lowerHeads: WordSet;
  personKeys: Set<string>;
}

export function recognize(text: string, gaz: Gazetteer, lang: Lang): RawMention[] {
  const tk = tokenize(text);
  const ctx: Ctx = {
    text,
    tk,
    gaz,
    lang,
    sentInit: sentenceInitials(text, tk),
    line: lineKinds(text, tk),
    lowerSeen: lowerAlsoCapitalised(tk),
    lowerHeads: lowerHeads(gaz),
    personKeys: new Set(),
  };

  const found: RawMention[] = [];
  const streets: RawMention[] = [];
  // (plain substring search first: the regular expression only confirms the word boundaries)
  const hasCounties = (text.includes('counties') || text.includes('parishes')) && /\b(counties|parishes)\b/.test(text);
  let lastEnd = -1; // token index after the last accepted mention
  // gazetteer matches starting at the current token (one array for the whole pass, emptied per token)
  const matches: Array<{ len: number; rec: NameRecord; key: string }> = [];
  let i = 0;
  outer: while (i < tk.count) {
    if (tk.shape[i]! & DIGIT) {
      i++;
      continue;
    }
    let key = tk.norm[i]!;
    if (hasCounties && tk.shape[i]! & CAP) {
      const county = countyInList(ctx, i);
      if (county) {
        found.push(county);
        i = county.t1;
        lastEnd = i;
        continue;
      }
    }
    const streetEnd = streetAt(ctx, i);
    if (tk.shape[i]! & LOWER && !lowerStart(ctx, i) && !streetEnd) {
      i++;
      continue;
    }
    // an unknown capitalised name after a strong locality cue ("freguesia do Casal da Serra", "aldeia de
    // Vale Frio", "the village of Xyz"): a place of its own, located like a street at the article's town
    const localityEnd = streetEnd ? 0 : unknownLocality(ctx, i);
    matches.length = 0;
    for (let len = 1; len <= MAX_WORDS && i + len - 1 < tk.count; len++) {
      const j = i + len - 1;
      if (len > 1) {
        if (!joinsName(tk, j)) break;
        key += ' ' + tk.norm[j]!;
      }
      const rec = gaz.probe(key);
      if (rec) matches.push({ len, rec, key });
      else if (rec === undefined) break;
    }
    // "La Unión Europea", "L'Union européenne": a name led by an article ("La Unión", "L'Union", towns) gives
    // way to a longer name that starts on the next word and ends further on.
    // ("La Argentina compró", "La India exportó": so does a town named for a country, article and all, to the country named
    // by the same words after the article.)
    if (matches.length > 0 && ARTICLES.has(tk.norm[i]!) && (longerFrom(ctx, i + 1, i + matches[matches.length - 1]!.len) || countryAfterArticle(ctx, i, matches[matches.length - 1]!))) {
      i++;
      continue;
    }
    for (let m = matches.length - 1; m >= 0; m--) {
      const { len, rec, key: k } = matches[m]!;
      // a gazetteer name as long as the street phrase wins ("Lake Charles", "Salt Lake City"), and as
      // long as a locality named after a cue
      if (i + len < streetEnd || i + len < localityEnd) break;
      const mention = accept(ctx, i, i + len, k, rec, lastEnd === i, found);
      if (mention) {
        found.push(mention);
        i = mention.t1;
        lastEnd = i;
        continue outer;
      }
    }
    if (localityEnd) {
      const words: string[] = [];
      for (let t = i; t < localityEnd; t++) words.push(tk.norm[t]!);
      const start = tk.start[i]!;
      const end = tk.end[localityEnd - 1]!;
      streets.push({ start, end, text: text.slice(start, end), t0: i, t1: localityEnd, key: words.join(' '), refs: [], via: 'name', street: true, locality: true });
      i = localityEnd;
      lastEnd = -1;
      continue;
    }
    if (streetEnd) {
      const words: string[] = [];
      for (let t = i; t < streetEnd; t++) words.push(tk.norm[t]!);
      const start = tk.start[i]!;
      const end = tk.end[streetEnd - 1]!;
      streets.push({ start, end, text: text.slice(start, end), t0: i, t1: streetEnd, key: words.join(' '), refs: [], via: 'name', street: true });
      i = streetEnd;
      lastEnd = -1;
      continue;
    }
    i++;
  }
  // a locality learnt from a cue is the same place wherever the document repeats its capitalised name
  const localities = streets.filter((m) => m.locality);
  if (localities.length) streets.push(...repeatLocalities(ctx, localities, found, streets));
  // streets go last: documentPass numbers containers by position in its own list
  const strays: RawMention[] = [];
  const kept = documentPass(ctx, found, strays);
  return kept.concat(strays, unknownTownsIn(ctx, kept, streets), streets);
}

/** Does text[start, end) stand in parentheses opened right after offset `before` ("Bari (Italia)")? */
function parenthesised(text: string, before: number, start: number, end: number): boolean {
  return text[end] === ')' && /^ ?\($/.test(text.slice(before, start));
}

/** Prepositions of going before a town's name ("partiram para Rukla", "trucked to", "hacia", "vers"). */
const TOWARD = new Set(['to', 'towards', 'toward', 'para', 'até', 'ate', 'hacia', 'hasta', 'vers', 'jusqu']);

/**
 * "220 militares partiram para Rukla, na Lituânia", "trucked to Kilinochchi, in Sri Lanka": a capitalised name the gazetteer does
 * not know, right after a preposition of going and qualified by a country after a comma and a locative word, is a locality of that
 * country (one to three words; none already a place, a street or a person's known first name).
 */
function unknownTownsIn(c: Ctx, kept: RawMention[], streets: RawMention[]): RawMention[] {
  const { tk } = c;
  const out: RawMention[] = [];
  /** Tokens already a place or a street, gathered only when a country qualifies a name (most documents have none). */
  let covered: Set<number> | undefined;
  for (const where of kept) {
    if (where.via !== 'name' || where.refs.length === 0 || !where.refs.every((r) => c.gaz.entry(r.entry).kind === 'country')) continue;
    const inWord = where.t0 - 1;
    if (inWord < 2 || tk.gap[inWord] !== GAP_COMMA || !IN_COUNTRY.has(tk.norm[inWord]!)) continue;
    if (!covered) {
      covered = new Set<number>();
      for (const m of kept.concat(streets)) for (let t = m.t0; t < m.t1; t++) covered.add(t);
    }
    let t0 = inWord;
    while (t0 > 0 && inWord - t0 < 3 && (tk.shape[t0 - 1]! & CAP) !== 0 && !covered.has(t0 - 1) && (t0 === inWord || tk.gap[t0] === GAP_SPACE)) t0--;
    if (t0 === inWord || t0 < 1 || tk.gap[t0] !== GAP_SPACE || !TOWARD.has(tk.norm[t0 - 1]!) || !(tk.shape[t0 - 1]! & LOWER)) continue;
    if (FIRST_NAMES.has(tk.norm[t0]!) || FUNCTION_WORDS.has(tk.norm[t0]!)) continue;
    const words: string[] = [];
    for (let t = t0; t < inWord; t++) words.push(tk.norm[t]!);
    const start = tk.start[t0]!;
    const end = tk.end[inWord - 1]!;
    out.push({ start, end, text: c.text.slice(start, end), t0, t1: inWord, key: words.join(' '), refs: [], via: 'name', street: true, locality: true, inside: where });
  }
  return out;
}

/** Articles a name may start with ("La Unión", "L'Union": French "l'" is the token "l"). */
const ARTICLES = new Set(['la', 'el', 'le', 'les', 'los', 'las', 'o', 'a', 'os', 'as', 'the', 'l']);

/** May token j continue a multi-word name begun before it? (A space, hyphen or apostrophe; a dot after a short abbreviation.) */
function joinsName(tk: Tokens, j: number): boolean {
  const g = tk.gap[j]!;
  return g === GAP_SPACE || g === GAP_HYPHEN || g === GAP_APOS || (g === GAP_DOT && tk.end[j - 1]! - tk.start[j - 1]! <= 3);
}

/**
 * Is the longest match at the article `i` (`m`) a name of no country whose words after the article name a country
 * ("La Argentina", a town in Colombia, and "Argentina")?
 */
function countryAfterArticle(c: Ctx, i: number, m: { len: number; rec: NameRecord; key: string }): boolean {
  const { tk, gaz } = c;
  if (m.len < 2) return false;
  const isCountry = (rec: NameRecord | null | undefined): boolean => !!rec && rec.refs.some((r) => r.type === '' && gaz.entry(r.entry).kind === 'country');
  if (isCountry(m.rec)) return false;
  let key = tk.norm[i + 1]!;
  for (let t = i + 2; t < i + m.len; t++) key += ' ' + tk.norm[t]!;
  return isCountry(gaz.probe(key));
}

/** Does a gazetteer name start at token `i` and end after token index `end` (exclusive)? */
function longerFrom(c: Ctx, i: number, end: number): boolean {
  const { tk, gaz } = c;
  if (i >= tk.count) return false;
  let key = tk.norm[i]!;
  let found = false;
  for (let j = i + 1; j < i + MAX_WORDS && j < tk.count; j++) {
    if (!joinsName(tk, j)) break;
    key += ' ' + tk.norm[j]!;
    const rec = gaz.probe(key);
    if (rec && j + 1 > end) found = true;
    else if (rec === undefined) break;
  }
  return found;
}

/**
 * Folded words the text writes in lower case (tokens of three characters or more), as far as anyone asks:
 * every question asked of `lowerSeen` is about a capitalised token's folded form (a single-word name
 * match or a capitalised neighbour), so only lower-case words whose signature (src/text/word-set.ts) some
 * capitalised token shares are kept. The answers are the same as with all lower-case words, and most
 * lower-case words cost one table read instead of a set insertion.
 */
function lowerAlsoCapitalised(tk: Tokens): Set<string> {
  for (let i = 0; i < tk.count; i++) if (tk.shape[i]! & CAP) markSig(CAPITALISED_SIGS, wordSig(tk.norm[i]!));
  const out = new Set<string>();
  for (let i = 0; i < tk.count; i++) {
    if (!(tk.shape[i]! & LOWER) || tk.end[i]! - tk.start[i]! <= 2) continue;
    const w = tk.norm[i]!;
    if (hasSig(CAPITALISED_SIGS, wordSig(w))) out.add(w);
  }
  CAPITALISED_SIGS.fill(0);
  return out;
}
/** Signatures of the capitalised words of the document being recognised (all zero between calls). */
const CAPITALISED_SIGS: SigTable = newSigTable();

/**
 * Is the demonym at token i a language name in use? A language word after a language cue ("in English",
 * "em português", "en français", "speaks French", "língua portuguesa", "idioma inglés"), after a noun of teaching
 * and "de" ("aulas de inglês", "cours de français"), before "language" or a noun of its use ("English teacher",
 * "French-speaking"), or joined to such a use ("in English and Spanish"). Prepositions and verbs of teaching count
 * only when no noun follows ("in English villages", "trained Russian pilots" name places).
 */
function languageUse(c: Ctx, i: number): boolean {
  const { tk } = c;
  const w = tk.norm[i]!;
  const masc = LANGUAGE_WORDS.has(w);
  if (!masc && !LANGUAGE_WORDS_F.has(w)) return false;
  const joined = i + 1 < tk.count ? tk.gap[i + 1] : GAP_BREAK;
  const next = joined === GAP_SPACE || joined === GAP_HYPHEN ? tk.norm[i + 1]! : '';
  if (masc && (LANGUAGE_NOUNS.has(next) || LANGUAGE_AFTER.has(next))) return true;
  // a lower-case noun after it reads as a demonym adjective after a preposition ("in English villages"), and so does
  // a hyphenated compound ("in German-occupied Poland")
  const nounAfter = next !== '' && (joined === GAP_HYPHEN || ((tk.shape[i + 1]! & LOWER) !== 0 && !FUNCTION_WORDS.has(next)));
  // past an article, a verb of speaking or learning: "apprendre le chinois", "enseigner l'anglais", "aprender el ruso"
  if (masc && i >= 2 && (tk.gap[i] === GAP_SPACE || tk.gap[i] === GAP_APOS) && LANGUAGE_ARTICLES.has(tk.norm[i - 1]!) && tk.gap[i - 1] === GAP_SPACE) {
    const v = tk.norm[i - 2]!;
    if ((LANGUAGE_CUES.has(v) && !LANGUAGE_PREPOSITIONS.has(v)) || LANGUAGE_STUDY_VERBS.has(v)) return !nounAfter;
  }
  for (let k = i; k > 0; ) {
    const p = tk.norm[k - 1]!;
    if (tk.gap[k] === GAP_SPACE) {
      if (LANGUAGE_NOUNS.has(p)) return true;
      if (!masc) return false;
      if (LANGUAGE_CUES.has(p)) return !(LANGUAGE_PREPOSITIONS.has(p) && nounAfter);
      if (LANGUAGE_STUDY_VERBS.has(p)) return !nounAfter;
      // "aulas de inglês", "professeur de français" (a capitalised word after "de" is people: "des milliers de Français")
      if (p === 'de' && k >= 2 && tk.gap[k - 1] === GAP_SPACE && LANGUAGE_SUBJECT_NOUNS.has(tk.norm[k - 2]!)) return (tk.shape[i]! & LOWER) !== 0;
      // "in English and Spanish": walk back over "LANGUAGE and"
      if (LANGUAGE_JOINERS.has(p) && k >= 2 && tk.gap[k - 1] === GAP_SPACE && LANGUAGE_WORDS.has(tk.norm[k - 2]!)) {
        k -= 2;
        continue;
      }
    } else if (masc && tk.gap[k] === GAP_APOS && p === 'd' && k >= 2 && tk.gap[k - 1] === GAP_SPACE && LANGUAGE_SUBJECT_NOUNS.has(tk.norm[k - 2]!)) {
      // "professeurs d'anglais", "cours d'espagnol"
      return (tk.shape[i]! & LOWER) !== 0;
    } else if (masc && tk.gap[k] === GAP_COMMA && LANGUAGE_WORDS.has(p)) {
      // "in English, French and Spanish"
      k -= 1;
      continue;
    }
    return false;
  }
  return false;
}
const LANGUAGE_PREPOSITIONS = new Set(['in', 'into', 'em', 'en']);
/** Articles a language name takes after a verb ("apprendre le chinois", "l'anglais", "aprender el ruso", "o português"). */
const LANGUAGE_ARTICLES = new Set(['le', 'l', 'el', 'o']);

/**
 * A street, road or water body at token i: a capitalised name (or an ordinal: "5th Avenue") followed by
 * a street word ("Main Street", "Martin Luther King Jr. Boulevard", "Hudson River"), or a street word
 * followed by a name or number ("Highway 19", "Lake Tahoe", "Rua Augusta", "avenida da Liberdade",
 * "rue de Rivoli"). Returns the token index after it, or 0.
 */
function streetAt(c: Ctx, i: number): number {
  const { tk } = c;
  const sh = tk.shape[i]!;
  if (sh & LOWER && c.lang === 'en') return 0;
  const n = tk.norm[i]!;
  // name + tail
  if (sh & (CAP | DIGIT) && i + 1 < tk.count && capJoined(tk, i + 1)) {
    const saint = n === 'st' && tk.gap[i + 1] === GAP_DOT; // "St. Marys River"
    const short = tk.end[i]! - tk.start[i]! < 2 || (tk.gap[i + 1] === GAP_HYPHEN && sh & UPPER); // "R-Elbow Lake"
    if ((sh & CAP || /^\d+(st|nd|rd|th)$/.test(n)) && !short && (saint || !STREET_TAILS.has(n)) && !FUNCTION_WORDS.has(n)) {
      let tail = 0;
      for (let t = i + 1; t <= i + 4 && capJoined(tk, t); t++) {
        const w = tk.norm[t]!;
        if (STREET_TAILS.has(w)) {
          // "St." before a capitalised word is "Saint"
          if ((w === 'st' || w === 'rd') && capJoined(tk, t + 1)) break;
          // "Otter Tail County Road 80" names the county
          if (tk.norm[t - 1] === 'county' || tk.norm[t - 1] === 'parish') break;
          tail = t + 1;
        } else if (tail) break;
      }
      // a longer capitalised name after it ("Wall Street Journal"): not a street
      if (tail && !capJoined(tk, tail)) return tail;
    }
  }
  // head + name or number
  if (!STREET_HEADS.has(n) || !(sh & (CAP | LOWER))) return 0;
  if (sh & LOWER && (n === 'lake' || n === 'route' || n === 'highway' || n === 'bairro')) return 0;
  // "ao largo da Grécia", "au large de": the idiom for "off the coast of", not a square.
  if (n === 'largo' && sh & LOWER && i > 0 && tk.norm[i - 1] === 'ao') return 0;
  // "levadas por estrada de Boa Vista até Lethem": "by road" from a town, not a road's name.
  if (n === 'estrada' && sh & LOWER && i > 0 && tk.norm[i - 1] === 'por') return 0;
  let t = i + 1;
  if (n === 'av' && !(t < tk.count && tk.gap[t] === GAP_DOT)) return 0; // "Av. da Liberdade"
  while (t < tk.count && t <= i + 3 && joined(tk, t) && tk.shape[t]! & LOWER && CONNECTORS.has(tk.norm[t]!)) t++;
  if (t >= tk.count || !joined(tk, t) || t > i + 3) return 0;
  if (n === 'highway' || n === 'interstate' || n === 'route') return tk.shape[t]! & DIGIT ? t + 1 : 0;
  // a date name: "Avenida 5 de Outubro", "Rua 25 de Abril", "Praça 1º de Maio"
  if (tk.shape[t]! & DIGIT && t + 2 < tk.count && joined(tk, t + 1) && tk.norm[t + 1] === 'de' && capJoined(tk, t + 2) && MONTHS.has(tk.norm[t + 2]!))
    return t + 3;
  if (!capJoined(tk, t)) return 0;
  let e = t + 1;
  while (e < t + 4 && (capJoined(tk, e) || (e < tk.count && joined(tk, e) && tk.shape[e]! & LOWER && CONNECTORS.has(tk.norm[e]!) && capJoined(tk, e + 1)))) e++;
  for (let q = t; q < e; q++) if (ORG_HEADS.has(tk.norm[q]!)) return 0; // "Lake Forest College"
  return capJoined(tk, e) ? 0 : e;
}

/**
 * A name in a list that ends with "counties" or "parishes" ("Douglas and Wyandotte counties", "Becker,
 * Clay, Douglas, Grant ... counties"): a mention of "Douglas County". Returns it, or null.
 */
function countyInList(c: Ctx, i: number): RawMention | null {
  const { tk, text } = c;
  for (let len = 1; len <= 3 && i + len <= tk.count; len++) {
    if (len > 1 && !capJoined(tk, i + len - 1)) break;
    let key = tk.norm[i]!;
    for (let t = i + 1; t < i + len; t++) key += ' ' + tk.norm[t]!;
    // walk the rest of the list: ", Name", "and Name", ", and Name", up to the plural head noun
    let t = i + len;
    let steps = 0;
    while (t < tk.count && steps++ < 24) {
      const n = tk.norm[t]!;
      const sh = tk.shape[t]!;
      if (sh & LOWER && (n === 'counties' || n === 'parishes') && tk.gap[t] === GAP_SPACE) {
        // "Texas and Oklahoma counties" are counties in those states
        if (c.gaz.lookup(key)?.refs.some((r) => r.type === '' && c.gaz.entry(r.entry).kind !== 'city')) return null;
        const suffix = n === 'counties' ? ' county' : ' parish';
        const rec = c.gaz.lookup(key + suffix);
        const refs = rec?.refs.filter((r) => r.type === '');
        if (!refs?.length) return null;
        const start = tk.start[i]!;
        const end = tk.end[i + len - 1]!;
        return { start, end, text: text.slice(start, end), t0: i, t1: i + len, key: key + suffix, refs, via: 'name', cue: 'region' };
      }
      if (sh & CAP && (tk.gap[t] === GAP_SPACE || tk.gap[t] === GAP_COMMA || tk.gap[t] === GAP_HYPHEN)) t++;
      else if (sh & LOWER && (n === 'and' || n === 'or') && tk.gap[t] !== GAP_BREAK) t++;
      else return null;
    }
  }
  return null;
}

/** Nouns that, followed by "de/of", name a locality for sure ("freguesia de", "aldeia de", "village of"). */
const LOCALITY_CUES = new Set('freguesia concelho aldeia localidade povoacao lugar village hamlet aldea pueblo'.split(' '));

/**
 * A capitalised name at token i after a locality cue and a connector ("freguesia do Casal da Serra"),
 * not in the gazetteer (known names are matched before): the token index after it, or 0. The name runs
 * over capitalised words and inner connectors ("Cabeço de Baixo" keeps "de Baixo" when capitalised).
 */
function unknownLocality(c: Ctx, i: number): number {
  const { tk } = c;
  if (!(tk.shape[i]! & CAP) || tk.shape[i]! & UPPER || i < 2 || tk.gap[i] !== GAP_SPACE) return 0;
  if (!(tk.shape[i - 1]! & LOWER) || !CONNECTORS.has(tk.norm[i - 1]!) || tk.gap[i - 1] !== GAP_SPACE) return 0;
  if (!(tk.shape[i - 2]! & LOWER) || !LOCALITY_CUES.has(tk.norm[i - 2]!)) return 0;
  if (FUNCTION_WORDS.has(tk.norm[i]!) || ORG_HEADS.has(tk.norm[i]!) || PERSON_TITLES.has(tk.norm[i]!)) return 0;
  let e = i + 1;
  while (e < i + 5 && (capJoined(tk, e) || (e < tk.count && joined(tk, e) && tk.shape[e]! & LOWER && CONNECTORS.has(tk.norm[e]!) && capJoined(tk, e + 1)))) e++;
  return e;
}

/**
 * Other occurrences of localities learnt from a cue: the same capitalised words anywhere the document
 * has no other mention. Linear: localities are indexed by their first word.
 */
function repeatLocalities(c: Ctx, localities: RawMention[], found: RawMention[], streets: RawMention[]): RawMention[] {
  const { tk, text } = c;
  const taken = new Uint8Array(tk.count);
  for (const m of found) taken.fill(1, m.t0, m.t1);
  for (const m of streets) taken.fill(1, m.t0, m.t1);
  const byFirst = new Map<string, string[][]>();
  for (const m of localities) {
    const words = m.key.split(' ');
    const l = byFirst.get(words[0]!) ?? [];
    if (!l.some((w) => w.join(' ') === m.key)) l.push(words);
    byFirst.set(words[0]!, l);
  }
  const out: RawMention[] = [];
  for (let i = 0; i < tk.count; i++) {
    if (taken[i] || !(tk.shape[i]! & CAP)) continue;
    const cands = byFirst.get(tk.norm[i]!);
    if (!cands) continue;
    for (const words of cands) {
      const j = i + words.length;
      if (j > tk.count) continue;
      let ok = true;
      for (let t = i + 1; t < j && ok; t++) ok = !taken[t] && joined(tk, t) && tk.norm[t] === words[t - i];
      // the whole name, not the start of a longer one
      if (!ok || capJoined(tk, j)) continue;
      const start = tk.start[i]!;
      const end = tk.end[j - 1]!;
      out.push({ start, end, text: text.slice(start, end), t0: i, t1: j, key: words.join(' '), refs: [], via: 'name', street: true, locality: true });
      i = j - 1;
      break;
    }
  }
  return out;
}

/** Token t continues the name before it (space, hyphen, apostrophe or an abbreviation dot). */
function joined(tk: Tokens, t: number): boolean {
  const g = tk.gap[t]!;
  return g === GAP_SPACE || g === GAP_HYPHEN || g === GAP_APOS || (g === GAP_DOT && tk.end[t - 1]! - tk.start[t - 1]! <= 3);
}

/** Token t exists, is capitalised and continues the name before it. */
function capJoined(tk: Tokens, t: number): boolean {
  return t < tk.count && (tk.shape[t]! & CAP) !== 0 && joined(tk, t);
}

/** Can a lower-case token start a mention? Demonyms ("russo", "norte-coreano") and lower-case heads ("mer Noire"). */
function lowerStart(c: Ctx, i: number): boolean {
  const key = c.tk.norm[i]!;
  if (key.length < 3) return false;
  return c.lowerHeads.has(key);
}

/** demonymHeads ∪ LOWER_NAME_HEADS, built once per gazetteer: one pre-checked lookup per lower-case word instead of two. */
const LOWER_HEADS = new WeakMap<Gazetteer, WordSet>();
function lowerHeads(gaz: Gazetteer): WordSet {
  let heads = LOWER_HEADS.get(gaz);
  if (!heads) {
    heads = new WordSet(new Set([...gaz.demonymHeads, ...LOWER_NAME_HEADS.words]));
    LOWER_HEADS.set(gaz, heads);
  }
  return heads;
}

/** Decide whether tokens [i, j) matching `rec` are a place mention here; null if not. */
function accept(
  c: Ctx,
  i: number,
  j: number,
  key: string,
  rec: NameRecord,
  afterMention: boolean,
  found: RawMention[],
): RawMention | null {
  const { tk, text } = c;
  const last = j - 1;
  const start = tk.start[i]!;
  let end = tk.end[last]!;
  const surface = text.slice(start, end);
  const lineKind = c.line[i]!;
  const initial = c.sentInit[i] === 1 || lineKind !== 0;

  // surface shapes
  let anyCap = false;
  let interiorOk = true;
  for (let t = i; t < j; t++) {
    const sh = tk.shape[t]!;
    if (sh & CAP) anyCap = true;
    // ("Cox's Bazar", "Martha's Vineyard": a possessive "s" inside a name is no lower-case word.)
    // ("Dar es Salaam", "Newcastle upon Tyne", "Frankfurt am Main": a few more link words stand inside a name the gazetteer has whole.)
    if (t > i && t < last && sh & LOWER && !CONNECTORS.has(tk.norm[t]!) && !NAME_LINKS.has(tk.norm[t]!) && tk.gap[t] !== GAP_HYPHEN && !(tk.gap[t] === GAP_APOS && tk.norm[t] === 's')) interiorOk = false;
  }
  const firstShape = tk.shape[i]!;
  const lastShape = tk.shape[last]!;
  // French writes a country's adjectives in lower case ("Arabie saoudite", "Émirats arabes unis",
  // "République tchèque", "Guinée équatoriale"): a capitalised multi-word name may end lower case when
  // it names a country, or a world region of the hand-written table ("Union européenne", "Union africaine").
  const countryShape = j - i > 1 && (firstShape & CAP) !== 0;
  const noLower = surface === surface.toUpperCase();
  const nameShape =
    anyCap &&
    interiorOk &&
    // ("Nuku'alofa", "Ha'apai": a lower-case end within one written word is no lower-case word.)
    // (Not a possessive "s": "St. John's" is a saint's, not this rule's.)
    !(lastShape & LOWER && j - i > 1 && !(tk.gap[last] === GAP_APOS && tk.end[last]! - tk.start[last]! >= 2)) &&
    (firstShape & CAP || (LOWER_NAME_HEADS.has(tk.norm[i]!) && j - i > 1));
  // whole hyphenated word ("norte-coreano", not "latino-americano" -> "americano")
  // (a demonym may start a compound: "Egyptian-US relations", "sino-russo" is not matched)
  const prefixed = tk.gap[i] === GAP_HYPHEN && i > 0 && /^(anti|pro|ex|non|post|pos|pre|pan|neo|afro|euro)$/.test(tk.norm[i - 1]!);
  // (the second people of a capitalised pair is a mention too: "Japanese-Brazilian", "Indian-Pakistani")
  const pairSecond = tk.gap[i] === GAP_HYPHEN && (firstShape & CAP) !== 0 && found.length > 0 && found[found.length - 1]!.t1 === i;
  const wholeWord =
    (tk.gap[i] !== GAP_HYPHEN || prefixed || pairSecond) && !(j < tk.count && tk.gap[j] === GAP_HYPHEN && firstShape & LOWER);

  // cues
  // ("le Québec", "du Paraná", "au Minas Gerais": French puts a masculine article before a region, never a city;
  // only between a region and towns of the same name, never over a country: "le Mexique")
  // (not a title: "le Washington Post", "le New York Times")
  const frenchRegion =
    c.lang === 'fr' && i > 0 && tk.gap[i] === GAP_SPACE && MASCULINE_FR.has(tk.norm[i - 1]!) && !(j < tk.count && tk.gap[j] === GAP_SPACE && (tk.shape[j]! & CAP) !== 0) &&
    rec.refs.some((r) => r.type === '' && c.gaz.entry(r.entry).kind === 'region') && !rec.refs.some((r) => c.gaz.entry(r.entry).kind === 'country');
  const regionCue = regionCueAround(c, i, j) || frenchRegion;
  const cityCue = !regionCue && cityCueBefore(c, i);
  const areaCue = !regionCue && !cityCue && areaCueAround(c, i, j);
  const afterComma = tk.gap[i] === GAP_COMMA && afterMention;

  // a currency symbol, not a place: "US$ 4,6 bilhões", "HK$3m", "NZ$ 20"
  if (text[end] === '$' && noLower && end - start <= 3) return null;

  const refs: Ref[] = [];
  let via: RawMention['via'] = 'name';
  let hasName = false;
  /** The name is also its own people's adjective in lower case ("Argentina", "argentina"). */
  let ownAdjective = false;
  for (const r of rec.refs) {
    switch (r.type) {
      case '':
        if (nameShape || (countryShape && (c.gaz.entry(r.entry).kind === 'country' || c.gaz.entry(r.entry).kind === 'other'))) {
          refs.push(r);
          hasName = true;
        }
        break;
      case 'd':
        // (A lower-case word that is also the same place's name, "argentina", is its adjective only in Spanish
        // and Portuguese: English "china" and "gales" are common words.)
        if (wholeWord && (firstShape & (CAP | LOWER)) !== 0 && (firstShape & CAP || DUAL_LANGS.has(c.lang) || !rec.refs.some((x) => x.type === '' && x.entry === r.entry))) refs.push(r);
        break;
      case 'a':
        if (noLower && !(lineKind === 2 && key === 'us')) refs.push(r);
        break;
      case 'q':
        if (regionCue && nameShape) refs.push(r);
        break;
      case 'b':
        // state abbreviations: after "City, " ("Bangor, Me.", "Alexandria, LA"), or dotted ones anywhere ("S.C.", "W.Va.")
        // also after any capitalised word and a comma ("Thackerville, Okla.") and before a lower-case
        // word ("Mass. legislators", "3 Ind. fugitives")
        if (
          (afterComma && (noLower || text[end] === '.')) ||
          (j - i > 1 && text[end] === '.' && !surface.includes(' ')) ||
          (text[end] === '.' && firstShape & CAP && tk.gap[i] === GAP_COMMA && i > 0 && tk.shape[i - 1]! & CAP) ||
          (text[end] === '.' && firstShape & CAP && surface.length >= 3 && /^\. [a-z]/.test(text.slice(end, end + 3)))
        )
          refs.push(r);
        break;
    }
  }
  if (refs.length === 0) return null;
  // a word that is also a demonym reads as the demonym unless the name is a country or region
  // ("Federação Portuguesa", not the town Portuguesa)
  if (hasName && refs.some((r) => r.type === 'd')) {
    const wide = refs.some((r) => r.type === '' && c.gaz.entry(r.entry).kind !== 'city');
    if (!wide) {
      for (let k = refs.length - 1; k >= 0; k--) if (refs[k]!.type === '') refs.splice(k, 1);
      hasName = false;
    } else {
      // ("Argentina" capitalised is the country; its lower-case adjective "argentina" is the same entry's demonym.)
      const named = new Set(refs.filter((r) => r.type === '').map((r) => r.entry));
      for (let k = refs.length - 1; k >= 0; k--) {
        if (refs[k]!.type !== 'd' || !named.has(refs[k]!.entry)) continue;
        refs.splice(k, 1);
        ownAdjective = true;
      }
    }
  }
  if (hasName && noLower && j - i <= 2 && refs.some((r) => r.type === 'a')) {
    // "UK", "EUA": written in capitals, the abbreviation wins over a same-spelled village
    for (let k = refs.length - 1; k >= 0; k--) if (refs[k]!.type === '') refs.splice(k, 1);
    hasName = false;
  }
  if (!hasName) {
    const t = refs[0]!.type;
    via = t === 'd' ? 'demonym' : t === 'a' || t === 'b' ? 'abbreviation' : 'name';
  }

  // (English writes nationalities capitalised: a lower-case one that is also an everyday word is that word, "the poles
  // that hold the tent", "french fries"; a lower-case headline's "russian troops", or "pro-russian", still name a country.)
  if (via === 'demonym' && c.lang === 'en' && !(firstShape & CAP) && rec.flags.includes('w') && !(prefixed && /^(pro|anti)$/.test(tk.norm[i - 1]!))) return null;
  // (A nationality only English gives, written in lower case in another language's text, is that language's word: "la cosecha
  // de kiwi" is fruit, not New Zealanders.)
  if (via === 'demonym' && c.lang !== 'en' && !(firstShape & CAP) && rec.flags.includes('e')) return null;
  // a language, not a place: "in English", "em português", "speaks French", "língua portuguesa"
  if (via === 'demonym' && j - i === 1 && languageUse(c, i)) return null;
  // ("según cifras del DANE": a single word in capitals on a line of ordinary text, between words that are not in capitals, is
  // an acronym, not a nationality; "RUSSIAN FOREIGN MINISTRY/AFP" is a credit in capitals.)
  if (via === 'demonym' && noLower && j - i === 1 && c.line[i] === 0 && !capsWord(tk, i - 1) && !capsWord(tk, j)) return null;

  if (via === 'name') {
    // very short single words are codes or noise unless written as abbreviations
    if (j - i === 1 && surface.length < 3) return null;
    // a function word spelled exactly so ("Para os vizinhos", "Como disse"; not "Pará") names a place
    // only after a locative preposition or a cue ("in Como")
    if (j - i === 1 && FUNCTION_WORDS.has(surface.toLowerCase()) && !regionCue && !cityCue && !(i > 0 && tk.gap[i] === GAP_SPACE && tk.shape[i - 1]! & LOWER && LOCATIVES.has(tk.norm[i - 1]!)))
      return null;
    // an organisation word alone ("Assembleia", "Federação", "University") is not a place
    if (j - i === 1 && ORG_HEADS.has(key)) return null;
    // an article and an organisation word continued by a capitalised word ("El Banco Mundial", "La Banque
    // Centrale") is the organisation's name, not the town of that name
    if (j - i === 2 && FUNCTION_WORDS.has(tk.norm[i]!) && ORG_HEADS.has(tk.norm[last]!) && capJoined(tk, j)) return null;
    // an all-capitals short word in running text is an acronym (ONU, NATO, MSMT), not a name
    if (j - i === 1 && firstShape & UPPER && lineKind !== 2 && surface.length <= 5 && !refs.some((r) => r.type === 'b') && !capsDateline(c, i, rec))
      return null;
    const ctxVerdict = neighbours(c, i, j, key, afterMention, found);
    if (ctxVerdict === 'reject') return null;
    if (ctxVerdict === 'region-suffix') end = tk.end[j]!; // include "Oblast"/"Province"
  }

  const m: RawMention = {
    start,
    end,
    text: text.slice(start, end),
    t0: i,
    t1: end === tk.end[last]! ? j : j + 1,
    key,
    refs,
    via,
  };
  if (regionCue || end !== tk.end[last]!) m.cue = 'region';
  else if (cityCue) m.cue = 'city';
  else if (areaCue) m.cue = 'area';
  if (initial) m.initial = true;
  if (ownAdjective) m.ownAdjective = true;
  // "a Paris teen", "Athens firefighters", "the Toledo City Council": a local-news use of a town's name
  if (via === 'name' && j < tk.count && tk.gap[j] === GAP_SPACE && LOCAL_NOUNS.has(tk.norm[j]!)) m.local = true;
  if (via === 'name' && j - i === 1 && initial && rec.flags.includes('s')) m.weak = true;
  else if (via === 'name' && j - i === 1 && initial && everyday(c, rec)) {
    // an everyday word at a sentence start or in a headline: a place only with support (countries,
    // regions and very large cities excepted)
    const strong = refs.some((r) => {
      const e = c.gaz.entry(r.entry);
      return e.kind !== 'city' || e.population >= 1_000_000;
    });
    if (!strong) m.weak = true;
  }
  if (via === 'name' && j - i === 1 && (c.lowerSeen.has(key) || rec.flags.includes('s') || everyday(c, rec))) {
    // everyday words need place context unless some sense is big (a word the document itself uses in
    // lower case needs a bigger place than a word that is merely in a dictionary)
    const threshold = c.lowerSeen.has(key) || rec.flags.includes('s') ? 100_000 : 30_000;
    // a word of the text's own language ("Plano", "Metro", "Coro" in Portuguese) needs a city of a
    // million abroad; towns of the Portuguese-speaking countries keep the usual threshold
    const ownWord = c.lang === 'pt' && rec.flags.includes('v');
    const big = refs.some((r) => {
      const e = c.gaz.entry(r.entry);
      return e.kind !== 'city' || e.population >= (ownWord && !LUSOPHONE.has(e.country) ? 1_000_000 : threshold);
    });
    if (!big) m.common = true;
  }
  // (Portuguese "a" before an everyday word is mostly the article: "a Sida", "a Real"; "à", "em" are locative)
  if (
    i > 0 &&
    tk.gap[i] === GAP_SPACE &&
    tk.shape[i - 1]! & LOWER &&
    LOCATIVES.has(tk.norm[i - 1]!) &&
    !(c.lang === 'pt' && text[tk.start[i - 1]!] === 'a' && tk.end[i - 1]! - tk.start[i - 1]! === 1 && everyday(c, rec))
  )
    m.locative = true;
  // a sentence that opens with "Em", "In", "Dans", "No" (Portuguese): the same locative, capitalised
  else if (i > 0 && tk.gap[i] === GAP_SPACE && c.sentInit[i - 1] && tk.shape[i - 1]! & CAP && !(tk.shape[i - 1]! & UPPER)) {
    const p = tk.norm[i - 1]!;
    if (INITIAL_LOCATIVES.has(p) || (c.lang === 'pt' && (p === 'no' || p === 'na'))) m.locative = true;
  }
  // ("Bari (Italia)": so does one in parentheses right after a mention.)
  const inParens = afterMention && i > 0 && parenthesised(text, tk.end[i - 1]!, start, end);
  // ("crushing plants around Rosario in Argentina": and one after "in" right after a mention, with no comma.)
  const prevMention = found[found.length - 1];
  const inAfter = i > 1 && prevMention !== undefined && prevMention.t1 === i - 1 && tk.gap[i] === GAP_SPACE && tk.gap[i - 1] === GAP_SPACE && (tk.shape[i - 1]! & LOWER) !== 0 && IN_COUNTRY.has(tk.norm[i - 1]!);
  if (afterComma || inParens || inAfter || (tk.gap[i] !== GAP_COMMA && locativeAfterComma(c, i, afterMention))) {
    // this mention qualifies the previous one
    m.container = -1;
  }
  return m;
}

/** Countries whose towns Portuguese texts name most (and whose names share Portuguese words). */
const LUSOPHONE = new Set(['PT', 'BR', 'AO', 'MZ', 'CV', 'GW', 'ST', 'TL', 'MO']);

/** An everyday word of the language lists ('w'), or of Portuguese in a Portuguese text ('v': "Plano", "Morre"). */
function everyday(c: Ctx, rec: NameRecord): boolean {
  return rec.flags.includes('w') || (c.lang === 'pt' && rec.flags.includes('v'));
}

type Verdict = 'ok' | 'reject' | 'region-suffix';

/** Prepositions that put what follows in a place and never before a person ("in", "em", "dans"; not "a", "to"). */
const IN_WORDS = new Set(['in', 'into', 'near', 'em', 'no', 'na', 'nos', 'nas', 'dans', 'en']);
/** Prepositions that put a town in a country ("Banki, in Nigeria", "em Angola", "au Niger", "en Colombie"): IN_WORDS but "into" and
 * "near", and French "au", "aux". */
const IN_COUNTRY: ReadonlySet<string> = new Set([...IN_WORDS].filter((w) => w !== 'into' && w !== 'near').concat('au', 'aux'));
/** Prepositions before a place's name (not "de"/"of"/"a", which also come before people: "el gobierno de Pedro…"). */
const PLACE_PREPOSITIONS = new Set([...IN_WORDS, 'to', 'from', 'at', 'para', 'pra', 'desde', 'hacia', 'hasta', 'vers', 'à', 'au', 'depuis', 'entre']);

/** Local-news nouns that follow a family's name as well as a town's ("the Tyler family", "the Nelson couple"). */
const KIN_NOUNS = new Set(['family', 'families', 'couple']);
/** Token j, right after a name, is a noun of local news that reads the name as a town's ("Tyler residents", "Salem police"). */
function townNounAt(c: Ctx, j: number): boolean {
  return j < c.tk.count && c.tk.gap[j] === GAP_SPACE && LOCAL_NOUNS.has(c.tk.norm[j]!) && !KIN_NOUNS.has(c.tk.norm[j]!);
}
/** Particles inside people's names, between a first name and a surname. */
// (Not the Romance "de", "da", "del", "di": "Gil Vicente de Barcelos", "Hospital Santo André de Leiria", "fiestas de San
// Miguel de Lorca" name institutions after a person and their town.)
const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'ter']);
/** Romance particles before a surname ("Barbosa de Sousa", "dos Santos"). */
const SURNAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del']);
/** Words of saints' names, which make places of the names after them ("Santa Maria", "São João"). */
const SAINT_WORDS = new Set(['santa', 'santo', 'santos', 'sao', 'san', 'saint', 'sainte', 'st', 'ste', 'nossa', 'senhora', 'nuestra', 'senora', 'notre', 'dame']);
/**
 * Token t is a first name or surname, and the capitalised words before it are no place's or saint's words ("Valdemar
 * Alves", not "Santa Maria", "Vila Nova").
 */
function nameRunBefore(c: Ctx, t: number): boolean {
  const { tk } = c;
  const surname = SURNAMES.has(tk.norm[t]!) && (tk.shape[t]! & CAP) !== 0 && !(tk.shape[t]! & UPPER);
  if (!personName(c, t) && !surname) return false;
  for (let k = t; k >= 0 && tk.shape[k]! & CAP; k--) {
    const n = tk.norm[k]!;
    if (SAINT_WORDS.has(n) || ORG_HEADS.has(n) || CITY_CUES.has(n) || REGION_CUES.has(n) || PLACE_MODIFIERS.has(n) || STREET_HEADS.has(n)) return false;
    if (c.sentInit[k] || k === 0 || tk.gap[k] !== GAP_SPACE) break;
  }
  return true;
}
/** "classe Pohang", "clase Kilo", "class Pohang": the word for a class of ships before its name. */
const CLASS_WORDS: ReadonlySet<string> = new Set(['class', 'classe', 'clase']);
/** Words for "son of" that only names follow. */
const PATRONYMICS = new Set(['bin', 'ibn', 'bint']);

/** Look at the words around a name match for person, organisation, street and region context. */
function neighbours(c: Ctx, i: number, j: number, key: string, afterMention: boolean, found: RawMention[]): Verdict {
  const { tk } = c;
  const normalLine = c.line[i] === 0;
  let embedded = false;
  // "O'Connor": an Irish surname (not French "L'Algérie", "D'Italie")
  if (i > 0 && tk.gap[i] === GAP_APOS && tk.norm[i - 1] === 'o' && tk.shape[i - 1]! & CAP) return 'reject';
  // "a Pohang-class corvette", "Kilo class submarines", "uma corveta da classe Pohang": a class of ships or aircraft named
  // after a place names no place.
  if ((j < tk.count && (tk.gap[j] === GAP_HYPHEN || tk.gap[j] === GAP_SPACE) && tk.norm[j] === 'class') || (i > 0 && tk.gap[i] === GAP_SPACE && CLASS_WORDS.has(tk.norm[i - 1]!))) return 'reject';
  if (i > 1 && tk.gap[i] === GAP_DOT && tk.shape[i - 1]! & CAP) {
    const L = i - 1;
    const ln = tk.norm[L]!;
    // "Tyrise M. Bell": a first name and an initial; "Mrs. Lincoln", "Sgt. Taylor": an abbreviated title
    const initial = tk.end[L]! - tk.start[L]! === 1 && tk.shape[L - 1]! & CAP && tk.end[L - 1]! - tk.start[L - 1]! >= 2 && tk.gap[L] === GAP_SPACE;
    const title = PERSON_TITLES.has(ln) && !ORG_HEADS.has(ln) && tk.end[L]! - tk.start[L]! <= 4;
    if ((initial && smallTown(c, key)) || (title && onlyTownsKey(c, key))) {
      if (j - i === 1 && smallTown(c, key)) c.personKeys.add(key);
      return 'reject';
    }
  }
  // "helicópteros Bell 412", "tanks Leopard 2": a small town's name between a common noun and a model
  // number is a product's name.
  if (
    j < tk.count &&
    tk.gap[j] === GAP_SPACE &&
    tk.shape[j]! & DIGIT &&
    i > 0 &&
    tk.gap[i] === GAP_SPACE &&
    tk.shape[i - 1]! & LOWER &&
    !FUNCTION_WORDS.has(tk.norm[i - 1]!) &&
    !CONNECTORS.has(tk.norm[i - 1]!) &&
    !PLACE_PREPOSITIONS.has(tk.norm[i - 1]!) &&
    smallTown(c, key)
  )
    return 'reject';
  // "Karin Keller-Sutter", "Ngozi Okonjo-Iweala": a capitalised compound joined by hyphens, every part a small town
  // or no place, after a capitalised word that is no organisation's head, is a double-barrelled surname, not towns
  // ("Hospital Amadora-Sintra", "Champaign-Urbana" stay places).
  {
    let a = i;
    while (a > 0 && tk.gap[a] === GAP_HYPHEN && (tk.shape[a - 1]! & CAP) !== 0) a--;
    let b = j;
    while (b < tk.count && tk.gap[b] === GAP_HYPHEN && (tk.shape[b]! & CAP) !== 0) b++;
    const small = (k: number): boolean => !c.gaz.lookup(tk.norm[k]!) || smallTown(c, tk.norm[k]!);
    let parts = b - a > 1;
    for (let k = a; k < b && parts; k++) if (!small(k)) parts = false;
    if (parts && j - i === 1 && a > 0 && tk.gap[a] === GAP_SPACE && (tk.shape[a - 1]! & CAP) !== 0 && !c.sentInit[a - 1] && !ORG_HEADS.has(tk.norm[a - 1]!) && !FUNCTION_WORDS.has(tk.norm[a - 1]!)) {
      c.personKeys.add(key);
      return 'reject';
    }
  }
  // "Khalid bin Rashid", "Ursula von der Leyen", "Jan van Dijk": a small town's name after a name particle ("bin",
  // "ibn" anywhere; "van", "von", "der"… after a person's name) ends a person's name.
  if (j - i === 1 && i > 0 && tk.gap[i] === GAP_SPACE && tk.shape[i - 1]! & LOWER && smallTown(c, key)) {
    const p = tk.norm[i - 1]!;
    let k = i - 1;
    while (k > 0 && tk.gap[k] === GAP_SPACE && tk.shape[k - 1]! & LOWER && NAME_PARTICLES.has(tk.norm[k - 1]!) && k > i - 3) k--;
    if (PATRONYMICS.has(p) || (NAME_PARTICLES.has(p) && k > 0 && tk.gap[k] === GAP_SPACE && personName(c, k - 1) && !c.gaz.lookup(tk.norm[k - 1]!))) {
      c.personKeys.add(key);
      return 'reject';
    }
  }
  // "Horácio Barbosa de Sousa", "Ernesto dos Santos": a common surname after "de"/"dos" that ends a run of first names
  // and surnames is a person's, however big the town of that name (not past a saint's or a place's word: "Santa Maria de
  // Sousa", "Vila Nova de Sousa").
  if (j - i === 1 && c.lang !== 'en' && i > 1 && SURNAMES.has(key) && tk.gap[i] === GAP_SPACE && tk.gap[i - 1] === GAP_SPACE && SURNAME_PARTICLES.has(tk.norm[i - 1]!) && tk.shape[i - 1]! & LOWER && nameRunBefore(c, i - 2)) {
    c.personKeys.add(key);
    return 'reject';
  }
  // A first name and a surname that together name a small town are a person ("Pedro Sánchez"), unless a
  // preposition of place puts them on the map ("a delegação chegou em Pedro Gomes"); a first name
  // before a place word stays a place ("Beverly Hills", "Madison Heights").
  const surnameLast = SURNAMES.has(tk.norm[j - 1]!) || c.gaz.personNames.has(tk.norm[j - 1]!);
  if (j - i >= 2 && FIRST_NAMES.has(tk.norm[i]!) && surnameLast && smallTown(c, key) && !(i > 0 && tk.gap[i] === GAP_SPACE && PLACE_PREPOSITIONS.has(tk.norm[i - 1]!))) {
    c.personKeys.add(key);
    return 'reject';
  }
  // left neighbour
  if (i > 0 && tk.gap[i] === GAP_SPACE) {
    const L = i - 1;
    const ln = tk.norm[L]!;
    const ls = tk.shape[L]!;
    if (PERSON_TITLES.has(ln) && (ls & CAP || c.lang !== 'en') && !(ls & UPPER)) {
      if (tk.end[L]! < c.text.length && c.text[tk.end[L]!] !== ',') {
        c.personKeys.add(key);
        return 'reject';
      }
    }
    // "le groupe nucléaire français Orano", "a australiana Santos", "la estadounidense Lockheed": a town's name right
    // after a nationality that follows a company noun or an article is the company's.
    const prevFound = found[found.length - 1];
    if (prevFound && prevFound.t1 === i && prevFound.via === 'demonym' && !(ls & CAP) && onlyTownsKey(c, key)) {
      const d = prevFound.t0;
      // (a singular article: "a brasileira Embraer", "la surcoreana Hanwha")
      const article = d > 0 && ARTICLES.has(tk.norm[d - 1]!) && !/s$/.test(tk.norm[d - 1]!);
      let company = false;
      for (let k = d - 1; k >= Math.max(0, d - 3); k--) if (COMPANY_NOUNS.has(tk.norm[k]!)) company = true;
      if (article || company) return 'reject';
    }
    // "Norwegian firm Kongsberg", "la empresa Jequitinhonha": a town's name right after a lower-case word for
    // a company is the company's (a country or region keeps its sense: "the firm Texas Instruments" is no town)
    if (!(ls & CAP) && COMPANY_NOUNS.has(ln) && smallTown(c, key)) return 'reject';
    // "East Central Regional Hospital", "West Metro Chamber": an everyday word after a compass word is part of a name
    if (ls & CAP && PLACE_MODIFIERS.has(ln) && j - i === 1 && everyday(c, c.gaz.lookup(key)!) && onlyTownsKey(c, key)) return 'reject';
    // a first name before a small town's name makes a person even in headlines and bylines ("João Seabra")
    // (a surname before it too: "Sónia Nunes Ferreira" in a signature line)
    if (ls & CAP && !normalLine && (FIRST_NAMES.has(ln) || personLeft(c, L)) && !afterMention && smallTown(c, key)) return 'reject';
    if (ls & CAP && normalLine) {
      // ("Secretary of State Antony Blinken", "Secretário de Estado Nuno Santos": past a title of office the name is a person's.)
      const office = L >= 2 && CONNECTORS.has(tk.norm[L - 1]!) && OFFICE_TITLES.has(tk.norm[L - 2]!);
      if (ORG_HEADS.has(ln) && !office && !(c.sentInit[L] && FUNCTION_WORDS.has(ln))) return 'ok'; // "Hospital Amadora-Sintra", "Câmara Lisboa"
      if ((FIRST_NAMES.has(ln) || personLeft(c, L)) && !afterMention) {
        // (not a national capital's name: "Jorge Lima Salazar" leaves the dateline "LIMA, 12 may (EFE)" and "llegó a Lima" the
        // capital's)
        if (!c.gaz.lookup(key)?.refs.some((r) => r.type === '' && c.gaz.entry(r.entry).fcode === 'PPLC')) c.personKeys.add(key);
        return 'reject';
      }
      // "George Washington", "Victoria Beckham": a first name taken for a town, then a surname that is
      // a place too, with only a space between: a person (both dropped; countries keep their sense, and
      // a first name that is also a state or country stays a place: "Virginia Gateway")
      const last = found[found.length - 1];
      if (FIRST_NAMES.has(ln) && afterMention && last !== undefined && last.t0 === L && last.t1 === i && last.via === 'name' && onlyTownsKey(c, last.key)) {
        if (!namesCountry(c, key)) {
          found.pop();
          return 'reject';
        }
      }
      const prev = found[found.length - 1];
      const prevIsMention = prev !== undefined && prev.t1 === i;
      const sentenceWord = c.sentInit[L] === 1 && (FUNCTION_WORDS.has(ln) || c.lowerSeen.has(ln) || /(ing|ed|ly)$/.test(ln));
      // end of a longer name ("John Dublin", "Faubourg Marigny"); countries and regions keep their
      // sense inside names ("Air Canada", "DeSmog Canada")
      const wide = c.gaz.lookup(key)?.refs.some((r) => r.type === '' && c.gaz.entry(r.entry).kind !== 'city');
      if (!prevIsMention && !sentenceWord && !PLACE_MODIFIERS.has(ln) && !FUNCTION_WORDS.has(ln) && !(ls & UPPER) && !wide) {
        // "Wesley Clark": remember a small town's name as a surname for the rest of the document
        if (j - i === 1 && !(j < tk.count && tk.shape[j]! & CAP && tk.gap[j] === GAP_SPACE) && maxPop(c, key) < 50_000)
          c.personKeys.add(key);
        return 'reject';
      }
    }
  }
  // embedded after a connector inside a capitalised name: "University of Texas", "Ministério ... da Rússia";
  // without an organisation word the name is a person's ("Couto dos Santos")
  if (i > 1 && tk.gap[i] === GAP_SPACE && tk.shape[i - 1]! & LOWER && CONNECTORS.has(tk.norm[i - 1]!)) {
    let k = i - 2;
    // "of the" (not "and": in "trigo da Índia e da China" each place is its own)
    if (k >= 0 && CONNECTORS.has(tk.norm[k]!) && tk.shape[k]! & LOWER && !LIST_AND.has(tk.norm[k]!)) k--;
    if (k >= 0 && tk.shape[k]! & CAP && !(c.sentInit[k] && FUNCTION_WORDS.has(tk.norm[k]!))) {
      // walk back over the capitalised chain (with inner connectors) to its head
      let org = false;
      let head = k;
      for (let q = k, steps = 0; q >= 0 && steps < 8; q--, steps++) {
        const sh = tk.shape[q]!;
        const nq = tk.norm[q]!;
        if (sh & CAP || sh & DIGIT) {
          head = q;
          if (ORG_HEADS.has(nq)) org = true;
        } else if (!CONNECTORS.has(nq) || nq === 'and' || nq === 'e' || nq === 'y' || nq === 'et') break;
        if (tk.gap[q] !== GAP_SPACE && tk.gap[q] !== GAP_HYPHEN) break;
      }
      const hn = tk.norm[head]!;
      // "Steven Sachs of Alexandria" is where he is from; "Couto dos Santos" is a surname
      const viaOf = tk.norm[i - 1] === 'of' || (i > 1 && tk.norm[i - 2] === 'of' && tk.norm[i - 1] === 'the');
      // ("India and Kenya": a place found right before "and" is a list of places, whatever names it shares.)
      const prevFound = found[found.length - 1];
      const listed = prevFound !== undefined && prevFound.t1 === i - 1 && LIST_AND.has(tk.norm[i - 1]!);
      // ("que o Presidente da Zâmbia efetua", "the King of Spain": a title joined to the place by "de/of" is a role that
      // names the place, not a person's name; "Presidente Lula" is.)
      const role = OFFICE_TITLES.has(hn) && head + 1 < i && CONNECTORS.has(tk.norm[head + 1]!) && tk.norm[head + 1] !== 'e' && tk.norm[head + 1] !== 'and';
      if (role) org = true;
      let person = !viaOf && !listed && !role && (FIRST_NAMES.has(hn) || (PERSON_TITLES.has(hn) && !ORG_HEADS.has(hn)));
      // "Manoel de Oliveira", "Valente de Oliveira", "Rogério de Brito": one or two capitalised words
      // that are not places, then "de" and a small town is a Portuguese or Spanish surname
      // (two such words: "Ernesto Veiga de Oliveira"; one is enough when it is a first name, above)
      // ("Nogueira de Brito", "Barbosa de Melo": a surname or first name alone is enough)
      if (!person && !viaOf && !org && smallTown(c, key) && (k - head === 1 ? nameWords(c, head, k) : k === head && personName(c, head)))
        return 'reject';
      if (head > 0 && tk.shape[head - 1]! & LOWER) {
        const before = tk.norm[head - 1]!;
        if (ORG_HEADS.has(before)) org = true;
        // "ministro das Relações Exteriores da Rússia" is a role: the title is followed by a connector
        if (PERSON_TITLES.has(before) && head === k && !viaOf) person = true;
        else if (PERSON_TITLES.has(before)) org = true;
      }
      if (org) embedded = true;
      else if (person && normalLine) {
        c.personKeys.add(key);
        return 'reject';
      }
    }
  }
  // a lone town-like word next to a verb of saying is a person ("Clark said", "said Clark."), and so is one before a verb
  // of what people do ("Lula viajou")
  if (j - i === 1 && normalLine) {
    const wide = c.gaz.lookup(key)?.refs.some((r) => r.type === '' && c.gaz.entry(r.entry).kind !== 'city');
    const nextPersonVerb = j < tk.count && tk.gap[j] === GAP_SPACE && (SPEECH_VERBS.has(tk.norm[j]!) || PERSON_ACTS.has(tk.norm[j]!));
    const prevSays = i > 0 && tk.gap[i] === GAP_SPACE && SPEECH_VERBS.has(tk.norm[i - 1]!) && (j >= tk.count || tk.gap[j] !== GAP_SPACE);
    if (!wide && (nextPersonVerb || prevSays) && maxPop(c, key) < 50_000) {
      c.personKeys.add(key);
      return 'reject';
    }
    // a lone first name ("Tim", "Nadia") is a person unless it is also a well-known city ("Paris")
    // ("in Nelson", "em Gaspar": after a locative preposition it stays a place)
    const locative = i > 0 && tk.gap[i] === GAP_SPACE && tk.shape[i - 1]! & LOWER && IN_WORDS.has(tk.norm[i - 1]!);
    // ("Nelson residents", "Tyler police": a noun of local news after it reads the name as the town's)
    const localNoun = townNounAt(c, j) && (tk.shape[j]! & LOWER) !== 0;
    if (FIRST_NAMES.has(key) && !wide && !locative && !localNoun && !c.gaz.lookup(key)?.refs.some((r) => c.gaz.entry(r.entry).population >= 100_000))
      return 'reject';
  }
  // a first name that is also a small town, before another name in a headline or byline ("João Manuel Rocha")
  if (!normalLine && j - i === 1 && FIRST_NAMES.has(key) && smallTown(c, key) && capJoined(tk, j) && tk.gap[j] === GAP_SPACE) return 'reject';
  // a surname before "de" and another surname: "Nogueira de Brito", "Ferreira do Amaral"
  if (
    j - i === 1 &&
    j + 1 < tk.count &&
    tk.gap[j] === GAP_SPACE &&
    tk.shape[j]! & LOWER &&
    /^d[eoa]s?$/.test(tk.norm[j]!) &&
    personName(c, i) &&
    personName(c, j + 1)
  )
    return 'reject';
  // a town's name before a capitalised first name or surname that names no bigger place is the start of a
  // person's name, however big the town ("Pereira Nunes", "Rui Santana Nunes", "São José Pires");
  // countries and regions keep their sense, and so does a town after a cue ("câmara de Tomar")
  // (not remembered for the document: "Sandusky" stays a place elsewhere)
  if (j < tk.count && tk.gap[j] === GAP_SPACE && !embedded && personWord(c, j) && onlyTownsKey(c, key) && !cityCueBefore(c, i)) return 'reject';
  // "Guarda Nacional Republicana", "la Garde républicaine": in pt/es/fr a town's or region's name before an adjective of
  // institutions is the noun heading an institution's name (a country keeps its sense).
  if (c.lang !== 'en' && j < tk.count && tk.gap[j] === GAP_SPACE && INSTITUTION_ADJECTIVES.has(tk.norm[j]!) && !namesCountry(c, key)) return 'reject';
  // right neighbour
  if (j < c.tk.count && tk.gap[j] === GAP_SPACE && normalLine && !embedded) {
    const rn = tk.norm[j]!;
    const rs = tk.shape[j]!;
    if (rs & CAP) {
      const wide = c.gaz.lookup(key)?.refs.some((r) => r.type === '' && c.gaz.entry(r.entry).kind !== 'city');
      // "Dublin Road" is a street; "Florida Highway Patrol", "Otter Tail County Road 80" name the state or county
      if (STREET_WORDS.has(rn) && !wide && !/ (county|parish)$/.test(key)) return 'reject';
      if (REGION_SUFFIXES.has(rn)) return 'region-suffix';
      // the place heads an organisation or a title ("Mansfield Mayor Curtis McCoy")
      if (ORG_HEADS.has(rn) || FUNCTION_WORDS.has(rn) || PLACE_MODIFIERS.has(rn) || PERSON_TITLES.has(rn)) return 'ok';
      const next = c.gaz.lookup(rn);
      if (next && next.refs.some((r) => r.type === '' && c.gaz.entry(r.entry).kind !== 'city')) return 'ok'; // "Bangor Maine"
      // "Vladimir Putin", "Paris Hilton": a first name followed by a surname; otherwise the place heads
      // an organisation or title ("Texas Alcoholic Beverage Commission", "Augusta Herald"); a state or
      // country keeps its sense ("Georgia Municipal Association"), and only a small town's name is
      // remembered as a first name for the rest of the document
      if (FIRST_NAMES.has(key) && !wide) {
        if (maxPop(c, key) < 100_000) c.personKeys.add(key);
        return 'reject';
      }
      // a small town's name before another unknown name is more likely a first name ("Taylor Swift")
      if (!wide && j - i === 1 && maxPop(c, key) < 100_000) return 'reject';
      return 'ok';
    }
  }
  return 'ok';
}

/** Token t is a capitalised first name or surname ("Manoel", "Nogueira"), even if some small town has that name. */
function personName(c: Ctx, t: number): boolean {
  const { tk } = c;
  if (!(tk.shape[t]! & CAP) || tk.shape[t]! & UPPER) return false;
  const n = tk.norm[t]!;
  if (FIRST_NAMES.has(n) || c.gaz.personNames.has(n)) return true;
  const rec = c.gaz.lookup(n);
  return rec !== undefined && rec.flags.includes('n') && smallTown(c, n);
}

/**
 * Token t is a capitalised (not all-capitals) first name or surname that names no place bigger than a
 * small town: a word of the person-name lists ("Lopes", "Almeida", "Reis") or of FIRST_NAMES.
 */
function personWord(c: Ctx, t: number): boolean {
  const { tk } = c;
  const sh = tk.shape[t]!;
  if (!(sh & CAP) || sh & UPPER || tk.end[t]! - tk.start[t]! < 3) return false;
  const n = tk.norm[t]!;
  if (c.gaz.personNames.has(n)) return true;
  // a name that is also an everyday word is not enough ("Sandusky Marina", "Toledo Grace Chapel"):
  // the hand list of first names only outside English, the name flag only on words of no dictionary
  // of the text's language ("Ramos" in "Pereira Ramos" is an English word but no Portuguese one)
  const rec = c.gaz.lookup(n);
  const flags = rec?.flags ?? '';
  const named = ((FIRST_NAMES.has(n) || SURNAMES.has(n)) && c.lang !== 'en') || (flags.includes('n') && !flags.includes('v') && !(c.lang === 'en' && flags.includes('w')));
  if (!named) return false;
  // the word continues the name: not a longer place ("São João da Pesqueira" is matched whole before)
  return rec === undefined || smallTown(c, n);
}

/**
 * Token t, just before a name, is a first name or surname of the name lists that is no place itself
 * ("Inês Ferreira", "Nunes Ferreira"; Portuguese and Spanish surnames outside English texts).
 */
function personLeft(c: Ctx, t: number): boolean {
  const { tk } = c;
  if (tk.shape[t]! & UPPER) return false;
  const n = tk.norm[t]!;
  return c.gaz.personNames.has(n) || (SURNAMES.has(n) && !c.sentInit[t] && c.lang !== 'en' && c.gaz.lookup(n) === undefined);
}

/** Token k is a word of two or more letters, all capitals. */
function capsWord(tk: Tokens, k: number): boolean {
  return k >= 0 && k < tk.count && (tk.shape[k]! & UPPER) !== 0 && tk.end[k]! - tk.start[k]! > 1;
}

/** The key is a country's name. */
function namesCountry(c: Ctx, key: string): boolean {
  return !!c.gaz.lookup(key)?.refs.some((r) => r.type === '' && c.gaz.entry(r.entry).kind === 'country');
}

/** The key names towns only (no country or region). */
function onlyTownsKey(c: Ctx, key: string): boolean {
  return !c.gaz.lookup(key)?.refs.some((r) => r.type === '' && c.gaz.entry(r.entry).kind !== 'city');
}

/** Only towns of fewer than 100,000 people go by this name. */
function smallTown(c: Ctx, key: string): boolean {
  const refs = c.gaz.lookup(key)?.refs;
  return !!refs && refs.every((r) => r.type !== '' || (c.gaz.entry(r.entry).kind === 'city' && c.gaz.entry(r.entry).population < 100_000));
}

/** Tokens [a, b] are plain capitalised words: no place, organisation, cue or title ("Manoel", "Valente"). */
function nameWords(c: Ctx, a: number, b: number): boolean {
  const { tk } = c;
  for (let q = a; q <= b; q++) {
    const n = tk.norm[q]!;
    if (!(tk.shape[q]! & CAP) || tk.shape[q]! & UPPER || (c.sentInit[q] && FUNCTION_WORDS.has(n))) return false;
    if (ORG_HEADS.has(n) || CITY_CUES.has(n) || REGION_CUES.has(n) || LOWER_NAME_HEADS.has(n) || PLACE_MODIFIERS.has(n) || STREET_HEADS.has(n)) return false;
    if (personName(c, q)) continue;
    if (c.lowerSeen.has(n) || c.gaz.lookup(n)?.refs.some((r) => r.type === '' || r.type === 'd')) return false;
  }
  return true;
}

/** Largest population among the towns a key names. */
function maxPop(c: Ctx, key: string): number {
  let p = 0;
  for (const r of c.gaz.lookup(key)?.refs ?? []) p = Math.max(p, c.gaz.entry(r.entry).population);
  return p;
}

/** "região de X", "province of X", "X region", "X oblast". */
function regionCueAround(c: Ctx, i: number, j: number): boolean {
  const { tk } = c;
  // (not a conjunction: "Punjab province and Lahore" names a city after the region)
  if (i >= 2 && CONNECTORS.has(tk.norm[i - 1]!) && !LIST_AND.has(tk.norm[i - 1]!) && tk.shape[i - 1]! & LOWER && REGION_CUES.has(tk.norm[i - 2]!)) return true;
  // Spanish and Portuguese also put the cue right before the name: "el estado Bolívar", "departamento Cesar"
  // (not "secretario de estado Bolívar Arias", "golpe de estado", "chefe de estado": a noun of its own)
  if (i >= 1 && (c.lang === 'es' || c.lang === 'pt') && tk.gap[i] === GAP_SPACE && tk.shape[i - 1]! & LOWER && DIRECT_REGION_CUES.has(tk.norm[i - 1]!) && !(i >= 2 && OF_WORDS.has(tk.norm[i - 2]!)))
    return true;
  if (j < tk.count && tk.gap[j] === GAP_SPACE && REGION_SUFFIXES.has(tk.norm[j]!)) return true;
  return false;
}

/** French masculine articles and their contractions ("le Québec", "du Québec", "au Québec"). */
const MASCULINE_FR: ReadonlySet<string> = new Set(['le', 'du', 'au']);



/** Region nouns that Spanish and Portuguese put right before a region's name, with no "de". */
const DIRECT_REGION_CUES: ReadonlySet<string> = new Set(['estado', 'departamento', 'provincia']);
/** "de" before such a noun makes it a noun of its own ("secretario de estado"), not a region cue. */
const OF_WORDS: ReadonlySet<string> = new Set(['de', 'do', 'da', 'del']);
/** "of" before a name qualified by a nationality ("puerto georgiano de Poti", "Russian city of Kursk"). */
const OF_WORDS_ANY: ReadonlySet<string> = new Set([...OF_WORDS, 'of', 'du', 'd']);

/** Compass words that, in lower case before a name, mark part of a state or country ("central Washington"). */
const PART_WORDS = new Set('central northern southern eastern western northeastern northwestern southeastern southwestern upstate downstate'.split(' '));

/**
 * "the X border", "the X state line", "central X", "western X": a country or a state rather than a
 * town (English word order).
 */
function areaCueAround(c: Ctx, i: number, j: number): boolean {
  const { tk } = c;
  if (c.lang === 'en' && i > 0 && tk.gap[i] === GAP_SPACE && tk.shape[i - 1]! & LOWER && PART_WORDS.has(tk.norm[i - 1]!)) return true;
  if (j >= tk.count || tk.gap[j] !== GAP_SPACE || !(tk.shape[j]! & LOWER)) return false;
  const w = tk.norm[j]!;
  if (w === 'border' || w === 'borders') return true;
  return w === 'state' && j + 1 < tk.count && tk.gap[j + 1] === GAP_SPACE && tk.norm[j + 1] === 'line';
}

/** "cidade de X", "the city of X", "na cidade costeira de X", "ville de X". */
function cityCueBefore(c: Ctx, i: number): boolean {
  const { tk } = c;
  if (i < 2 || !CONNECTORS.has(tk.norm[i - 1]!)) return false;
  for (let k = i - 2; k >= Math.max(0, i - 4); k--) {
    if (CITY_CUES.has(tk.norm[k]!) && tk.shape[k]! & LOWER) return true;
    if (!(tk.shape[k]! & LOWER)) return false;
  }
  return false;
}

/** "Wonsan, na Coreia do Norte": a locative preposition after a comma that follows a mention. */
function locativeAfterComma(c: Ctx, i: number, _afterMention: boolean): boolean {
  const { tk } = c;
  if (i < 2) return false;
  const p = tk.norm[i - 1]!;
  if (!(tk.shape[i - 1]! & LOWER) || !/^(in|em|no|na|en|au|aux|a|dans)$/.test(p)) return false;
  return tk.gap[i - 1] === GAP_COMMA;
}

const ABBREV = new Set(
  'mr mrs ms dr st ste mt ft gen sen gov rep col lt sgt capt cpt adm jr sr prof rev sra sr dra no nos vs etc av pres dept co inc corp ltd'.split(' '),
);

/**
 * 1 for the first word of each sentence and words after an opening quote, colon, dash or line break.
 * Computed from token gaps in the same pass as the rest (a sentence ends at . ! ? … unless the word
 * before is an initial or a common abbreviation), so it agrees with splitSentences on news text.
 */
function sentenceInitials(text: string, tk: Tokens): Uint8Array {
  const out = new Uint8Array(tk.count);
  if (tk.count) out[0] = 1;
  for (let k = 1; k < tk.count; k++) {
    const g = tk.gap[k]!;
    if (g === GAP_SPACE || g === GAP_HYPHEN || g === GAP_APOS || g === GAP_COMMA) continue;
    const a = tk.end[k - 1]!;
    const b = tk.start[k]!;
    let end = false;
    for (let q = a; q < b; q++) {
      const ch = text.charCodeAt(q);
      // : “ " « ( — – newline ! ? …
      if (ch === 58 || ch === 0x201c || ch === 34 || ch === 0xab || ch === 40 || ch === 0x2014 || ch === 0x2013 || ch === 10 || ch === 33 || ch === 63 || ch === 0x2026 || ch === 0xbf || ch === 0xa1) {
        out[k] = 1;
        break;
      }
      if (ch === 46) end = true;
    }
    if (end && !out[k]) {
      const prevLen = a - tk.start[k - 1]!;
      const prev = tk.norm[k - 1]!;
      if (g === GAP_DOT && (prevLen === 1 || ABBREV.has(prev))) continue;
      if (prevLen === 1 && tk.shape[k - 1]! & CAP) continue; // initial "J. Smith"
      out[k] = 1;
    }
  }
  return out;
}

/** Per token: 0 in a normal line, 1 in a title-case line (headline), 2 in an all-capitals line. */
function lineKinds(text: string, tk: Tokens): Uint8Array {
  const out = new Uint8Array(tk.count);
  let t = 0;
  while (t < tk.count) {
    let nl = text.indexOf('\n', tk.start[t]!);
    if (nl < 0) nl = text.length;
    let u = t;
    let words = 0;
    let caps = 0;
    let upper = 0;
    while (u < tk.count && tk.start[u]! < nl) {
      const len = tk.end[u]! - tk.start[u]!;
      const sh = tk.shape[u]!;
      // words of four letters or more (function words are mostly shorter; long ones are checked)
      if (len >= 4 && !(sh & DIGIT) && (len >= 6 || !FUNCTION_WORDS.has(tk.norm[u]!))) {
        words++;
        if (sh & CAP) caps++;
        if (sh & UPPER) upper++;
      }
      u++;
    }
    let kind = 0;
    let e = Math.min(nl, text.length);
    while (e > 0 && /\s/.test(text[e - 1]!)) e--;
    const endsSentence = e > 0 && /[.!?…:;,"”»)]/.test(text[e - 1]!);
    if (words >= 2 && upper / words >= 0.75) kind = 2;
    else if (words >= 3 && u - t <= 30 && caps / words >= 0.75 && !endsSentence) kind = 1;
    if (kind) for (let k = t; k < u; k++) out[k] = kind;
    t = u;
  }
  return out;
}

/** All candidates are towns (a country or state name is never taken for a person's name document-wide). */
function onlyTowns(c: Ctx, m: RawMention): boolean {
  return m.refs.every((r) => c.gaz.entry(r.entry).kind === 'city');
}

/** "Mobile phones": a lower-case word (not a function word) right after the name. */
function followedByContentWord(c: Ctx, m: RawMention): boolean {
  const t = m.t1;
  if (t >= c.tk.count || c.tk.gap[t] !== GAP_SPACE) return false;
  return (c.tk.shape[t]! & LOWER) !== 0 && !FUNCTION_WORDS.has(c.tk.norm[t]!);
}

/**
 * Token i, in capitals, opens a line as a wire story's dateline ("DHAKA, Jan 15 (Reuters) -", "CAIRO (AP) —", "LIMA, 3 mar"): a
 * comma and a date, or a bracket or a dash, follow it, and it names a city of 50,000 people or more.
 */
function capsDateline(c: Ctx, i: number, rec: NameRecord): boolean {
  const { tk, text } = c;
  const lineStart = text.lastIndexOf('\n', tk.start[i]! - 1) + 1;
  if (text.slice(lineStart, tk.start[i]!).trim() !== '') return false;
  if (!/^(?:,\s*(?:\d|[A-Za-zÀ-ÿ]{3,}\.?\s+\d)|\s*\(|\s*[—–-]\s)/.test(text.slice(tk.end[i]!, tk.end[i]! + 16))) return false;
  return rec.refs.some((r) => r.type === '' && c.gaz.entry(r.entry).kind === 'city' && c.gaz.entry(r.entry).population >= 50_000);
}

/** Locative prepositions that may open a sentence before a place ("Em Abrantes, ...", "In Bath, ..."). */
const INITIAL_LOCATIVES = new Set(['em', 'in', 'dans', 'en', 'nas', 'nos']);

/** Month names of Portuguese, Spanish and French street names that are dates ("Avenida 5 de Outubro"). */
const MONTHS = new Set(
  'janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro enero febrero mayo junio julio septiembre octubre noviembre diciembre'.split(' '),
);

/** Conjunctions between the items of a list of places. */
const LIST_AND = new Set(['and', 'or', 'e', 'ou', 'y', 'o', 'et']);

/** Languages whose adjective of nationality may be spelled like the country ("argentina", French "suisse"). */
const DUAL_LANGS: ReadonlySet<string> = new Set(['es', 'pt', 'fr']);

/**
 * Can place `outer` contain place `inner` ("Bangor, Maine", "Wonsan, na Coreia do Norte")? Some sense of each lies in one
 * country, or `outer` has a sense in no single country (a world region). ("Morre, em Faro, o pintor": a town of France
 * and a city of Portugal; the first is a verb.)
 */
function canContain(c: Ctx, outer: RawMention, inner: RawMention): boolean {
  const countries = new Set<string>();
  for (const r of inner.refs) countries.add(c.gaz.entry(r.entry).country);
  for (const r of outer.refs) {
    const cc = c.gaz.entry(r.entry).country;
    if (cc === '' || countries.has(cc)) return true;
  }
  return countries.has('');
}

/**
 * Is `town` a plain capitalised name of towns only (no country, no region), none of them in the country that `where` names without
 * doubt (a country's name, all of whose senses are that one country), after a comma and a locative word?
 */
function strayTown(c: Ctx, town: RawMention, where: RawMention): boolean {
  if (town.via !== 'name' || where.via !== 'name' || town.common || town.weak || town.initial || town.refs.length === 0) return false;
  // (only with a locative word after the comma: "Banki, in Nigeria"; a bare comma may list places or people, "Kinshasa, Nigeria
  // and Ghana", "C.J. McArthur, Chad Foster", and "o semanário Savana, a Tanzânia" is an article)
  if (where.t0 - town.t1 !== 1 || !IN_COUNTRY.has(c.tk.norm[town.t1]!)) return false;
  let cc: string | undefined;
  // ("do porto de Vila do Conde, no Pará": so is one qualified by a region of a country, when all the region's senses lie there.)
  for (const r of where.refs) {
    const e = c.gaz.entry(r.entry);
    if ((e.kind !== 'country' && e.kind !== 'region') || !e.country || (cc !== undefined && cc !== e.country)) return false;
    cc = e.country;
  }
  if (cc === undefined) return false;
  // (Not a capital or a big city, known wherever the text puts it: "talks in Kinshasa, in Nigeria's view" is no Nigerian town.)
  for (const r of town.refs) {
    const e = c.gaz.entry(r.entry);
    if (e.kind !== 'city' || e.country === cc || e.fcode === 'PPLC' || e.population >= 100_000) return false;
  }
  return true;
}

/** An organisation's word stands right before token t, or before "de"/"of" before it ("Hospital de", "Palácio"). */
function orgWordBefore(c: Ctx, t: number): boolean {
  const { tk } = c;
  let k = t - 1;
  if (k >= 0 && tk.gap[t] === GAP_SPACE && tk.shape[k]! & LOWER && OF_WORDS_ANY.has(tk.norm[k]!)) k--;
  return k >= 0 && tk.gap[k + 1] === GAP_SPACE && (tk.shape[k]! & CAP) !== 0 && ORG_HEADS.has(tk.norm[k]!);
}

/**
 * Document-level decisions: person names, weak sentence-initial words, containers. Towns qualified by a country that holds none
 * of their senses go to `strays`, as localities of that country.
 */
function documentPass(c: Ctx, found: RawMention[], strays: RawMention[]): RawMention[] {
  // "X, Y" / "X, na Y": Y qualifies X (decided before filtering: a qualified X is supported)
  const qualifier = new Map<RawMention, RawMention>();
  const facilities = new Set<RawMention>();
  const unknown = new Map<RawMention, RawMention>();
  for (let k = 1; k < found.length; k++) {
    const m = found[k]!;
    if (m.container !== -1) continue;
    delete m.container;
    const prev = found[k - 1]!;
    // ("Bari (Italia), 28 feb (EFE)", "Tinduf (Argelia)": a place in parentheses right after a name, and a country after "in" with no
    // comma, "around Rosario in Argentina", qualify it only by holding one of its senses. Only a country after "in": "a PDQ Mart in
    // Woodbridge", "the National Lakeshore in Michigan" name businesses and parks there.)
    const loose =
      (m.t0 === prev.t1 && parenthesised(c.text, prev.end, m.start, m.end)) ||
      (m.t0 === prev.t1 + 1 && c.tk.gap[prev.t1] === GAP_SPACE && IN_COUNTRY.has(c.tk.norm[prev.t1]!) && m.refs.length > 0 && m.refs.every((r) => c.gaz.entry(r.entry).kind === 'country'));
    if (!loose && (m.t0 - prev.t1 > 1 || c.tk.gap[prev.t1] !== GAP_COMMA)) continue;
    if (canContain(c, m, prev)) qualifier.set(prev, m);
    else if (loose) continue;
    // ("o Hospital de Santa Maria, em Lisboa", "no Palácio Ribamar, em Algés": a name after an organisation's word that the
    // next place cannot contain names the building there, not a town abroad.)
    else if (orgWordBefore(c, prev.t0)) facilities.add(prev);
    // ("refugees were driven to Banki, in Nigeria's Borno state": a town the gazetteer knows only elsewhere, qualified by a country
    // named as where it lies, is a town of that country the gazetteer lacks, not the namesake abroad.)
    else if (strayTown(c, prev, m)) unknown.set(prev, m);
  }
  for (const m of found) if (m.container === -1) delete m.container;
  // "el puerto georgiano de Poti", "la ciudad rusa de Kursk", "the Russian city of Kursk": a nationality before "of"
  // and a name (past one lower-case place noun) qualifies it as "Poti, Georgia" would.
  for (let k = 1; k < found.length; k++) {
    const m = found[k]!;
    const prev = found[k - 1]!;
    if (prev.via !== 'demonym' || m.via !== 'name' || qualifier.has(m)) continue;
    const between = m.t0 - prev.t1;
    if (between < 1 || between > 2 || !OF_WORDS_ANY.has(c.tk.norm[m.t0 - 1]!)) continue;
    // (a place noun with the nationality: before it in Romance order, "o porto georgiano de", after it in English,
    // "the Russian city of"; not a person's, "o médio brasileiro do Porto")
    const noun = between === 2 ? prev.t1 : prev.t0 - 1;
    if (noun < 0 || !(c.tk.shape[noun]! & LOWER) || !(CITY_CUES.has(c.tk.norm[noun]!) || REGION_CUES.has(c.tk.norm[noun]!))) continue;
    qualifier.set(m, prev);
  }

  const evidence = new Set<string>();
  const located = new Set<string>();
  // an item of a list of places ("Palmela, Moita e Seixal", "Tomar, Leiria and Fátima") is located by
  // a neighbouring item that needs no support: separated by a comma or a conjunction only
  const listed = new Set<RawMention>();
  const joinedTo = (a: RawMention, b: RawMention): boolean => {
    if (b.t0 === a.t1) return c.tk.gap[b.t0] === GAP_COMMA;
    return b.t0 === a.t1 + 1 && c.tk.gap[a.t1] !== GAP_BREAK && c.tk.gap[b.t0] === GAP_SPACE && LIST_AND.has(c.tk.norm[a.t1]!);
  };
  const plain = (m: RawMention): boolean => !m.common && !m.weak && !(m.via === 'name' && m.initial && c.lowerSeen.has(m.key));
  for (let k = 0; k < found.length; k++) {
    const m = found[k]!;
    if (!m.common && !m.weak) continue;
    const prev = found[k - 1];
    const next = found[k + 1];
    if ((prev && plain(prev) && joinedTo(prev, m)) || (next && plain(next) && joinedTo(m, next))) listed.add(m);
  }
  for (const m of found) {
    // ("Savannah police", "a Mobile man": a town's name before a noun of local news is used as a place)
    const supported = m.locative || m.cue !== undefined || qualifier.has(m) || listed.has(m) || m.local === true;
    if (m.via === 'name' && (!m.initial || supported)) evidence.add(m.key);
    if (supported) located.add(m.key);
  }
  // "La Suisse a gelé les fonds. Berne a restitué…": a national capital opening a sentence, in a document
  // that names its country without doubt, stands for that country's government.
  const named = new Set<string>();
  for (const m of found) {
    if (!plain(m)) continue;
    for (const r of m.refs) {
      const e = c.gaz.entry(r.entry);
      if (e.kind === 'country' && e.country) named.add(e.country);
    }
  }
  const capitalOfNamed = (m: RawMention): boolean =>
    m.initial === true && m.refs.some((r) => {
      const e = c.gaz.entry(r.entry);
      return e.fcode === 'PPLC' && !!e.country && named.has(e.country);
    });
  const out: RawMention[] = [];
  for (const m of found) {
    const single = m.t1 - m.t0 === 1;
    if (facilities.has(m)) continue;
    const inside = unknown.get(m);
    if (inside) {
      strays.push({ ...m, refs: [], street: true, locality: true, inside });
      continue;
    }
    if (m.common && !located.has(m.key)) continue;
    // (not before a noun of local news: "Police said Damon Salem was arrested. Salem police declined to comment.")
    if (m.via === 'name' && single && c.personKeys.has(m.key) && !m.cue && !qualifier.has(m) && onlyTowns(c, m) && !townNounAt(c, m.t1)) continue;
    // ("Berne a restitué", but not "Male candidates", "Sucre et soja", "Praia e sol": a content word or a
    // conjunction after it reads the word as a word.)
    const capital = m.via === 'name' && single && capitalOfNamed(m) && !followedByContentWord(c, m) && !LIST_AND.has(c.tk.norm[m.t1] ?? '');
    if (m.weak && !qualifier.has(m) && !m.local && !capital && (!evidence.has(m.key) || followedByContentWord(c, m))) continue;
    // (Unless the lower-case word is the place's own people's adjective: "la economía argentina".)
    if (m.via === 'name' && single && m.initial && c.lowerSeen.has(m.key) && !evidence.has(m.key) && !capital && !m.ownAdjective) continue;
    out.push(m);
  }
  const index = new Map(out.map((m, k) => [m, k]));
  for (const m of out) {
    const q = qualifier.get(m);
    if (q && index.has(q)) m.container = index.get(q)!;
  }
  return out;
}

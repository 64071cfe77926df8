/**
 * Quantities around a cargo noun: "mais de 14 mil soldados" -> 14000 (more than), "milhões de
 * munições" -> magnitude 1e6, "US$ 1,2 bilhão" -> 1.2e9 USD, "6.5 million shells". Works on the tagged
 * items of a sentence; looks at a bounded number of items, so it is O(1) per cargo noun.
 */
import type { Qualifier } from './lexicon/types';
import { hasMark, MB, prepRole, type Item } from './items';
import { parseNumeral } from './tokens';

export interface Quantity {
  quantity: number | null;
  magnitude?: number;
  qualifier?: Qualifier;
  /** Offsets of the quantity's own words in the article. */
  start: number;
  end: number;
}

function numValue(it: Item, decimalComma: boolean, beforeScale: boolean): number | null {
  if (it.tok === 'num') return parseNumeral(it.lower, decimalComma, beforeScale);
  for (const t of it.tags) if (t.k === 'num') return t.v;
  return null;
}

const isOf = (it: Item | undefined): boolean => !!it && it.tags.some((t) => t.k === 'prep' && (t.role === 'of'));

function scaleOf(it: Item | undefined): { v: number; alone: 'exact' | 'magnitude' } | null {
  if (!it) return null;
  for (const t of it.tags) if (t.k === 'scale') return t;
  return null;
}

function qualifierBefore(items: Item[], j: number): { q: Qualifier; start: number } | null {
  const it = items[j];
  if (!it) return null;
  for (const t of it.tags) if (t.k === 'qual') return { q: t.q, start: it.start };
  return null;
}

/** Vague counts before a number word or scale ("several thousand", "a few hundred", "vários milhares"). */
export const VAGUE: ReadonlySet<string> = new Set(['several', 'few', 'many', 'vários', 'várias', 'alguns', 'algumas', 'varios', 'varias', 'algunos', 'algunas', 'plusieurs', 'quelques']);

/** Where a vague count at v starts ("a few": at "a"). */
const vagueStart = (items: Item[], v: number): number => (items[v]!.lower === 'few' && items[v - 1]?.lower === 'a' ? items[v - 1]! : items[v]!).start;

/** A decimal times its scale without binary noise: 4.1 × 10⁶ is 4100000, not 4099999.9999999995. */
const scaled = (value: number, mul: number): number => (mul === 1 ? value : Number((value * mul).toPrecision(12)));

/** Words of more between a count and its goods ("2,000 more US troops", "300 additional tanks"). */
export const MORE: ReadonlySet<string> = new Set(['more', 'additional', 'extra', 'further']);

/** Number (+ scales) ending at item index `j` (inclusive), reading leftwards. */
export function readLeft(items: Item[], j: number, decimalComma: boolean): Quantity | null {
  let k = j;
  let mul = 1;
  let firstScale: { v: number; alone: 'exact' | 'magnitude' } | null = null;
  while (k >= 0) {
    const s = scaleOf(items[k]);
    if (!s || items[k]!.tok === 'num') break;
    mul *= s.v;
    firstScale = s;
    k--;
  }
  const end = items[j]!.end;
  // "a half million", "six and a half million", "2 and a half billion": half of the scale, plus the number before "and".
  if (mul > 1 && items[k]?.lower === 'half' && items[k - 1]?.lower === 'a') {
    const n = CONNECTORS.has(items[k - 2]?.lower ?? '') ? items[k - 3] : undefined;
    const v = n ? numValue(n, decimalComma, false) : null;
    if (n && v !== null) return { quantity: scaled(v + 0.5, mul), start: n.start, end };
    if (!n) return { quantity: 0.5 * mul, start: items[k - 1]!.start, end };
  }
  let numItem = items[k];
  // A model number is not a quantity: "18 Leopard 2 tanks" -> 18, "three Type 23 frigates" -> 3.
  const before = items[k - 2];
  if (mul === 1 && numItem?.tok === 'num' && items[k - 1]?.cap && !items[k - 1]!.place && (before?.tok === 'num' || !!before?.tags.some((t) => t.k === 'num'))) {
    k -= 2;
    numItem = items[k];
  }
  let value = numItem && (numItem.tok === 'num' || numItem.tags.some((t) => t.k === 'num')) ? numValue(numItem, decimalComma, mul > 1) : null;
  // "mil doscientos", "two hundred", "one thousand two hundred", "quarenta e cinco", "vingt et un": number words
  // composed with the number words and scales before them.
  if (value !== null && numItem && numItem.tok !== 'num') {
    const c = composedLeft(items, k);
    if (c) {
      value = c.value;
      k = c.start;
      numItem = items[k];
    }
  }
  // "o primeiro dos três aviões", "the first two of 12 jets", "le premier des trois": a part of the number.
  if (value !== null && numItem) {
    const part = firstOf(items, k, decimalComma);
    if (part) return { quantity: part.n, start: part.start, end };
  }
  if (value !== null && numItem) {
    // ("several hundred tonnes", "a few hundred soldiers": an order of magnitude, not a hundred.)
    if (numItem.tok !== 'num' && VAGUE.has(items[k - 1]?.lower ?? '')) return { quantity: null, magnitude: value * mul, start: vagueStart(items, k - 1), end };
    const q = qualifierBefore(items, k - 1);
    // ("une centaine", "una veintena": one collective numeral counts about so many.)
    const about = !q && value === 1 && numItem.tok !== 'num' && firstScale !== null && APPROX_COLLECTIVE.test(items[j]!.lower);
    return { quantity: scaled(value, mul), ...(q ? { qualifier: q.q } : about ? { qualifier: 'about' } : {}), start: q ? q.start : numItem.start, end };
  }
  if (firstScale) {
    // ("several thousand soldiers", "a few million barrels")
    if (VAGUE.has(items[k]?.lower ?? '')) return { quantity: null, magnitude: mul, start: vagueStart(items, k), end };
    const q = qualifierBefore(items, k);
    const start = q ? q.start : items[k + 1]!.start;
    // ("une centaine de soldats", "una veintena de militares", "uma dezena": a collective numeral counts about so many.)
    if (firstScale.alone === 'exact' && mul === firstScale.v) return { quantity: mul, ...(q ? { qualifier: q.q } : APPROX_COLLECTIVE.test(items[j]!.lower) ? { qualifier: 'about' } : {}), start, end };
    return { quantity: null, magnitude: mul, ...(q ? { qualifier: q.q } : {}), start, end };
  }
  return null;
}

/** Collective numerals that count about so many ("dizaine", "vingtaine", "centaine", "veintena", "centenar", "dezena"); not a dozen. */
const APPROX_COLLECTIVE = /^(?:dizaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|decena|quincena|veintena|treintena|cuarentena|cincuentena|centenar|centena|dezena|quinzena|vintena|trintena|quarentena|cinquentena)$/;
/** A per cent sign or word after a number ("43%", "43 percent"): a share, no amount. */
export const PERCENT: ReadonlySet<string> = new Set(['%', 'percent']);
/** Words before the count of a clause whose verb is left out: "outros 60", "another 25 tonnes", "otras 900", "trois autres". */
export const ELLIPSIS_BEFORE: ReadonlySet<string> = new Set(['another', 'outro', 'outra', 'outros', 'outras', 'otro', 'otra', 'otros', 'otras', 'autre', 'autres', 'mais', 'restantes', 'remaining']);
const CONNECTORS: ReadonlySet<string> = new Set(['e', 'y', 'and', 'et']);
/** The value of a number word ("duzentos", "twenty"); null for digits and other words. */
const wordValue = (it: Item | undefined): number | null => (it && it.tok !== 'num' ? numValue(it, false, false) : null);

/** May the number word or scale before a connector join the number word after it into one number? */
function joinsOn(before: Item | undefined, after: Item | undefined): boolean {
  if (scaleOf(before) && before!.tok !== 'num') return true;
  const b = wordValue(before);
  const a = wordValue(after);
  return b !== null && a !== null && b >= 20 && b > a;
}

/**
 * The value of the run of number words (and scales, and "e"/"y"/"and"/"et" between them) that ends with the number
 * word at k, read from its first word: "one thousand two hundred" -> 1200, "mil doscientos" -> 1200, "dos mil
 * quinientos" -> 2500; null when the word at k stands alone.
 */
function composedLeft(items: Item[], k: number): { value: number; start: number } | null {
  // (a scale on digits ends the run: "$5 million and fifty ambulances" counts fifty)
  const digitScale = (q: number): boolean => !!scaleOf(items[q]) && items[q - 1]?.tok === 'num';
  let s = k;
  while (s > 0) {
    const p = items[s - 1]!;
    if (wordValue(p) !== null || (scaleOf(p) && p.tok !== 'num' && !digitScale(s - 1))) s--;
    // (across "and"/"e"/"y"/"et" only after a hundred, a ten above the next word, or a scale: "quatrocentos e vinte",
    // "vingt et un", "mil e duzentos"; "between two and three thousand" is a range, not a sum)
    else if (CONNECTORS.has(p.lower) && s - 2 >= 0 && joinsOn(items[s - 2], items[s]) && !digitScale(s - 2)) s--;
    else break;
  }
  if (s === k) return null;
  let total = 0;
  let cur = 0;
  for (let i = s; i <= k; i++) {
    const it = items[i]!;
    if (CONNECTORS.has(it.lower)) continue;
    const v = wordValue(it);
    if (v !== null) {
      // ("two hundred": "hundred" multiplies the number before it)
      cur = v === 100 && cur > 0 && cur < 100 ? cur * 100 : cur + v;
      continue;
    }
    const sc = scaleOf(it);
    if (sc) {
      total += (cur || 1) * sc.v;
      cur = 0;
    }
  }
  return { value: total + cur, start: s };
}

/** Number (+ scales) starting at item index `j`, reading rightwards ("US$ 1,2 bilhão"). */
function readRight(items: Item[], j: number, decimalComma: boolean): Quantity | null {
  const numItem = items[j];
  if (!numItem || numItem.tok !== 'num') return null;
  let k = j + 1;
  let mul = 1;
  while (k < items.length) {
    const s = scaleOf(items[k]);
    if (!s) break;
    mul *= s.v;
    k++;
  }
  const value = parseNumeral(numItem.lower, decimalComma, mul > 1);
  if (value === null) return null;
  return { quantity: scaled(value, mul), start: numItem.start, end: items[k - 1]!.end };
}

/** Is the item starting at `start` (at or left of j: the number a reading found) written in digits? */
function digitsAt(items: Item[], j: number, start: number): boolean {
  let i = j;
  while (i > 0 && items[i]!.start > start) i--;
  return items[i]?.tok === 'num';
}

/** "new" in the four languages: a word that may stand between a count and its goods ("20 new tanks"). */
const NEW: ReadonlySet<string> = new Set(['new', 'novo', 'nova', 'novos', 'novas', 'nuevo', 'nueva', 'nuevos', 'nuevas', 'nouveau', 'nouvel', 'nouvelle', 'nouveaux', 'nouvelles']);

/**
 * Words of a part of a whole ("une partie du", "half of the", "la mayoría de", "l'essentiel des"): a number
 * before them counts parts, not goods; after a trade verb they make its object a share of something.
 */
export const SHARE_WORDS: ReadonlySet<string> = new Set([
  'part', 'parts', 'share', 'portion', 'half', 'rest', 'majority', 'most', 'bulk', 'parte', 'partes', 'porção', 'porción', 'metade',
  'mitad', 'resto', 'maioria', 'mayoría', 'partie', 'parties', 'moitié', 'reste', 'majorité', 'plupart', 'essentiel',
  // (fractions: "a third of", "un tercio de", "um terço das", "un tiers des", "a quarter of", "un cuarto de", "un quart des")
  'third', 'thirds', 'quarter', 'quarters', 'tercio', 'tercios', 'terço', 'terços', 'tiers', 'cuarto', 'cuartos', 'quarto', 'quartos', 'quart', 'quarts', 'remainder',
]);

/** A year from 1900 to 2099, four digits. */
export const YEAR = /^(?:19|20)\d\d$/;

/** Words of time before a year ("since", "desde", "depuis", "until", "até", "hasta", "jusqu'en"). */
const YEAR_PREPS: ReadonlySet<string> = new Set(['since', 'until', 'desde', 'até', 'hasta', 'depuis', 'jusqu', 'jusque', 'by']);

/** Is the item at j a year, four digits from 1900 to 2099 right after "in" or a word of time ("en 2024", "since 2019")? */
function yearAt(items: Item[], j: number): boolean {
  const it = items[j]!;
  return it.tok === 'num' && YEAR.test(it.lower) && (prepRole(items[j - 1]) === 'in' || YEAR_PREPS.has(items[j - 1]?.lower ?? ''));
}

/**
 * Quantity of the cargo item at index `c`: "[qualifier] NUM [scale...] [de] CARGO", or for a currency
 * symbol "SYM NUM [scale...]".
 */
export function quantityAt(items: Item[], c: number, decimalComma: boolean): Quantity | null {
  const it = items[c]!;
  if (it.tok === 'sym') {
    const q = readRight(items, c + 1, decimalComma);
    if (!q) return null;
    const qual = qualifierBefore(items, c - 1);
    return { ...q, start: qual ? qual.start : it.start, ...(qual ? { qualifier: qual.q } : {}) };
  }
  let j = c - 1;
  // "84 de ses ressortissants", "300 de sus soldados": a part counted out of a possessed whole.
  if (isOf(items[j - 1]) && hasMark(items[j], MB.det) && !items[j]!.place) j--;
  if (isOf(items[j])) j--;
  // Up to three words between the number and the noun: "14 mil novos soldados", "25 milliards de mètres cubes de
  // gaz", "12 new Gripen E jets".
  let pastNew = false;
  for (let n = 0; n < 4 && j >= 0; n++) {
    // ("vendió en 2024 electricidad", "sold in 2024 beef": a year after "in" or "since" counts nothing.)
    if (yearAt(items, j)) return null;
    // ("a second Dornier 228 maritime patrol aircraft", "a Boeing 737": a number right after a maker's name is the model's.)
    if (items[j]!.tok === 'num' && modelNumberAt(items, j)) {
      j -= 2;
      continue;
    }
    const q = halfAfter(items, j, decimalComma) ?? readLeft(items, j, decimalComma);
    // (Past "new"/"novas", only a number in digits: "un nouveau paquet", "dois anos novas linhas" count nothing.)
    if (q) return pastNew && !digitsAt(items, j, q.start) ? null : q;
    const w = items[j]!;
    // (A modifier that is itself a cargo or model name may stand between: "12 Rafale fighter jets"; so may
    // "new", which the lexicon lists with the articles. No other article: "since 2015 the refugees".)
    const isNew = NEW.has(w.lower);
    // ("une partie du brut", "a share of the oil": a part of the goods is no count of them.)
    if (SHARE_WORDS.has(w.lower)) return null;
    // ("un buque de GNL", "two ships of graphite": a count of the vehicles that carry the goods is none of the goods.)
    if (j < c - 1 && items[j + 1]?.prep === 'of' && w.tags.some((g) => g.k === 'cargo' && g.cat === 'vehicles') && VESSEL.test(w.lower)) return null;
    // ("1.1 million tonnes of New Zealand milk powder": a country named right before the goods is their origin.)
    // ("2,000 more US troops": or its abbreviation, and a word of more before it.)
    const adjunct = !!w.place && (w.place.via === 'name' || w.place.via === 'abbreviation') && w.place.place.kind === 'country' && j === c - 1;
    if (MORE.has(w.lower)) {
      j--;
      continue;
    }
    if (n === 3 || w.tags.some((g) => g.k !== 'cargo' && !isNew) || w.tok !== 'word' || (w.place && w.place.via !== 'demonym' && !adjunct)) return null;
    pastNew ||= isNew;
    j--;
    if (isOf(items[j])) j--;
  }
  return null;
}

/**
 * Is the number at j part of a model's name: right after a capitalised word that is no place, article, unit or number word,
 * inside the sentence ("Dornier 228", "Boeing 737"), with no digit grouping ("Dornier 2,500" is a count)?
 */
function modelNumberAt(items: Item[], j: number): boolean {
  const w = items[j - 1];
  const n = items[j]!;
  const b = items[j - 2];
  // (After an article, a count or an adjective: "a Dornier 228", "two Boeing 737", "a second Dornier 228"; not "In January 300".)
  const opened = !!b && (hasMark(b, MB.det) || b.tok === 'num' || (b.tok === 'word' && !b.cap && b.prep === null && b.tags.every((g) => g.k === 'mark' || g.k === 'num')));
  return !!w && j - 1 > 0 && opened && !!w.cap && w.tok === 'word' && !w.place && !w.cargo && w.tags.length === 0 && /^\d{2,4}$/.test(n.lower) && !YEAR.test(n.lower);
}

/** "half" in the four languages, after "and": "dois milhões e meio", "un millón y medio", "un million et demi", "a million and a half". */
const HALF: ReadonlySet<string> = new Set(['meio', 'meia', 'medio', 'media', 'demi', 'demie', 'half']);

/**
 * A count ending in "and a half" at item j ("dois milhões e meio de refugiados" -> 2,500,000): the number before
 * "and" plus half of its unit (the scales it ends with: "milhões"; or a round number word, "a million"; else 1).
 */
function halfAfter(items: Item[], j: number, decimalComma: boolean): Quantity | null {
  if (!HALF.has(items[j]?.lower ?? '')) return null;
  let a = j - 1;
  if (items[j]!.lower === 'half' && items[a]?.lower === 'a') a--;
  if (!CONNECTORS.has(items[a]?.lower ?? '')) return null;
  const q = readLeft(items, a - 1, decimalComma);
  if (!q || q.quantity === null) return null;
  let unit = 1;
  for (let u = a - 1; u >= 0 && items[u]!.tok !== 'num'; u--) {
    const sc = scaleOf(items[u]);
    if (!sc) break;
    unit *= sc.v;
  }
  // ("a million and a half", "a dozen and a half": a round number word is the unit)
  if (unit === 1) {
    const v = items[a - 1]!.tok === 'num' ? null : numValue(items[a - 1]!, decimalComma, false);
    if (v !== null && (v === 12 || (v >= 100 && Number.isInteger(Math.log10(v))))) unit = v;
  }
  return { ...q, quantity: q.quantity + unit / 2, end: items[j]!.end };
}

/** Words of "first" or "last" before "of" a number ("o primeiro dos três", "the first two of", "los últimos cinco de los 32"). */
const FIRST = /^(?:primeir[oa]s?|primer[oa]s?|first|premi(?:er|ère)s?|[úu]ltim[oa]s?|last|derni(?:er|ère)s?)$/;
/** Singular forms of "first": "the first of three" is one of them ("the last of" may be the last group). */
const FIRST_ONE = /^(?:primeir[oa]|primer[oa]|first|premi(?:er|ère))$/;

/** "o primeiro dos três" at number k: how many of them (1, or the number before or after "first") and where it starts. */
function firstOf(items: Item[], k: number, decimalComma: boolean): { n: number; start: number } | null {
  let j = k - 1;
  if (hasMark(items[j], MB.det)) j--;
  if (!isOf(items[j])) return null;
  j--;
  // ("the first two of 12 jets")
  const after = items[j] ? numValue(items[j]!, decimalComma, false) : null;
  if (after !== null && FIRST.test(items[j - 1]?.lower ?? '')) return { n: after, start: items[j - 1]!.start };
  if (!FIRST.test(items[j]?.lower ?? '')) return null;
  // ("os dois primeiros dos 12 aviões")
  const before = items[j - 1] ? numValue(items[j - 1]!, decimalComma, false) : null;
  if (before !== null) return { n: before, start: items[j - 1]!.start };
  return FIRST_ONE.test(items[j]!.lower) ? { n: 1, start: items[j]!.start } : null;
}

/** Electricity: "compró 150 megavatios a Guatemala", "exported 2,000 GWh" (the unit names the goods). */
export const ENERGY: ReadonlySet<string> = new Set([
  'megawatts', 'megawatt', 'megavatios', 'megavatio', 'mégawatts', 'mégawatt', 'gigawatts', 'gigawatt', 'gigavatios', 'gigavatio', 'gigawatt-hora', 'gigawatts-hora',
  'gigavatios-hora', 'gigawattheures', 'gigawattheure', 'mégawattheures', 'térawattheures', 'terawatts-hora', 'teravatios-hora', 'megawatts-hora', 'megavatios-hora',
  'quilowatts-hora', 'kilovatios-hora', 'kilowattheures', 'kilowatt-hours', 'gigawatt-hours', 'megawatt-hours', 'terawatt-hours', 'mw', 'gw', 'kwh', 'gwh', 'mwh', 'twh',
]);
/** Units a transfer may be measured in without naming the goods: weight, volume, packages, and electricity. */
export const MEASURES: ReadonlySet<string> = new Set([
  'toneladas', 'tonelada', 'tonnes', 'tonne', 'tons', 'ton', 'quilos', 'kilos', 'kg', 'kilogrammes', 'quilogramas', 'kilogramos', 'kilograms',
  'litros', 'litres', 'liters', 'metros', 'mètres', 'meters', 'metres', 'm3', 'contentores', 'contêineres', 'contenedores', 'conteneurs', 'containers',
  'frascos', 'flacons', 'vials', 'caixas', 'cajas', 'boîtes', 'boxes', 'crates', 'sacos', 'sacs', 'bags', 'paletes', 'palés', 'palettes', 'pallets',
  ...ENERGY,
]);

/** "The rest" before a source of its own: a share of the whole, with no number of it. */
export const REST_WORDS: ReadonlySet<string> = new Set(['restantes', 'restante', 'remaining', 'rest', 'resto', 'reste']);

/** Vessels, which carry goods named after them with "of" ("un buque de GNL", "two ships of graphite"). */
export const VESSEL = /^(?:ships?|vessels?|tankers?|buques?|barcos?|navios?|navires?|petroleros?|cargueiros?|cargueros?|tanqueros?|metaneros?|metaneiros?|méthaniers?|pétroliers?|barcaças?|barcazas?|barges?)$/;

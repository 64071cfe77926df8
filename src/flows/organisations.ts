/**
 * Organisations an article ties to a country once ("Japan's Mitsubishi Electric", "a brasileira
 * Embraer", "la petrolera mexicana Pemex", "le groupe français Naval Group") and later names alone
 * ("Mitsubishi has delivered radars to Manila"): each later mention of the name stands for that country, as a seat
 * of government does (see withMetonyms in extract.ts). Only a country the article itself names is used.
 */
import type { MentionRef } from './items';
import { MODEL_NAMES, modelName } from './lexicon/models';
import type { Place } from '../story';

/** Nouns for a company itself, which "A empresa", "The company" refer back to (see DEFINITE_BODY). */
const COMPANY_NOUNS = ['empresa', 'estatal', 'companhia', 'fabricante', 'construtora', 'company', 'firm', 'manufacturer', 'maker', 'compañía', 'constructora', 'entreprise', 'société', 'constructeur'];

/** Nouns for a company or body that may stand between a nationality and the name. */
const BODY_NOUNS: ReadonlySet<string> = new Set([
  ...COMPANY_NOUNS,
  'group', 'shipbuilder', 'giant', 'producer', 'exporter', 'operator', 'carrier', 'conglomerate', 'bank', 'lender', 'agency',
  'grupo', 'estaleiro', 'firma', 'petrolífera', 'petroleira', 'mineradora', 'banco', 'agência',
  'petrolera', 'minera', 'naviera', 'astillero', 'agencia',
  'groupe', 'industriel', 'géant', 'banque', 'agence', 'pétrolier', 'chantier', 'compagnie', 'armateur',
]);

/** Capitalised words after a nationality that are titles or parts of generic names, not an organisation's name. */
const NOT_NAMES: ReadonlySet<string> = new Set([
  'president', 'prime', 'minister', 'foreign', 'defence', 'defense', 'army', 'navy', 'air', 'government', 'ministry', 'state', 'national', 'federal',
  'central', 'republic', 'embassy', 'ambassador', 'parliament', 'congress', 'senate', 'supreme', 'court', 'police', 'coast', 'guard', 'armed', 'forces',
  'presidente', 'primeiro', 'ministro', 'ministra', 'ministério', 'governo', 'exército', 'marinha', 'força', 'forças', 'embaixada', 'embaixador', 'polícia',
  'estado', 'república', 'parlamento', 'congresso', 'senado', 'tribunal', 'banco',
  'ministerio', 'gobierno', 'ejército', 'armada', 'fuerza', 'fuerzas', 'embajada', 'embajador', 'policía', 'república', 'congreso',
  'président', 'premier', 'ministre', 'ministère', 'gouvernement', 'armée', 'marine', 'ambassade', 'ambassadeur', 'état', 'république', 'assemblée', 'sénat',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'interior', 'health', 'finance', 'energy', 'trade', 'economy', 'security', 'justice', 'transport', 'agriculture', 'education', 'industry',
  'saúde', 'fazenda', 'finanças', 'energia', 'comércio', 'economia', 'segurança', 'justiça', 'agricultura', 'indústria', 'defesa',
  'sanidad', 'salud', 'hacienda', 'finanzas', 'energía', 'comercio', 'economía', 'seguridad', 'justicia', 'industria', 'defensa',
  'intérieur', 'santé', 'finances', 'énergie', 'économie', 'sécurité', 'défense', 'industrie',
  'west', 'east', 'north', 'south', 'deputy', 'club', 'christian', 'muslim', 'catholic', 'jewish', 'islamic', 'buddhist', 'hindu', 'arab', 'human', 'international', 'people', 'public',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'the', 'a', 'o', 'la', 'le', 'el', 'les', 'os', 'as', 'los', 'las',
]);

const WORD = /[\p{Lu}][\p{L}-]{2,}(?![\p{N}-])/uy;
/** The words right before a nationality that make the next capitalised word a name: an article or a body noun. */
const ARTICLE_OR_BODY = new RegExp(`(?:^|[\\s(])(?:a|o|la|el|le|l'|l’|${[...BODY_NOUNS].join('|')})\\s+$`, 'iu');
const SPACE = /\s+/y;
const LOWER_WORD = /[\p{Ll}][\p{L}-]*/uy;

/** The name right at `at` (a capitalised word with no digits, no title, no model name), or undefined. */
function nameAt(text: string, at: number): string | undefined {
  WORD.lastIndex = at;
  const m = WORD.exec(text);
  if (!m) return undefined;
  const low = m[0].toLowerCase();
  // (No model name either, "Patriot", "Leopards": goods, not an organisation.)
  return NOT_NAMES.has(low) || MODEL_NAMES.has(modelName(low)) ? undefined : m[0];
}

/** The last of the sorted `mentions` that ends at or before `at` (binary search), or undefined. */
function mentionBefore(mentions: MentionRef[], at: number): MentionRef | undefined {
  let lo = 0;
  let hi = mentions.length - 1;
  let best: MentionRef | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= at) {
      best = mentions[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

const LETTER = /[\p{L}\p{N}]/u;
/** A definite company noun opening a sentence ("A empresa", "The company", "L'entreprise") or after "of the" ("de la empresa"). */
const DEFINITE_BODY = new RegExp(`(?:(?:^|[.!?]\\s+|\\n)(A|O|The|La|El|Le|L['’])|(?<![\\p{L}])(de la|da|do|del|of the|de l['’]|du))\\s*(${COMPANY_NOUNS.join('|')})(?![\\p{L}])`, 'gu');
const CAP_START = /\p{Lu}/u;
/** How far from the words that define a name it is looked for (an article's length, in UTF-16 units). */
const REACH = 30_000;
/** Up to this many names are looked for one by one; more in one pass over the text. */
const FEW = 16;
const LOWER_WORDS = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}-]{2,}/gu;
const CAP_WORDS = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]{2,}/gu;

/** Does `word` (lower case) stand as a whole word in `text`? (A native search, then the word's edges.) */
function inLowerCase(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if ((i === 0 || !LETTER.test(text[i - 1]!)) && (i + word.length >= text.length || !LETTER.test(text[i + word.length]!))) return true;
  }
  return false;
}

/** Position after the whitespace at `at` (at itself when there is none). */
function skipSpace(text: string, at: number): number {
  SPACE.lastIndex = at;
  return SPACE.exec(text) ? SPACE.lastIndex : at;
}

/** Does [start, end) overlap one of the sorted, non-overlapping `mentions`? (Binary search.) */
function overlaps(mentions: MentionRef[], start: number, end: number): boolean {
  let lo = 0;
  let hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const o = mentions[mid]!;
    if (o.end <= start) lo = mid + 1;
    else if (o.start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}

/** The article's country a mention names, by its name or its nationality (a town names none), or undefined. */
function articleCountry(m: MentionRef, countryByCode: Map<string, Place>): Place | undefined {
  return m.place.country && (m.via === 'demonym' || m.place.kind === 'country') ? countryByCode.get(m.place.country) : undefined;
}

/** Ties `name`, defined up to offset `after`, to `place`; a name tied to two countries ("Ukraine's Interior Ministry", "Russia's Interior Ministry") is none's. */
function claim(names: Map<string, { place: Place; after: number }>, conflicting: Set<string>, name: string, place: Place, after: number): void {
  const known = names.get(name);
  if (known && known.place !== place) conflicting.add(name);
  else if (!known) names.set(name, { place, after });
}

/** An acronym in parentheses ("(HCB)", "(PDVSA)", "(ENH)"). */
const ACRONYM = /\((\p{Lu}[\p{Lu}\p{N}]{1,7})\)/gu;
/** Words that may join the capitalised words of a body's name ("Empresa Nacional de Hidrocarbonetos", "Bank of Zimbabwe"). */
const NAME_JOINERS = /^(?:de|do|da|dos|das|del|des|du|of|the|y|e|et|and|la|el|le|los|las)$/;
/** An elided French article opening a word ("d'Algérie", "l'Énergie"). */
const ELIDED = /^[ld]['’]/i;
/** Punctuation that ends a body's name or its apposition. */
const PUNCT = /[,.;:()]/;
/** "of" (and an article) right before the country an apposition names. */
const OF_BEFORE = /(?:^|\s)(?:de|do|da|del|des|du|of)\s+(?:(?:the|la|le|el|l['’])\s*)?$/i;
/** How far before its parenthesis a body's name is looked for. */
const NAME_CHARS = 120;
/** How far after an acronym its apposition may name the body's country (", maior produtora de energia de Moçambique,"). */
const APPOSITION_CHARS = 90;

/**
 * "A Hidroeléctrica de Cahora Bassa (HCB), maior produtora de energia de Moçambique", "Empresa Nacional de Hidrocarbonetos de
 * Moçambique (ENH)", "Petróleos Mexicanos (Pemex)": an acronym in parentheses after a body's name stands, later on, for the
 * country the name holds, or else the one the apposition after it names after "of" (only a country the article names).
 */
function acronyms(text: string, mentions: MentionRef[], countryByCode: Map<string, Place>, names: Map<string, { place: Place; after: number }>, conflicting: Set<string>): void {
  for (const a of text.matchAll(ACRONYM)) {
    const open = a.index!;
    const close = open + a[0].length;
    // The name: capitalised words and their joiners right before the parenthesis, up to eight.
    let ns = open;
    let words = 0;
    for (const w of text.slice(Math.max(0, open - NAME_CHARS), open).split(/(?<=\s)/).reverse()) {
      // (an elided article stays on its noun: "Banque d'Algérie", "Compagnie Ivoirienne d'Électricité")
      const t = w.trim().replace(ELIDED, '');
      if (!t || !(CAP_START.test(t[0]!) || NAME_JOINERS.test(t.toLowerCase())) || PUNCT.test(t) || ++words > 8) break;
      ns -= w.length;
    }
    let place: Place | undefined;
    for (let m = mentionBefore(mentions, open); m && m.start >= ns; m = mentionBefore(mentions, m.start)) place = articleCountry(m, countryByCode) ?? place;
    // (Else the apposition after it: ", maior produtora de energia de Moçambique,".)
    if (words === 0) continue;
    if (!place && text.startsWith(', ', close)) {
      const stop = text.slice(close + 2, close + 2 + APPOSITION_CHARS).search(PUNCT);
      const end = close + 2 + (stop < 0 ? 0 : stop);
      const m = mentionBefore(mentions, end);
      if (m && m.start > close && OF_BEFORE.test(text.slice(Math.max(close, m.start - 12), m.start))) place = articleCountry(m, countryByCode);
    }
    if (!place) continue;
    claim(names, conflicting, a[1]!, place, close);
  }
}

/**
 * Mentions of organisations the text ties to a country, standing for that country (sorted; none overlap
 * `mentions`). `countryByCode`: the article's countries.
 */
export function organisationMentions(text: string, mentions: MentionRef[], countryByCode: Map<string, Place>): MentionRef[] {
  const names = new Map<string, { place: Place; after: number }>();
  const conflicting = new Set<string>();
  for (const m of mentions) {
    const place = articleCountry(m, countryByCode);
    if (!place) continue;
    let at = -1;
    if (m.via !== 'demonym' && (text.startsWith("'s ", m.end) || text.startsWith('’s ', m.end))) at = m.end + 3;
    else if (m.via === 'demonym') {
      at = skipSpace(text, m.end);
      if (at === m.end) continue;
      // "South Korean firm Hanwha": a body noun between; without one only after a body noun or an article
      // ("a fabricante brasileira Embraer", "la surcoreana Hanwha": English "Chinese Foreign Ministry" is a name).
      LOWER_WORD.lastIndex = at;
      const w = LOWER_WORD.exec(text);
      if (w && BODY_NOUNS.has(w[0])) at = skipSpace(text, LOWER_WORD.lastIndex);
      else if (!ARTICLE_OR_BODY.test(text.slice(Math.max(0, m.start - 16), m.start))) continue;
    }
    if (at < 0) continue;
    const name = nameAt(text, at);
    if (!name || overlaps(mentions, at, at + name.length)) continue;
    claim(names, conflicting, name, place, at + name.length);
  }
  for (const n of conflicting) names.delete(n);
  // (Bodies named by an acronym are kept apart from the companies "A empresa" refers back to: "a Associação Portuguesa da
  // Cortiça (APCOR)" is no company.)
  const acros = new Map<string, { place: Place; after: number }>();
  const acroConflicts = new Set<string>();
  acronyms(text, mentions, countryByCode, acros, acroConflicts);
  for (const n of acroConflicts) acros.delete(n);
  if (names.size === 0 && acros.size === 0) return [];
  // ("a fabricante brasileira Embraer [...] A empresa negocia a venda do modelo à Índia": a definite company noun
  // opening a sentence, or after "of the" ("el mayor cliente de la empresa"), is the company the text last tied to a
  // country.)
  const defs = [...names.values()].sort((a, b) => a.after - b.after);
  const definite: MentionRef[] = [];
  for (const m of text.matchAll(DEFINITE_BODY)) {
    const start = m.index! + m[0].length - m[3]!.length;
    const end = start + m[3]!.length;
    // (Not one that introduces a company: "A empresa sueca Saab", "da fabricante francesa Dassault", "le groupe
    // Wagner": a nationality, a name or a place right after the noun.)
    const after = skipSpace(text, end);
    if (after > end && (CAP_START.test(text[after] ?? '') || overlaps(mentions, after, after + 1))) continue;
    let d: { place: Place; after: number } | undefined;
    for (const x of defs) {
      if (x.after > start) break;
      if (start - x.after < REACH) d = x;
    }
    if (d && !overlaps(mentions, start, end)) definite.push({ start, end, place: d.place, via: 'name' });
  }
  for (const [n, d] of acros) if (!names.has(n)) names.set(n, d);
  // A proper name is never written in lower case ("Bank", "West", "Service" are words). Both searches stay
  // within an article's reach of the defining words: a few names are looked for one by one near their
  // definition, many in one pass over the text (linear either way).
  const near = (start: number, after: number): boolean => start >= after - REACH && start < after + REACH;
  if (names.size <= FEW) {
    for (const [n, d] of [...names]) if (inLowerCase(text.slice(Math.max(0, d.after - REACH), d.after + REACH), n.toLowerCase())) names.delete(n);
  } else {
    const lower = new Map<string, string>();
    for (const n of names.keys()) lower.set(n.toLowerCase(), n);
    for (const m of text.matchAll(LOWER_WORDS)) {
      const n = lower.get(m[0]);
      const d = n === undefined ? undefined : names.get(n);
      if (d && near(m.index!, d.after)) names.delete(n!);
    }
  }
  if (names.size === 0) return [];
  const extra: MentionRef[] = [];
  const push = (name: string, place: Place, start: number): void => {
    const end = start + name.length;
    if (LETTER.test(text[start - 1] ?? '') || LETTER.test(text[end] ?? '') || overlaps(mentions, start, end)) return;
    // (Not right after another country's possessive or nationality: "Russia's Interior Ministry".)
    const before = mentionBefore(mentions, start);
    if (before && start - before.end <= 4 && before.place.country !== place.country) return;
    extra.push({ start, end, place, via: 'name' });
  };
  if (names.size <= FEW) {
    for (const [name, { place, after }] of names) {
      const span = text.slice(after, after + REACH);
      for (let i = span.indexOf(name); i >= 0; i = span.indexOf(name, i + 1)) push(name, place, after + i);
    }
  } else {
    for (const m of text.matchAll(CAP_WORDS)) {
      const d = names.get(m[0]);
      if (d && m.index! >= d.after && m.index! < d.after + REACH) push(m[0], d.place, m.index!);
    }
  }
  for (const m of definite) if (!extra.some((x) => x.start < m.end && m.start < x.end)) extra.push(m);
  extra.sort((x, y) => x.start - y.start);
  return extra;
}

/**
 * Export-destination lists: "L'Espagne et la Slovénie figurent parmi les principaux acheteurs du gaz
 * algérien", "A China, principal destino do produto, ... seguida pelos Estados Unidos e pelo Chile",
 * "los principales compradores de armamento español fueron Australia, seguida de Turquía y Filipinas".
 * A buyer noun phrase (lexicon `buyers`) makes every country the sentence names a destination of the
 * exporter: the demonym right after the phrase ("du gaz algérien"), else the sender of the latest flow.
 * And the converse, a supplier noun as a copula's predicate ("France is Chad's main arms supplier").
 * Pure and linear in the sentence length.
 */
import type { FlowCategory, Lang, Span } from '../story';
import { compiled } from './lexicon/index';
import { fold } from './tokens';

/** A literal phrase for a regular expression. */
export const escapeRe = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, (ch) => `\\${ch}`);

type ListKey = 'buyers' | 'none' | 'sequence' | 'sources' | 'supplies';
const cache = new Map<string, RegExp | null>();

/** A regular expression built once per key. */
function cached(key: string, build: () => RegExp | null): RegExp | null {
  let re = cache.get(key);
  if (re === undefined) cache.set(key, (re = build()));
  return re;
}

/** One regular expression per language and lexicon list: any of its (folded) phrases as a whole word, captured. */
function listRe(lang: Lang, key: ListKey): RegExp | null {
  return cached(`${lang}|${key}`, () => {
    const lex = compiled(lang).lex;
    const list = key === 'supplies' ? (lex.supplies ?? []).map(([p]) => p) : lex[key] ?? [];
    // (A buyer phrase may take "single" or "sole" before its noun: "the largest single buyer"; not any word:
    // "the largest emerging market", "the main tourist destination" name no buyer.)
    const flex = (p: string): string => (key === 'buyers' ? p.replace(/ (?=[^ ]+$)/, ' (?:single |sole |unico |unica |seul |seule )?') : p);
    const alt = list.map((p) => flex(escapeRe(fold(p)))).join('|');
    return alt ? new RegExp(`(?:^|[^a-z0-9])(${alt})(?![a-z0-9])`, 'g') : null;
  });
}

const ASCII = /^[\x00-\x7f]*$/;

/** Lower case without accents, one character per character (offsets stay those of `s`). */
const charFold = new Map<string, string>();
/** A character outside ASCII (a whole astral one). */
const NON_ASCII = /[^\x00-\x7f]/gu;
function foldSameLength(s: string): string {
  // (Plain ASCII, most of the text, folds to its lower case.)
  if (ASCII.test(s)) return s.toLowerCase();
  // (So does each run of it between other characters: one string per run, not per character.)
  let out = '';
  let from = 0;
  NON_ASCII.lastIndex = 0;
  for (let m = NON_ASCII.exec(s); m; m = NON_ASCII.exec(s)) {
    out += s.slice(from, m.index).toLowerCase() + foldChar(m[0]);
    from = NON_ASCII.lastIndex;
  }
  return out + s.slice(from).toLowerCase();
}

/** One character of foldSameLength's, folded. */
function foldChar(ch: string): string {
  let f = charFold.get(ch);
  if (f === undefined) {
    const g = fold(ch);
    // Astral characters take two code units: keep the length by padding.
    f = g.length === ch.length ? g : ch.length === 2 ? '  ' : ' ';
    if (charFold.size < 4096) charFold.set(ch, f);
  }
  return f;
}

/** Cheap pre-check (the phrases' adjectives, any language): most sentences never reach the folding. */
const BUYER_HINT = /\b(?:princip|maior|mayor|largest|biggest|main|top|premi|gros|leading|primer|segund|second|deuxi|troisi|plus gr|tercer|terceir|third|lider|led |leads |t[eê]te)/i;

/** The buyer phrase of a sentence, as offsets into it, or null. */
export function buyerPhrase(sentence: string, lang: Lang): { start: number; end: number } | null {
  if (!BUYER_HINT.test(sentence)) return null;
  const re = listRe(lang, 'buyers');
  if (!re) return null;
  re.lastIndex = 0;
  const m = re.exec(foldSameLength(sentence));
  if (!m) return null;
  const start = m.index + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length };
}

/**
 * A sentence that goes on down a ranking of buyers, at its start: "Em seguida vieram a Malásia [...] e Omã",
 * "Seguiram-se a China e Portugal", "Le siguieron Japón y Corea del Sur", "Viennent ensuite l'Espagne et l'Italie",
 * "Next came Malaysia". The places it lists buy what the ranking's latest buyer did (see buyerList).
 */
const NEXT_IN_RANKING: Record<Lang, RegExp> = {
  pt: /^\s*(?:(?:em seguida|logo a seguir|a seguir|depois|logo atras|atras),? (?:vieram|veio|vem|veem|aparecem|aparece|apareceram|apareceu|surgem|surge|surgiram|surgiu|ficaram|ficou)|seguiram-se|seguiu-se|seguem-se|segue-se|vieram depois|veio depois|vem depois|veem depois)(?![a-z])/,
  es: /^\s*(?:(?:le|les) (?:siguieron|siguen|siguio|sigue)|(?:a continuacion|despues|detras|luego),? (?:vinieron|vino|vienen|viene|se situaron|se situo|se situan|se situa|se ubicaron|se ubico|se ubican|se ubica|aparecen|aparece|aparecieron|aparecio|quedaron|quedo))(?![a-z])/,
  fr: /^\s*(?:(?:viennent|vient|venaient|venait|arrivent|arrive|arrivaient|arrivait) ensuite|suivent|suit|suivaient|suivait|(?:ensuite|puis|derriere),? (?:viennent|vient|venaient|venait|arrivent|arrive|figurent|figure))(?![a-z])/,
  en: /^\s*(?:(?:next|then|behind (?:it|them)),? (?:came|come|were|are))(?![a-z])/,
};

/** Cheap pre-check, before folding: the first word of each opening, in any case and with or without accents. */
const NEXT_HINT: Record<Lang, RegExp> = {
  pt: /^\s*(?:em|logo|a|depois|atr|segu|vie|vei|vem|veem)/i,
  es: /^\s*(?:le|les|a|despu|detr|luego)/i,
  fr: /^\s*(?:vien|ven|arriv|suiv|suit|ensuite|puis|derri)/i,
  en: /^\s*(?:next|then|behind)/i,
};

/**
 * The same, after its subject: "O Reino Unido e o Brasil vêm a seguir", "L'Espagne et le Portugal, qui achètent surtout
 * des tubercules, arrivent ensuite", "España y Portugal le siguen", "Spain and Italy came next", "Spain followed, with 9 %". (Not "followed by", a ranking of its own, nor "followed
 * suit", "is expected to follow with a delivery"; not a compound past, "Le Japon a suivi".)
 */
const NEXT_AFTER_SUBJECT: Record<Lang, RegExp> = {
  pt: /^[^.;:]{2,160}?\s((?:vem|veem|vieram|veio|aparecem|aparece|apareceram|surgem|surge|surgiram|ficaram|ficou) (?:a seguir|logo a seguir|depois|em seguida|logo atras)|seguem-se|seguiram-se|(?:completam|completaram|completa|completou) (?:a lista|o podio|o ranking|o top))(?![a-z])/,
  es: /^[^.;:]{2,160}?\s((?:le|les) (?:siguen|siguieron|sigue|siguio)|(?:vienen|vinieron|viene|vino|aparecen|aparecieron|se situan|se situaron|se ubican|se ubicaron|quedaron) (?:despues|a continuacion|detras)|(?:completan|completaron|completa|completo) (?:la lista|el podio|el ranking))(?![a-z])/,
  fr: /^[^.;:]{2,160}?\s((?:arrivent|arrivaient|viennent|venaient|figurent) (?:ensuite|(?:loin |juste )?derriere)|suivent|suivaient|(?:completent|completaient) (?:la liste|le podium|le classement))(?![a-z])(?! (?:de pres|l'exemple|le mouvement))/,
  en: /^[^.;:]{2,160}?\s((?:came|come|were|are|ranked|rank) (?:next|second|third)|(?:followed|trailed)(?=,| with| at| on|\.)|(?:completed|complete|rounded out|round out) the (?:list|top))(?![a-z])/,
};

/** Cheap pre-check for NEXT_AFTER_SUBJECT: one of its verbs' words, in any case and with or without accents. */
const NEXT_AFTER_HINT = /seguir|depois|seguem|seguiram|atr[aá]s|complet|sig[uo]|despu[eé]s|continuaci|detr[aá]s|ensuite|derri[eè]re|suiv|next|second|third|follow|trail|round/i;

/**
 * The opening that goes on down a ranking of buyers ("Em seguida vieram", "Next came"), or the verb that does after
 * its subject ("arrivent ensuite"), as offsets into the sentence, with `after` set in the second case; or null.
 */
export function nextInRanking(sentence: string, lang: Lang): { start: number; end: number; after?: true } | null {
  const head = NEXT_HINT[lang].test(sentence) ? NEXT_IN_RANKING[lang].exec(foldSameLength(sentence.slice(0, 48))) : null;
  if (head) {
    const start = head[0].length - head[0].trimStart().length;
    return { start, end: head[0].length };
  }
  if (!NEXT_AFTER_HINT.test(sentence)) return null;
  const m = NEXT_AFTER_SUBJECT[lang].exec(foldSameLength(sentence.slice(0, 220)));
  if (!m) return null;
  return { start: m[0].length - m[1]!.length, end: m[0].length, after: true };
}

/**
 * A share of the exports a country took: "Estados Unidos concentró el 55 % de los envíos", "China took half of
 * the shipments", "a China absorveu 40% das exportações", "l'Inde a reçu la majeure partie des expéditions", "La Chine
 * absorbe près de la moitié de ces volumes" (shipments, cargoes, exports and their volumes: "sales" may be a rival's own).
 * Like a buyer phrase, it makes the countries the sentence names destinations of the exporter. (Only goods
 * going out; a world share, "40 % des exportations mondiales", is a rank among exporters, not a sale.)
 */
const SHARE_OF_EXPORTS = new RegExp(
  '(?:\\d[\\d.,]*\\s*(?:%|por ciento|por cento|per ?cent|pour cent)|\\b(?:mitad|metade|moitie|half|tercio|terco|tiers|third|quarter|quart|fifth|quinto|cinquieme|mayor parte|maior parte|majeure partie|bulk|most))' +
    '\\s+(?:de|del|das|dos|da|do|des|du|of)\\s+(?:(?:los|las|as|os|les|la|the)\\s+)?(?:\\S+\\s+){0,2}?' +
    '(envios|exportaciones|exportacoes|exportations|exports|embarques|shipments|remessas|expeditions|livraisons|cargaisons|cargamentos|carregamentos|cargoes|vendas|ventas|ventes|sales|volumes|volumenes)(?![a-z0-9])(?!\\s+(?:mundiales|mundiais|mondiales|globales|globais|world|global))',
);

export function sharePhrase(sentence: string): { start: number; end: number; fronted?: true } | null {
  // (Cheap pre-checks: an exports noun, then a share word; most sentences have neither.)
  if (!/envi|env[ií]o|export|embarque|shipment|remessa|exp[ée]dition|livraison|cargaison|cargamento|carregamento|cargoes|venda|venta|vente|sales|vol[uú]me/i.test(sentence)) return null;
  if (!/%|cent|mitad|metade|moiti|half|terc|tiers|third|quar|fifth|quint|cinqui|parte|partie|bulk|most/i.test(sentence)) return null;
  const folded = foldSameLength(sentence);
  const m = SHARE_OF_EXPORTS.exec(folded);
  // ("Of these volumes, Spain took about a quarter", "A China ficou com 70% destes volumes", "de ces volumes, l'Inde a pris un
  // quart": the goods just exported, named by a demonstrative, with a share anywhere in the sentence; its taker may follow.)
  if (!m) {
    const d = THESE_EXPORTS.exec(folded);
    return d ? { start: d.index, end: d.index + d[0].length, fronted: true } : null;
  }
  // (Nor "the other/remaining sales", a possessive's own exports, or a world share.)
  if (/\b(?:mundia|world|global|mondia|other|others|remaining|demais|otras|otros|outras|outros|autres|restant|its|their|sus|seus|suas|ses|leurs)\b/.test(m[0])) return null;
  return { start: m.index, end: m.index + m[0].length };
}

/** "of these volumes", "desses volumes", "de estos volúmenes", "de ces volumes" (folded): the goods a sentence just before exported. */
const THESE_EXPORTS = /\b(?:of (?:these|those)|de (?:estes|esses|estas|essas|estos|esos|estas|esas|ces)|destes|desses|destas|dessas)\s+(?:volumes|volumenes|envios|embarques|exportaciones|exportacoes|exportations|exports|shipments|cargoes|cargamentos|carregamentos|remessas|expeditions|livraisons|cargaisons)(?![a-z])/;

/**
 * A supplier noun as the predicate of a copula: "France is Chad's main arms supplier", "A China é a maior
 * credora de Angola", "Rusia sigue siendo el principal proveedor de armas de la India", "La France reste le
 * premier fournisseur du Tchad". Offsets into the sentence of the copula's start and of the noun, and the
 * noun's category when the phrase names no goods; null when there is none (at most 60 characters, no
 * punctuation, between copula and noun).
 */
export function supplierPredicate(sentence: string, lang: Lang): { copula: number; start: number; end: number; cat: FlowCategory; apposition?: true } | null {
  // (A raw, case-blind test first: most sentences name no supplier and are never folded.)
  const hint = supplierHint(lang);
  if (!hint || !hint.test(sentence)) return null;
  const nounRe = listRe(lang, 'supplies');
  const copRe = copulaRe(lang);
  if (!nounRe || !copRe) return null;
  const folded = foldSameLength(sentence);
  nounRe.lastIndex = 0;
  const n = nounRe.exec(folded);
  if (!n) return null;
  const start = n.index + n[0].length - n[1]!.length;
  const word = n[1]!;
  const copula = copulaBefore(sentence, copRe, start);
  const apposition = copula < 0 ? appositionBefore(sentence, start) : -1;
  if (copula < 0 && apposition < 0) return null;
  copRe.lastIndex = start + word.length;
  const after = copRe.exec(sentence);
  if (after && after.index - (start + word.length) <= 24) return null;
  const cat = (compiled(lang).lex.supplies ?? []).find(([p]) => fold(p) === word)?.[1] ?? 'other';
  return copula >= 0 ? { copula, start, end: start + word.length, cat } : { copula: apposition, start, end: start + word.length, cat, apposition: true };
}

/**
 * A supplier noun in an apposition, set off by commas after its subject: "The United States, the largest donor to Uganda,
 * has cut", "A China, maior credora de Angola, anunciou", "La France, premier fournisseur du Tchad, a livré". The offset of
 * the opening comma, or -1: at most six words between it and the noun, none a relative pronoun, and a comma or the
 * sentence's end closing the phrase within 60 characters of the noun (supplierFlow wants the subject right before the comma).
 */
function appositionBefore(sentence: string, start: number): number {
  const comma = sentence.lastIndexOf(',', start);
  if (comma < 0 || start - comma > 50) return -1;
  const gap = sentence.slice(comma + 1, start);
  if (/[;:.!?()\d]/.test(gap) || RELATIVE_WORD.test(gap) || gap.trim().split(/\s+/).length > 6) return -1;
  return sentence.slice(start, start + 60).includes(',') || start + 60 >= sentence.trimEnd().length ? comma : -1;
}

/** Relative pronouns and conjunctions that open a clause of their own rather than an apposition. */
const RELATIVE_WORD = /(?<![\p{L}])(?:which|who|that|que|qui|quien|quienes|cual|quoi|and|e|y|et|but|mas|pero|mais)(?![\p{L}])/iu;

/**
 * Does the sentence rank a partner of a transfer (a buyer, a source, or further down a ranking)? A sentence naming one
 * place is read for this when the sentence before named one place too ("Nepal received $11 billion in remittances.
 * Qatar was the second-largest source").
 */
export function ranksPartner(sentence: string, lang: Lang): boolean {
  return buyerPhrase(sentence, lang) !== null || sourcePredicate(sentence, lang) !== null || nextInRanking(sentence, lang) !== null || sharePhrase(sentence) !== null;
}

/** Cheap pre-check for source phrases (their nouns, any language). */
const SOURCE_HINT = /\b(?:source|origin|origem|origen|origine|fonte|fuente|proced|provenance|emiss|emisor|[ée]metteur|supplier|fornecedor|proveedor|suministrador|fournisseur|investor|investidor|inversor|inversionista|investisseur)/i;

/**
 * A source phrase as the predicate of a copula: "Saudi Arabia was the largest source of the money",
 * "Estados Unidos siguió siendo el principal origen de los envíos", "La Chine reste la première source".
 * Offsets into the sentence of the copula and of the phrase, or null (the copula at most 60 characters
 * before the phrase, no punctuation or possessive relative between them).
 */
export function sourcePredicate(sentence: string, lang: Lang): { copula: number; start: number; end: number } | null {
  if (!SOURCE_HINT.test(sentence)) return null;
  const re = listRe(lang, 'sources');
  const copRe = copulaRe(lang);
  if (!re || !copRe) return null;
  re.lastIndex = 0;
  const m = re.exec(foldSameLength(sentence));
  if (!m) return null;
  const start = m.index + m[0].length - m[1]!.length;
  const copula = copulaBefore(sentence, copRe, start);
  return copula < 0 ? null : { copula, start, end: start + m[1]!.length };
}

/**
 * The offset of the latest copula before `start`, at most 60 characters before it, or -1; none when
 * punctuation or a possessive relative stands between ("a country whose main supplier is France", "um país
 * cujo maior credor é a China": that copula belongs to another clause, and the noun is the subject of its own).
 */
function copulaBefore(sentence: string, copRe: RegExp, start: number): number {
  // The copula as written: folded, Portuguese "é" would be the conjunction "e".
  copRe.lastIndex = 0;
  let copula = -1;
  for (let c = copRe.exec(sentence); c && c.index < start; c = copRe.exec(sentence)) copula = c.index;
  if (copula < 0 || start - copula > 60) return -1;
  const gap = sentence.slice(copula, start);
  return /[,;:.!?()]/.test(gap) || OWNER_RELATIVE.test(gap) ? -1 : copula;
}

/** Possessive relatives: "whose", "cujo", "cuyo", "dont". */
export const OWNER_RELATIVE = /(?<![\p{L}])(?:whose|cuj[oa]s?|cuy[oa]s?|dont)(?![\p{L}])/iu;

/** The language's copulas as written, any case, whole words. */
function copulaRe(lang: Lang): RegExp | null {
  return cached(`${lang}|copula`, () => {
    const words = (compiled(lang).lex.copula ?? []).map(escapeRe);
    return words.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
  });
}

/** The supplier nouns as written (accents kept), any case: a cheap filter before folding. */
function supplierHint(lang: Lang): RegExp | null {
  return cached(`${lang}|supplier hint`, () => {
    const words = (compiled(lang).lex.supplies ?? []).map(([p]) => escapeRe(p));
    return words.length ? new RegExp(words.join('|'), 'i') : null;
  });
}

/** Does the sentence hold a negative quantifier ("aucun", "nenhum", "ningún", "no"/"any")? */
export function hasNone(sentence: Span, lang: Lang): boolean {
  const re = listRe(lang, 'none');
  if (!re) return false;
  re.lastIndex = 0;
  return re.test(foldSameLength(sentence.text));
}

/** Does `gap` (the text between two destinations) hold a journey's sequence word ("puis", "then", "luego")? */
export function hasSequence(gap: string, lang: Lang): boolean {
  if (gap.length > 80 || /[;:.!?]/.test(gap)) return false;
  const re = listRe(lang, 'sequence');
  if (!re) return false;
  re.lastIndex = 0;
  return re.test(foldSameLength(gap.replace(/'/g, ' ')));
}

/**
 * Compiles a language's lexicon tables into a phrase trie over folded tokens, so a sentence is tagged
 * in one left-to-right pass with longest-match lookups of bounded length.
 */
import type { FlowCategory, Lang } from '../../story';
import { PhraseKeys, tokenize, WordSet } from '../tokens';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { COMMODITIES } from './commodities';
import { CURRENCIES } from './currencies';
import { MODELS } from './models';
import { pt } from './pt';
import type { Lexicon, MarkerKind, Mood, PrepRole, Qualifier, TriggerClass, VerbSense } from './types';

export type Tag =
  | { k: 'verb'; cls: TriggerClass; mood: Mood; cat?: FlowCategory; sense?: VerbSense }
  | { k: 'noun'; cls: TriggerClass; cat?: FlowCategory; ofPeople?: true; ofGoods?: true; withOrigin?: true; sense?: 'lend' | 'home' }
  | { k: 'cargo'; cat: FlowCategory; unit: string }
  | { k: 'prep'; role: PrepRole }
  | { k: 'mark'; m: MarkerKind }
  | { k: 'qual'; q: Qualifier }
  | { k: 'scale'; v: number; alone: 'exact' | 'magnitude' }
  | { k: 'num'; v: number }
  | { k: 'cur'; code: string };

interface Entry {
  tag: Tag;
  /** The phrase as written (lower case, with accents), tokens joined by one space. */
  exact: string;
  /** Holds a word its accent sets apart ("là", "où"): matched only as written ("depuis là" is no "depuis la Libye"). */
  strict?: true;
}

/** Words whose accent alone sets them apart from another word ("là"/"la", "où"/"ou"). */
const ACCENT_STRICT: ReadonlySet<string> = new Set(['là', 'où']);

export interface TrieNode {
  next: Map<string, TrieNode>;
  entries?: Entry[];
  /** All tags, when every entry is spelled the same (no accent-only collision): no per-match work. */
  tags?: Tag[];
}

export interface Compiled {
  lex: Lexicon;
  root: TrieNode;
  /** Every trigger form (verb and noun forms) by its key word: a sentence without one states no flow. */
  triggers: PhraseKeys;
  /** Relief words (lexicon `relief`), folded. */
  reliefWords: WordSet;
  /** The lexicon's supplier, relation and conveying words, as sets (asked once per trigger). */
  supplierWords: ReadonlySet<string>;
  relationWords: ReadonlySet<string>;
  conveyWords: ReadonlySet<string>;
  /** The lexicon's single-word nouns for officials and governments (`actor` markers), folded. */
  actorWords: WordSet;
  /** The forms of verbs of deporting, returning and extraditing people (class `deport`, evacuating aside), by key word as `triggers`. */
  deportTriggers: PhraseKeys;
}

export const LEXICONS: Record<Lang, Lexicon> = { pt, en, es, fr };

const cache = new Map<Lang, Compiled>();

export function compiled(lang: Lang): Compiled {
  let c = cache.get(lang);
  if (!c) {
    c = compile(LEXICONS[lang]);
    cache.set(lang, c);
  }
  return c;
}

/** Everyday words that begin multi-word trigger forms ("took delivery", "set sail", "found refuge"). */
const EVERYDAY: ReadonlySet<string> = new Set(['take', 'takes', 'took', 'taken', 'taking', 'set', 'sets', 'setting', 'found', 'touch', 'touched', 'touches', 'seeking', 'sought', 'go', 'goes', 'went', 'down', 'up', 'off', 'over', 'out', 'para', 'to', 'in', 'a', 'de', 'à', 'au', 'en', 'se', 'of']);

function wordSet(words: ReadonlyArray<string>): WordSet {
  const ws = new WordSet();
  for (const w of words) ws.add(w);
  return ws;
}

/**
 * Adverbs of share that may stand inside a verb of coming and its preposition ("comes mostly from", "vem sobretudo dos",
 * "provient surtout de").
 */
const COME_ADVERBS: Record<Lang, readonly string[]> = {
  pt: ['sobretudo', 'principalmente', 'maioritariamente'],
  es: ['sobre todo', 'principalmente', 'mayoritariamente', 'mayormente'],
  fr: ['surtout', 'principalement', 'majoritairement', 'essentiellement'],
  en: ['mostly', 'mainly', 'largely', 'primarily', 'chiefly'],
};
/** Those adverbs of share in any language, one word each ("chega sobretudo dos Emirados", "vient surtout de"). */
export const SHARE_ADVERBS: ReadonlySet<string> = new Set(Object.values(COME_ADVERBS).flat().filter((a) => !a.includes(' ')));
/** The optional adverb of share of a language, as a regular expression fragment. */
const comeAdverb = (lang: Lang): string => `(?:(?:${COME_ADVERBS[lang].join('|')}) )?`;
/**
 * A verb of coming read with its "from" as one preposition ("comes from", "vem da", "procede de", "provient de"; not French
 * "vient de", which is also "has just"): with goods or people before it and no verb of transfer, it moves them (triggers.ts).
 * (Maybe with an adverb of share between: "comes mostly from".)
 */
export const COME_FROM = new RegExp(
  `^(?:(?:comes?|came) ${comeAdverb('en')}from` +
    `|(?:vem|vêm|veio|vieram|vinha|vinham|provém|provêm|provinha|provinham|procede|procedem|procedia|procediam|vindo|vinda|vindos|vindas) ${comeAdverb('pt')}d[eoa]s?` +
    `|(?:procede|proceden|procedía|procedían|proviene|provienen|provenía|provenían|viene|vienen|vino|vinieron|venido|venida|venidos|venidas|procedente|procedentes) ${comeAdverb('es')}del?` +
    `|(?:provient|proviennent|provenait|provenaient|venu|venue|venus|venues) ${comeAdverb('fr')}(?:de|du|d|des))$`,
);
/** The language's prepositions, with each verb of coming also written with an adverb of share before its own preposition. */
function withComeAdverbs(lang: Lang, preps: ReadonlyArray<readonly [string, PrepRole]>): Array<readonly [string, PrepRole]> {
  const out: Array<readonly [string, PrepRole]> = [...preps];
  for (const [p, r] of preps) {
    if (r !== 'from' || !COME_FROM.test(p)) continue;
    const cut = p.lastIndexOf(' ');
    if (cut < 0) continue;
    for (const a of COME_ADVERBS[lang]) out.push([`${p.slice(0, cut)} ${a}${p.slice(cut)}`, r]);
  }
  return out;
}
/** Nouns of remittances, one word each ("remittances", "remessas", "remesas", "transferts"). */
export const REMITTANCE_NOUNS: readonly string[] = ['remittance', 'remittances', 'remessa', 'remessas', 'remesa', 'remesas', 'transfert', 'transferts'];
/** The same as one item ("transferts de fonds" is one). */
export const REMITTANCES = new RegExp(`^(?:${REMITTANCE_NOUNS.join('|')})(?: de fonds)?$`);
/** Participles of coming ("vindos da", "venidos de", "procedentes de", "venues de"), among the COME_FROM forms. */
export const COME_PARTICIPLE = /^(?:vind|venid|proceden|venu)/;

function compile(lex: Lexicon): Compiled {
  const root: TrieNode = { next: new Map() };
  const triggers = new PhraseKeys();
  const deportTriggers = new PhraseKeys();
  // A multi-word form is found by its most telling word: the longest one that is not an everyday verb
  // ("seguiu para" by "seguiu", "found refuge" by "refuge", "took delivery" by "delivery"), so that the
  // pre-scan does not pass every sentence with "para", "found" or "took".
  const addTrigger = (form: string, keys = triggers): void => {
    const toks = tokenize(form);
    let best = -1;
    for (let k = 0; k < toks.length; k++) if (!EVERYDAY.has(toks[k]!.lower) && (best < 0 || toks[k]!.lower.length >= toks[best]!.lower.length)) best = k;
    keys.add(toks, best < 0 ? 0 : best);
  };
  for (const v of lex.verbs) for (const [f] of v.forms) addTrigger(f);
  for (const n of lex.nouns) for (const f of n.forms) addTrigger(f);
  // (Verbs only, and no evacuating: "He faces extradition", "The evacuation of foreigners from Sudan continued" send nobody from
  // the dateline's country.)
  for (const v of lex.verbs) if (v.cls === 'deport') for (const [f] of v.forms) if (!/^(?:evacu|évacu)/.test(f)) addTrigger(f, deportTriggers);
  const preps = withComeAdverbs(lex.lang, lex.preps);
  for (const [p, r] of preps) if (r === 'from' && COME_FROM.test(p)) addTrigger(p);
  // A destination phrase can state a transfer without a verb: its distinctive words ("destino", "bound").
  for (const p of lex.markers.dest ?? []) for (const t of tokenize(p)) if (t.lower.length >= 4) triggers.add([t], 0);
  const add = (phrase: string, tag: Tag): void => {
    const toks = tokenize(phrase);
    if (toks.length === 0) return;
    let node = root;
    for (const t of toks) {
      let n = node.next.get(t.fold);
      if (!n) {
        n = { next: new Map() };
        node.next.set(t.fold, n);
      }
      node = n;
    }
    (node.entries ??= []).push({ tag, exact: toks.map((t) => t.lower).join(' '), ...(toks.some((t) => ACCENT_STRICT.has(t.lower)) ? { strict: true as const } : {}) });
  };
  for (const v of lex.verbs) for (const [f, mood] of v.forms) add(f, { k: 'verb', cls: v.cls, mood, ...(v.cat ? { cat: v.cat } : {}), ...(v.sense ? { sense: v.sense } : {}) });
  for (const n of lex.nouns) for (const f of n.forms) add(f, { k: 'noun', cls: n.cls, ...(n.cat ? { cat: n.cat } : {}), ...(n.ofPeople ? { ofPeople: true as const } : {}), ...(n.ofGoods ? { ofGoods: true as const } : {}), ...(n.withOrigin ? { withOrigin: true as const } : {}), ...(n.sense ? { sense: n.sense } : {}) });
  // ("K9s", "Rafales", "Leopards": a model name's English plural too.)
  for (const [p, cat, unit] of MODELS) for (const f of p.endsWith('s') ? [p] : [p, `${p}s`]) add(f, { k: 'cargo', cat, unit });
  for (const [p, cat, unit] of lex.cargo) add(p, { k: 'cargo', cat, unit });
  const own = new Set(lex.cargo.map(([p]) => p));
  for (const [p, unit, cat = 'other'] of COMMODITIES) if (!own.has(p)) add(p, { k: 'cargo', cat, unit });
  for (const [p, role] of preps) add(p, { k: 'prep', role });
  for (const m of Object.keys(lex.markers) as MarkerKind[]) for (const p of lex.markers[m] ?? []) add(p, { k: 'mark', m });
  for (const [p, q] of lex.qualifiers) add(p, { k: 'qual', q });
  for (const [p, v, alone] of lex.scales) add(p, { k: 'scale', v, alone });
  for (const [p, v] of lex.numbers) add(p, { k: 'num', v });
  for (const [p, code] of lex.currencies) add(p, { k: 'cur', code });
  for (const [p, code] of CURRENCIES) add(p, { k: 'cur', code });
  const seal = (n: TrieNode): void => {
    if (n.entries && new Set(n.entries.map((e) => e.exact)).size === 1 && !n.entries.some((e) => e.strict)) n.tags = n.entries.map((e) => e.tag);
    for (const c of n.next.values()) seal(c);
  };
  seal(root);
  const reliefWords = new WordSet();
  for (const w of lex.relief ?? []) reliefWords.add(w);
  return {
    lex,
    root,
    triggers,
    deportTriggers,
    reliefWords,
    supplierWords: new Set(lex.supplier ?? []),
    relationWords: new Set(lex.relation ?? []),
    conveyWords: new Set(lex.convey ?? []),
    actorWords: wordSet((lex.markers.actor ?? []).filter((w) => !w.includes(' '))),
  };
}

/**
 * Tags of a matched phrase: entries written exactly as in the text win over entries that only match
 * without accents ("à" vs "a"); when none is exact, all accent-insensitive entries apply.
 */
export function pickEntries(entries: Entry[], exact: string): Tag[] {
  const same = entries.filter((e) => e.exact === exact);
  return (same.length > 0 ? same : entries.filter((e) => !e.strict)).map((e) => e.tag);
}

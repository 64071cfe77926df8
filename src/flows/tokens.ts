/**
 * Tokens of one sentence with UTF-16 offsets: words (hyphenated compounds kept whole, elisions split
 * at the apostrophe), numbers ("14.000", "1,5", "14 000", "1.2" + "bn"), currency symbols and
 * punctuation. Linear in the sentence length.
 */
export type TokKind = 'word' | 'num' | 'sym' | 'punct';

export interface Tok {
  start: number;
  end: number;
  /** Lower case with accents. */
  lower: string;
  /** Lower case without accents. */
  fold: string;
  kind: TokKind;
}

const TOKEN_RE =
  /(\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\d.,]\d))|(\d+(?:[.,]\d+)*)(bn|mn|m|k)?(?![\p{L}\d])|([Uu][Ss]\$|[Rr]\$|[$€£¥])|([\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*)|([^\s\p{L}\p{M}\p{N}'’])/gu;

// Lower case without diacritics: the same folding the places stage uses.
import { fold } from '../text/normalize';
export { fold };

const isLetterCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/** Folded form of one UTF-16 code unit ("É" -> "e", "ß" -> "ss"); cached per code. */
const foldedCode = new Map<number, string>();
function foldCode(c: number): string {
  let f = foldedCode.get(c);
  if (f === undefined) {
    f = fold(String.fromCharCode(c));
    foldedCode.set(c, f);
  }
  return f;
}

/**
 * A set of words stored folded (lower case, no accents) as a trie over character codes, so a word of a
 * text can be tested where it stands, without slicing or lower-casing it: the cheap pre-scan that skips
 * sentences without a trigger allocates nothing.
 */
export class WordSet {
  private readonly kids: Array<Map<number, number>> = [new Map()];
  private readonly ends: boolean[] = [false];
  /**
   * The trie as a table, built on the first test after the last add: node * width + the code's column -> child (0: none;
   * the root is no one's child). Scanning every word of most sentences, a look-up per letter in a table is several times
   * faster than one in a Map.
   */
  private table: Int32Array | undefined;
  private width = 0;
  /** The column of each ASCII code that labels an edge (0: none), and of each other code. */
  private readonly asciiColumn = new Uint16Array(128);
  private readonly wideColumn = new Map<number, number>();

  add(word: string): void {
    const w = fold(word);
    let n = 0;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      let k = this.kids[n]!.get(c);
      if (k === undefined) {
        k = this.kids.length;
        this.kids.push(new Map());
        this.ends.push(false);
        this.kids[n]!.set(c, k);
      }
      n = k;
    }
    this.ends[n] = true;
    this.table = undefined;
  }

  /** Is the word, folded, one of the words? */
  has(word: string): boolean {
    return this.hasSpan(word, 0, word.length);
  }

  /** Is text[a, b), folded, one of the words? */
  hasSpan(text: string, a: number, b: number): boolean {
    const table = this.table ?? this.build();
    const width = this.width;
    let n = 0;
    for (let i = a; i < b; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        const col = this.asciiColumn[c >= 65 && c <= 90 ? c + 32 : c]!;
        if (col === 0) return false;
        n = table[n * width + col]!;
        if (n === 0) return false;
        continue;
      }
      const f = foldCode(c);
      for (let j = 0; j < f.length; j++) {
        const fc = f.charCodeAt(j);
        const col = fc < 128 ? this.asciiColumn[fc]! : this.wideColumn.get(fc) ?? 0;
        if (col === 0) return false;
        n = table[n * width + col]!;
        if (n === 0) return false;
      }
    }
    return this.ends[n]!;
  }

  /** Lays the trie out as the table hasSpan reads. */
  private build(): Int32Array {
    this.asciiColumn.fill(0);
    this.wideColumn.clear();
    let width = 1;
    for (const m of this.kids) {
      for (const c of m.keys()) {
        if (c < 128 ? this.asciiColumn[c] === 0 : !this.wideColumn.has(c)) {
          if (c < 128) this.asciiColumn[c] = width;
          else this.wideColumn.set(c, width);
          width++;
        }
      }
    }
    const table = new Int32Array(this.kids.length * width);
    this.kids.forEach((m, n) => {
      for (const [c, k] of m) table[n * width + (c < 128 ? this.asciiColumn[c]! : this.wideColumn.get(c)!)] = k;
    });
    this.width = width;
    this.table = table;
    return table;
  }
}

/** Where nextWord found its word: the word's start and end, where scanning goes on, and whether it is a verb before a joined pronoun. */
interface WordAt {
  ws: number;
  we: number;
  next: number;
  clitic: boolean;
}
const FOUND: WordAt = { ws: 0, we: 0, next: 0, clitic: false };

/**
 * The first word of text[from, end) that is in `words` (compared folded), or a verb in it before a joined object pronoun
 * ("enviou-os", see tokenize): written into `at`; false when there is none. A scan with no regular expression and no
 * allocation.
 */
function nextWord(text: string, from: number, end: number, words: WordSet, at: WordAt): boolean {
  let i = from;
  while (i < end) {
    if (!isLetterCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const ws = i;
    let hy = -1;
    while (i < end && (isLetterCode(text.charCodeAt(i)) || (text.charCodeAt(i) === 45 && i + 1 < end && isLetterCode(text.charCodeAt(i + 1))))) {
      if (text.charCodeAt(i) === 45) hy = i;
      i++;
    }
    const whole = words.hasSpan(text, ws, i);
    if (whole || (hy - ws >= MIN_VERB && CLITIC_TAILS.has(text.slice(hy + 1, i).toLowerCase()) && words.hasSpan(text, ws, hy))) {
      at.ws = ws;
      at.we = whole ? i : hy;
      at.next = i;
      at.clitic = !whole;
      return true;
    }
    // ("entregarle", "venderles": a Spanish verb with its pronoun joined.)
    if (hy < 0 && i - ws >= 7 && (text.charCodeAt(i - 2) === 108 || text.charCodeAt(i - 3) === 108 || text.charCodeAt(i - 3) === 110)) {
      const stem = encliticStem(text.slice(ws, i));
      if (stem > 0 && words.hasSpan(text, ws, ws + stem)) {
        at.ws = ws;
        at.we = ws + stem;
        at.next = i;
        at.clitic = true;
        return true;
      }
    }
  }
  return false;
}

/**
 * True when a word of text[start, end) is in `words` (compared folded). A cheap scan, used to skip sentences that
 * cannot state a flow before tokenizing them.
 */
export function hasWord(text: string, start: number, end: number, words: WordSet): boolean {
  return nextWord(text, start, end, words, FOUND);
}

/** A word of a tokenized phrase: letters, marks and digits only (no hyphen, apostrophe or symbol). */
const PLAIN_WORD = /^[\p{L}\p{M}\p{N}]+$/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Between two tokens: white space, or an apostrophe the tokenizer drops ("d'armes" is "d" + "armes"). */
const isGapCode = (c: number): boolean => c === 32 || c === 39 || c === 0x2019 || c === 0xa0 || c === 0x202f || (c >= 9 && c <= 13) || (c >= 0x2000 && c <= 0x200a);

/**
 * Phrases found by one word each, their key: the pre-scan of the trigger forms. A sentence has a phrase
 * when it has the phrase's key word with the phrase's other words right before and after it, in the
 * tokenizer's terms (words apart only by white space or a dropped apostrophe). So "between" lets a
 * sentence through only as "split between", "home" only as "went home": the pre-scan passes what the
 * tokenizing reading can match, no less, and far fewer sentences than the key words alone.
 * A phrase with a token that is no plain word ("-se", "d'"), and any key that is also a phrase of its
 * own, pass on the key word alone (a superset, so nothing is lost).
 */
export class PhraseKeys {
  private readonly keys = new WordSet();
  /** Folded key -> the folded words before and after it in each phrase it stands for; 'alone': the key passes. */
  private readonly around = new Map<string, Array<{ before: string[]; after: string[] }> | 'alone'>();

  /** Adds the phrase `words` (tokenized), found by its word at index `key`. */
  add(words: ReadonlyArray<Tok>, key: number): void {
    const k = words[key];
    if (!k) return;
    this.keys.add(k.lower);
    const f = fold(k.lower);
    const had = this.around.get(f);
    if (had === 'alone') return;
    if (words.length === 1 || !words.every((w) => w.kind === 'word' && PLAIN_WORD.test(w.lower))) {
      this.around.set(f, 'alone');
      return;
    }
    const entry = { before: words.slice(0, key).map((w) => fold(w.lower)), after: words.slice(key + 1).map((w) => fold(w.lower)) };
    if (had) had.push(entry);
    else this.around.set(f, [entry]);
  }

  /** Does text[start, end) hold one of the phrases? (A verb before a joined pronoun, "enviou-os", passes on the verb alone.) */
  has(text: string, start: number, end: number): boolean {
    for (let i = start; nextWord(text, i, end, this.keys, FOUND); i = FOUND.next) if (FOUND.clitic || this.hasAround(text, start, end, FOUND.ws, FOUND.we)) return true;
    return false;
  }

  /** Has the key word at text[ws, we) the words of one of its phrases around it? */
  private hasAround(text: string, start: number, end: number, ws: number, we: number): boolean {
    const a = this.around.get(fold(text.slice(ws, we)));
    if (a === undefined || a === 'alone') return true;
    for (const { before, after } of a) {
      let ok = true;
      let p = ws;
      for (let k = before.length - 1; k >= 0 && ok; k--) {
        let q = p;
        while (q > start && isGapCode(text.charCodeAt(q - 1))) q--;
        let b = q;
        while (b > start && WORD_CHAR.test(text[b - 1]!)) b--;
        ok = q < p && b < q && fold(text.slice(b, q)) === before[k];
        p = b;
      }
      p = we;
      for (let k = 0; k < after.length && ok; k++) {
        let q = p;
        while (q < end && isGapCode(text.charCodeAt(q))) q++;
        let b = q;
        while (b < end && WORD_CHAR.test(text[b]!)) b++;
        ok = q > p && b > q && fold(text.slice(q, b)) === after[k];
        p = b;
      }
      if (ok) return true;
    }
    return false;
  }
}

/**
 * Portuguese object and reflexive pronouns joined to their verb by a hyphen ("enviou-os", "entregou-lhe",
 * "enviá-los", "deslocou-se"): split off so the verb is found as a word of its own ("enviá" folds to the
 * present "envia", a form of the same verb).
 */
/** A verb before a joined pronoun has at least this many letters ("dá-lhe" is left whole). */
const MIN_VERB = 3;
const CLITIC_TAILS: ReadonlySet<string> = new Set(['o', 'a', 'os', 'as', 'lo', 'la', 'los', 'las', 'no', 'na', 'nos', 'nas', 'lhe', 'lhes', 'se']);

/**
 * Spanish object pronouns written joined to an infinitive or a gerund ("entregarle", "venderles", "enviándolas"): the length of
 * the verb before the pronoun, or -1. The verb is lower case, has at least five letters and ends as an infinitive or a gerund does, so names
 * such as "Carla", "Charles" or "perla" stay whole.
 */
export function encliticStem(w: string): number {
  // (A cheap test first: an "l" before the last one or two letters, or "nos".)
  const n = w.length;
  if (n < 7 || !(w.charCodeAt(n - 2) === 108 || w.charCodeAt(n - 3) === 108 || (w.charCodeAt(n - 3) === 110 && w.charCodeAt(n - 1) === 115))) return -1;
  const m = ENCLITIC.exec(w);
  return m ? w.length - m[1]!.length : -1;
}
const ENCLITIC = /^\p{Ll}\p{L}{2,}(?:[aeií]r|[aá]ndo|i[eé]ndo)(les|le|los|las|lo|la|nos)$/u;

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** Tokens of `text.slice(from, to)`, with offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  const src = text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const push = (s: string, start: number, kind: TokKind): void => {
    const lower = s.toLowerCase();
    out.push({ start: from + start, end: from + start + s.length, lower, fold: kind === 'word' && !isAscii(lower) ? fold(lower) : lower, kind });
  };
  while ((m = TOKEN_RE.exec(src)) !== null) {
    if (m[1] !== undefined) push(m[1], m.index, 'num');
    else if (m[2] !== undefined) {
      push(m[2], m.index, 'num');
      if (m[3] !== undefined) push(m[3], m.index + m[2].length, 'word');
    } else if (m[4] !== undefined) push(m[4], m.index, 'sym');
    else if (m[5] !== undefined) {
      const w = m[5];
      const hy = w.lastIndexOf('-');
      // (The pronoun keeps its hyphen, "-os": joined to the verb, it is no article.)
      const joined = hy < 0 ? encliticStem(w) : -1;
      if (hy >= MIN_VERB && CLITIC_TAILS.has(w.slice(hy + 1).toLowerCase())) {
        push(w.slice(0, hy), m.index, 'word');
        push(w.slice(hy), m.index + hy, 'word');
      } else if (joined > 0) {
        push(w.slice(0, joined), m.index, 'word');
        push(w.slice(joined), m.index + joined, 'word');
      } else push(w, m.index, 'word');
    }
    else if (m[6] !== undefined) push(m[6], m.index, 'punct');
  }
  return out;
}

/**
 * Value of a numeral token. `decimalComma`: "," is the decimal separator (pt/es/fr).
 * A single separator followed by exactly three digits is a thousands separator ("14.000", "14,000"),
 * unless `beforeScale` ("1,200 bilhão" is 1.2 billion in pt).
 */
export function parseNumeral(s: string, decimalComma: boolean, beforeScale = false): number | null {
  const t = s.replace(/[\u00a0\u202f ]/g, '');
  const seps = t.match(/[.,]/g);
  if (!seps) return Number(t);
  const decimalSep = decimalComma ? ',' : '.';
  if (seps.length > 1) {
    const distinct = new Set(seps);
    if (distinct.size === 1) return Number(t.replace(/[.,]/g, ''));
    const last = Math.max(t.lastIndexOf('.'), t.lastIndexOf(','));
    const v = Number(t.slice(0, last).replace(/[.,]/g, '') + '.' + t.slice(last + 1));
    return Number.isFinite(v) ? v : null;
  }
  const sep = seps[0]!;
  const after = t.slice(t.indexOf(sep) + 1);
  if (after.length === 3 && !(beforeScale && sep === decimalSep)) return Number(t.replace(sep, ''));
  const v = Number(t.replace(sep, '.'));
  return Number.isFinite(v) ? v : null;
}

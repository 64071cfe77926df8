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

/**
 * True when a word of text[start, end) (lower-cased, or folded) is in `words`. A cheap scan with no
 * regular expression, used to skip sentences that cannot state a flow before tokenizing them.
 */
export function hasWord(text: string, start: number, end: number, words: ReadonlySet<string>): boolean {
  let i = start;
  while (i < end) {
    if (!isLetterCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const ws = i;
    while (i < end && (isLetterCode(text.charCodeAt(i)) || (text.charCodeAt(i) === 45 && i + 1 < end && isLetterCode(text.charCodeAt(i + 1))))) i++;
    const w = text.slice(ws, i).toLowerCase();
    if (words.has(w) || words.has(fold(w))) return true;
  }
  return false;
}

/** Tokens of `text.slice(from, to)`, with offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  const src = text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const push = (s: string, start: number, kind: TokKind): void => {
    const lower = s.toLowerCase();
    out.push({ start: from + start, end: from + start + s.length, lower, fold: kind === 'word' ? fold(lower) : lower, kind });
  };
  while ((m = TOKEN_RE.exec(src)) !== null) {
    if (m[1] !== undefined) push(m[1], m.index, 'num');
    else if (m[2] !== undefined) {
      push(m[2], m.index, 'num');
      if (m[3] !== undefined) push(m[3], m.index + m[2].length, 'word');
    } else if (m[4] !== undefined) push(m[4], m.index, 'sym');
    else if (m[5] !== undefined) push(m[5], m.index, 'word');
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

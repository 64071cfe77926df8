/**
 * Word tokens with UTF-16 offsets, in one linear pass. A token is a run of letters, digits and combining
 * marks; everything else separates tokens. For each token we keep its folded form (normalize.ts), its
 * shape (capitalised, all capitals, lower case, digits) and what separates it from the previous token,
 * so that multi-word names can be matched across spaces, hyphens, apostrophes and abbreviation dots but
 * not across commas, line breaks or sentence ends.
 */
import { fold, isWordCode } from './normalize';

export const CAP = 1; // first letter upper case
export const UPPER = 2; // all letters upper case (two or more letters)
export const LOWER = 4; // first letter lower case
export const DIGIT = 8; // starts with a digit

/** What lies between a token and the previous one. */
export const GAP_SPACE = 0; // blanks only (no line break)
export const GAP_HYPHEN = 1; // "-" (compound: "norte-coreano", "Bósnia-Herzegovina")
export const GAP_APOS = 2; // "'" or "’" ("d'Ivoire")
export const GAP_DOT = 3; // "." possibly followed by one space ("St. Louis", "U.S.")
export const GAP_COMMA = 4; // "," possibly followed by blanks ("Bangor, Maine")
export const GAP_BREAK = 9; // anything else: names never span it

export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** folded form */
  norm: string[];
  shape: Uint8Array;
  /** gap before token i (GAP_*) */
  gap: Uint8Array;
}

/**
 * Case of a Latin-1 letter U+00C0..U+00FF (tokens never contain U+00D7 × or U+00F7 ÷): À..Þ are capitals,
 * ß..ÿ lower case. Same answer as the toLowerCase/toUpperCase comparison below, without allocating.
 */
function latin1Case(c: number): number {
  return c <= 0xde ? CAP : LOWER;
}

/** CAP / UPPER / LOWER / DIGIT of a token, from its characters (ASCII fast path). */
function shapeOf(raw: string): number {
  const c = raw.charCodeAt(0);
  if (c >= 48 && c <= 57) return DIGIT;
  let first: number;
  if (c >= 65 && c <= 90) first = CAP;
  else if (c >= 97 && c <= 122) first = LOWER;
  else if (c >= 0xc0 && c <= 0xff) first = latin1Case(c); // accented Latin-1 letters: no case-mapping calls
  else {
    const ch = raw[0]!;
    const lo = ch.toLowerCase();
    first = lo !== ch ? CAP : ch.toUpperCase() !== ch ? LOWER : 0;
  }
  if (first !== CAP || raw.length < 2) return first;
  // all capitals? (at least two letters, no lower-case letter)
  let letters = 0;
  for (let k = 0; k < raw.length; k++) {
    const d = raw.charCodeAt(k);
    if (d >= 65 && d <= 90) letters++;
    else if (d >= 97 && d <= 122) return CAP;
    else if (d >= 0xc0 && d <= 0xff) {
      if (latin1Case(d) === LOWER) return CAP;
      letters++;
    } else if (d > 127) {
      const ch = raw[k]!;
      if (ch.toUpperCase() !== ch) return CAP;
      if (ch.toLowerCase() !== ch) letters++;
    }
  }
  return letters >= 2 ? CAP | UPPER : CAP;
}

export function tokenize(text: string): Tokens {
  const n = text.length;
  let cap = Math.max(16, n >> 2);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let shape = new Uint8Array(cap);
  let gap = new Uint8Array(cap);
  const norm: string[] = [];
  let count = 0;
  let i = 0;
  let prevEnd = 0;
  while (i < n) {
    while (i < n && !isWordCode(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const s = i;
    // scan the word, noting on the way whether it is lower-case ASCII (most words: their own folded form,
    // shape LOWER) or ASCII at all (folded by lower-casing alone, as fold() would after scanning it again)
    const c0 = text.charCodeAt(s);
    let plain = c0 >= 97 && c0 <= 122;
    let ascii = true;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (c >= 65 && c <= 90) plain = false;
        else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) break;
      } else if (isWordCode(c)) ascii = plain = false;
      else break;
    }
    if (count === cap) {
      cap *= 2;
      const grow = <T extends Int32Array | Uint8Array>(a: T, b: T): T => {
        b.set(a);
        return b;
      };
      start = grow(start, new Int32Array(cap));
      end = grow(end, new Int32Array(cap));
      shape = grow(shape, new Uint8Array(cap));
      gap = grow(gap, new Uint8Array(cap));
    }
    const raw = text.slice(s, i);
    start[count] = s;
    end[count] = i;
    if (plain) {
      norm.push(raw);
      shape[count] = LOWER;
    } else {
      norm.push(ascii ? raw.toLowerCase() : fold(raw));
      shape[count] = shapeOf(raw);
    }
    gap[count] = count === 0 ? GAP_BREAK : gapKind(text, prevEnd, s);
    prevEnd = i;
    count++;
  }
  return { count, start, end, norm, shape, gap };
}

function gapKind(text: string, a: number, b: number): number {
  const len = b - a;
  if (len === 1) {
    const c = text.charCodeAt(a);
    if (c === 32 || c === 9 || c === 0xa0) return GAP_SPACE;
    if (c === 45 || c === 0x2010 || c === 0x2011) return GAP_HYPHEN;
    if (c === 39 || c === 0x2019) return GAP_APOS;
    if (c === 46) return GAP_DOT;
    if (c === 44) return GAP_COMMA;
    return GAP_BREAK;
  }
  // longer gaps: blanks only, or one dot / comma followed by blanks
  let k = a;
  const c0 = text.charCodeAt(k);
  let kind = GAP_SPACE;
  if (c0 === 46) {
    kind = GAP_DOT;
    k++;
  } else if (c0 === 44) {
    kind = GAP_COMMA;
    k++;
  }
  let blanks = 0;
  for (; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 0xa0) return GAP_BREAK;
    blanks++;
  }
  if (kind === GAP_DOT && blanks > 1) return GAP_BREAK;
  return kind;
}

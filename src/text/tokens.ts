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

/** CAP / UPPER / LOWER / DIGIT of a token, from its characters (ASCII fast path). */
function shapeOf(raw: string): number {
  const c = raw.charCodeAt(0);
  if (c >= 48 && c <= 57) return DIGIT;
  let first: number;
  if (c >= 65 && c <= 90) first = CAP;
  else if (c >= 97 && c <= 122) first = LOWER;
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
    else if (d > 127) {
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
    while (i < n && isWordCode(text.charCodeAt(i))) i++;
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
    // lower-case ASCII words (most of them) are their own folded form
    let plain = true;
    for (let k = s; k < i; k++) {
      const c = text.charCodeAt(k);
      if (c > 127 || (c >= 65 && c <= 90)) {
        plain = false;
        break;
      }
    }
    norm.push(plain ? raw : fold(raw));
    shape[count] = shapeOf(raw);
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

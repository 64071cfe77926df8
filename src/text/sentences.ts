/**
 * Split article text into sentences with UTF-16 offsets, in one linear pass.
 * Not Intl.Segmenter: it splits after abbreviations ("Gen.|Kim") and slows down super-linearly on
 * large inputs. A sentence ends at . ! ? … (plus closing quotes/brackets) followed by whitespace and an
 * opening character, unless the word before the dot is a known abbreviation or an initial; a line break
 * followed by a blank line, or a line that itself has no terminal punctuation (headlines, captions),
 * also ends a sentence.
 */
import type { Span } from '../story';

const ABBREVIATIONS = new Set(
  [
    // en
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'gov', 'sen',
    'rep', 'rev', 'st', 'ste', 'mt', 'ft', 'jr', 'sr', 'sra', 'srta', 'inc', 'ltd', 'co', 'corp', 'no', 'nos',
    'vs', 'etc', 'e.g', 'i.e', 'approx', 'dept', 'est', 'fig', 'ave', 'blvd', 'rd', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m',
    // pt/es/fr
    'dra', 'profa', 'eng', 'av', 'pç', 'nº', 'n', 'núm', 'pág', 'p', 'pp', 'cf', 'ex', 'art', 'arts', 'cap',
    'mme', 'mlle', 'mgr', 'me', 'm', 'sta', 'sto', 'gral', 'ud', 'uds', 'vd', 'vds', 'tel', 'tte', 'cel',
  ].map((s) => s.toLowerCase()),
);

/** Month abbreviations are ordinary words too ("beira-mar", "set", "out"): abbreviations only before a number. */
const MONTHS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'fev', 'abr', 'mai', 'ago',
  'set', 'out', 'dez', 'ene', 'dic', 'janv', 'févr', 'avr', 'juil', 'déc',
]);

const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);

function isUpperStart(ch: string): boolean {
  return ch !== ch.toLowerCase() || /[0-9"'“‘«(\[¿¡—–-]/.test(ch);
}

/** Sentence spans covering the text's non-blank content, trimmed of surrounding whitespace. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let start = 0;

  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };

  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      // A line break ends the sentence when the next line is blank or the current line has no
      // terminal punctuation (headline, caption, list item).
      let j = i + 1;
      while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      const blank = j >= n || text[j] === '\n';
      if (blank || lineEndsOpen(text, start, i)) push(i + 1);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    // Swallow runs of terminators and closing quotes: "?!", '."', '.)'.
    let j = i + 1;
    while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…' || CLOSERS.has(text[j]!))) j++;
    if (j < n && !/\s/.test(text[j]!)) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < n && /\s/.test(text[k]!)) k++;
    if (k >= n) {
      push(j);
      i = j - 1;
      continue;
    }
    if (ch === '.' && j === i + 1 && isAbbreviation(text, i)) {
      i = j - 1;
      continue;
    }
    if (!isUpperStart(text[k]!)) {
      i = j - 1;
      continue;
    }
    push(j);
    i = j - 1;
  }
  if (start < n) push(n);
  return out;
}

/** True when the text between `from` and the newline at `nl` has content but no terminal punctuation. */
function lineEndsOpen(text: string, from: number, nl: number): boolean {
  let e = nl;
  while (e > from && /\s/.test(text[e - 1]!)) e--;
  if (e <= from) return false;
  const last = text[e - 1]!;
  return !/[,;:\-–—(]/.test(last);
}

/** The word ending at the dot at `dot` is an abbreviation or a single-letter initial. */
function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.º]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  if (word.length === 0) return false;
  // The tail of a hyphenated compound ("beira-mar.") is a word, not an abbreviation.
  if (s > 0 && text[s - 1] === '-') return false;
  if (word.length === 1 && word === word.toUpperCase()) return true; // initial: "J. Smith"
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  if (MONTHS.has(lower)) return /^\s+\d/.test(text.slice(dot + 1, dot + 4));
  // Dotted acronyms: "U.S.", "E.U.A."
  return /^(\p{L}\.)+\p{L}$/u.test(word);
}

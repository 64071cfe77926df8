/**
 * Folding used for matching names: lower case, no diacritics ("Moscú" -> "moscu", "Ærø" -> "aero").
 * The gazetteer builder and the recogniser both use `nameKey`, so keys always agree.
 */

const SPECIAL: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŀ: 'l',
};

const cache = new Map<string, string>();

/** Lower-case and strip diacritics. Memoised for short strings (tokens repeat a lot). */
export function fold(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s.toLowerCase();
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  let out = s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  if (/[ßæœøłđðþıħŀ]/.test(out)) out = out.replace(/[ßæœøłđðþıħŀ]/g, (c) => SPECIAL[c] ?? c);
  if (cache.size > 200_000) cache.clear();
  if (s.length < 40) cache.set(s, out);
  return out;
}

/** True for code units that belong to a word: letters, digits, combining marks. */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0xc0 && c <= 0x24f) return true; // Latin-1 letters, Latin Extended-A/B
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates: treat astral chars as separators
  // anything else (« » · º, Greek, Cyrillic...): asked of the Unicode tables once per code unit, then remembered
  let v = WORD_CODES[c]!;
  if (v === 0) WORD_CODES[c] = v = /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}
/** Per UTF-16 code unit: 0 not yet known, 1 word, 2 not a word (filled lazily by isWordCode). */
const WORD_CODES = new Uint8Array(0x10000);

/** The lookup key of a name: its words folded and joined by single spaces ("Côte d'Ivoire" -> "cote d ivoire"). */
export function nameKey(name: string): string {
  const words: string[] = [];
  let i = 0;
  const n = name.length;
  while (i < n) {
    while (i < n && !isWordCode(name.charCodeAt(i))) i++;
    const s = i;
    while (i < n && isWordCode(name.charCodeAt(i))) i++;
    if (i > s) words.push(fold(name.slice(s, i)));
  }
  return words.join(' ');
}

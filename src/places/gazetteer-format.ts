/**
 * The gazetteer file's format version and character escaping, shared by its writer (geo/gazetteer/build.ts)
 * and its reader (./gazetteer.ts); a module of its own so that editing the reader rebuilds nothing.
 */
export const FORMAT = 'ATLAS-GAZ 2';

/**
 * The file is kept ASCII so that decoding it is a plain copy and it loads as a one-byte string (half the
 * memory, and about four times faster to decode than the same text with its 30,000 accented and other
 * letters): those letters, and the backslash itself, become a backslash and four hex digits. Name lines
 * are sorted in their escaped form, and keys are escaped before they are looked up.
 */
const NOT_ASCII = /[^\x00-\x5b\x5d-\x7f]/g;
const ESCAPED = /\\([0-9a-f]{4})/g;
export function escapeGaz(s: string): string {
  return s.replace(NOT_ASCII, (c) => `\\${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
export function unescapeGaz(s: string): string {
  return s.includes('\\') ? s.replace(ESCAPED, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}
/** True when `key` has a character the file escapes (nearly never: keys are folded to a-z, digits and spaces). */
export function needsEscape(key: string): boolean {
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if (c > 127 || c === 92) return true;
  }
  return false;
}

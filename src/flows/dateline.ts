/**
 * The dateline of wire copy: "Luanda, 22 set 2025 (Lusa) -", "Calgary, Alberta, Aug 12 (Reuters) -",
 * "Tegucigalpa, 9 oct (EFE).-", "WASHINGTON (AP) —", "MOSCOW, March 3 — ". The place it opens with is
 * where the story was filed: the home of the officials the story names with no nationality ("O ministro
 * dos Recursos Minerais viaja a Nova Deli" in a story from Luanda is Angola's minister).
 */
import type { MentionRef } from './items';

/**
 * After the place: optional, its region or country in parentheses ("Épernay (Marne), 16 janvier (AFP) -", "Guayaquil
 * (Ecuador), 20 ene (EFE).-"); optional comma-led parts (a region, a date) on the same line, then an agency in
 * parentheses and a dash (or a colon), or a dash alone ("--" too). A dash alone needs a comma-led part
 * before it ("MOSCOW, March 3 —") or a name in capitals ("HUDSON -- Officials"), so that "Paris — " opening
 * a sentence of its own is no dateline.
 */
const AGENCY = /^(?:\s*\([^()\n]{2,30}\))?(?:,[^\n().;:!?]{1,48})?\s*\([^()\n]{2,40}\)\s*\.?\s*(?:--|[-–—:])/u;
const DASH_AFTER_PART = /^,[^\n().;:!?]{1,48}?\s(?:--|[-–—])\s/u;
const DASH = /^\s*(?:--|[-–—])\s/u;
const EN_DASH_OPENING = /^ – (?=\p{Lu})/u;
/** Before a dateline: nothing, or the headline (one line ending in a full stop, or a line break). */
const HEADLINE = /^(?:\s*|[^\n]{1,250}(?:[.!?]\s+|\s*\n\s*))$/u;

/** The mention of the place the text's dateline opens with (at the start, or after the headline), if the text has one. */
export function datelineMention(text: string, mentions: ReadonlyArray<MentionRef>): MentionRef | undefined {
  for (const m of mentions) {
    if (m.start > 300) break;
    if (m.org || m.via === 'demonym' || m.via === 'anaphor' || !HEADLINE.test(text.slice(0, m.start))) continue;
    const after = text.slice(m.end, m.end + 120);
    const name = text.slice(m.start, m.end);
    // ("Brasília – O ministro da Defesa embarcou", "São Paulo – As montadoras": an en dash right after the place that opens
    // the text, before a capital, as Agência Brasil files.)
    if (AGENCY.test(after) || DASH_AFTER_PART.test(after) || (name === name.toUpperCase() && name !== name.toLowerCase() && DASH.test(after)) || (m.start === 0 && EN_DASH_OPENING.test(after))) return m;
  }
  return undefined;
}

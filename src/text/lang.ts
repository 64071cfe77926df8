/**
 * Language detection for pt/en/es/fr by counting very frequent function words that are distinctive for
 * each language. Linear, no dependencies; good enough for news paragraphs (ties fall back to English).
 */
import { LANGS, type Lang } from '../story';
import { isWordCode } from './normalize';

const MARKERS: Record<Lang, string[]> = {
  pt: ['o', 'os', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'nos', 'nas', 'um', 'uma', 'não', 'ao', 'com', 'que', 'é', 'pelo', 'pela', 'também', 'são', 'foi', 'mais', 'para', 'seu', 'sua', 'já', 'ainda', 'após'],
  en: ['the', 'of', 'and', 'to', 'in', 'is', 'was', 'for', 'on', 'that', 'with', 'as', 'by', 'at', 'from', 'his', 'her', 'it', 'are', 'were', 'has', 'have', 'said', 'which', 'an', 'be', 'this', 'not', 'but', 'they'],
  es: ['el', 'los', 'las', 'del', 'en', 'y', 'que', 'por', 'con', 'una', 'un', 'para', 'es', 'su', 'al', 'lo', 'como', 'más', 'pero', 'sus', 'le', 'ya', 'fue', 'este', 'ha', 'también', 'muy', 'sobre', 'entre', 'cuando'],
  fr: ['le', 'les', 'des', 'du', 'et', 'est', 'un', 'une', 'dans', 'pour', 'pas', 'que', 'qui', 'sur', 'au', 'aux', 'avec', 'ce', 'cette', 'il', 'elle', 'sont', 'été', 'plus', 'mais', 'ont', 'par', 'leur', 'été', 'être'],
};

const WEIGHTS = new Map<string, Map<Lang, number>>();
for (const lang of LANGS) {
  for (const w of MARKERS[lang]) {
    let m = WEIGHTS.get(w);
    if (!m) WEIGHTS.set(w, (m = new Map()));
    m.set(lang, 1);
  }
}
// words shared by several languages count less
for (const m of WEIGHTS.values()) for (const l of m.keys()) m.set(l, 1 / m.size);

/**
 * The marker words as a trie over (lower-case, Latin-1) code units, so that detectLang can match each word
 * of the sample while scanning it, without slicing it out and hashing it. Node k's children are at
 * NEXT[k * 256 + code] (0 = none; the root is node 0 and never a child); WORD_WEIGHTS[k] lists the
 * weights of the marker ending at node k, in WEIGHTS order.
 */
const NEXT_GROW = 64;
let NEXT = new Int32Array(256 * NEXT_GROW);
const WORD_WEIGHTS: Array<Array<[Lang, number]> | undefined> = [undefined];
for (const [word, m] of WEIGHTS) {
  if (word.length > 7) continue; // only words of up to 7 characters are looked at
  let node = 0;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c > 255) throw new Error(`lang: marker "${word}" is not Latin-1`);
    let child = NEXT[node * 256 + c]!;
    if (child === 0) {
      child = WORD_WEIGHTS.length;
      WORD_WEIGHTS.push(undefined);
      if ((child + 1) * 256 > NEXT.length) {
        const grown = new Int32Array(NEXT.length * 2);
        grown.set(NEXT);
        NEXT = grown;
      }
      NEXT[node * 256 + c] = child;
    }
    node = child;
  }
  WORD_WEIGHTS[node] = [...m];
}

export function isLang(s: string): s is Lang {
  return (LANGS as readonly string[]).includes(s);
}

/** Most likely language of the text among pt/en/es/fr (looks at the first 2,000 characters). */
export function detectLang(text: string): Lang {
  const sample = text.slice(0, 2_000).toLowerCase();
  const score: Record<Lang, number> = { pt: 0, en: 0, es: 0, fr: 0 };
  const n = sample.length;
  // one pass: walk the marker trie along each word (node 0: between words, -1: the word is no marker)
  // and count the orthographic hints (ã õ for pt, ñ ¿ ¡ for es, è ê for fr), added after the words as before
  let node = 0;
  let pt = 0;
  let es = 0;
  let fr = 0;
  for (let k = 0; k <= n; k++) {
    const c = k < n ? sample.charCodeAt(k) : 32;
    if (c >= 0xa1) {
      if (c === 0xe3 || c === 0xf5) pt++;
      else if (c === 0xf1 || c === 0xbf || c === 0xa1) es++;
      else if (c === 0xe8 || c === 0xea) fr++;
    }
    if (isWordCode(c)) {
      if (node >= 0) node = c > 255 ? -1 : NEXT[node * 256 + c]! || -1;
    } else if (node !== 0) {
      const w = node > 0 ? WORD_WEIGHTS[node] : undefined;
      if (w) for (const [l, v] of w) score[l] += v;
      node = 0;
    }
  }
  // (one addition at a time, in the order of the former second pass: the sums stay bit-identical)
  for (let q = 0; q < pt; q++) score.pt += 0.5;
  for (let q = 0; q < es; q++) score.es += 0.5;
  for (let q = 0; q < fr; q++) score.fr += 0.3;
  let best: Lang = 'en';
  for (const l of LANGS) if (score[l] > score[best]) best = l;
  return best;
}

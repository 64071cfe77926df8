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

export function isLang(s: string): s is Lang {
  return (LANGS as readonly string[]).includes(s);
}

/** Most likely language of the text among pt/en/es/fr (looks at the first 2,000 characters). */
export function detectLang(text: string): Lang {
  const sample = text.slice(0, 2_000).toLowerCase();
  const score: Record<Lang, number> = { pt: 0, en: 0, es: 0, fr: 0 };
  const n = sample.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordCode(sample.charCodeAt(i))) i++;
    const s = i;
    while (i < n && isWordCode(sample.charCodeAt(i))) i++;
    if (i - s > 0 && i - s <= 7) {
      const w = WEIGHTS.get(sample.slice(s, i));
      if (w) for (const [l, v] of w) score[l] += v;
    }
  }
  // orthographic hints: ã õ ç(ão) for pt, ñ ¿ ¡ for es, è ê for fr
  for (let k = 0; k < n; k++) {
    const c = sample.charCodeAt(k);
    if (c < 0xa1) continue;
    if (c === 0xe3 || c === 0xf5) score.pt += 0.5;
    else if (c === 0xf1 || c === 0xbf || c === 0xa1) score.es += 0.5;
    else if (c === 0xe8 || c === 0xea) score.fr += 0.3;
  }
  let best: Lang = 'en';
  for (const l of LANGS) if (score[l] > score[best]) best = l;
  return best;
}

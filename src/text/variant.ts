/**
 * National variant of a Portuguese or Spanish text, from spelling and vocabulary that differ between
 * Portugal and Brazil ("económico"/"econômico", "equipa"/"time", "autocarro"/"ônibus") or mark Spain
 * ("ayuntamiento", "vosotros", "ordenador"). A weak hint for place resolution when the document has no
 * stronger evidence. Linear: a few regular-expression scans over the text.
 */
import type { Lang } from '../story';

// European Portuguese writes an acute accent where Brazil writes a circumflex before m/n + vowel
// ("António", "género", "fenómeno", "académico"); Brazil writes ô/ê there ("Antônio", "gênero").
const PT_ACCENT = /[óé](?=[mn][aeiouáéíóú])/g;
const BR_ACCENT = /[ôê](?=[mn][aeiouáéíóú])/g;
const PT_WORDS =
  /(?:facto|factos|equipa|equipas|autocarros?|comboios?|telemóve(?:l|is)|ecrã|freguesias?|concelhos?|autarquias?|autarcas?|utentes?|registos?|secundário|miúdos?|casa de banho|pequeno-almoço)(?![\p{L}])/giu;
const BR_WORDS =
  /(?:ônibus|trem|trens|prefeitura|prefeituras|prefeito|prefeita|celular|celulares|registros?|usuários?|caminhão|caminhões|time de futebol|café da manhã|banheiro|estadual|vereador(?:es|a)?)(?![\p{L}])/giu;
const ES_WORDS =
  /(?:ayuntamientos?|vosotros|vuestro|vuestra|ordenador(?:es)?|coches?|móvil|euros|comunidad autónoma|guardia civil|diputación|concejales?)(?![\p{L}])/giu;
const LATAM_WORDS =
  /(?:computadoras?|carros?|celular(?:es)?|pesos|alcaldía|municipalidad|colectivos?)(?![\p{L}])/giu;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

const LETTER = /\p{L}/u;

/**
 * Number of matches of a word list `re` (a /giu pattern without the leading "no letter before"
 * lookbehind) that no letter precedes: the same count as `(?<![\p{L}])` in the pattern, but the regular
 * expression engine can skip ahead to candidate words instead of testing the lookbehind at every position.
 * A candidate preceded by a letter is skipped by one position, as the lookbehind's failure would.
 */
function countWords(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > 0 && LETTER.test(codePointBefore(text, m.index))) re.lastIndex = m.index + 1;
    else n++;
  }
  return n;
}

/** The code point that ends just before `at`, as a string (a surrogate pair kept whole). */
function codePointBefore(text: string, at: number): string {
  const lo = text.charCodeAt(at - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && at >= 2) {
    const hi = text.charCodeAt(at - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return text.slice(at - 2, at);
  }
  return text[at - 1]!;
}

/**
 * 'PT' or 'BR' for Portuguese text, 'ES' for Spanish text written in Spain, undefined when the
 * markers are few or mixed (at least two markers and twice as many as the other variant's).
 */
export function languageVariant(text: string, lang: Lang): 'PT' | 'BR' | 'ES' | undefined {
  if (lang === 'pt') {
    const pt = count(PT_ACCENT, text) + countWords(PT_WORDS, text);
    const br = count(BR_ACCENT, text) + countWords(BR_WORDS, text);
    if (pt >= 2 && pt >= 2 * br) return 'PT';
    if (br >= 2 && br >= 2 * pt) return 'BR';
    return undefined;
  }
  if (lang === 'es') {
    const es = countWords(ES_WORDS, text);
    const la = countWords(LATAM_WORDS, text);
    if (es >= 2 && es >= 2 * la) return 'ES';
  }
  return undefined;
}

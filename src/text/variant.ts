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
  /(?<![\p{L}])(?:facto|factos|equipa|equipas|autocarros?|comboios?|telemóve(?:l|is)|ecrã|freguesias?|concelhos?|autarquias?|autarcas?|utentes?|registos?|secundário|miúdos?|casa de banho|pequeno-almoço)(?![\p{L}])/giu;
const BR_WORDS =
  /(?<![\p{L}])(?:ônibus|trem|trens|prefeitura|prefeituras|prefeito|prefeita|celular|celulares|registros?|usuários?|caminhão|caminhões|time de futebol|café da manhã|banheiro|estadual|vereador(?:es|a)?)(?![\p{L}])/giu;
const ES_WORDS =
  /(?<![\p{L}])(?:ayuntamientos?|vosotros|vuestro|vuestra|ordenador(?:es)?|coches?|móvil|euros|comunidad autónoma|guardia civil|diputación|concejales?)(?![\p{L}])/giu;
const LATAM_WORDS =
  /(?<![\p{L}])(?:computadoras?|carros?|celular(?:es)?|pesos|alcaldía|municipalidad|colectivos?)(?![\p{L}])/giu;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/**
 * 'PT' or 'BR' for Portuguese text, 'ES' for Spanish text written in Spain, undefined when the
 * markers are few or mixed (at least two markers and twice as many as the other variant's).
 */
export function languageVariant(text: string, lang: Lang): 'PT' | 'BR' | 'ES' | undefined {
  if (lang === 'pt') {
    const pt = count(PT_ACCENT, text) + count(PT_WORDS, text);
    const br = count(BR_ACCENT, text) + count(BR_WORDS, text);
    if (pt >= 2 && pt >= 2 * br) return 'PT';
    if (br >= 2 && br >= 2 * pt) return 'BR';
    return undefined;
  }
  if (lang === 'es') {
    const es = count(ES_WORDS, text);
    const la = count(LATAM_WORDS, text);
    if (es >= 2 && es >= 2 * la) return 'ES';
  }
  return undefined;
}

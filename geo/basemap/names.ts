/**
 * Country names for labels in en/pt/es/fr, from world-countries' common names and i18n-iso-countries'
 * locale data: the first short, clean candidate wins (no "Korea, Democratic People's Republic of", no
 * "Congo (Rep. Dem.)"); when none is clean the first is tidied ("A, B" / "A (B)" → "B A"). Portuguese
 * follows Brazilian spelling (the ô/ê of "Polônia", "Quênia", plus a small table), since both packages
 * give European forms. Pure: the package data comes in as arguments.
 */
export type Lang = 'en' | 'pt' | 'es' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'pt', 'es', 'fr'];

/** The part of a world-countries entry used here. */
export interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  translations: Record<string, { common: string; official: string } | undefined>;
}

/** world-countries translation keys (ISO 639-3). */
const WC_LANG: Record<Exclude<Lang, 'en'>, string> = { pt: 'por', es: 'spa', fr: 'fra' };

/** Fixes where both packages are wrong or not the usual short form (reviewable data, not code). */
export const NAME_OVERRIDES: Partial<Record<Lang, Record<string, string>>> = {
  pt: {
    TW: 'Taiwan',
    CG: 'República do Congo',
    CD: 'República Democrática do Congo',
    IR: 'Irã',
    VN: 'Vietnã',
    CZ: 'Tchéquia',
    BJ: 'Benin',
    BH: 'Bahrein',
    GL: 'Groenlândia',
    ZW: 'Zimbábue',
    VA: 'Vaticano',
    PS: 'Palestina',
    NL: 'Países Baixos',
    SZ: 'Essuatíni',
    MU: 'Maurício',
    AQ: 'Antártida',
    KY: 'Ilhas Cayman',
    TT: 'Trinidad e Tobago',
    XK: 'Kosovo',
    PE: 'Peru',
    MG: 'Madagascar',
    CW: 'Curaçao',
    VC: 'São Vicente e Granadinas',
    AZ: 'Azerbaijão',
    BY: 'Belarus',
    AX: 'Åland',
  },
  es: {
    CD: 'República Democrática del Congo',
    CG: 'República del Congo',
    XK: 'Kosovo',
    IR: 'Irán',
    SH: 'Santa Elena',
    GD: 'Granada',
    SZ: 'Esuatini',
    AX: 'Åland',
  },
  fr: {
    CD: 'République démocratique du Congo',
    CG: 'République du Congo',
    XK: 'Kosovo',
    SZ: 'Eswatini',
    CV: 'Cap-Vert',
    MU: 'Maurice',
    AX: 'Åland',
    VN: 'Vietnam',
  },
  en: { CD: 'DR Congo', CG: 'Congo', XK: 'Kosovo' },
};

function clean(s: string | undefined): s is string {
  return !!s && !/[,()]/.test(s) && !/^[A-Z.]{2,5}$/.test(s);
}

/** "Coreia, República Popular Democrática da" → "República Popular Democrática da Coreia". */
export function tidyName(s: string): string {
  const paren = /^(.*?)\s*\((.*)\)\s*$/.exec(s);
  if (paren) return `${paren[2]} ${paren[1]}`.trim();
  const comma = /^([^,]+),\s*(.+)$/.exec(s);
  if (comma) return `${comma[2]} ${comma[1]}`.trim();
  return s.trim();
}

/** European → Brazilian Portuguese spelling of closed vowels before m/n ("Polónia" → "Polônia"). */
export function toBrazilian(s: string): string {
  return s.replace(/ó(?=[nm])/g, 'ô').replace(/é(?=[nm])/g, 'ê');
}

export function chooseName(candidates: readonly (string | undefined)[]): string {
  const good = candidates.find(clean);
  if (good) return good;
  const any = candidates.find((c): c is string => !!c);
  return any ? tidyName(any) : '';
}

/**
 * The label name of `iso` in `lang`. `i18n(lang)` returns i18n-iso-countries' names for the code
 * (official first, then aliases), `wc` the world-countries entry when there is one.
 */
export function countryName(iso: string, lang: Lang, wc: WorldCountry | undefined, i18n: readonly string[]): string {
  const fixed = NAME_OVERRIDES[lang]?.[iso];
  if (fixed) return fixed;
  const t = lang === 'en' ? wc?.name : wc?.translations[WC_LANG[lang]];
  const name = chooseName([t?.common, ...i18n, t?.official]);
  return lang === 'pt' ? toBrazilian(name) : name;
}

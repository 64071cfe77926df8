/**
 * Regular conjugation patterns that expand a verb stem into the forms the trigger tables need.
 * Irregular forms are listed by hand beside the stems in each language table.
 */
import type { Forms, Mood } from './types';

type Pattern = Readonly<Partial<Record<Mood, readonly string[]>>>;

const PATTERNS = {
  'pt-ar': {
    fin: ['a', 'am', 'ou', 'aram', 'ava', 'avam', 'e', 'em', 'ei', 'amos', 'asse', 'assem', 'ara'],
    inf: ['ar', 'arem'],
    ger: ['ando'],
    part: ['ado', 'ada', 'ados', 'adas'],
    fut: ['ará', 'arão', 'aremos'],
    cond: ['aria', 'ariam'],
  },
  'pt-er': {
    fin: ['e', 'em', 'eu', 'eram', 'ia', 'iam', 'a', 'am', 'esse', 'essem', 'emos'],
    inf: ['er', 'erem'],
    ger: ['endo'],
    part: ['ido', 'ida', 'idos', 'idas'],
    fut: ['erá', 'erão', 'eremos'],
    cond: ['eria', 'eriam'],
  },
  'pt-ir': {
    fin: ['e', 'em', 'iu', 'iram', 'ia', 'iam', 'a', 'am', 'isse', 'issem', 'imos'],
    inf: ['ir', 'irem'],
    ger: ['indo'],
    part: ['ido', 'ida', 'idos', 'idas'],
    fut: ['irá', 'irão', 'iremos'],
    cond: ['iria', 'iriam'],
  },
  'es-ar': {
    fin: ['a', 'an', 'ó', 'aron', 'aba', 'aban', 'e', 'en', 'amos', 'ara', 'aran'],
    inf: ['ar'],
    ger: ['ando'],
    part: ['ado', 'ada', 'ados', 'adas'],
    fut: ['ará', 'arán', 'aremos'],
    cond: ['aría', 'arían'],
  },
  'es-er': {
    fin: ['e', 'en', 'ió', 'ieron', 'ía', 'ían', 'a', 'an', 'iera', 'ieran', 'emos'],
    inf: ['er'],
    ger: ['iendo'],
    part: ['ido', 'ida', 'idos', 'idas'],
    fut: ['erá', 'erán', 'eremos'],
    cond: ['ería', 'erían'],
  },
  'es-ir': {
    fin: ['e', 'en', 'ió', 'ieron', 'ía', 'ían', 'a', 'an', 'iera', 'ieran', 'imos'],
    inf: ['ir'],
    ger: ['iendo'],
    part: ['ido', 'ida', 'idos', 'idas'],
    fut: ['irá', 'irán', 'iremos'],
    cond: ['iría', 'irían'],
  },
  'fr-er': {
    fin: ['e', 'es', 'ent', 'a', 'èrent', 'ait', 'aient', 'ons', 'ez'],
    inf: ['er'],
    ger: ['ant'],
    part: ['é', 'ée', 'és', 'ées'],
    fut: ['era', 'eront', 'erons'],
    cond: ['erait', 'eraient'],
  },
  'fr-ir': {
    fin: ['it', 'is', 'issent', 'issait', 'issaient', 'irent', 'issons'],
    inf: ['ir'],
    ger: ['issant'],
    part: ['i', 'ie', 'is', 'ies'],
    fut: ['ira', 'iront'],
    cond: ['irait', 'iraient'],
  },
} as const satisfies Record<string, Pattern>;

export type Conjugation = keyof typeof PATTERNS;

/** All forms of `stem` under a regular pattern, plus extra irregular forms. */
export function conj(stem: string, pattern: Conjugation, extra: Forms = []): Forms {
  const out: Array<readonly [string, Mood]> = [];
  const p: Pattern = PATTERNS[pattern];
  for (const mood of Object.keys(p) as Mood[]) {
    for (const suffix of p[mood] ?? []) out.push([stem + suffix, mood]);
  }
  return out.concat(extra);
}

/** English verbs: base, third person, past, past participle, gerund. */
export function en(base: string, s: string, past: string, part: string, ing: string): Forms {
  const out: Array<readonly [string, Mood]> = [
    [base, 'fin'],
    [s, 'fin'],
    [ing, 'ger'],
    [part, 'part'],
  ];
  if (past !== part) out.push([past, 'fin']);
  return out;
}

/** Hand-listed forms, all of one mood. */
export function forms(mood: Mood, ...words: string[]): Forms {
  return words.map((w) => [w, mood] as const);
}

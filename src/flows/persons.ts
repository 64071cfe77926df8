/**
 * People's nationalities, learnt from the article as it is read: "O Presidente moçambicano, Daniel Chapo",
 * "Russian Foreign Minister Sergei Lavrov", "le président français Emmanuel Macron", "o chanceler da Rússia,
 * Serguei Lavrov". A later sentence that names only the person ("Chapo, que esteve em Luanda") travels from
 * that country. Pure: text, the sentence's place mentions and the lexicon's official nouns in, a table out.
 */
import type { Place } from '../story';
import type { MentionRef } from './items';

/** Surname (lower case) -> the country of the official it names; null once two countries claimed the same name. */
export type Persons = Map<string, Place | null>;

/** Particles inside a name ("Luiz Inácio Lula da Silva", "Ursula von der Leyen"). */
const PARTICLES = 'da|de|do|dos|das|del|della|di|van|von|bin|ibn|al|el|ben';
/** Up to five capitalised words, with name particles between them, after an optional comma. */
const NAME_RUN = new RegExp(`(?:\\s*,)?\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:${PARTICLES})\\s+)?\\p{Lu}[\\p{L}'’-]*){0,4})`, 'uy');
const PARTICLE = new RegExp(`^(?:${PARTICLES})$`);
/** Generational suffixes after a surname ("Surangel Whipps Jr."). */
const SUFFIX = /^(?:jr\.?|sr\.?|júnior|junior|filho|neto|ii|iii|iv)$/i;
/** "o presidente de Moçambique,": the connector between an official noun and a country. */
const OF = /^(?:de|do|da|of|du|del|des)$/;
const WORD = /[\p{L}'’-]+/gu;
const POSSESSIVE = /^['’]s$/;
const LOWER_WORD = /\s+(\p{Ll}[\p{L}-]*)/uy;

/**
 * Learn the people a sentence introduces with their nationality. `actor(w)` says whether a lower-case word is an
 * official's noun ("presidente", "minister"); `countryOf` maps a place to its country.
 */
export function learnPersons(
  text: string,
  inSentence: readonly MentionRef[],
  sentenceStart: number,
  actor: (w: string) => boolean,
  countryOf: (p: Place) => Place,
  table: Persons,
): void {
  for (let k = 0; k < inSentence.length; k++) {
    const m = inSentence[k]!;
    const country = countryOf(m.place);
    if (country.kind !== 'country') continue;
    // ("Russian envoy Anna Smith", "The Russian foreign minister, Sergei Lavrov": official's words in lower case first)
    // ("Palau's president, Surangel Whipps Jr.": past the possessive)
    let at = POSSESSIVE.test(text.slice(m.end, m.end + 2)) ? m.end + 2 : m.end;
    let titled = false;
    for (let n = 0; n < 3; n++) {
      LOWER_WORD.lastIndex = at;
      const w = LOWER_WORD.exec(text);
      if (!w || !actor(w[1]!)) break;
      at += w[0].length;
      titled = true;
    }
    // (sticky matches at the mention's end: no slicing, and most mentions stop here)
    NAME_RUN.lastIndex = at;
    const run = NAME_RUN.exec(text);
    if (!run) continue;
    // the official's noun: up to three words before the mention ("o Presidente moçambicano", "le président
    // français", "o chanceler da Rússia"), or among the capitalised words after it ("Russian Foreign Minister")
    const officialBefore = (): boolean => {
      const before = (text.slice(Math.max(sentenceStart, m.start - 40), m.start).match(WORD) ?? []).slice(-3).map((w) => w.toLowerCase());
      const last = before[before.length - 1];
      return before.some(actor) && (m.via === 'demonym' || (!!last && OF.test(last) && actor(before[before.length - 2] ?? '')));
    };
    const runStart = at + run[0].length - run[1]!.length;
    const runEnd = at + run[0].length;
    // (the run must not reach into another place: "o Presidente moçambicano, Maputo")
    const next = inSentence[k + 1];
    if (next && next.start < runEnd) continue;
    let words = run[1]!.split(/\s+/);
    const lastActor = words.map((w) => actor(w.toLowerCase())).lastIndexOf(true);
    if (lastActor >= 0) words = words.slice(lastActor + 1);
    else if (!titled && !officialBefore()) continue;
    // (a name of one word is a person only after a comma or a title: "o presidente francês, Macron,")
    if (words.length === 0 || (runStart === at + 1 && words.length === 1 && lastActor < 0 && !titled && text[at] !== ',')) continue;
    // (the surname only, as news names people again: a first name is shared by too many, "Donald Trump", "Donald Tusk")
    let w = '';
    for (let n = words.length - 1; n >= 0 && !w; n--) if (words[n]!.length >= 3 && !PARTICLE.test(words[n]!) && !SUFFIX.test(words[n]!)) w = words[n]!;
    if (!w) continue;
    const key = w.toLowerCase();
    const had = table.get(key);
    if (had === undefined) table.set(key, country);
    else if (had !== null && had.country !== country.country) table.set(key, null);
  }
}

const CAPITALISED = /\p{Lu}[\p{L}'’-]{2,}/gu;
/** How much of a sentence's start namesPerson reads. */
const HEAD_CHARS = 160;

/** Does the text name a person of the table with a known country? */
export function namesPerson(text: string, table: Persons): boolean {
  if (table.size === 0) return false;
  // (a traveller named as the subject stands near the start: "Lavrov later visited", "Depois, Chapo seguiu")
  for (const m of text.slice(0, HEAD_CHARS).matchAll(CAPITALISED)) if (table.get(m[0].toLowerCase())) return true;
  return false;
}

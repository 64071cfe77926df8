import { describe, expect, it } from 'vitest';
import type { Place } from '../story';
import type { MentionRef } from './items';
import { learnPersons, namesPerson, type Persons } from './persons';

const country = (cc: string): Place => ({ id: `country:${cc}`, name: cc, kind: 'country', lon: 0, lat: 0, country: cc, mentions: [] });
/** Mentions of `word` in `text` as places of country cc (a demonym when lower case). */
function mentions(text: string, marks: Array<[string, string]>): MentionRef[] {
  return marks
    .map(([word, cc]) => {
      const start = text.indexOf(word);
      return { start, end: start + word.length, place: country(cc), via: word[0] === word[0]!.toLowerCase() ? ('demonym' as const) : ('name' as const) };
    })
    .sort((a, b) => a.start - b.start);
}
const ACTORS = new Set(['presidente', 'president', 'minister', 'foreign', 'ministro', 'envoy', 'président']);
function learn(text: string, marks: Array<[string, string]>): Persons {
  const table: Persons = new Map();
  learnPersons(text, mentions(text, marks), 0, (w) => ACTORS.has(w), (p) => p, table);
  return table;
}

describe('persons', () => {
  it('learns a surname from an official introduced with a nationality, in the four word orders', () => {
    expect(learn('O Presidente moçambicano, Daniel Chapo, chegou.', [['moçambicano', 'MZ']]).get('chapo')?.country).toBe('MZ');
    expect(learn('Russian Foreign Minister Sergei Lavrov arrived.', [['Russian', 'RU']]).get('lavrov')?.country).toBe('RU');
    expect(learn('Le président français Emmanuel Macron a parlé.', [['français', 'FR']]).get('macron')?.country).toBe('FR');
    expect(learn("Palau's president, Surangel Whipps Jr., spoke.", [['Palau', 'PW']]).get('whipps')?.country).toBe('PW');
  });
  it('keeps no first name, nothing without an official, and forgets a surname two countries claim', () => {
    const t = learn('O Presidente moçambicano, Daniel Chapo, chegou.', [['moçambicano', 'MZ']]);
    expect(t.has('daniel')).toBe(false);
    expect(learn('Os agricultores moçambicanos Daniel Chapo e outros protestaram.', [['moçambicanos', 'MZ']]).size).toBe(0);
    expect(learn('Russian envoy Anna Smith met American envoy John Smith.', [['Russian', 'RU'], ['American', 'US']]).get('smith')).toBeNull();
  });
  it('finds a known surname near the start of a sentence only', () => {
    const t: Persons = new Map([['chapo', country('MZ')], ['smith', null]]);
    expect(namesPerson('Chapo seguirá depois para Madrid.', t)).toBe(true);
    expect(namesPerson('Smith visited Kyiv.', t)).toBe(false);
    expect(namesPerson(`${'x'.repeat(200)} Chapo.`, t)).toBe(false);
  });
});

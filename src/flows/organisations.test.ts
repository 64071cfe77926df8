import { describe, expect, it } from 'vitest';
import type { MentionRef } from './items';
import { organisationMentions } from './organisations';
import type { Place } from '../story';

const country = (cc: string): Place => ({ id: `country:${cc}`, name: cc, kind: 'country', country: cc, lon: 0, lat: 0, mentions: [] });
const KR = country('KR');
const BR = country('BR');
const at = (text: string, word: string, place: Place, via: MentionRef['via'], from = 0): MentionRef => {
  const start = text.indexOf(word, from);
  return { start, end: start + word.length, place, via };
};
const countries = new Map([['KR', KR], ['BR', BR]]);
const texts = (text: string, ms: MentionRef[]): string[] => organisationMentions(text, ms, countries).map((m) => `${text.slice(m.start, m.end)}:${m.place.country}@${m.start}`);

describe('organisationMentions', () => {
  it("ties a name after a country's possessive or a nationality to that country, at its later mentions", () => {
    const en = "South Korea's Daewoo Shipbuilding won the tender. Daewoo will deliver two frigates.";
    expect(texts(en, [at(en, 'South Korea', KR, 'name')])).toEqual([`Daewoo:KR@${en.lastIndexOf('Daewoo')}`]);
    const pt = 'A fabricante brasileira Avibras assinou o contrato. A Avibras vai entregar lançadores.';
    expect(texts(pt, [at(pt, 'brasileira', BR, 'demonym')])).toEqual([`Avibras:BR@${pt.lastIndexOf('Avibras')}`]);
    // a body noun may stand between the nationality and the name
    const en2 = 'The South Korean firm Daewoo won. Daewoo will deliver.';
    expect(texts(en2, [at(en2, 'South Korean', KR, 'demonym')])).toEqual([`Daewoo:KR@${en2.lastIndexOf('Daewoo')}`]);
  });

  it('takes no title, no place and no country the article does not name', () => {
    const t = 'The South Korean President said so. President Yoon left.';
    expect(texts(t, [at(t, 'South Korean', KR, 'demonym')])).toEqual([]);
    const fr = "Le groupe japonais Kawasaki livrera. Kawasaki a confirmé.";
    expect(texts(fr, [at(fr, 'japonais', country('JP'), 'demonym')])).toEqual([]);
  });
});

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

  it('takes no model name, no name two countries claim, and no mention right after another country', () => {
    const t = "South Korea's Patriot batteries arrived. Patriot systems are American.";
    expect(texts(t, [at(t, 'South Korea', KR, 'name')])).toEqual([]);
    const two = "South Korea's Daewoo won. Brazil's Daewoo lost. Daewoo will deliver.";
    expect(texts(two, [at(two, 'South Korea', KR, 'name'), at(two, 'Brazil', BR, 'name')])).toEqual([]);
    const after = "South Korea's Daewoo won. Brazil's Daewoo unit lost; Daewoo will deliver.";
    const ms = [at(after, 'South Korea', KR, 'name'), at(after, 'Brazil', BR, 'name')];
    // (claimed twice: dropped; with one claim, an occurrence right after another country is skipped)
    expect(texts(after, ms)).toEqual([]);
    const one = "South Korea's Daewoo won. Brazil's Daewoo-built ships; Daewoo will deliver.";
    expect(texts(one, [at(one, 'South Korea', KR, 'name'), at(one, 'Brazil', BR, 'name')])).toEqual([`Daewoo:KR@${one.lastIndexOf('Daewoo')}`]);
    // a name that is a recognised place is no organisation
    const place = "South Korea's Busan port shipped cars. Busan will ship more.";
    expect(texts(place, [at(place, 'South Korea', KR, 'name'), at(place, 'Busan', KR, 'name', 20), at(place, 'Busan', KR, 'name', 45)])).toEqual([]);
  });

  it('finds many names in one pass as it finds a few one by one', () => {
    const names = Array.from({ length: 20 }, (_, i) => `Firma${String.fromCharCode(97 + i)}x`);
    let t = '';
    const ms: MentionRef[] = [];
    for (const n of names) {
      ms.push({ start: t.length, end: t.length + 'South Korea'.length, place: KR, via: 'name' });
      t += `South Korea's ${n} won. `;
    }
    t += names.map((n) => `${n} delivered.`).join(' ');
    // one of them is also written in lower case: a word, not a name
    t += ` The ${names[0]!.toLowerCase()} shipment.`;
    const got = organisationMentions(t, ms, countries).map((m) => t.slice(m.start, m.end));
    expect(got).toEqual(names.slice(1));
  });

  it('takes no title, no place and no country the article does not name', () => {
    const t = 'The South Korean President said so. President Yoon left.';
    expect(texts(t, [at(t, 'South Korean', KR, 'demonym')])).toEqual([]);
    const fr = "Le groupe japonais Kawasaki livrera. Kawasaki a confirmé.";
    expect(texts(fr, [at(fr, 'japonais', country('JP'), 'demonym')])).toEqual([]);
  });

  it('ties an acronym in parentheses to the country its name or its apposition names; "A empresa" still refers to companies only', () => {
    const name = 'A Agência Brasileira de Cooperação (ABC) coordena o envio. A ABC enviou 20 técnicos.';
    expect(texts(name, [at(name, 'Brasileira', BR, 'demonym')])).toEqual([`ABC:BR@${name.lastIndexOf('ABC')}`]);
    const appos = 'A Hidroeléctrica de Cahora Bassa (HCB), maior produtora de energia do Brasil, exportou. O Malawi recebe energia da HCB.';
    expect(texts(appos, [at(appos, 'Brasil', BR, 'name')])).toEqual([`HCB:BR@${appos.lastIndexOf('HCB')}`]);
    // (an apposition that names the country otherwise than "of" ties nothing; nor does an acronym with no name before it)
    const other = 'A Hidroeléctrica de Cahora Bassa (HCB), que vende ao Brasil, exportou. A HCB vendeu.';
    expect(texts(other, [at(other, 'Brasil', BR, 'name')])).toEqual([]);
    // (past an elided article glued to its noun: "Banque d'Algérie")
    const elided = "La Banque du Brésil (BDB) a prêté. La BDB a aussi financé.";
    expect(texts(elided, [at(elided, 'Brésil', BR, 'name')])).toEqual([`BDB:BR@${elided.lastIndexOf('BDB')}`]);
    const elided2 = "La Compagnie d'Électricité du Brésil (CEB) a vendu. La CEB a aussi vendu.";
    expect(texts(elided2, [at(elided2, 'Brésil', BR, 'name')])).toEqual([`CEB:BR@${elided2.lastIndexOf('CEB')}`]);
    const assoc = 'A Associação Brasileira da Cortiça (ABC) recordou. A empresa, com sede no Porto, investiu.';
    expect(texts(assoc, [at(assoc, 'Brasileira', BR, 'demonym')])).toEqual([]);
  });
});

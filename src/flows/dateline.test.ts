import { describe, expect, it } from 'vitest';
import type { Place } from '../story';
import { datelineMention } from './dateline';
import type { MentionRef } from './items';

const P: Place = { id: 'city:x', name: 'X', kind: 'city', country: 'AO', lat: 0, lon: 0, mentions: [] } as unknown as Place;
/** The dateline place of `text` whose first place mention is `name`. */
function at(text: string, name: string, via: MentionRef['via'] = 'name'): Place | undefined {
  const start = text.indexOf(name);
  return datelineMention(text, [{ start, end: start + name.length, place: P, via }])?.place;
}

describe('datelinePlace', () => {
  it('reads the datelines of the agencies, with a region, a date or neither', () => {
    expect(at('Luanda, 22 set 2025 (Lusa) - A fábrica exportou gás.', 'Luanda')).toBe(P);
    expect(at('Tegucigalpa, 9 oct (EFE).- España concederá un crédito.', 'Tegucigalpa')).toBe(P);
    expect(at('Calgary, Alberta, Aug 12 (Reuters) - Canada shipped crude.', 'Calgary')).toBe(P);
    expect(at('WASHINGTON (AP) — The minister said.', 'WASHINGTON')).toBe(P);
    expect(at('  MOSCOW, March 3 — The ministry said.', 'MOSCOW')).toBe(P);
    expect(at('Paris, 5 déc 2024 (AFP) - Les exportations ont reculé.', 'Paris')).toBe(P);
  });
  it('after the headline', () => {
    expect(at('Missing man found in lake. HUDSON -- Officials say a body was found.', 'HUDSON')).toBe(P);
    expect(at('Arlington council approves drilling\nARLINGTON — The City Council voted.', 'ARLINGTON')).toBe(P);
    expect(at('Angola exportou gás. Luanda, 22 set (Lusa) - O ministro disse.', 'Luanda')).toBe(P);
    expect(at('Angola exportou gás. Luanda, a capital, recebeu o ministro.', 'Luanda')).toBeUndefined();
    expect(at('Gas exports rose. Luanda - the capital - hosted talks.', 'Luanda')).toBeUndefined();
  });
  it('is no dateline: a sentence opening with a place, a place later on, a nationality', () => {
    expect(at('Paris — la capitale — accueille le sommet.', 'Paris')).toBeUndefined();
    expect(at('Luanda exportou gás para a Índia (dados oficiais) - disse o ministro.', 'Luanda')).toBeUndefined();
    expect(at('Luanda, the capital, hosted the summit.', 'Luanda')).toBeUndefined();
    expect(at('Ontem, em Luanda, 22 set (Lusa) - o ministro disse.', 'Luanda')).toBeUndefined();
    expect(at('Angolan officials (Lusa) - said.', 'Angolan', 'demonym')).toBeUndefined();
  });
});

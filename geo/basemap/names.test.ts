import { describe, expect, it } from 'vitest';
import { chooseName, countryName, tidyName, toBrazilian, type WorldCountry } from './names';

const kp: WorldCountry = {
  cca2: 'KP',
  name: { common: 'North Korea', official: "Democratic People's Republic of Korea" },
  translations: {
    por: { common: 'Coreia do Norte', official: 'República Popular Democrática da Coreia' },
    spa: { common: 'Corea del Norte', official: 'República Popular Democrática de Corea' },
  },
};

describe('country names', () => {
  it('prefers the short common name', () => {
    expect(countryName('KP', 'pt', kp, ['Coreia, República Popular Democrática da'])).toBe('Coreia do Norte');
    expect(countryName('KP', 'en', kp, ["Korea, Democratic People's Republic of"])).toBe('North Korea');
  });

  it('falls back to i18n names, skipping ones with commas, brackets or bare abbreviations', () => {
    expect(countryName('ZZ', 'fr', undefined, ['Corée, République populaire démocratique de', 'Corée du Nord'])).toBe('Corée du Nord');
    expect(chooseName(['USA', 'United States'])).toBe('United States');
    expect(chooseName([undefined, 'Congo (Rep. Dem.)'])).toBe('Rep. Dem. Congo');
  });

  it('tidies inverted official forms', () => {
    expect(tidyName('Coreia, República Popular Democrática da')).toBe('República Popular Democrática da Coreia');
    expect(tidyName('Congo (República Democrática del)')).toBe('República Democrática del Congo');
  });

  it('writes Portuguese the Brazilian way', () => {
    expect(toBrazilian('Polónia')).toBe('Polônia');
    expect(toBrazilian('Quénia')).toBe('Quênia');
    expect(toBrazilian('Bélgica')).toBe('Bélgica');
    expect(countryName('IR', 'pt', undefined, ['Irão'])).toBe('Irã');
  });

  it('uses the override table for names both packages get wrong', () => {
    expect(countryName('TW', 'pt', undefined, ['Ilha Formosa'])).toBe('Taiwan');
  });
});

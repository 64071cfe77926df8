import { describe, expect, it } from 'vitest';
import { languageVariant } from './variant';

describe('languageVariant', () => {
  it('tells European from Brazilian Portuguese by accents and words', () => {
    expect(languageVariant('O facto é que a equipa económica do António falhou.', 'pt')).toBe('PT');
    expect(languageVariant('O time econômico do Antônio pegou o ônibus.', 'pt')).toBe('BR');
    expect(languageVariant('Ele disse que vai chover.', 'pt')).toBeUndefined();
  });

  it("marks Spain's Spanish only with Spanish words, never other languages", () => {
    expect(languageVariant('El ayuntamiento compró un coche por diez mil euros.', 'es')).toBe('ES');
    expect(languageVariant('La alcaldía compró un carro por diez mil pesos.', 'es')).toBeUndefined();
    expect(languageVariant('The economic team, o facto, a equipa.', 'en')).toBeUndefined();
  });
});

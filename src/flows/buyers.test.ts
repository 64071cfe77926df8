import { describe, expect, it } from 'vitest';
import type { Lang } from '../story';
import { buyerPhrase, nextInRanking } from './buyers';

describe('nextInRanking: an opening that goes on down a ranking of buyers', () => {
  // Every opening form, written as in running text (capitals and accents): the cheap pre-check before folding
  // must let each through.
  const openings: Record<Lang, string[]> = {
    pt: ['Em seguida vieram a Malásia e Omã.', 'Logo a seguir veio o Chile.', 'A seguir aparecem a Índia e o Japão.', 'Depois, surgiram o Peru e a Bolívia.', 'Logo atrás ficou a Argentina.', 'Atrás ficaram a Coreia e o Vietname.', 'Seguiram-se a China e Portugal.', 'Segue-se a Espanha.', 'Veio depois o Canadá.', 'Vieram depois a Itália e a Grécia.', 'Vem depois a Suíça.', 'Veem depois a Índia e o Brasil.'],
    es: ['Le siguieron Japón y Corea del Sur.', 'Les sigue Chile.', 'A continuación vinieron Perú y Ecuador.', 'Después, se situó Colombia.', 'Detrás quedaron Bolivia y Paraguay.', 'Luego aparece Uruguay.'],
    fr: ["Viennent ensuite l'Espagne et l'Italie.", 'Venait ensuite la Belgique.', "Arrivent ensuite l'Inde et la Chine.", 'Suivent le Maroc et la Tunisie.', "Suit l'Algérie.", 'Ensuite viennent le Japon et la Corée.', 'Puis figure le Brésil.', 'Derrière, arrive le Canada.'],
    en: ['Next came Malaysia and Oman.', 'Then came India.', 'Behind them were Japan and Korea.'],
  };
  for (const [lang, list] of Object.entries(openings) as Array<[Lang, string[]]>) {
    it(`finds every ${lang} opening`, () => {
      for (const s of list) expect(nextInRanking(s, lang), s).not.toBeNull();
    });
  }
  it('finds the verb that goes on down the ranking after its subject, with offsets into the sentence', () => {
    for (const [s, lang, verb] of [
      ['O Reino Unido e o Brasil vêm a seguir na lista dos maiores compradores.', 'pt', 'vêm a seguir'],
      ["L'Espagne et le Portugal, qui achètent surtout des tubercules, arrivent ensuite, devant l'Italie.", 'fr', 'arrivent ensuite'],
      ['Brasil y Uruguay le siguen, con el 10 % y el 5 %.', 'es', 'le siguen'],
      ['Spain and Panama came next.', 'en', 'came next'],
      ['Spain followed, with 9%.', 'en', 'followed'],
    ] as const) {
      const m = nextInRanking(s, lang);
      expect(m?.after, s).toBe(true);
      expect(s.slice(m!.start, m!.end), s).toBe(verb);
    }
    for (const [s, lang] of [
      ['France, which makes the same missile, is expected to follow with a delivery of its own.', 'en'],
      ['Russia and China followed suit.', 'en'],
      ['Canada was followed by Mexico.', 'en'],
    ] as const) expect(nextInRanking(s, lang), s).toBeNull();
  });
  it('finds none in an ordinary opening', () => {
    expect(nextInRanking('Em 2023, a Malásia comprou arroz.', 'pt')).toBeNull();
    expect(nextInRanking('Then the minister left for Oman.', 'en')).toBeNull();
    expect(nextInRanking('Le Japon a suivi.', 'fr')).toBeNull();
  });
});

describe('buyerPhrase', () => {
  it('reads a buyer phrase in accented and in plain text, with offsets into the sentence', () => {
    const s = "L'Espagne et la Slovénie figurent parmi les principaux acheteurs du gaz algérien.";
    const m = buyerPhrase(s, 'fr');
    expect(m).not.toBeNull();
    expect(s.slice(m!.start, m!.end)).toMatch(/^principaux acheteurs$/);
    const e = 'China was the largest buyer of Brazilian soybeans.';
    const n = buyerPhrase(e, 'en');
    expect(e.slice(n!.start, n!.end)).toBe('largest buyer');
  });
});

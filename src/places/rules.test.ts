/**
 * One focused test per recognition/resolution rule, on short invented sentences.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from './gazetteer';
import { searchGazetteer } from './index';
import { placeProbes } from './test-gazetteer';

const probes = placeProbes(beforeAll);
const { places, texts, placeOf } = probes;
const gazOf = (): Gazetteer => probes.gazetteer();

describe('recognition', () => {
  it('folds accents and case', () => {
    expect(placeOf(places('Ele viajou para Moscú e depois para Sao Paulo.', 'pt'), 'Moscú')?.country).toBe('RU');
    expect(placeOf(places('Ele viajou para Moscú e depois para Sao Paulo.', 'pt'), 'Sao Paulo')?.country).toBe('BR');
  });

  it('matches multi-word names as one mention', () => {
    expect(texts('Troops crossed into North Korea and then Rio de Janeiro.')).toEqual(['North Korea', 'Rio de Janeiro']);
  });

  it('finds places inside organisation names after "of/de" but not the organisation itself', () => {
    expect(texts('O Ministério das Relações Exteriores da Rússia e o Conselho de Segurança da ONU.', 'pt')).toEqual(['Rússia']);
    expect(texts('She studied at the University of Texas.')).toEqual(['Texas']);
  });

  it('a place listed after another with "and" is no surname, whatever first name the first one shares', () => {
    expect(texts('India and Kenya are major suppliers of nurses.')).toEqual(['India', 'Kenya']);
    expect(texts('Trade between Georgia and Nigeria grew.')).toEqual(['Georgia', 'Nigeria']);
  });

  it('"Trinidad" alone names Trinidad and Tobago, a Cuban town of the name only in its context', () => {
    expect(placeOf(places('Trinidad shipped 9.8 million tonnes of LNG last year.'), 'Trinidad')?.country).toBe('TT');
    expect(placeOf(places('El turismo en Cuba crece: Trinidad y Cienfuegos reciben más visitantes.', 'es'), 'Trinidad')?.country).toBe('CU');
  });

  it('a town\'s name right after a lower-case word for a company is the company', () => {
    expect(texts('Norwegian firm Kongsberg will integrate the launchers.')).toEqual(['Norwegian']);
    expect(texts('Kongsberg is a town in Norway.')).toEqual(['Kongsberg', 'Norway']);
  });

  it('Crete is the Greek island region in every language', () => {
    expect(placeOf(places('Plus de 2 000 migrants ont débarqué en Crète depuis le début du mois.', 'fr'), 'Crète')?.country).toBe('GR');
    expect(placeOf(places('Migrants landed on Crete from Libya.'), 'Crete')?.country).toBe('GR');
  });

  it('does not take people for places', () => {
    expect(texts('President Vladimir Putin met Kim Jong-un and Sergei Lavrov.')).toEqual([]);
    expect(texts('O presidente Vladimir Putin falou.', 'pt')).toEqual([]);
    expect(texts('Paris Hilton arrived late.')).toEqual([]);
  });

  it('does not take organisations for places', () => {
    expect(texts('NATO and the UN met with ASEAN and the IMF.')).toEqual([]);
    expect(texts('A ONU, a OTAN e a Asean reuniram-se.', 'pt')).toEqual([]);
  });

  it('handles common-word collisions', () => {
    expect(texts('Para ele, a reunião foi um sucesso.', 'pt')).toEqual([]);
    expect(texts('Nice to meet you, he said.')).toEqual([]);
    expect(texts('The fire started on March 7.')).toEqual([]);
    expect(texts('Mobile phones are cheap. She lives in Mobile, Alabama.')).toEqual(['Alabama', 'Mobile']);
    expect(placeOf(places('The festival in Nice drew crowds.'), 'Nice')?.country).toBe('FR');
  });

  it('ignores a capitalised sentence-initial word used in lower case elsewhere', () => {
    expect(texts('Reading is fun. Everyone likes reading books.')).toEqual([]);
  });

  it('handles title-case headlines', () => {
    const ps = places('Storm Hits Boston As Winter Arrives\nThe storm hit Boston on Monday.');
    expect(placeOf(ps, 'Boston')?.country).toBe('US');
    expect(ps.flatMap((p) => p.mentions.map((m) => m.text))).not.toContain('Winter');
  });

  it('recognises country abbreviations in capitals only', () => {
    expect(placeOf(places('Os EUA e o UK assinaram.', 'pt'), 'EUA')?.country).toBe('US');
    expect(placeOf(places('Os EUA e o UK assinaram.', 'pt'), 'UK')?.country).toBe('GB');
    expect(texts('Tell us what you think.')).toEqual([]);
  });

  it("knows countries' short forms (the Emirates in pt/es/fr)", () => {
    for (const [t, l, w] of [['Os Emirados enviaram ajuda.', 'pt', 'Emirados'], ['Les Émirats ont envoyé une aide.', 'fr', 'Émirats'], ['Los Emiratos enviaron ayuda.', 'es', 'Emiratos']] as const) {
      expect(placeOf(places(t, l), w)?.country, t).toBe('AE');
    }
  });

  it('counts demonyms as mentions of their country', () => {
    const ps = places('Tropas norte-coreanas e o chanceler russo; o nord-coréen; North Korean troops; el norcoreano.', 'pt');
    const kp = ps.find((p) => p.id === 'country:KP');
    expect(kp?.mentions.map((m) => m.text)).toEqual(['norte-coreanas', 'nord-coréen', 'North Korean', 'norcoreano']);
    expect(kp?.mentions.every((m) => m.via === 'demonym')).toBe(true);
    expect(ps.find((p) => p.id === 'country:RU')?.mentions[0]?.text).toBe('russo');
  });

  it('knows the press synonyms "nipón", "nippone", "nipônico", "helvétique", "germano", "transalpino"', () => {
    expect(places('El Gobierno nipón donó arroz.', 'es').map((p) => p.id)).toEqual(['country:JP']);
    expect(places('La marine nippone a livré deux navires.', 'fr').map((p) => p.id)).toEqual(['country:JP']);
    expect(places('O governo nipônico doou arroz.', 'pt').map((p) => p.id)).toEqual(['country:JP']);
    expect(places('Le gouvernement helvétique a livré des obus.', 'fr').map((p) => p.id)).toEqual(['country:CH']);
    expect(places('El canciller germano viajó.', 'es').map((p) => p.id)).toEqual(['country:DE']);
    expect(places('El Gobierno transalpino envió aviones.', 'es').map((p) => p.id)).toEqual(['country:IT']);
  });

  it('knows the Brazilian "maliano" and the Spanish "paquistaní" spellings', () => {
    expect(places('Migrantes malianos e senegaleses chegaram.', 'pt').map((p) => p.id).sort()).toEqual(['country:ML', 'country:SN']);
    expect(places('Trabajadores paquistaníes llegaron a Madrid.', 'es').map((p) => p.id)).toContain('country:PK');
  });

  it('does not take a demonym inside a longer compound', () => {
    const ps = places('A cooperação latino-americana cresceu.', 'pt');
    expect(ps.map((p) => p.id)).toEqual(['other:latin-america']);
  });

  it('marks region mentions ("região de Kursk" -> Kursk Oblast, span "Kursk")', () => {
    const ps = places('Soldados foram enviados para a região de Kursk.', 'pt');
    const k = placeOf(ps, 'Kursk');
    expect(k?.kind).toBe('region');
    expect(k?.country).toBe('RU');
    const en = places('Fighting continued in the Kursk region and in Kursk Oblast.');
    expect(en.every((p) => p.kind === 'region')).toBe(true);
  });
});

describe('resolution', () => {
  it('uses "City, Region" patterns', () => {
    const p = placeOf(places('He was born in Bangor, Maine, in 1950.'), 'Bangor');
    expect(p?.country).toBe('US');
    expect(Math.abs(p!.lat - 44.8)).toBeLessThan(0.5);
  });

  it('uses "City, na Country" patterns', () => {
    const p = placeOf(places('Ele chegou a Wonsan, na Coreia do Norte.', 'pt'), 'Wonsan');
    expect(p?.country).toBe('KP');
  });

  it('Georgia: the US state among US places, the country among Caucasus places', () => {
    expect(placeOf(places('Atlanta, Georgia, and Savannah saw storms; Georgia officials said.'), 'Georgia')?.id).toBe('admin1:US.GA');
    expect(placeOf(places('Russia and Georgia fought over Abkhazia; Tbilisi protested.'), 'Georgia')?.id).toBe('country:GE');
  });

  it('resolves capitals used for governments to the cities', () => {
    const ps = places('A cooperação entre Moscou e Pyongyang aumentou.', 'pt');
    expect(placeOf(ps, 'Moscou')?.kind).toBe('city');
    expect(placeOf(ps, 'Moscou')?.country).toBe('RU');
    expect(placeOf(ps, 'Pyongyang')?.country).toBe('KP');
  });

  it('keeps one sense per document', () => {
    const ps = places('Paris, Texas is small. Paris has a tower.');
    const paris = ps.filter((p) => p.mentions.some((m) => m.text === 'Paris'));
    expect(paris).toHaveLength(1);
    expect(paris[0]!.country).toBe('US');
  });

  it('offers up to five alternative candidates', () => {
    const p = placeOf(places('We drove to Springfield.'), 'Springfield');
    expect(p).toBeDefined();
    expect(p!.candidates!.length).toBeGreaterThan(0);
    expect(p!.candidates!.length).toBeLessThanOrEqual(5);
  });
});

describe('kinds, variants and everyday words', () => {
  it('reads a lower-case nationality in English as a word ("the poles"), a capitalised one as the people', () => {
    expect(texts('Workers replaced the poles that hold the tent.')).toEqual([]);
    // (after a prefix it still names its country; so does one that is no everyday word, in a lower-case headline)
    expect(texts('Armed pro-russian separatists seized the town hall.')).toEqual(['russian']);
    expect(texts('the ukrainian army retook the village, officials said.')).toEqual(['ukrainian']);
    expect(texts('Poles and Czechs voted on Sunday.').sort()).toEqual(['Czechs', 'Poles']);
    // (Romance languages write nationalities in lower case)
    expect(texts('Os poloneses votaram no domingo.', 'pt')).toEqual(['poloneses']);
  });

  it('reads names with a link word inside ("Dar es Salaam", "Newcastle upon Tyne", "Frankfurt am Main") whole', () => {
    expect(texts('The ship left Dar es Salaam for Newcastle upon Tyne and Frankfurt am Main.').sort()).toEqual(['Dar es Salaam', 'Frankfurt am Main', 'Newcastle upon Tyne']);
    expect(texts('El buque zarpó de Dar es Salaam.', 'es')).toEqual(['Dar es Salaam']);
  });

  it('reads a nationality only English gives, in lower case in another language, as that language\'s word ("la cosecha de kiwi")', () => {
    expect(texts('Los temporeros llegaron para la cosecha de kiwi.', 'es')).toEqual([]);
    expect(texts('O preço do kiwi subiu.', 'pt')).toEqual([]);
    // (capitalised it still names the people, and so does a nationality the language itself writes in lower case)
    expect(texts('Los Kiwis ganaron el partido.', 'es')).toEqual(['Kiwis']);
    expect(texts('Los neozelandeses ganaron el partido.', 'es')).toEqual(['neozelandeses']);
  });

  it('gives Hong Kong and Macau kind region with their own codes, Antarctica a continent', () => {
    const ps = places('The team flew from Hong Kong to Macau and on to Antarctica.');
    expect(placeOf(ps, 'Hong Kong')).toMatchObject({ kind: 'region', country: 'HK' });
    expect(placeOf(ps, 'Macau')).toMatchObject({ kind: 'region', country: 'MO' });
    expect(placeOf(ps, 'Antarctica')?.kind).toBe('other');
    expect(placeOf(places('A expedição partiu para a Antártida.', 'pt'), 'Antártida')?.kind).toBe('other');
    // a district inside a special administrative region qualifies by it
    expect(placeOf(places('Police in Kowloon, Hong Kong, said.'), 'Kowloon')?.country).toBe('HK');
  });

  it('prefers towns of the article language variant when nothing else decides', () => {
    const br = 'O prefeito disse que o time econômico falhou em Lagoa, um fenômeno.';
    const pt = 'O presidente da câmara disse que a equipa económica falhou em Lagoa, um fenómeno.';
    expect(placeOf(places(br, 'pt'), 'Lagoa')?.country).toBe('BR');
    expect(placeOf(places(pt, 'pt'), 'Lagoa')?.country).toBe('PT');
  });

  it('does not take "Central", "Metro" or "The City" in organisation names for towns', () => {
    expect(texts('The European Central Bank, Metro Police and The City Council met.')).toEqual(['European']);
  });

  it('reads a state beside one of its towns as the state ("Georgia" with Atlanta)', () => {
    const ps = places("Georgia's newest utility regulator could face fines, officials said in Atlanta.");
    expect(placeOf(ps, 'Georgia')).toMatchObject({ kind: 'region', country: 'US' });
  });

  it('reads "the X border" and "the X state line" as a state, not a town', () => {
    expect(placeOf(places('Exits near the New York border were closed.'), 'New York')).toMatchObject({ kind: 'region', country: 'US' });
    expect(placeOf(places('Customers from the Kentucky border to the Georgia state line.'), 'Georgia')?.country).toBe('US');
    expect(placeOf(places('The team drove to central Washington.'), 'Washington')).toMatchObject({ kind: 'region', country: 'US' });
    expect(placeOf(places('A flat in western Paris.'), 'Paris')?.country).toBe('FR');
    // a country stays a country
    expect(placeOf(places('Troops massed on the Russian border and the Georgia border.'), 'Georgia')?.country).toBe('GE');
  });

  it('reads a name listed beside states as a state', () => {
    const ps = places('Jobs moved from western states such as California or Washington.');
    expect(placeOf(ps, 'Washington')).toMatchObject({ kind: 'region', country: 'US' });
    const qs = places('Performers came from Missouri, New York, North Carolina and Virginia.');
    expect(placeOf(qs, 'New York')).toMatchObject({ kind: 'region', country: 'US' });
    // cities listed together stay cities
    expect(placeOf(places('Flights from New York and Chicago were cancelled.'), 'New York')?.kind).toBe('city');
  });

  it('takes a first name that names towns, then a place name, for a person ("George Washington")', () => {
    expect(texts('A counselor at George Washington High School said the trail was designed by George Washington.')).toEqual([]);
    // a first name that is also a state stays a place
    expect(texts('The Virginia Gateway mall opened.')).toContain('Virginia');
  });

  it('a small town\'s name between a noun and a model number is a product ("helicópteros Bell 412")', () => {
    expect(texts('O Peru recebeu três helicópteros Bell 412 da Colômbia.', 'pt').sort()).toEqual(['Colômbia', 'Peru']);
  });

  it('keeps both places of "da Índia e da China" (a first-name-like country before "e" is no surname chain)', () => {
    expect(texts('O país comprou arroz da Índia e da China.', 'pt').sort()).toEqual(['China', 'Índia']);
  });

  it('takes a first name and a surname that name a small town for a person, unless a preposition of place comes first', () => {
    // "Pedro Martínez" and "Juan Díaz" are villages too
    expect(texts('El canciller, Pedro Martínez, llegó a Lima.', 'es')).toEqual(['Lima']);
    expect(texts('Juan Díaz dijo que el acuerdo era justo.', 'es')).toEqual([]);
    expect(texts('La brigada acampó en Juan Díaz durante dos días.', 'es')).toContain('Juan Díaz');
    // a first name before a place word is a place ("Beverly Hills")
    expect(texts('Police in Beverly Hills said the road was closed.')).toContain('Beverly Hills');
  });

  it('counts adjectives of world regions like country demonyms, in organisation names too', () => {
    // GeoWebNews tags "European" in "European Commission" as an embedded toponym, like "Russian" in
    // "Russian Foreign Ministry": adjectives of countries and world regions are treated alike
    expect(texts('O governo europeu e o governo russo reuniram-se.', 'pt')).toEqual(['europeu', 'russo']);
    // (The Commission itself is a name of the European Union, session 28: the span still covers "Europeia".)
    expect(placeOf(places('A Comissão Europeia reuniu-se.', 'pt'), 'Comissão Europeia')?.id).toBe('other:european-union');
    // the people of a territory: Gaza's, in each language
    for (const [t, l, w] of [['Hospitals abroad took in 40 Gazans.', 'en', 'Gazans'], ['Des hôpitaux ont soigné 40 Gazaouis.', 'fr', 'Gazaouis'], ['Los hospitales atendieron a 40 gazatíes.', 'es', 'gazatíes']] as const) {
      expect(placeOf(places(t, l), w)?.id, t).toBe('other:gaza');
    }
  });
});

describe('shared names, party names and languages', () => {
  it('reads an unqualified "Korea"/"Korean" as South Korea, and as North Korea beside it alone', () => {
    for (const [t, l] of [
      ['Tensions in Korea rose as Korean officials met.', 'en'],
      ['A Coreia reagiu; o governo coreano protestou.', 'pt'],
      ['La Corée et le gouvernement coréen.', 'fr'],
      ['Corea y el gobierno coreano.', 'es'],
    ] as const) {
      const ps = places(t, l);
      expect(ps.map((p) => p.country)).toEqual(['KR']);
      expect(ps[0]!.mentions).toHaveLength(2);
    }
    expect(places('North Korea tested a missile. The Korean leader spoke.').map((p) => p.id)).toEqual(['country:KP']);
    // both named with their qualifier: the plain form keeps the default
    expect(placeOf(places('North Korea and South Korea met; the Korean delegation left.'), 'Korean')?.country).toBe('KR');
    expect(placeOf(places('La península de Corea.', 'es'), 'península de Corea')?.id).toBe('other:korean-peninsula');
  });

  it('takes the place inside a party name once, as that place', () => {
    for (const [t, l] of [
      ['United Russia won the vote.', 'en'],
      ['O partido Rússia Unida venceu.', 'pt'],
    ] as const) {
      const ps = places(t, l);
      expect(ps.map((p) => p.id)).toEqual(['country:RU']);
      expect(ps[0]!.mentions).toHaveLength(1);
    }
    expect(places('O Partido Comunista Chinês reuniu-se.', 'pt').map((p) => p.id)).toEqual(['country:CN']);
    expect(places('A Frente Nacional venceu.', 'pt')).toEqual([]);
  });

  it('does not take a language for a place', () => {
    expect(texts('Signs in English, French and Spanish; she speaks Portuguese; the English language.')).toEqual([]);
    expect(texts('Aulas em português e em inglês; a língua portuguesa; ele fala francês.', 'pt')).toEqual([]);
    expect(texts('Il parle en français et en anglais; la langue française.', 'fr')).toEqual([]);
    expect(texts('Habló en español y en inglés; el idioma inglés.', 'es')).toEqual([]);
    // demonyms as adjectives stay places
    expect(texts('Rain fell in English villages; French troops arrived.')).toEqual(['English', 'French']);
    expect(texts('O governo português e tropas francesas.', 'pt')).toEqual(['francesas', 'português']);
  });

  it('reads a title of office joined to a place by "de/of" as naming the place, a title of nobility as a person', () => {
    expect(texts('A visita que o Presidente de Portugal fez a Paris.', 'pt')).toEqual(['Paris', 'Portugal']);
    expect(texts('Falou com o Rei de Espanha.', 'pt')).toEqual(['Espanha']);
    expect(texts('Disse o Presidente Lula.', 'pt')).toEqual([]);
    // past a title of office, a town's name before an unknown name is a first name
    expect(texts('Secretary of State Antony Blinken is expected in Cairo on Monday.')).toEqual(['Cairo']);
  });

  it('does not take a language taught, learnt or used for a place, in more languages than four', () => {
    expect(texts('She teaches English; he speaks Russian and Chinese; an English teacher; French-speaking villages; studied German.')).toEqual([]);
    expect(texts('Os alunos de inglês; a professora de português; aulas de francês; ele aprende russo; fala chinês.', 'pt')).toEqual([]);
    expect(texts('Des cours de français; il parle russe; elle apprend le chinois en allemand; des professeurs d\'anglais; des interprètes d\'anglais.', 'fr')).toEqual([]);
    expect(texts('Des milliers d\'Anglais vivent ici.', 'fr')).toEqual(['Anglais']);
    expect(texts('Clases de inglés; habla ruso y alemán.', 'es')).toEqual([]);
    // the people, the troops trained and a hyphenated adjective stay places
    expect(texts('Des milliers de Français vivent ici.', 'fr')).toEqual(['Français']);
    expect(texts('Instructors trained Russian pilots; born in German-occupied lands.')).toEqual(['German', 'Russian']);
    expect(texts('O exército russo ensinou os soldados.', 'pt')).toEqual(['russo']);
  });
});

describe('searchGazetteer', () => {
  it('finds places by name prefix, accents and case ignored', () => {
    const hits = searchGazetteer(gazOf(), 'mosc', 5);
    expect(hits.some((e) => e.id === 'geonames:524901')).toBe(true);
    expect(searchGazetteer(gazOf(), 'coreia do n', 3)[0]?.id).toBe('country:KP');
  });
});

describe('session 21: a small town right before a verb of what people do is a person', () => {
  it('"Lula viajou", "Lula met": the person, not the town in Georgia', () => {
    expect(texts('Lula viajou para a China na terça-feira.', 'pt')).toEqual(['China']);
    expect(texts('Lula met Xi Jinping in Beijing.')).toEqual(['Beijing']);
  });
  it('after a preposition, or before a verb towns do too, it stays the town', () => {
    expect(texts('Em Lula, na Geórgia, houve um tornado.', 'pt')).toContain('Lula');
  });
});

describe('world regions (session 30)', () => {
  it('"the Gulf countries" in the four languages is the Gulf region, not the sea', () => {
    for (const [text, lang, name] of [
      ['Thousands of workers left for the Gulf countries.', 'en', 'Gulf countries'],
      ['Milhares de trabalhadores partiram para os países do Golfo.', 'pt', 'países do Golfo'],
      ['Miles de trabajadores viajaron a los países del Golfo.', 'es', 'países del Golfo'],
      ['Des milliers de travailleurs sont partis dans les pays du Golfe.', 'fr', 'pays du Golfe'],
    ] as const) {
      expect(placeOf(places(text, lang), name)?.id, text).toBe('other:gulf-region');
    }
  });
});

describe('a class of ships or aircraft named after a town', () => {
  it('"a Pohang-class corvette", "Kilo class submarines", "da classe Pohang" name no place', () => {
    expect(texts('South Korea handed over a Pohang-class corvette to the Philippines.')).toEqual(['Philippines', 'South Korea']);
    expect(texts('Russia sent two Kilo class submarines to Algeria.')).toEqual(['Algeria', 'Russia']);
    expect(texts('A Coreia do Sul entregou uma corveta da classe Pohang às Filipinas.', 'pt')).toEqual(['Coreia do Sul', 'Filipinas']);
    expect(texts('La Armada recibió dos fragatas clase Adelaide en Valparaíso.', 'es')).toEqual(['Valparaíso']);
    expect(texts('The corvette sailed from Pohang to Manila.')).toEqual(['Manila', 'Pohang']);
  });
});

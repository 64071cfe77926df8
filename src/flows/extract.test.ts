/**
 * Flow extraction: focused grammar rules in four languages, quantities, status, discourse filling,
 * the sample article (read by path, never copied) and bad input (no places, 200 places, 10 MB).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Flow, Lang, Place } from '../story';
import { extractFlows } from './extract';
import { addScore, empty, loadFixtures, prf, scoreArticle } from './fixtures/index';
import { handPlaces, type HandPlace } from './handPlaces';
import { buildItems, type MentionRef } from './items';
import { compiled } from './lexicon/index';
import { parseNumeral } from './tokens';
import { findTriggers } from './triggers';
import { SAMPLE_ARTICLE } from '../node/shared';

const C = (key: string, names: string[], demonyms: string[] = []): HandPlace => ({ key, kind: 'country', country: key, names, demonyms });
const CITY = (name: string, cc: string, capital = false): HandPlace => ({ key: `${name}@${cc}`, kind: 'city', country: cc, names: [name], capital });
const REGION = (name: string, cc: string, names = [name]): HandPlace => ({ key: `${name}@${cc}`, kind: 'region', country: cc, names });

const WORLD: HandPlace[] = [
  C('RU', ['Rússia', 'Russia', 'Rusia', 'Russie'], ['russo', 'russa', 'russos', 'russas', 'Russian', 'rusos', 'russes']),
  C('KP', ['Coreia do Norte', 'North Korea', 'Corea del Norte', 'Corée du Nord'], ['norte-coreano', 'norte-coreanos', 'North Korean', 'norcoreanos', 'nord-coréens']),
  C('UA', ['Ucrânia', 'Ukraine', 'Ucrania'], ['ucranianos', 'Ukrainian', 'ucranianas']),
  C('IR', ['Irã', 'Iran', 'Irán'], ['iraniano', 'Iranian']),
  C('BY', ['Belarus', 'Bielorrússia']),
  C('SY', ['Síria', 'Syria', 'Siria', 'Syrie'], ['sírios', 'Syrian', 'sirios', 'syriens']),
  C('TR', ['Turquia', 'Turkey', 'Turquía', 'Turquie']),
  C('DE', ['Alemanha', 'Germany', 'Alemania', 'Allemagne']),
  C('CN', ['China', 'Chine']),
  C('IN', ['Índia', 'India', 'Inde']),
  C('MY', ['Malásia', 'Malaysia']),
  C('PL', ['Polônia', 'Poland']),
  CITY('Pyongyang', 'KP', true),
  CITY('Moscou', 'RU', true),
  CITY('Moscow', 'RU', true),
  CITY('Kyiv', 'UA', true),
  REGION('Kursk', 'RU', ['Kursk', 'região de Kursk']),
];

function run(text: string, lang: Lang, defs: HandPlace[] = WORLD): Array<Flow & { f: string; t: string }> {
  const places = handPlaces(text, defs);
  const flows = extractFlows(text, places, lang);
  for (const f of flows) for (const q of f.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  return flows.map((f) => ({ ...f, f: f.from, t: f.to }));
}
const triples = (fs: Flow[]): string[] => fs.map((f) => `${f.from}>${f.to}:${f.category}`).sort();
const withStatus = (fs: Flow[]): string[] => fs.map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`);


/** Flows of `big`, and its extraction time per character over that of `small` (1 = linear). */
function perCharRatio(small: string, big: string, places: (t: string) => Place[]): { flows: Flow[]; ratio: number } {
  const ps = places(small);
  const pb = places(big);
  let t0 = performance.now();
  extractFlows(small, ps, 'pt');
  const tSmall = (performance.now() - t0) / small.length;
  t0 = performance.now();
  const flows = extractFlows(big, pb, 'pt');
  return { flows, ratio: (performance.now() - t0) / big.length / tSmall };
}

describe('direction from grammar', () => {
  it('pt active with capital as government and "à" destination', () => {
    const fs = run('A Coreia do Norte não comenta. Pyongyang já teria enviado mais de 14 mil soldados à Rússia.', 'pt');
    expect(triples(fs)).toEqual(['KP>RU:troops']);
    expect(fs[0]).toMatchObject({ quantity: 14000, qualifier: 'more than', quantityText: 'mais de 14 mil', status: 'reported' });
  });

  it('pt passive with agent "pela" and a region inside the country', () => {
    const fs = run('Mil soldados foram enviados pela Coreia do Norte à região de Kursk, no oeste da Rússia.', 'pt');
    expect(triples(fs)).toEqual(['KP>Kursk@RU:troops']);
    expect(fs[0]!.quantity).toBe(1000);
  });

  it('pt nominalisation with demonym actor and list of cargo', () => {
    const fs = run('O acordo inclui o envio de tropas, munições e mísseis norte-coreanos à Rússia.', 'pt');
    expect(triples(fs)).toEqual(['KP>RU:missiles', 'KP>RU:munitions', 'KP>RU:troops']);
  });

  it('en receive verb: the subject is the destination, "from" the source', () => {
    expect(triples(run('Russia received 300 drones from Iran last year.', 'en'))).toEqual(['IR>RU:weapons']);
  });

  it('en "supply X with Y": the bare object is the recipient', () => {
    expect(triples(run('Iran has supplied Russia with drones and ammunition.', 'en'))).toEqual(['IR>RU:munitions', 'IR>RU:weapons']);
  });

  it('en possessive source of a nominalisation', () => {
    expect(triples(run("Iran's drone shipments to Russia continued.", 'en'))).toEqual(['IR>RU:weapons']);
  });

  it('es passive participle with demonym cargo', () => {
    const fs = run('Más de 10.000 soldados norcoreanos fueron desplegados en Rusia.', 'es');
    expect(triples(fs)).toEqual(['KP>RU:troops']);
    expect(fs[0]).toMatchObject({ quantity: 10000, qualifier: 'more than' });
  });

  it('fr passé composé with elided article', () => {
    expect(triples(run("La Turquie a livré des drones à l'Allemagne.", 'fr'))).toEqual(['TR>DE:weapons']);
  });

  it('"in exchange for" sends the cargo after it the other way', () => {
    expect(triples(run('North Korea sent troops to Russia in exchange for oil.', 'en'))).toEqual(['KP>RU:troops', 'RU>KP:oil']);
  });

  it('"en échange" before an elided "d\'" is "en échange de": what follows goes the other way', () => {
    expect(triples(run("La Russie a livré des munitions à la Syrie en échange d'or.", 'fr'))).toEqual(['RU>SY:munitions', 'SY>RU:other']);
    expect(triples(run('La Russie a livré du blé à la Syrie en échange d’armes.', 'fr'))).toEqual(['RU>SY:other', 'SY>RU:weapons']);
  });

  it('"em troca" with no destination answers the earlier transfer', () => {
    const fs = run('A Coreia do Norte enviou mísseis à Rússia. Em troca, a Rússia forneceu tecnologia militar.', 'pt');
    expect(triples(fs)).toEqual(['KP>RU:missiles', 'RU>KP:technology']);
  });

  it('training: trainer to the trainees\' country', () => {
    expect(triples(run('A Rússia estaria treinando soldados norte-coreanos.', 'pt'))).toEqual(['RU>KP:training']);
  });

  it('visit: arrival "ao país" after a meeting elsewhere', () => {
    const text = 'Lavrov esteve em Pyongyang, na Coreia do Norte. Lavrov chegou ao país na sexta-feira, após participar de uma reunião na Malásia.';
    expect(triples(run(text, 'pt'))).toEqual(['MY>KP:visit']);
  });

  it('refugees flee with demonym origin', () => {
    const fs = run('Cerca de 2 milhões de refugiados sírios fugiram para a Turquia.', 'pt');
    expect(triples(fs)).toEqual(['SY>TR:people']);
    expect(fs[0]).toMatchObject({ quantity: 2e6, qualifier: 'about' });
  });

  it('money with currency symbol and scale', () => {
    const fs = run('O Irã pagou US$ 1,2 bilhão à Rússia.', 'pt');
    expect(triples(fs)).toEqual(['IR>RU:money']);
    expect(fs[0]).toMatchObject({ quantity: 1.2e9, unit: 'USD', quantityText: 'US$ 1,2 bilhão' });
  });

  it('receiving a foreign official is a visit to the host', () => {
    expect(triples(run('O presidente recebeu em Moscou o chanceler do Irã.', 'pt'))).toEqual(['IR>Moscou@RU:visit']);
  });

  it('vehicles that only carry the cargo are not sent; prices travel against the goods', () => {
    expect(triples(run("La Turquie a envoyé des avions chargés d'aide humanitaire en Syrie.", 'fr'))).toEqual(['TR>SY:aid']);
    expect(triples(run('A Índia comprou mísseis da Rússia por US$ 2 bilhões.', 'pt'))).toEqual(['IN>RU:money', 'RU>IN:missiles']);
  });

  it('a deportation without a destination sends people home', () => {
    expect(triples(run('A Polônia deportou 300 migrantes sírios.', 'pt'))).toEqual(['PL>SY:people']);
  });

  it('coordinated destinations give one flow each', () => {
    expect(triples(run('Russia halted gas deliveries to Poland and Belarus.', 'en'))).toEqual(['RU>BY:oil', 'RU>PL:oil']);
  });
});

describe('rules from the held-out sets (general, four languages)', () => {
  const PLACES: HandPlace[] = [
    ...WORLD,
    C('MX', ['México']),
    C('CU', ['Cuba']),
    C('VE', ['Venezuela']),
    C('ES', ['España'], ['español']),
    C('NO', ['Noruega']),
    C('JP', ['Japan']),
    C('VN', ['Vietnam']),
    CITY('Matanzas', 'CU'),
    CITY('Primorsk', 'RU'),
    CITY('Beyrouth', 'LB', true),
    CITY('Nabatiyé', 'LB'),
    CITY('Tokyo', 'JP', true),
  ];

  it('"o país" opening a sentence is the previous sentence\'s subject, not the last place named', () => {
    const fs = run('O México também passou a vender diesel a Cuba. O país enviou quatro navios com combustível para o porto de Matanzas.', 'pt', PLACES);
    expect(triples(fs)).toEqual(['MX>CU:oil', 'MX>Matanzas@CU:oil']);
  });

  it('a verb governing an infinitive trigger is its auxiliary ("chegou a enviar")', () => {
    expect(triples(run('A Venezuela chegou a enviar 80 mil barris por dia a Cuba.', 'pt', PLACES))).toEqual(['VE>CU:oil']);
  });

  it('leaving verbs and destination phrases: "deixou o porto de X com destino a Y", "parti de X à destination de Y"', () => {
    expect(triples(run('Um petroleiro carregado com 700 mil barris de petróleo deixou o porto de Primorsk com destino a Cuba.', 'pt', PLACES))).toEqual([
      'Primorsk@RU>CU:oil',
    ]);
    expect(triples(run('Un convoi de camions chargés de vivres est parti de Beyrouth à destination de Nabatiyé.', 'fr', PLACES))).toEqual([
      'Beyrouth@LB>Nabatiyé@LB:aid',
    ]);
  });

  it('a package of aid is aid, measured by its value; a package in a verb\'s object is only the container', () => {
    const fs = run('El Gobierno español aprobó un nuevo paquete de ayuda militar a Ucrania valorado en 1.100 millones de euros.', 'es', PLACES);
    expect(triples(fs)).toEqual(['ES>UA:aid']);
    expect(fs[0]).toMatchObject({ quantity: 1.1e9, unit: 'EUR' });
  });

  it('a relative pronoun\'s antecedent is the subject whatever its role ("produzida na Noruega, que prometeu enviar")', () => {
    const fs = run('Parte da munição foi produzida na Noruega, que também prometeu enviar sistemas antiaéreos à Ucrânia.', 'pt', PLACES);
    expect(triples(fs)).toEqual(['NO>UA:technology']);
    expect(fs[0]!.status).toBe('planned');
  });

  it('never turns a flow around: a loan agreement signed in a capital is no transfer to it', () => {
    const fs = run('Japan is also expected to provide six patrol boats to Vietnam under a $350 million loan agreement signed in Tokyo.', 'en', PLACES);
    expect(triples(fs)).toEqual(['JP>VN:vehicles']);
    expect(fs[0]).toMatchObject({ quantity: 6, status: 'planned' });
  });

  it('trainees who receive instruction in a country are trained by it', () => {
    expect(triples(run('Cerca de 4.000 soldados ucranianos receberam instrução militar na Alemanha.', 'pt', PLACES))).toEqual(['DE>UA:training']);
  });

  it('the unit is the article\'s own word; unitKey is language-neutral', () => {
    const [f] = run('Pyongyang enviou 14 mil soldados à Rússia.', 'pt');
    expect(f).toMatchObject({ quantity: 14000, unit: 'soldados', unitKey: 'soldiers' });
  });

  it('merged statements: stated when some sentence states it, else the strongest', () => {
    const fs = run('A Rússia teria enviado drones à Síria, segundo fontes. A Rússia enviou drones à Síria em 2023.', 'pt', PLACES);
    expect(fs.map((f) => [triples([f])[0], f.status, f.quotes.length])).toEqual([['RU>SY:weapons', 'stated', 2]]);
  });
});

describe('status', () => {
  it.each([
    ['Moscow denied sending troops to Belarus.', 'en', 'denied'],
    ['Russia had received no weapons from Iran.', 'en', 'denied'],
    ['Moscou a dénoncé une escalade et a déployé des troupes en Syrie.', 'fr', 'stated'],
    ['Germany will send tanks to Ukraine.', 'en', 'planned'],
    ['Russia reportedly sent troops to Belarus.', 'en', 'reported'],
    ['Russia suspended oil exports to Poland.', 'en', 'suspended'],
    ['A Rússia não enviou tropas à Belarus.', 'pt', 'denied'],
    ["Selon Kiev, la Russie aurait envoyé des missiles en Syrie.", 'fr', 'reported'],
    ['Alemania enviará tanques a Ucrania.', 'es', 'planned'],
  ] as const)('%s -> %s', (text, lang, status) => {
    const fs = run(text, lang, [...WORLD, CITY('Kiev', 'UA', true)]);
    expect(fs.length).toBe(1);
    expect(fs[0]!.status).toBe(status);
  });
});

describe('quantities', () => {
  it('parses numerals by language convention', () => {
    expect(parseNumeral('14.000', true)).toBe(14000);
    expect(parseNumeral('1,5', true)).toBe(1.5);
    expect(parseNumeral('6.5', false)).toBe(6.5);
    expect(parseNumeral('14,000', false)).toBe(14000);
    expect(parseNumeral('14 000', true)).toBe(14000);
    expect(parseNumeral('1,200', true, true)).toBe(1.2);
  });

  it('"1,5 mil", "6.5 million", "milhões de", model numbers', () => {
    expect(run('A Rússia enviou 1,5 mil soldados à Belarus.', 'pt')[0]!.quantity).toBe(1500);
    expect(run('North Korea shipped 6.5 million shells to Russia.', 'en')[0]!.quantity).toBe(6.5e6);
    const m = run('A Coreia do Norte enviou milhões de munições à Rússia.', 'pt')[0]!;
    expect(m).toMatchObject({ quantity: null, magnitude: 1e6 });
    expect(run('Germany delivered 18 Leopard 2 tanks to Ukraine.', 'en')[0]!.quantity).toBe(18);
  });
});

describe('no invented flows', () => {
  it('sentences without places, places without verbs, meetings', () => {
    expect(run('Tropas foram enviadas. Mísseis foram lançados.', 'pt')).toEqual([]);
    expect(run('Rússia e Coreia do Norte assinaram um pacto. Lavrov se reuniu com Kim em Pyongyang.', 'pt')).toEqual([]);
    expect(run('Missiles were fired at Kyiv from Russia.', 'en')).toEqual([]);
    expect(extractFlows('', [], 'pt')).toEqual([]);
    const bad: Place = { id: 'x', name: 'X', kind: 'country', lon: 0, lat: 0, mentions: [{ start: 5, end: 2, text: '' }, { start: -1, end: 99, text: '' }] };
    expect(extractFlows('Rússia enviou tropas.', [bad], 'pt')).toEqual([]);
  });

  it('200 places in one sentence: fast, no crash', () => {
    const defs: HandPlace[] = [];
    const names: string[] = [];
    for (let i = 0; i < 200; i++) {
      const n = `Zorvia${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`;
      names.push(n);
      defs.push({ key: `X${i}`, kind: 'city', country: `Q${i % 50}`, names: [n] });
    }
    const text = `A Rússia enviou tropas a ${names.join(', ')} e mísseis a ${names.slice(0, 50).join(' e ')}.`;
    const t0 = performance.now();
    const places = handPlaces(text, [...defs, C('RU', ['Rússia'])]);
    const fs = extractFlows(text, places, 'pt');
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(fs.every((f) => f.from === 'RU')).toBe(true);
  });

  it('run-on text without sentence breaks stays linear', () => {
    const chunk = 'a Rússia enviou tropas à Síria e o Irã vendeu drones à Rússia, segundo fontes, ';
    const small = chunk.repeat(2000);
    const big = chunk.repeat(20000);
    const defs = [C('RU', ['Rússia']), C('SY', ['Síria']), C('IR', ['Irã'])];
    const { flows: fb, ratio } = perCharRatio(small, big, (t) => handPlaces(t, defs));
    expect(triples(fb)).toEqual(['IR>RU:weapons', 'RU>SY:troops']);
    expect(ratio).toBeLessThan(4);
  }, 60_000);

  it('a 10 MB article runs in linear time', () => {
    const para = 'Pyongyang teria enviado mais de 14 mil soldados à Rússia. A reunião ocorreu em Moscou, segundo a agência. ';
    const small = para.repeat(1000);
    const big = para.repeat(10 * 1000 * 1000 / para.length);
    const places = (t: string): Place[] => handPlaces(t, [C('RU', ['Rússia']), CITY('Pyongyang', 'KP', true), CITY('Moscou', 'RU', true), C('KP', ['Coreia do Norte'])]);
    const { flows: fb, ratio } = perCharRatio(small, big, places);
    expect(fb.length).toBe(1); // Pyongyang has no country place here, so the city stands; one merged flow
    expect(ratio).toBeLessThan(4);
  }, 60_000);
});

describe('rules from heldout7 (general, own sentences)', () => {
  const P7: HandPlace[] = [
    C('FR', ['France'], ['français']), C('SN', ['Sénégal'], ['sénégalais']), C('MX', ['México', 'Mexique'], ['mexicanos']),
    C('CU', ['Cuba']), C('US', ['Estados Unidos', 'United States', 'États-Unis']), C('KE', ['Kenya'], ['kényans']),
    C('HT', ['Haïti', 'Haiti']), C('ES', ['Espagne', 'España']), C('ZA', ['South Africa']), C('MZ', ['Mozambique']),
    C('GB', ['Britain']), C('PE', ['Peru', 'Pérou']),
  ];

  it('a money noun in a giving verb\'s object is what it gives (accorder un prêt, otorgar un préstamo)', () => {
    expect(triples(run('La France a accordé un prêt de 150 millions d\'euros au Sénégal.', 'fr', P7))).toEqual(['FR>SN:money']);
    const [f] = run('México otorgó un préstamo de 40 millones de dólares a Cuba.', 'es', P7);
    expect(f).toMatchObject({ from: 'MX', to: 'CU', category: 'money', quantity: 40e6 });
  });

  it('a giver with no recipient gives to the recipient just named, whatever the cargo', () => {
    const fs = run('Le Kenya a envoyé 400 policiers en Haïti. Les États-Unis ont livré une dizaine de véhicules blindés.', 'fr', P7);
    expect(triples(fs)).toEqual(['KE>HT:troops', 'US>HT:vehicles']);
    const en = run('South Africa sent 300 soldiers to Mozambique on Monday. Britain has pledged 20 million pounds.', 'en', P7);
    expect(triples(en)).toEqual(['GB>MZ:money', 'ZA>MZ:troops']);
    // Never back to the giver's own country, nor when the giver was an end of that flow.
    expect(triples(run('Le Kenya a envoyé 400 policiers en Haïti. Le Kenya a livré des véhicules.', 'fr', P7))).toEqual(['KE>HT:troops', 'KE>HT:vehicles']);
  });

  it('goods bought in a place come from it: a bare purchase participle is never a destination', () => {
    const fs = run('Des armes achetées aux États-Unis continuent d\'arriver par bateau en Haïti.', 'fr', P7);
    expect(fs.some((f) => f.to === 'US')).toBe(false);
  });

  it('people of one country living in another send from where they live to their own country', () => {
    const fs = run('Des émigrés sénégalais installés en Espagne ont transféré 2 milliards de dollars vers leur pays.', 'fr', P7);
    expect(triples(fs)).toEqual(['ES>SN:money']);
  });

  it('a bare number opening a journey clause counts people', () => {
    const [f] = run('About 3,000 arrived in Peru from Mozambique last month.', 'en', P7);
    expect(f).toMatchObject({ from: 'MZ', to: 'PE', category: 'people', quantity: 3000, qualifier: 'about' });
    expect(triples(run('Unos 500 llegaron a México desde Cuba.', 'es', P7))).toEqual(['CU>MX:people']);
    // A number that is not the subject ("in 2023") is no traveller count; the year is never a quantity.
    expect(run('In 2023 Britain arrived in Peru.', 'en', P7).every((f) => f.quantity !== 2023)).toBe(true);
  });

  it('coordinated verbs share the next verb\'s receiver ("trained and financed the militias of X")', () => {
    expect(triples(run('Britain trained and financed the militias of Mozambique.', 'en', P7))).toEqual(['GB>MZ:money', 'GB>MZ:training']);
    expect(triples(run('Britain financed and trained the militias of Mozambique.', 'en', P7))).toEqual(['GB>MZ:money', 'GB>MZ:training']);
  });

  it('an exchange between two coordinated parties goes both ways; one party alone states none', () => {
    const fs = run('Peru and Mozambique exchanged 40 detainees on Friday in a swap mediated by Britain.', 'en', P7);
    expect(triples(fs)).toEqual(['MZ>PE:people', 'PE>MZ:people']);
    expect(fs.every((f) => f.quantity === 40)).toBe(true);
    expect(triples(run('Le Kenya et Haïti ont échangé 12 prisonniers.', 'fr', P7))).toEqual(['HT>KE:people', 'KE>HT:people']);
    expect(run('Peru exchanged prisoners on Friday.', 'en', P7)).toEqual([]);
  });

  it('the nationality of an institution in the indirect object receives ("a las Fuerzas Armadas mexicanas")', () => {
    const defs = [C('US', ['Estados Unidos']), C('MX', ['México'], ['mexicanas']), C('FR', ['France']), C('SN', ['Sénégal'], ['sénégalaise'])];
    expect(triples(run('Estados Unidos suministró a las Fuerzas Armadas mexicanas seis helicópteros.', 'es', defs))).toEqual(['US>MX:vehicles']);
    expect(triples(run('La France a livré des obus à l\'armée sénégalaise.', 'fr', defs))).toEqual(['FR>SN:munitions']);
  });

  it('a place where the cargo was tested is no destination', () => {
    expect(run('Britain will supply drones, tested in combat in Mozambique, under the deal.', 'en', P7).some((f) => f.to === 'MZ')).toBe(false);
  });

  it('people cargo: prisoners, detainees, passengers', () => {
    expect(triples(run('México envió a 26 presos a Estados Unidos.', 'es', P7))).toEqual(['MX>US:people']);
    expect(triples(run('Peru handed over 12 detainees to the United States.', 'en', P7))).toEqual(['PE>US:people']);
  });
});

describe('rules from heldout8 (general, own sentences)', () => {
  const P8: HandPlace[] = [
    ...WORLD,
    C('AF', ['Afghanistan'], ['Afghans']), C('PK', ['Pakistan']), C('DK', ['Denmark']), C('ET', ['Etiópia']), C('DJ', ['Djibuti']),
    C('MM', ['Myanmar']), C('BF', ['Burkina']), C('JP', ['Japon']), C('YE', ['Iêmen']), C('CU', ['Cuba']), C('BR', ['Brasil']),
    C('MA', ['Maroc']), C('DZ', ['Algérie'], ['Algériens']),
    CITY('Bandar Anzali', 'IR'), CITY('Astrakhan', 'RU'), REGION('Crimea', 'UA'), CITY('Odessa', 'UA'), CITY('Adis Abeba', 'ET', true),
    CITY('Primorsk', 'RU'), CITY('Mersin', 'TR'), { key: 'Europa', kind: 'other', names: ['Europa'] }, CITY('Hodeidah', 'YE'),
    CITY('Marseille', 'FR'),
  ];

  it('ends split across two coordinated verbs make one transfer', () => {
    expect(triples(run('The drones were loaded onto cargo vessels at the port of Bandar Anzali and unloaded in Astrakhan.', 'en', P8))).toEqual(['Bandar Anzali@IR>Astrakhan@RU:weapons']);
    expect(triples(run('Un petrolero cargó gasóleo ruso en el puerto de Primorsk y lo descargó en Mersin.', 'es', P8))).toEqual(['Primorsk@RU>Mersin@TR:oil']);
  });

  it('"from there", "de onde", "desde donde": the source is the place just named, or the previous end', () => {
    const en = run('The drones were loaded onto cargo vessels at the port of Bandar Anzali and unloaded in Astrakhan. From there, they were transported by rail to a military airfield in Crimea.', 'en', P8);
    expect(en.map((f) => `${f.from}>${f.to}:${f.category}`)).toContain('Astrakhan@RU>Crimea@UA:weapons');
    const pt = run('O cereal foi embarcado no porto de Odessa e desembarcou em Djibuti, de onde seguiu de caminhão para Adis Abeba.', 'pt', P8);
    expect(triples(pt)).toEqual(['DJ>Adis Abeba@ET:other', 'Odessa@UA>DJ:other']);
    const es = run('El gasóleo fue descargado en Mersin, en el sur de Turquía, desde donde el combustible fue reexportado a Europa.', 'es', P8);
    expect(triples(es)).toContain('Mersin@TR>Europa:oil');
    expect(es.some((f) => f.from === 'TR')).toBe(false);
  });

  it('"the cargo" is what the previous transfer carried', () => {
    const fs = run('O barco transportava mísseis do Irã destinados ao Iêmen. A carga tinha partido de um porto no sul do Irã e seria desembarcada em Hodeidah.', 'pt', P8);
    expect(triples(fs)).toContain('IR>Hodeidah@YE:missiles');
  });

  it('nationals deported from a third country go home from it', () => {
    expect(triples(run('More than 1,200 Afghans were deported from Pakistan to Afghanistan last week.', 'en', P8))).toEqual(['PK>AF:people']);
  });

  it('paying for goods for a third party sends them to it (not the price logic)', () => {
    expect(triples(run('Denmark pledged to pay for another 20 tanks for Ukraine.', 'en', P8))).toEqual(['DK>UA:vehicles']);
    // The price logic still holds without a beneficiary: what is paid for comes from the payee.
    expect(triples(run('A Índia pagou US$ 2 bilhões por petróleo à Rússia.', 'pt', P8))).not.toContain('IN>RU:oil');
  });

  it('a recipient noun after "to" hands its role to the place that owns it', () => {
    expect(triples(run('O PMA distribuiu 12 mil toneladas de trigo doadas pela Ucrânia à população da Etiópia.', 'pt', P8))).toEqual(['UA>ET:aid']);
    expect(triples(run('Rusia suministró al ejército de Myanmar 20.000 toneladas de combustible para aviones.', 'es', P8))).toEqual(['RU>MM:oil']);
  });

  it('food given away is aid; food sold is other', () => {
    expect(triples(run('Le PAM a distribué 3 000 tonnes de sorgho offertes par le Japon aux déplacés du nord du Burkina.', 'fr', P8))).toEqual(['JP>BF:aid']);
    expect(triples(run('O Brasil vendeu 5 mil toneladas de arroz para Cuba.', 'pt', P8))).toEqual(['BR>CU:other']);
  });

  it('a transit place ("via", "a través de") is not an end', () => {
    const fs = run('Germany flew 28 deportees from Leipzig to Kabul via Doha.', 'en', [...P8, C('QA', ['Qatar']), CITY('Leipzig', 'DE'), CITY('Kabul', 'AF', true), CITY('Doha', 'QA', true)]);
    expect(triples(fs)).toEqual(['Leipzig@DE>Kabul@AF:people']);
    expect(run('O Irã envia foguetes ao Líbano via Turquia.', 'pt', [...P8, C('LB', ['Líbano'])]).some((f) => f.to === 'TR')).toBe(false);
  });

  it('a ban or a discussion of a transfer states none', () => {
    expect(run('Bruselas prohibió en 2023 la importación de productos petrolíferos rusos.', 'es', [...P8, CITY('Bruselas', 'BE', true)])).toEqual([]);
    expect(run('O ministro veio discutir a venda de helicópteros ao Brasil.', 'pt', P8)).toEqual([]);
  });

  it('trainees trained at bases of another country: that country trains', () => {
    const defs = [...P8, C('AR', ['Argentina'], ['argentinos']), C('FR', ['França'], ['francesas'])];
    expect(triples(run('Na Argentina, ele assinou um acordo para treinar pilotos argentinos em bases francesas.', 'pt', defs))).toEqual(['FR>AR:training']);
  });

  it('an official as the subject of a journey travels (a visit)', () => {
    const defs = [CITY('Pekín', 'CN', true), CITY('Nueva Delhi', 'IN', true)];
    expect(triples(run('Desde Pekín, el ministro volará a Nueva Delhi.', 'es', defs))).toEqual(['Pekín@CN>Nueva Delhi@IN:visit']);
  });

  it('people moved "from camps in" a country come from it, not from their nationality', () => {
    const defs = [C('ES', ['España']), C('SD', ['Sudán'], ['sudaneses']), C('TD', ['Chad'])];
    expect(triples(run('España acogió a 400 refugiados sudaneses trasladados desde campamentos en Chad.', 'es', defs))).toEqual(['TD>ES:people']);
  });

  it('"X accuses Y of receiving/supplying": the accused is the party, the accuser is no end', () => {
    const D = [C('BY', ['Belarus', 'Bielorrússia', 'Bielorrusia', 'Biélorussie']), C('CN', ['China', 'Chine']), C('UA', ['Ukraine', 'Ucrânia', 'Ucrania'])];
    expect(triples(run('Ukraine accused Belarus of receiving drone parts from China.', 'en', D))).toEqual(['CN>BY:weapons']);
    expect(triples(run('Ucrania acusó a Bielorrusia de recibir piezas de drones de China.', 'es', D))).toEqual(['CN>BY:weapons']);
    const pt = run('A Ucrânia acusa a Bielorrússia de receber peças de drones da China.', 'pt', D);
    expect(pt.map((f) => `${f.from}>${f.to}:${f.status}`)).toEqual(['CN>BY:reported']);
    expect(triples(run("L'Ukraine accuse la Biélorussie d'avoir reçu des drones de la Chine.", 'fr', D))).toEqual(['CN>BY:weapons']);
  });

  it('commercial exports "most of which go to" a country', () => {
    const D = [C('VE', ['Venezuela']), C('CN', ['China']), C('US', ['US'])];
    expect(triples(run("Venezuela's oil exports, most of which go to China, rose despite US sanctions.", 'en', D))).toEqual(['VE>CN:oil']);
  });

  it('an official travels from home even when a nationality follows in the clause', () => {
    const D = [C('FR', ['France'], ['français']), CITY('Alger', 'DZ', true), C('DZ', ['Algérie'], ['algériens'])];
    expect(triples(run("Le ministre français s'est rendu lundi à Alger pour parler de ressortissants algériens.", 'fr', D))).toEqual(['FR>Alger@DZ:visit']);
  });

  it('regional demonyms are people by their form, not from a list', () => {
    const D = [C('MX', ['Mexico', 'México', 'Mexique']), C('GT', ['Guatemala']), C('ES', ['Spain']), C('MA', ['Morocco'])];
    for (const [text, lang] of [
      ['Mexico deported 300 Central Americans to Guatemala.', 'en'],
      ['O México deportou 300 centro-americanos para a Guatemala.', 'pt'],
      ['México deportó a 300 centroamericanos a Guatemala.', 'es'],
      ['Le Mexique a expulsé 300 Centraméricains vers le Guatemala.', 'fr'],
    ] as const) {
      expect(run(text, lang, D).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`), text).toEqual(['MX>GT:people:300']);
    }
    expect(triples(run('Spain received 200 sub-Saharan Africans from Morocco.', 'en', D))).toEqual(['MA>ES:people']);
    expect(triples(run('A Espanha recebeu 200 subsaarianos do Marrocos.', 'pt', [C('ES', ['Espanha']), C('MA', ['Marrocos'])]))).toEqual(['MA>ES:people']);
  });

  it('"ao país" after a subject\'s apposition naming another country is that country', () => {
    const D = [C('CN', ['China']), CITY('Luanda', 'AO', true), C('AO', ['Angola'], ['angolano']), CITY('São Paulo', 'BR'), C('BR', ['Brasil'])];
    const fs = run('O presidente angolano visitou São Paulo. A China, principal credora de Luanda, concedeu ao país mais de US$ 40 bilhões em empréstimos.', 'pt', D);
    expect(triples(fs)).toContain('CN>AO:money');
    expect(fs.some((f) => f.from === 'CN' && f.to !== 'AO')).toBe(false);
  });

  it('"N euros de armas": goods worth that much are the cargo, not a money transfer', () => {
    expect(triples(run("La France a vendu 8 milliards d'euros d'armements à l'Inde.", 'fr', [C('FR', ['France']), C('IN', ['Inde'])]))).toEqual(['FR>IN:weapons']);
    expect(triples(run('España vendió 400 millones de euros de munición a Arabia Saudí.', 'es', [C('ES', ['España']), C('SA', ['Arabia Saudí'])]))).toEqual(['ES>SA:munitions']);
  });

  it('a demonym after a cargo\'s own complement is its origin', () => {
    expect(triples(run('Um barco transportava mísseis de cruzeiro iranianos para o Iêmen.', 'pt', [...P8, C('IR', ['Irã'], ['iranianos'])]))).toEqual(['IR>YE:missiles']);
  });
});

describe('rules from heldout9 (general, own sentences)', () => {
  it('a buyer list names an exporter\'s destinations (demonym after the phrase, else the previous exporter)', () => {
    const D = [C('DZ', ['Algérie'], ['algérien']), C('ES', ['Espagne', 'España'], ['español']), C('SI', ['Slovénie']), C('AU', ['Australia']), C('TR', ['Turquía'])];
    expect(triples(run("L'Espagne et la Slovénie figurent également parmi les principaux acheteurs du gaz algérien.", 'fr', D))).toEqual(['DZ>ES:oil', 'DZ>SI:oil']);
    expect(triples(run('Los principales compradores de armamento español fueron Australia, seguida de Turquía.', 'es', D))).toEqual(['ES>AU:weapons', 'ES>TR:weapons']);
    const B = [C('BR', ['Brasil'], ['brasileiras']), C('CN', ['China']), C('CL', ['Chile'])];
    const pt = run('As exportações brasileiras de soja bateram recorde. A China, principal destino do produto, comprou 10 mil toneladas, seguida pelo Chile.', 'pt', B);
    expect(triples(pt)).toEqual(['BR>CL:other', 'BR>CN:other']);
    // The exporter named as the subject of "exporter" in the previous sentence.
    const F = [C('FR', ['France']), C('IN', ['Inde']), C('GR', ['Grèce'])];
    expect(triples(run("La France a exporté pour 8 milliards d'euros d'armements. L'Inde et la Grèce figurent parmi les principaux clients.", 'fr', F))).toEqual(['FR>GR:weapons', 'FR>IN:weapons']);
    // Without a buyer phrase, or with no exporter to name, nothing.
    expect(run("L'Espagne et la Slovénie figurent parmi les pays visités.", 'fr', D)).toEqual([]);
    expect(run('A China, principal destino do produto, cresceu, seguida pelo Chile.', 'pt', B)).toEqual([]);
  });

  it('a buyer phrase takes only its own complement\'s cargo, not a later clause\'s', () => {
    const D = [C('ES', ['España'], ['españolas']), C('DE', ['Alemania']), C('FR', ['Francia']), C('SA', ['Arabia Saudí'])];
    const fs = run('Las exportaciones españolas de material de defensa crecieron. El principal destino fue Alemania, seguida de Francia y Arabia Saudí, que compró munición.', 'es', D);
    expect(triples(fs)).toContain('ES>DE:weapons');
    expect(triples(fs)).not.toContain('ES>DE:munitions');
  });

  it('seizures: the goods came from their origin to where they were seized', () => {
    const D = [C('DZ', ['Algérie']), C('FR', ['France'], ['françaises']), CITY('Marseille', 'FR'), C('ES', ['España'], ['española']), CITY('Algeciras', 'ES'), C('EC', ['Ecuador']), C('YE', ['Iêmen']), C('DJ', ['Djibuti'])];
    expect(triples(run("Les douanes françaises ont saisi à Marseille 2,4 tonnes de résine de cannabis arrivées d'Algérie.", 'fr', D))).toEqual(['DZ>Marseille@FR:other']);
    expect(triples(run('La policía española decomisó en el puerto de Algeciras 1.500 kilos de cocaína procedente de Ecuador.', 'es', D))).toEqual(['EC>Algeciras@ES:other']);
    expect(triples(run('A guarda costeira do Iêmen apreendeu munições vindas do Djibuti.', 'pt', D))).toEqual(['DJ>YE:munitions']);
    // No origin named: no flow guessed from the discourse.
    expect(run('A guarda costeira do Iêmen apreendeu munições.', 'pt', D)).toEqual([]);
  });

  it('a journey\'s next leg after "then", "luego", "before travelling on to" starts at the previous stop', () => {
    const D = [C('IN', ['India'], ['Indian']), CITY('Moscow', 'RU', true), CITY('Vienna', 'AT', true), C('VE', ['Venezuela'], ['venezolano']), CITY('Bogotá', 'CO', true), CITY('Brasilia', 'BR', true), C('BR', ['Brasil']), CITY('Pequim', 'CN', true), CITY('Rio de Janeiro', 'BR')];
    expect(triples(run('Indian Prime Minister Narendra Modi arrived in Moscow on Monday, before travelling on to Vienna.', 'en', D))).toEqual(['IN>Moscow@RU:visit', 'Moscow@RU>Vienna@AT:visit']);
    expect(triples(run('El canciller venezolano viajará a Bogotá y luego a Brasilia.', 'es', D))).toEqual(['Bogotá@CO>Brasilia@BR:visit', 'VE>Bogotá@CO:visit']);
    // "depois de" looks back: the place after it is where the traveller came from, not a next stop.
    expect(triples(run('O presidente do Brasil viajou a Pequim, depois de participar da cúpula no Rio de Janeiro.', 'pt', D))).not.toContain('Pequim@CN>Rio de Janeiro@BR:visit');
  });

  it('a place owning a chain of place nouns after "dans"/"in" is where it happens', () => {
    const D = [C('FR', ['France']), C('UA', ['Ukraine'], ['ukrainiens'])];
    expect(triples(run('Des militaires ukrainiens ont été formés dans un camp du sud-ouest de la France.', 'fr', D))).toEqual(['FR>UA:training']);
  });

  it('"formar" trains (es/pt); with no trainee named, the place of another country where it happens receives', () => {
    const D = [C('ES', ['España']), C('UA', ['Ucrania'], ['ucranianos']), C('PT', ['Portugal'], ['portugueses']), CITY('Nacala', 'MZ')];
    expect(triples(run('España ha formado a 7.000 militares ucranianos.', 'es', D))).toEqual(['ES>UA:training']);
    expect(triples(run('Em Nacala, instrutores portugueses treinaram 400 fuzileiros.', 'pt', D))).toEqual(['PT>Nacala@MZ:training']);
    expect(triples(run('Visitou o centro de Nacala, onde instrutores portugueses treinaram 400 fuzileiros.', 'pt', D))).toEqual(['PT>Nacala@MZ:training']);
    // "formar parte" or a government formed: no trainee, no place, no flow.
    expect(run('España ha formado un gobierno.', 'es', D)).toEqual([]);
    // "formado por" is "made up of": no training.
    const E = [...D, C('UA2', ['Ucrânia']), C('RU', ['Rússia']), C('FR', ['França']), C('DE', ['Alemanha']), C('MA', ['Marrocos'], ['marroquino']), C('ES2', ['Espanha'])];
    const made = 'Segundo o parecer do comité — formado por França, Alemanha e outros dois governos —, a Espanha vendeu em troca radares e apoio ao programa naval marroquino.';
    expect(run(made, 'pt', E).filter((f) => f.category === 'training')).toEqual([]);
  });

  it('a departure participle on the subject and the verb of arrival make one journey', () => {
    const D = [C('LY', ['Libye']), CITY('Lampedusa', 'IT'), C('LB', ['Líbano']), CITY('Lisboa', 'PT', true)];
    expect(triples(run('Des migrants, partis de Libye, ont débarqué à Lampedusa.', 'fr', D))).toEqual(['LY>Lampedusa@IT:people']);
    expect(triples(run('Um grupo de 87 cidadãos retirados do Líbano aterrou em Lisboa.', 'pt', D))).toEqual(['LB>Lisboa@PT:people']);
  });

  it('people "deported from" a country on a plane that lands: one people flow, no visit', () => {
    const D = [C('US', ['Estados Unidos']), C('VE', ['Venezuela'], ['venezolanos']), CITY('Caracas', 'VE', true)];
    const fs = run('Un avión con 180 venezolanos deportados desde Estados Unidos aterrizó en Caracas.', 'es', D);
    expect(triples(fs)).toEqual(['US>Caracas@VE:people']);
  });

  it('"abandonar" a country is leaving it ("hacia" lists where they went)', () => {
    const D = [C('VE', ['Venezuela']), C('CO', ['Colombia']), C('PE', ['Perú'])];
    expect(triples(run('Más de 7 millones de personas han abandonado Venezuela, la mayoría hacia Colombia y Perú.', 'es', D))).toEqual(['VE>CO:people', 'VE>PE:people']);
  });

  it('a demonym after a two-word complement of the cargo is its origin', () => {
    const D = [C('NE', ['Niger']), C('RU', ['Russie'], ['russes'])];
    expect(triples(run('Le Niger a reçu en avril des systèmes de défense antiaérienne russes.', 'fr', D))).toEqual(['RU>NE:technology']);
  });

  it('a loan noun in a verb\'s object is only the container of the money ("accorder un prêt de")', () => {
    const D = [C('RU', ['Russie']), C('BF', ['Burkina Faso']), C('CN', ['China']), C('AO', ['Angola'])];
    expect(triples(run('La Russie a accordé au Burkina Faso un prêt de 50 millions de dollars.', 'fr', D))).toEqual(['RU>BF:money']);
    expect(triples(run('La China concedió a Angola un préstamo de 2.000 millones de dólares.', 'es', D))).toEqual(['CN>AO:money']);
  });

  it('a programme framing a transfer ("under a programme", "no âmbito do programa") is no cargo', () => {
    const D = [C('UA', ['Ukraine'], ['Ukrainian']), C('SO', ['Somalia']), C('PT', ['Portugal']), C('MZ', ['Moçambique'])];
    expect(triples(run('Ukraine shipped 25,000 tonnes of wheat to Somalia under a humanitarian programme.', 'en', D))).toEqual(['UA>SO:aid']) // food a government ships as relief is aid;
    expect(triples(run('Portugal enviou armas para Moçambique no âmbito do programa de cooperação.', 'pt', D))).toEqual(['PT>MZ:weapons']);
  });

  it('parts of a weapon ("componentes de mísseis") travel as that weapon', () => {
    const D = [C('IR', ['Irã'], ['iranianos']), C('YE', ['Iêmen']), C('RU', ['Russie']), C('BY', ['Biélorussie'])];
    expect(triples(run('O barco transportava componentes de mísseis de cruzeiro iranianos destinados ao Iêmen.', 'pt', D))).toEqual(['IR>YE:missiles']);
    expect(triples(run('La Russie a livré des composants électroniques à la Biélorussie.', 'fr', D))).toEqual(['RU>BY:technology']);
  });

  it('"os homens", "les hommes" after a troop transfer are those troops; otherwise people', () => {
    const D = [C('RU', ['Rússia']), C('ML', ['Mali']), C('SY', ['Síria']), CITY('Bamako', 'ML', true)];
    const fs = run('A Rússia enviou 200 soldados ao Mali. Os homens desembarcaram em Bamako vindos da Síria.', 'pt', D);
    expect(triples(fs)).toContain('SY>Bamako@ML:troops');
    expect(triples(run('Os homens desembarcaram em Bamako vindos da Síria.', 'pt', D))).toEqual(['SY>Bamako@ML:people']);
    // Men a country sends are troops.
    expect(triples(run("Le Kenya s'était engagé à fournir 1 000 hommes à Haïti.", 'fr', [C('KE', ['Kenya']), C('HT', ['Haïti'])]))).toEqual(['KE>HT:troops']);
  });

  it('"mais" is "but", not maize', () => {
    const D = [C('KE', ['Kenya']), C('HT', ['Haïti'])];
    expect(triples(run("Le Kenya s'était engagé à fournir 1 000 hommes à Haïti, mais l'envoi a pris du retard.", 'fr', D))).toEqual(['KE>HT:troops']);
    expect(triples(run('Le Kenya a livré du maïs à Haïti.', 'fr', D))).toEqual(['KE>HT:other']);
  });

  it('a negated transfer with a negative quantifier takes no end from the discourse', () => {
    const D = [C('RU', ['Russie']), C('ML', ['Mali']), C('NE', ['Niger'])];
    const fs = run("La Russie a prêté 10 millions de dollars au Mali. Le Niger n'a bénéficié d'aucun financement.", 'fr', D);
    expect(triples(fs)).toEqual(['RU>ML:money']);
    // A denial by the accused still keeps its flow (denied).
    const es = run('Corea del Norte habría suministrado misiles a Rusia. El Kremlin negó haber recibido armas norcoreanas.', 'es', [C('KP', ['Corea del Norte'], ['norcoreanas']), C('RU', ['Rusia']), CITY('Kremlin', 'RU')]);
    expect(es.length).toBeGreaterThan(0);
  });
});

// The newest held-out set is scored apart: its floor guards against regressions without hiding how far it
// is from the goal (see fixtures/README.md for its first-run score).
/** The newest held-out sets, each with its own floor (first-run scores in fixtures/README.md). */
const NEWEST_SETS: Record<string, number> = { heldout7: 0.48, heldout8: 0.5, heldout9: 0.4, heldout10: 0.45, heldout11: 0.4, heldout12: 0.42, heldout13: 0.33, heldout14: 0.36, heldout15: 0.28, heldout16: 0.31, heldout17: 0.36, heldout18: 0.36, heldout19: 0.3, heldout20: 0.08, heldout21: 0.38, heldout22: 0.19, heldout23: 0.38, heldout24: 0.55, heldout25: 0.38, heldout26: 0.46, heldout27: 0.33, heldout28: 0.39, heldout29: 0.4, heldout30: 0.52, heldout31: 0.33, heldout32: 0.52, heldout33: 0.6, heldout34: 0.38, heldout35: 0.7, heldout36: 0.55, heldout37: 0.45, heldout38: 0.72, heldout39: 0.42, heldout40: 0.55, heldout41: 0.75, heldout42: 0.7, heldout43: 0.52, heldout46: 0.6, heldout48: 0.4, heldout52: 0.4, heldout55: 0.65, heldout57: 0.5, heldout61: 0.52, heldout62: 0.6, heldout64: 0.4, heldout66: 0.6, heldout68: 0.5, heldout70: 0.55, heldout72: 0.45, heldout74: 0.45, heldout76: 0.5, heldout78: 0.5, heldout80: 0.38, heldout82: 0.38, heldout83: 0.6, heldout85: 0.5, heldout86: 0.65, heldout87: 0.5, heldout90: 0.55, heldout91: 0.5, heldout94: 0.5, heldout95: 0.5, heldout96: 0.65, heldout99: 0.6, heldout101: 0.7, heldout105: 0.6, heldout108: 0.5, heldout111: 0.45, heldout113: 0.5 };

describe('rules from heldout10 (general, own sentences)', () => {
  const W = [
    C('TR', ['Turkey', 'Turquia', 'Turquie'], ['Turkish']), C('NE', ['Niger', 'Níger']), C('DZ', ['Algeria', 'Algérie', 'Argélia']),
    C('ML', ['Mali'], ['Malians', 'maliens', 'Maliens', 'malianos']), C('FR', ['France', 'França', 'Francia'], ['French']),
    C('MA', ['Morocco', 'Marrocos', 'Marruecos', 'Maroc']), C('EG', ['Egypt'], ['Egyptian']), C('DE', ['Germany', 'Alemanha']),
    C('RU', ['Russia', 'Rusia', 'Russie', 'Rússia'], ['rusos', 'russe', 'russo']), C('NI', ['Nicaragua'], ['nicaragüense']),
    C('VN', ['Vietnam', 'Vietnã']), C('JP', ['Japan', 'Japão']), C('MX', ['Mexico', 'México']), C('US', ['United States', 'Estados Unidos']),
    C('LY', ['Libya', 'Líbia']), C('SN', ['Senegal'], ['Senegalese', 'Sénégalais']), C('IT', ['Italie']), C('BR', ['Brasil'], ['brasileiro']),
    C('AO', ['Angola']), C('NA', ['Namíbia']), CITY('Dakar', 'SN', true), CITY('Tripoli', 'LY', true), CITY('Moscú', 'RU', true),
  ];
  it('nationals expelled from a country with no destination go home', () => {
    expect(triples(run('More than 300 Malians were expelled from Algeria last month.', 'en', W))).toEqual(['DZ>ML:people']);
    expect(triples(run("Plus de 300 Maliens ont été expulsés d'Algérie.", 'fr', W))).toEqual(['DZ>ML:people']);
    expect(triples(run('Mais de 300 malianos foram expulsos da Argélia.', 'pt', W))).toEqual(['DZ>ML:people']);
  });
  it('bringing and leasing move the cargo; "de X" after counted people is where they come from', () => {
    expect(triples(run('A charter flight brought back 80 Senegalese from Libya to Dakar.', 'en', W))).toEqual(['LY>Dakar@SN:people']);
    expect(triples(run('Un avion a ramené 80 Sénégalais de Tripoli à Dakar.', 'fr', W))).toEqual(['Tripoli@LY>Dakar@SN:people']);
    expect(triples(run('Japan is leasing three patrol aircraft to Vietnam.', 'en', W))).toEqual(['JP>VN:vehicles']);
    expect(triples(run('O Japão está arrendando três aviões de patrulha ao Vietnã.', 'pt', W))).toEqual(['JP>VN:vehicles']);
  });
  it('goods made in a country come from it; "veio de", "procedían de" name an origin', () => {
    for (const [text, lang] of [
      ['Morocco received helicopters made in France.', 'en'],
      ['Marrocos recebeu helicópteros fabricados na França.', 'pt'],
      ['Marruecos recibió helicópteros fabricados en Francia.', 'es'],
      ['Le Maroc a reçu des hélicoptères fabriqués en France.', 'fr'],
    ] as const) expect(triples(run(text, lang, W)), text).toEqual(['FR>MA:vehicles']);
    expect(triples(run('A maior parte das armas apreendidas no México veio dos Estados Unidos.', 'pt', W))).toEqual(['US>MX:weapons']);
    expect(triples(run('La mayoría de los rifles decomisados en México procedían de Estados Unidos.', 'es', W))).toEqual(['US>MX:weapons']);
  });
  it('a nationality after a cargo, its adjectives and an acronym in parentheses is the origin', () => {
    expect(triples(run("En mai, l'Italie a acheté du gaz de pétrole liquéfié (GPL) algérien.", 'fr', [...W, C('DZ', ['Algérie'], ['algérien'])]))).toEqual(['DZ>IT:oil']);
    expect(triples(run('O Brasil recebeu gás natural liquefeito russo.', 'pt', W))).toEqual(['RU>BR:oil']);
  });
  it('an institution\'s nationality after "to" receives; "took delivery of" receives', () => {
    expect(triples(run('Germany handed over two frigates to the Egyptian Navy.', 'en', W))).toEqual(['DE>EG:vehicles']);
    expect(triples(run('Egypt took delivery of French-made helicopters.', 'en', W))).toEqual(['FR>EG:vehicles']);
  });
  it('an apposition between the subject and its verb is skipped; a supplier noun names the receiver', () => {
    expect(triples(run("Last week Turkey, by far Niger's biggest supplier of arms, handed over four armed drones.", 'en', W))).toEqual(['TR>NE:weapons']);
    expect(triples(run('Em abril a Turquia, hoje a maior fornecedora do Níger, entregou quatro drones armados.', 'pt', W))).toEqual(['TR>NE:weapons']);
    // An apposition without a supplier noun names no receiver, and its place is not the subject.
    expect(triples(run('Turkey, a neighbour of Algeria, delivered six drones to Niger.', 'en', W))).toEqual(['TR>NE:weapons']);
  });
  it('trainers named by nationality right before the verb train; a visit noun\'s own visitor travels', () => {
    const fs = run('Durante la visita del canciller boliviano a Moscú, pilotos rusos entrenarán a oficiales de Bolivia.', 'es', [...W, C('BO', ['Bolivia'], ['boliviano'])]);
    expect(triples(fs)).toEqual(['BO>Moscú@RU:visit', 'RU>BO:training']);
  });
  it('a second verb with the same giver and no receiver gives to the first one\'s receiver', () => {
    expect(triples(run('Japan is leasing three patrol aircraft to Vietnam and has agreed to supply radar systems.', 'en', W))).toEqual(['JP>VN:technology', 'JP>VN:vehicles']);
  });
  it('a departure in a relative clause on seized goods names their source', () => {
    const P = [C('ZA', ['South Africa']), CITY('Durban', 'ZA'), CITY('Antwerp', 'BE'), CITY('Guayaquil', 'EC'), CITY('Houston', 'US')];
    expect(triples(run('Police seized 60 rifles in the port of Durban, a shipment which had left Antwerp in May.', 'en', P))).toEqual(['Antwerp@BE>Durban@ZA:weapons']);
  });
  it('goods made by a firm in a place come from that place', () => {
    const P = [C('MZ', ['Moçambique'], ['moçambicana']), CITY('Toulouse', 'FR')];
    expect(triples(run('Em 2019 a Marinha moçambicana recebeu três lanchas, construídas por um estaleiro em Toulouse.', 'pt', P))).toEqual(['Toulouse@FR>MZ:vehicles']);
  });
  it('a visit noun after "was in X": the visitor went to X', () => {
    const P = [C('GH', ['Gana'], ['ganês']), CITY('Lisboa', 'PT', true)];
    expect(triples(run('O chanceler ganês esteve ontem em Lisboa para uma visita de trabalho de dois dias.', 'pt', P))).toEqual(['GH>Lisboa@PT:visit']);
  });
  it('a weight with no goods named measures what the latest transfer carried', () => {
    const P = [C('CL', ['Chile'], ['chileno']), C('PE', ['Peru']), C('AR', ['Argentina'])];
    const fs = run('O Chile importou trigo da Argentina. O Peru, principal fornecedor do mercado chileno, vendeu 2 milhões de toneladas.', 'pt', P);
    expect(triples(fs)).toEqual(['AR>CL:other', 'PE>CL:other']);
    expect(fs.find((f) => f.from === 'PE')).toMatchObject({ quantity: 2e6 });
    // With no transfer just before, a weight still measures goods (session 16).
    expect(triples(run('O Peru vendeu 2 milhões de toneladas ao Chile.', 'pt', P))).toEqual(['PE>CL:other']);
  });
  it('a package noun that is the next verb\'s subject is only a container; an acronym cargo counts', () => {
    const P = [C('NL', ['Pays-Bas']), C('JP', ['Japon']), C('KR', ['Corée du Sud']), CITY('Rotterdam', 'NL'), C('QA', ['Qatar'], ['qatari'])];
    const fs = run("L'an passé, une vingtaine de cargaisons de GPL qatari ont été renvoyées depuis Rotterdam vers le Japon et la Corée du Sud.", 'fr', P);
    expect(triples(fs)).toEqual(['Rotterdam@NL>JP:oil', 'Rotterdam@NL>KR:oil']);
  });
  it('releasing people sends them home; only people are released', () => {
    const P = [C('IN', ['India'], ['Indian']), C('PK', ['Pakistan'], ['Pakistani']), C('RU', ['Rússia', 'Russie']), C('UA', ['Ucrânia'], ['ucranianos', 'ukrainiens']), C('JP', ['Japão'], ['japoneses']), C('UY', ['Uruguay'])];
    expect(triples(run('On Friday Pakistan freed 60 Indian fishermen, while India released three Pakistani sailors.', 'en', P))).toEqual(['IN>PK:people', 'PK>IN:people']);
    expect(triples(run('A Rússia libertou 20 pescadores ucranianos.', 'pt', P))).toEqual(['RU>UA:people']);
    expect(triples(run('Os pescadores japoneses foram libertados pela Rússia.', 'pt', P))).toEqual(['RU>JP:people']);
    expect(triples(run('La Russie a libéré 20 pêcheurs ukrainiens.', 'fr', P))).toEqual(['RU>UA:people']);
    expect(run('The IMF released 2 billion dollars to Uruguay.', 'en', P)).toEqual([]);
  });
  it('people a country brings out of a place come to it', () => {
    const P = [C('ES', ['Spain']), C('MA', ['Morocco']), C('BR', ['Brasil']), C('LB', ['Líbano'])];
    expect(triples(run('Spain evacuated 120 citizens from Morocco.', 'en', P))).toEqual(['MA>ES:people']);
    expect(triples(run('O Brasil repatriou 200 cidadãos do Líbano.', 'pt', P))).toEqual(['LB>BR:people']);
  });
  it('English verb/noun forms: after a country name with an object, after a relative pronoun', () => {
    const P = [C('TR', ['Turkey']), C('RU', ['Russia']), C('BY', ['Belarus'])];
    expect(triples(run('Turkey imports most of its gas from Russia.', 'en', P))).toEqual(['RU>TR:oil']);
    expect(triples(run('Belarus, which supplies Russia with ammunition, denied the report.', 'en', P))).toEqual(['BY>RU:munitions']);
  });
  it('an official received is a visitor ("recibió al canciller iraní")', () => {
    const P = [C('QA', ['Catar']), C('IR', ['Irán'], ['iraní'])];
    expect(triples(run('Catar recibió al canciller iraní el lunes.', 'es', P))).toEqual(['IR>QA:visit']);
  });
  it('an export with no goods named is goods, measured by its weight', () => {
    const P = [C('MA', ['Maroc']), C('IN', ['Inde'])];
    const fs = run("Le Maroc a exporté 2 millions de tonnes de phosphates vers l'Inde.", 'fr', P);
    expect(triples(fs)).toEqual(['MA>IN:other']);
    expect(fs[0]).toMatchObject({ quantity: 2e6 });
  });
  it('an elliptical quantity repeats the latest cargo, counted anew', () => {
    const P = [C('DE', ['Germany', 'Alemanha', 'Alemania', 'Allemagne']), C('UA', ['Ukraine', 'Ucrânia', 'Ucrania'], ['ucranianos', 'Ukrainian']), C('PT', ['Portugal']), C('PL', ['Poland', 'Polônia', 'Polonia', 'Pologne'])];
    for (const [text, lang] of [
      ['Germany will deliver 18 tanks to Ukraine. Portugal will send three more.', 'en'],
      ['A Alemanha vai entregar 18 tanques à Ucrânia. Portugal enviará outros três.', 'pt'],
      ["L'Allemagne livrera 18 chars à l'Ukraine. Le Portugal en enverra trois autres.", 'fr'],
    ] as const) {
      const fs = run(text, lang, P);
      expect(triples(fs), text).toEqual(['DE>UA:vehicles', 'PT>UA:vehicles']);
      expect(fs.find((f) => f.from === 'PT'), text).toMatchObject({ quantity: 3 });
    }
    const fs = run('Poland has received 1.5 million Ukrainian refugees. Germany has received another million.', 'en', P);
    expect(triples(fs)).toEqual(['UA>DE:people', 'UA>PL:people']);
    expect(fs.find((f) => f.to === 'DE')).toMatchObject({ quantity: 1e6 });
    // A bare number with nothing to repeat states nothing.
    expect(run('Portugal will send three more.', 'en', P)).toEqual([]);
  });
  it('people finding refuge in a country move there', () => {
    const P = [C('SD', ['Sudan', 'Soudan'], ['Sudanese', 'Soudanais', 'sudaneses']), C('TD', ['Chad', 'Tchad', 'Chade'])];
    expect(triples(run('Plus de 600 000 Soudanais ont trouvé refuge au Tchad.', 'fr', P))).toEqual(['SD>TD:people']);
    expect(triples(run('Cerca de 600 mil sudaneses encontraram refúgio no Chade.', 'pt', P))).toEqual(['SD>TD:people']);
  });
  it('food a government sends where the article speaks of relief is aid; sold food stays goods', () => {
    const P = [C('BR', ['Brasil']), C('MZ', ['Moçambique'])];
    expect(triples(run('O ciclone deixou milhares de vítimas. O Brasil enviou 30 toneladas de alimentos para Moçambique.', 'pt', P))).toEqual(['BR>MZ:aid']);
    expect(triples(run('O ciclone deixou milhares de vítimas. O Brasil vendeu 30 toneladas de arroz a Moçambique.', 'pt', P))).toEqual(['BR>MZ:other']);
    expect(triples(run('O Brasil enviou 30 toneladas de arroz para Moçambique.', 'pt', P))).toEqual(['BR>MZ:other']);
  });
  it('a speaker between a comma and a closing verb of saying names no cargo and no end', () => {
    const P = [C('SE', ['Sweden'], ['Swedish']), C('UA', ['Ukraine'])];
    expect(triples(run('Sweden has handed over its second batch of infantry fighting vehicles to Ukraine, the Swedish armed forces said.', 'en', P))).toEqual(['SE>UA:vehicles']);
  });
  it('goods bought in a place by no one named come from it, also in the passive', () => {
    const P = [C('US', ['Estados Unidos']), C('PY', ['Paraguai'])];
    expect(triples(run('As armas foram compradas nos Estados Unidos e entraram no Paraguai.', 'pt', P))).toEqual(['US>PY:weapons']);
  });
  it('a conveying verb\'s agent with no destination of its own is a route, not a sender', () => {
    const P = [C('FR', ['France']), C('UA', ['Ukraine']), C('PL', ['Pologne'])];
    const fs = run("La France a livré six canons à l'Ukraine, précisant que ces pièces avaient été acheminées par la Pologne.", 'fr', P);
    expect(triples(fs)).toEqual(['FR>UA:weapons']);
  });
  it('a transfer noun naming a facility is no transfer; a place after "war" is no end', () => {
    const P = [C('ES', ['España']), C('UA', ['Ucrania', 'Ukraine'], ['ucranianos']), CITY('Zaragoza', 'ES'), C('IN', ['India'], ['Indian']), CITY('Moscow', 'RU', true), C('RU', ['Russia'])];
    expect(triples(run('España ha formado a 300 militares ucranianos en el centro de adiestramiento de Zaragoza.', 'es', P))).toEqual(['Zaragoza@ES>UA:training']);
    expect(triples(run('The Indian prime minister arrived in Moscow for a visit, his first since the start of the war in Ukraine.', 'en', P))).toEqual(['IN>Moscow@RU:visit']);
  });
  it('a pronoun or unexpressed subject gives as the latest giver did, to the same receiver', () => {
    const P = [C('RU', ['Russia', 'Rússia', 'Rusia', 'Russie']), C('ML', ['Mali', 'Malí'])];
    for (const [text, lang] of [
      ['Russia has deployed troops in Mali. It has also sent attack helicopters.', 'en'],
      ['A Rússia enviou tropas ao Mali. Também mandou helicópteros de ataque.', 'pt'],
      ['Rusia desplegó tropas en Malí. También envió helicópteros de ataque.', 'es'],
      ["La Russie a déployé des troupes au Mali. Elle a aussi envoyé des hélicoptères d'attaque.", 'fr'],
    ] as const) expect(triples(run(text, lang, P)), text).toEqual(['RU>ML:troops', 'RU>ML:vehicles']);
    // With no transfer just before, nothing is guessed.
    expect(run('Também mandou helicópteros de ataque.', 'pt', P)).toEqual([]);
  });
  it('inside a quotation with no giver named, the speaker\'s country gives', () => {
    const P = [C('KE', ['Kenya'], ['Kenyan', 'queniano', 'keniano', 'kényan']), C('HT', ['Haiti', 'Haití', 'Haïti'])];
    for (const [text, lang] of [
      ['"We will send 1,000 police officers to Haiti," the Kenyan president said.', 'en'],
      ['"Vamos enviar mil policiais ao Haiti", disse o presidente queniano.', 'pt'],
      ['"Enviaremos mil policías a Haití", dijo el presidente keniano.', 'es'],
      ['« Nous enverrons mille policiers en Haïti », a déclaré le président kényan.', 'fr'],
    ] as const) expect(triples(run(text, lang, P)), text).toEqual(['KE>HT:troops']);
  });
  it('the nationality of a receiving subject receives', () => {
    const P = [C('UA', ['Ucrânia'], ['ucranianas', 'Ukrainian']), C('US', ['Estados Unidos', 'United States'])];
    expect(triples(run('As tropas ucranianas receberam o primeiro lote de tanques Abrams dos Estados Unidos.', 'pt', P))).toEqual(['US>UA:vehicles']);
    expect(triples(run('Ukrainian troops have received Abrams tanks from the United States.', 'en', P))).toEqual(['US>UA:vehicles']);
  });
  it('a travel verb with goods as its object sends them; coordinated nationalities share their noun', () => {
    const P = [C('AU', ['Australia'], ['Australian']), C('NZ', ['New Zealand']), C('TO', ['Tonga'])];
    expect(triples(run('By Monday Australian and New Zealand air force planes were ferrying emergency supplies into Tonga.', 'en', P))).toEqual(['AU>TO:aid', 'NZ>TO:aid']);
    expect(triples(run('Australia has flown medical supplies into Tonga.', 'en', P))).toEqual(['AU>TO:aid']);
  });
  it('an arrival noun carries what arrives; a vessel receiving a cargo is no cargo', () => {
    const P = [C('TR', ['Turquía']), CITY('Misrata', 'LY'), C('IR', ['Iran'], ['iranien']), C('SY', ['Syrie'])];
    expect(triples(run('Un informe señala la llegada a Misrata de camiones militares fabricados en Turquía.', 'es', P))).toEqual(['TR>Misrata@LY:vehicles']);
    expect(triples(run("Un navire a cédé son chargement de brut iranien à un second navire, qui l'a ensuite acheminé vers la Syrie.", 'fr', P)).every((t) => !t.endsWith(':vehicles'))).toBe(true);
  });
  it('a supplier apposition names its own owner, not every place after it', () => {
    const P = [C('CN', ['China']), CITY('Caracas', 'VE', true), C('VE', ['Venezuela']), C('IR', ['Irán']), C('BO', ['Bolivia'])];
    expect(triples(run('Venezuela necesita repuestos. China, proveedora clave de Caracas y también de Irán, despachó 40 toneladas de arroz.', 'es', P)).filter((t) => t.startsWith('CN>'))).toEqual(['CN>VE:other']);
  });
  it('trainees who receive training ("receberam formação em Portugal") are trained by that country', () => {
    const P = [C('TL', ['Timor-Leste'], ['timorenses']), C('PT', ['Portugal'])];
    expect(triples(run('No ano passado, quarenta polícias timorenses receberam formação em Portugal.', 'pt', P))).toEqual(['PT>TL:training']);
  });
  it('the nationality on an imports noun is the importer', () => {
    const P = [C('CL', ['Chile'], ['chilenas']), C('PE', ['Perú']), C('IN', ['India'], ['Indian']), C('RU', ['Russia'], ['Russian'])];
    expect(triples(run('Las compras chilenas de azúcar procedentes de Perú cayeron un 12% en marzo.', 'es', P))).toEqual(['PE>CL:other']);
    expect(triples(run('Indian imports of Russian oil rose again in May.', 'en', P))).toEqual(['RU>IN:oil']);
  });
  it('after "a"/"has" a participle is an active perfect; a container measured in tonnes yields to its content', () => {
    const P = [C('ML', ['Mali']), C('BE', ['Belgique']), CITY('Bamako', 'ML', true)];
    const fs = run("Le Mali manque de tout. Bamako a accueilli mardi un lot de 12 tonnes de matériel médical donné par la Belgique.", 'fr', P);
    expect(triples(fs)).toEqual(['BE>ML:aid']);
    expect(fs[0]).toMatchObject({ quantity: 12, unit: 'matériel médical' });
  });
  it('"se rendre à X, puis à Y": a trip with its legs', () => {
    const P = [C('SN', ['Sénégal'], ['sénégalais']), CITY('Rabat', 'MA', true), CITY('Madrid', 'ES', true)];
    expect(triples(run('Le président sénégalais doit se rendre jeudi à Rabat, puis à Madrid.', 'fr', P))).toEqual(['Rabat@MA>Madrid@ES:visit', 'SN>Rabat@MA:visit']);
  });
  it('model names say what was sent ("trois premiers Rafale", "Leopard 2"); quantities read past them', () => {
    const P = [C('SE', ['Suède'], ['suédois']), C('TH', ['Thaïlande']), C('DE', ['Germany']), C('UA', ['Ukraine']), C('JP', ['Japan']), CITY('Manila', 'PH')];
    expect(triples(run('Le constructeur suédois Saab a livré à la Thaïlande deux nouveaux Gripen.', 'fr', P))).toEqual(['SE>TH:vehicles']);
    const fs = run('Germany will deliver 12 Leopard tanks to Ukraine.', 'en', P);
    expect(triples(fs)).toEqual(['DE>UA:vehicles']);
    expect(fs[0]).toMatchObject({ quantity: 12 });
    expect(triples(run('Japan flew 8 tonnes of medical supplies to Manila on Sunday.', 'en', P))).toEqual(['JP>Manila@PH:aid']);
  });
  it('trainees who "train in" a country with no object are trained by it, never the reverse', () => {
    const P = [C('KE', ['Kenya'], ['Kenyan']), C('GB', ['Britain'])];
    expect(triples(run('This spring, Kenyan soldiers will train in Britain for six months.', 'en', P))).toEqual(['GB>KE:training']);
  });
  it('"X\'s ally" is not X: the possessor of a relation noun does not act', () => {
    const P = [C('BY', ['Belarus']), CITY('Minsk', 'BY', true), C('RU', ['Russia'])];
    expect(triples(run("Russia sent fuel to Belarus in May. Minsk's closest partner has since expanded shipments of grain.", 'en', P))).toEqual(['RU>BY:oil']);
  });
  it('a purpose infinitive takes its clause\'s subject; recovered weapons came from their origin', () => {
    const P = [C('JP', ['Japão']), C('TL', ['Timor-Leste'], ['timorense']), C('CO', ['Colombia']), C('VE', ['Venezuela'])];
    expect(triples(run('Buena parte de los fusiles recuperados en Colombia procede de Venezuela.', 'es', P))).toEqual(['VE>CO:weapons']);
    expect(triples(run('O Japão reservou 5 milhões de dólares para financiar a guarda costeira timorense.', 'pt', P))).toEqual(['JP>TL:money']);
  });
  it('a participle with "par"/"by" a few words on is passive: "un contrat financé en partie par des prêts"', () => {
    const P = [CITY('Lima', 'PE', true), C('ES', ['Espagne'], ['espagnoles'])];
    expect(run('Lima a signé pour six hélicoptères, un achat payé surtout par des crédits de banques espagnoles.', 'fr', P).filter((f) => f.from.includes('Lima'))).toEqual([]);
  });
  it('the object of a verb in a relative clause on cargo is that cargo ("the shells that X has sent")', () => {
    const P = [C('KP', ['North Korea', 'Corée du Nord']), C('RU', ['Russia', 'Russie'])];
    expect(triples(run('These are the shells and missiles that North Korea has sent to Russia.', 'en', P))).toEqual(['KP>RU:missiles', 'KP>RU:munitions']);
    expect(triples(run('Ce sont des obus que la Corée du Nord a livrés à la Russie.', 'fr', P))).toEqual(['KP>RU:munitions']);
  });
  it('"the Baltic port of Gdynia": the place after "of" is the end, the region before the place noun only locates it', () => {
    const P = [C('US', ['United States']), C('RO', ['Romania']), CITY('Constanta', 'RO'), { key: 'Black Sea', kind: 'other' as const, names: ['Black Sea'] }];
    expect(triples(run('The United States sold 20 howitzers to Romania. The guns were unloaded at the Black Sea port of Constanta.', 'en', P))).toEqual(['US>Constanta@RO:weapons', 'US>RO:weapons']);
  });
  it('a verb opened by ", e"/", and" shares the first verb\'s subject, not a place of the clause between', () => {
    const P = [C('CL', ['Chile']), C('VE', ['Venezuela'], ['venezuelanos']), REGION('Tarapacá', 'CL'), C('PE', ['Peru']), C('CO', ['Colômbia'], ['colombianos'])];
    const fs = run('O Chile recebeu 900 venezuelanos que passaram pela região de Tarapacá, informou o governo, e acolheu 300 colombianos vindos do Peru.', 'pt', P);
    expect(triples(fs)).toContain('PE>CL:people');
    expect(triples(fs)).not.toContain('PE>Tarapacá@CL:people');
  });
  it('a named aircraft carrying goods is only their carrier; singular patrol ships are vehicles', () => {
    const P = [C('CA', ['Canada']), CITY('Halifax', 'CA'), C('JM', ['Jamaica']), C('ES', ['Espanha']), C('GQ', ['Guiné Equatorial'])];
    expect(triples(run('Canada dispatched a C-17 Globemaster with 30 tonnes of supplies from Halifax to Jamaica.', 'en', P))).toEqual(['Halifax@CA>JM:aid']);
    expect(triples(run('A Espanha cedeu à Guiné Equatorial um navio-patrulha usado.', 'pt', P))).toEqual(['ES>GQ:vehicles']);
  });
  it('troops or people of one country said to be in another were sent there', () => {
    const P = [C('BY', ['Bielorrússia'], ['bielorrussos']), C('UA', ['Ucrânia'], ['ucranianos']), REGION('Grodno', 'BY', ['região de Grodno']), C('RU', ['Rússia'], ['russos']), C('FR', ['France'], ['French']), C('TD', ['Chad'])];
    const fs = run('Segundo fontes militares, mais de 4 mil soldados russos estão na região de Grodno.', 'pt', P);
    expect(triples(fs)).toEqual(['RU>Grodno@BY:troops']);
    expect(fs[0]).toMatchObject({ quantity: 4000, status: 'reported' });
    expect(triples(run('Some 1,500 French troops remain in Chad.', 'en', P))).toEqual(['FR>TD:troops']);
    // At home, or with nothing but a presence verb, no flow.
    expect(run('Os soldados ucranianos estão na Ucrânia.', 'pt', P)).toEqual([]);
    expect(run('As negociações estão na fase final em Grodno.', 'pt', P)).toEqual([]);
  });
  it('a trip with stops lists each country visited', () => {
    const fs = run('Na próxima semana o ministro brasileiro parte numa viagem com passagens por Senegal, Angola e Namíbia.', 'pt', W);
    expect(triples(fs)).toEqual(['BR>AO:visit', 'BR>NA:visit', 'BR>SN:visit']);
  });
});

describe('status: who is the source of an attribution', () => {
  const W: HandPlace[] = [
    ...WORLD,
    C('KR', ['Coreia do Sul', 'South Korea'], ['sul-coreano', 'South Korean']),
    C('EG', ['Egito', 'Egypt', 'Egipto', 'Égypte'], ['egípcio', 'Egyptian', 'egipcio', 'égyptien', 'égyptienne']),
    C('TD', ['Chade', 'Chad', 'Tchad'], ['chadiano', 'tchadien', 'tchadienne', 'tchadiennes']),
  ];
  const statuses = (text: string, lang: Lang): string[] => run(text, lang, W).map((f) => `${f.from}>${f.to}:${f.status}`).sort();

  it('a party announcing its own transfer states it', () => {
    expect(statuses('Turkey delivered 40 armoured vehicles to Syria last week, the Turkish defence ministry said.', 'en')).toEqual(['TR>SY:stated']);
    expect(statuses('O Egito enviou 300 toneladas de alimentos ao Chade, informou o governo egípcio.', 'pt')).toEqual(['EG>TD:stated']);
    expect(statuses('Egipto envió 300 toneladas de alimentos a Chad, según la cancillería egipcia.', 'es').every((x) => x.endsWith(':stated'))).toBe(true);
    expect(statuses("Le Tchad a reçu 12 blindés de la Turquie, a indiqué le ministère tchadien.", 'fr')).toEqual(['TR>TD:stated']);
    expect(statuses('Turkey delivered 40 armoured vehicles to Syria, the ministry said.', 'en')).toEqual(['TR>SY:stated']);
    // its armed forces, a state directorate, its own note or statement
    expect(statuses("Le Tchad a reçu 12 blindés de la Turquie, a indiqué l'armée tchadienne.", 'fr')).toEqual(['TR>TD:stated']);
    expect(statuses("L'Égypte a expulsé 300 migrants vers le Tchad, a indiqué la Direction générale des migrations égyptienne.", 'fr')).toEqual(['EG>TD:stated']);
    expect(statuses('Egipto envió 300 toneladas de alimentos a Chad, según el comunicado.', 'es')).toEqual(['EG>TD:stated']);
    // its authorities; a "national" body is no nation of the UN kind
    expect(statuses("L'Égypte a expulsé 300 migrants vers le Tchad, selon les autorités tchadiennes.", 'fr')).toEqual(['EG>TD:stated']);
    expect(statuses('O Chade recebeu 12 blindados do Egito, informou o Comitê Estatal de Segurança Nacional.', 'pt')).toEqual(['EG>TD:stated']);
  });

  it('a third party, or an official of another country, only reports it', () => {
    expect(statuses('Turkey delivered 40 armoured vehicles to Syria, according to the UN agency.', 'en')).toEqual(['TR>SY:reported']);
    // a statement or a director of someone else
    expect(statuses('Turkey delivered 40 armoured vehicles to Syria, according to a statement from Amnesty International.', 'en')).toEqual(['TR>SY:reported']);
    expect(statuses('Turkey delivered 40 armoured vehicles to Syria, according to the director of the CIA.', 'en')).toEqual(['TR>SY:reported']);
    expect(statuses('North Korea shipped a million shells to Russia, the South Korean defence ministry said.', 'en')).toEqual(['KP>RU:reported']);
    expect(statuses('O Egito enviou 300 toneladas de alimentos ao Chade, segundo investigadores.', 'pt')).toEqual(['EG>TD:reported']);
    expect(statuses('La Turquie a livré 40 blindés à la Syrie, selon des ONG.', 'fr')).toEqual(['TR>SY:reported']);
    expect(statuses('Turkey delivered 40 armoured vehicles to Syria, a UN report says.', 'en')).toEqual(['TR>SY:reported']);
    expect(statuses('Turkey delivered 40 armoured vehicles to Syria, the report documents.', 'en')).toEqual(['TR>SY:reported']);
  });
});

describe('places that are not ends', () => {
  it('nationals flown home: their demonym is the cargo, not the origin', () => {
    const fs = run('Um avião pousou em Kyiv com 200 ucranianos retirados da Polônia.', 'pt');
    expect(fs.some((f) => f.from === 'UA' && f.to === 'Kyiv@UA')).toBe(false);
  });

  it('a regional adjective on "o país" describes the country just named, not a region', () => {
    const defs: HandPlace[] = [
      ...WORLD,
      C('HT', ['Haiti'], ['haitianos']),
      C('CA', ['Canadá'], ['canadenses']),
      { key: 'Caribe', kind: 'other', names: ['Caribe'], demonyms: ['caribenho'] },
    ];
    const fs = run('A missão chegou ao Haiti em junho. O país caribenho também recebeu veículos blindados do Canadá.', 'pt', defs);
    expect(fs.some((f) => f.to === 'Caribe')).toBe(false);
  });
});

describe('rules from heldout16 (general, own sentences)', () => {
  const W: HandPlace[] = [
    ...WORLD,
    C('FR', ['França', 'France', 'Francia'], ['francês', 'French', 'franceses', 'français']),
    C('PL2', ['Pologne']),
    C('IQ', ['Irak']),
    CITY('Kuala Lumpur', 'MY', true),
  ];
  it('goods sent back in the passive go from the agent, and stay goods', () => {
    expect(triples(run('Cem artefatos saqueados foram devolvidos à Síria pela Alemanha.', 'pt', W))).toEqual(['DE>SY:other']);
    expect(triples(run('Doscientos fósiles fueron devueltos a China por Alemania.', 'es', W))).toEqual(['DE>CN:other']);
    // A participle on the subject ("retiradas da Índia") leaves what is returned before it.
    const fs = run('Sessenta relíquias retiradas ilegalmente da Índia foram devolvidas à Índia pela Alemanha.', 'pt', W);
    expect(triples(fs)).toEqual(['DE>IN:other']);
    expect(fs[0]!.quantity).toBe(60);
  });
  it('Portuguese "encomendar a X" and "comprar a X": bought from X, but not goods "destinados à" a place', () => {
    expect(triples(run('A Índia recebeu os primeiros 5 dos 26 caças encomendados à França.', 'pt', W))).toEqual(['FR>IN:vehicles']);
    expect(triples(run('A Índia comprou drones à China.', 'pt', W))).toEqual(['CN>IN:weapons']);
    expect(run('A Polônia aprovou a compra de drones destinados à Ucrânia.', 'pt', W).some((f) => f.from === 'UA')).toBe(false);
    expect(run('A Polônia comprou drones destinados à Ucrânia.', 'pt', W).some((f) => f.from === 'UA')).toBe(false);
  });
  it('troops sent by a country who then arrive somewhere make one flow there', () => {
    const fs = run("Quelque 200 soldats envoyés par l'Allemagne sont arrivés en Pologne.", 'fr', W);
    expect(triples(fs)).toEqual(['DE>PL2:troops']);
    expect(fs[0]!.quantity).toBe(200);
  });
  it('trainees trained at home and abroad: the place abroad trains, the place at home receives', () => {
    const fs = run('Os soldados da Malásia serão treinados na China e em Kuala Lumpur.', 'pt', W);
    expect(fs.some((f) => f.from === 'Kuala Lumpur@MY' || f.to === 'CN')).toBe(false);
    expect(triples(fs)).toEqual(['CN>MY:training']);
    // Two trainee countries both receive.
    const two = run('Os pilotos do Chile e do Peru serão treinados em Lisboa.', 'pt', [...W, C('CL', ['Chile']), C('PE', ['Peru']), CITY('Lisboa', 'PT', true)]);
    expect(triples(two)).toEqual(['Lisboa@PT>CL:training', 'Lisboa@PT>PE:training']);
  });
  it('buyers named by the goods they make are the destination, and those goods are not the cargo', () => {
    expect(triples(run('La India vendió 9.000 toneladas de arroz a productores de harina de Siria.', 'es', W))).toEqual(['IN>SY:other']);
  });
  it('a bare measure sold in the passive repeats the latest transfer and its giver', () => {
    const fs = run('Turquía exportó 80.000 toneladas de harina a Irak en marzo. Después, cerca de 30.000 toneladas fueron enviadas a Siria.', 'es', W);
    expect(fs.find((f) => f.to === 'SY')).toMatchObject({ from: 'TR', category: 'other', quantity: 30000 });
  });
  it('a company announcing its own sale, named by nationality in the attribution, gives for its country', () => {
    const W2: HandPlace[] = [...W, C('TH', ['Thailand']), C('KR', ['South Korea'], ['South Korean']), C('GR', ['Grèce'], ['grec'])];
    expect(triples(run('Hanwha will ship 24 self-propelled howitzers to Thailand in 2027, the South Korean manufacturer said.', 'en', W2))).toEqual(['KR>TH:weapons']);
    expect(triples(run('Naval Group livrera deux frégates à la Grèce, a indiqué le groupe français.', 'fr', W2))).toEqual(['FR>GR:vehicles']);
    // A ministry or a third party names no giver.
    // (A company the lexicon does not know: Hanwha itself is South Korean, a fact the flows now know.)
    expect(run('Kolvex will ship 24 howitzers to Thailand, the South Korean analysts said.', 'en', W2).some((f) => f.from === 'KR')).toBe(false);
  });
  it('people evacuated or repatriated come from where they were, and end in the city they land in', () => {
    const W2: HandPlace[] = [...W, C('ES', ['Espanha'], ['espanhóis']), C('SD', ['Sudão']), C('LB', ['Líbano']), CITY('Madri', 'ES', true)];
    expect(triples(run('A Espanha evacuou 90 cidadãos retidos no Sudão.', 'pt', W2))).toEqual(['SD>ES:people']);
    const fs = run('A Espanha repatriou 45 espanhóis que estavam no Líbano num avião militar que aterrou em Madri.', 'pt', W2);
    expect(triples(fs)).toEqual(['LB>Madri@ES:people']);
    expect(fs[0]!.quantity).toBe(45);
  });
  it('the aircraft people travel aboard are no cargo, even counted; a part of a possessed whole is counted', () => {
    const W2: HandPlace[] = [...W, C('JP', ['Japon']), C('SD', ['Soudan'])];
    const fs = run('Le Japon a évacué à bord de trois avions 60 de ses ressortissants bloqués au Soudan.', 'fr', W2);
    expect(triples(fs)).toEqual(['SD>JP:people']);
    expect(fs[0]!.quantity).toBe(60);
  });
  it('a stopover on the way is no end, and an offer to send is only planned', () => {
    const W2: HandPlace[] = [...W, C('SG', ['Singapour']), C('NZ', ['Nouvelle-Zélande']), C('BJ', ['Bénin']), CITY('Nouméa', 'FR')];
    expect(triples(run("L'Inde a envoyé 300 soldats au Bénin par un vol militaire faisant escale à Singapour.", 'fr', W2))).toEqual(['IN>BJ:troops']);
    expect(run("La Nouvelle-Zélande a proposé d'envoyer 50 policiers à Nouméa.", 'fr', W2).map((f) => f.status)).toEqual(['planned']);
  });
  it('number words, compounds included', () => {
    const q = (text: string, lang: Lang): number | null | undefined => run(text, lang, W)[0]?.quantity;
    expect(q('A Alemanha enviou setenta e dois tanques à Ucrânia.', 'pt')).toBe(72);
    expect(q('Alemania envió ochenta blindados a Ucrania.', 'es')).toBe(80);
    expect(q('Germany sent sixty tanks to Ukraine.', 'en')).toBe(60);
  });
});

describe('rules from heldout17 (general, own sentences)', () => {
  const W: HandPlace[] = [
    ...WORLD,
    C('FR', ['França', 'France', 'Francia'], ['français']),
    C('AO', ['Angola']),
    C('MX', ['México']),
    C('NO', ['Norway']),
    C('CL', ['Chile']),
    C('VE', ['Venezuela']),
    C('GE', ['Géorgie'], ['géorgienne']),
    C('US', ['États-Unis', 'Estados Unidos']),
    C('PE', ['Peru', 'Perú'], ['peruanos']),
    CITY('Arequipa', 'PE'),
    REGION('Arizona', 'US'),
  ];
  it('investing is a money flow to where the money goes, in each language', () => {
    expect(triples(run('A China investiu US$ 3 bilhões em Angola.', 'pt', W))).toEqual(['CN>AO:money']);
    expect(triples(run('Alemania invirtió 500 millones de euros en México.', 'es', W))).toEqual(['DE>MX:money']);
    expect(triples(run("La France a investi 2 milliards d'euros en Géorgie.", 'fr', W))).toEqual(['FR>GE:money']);
    const fs = run("India's Tata group will invest $2 billion in plants in Poland.", 'en', W);
    expect(triples(fs)).toEqual(['IN>PL:money']);
    expect(fs[0]).toMatchObject({ quantity: 2e9, status: 'planned' });
  });
  it('"prendre livraison de" receives', () => {
    expect(triples(run("Tbilissi n'est pas en cause : la Géorgie a pris livraison de douze blindés turcs.", 'fr', [...W, C('TR2', ['Turquie'], ['turcs'])]))).toEqual(['TR2>GE:vehicles']);
  });
  it('what a payment is made with travels with the money', () => {
    const fs = run('A Venezuela pagou os drones com petróleo enviado ao Irã.', 'pt', W);
    expect(fs.find((f) => f.category === 'oil')).toMatchObject({ from: 'VE', to: 'IR' });
  });
  it('an import with no source named does not come from a country the importer only sold to', () => {
    const fs = run('Chile sold 2 million tonnes of copper to Norway last year. Chile also buys gas abroad these days.', 'en', W);
    expect(fs.some((f) => f.from === 'NO')).toBe(false);
  });
  it('an arrival, then people sent away from a place: one flow from there to the city they land in', () => {
    const fs = run('Ayer aterrizaron en Arequipa tres vuelos con peruanos deportados desde Arizona.', 'es', W);
    expect(triples(fs)).toEqual(['Arizona@US>Arequipa@PE:people']);
  });
  it('what a country "has yet to" deliver is only planned', () => {
    const fs = run('Russia has yet to deliver 10 tanks to India.', 'en', W);
    expect(triples(fs)).toEqual(['RU>IN:vehicles']);
    expect(fs[0]!.status).toBe('planned');
  });
});

describe('rules from heldout18 (general, own sentences)', () => {
  const W: HandPlace[] = [
    ...WORLD,
    C('FR', ['France'], ['français']),
    C('SN', ['Sénégal'], ['sénégalais']),
    C('AO', ['Angola']),
    C('NO', ['Noruega']),
    C('PY', ['Paraguai']),
    C('BR', ['Brasil'], ['brasileiro']),
    C('MG', ['Madagáscar']),
    C('OM', ['Omã']),
    C('GT', ['Guatemala']),
    C('HN', ['Honduras']),
    C('PT', ['Portugal'], ['portugueses']),
    C('LB', ['Líbano']),
    CITY('Beirute', 'LB', true),
  ];
  it('electricity measured in its units is goods of its own', () => {
    const fs = run('Honduras compró el mes pasado 90 megavatios a Guatemala.', 'es', W);
    expect(triples(fs)).toEqual(['GT>HN:other']);
    expect(fs[0]!.quantity).toBe(90);
  });
  it('a donation of goods the lexicon does not name is aid (not when the goods come before the verb)', () => {
    expect(triples(run('Brasília anunciou que o Brasil deverá doar 12 mil doses de soro ao Paraguai.', 'pt', W))).toEqual(['BR>PY:aid']);
    expect(run('O navio-patrulha que o Brasil doou ao Paraguai chegou ontem.', 'pt', W).some((f) => f.category === 'aid')).toBe(false);
  });
  it('funding the work done in a place funds that place (a finite verb, not a purpose infinitive)', () => {
    expect(triples(run('A Noruega financia há anos a reconstrução de escolas em Angola.', 'pt', W))).toEqual(['NO>AO:money']);
  });
  it('a place framing the sentence receives what an unplaced subject receives', () => {
    expect(triples(run('Em Madagáscar, a companhia elétrica recebeu 8 mil barris de gasóleo provenientes de Omã.', 'pt', W))).toEqual(['OM>MG:oil']);
  });
  it('"remettre" hands over; trainers named by nationality after "par" train', () => {
    expect(triples(run('La France a remis au Sénégal trois patrouilleurs.', 'fr', W))).toEqual(['FR>SN:vehicles']);
    expect(triples(run('Vingt pilotes sénégalais ont été formés par des instructeurs français.', 'fr', W))).toEqual(['FR>SN:training']);
  });
  it('a single aircraft is cargo when sent, and no cargo when people travel aboard it', () => {
    expect(triples(run('A Rússia enviou um helicóptero ao Irã.', 'pt', W))).toEqual(['RU>IR:vehicles']);
    const fs = run('Portugal repatriou 80 portugueses num avião fretado que partiu de Beirute.', 'pt', W);
    expect(fs.some((f) => f.category === 'vehicles')).toBe(false);
  });
});

describe('rules from heldout19 (general, own sentences)', () => {
  it('an end taken from the discourse within one country is kept', () => {
    const W: HandPlace[] = [...WORLD, C('AR', ['Argentina']), CITY('Mendoza', 'AR'), CITY('Córdoba', 'AR'), CITY('Rosario', 'AR')];
    const fs = run('El trigo llegó a Mendoza desde Córdoba. Más tarde el trigo fue enviado a Rosario.', 'es', W);
    expect(triples(fs)).toEqual(['Córdoba@AR>Mendoza@AR:other', 'Córdoba@AR>Rosario@AR:other']);
  });
  it('an end taken from the discourse never reverses a flow between the same two countries', () => {
    const W: HandPlace[] = [...WORLD, C('AR', ['Argentina'], ['argentinas']), C('BR', ['Brasil']), CITY('Rosario', 'AR')];
    const fs = run('El maíz llegó a Rosario desde Brasil. Mientras tanto, las ventas argentinas de trigo bajaron.', 'es', W);
    expect(triples(fs)).toEqual(['BR>Rosario@AR:other']);
  });
  const W: HandPlace[] = [
    ...WORLD,
    C('MX', ['México']), C('PE', ['Perú'], ['peruanos']), C('CO', ['Colombia']), C('FR', ['France']), C('IQ', ['Irak']),
    C('CV', ['Cabo Verde']), C('PT', ['Portugal']),
  ];
  it('a relative clause set off by commas before the destination does not hide it', () => {
    const fs = run('México donó 9.000 dosis de vacunas, que protegen contra la fiebre amarilla, a Perú.', 'es', W);
    expect(triples(fs)).toEqual(['MX>PE:aid']);
    expect(fs[0]!.quantity).toBe(9000);
  });
  it('people brought home come from the place of the relative clause on them, past an apposition', () => {
    const fs = run("La France a rapatrié mardi 30 de ses ressortissants, 12 femmes et 18 enfants, qui étaient retenus dans un camp du nord de l'Irak.", 'fr', W);
    expect(triples(fs)).toEqual(['IQ>FR:people']);
  });
  it('foreigners "repatriated" are sent home; a carrier\'s nationality is not the people\'s', () => {
    expect(triples(run('Colombia repatrió a 40 presos peruanos que cumplían condena en Colombia.', 'es', W))).toEqual(['CO>PE:people']);
    const P = [C('ES', ['Spain']), C('LB', ['Lebanon']), C('QA', ['Qatar'], ['Qatari'])];
    expect(triples(run('Aboard a Qatari plane, Spain evacuated 90 citizens from Lebanon.', 'en', P))).toEqual(['LB>ES:people']);
  });
  it('scholarship holders are people', () => {
    expect(triples(run('Portugal recebeu 900 bolseiros de Cabo Verde.', 'pt', W))).toEqual(['CV>PT:people']);
  });
});

describe('rules from heldout20 (general, own sentences)', () => {
  const W: HandPlace[] = [...WORLD, C('CL', ['Chile']), C('PE', ['Peru']), C('TH', ['Thailand']), C('US', ['United States'])];
  it('importing goods the lexicon does not know, measured, is trade from the "de" place', () => {
    const fs = run('O Chile importou 12 mil toneladas de farinha de peixe do Peru no trimestre.', 'pt', W);
    expect(triples(fs)).toEqual(['PE>CL:other']);
    expect(fs[0]!.quantity).toBe(12000);
  });
  it('forces after "to" receive; they are not troops sent', () => {
    expect(triples(run("Germany sold 300 rifles to Kenya's armed forces.", 'en', [...W, C('KE', ['Kenya'])]))).toEqual(['DE>KE:weapons']);
  });
});

describe('fixtures (hand-listed places)', () => {
  it('F1 >= 0.8 on the sets used for fixes, a floor on the newest one, zero reversed flows on all', () => {
    const all = empty();
    const newest = new Map<string, ReturnType<typeof empty>>();
    for (const a of loadFixtures()) {
      const places = handPlaces(a.body, a.places);
      const s = scoreArticle(a, places, extractFlows(a.body, places, a.lang));
      if (a.set in NEWEST_SETS) {
        if (!newest.has(a.set)) newest.set(a.set, empty());
        addScore(newest.get(a.set)!, s);
      } else addScore(all, s);
    }
    expect(all.reversed).toBe(0);
    expect(prf(all).f1).toBeGreaterThanOrEqual(0.8);
    for (const [set, s] of newest) {
      expect(s.reversed, set).toBe(0);
      expect(prf(s).f1, set).toBeGreaterThanOrEqual(NEWEST_SETS[set]!);
    }
  });
});

const ARTICLE = SAMPLE_ARTICLE;
const present = existsSync(ARTICLE);
if (!present) console.warn(`flows sample test: ${ARTICLE} not found — skipping the sample-article checks`);

describe.skipIf(!present)('sample article lavrov-kim-wonsan.pt (hand-listed places)', () => {
  const text = present ? readFileSync(ARTICLE, 'utf8') : '';
  const defs: HandPlace[] = [
    C('RU', ['Rússia'], ['russo', 'russa', 'russos', 'russas']),
    C('KP', ['Coreia do Norte'], ['norte-coreano', 'norte-coreana', 'norte-coreanos', 'norte-coreanas']),
    C('UA', ['Ucrânia']),
    C('US', ['Estados Unidos']),
    C('KR', ['Coreia do Sul']),
    C('JP', ['Japão']),
    C('MY', ['Malásia']),
    CITY('Wonsan', 'KP'),
    CITY('Pyongyang', 'KP', true),
    CITY('Moscou', 'RU', true),
    REGION('Kursk', 'RU', ['região de Kursk']),
    { key: 'SEA', kind: 'other', names: ['Sudeste Asiático'] },
  ];
  const flows = present ? extractFlows(text, handPlaces(text, defs), 'pt') : [];
  const get = (k: string): Flow | undefined => flows.find((f) => `${f.from}>${f.to}:${f.category}` === k);

  it('yields the flows the README lists', () => {
    for (const k of ['KP>RU:troops', 'KP>RU:munitions', 'KP>RU:missiles', 'KP>RU:vehicles', 'KP>Kursk@RU:troops', 'RU>KP:technology', 'RU>KP:training', 'RU>KP:oil', 'RU>KP:money']) {
      expect(get(k), k).toBeDefined();
    }
    expect(get('KP>RU:troops')).toMatchObject({ quantity: 14000, qualifier: 'more than', quantityText: 'mais de 14 mil' });
    expect(get('KP>RU:munitions')).toMatchObject({ quantity: null, magnitude: 1e6 });
    expect(get('RU>KP:training')!.status).toBe('reported');
  });

  it('and no flow the article does not state', () => {
    const allowed = new Set([
      'KP>RU:troops', 'KP>RU:munitions', 'KP>RU:missiles', 'KP>RU:vehicles', 'KP>Kursk@RU:troops', 'RU>KP:technology',
      'RU>KP:training', 'RU>KP:oil', 'RU>KP:money',
      'KP>RU:weapons', // "o envio de tropas e armamentos norte-coreanos em apoio à Rússia"
      'MY>KP:visit', // "Lavrov chegou ao país ... após participar de uma reunião ... na Malásia"
    ]);
    expect(triples(flows).filter((k) => !allowed.has(k))).toEqual([]);
  });

  it('quotes are verbatim sentences', () => {
    for (const f of flows) for (const q of f.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(get('KP>Kursk@RU:troops')!.quotes[0]!.text).toContain('região de Kursk');
  });
});

describe('clause context', () => {
  it('where an event was held is no end of the transfer announced at it', () => {
    const P = [C('ES', ['Espanha']), C('PE', ['Peru']), CITY('Madrid', 'ES', true), C('DE', ['Germany']), C('LT', ['Lithuania']), CITY('Vilnius', 'LT', true)];
    expect(triples(run('A Espanha entregou ontem ao Peru duas corvetas, numa cerimónia em Madrid.', 'pt', P))).toEqual(['ES>PE:vehicles']);
    expect(triples(run('Germany handed four howitzers over to Lithuania at a ceremony in Vilnius on Friday.', 'en', P))).toEqual(['DE>LT:weapons']);
  });

  it('a state institution named without its country gives for the latest giver ("the navy also donated")', () => {
    const P = [C('NO', ['Norway']), C('EE', ['Estonia']), C('LV', ['Latvia']), C('CL', ['Chile']), C('UY', ['Uruguay']), C('PY', ['Paraguay'])];
    expect(triples(run('Norway sent two radars to Estonia in May. The navy also donated three boats to Latvia.', 'en', P))).toEqual([
      'NO>EE:technology',
      'NO>LV:vehicles',
    ]);
    expect(triples(run('Chile envió ayuda a Uruguay. El Ejército también donó dos helicópteros a Paraguay.', 'es', P))).toEqual(['CL>PY:vehicles', 'CL>UY:aid']);
    // with no giver before it, nothing is invented
    expect(triples(run('The navy donated three boats to Latvia.', 'en', P))).toEqual([]);
  });

  it('troops leaving another country go home; stationed there then leaving is one flow home', () => {
    const P = [C('BE', ['Belgique'], ['belges']), C('CF', ['Centrafrique']), C('GB', ['Britain'], ['British']), C('CY', ['Cyprus']), CITY('Bangui', 'CF', true), CITY('Londres', 'GB', true)];
    expect(triples(run('Les derniers soldats belges ont quitté la Centrafrique jeudi.', 'fr', P))).toEqual(['CF>BE:troops']);
    expect(triples(run('Les militaires belges déployés en Centrafrique ont quitté samedi le camp de Bangui.', 'fr', P))).toEqual(['CF>BE:troops']);
    expect(triples(run('The last British soldiers left Cyprus on Monday.', 'en', P))).toEqual(['CY>GB:troops']);
  });

  it('a closing attribution in Romance order names no end ("…, a annoncé le ministère à Londres")', () => {
    const P = [C('BE', ['Belgique'], ['belges']), C('CF', ['Centrafrique']), C('GB', ['Royaume-Uni']), CITY('Londres', 'GB', true)];
    expect(triples(run('La Belgique a livré quatre blindés à la Centrafrique, a ajouté mardi un diplomate à Londres.', 'fr', P))).toEqual(['BE>CF:vehicles']);
  });

  it('the agent of a participle on a vehicle is not the sender ("en un avión fletado por…")', () => {
    const P = [C('MX', ['México']), C('CA', ['Canadá']), C('PA', ['Panamá'])];
    expect(triples(run('Los 60 migrantes fueron trasladados a Panamá en un avión fletado por Canadá.', 'es', P))).toEqual([]);
    expect(triples(run('Los 60 migrantes fueron trasladados a Panamá por México.', 'es', P))).toEqual(['MX>PA:people']);
  });

  it('"do país" (of the country) is the country the sentence names, unlike "no país"', () => {
    const P = [C('CL', ['Chile']), C('IN', ['Índia']), CITY('Lima', 'PE', true), CITY('Seul', 'KR', true)];
    const text = 'O Chile vendeu fragatas à Índia. O governo de Lima também comprou navios, e a Marinha do país recebeu dois patrulheiros de Seul em março.';
    const got = triples(run(text, 'pt', P));
    expect(got).toContain('Seul@KR>Lima@PE:vehicles');
    expect(got).not.toContain('Seul@KR>CL:vehicles');
  });

  it('an apposition between a cargo subject and its verb is skipped ("Unos 300 soldados chilenos, …, llegaron")', () => {
    const P = [C('CL', ['Chile'], ['chilenos']), C('HT', ['Haití']), CITY('Valdivia', 'CL')];
    expect(triples(run('Unos 300 soldados chilenos, casi todos del Regimiento Sur, con base en Valdivia, llegaron el viernes a Haití.', 'es', P))).toEqual(['CL>HT:troops']);
  });

  it('"300 of them" repeats the latest cargo, also after the receiver ("supply Vietnam with 300 of them")', () => {
    const P = [C('JP', ['Japan']), C('IN', ['India']), C('US', ['United States']), C('VN', ['Vietnam'])];
    const fs = run('Japan sold 500 missiles to India. Two years later the United States offered to supply Vietnam with 300 of them.', 'en', P);
    expect(triples(fs)).toEqual(['JP>IN:missiles', 'US>VN:missiles']);
    expect(fs.find((f) => f.from === 'US')!.quantity).toBe(300);
  });

  it('taking off is leaving ("ont décollé d\'Istres pour Doha", "took off from … for …")', () => {
    const P = [CITY('Istres', 'FR'), CITY('Doha', 'QA', true), CITY('Recife', 'BR'), CITY('Lisboa', 'PT', true)];
    expect(triples(run("Quatre Rafale ont décollé lundi d'Istres pour Doha.", 'fr', P))).toEqual(['Istres@FR>Doha@QA:vehicles']);
    expect(triples(run('Two cargo jets carrying 30 tonnes of vaccines took off from Recife for Lisboa.', 'en', P))).toEqual(['Recife@BR>Lisboa@PT:aid']);
  });

  it('a plane "with" counted people carries them, whatever its model and owner ("um avião C-295 da Marinha Portuguesa com 52 portugueses")', () => {
    const P = [C('PT', ['Portugal'], ['Portuguesa', 'portugueses']), C('SD', ['Sudão']), CITY('Faro', 'PT')];
    const fs = run('Um avião C-295 da Marinha Portuguesa com 52 portugueses retirados do Sudão pousou ontem em Faro.', 'pt', P);
    expect(triples(fs)).toEqual(['SD>Faro@PT:people']);
    expect(fs[0]!.quantity).toBe(52);
  });

  it('the means of transport after the verb is no cargo ("despegaron de Monterrey en aviones de la Policía")', () => {
    const P = [CITY('Monterrey', 'MX'), CITY('Houston', 'US'), C('PE', ['Perú']), C('CO', ['Colombia'])];
    expect(triples(run('Los detenidos despegaron de Monterrey en aviones de la Policía rumbo a Houston.', 'es', P))).toEqual(['Monterrey@MX>Houston@US:people']);
    // a number of aircraft sent is still the cargo
    expect(triples(run('Perú envió a Colombia dos aviones de transporte.', 'es', P))).toEqual(['PE>CO:vehicles']);
  });

  it('a comparative "que" opens no relative clause ("un 8 % más que en abril, … procedentes de Perú")', () => {
    const P = [C('CL', ['Chile']), C('PE', ['Perú']), C('EC', ['Ecuador'])];
    const text = 'Chile compró en mayo 50 millones de litros de gasolina, un 8 % más que en abril, casi todos procedentes de Perú y Ecuador.';
    expect(triples(run(text, 'es', P))).toEqual(['EC>CL:oil', 'PE>CL:oil']);
  });

  it('a bare transfer noun with no cargo carries the sentence\'s previous cargo ("while shipments to Tunisia fell")', () => {
    const P = [C('CA', ['Canada'], ['Canadian', 'canadiennes']), C('EG', ['Egypt', 'Égypte']), C('TN', ['Tunisia', 'Tunisie'])];
    expect(triples(run('Canadian wheat exports to Egypt rose sharply, while shipments to Tunisia fell.', 'en', P))).toEqual(['CA>EG:other', 'CA>TN:other']);
    expect(triples(run("Les exportations canadiennes de blé vers l'Égypte ont doublé, tandis que les expéditions vers la Tunisie ont reculé.", 'fr', P))).toEqual(['CA>EG:other', 'CA>TN:other']);
  });

  it('givers listed after "dont" / "including" give; accepting is receiving', () => {
    const P = [C('TN', ['Tunisie', 'Tunisia']), C('IT', ['Italie', 'Italy']), C('DE', ['Allemagne', 'Germany'])];
    expect(triples(run("La Tunisie a finalement accepté une aide de trois pays, dont l'Italie et l'Allemagne.", 'fr', P))).toEqual(['DE>TN:aid', 'IT>TN:aid']);
    expect(triples(run('Tunisia accepted aid from three countries, including Italy and Germany.', 'en', P))).toEqual(['DE>TN:aid', 'IT>TN:aid']);
  });

  it('"to Laos and another 300 to Cambodia": a second destination after an elliptical quantity, with that quantity', () => {
    const P = [C('JP', ['Japan']), C('LA', ['Laos']), C('KH', ['Cambodia']), C('BR', ['Brasil'], ['brasileiro']), C('AO', ['Angola']), C('NA', ['Namíbia'])];
    const fs = run('Japan will send 500 tonnes of rice to Laos and another 300 to Cambodia.', 'en', P);
    expect(triples(fs)).toEqual(['JP>KH:other', 'JP>LA:other']);
    expect(fs.find((f) => f.to === 'KH')!.quantity).toBe(300);
    expect(fs.find((f) => f.to === 'LA')!.quantity).toBe(500);
    const pt = run('O Brasil deverá doar 2.000 toneladas de milho a Angola e outras 900 à Namíbia.', 'pt', P);
    expect(pt.find((f) => f.to === 'NA')!.quantity).toBe(900);
  });

  it('a participle after a cargo noun and its model name with a number modifies the cargo ("aviones Cessna 208 donados por")', () => {
    const P = [C('PE', ['Perú']), C('CO', ['Colombia'])];
    expect(triples(run('Perú recibió tres aviones Cessna 208 donados por Colombia.', 'es', P))).toEqual(['CO>PE:vehicles']);
  });

  it('goods and destinations that alternate pair up: each goods go to the destination that follows them', () => {
    const P = [C('PL', ['Poland', 'Polónia']), C('LT', ['Lithuania', 'Lituânia']), C('LV', ['Latvia', 'Letónia']), C('EE', ['Estonia'])];
    expect(triples(run('Poland sent 500 soldiers to Lithuania and 300 tanks to Latvia last month.', 'en', P))).toEqual(['PL>LT:troops', 'PL>LV:vehicles']);
    expect(triples(run('A Polónia mandou 200 militares para a Lituânia e 12 helicópteros para a Letónia.', 'pt', P))).toEqual(['PL>LT:troops', 'PL>LV:vehicles']);
    // shared goods go to every destination
    expect(triples(run('Poland sent tanks and rifles to Lithuania and Estonia.', 'en', P))).toEqual(['PL>EE:vehicles', 'PL>EE:weapons', 'PL>LT:vehicles', 'PL>LT:weapons']);
    // goods of one category counted apart for each destination: each count goes to its own destination
    const same = run('Poland sent 40 troops to Latvia and 25 troops to Estonia.', 'en', P);
    expect(triples(same)).toEqual(['PL>EE:troops', 'PL>LV:troops']);
    expect(same.map((f) => f.quantity)).toEqual([40, 25]);
    const sameEs = run('Polonia envió 80 blindados a Lituania y 30 blindados a Estonia.', 'es', [...P, C('PL', ['Polonia']), C('LT', ['Lituania'])]);
    expect(sameEs.map((f) => `${f.to}:${f.category}:${f.quantity}`)).toEqual(['LT:vehicles:80', 'EE:vehicles:30']);
    // counted apart for one destination: one flow
    expect(triples(run('Poland sent 500 soldiers and 300 military advisers to Lithuania.', 'en', P))).toEqual(['PL>LT:troops']);
  });

  it('a giving participle on the goods names the giver when the sender or receiver gives no place of its own', () => {
    const P = [C('NO', ['Noruega', 'Norway'], ['norueguês']), C('TZ', ['Tanzânia', 'Tanzania']), C('CL', ['Chile'], ['chilena']), C('JP', ['Japón']), { key: 'Patagonia', kind: 'region' as const, country: 'AR', names: ['Patagonia'], demonyms: [] }];
    expect(triples(run('A fundação despachou para a Tanzânia 900 caixas de antibióticos, doadas pelo Governo norueguês.', 'pt', P))).toEqual(['NO>TZ:aid']);
    expect(triples(run('The charity shipped 900 boxes of antibiotics to Tanzania donated by Norway.', 'en', P))).toEqual(['NO>TZ:aid']);
    // the receiver's nationality receives; the purpose clause's place is no destination
    expect(triples(run('La Armada chilena recibió tres lanchas patrulleras donadas por Japón para vigilar la Patagonia.', 'es', P))).toEqual(['JP>CL:vehicles']);
  });

  it('restitution verbs move goods; securing receives only the goods or transfer that is its object', () => {
    const P = [C('NL', ['Pays-Bas', 'Holanda', 'Países Bajos', 'Netherlands']), C('LK', ['Sri Lanka']), C('GH', ['Ghana']), C('KW', ['Kuwait']), C('IQ', ['Iraq'])];
    expect(triples(run('Les Pays-Bas ont restitué au Sri Lanka six statues anciennes.', 'fr', P))).toEqual(['NL>LK:other']);
    expect(triples(run('A Holanda restituiu ao Sri Lanka seis estátuas antigas.', 'pt', P))).toEqual(['NL>LK:other']);
    expect(triples(run('Los Países Bajos restituyeron a Ghana dos tronos reales.', 'es', P))).toEqual(['NL>GH:other']);
    expect(triples(run('Iraq has secured a $3 billion credit line from Kuwait.', 'en', P))).toEqual(['KW>IQ:money']);
    expect(triples(run('Iraq has secured a loan of $3 billion from Kuwait.', 'en', P))).toEqual(['KW>IQ:money']);
    expect(run('Kuwait said its envoy had secured the release of 40 detainees from Iraq.', 'en', P)).toEqual([]);
  });

  it('an object pronoun carries what the previous transfer of the sentence carried', () => {
    const P = [C('KR', ['South Korea', 'Corea del Sur', 'Coreia do Sul', 'Corée du Sud']), C('PL', ['Poland', 'Polonia', 'Polónia', 'Pologne']), C('UA', ['Ukraine', 'Ucrania', 'Ucrânia'])];
    expect(triples(run('South Korea sold howitzers to Poland, which later sent them to Ukraine.', 'en', P))).toEqual(['KR>PL:weapons', 'PL>UA:weapons']);
    expect(triples(run('Corea del Sur vendió obuses a Polonia, que los envió a Ucrania.', 'es', P))).toEqual(['KR>PL:weapons', 'PL>UA:weapons']);
    expect(triples(run('A Coreia do Sul vendeu obuses à Polónia, que os enviou à Ucrânia.', 'pt', P))).toEqual(['KR>PL:weapons', 'PL>UA:weapons']);
    expect(triples(run("La Corée du Sud a vendu des obusiers à la Pologne, qui les a livrés à l'Ukraine.", 'fr', P))).toEqual(['KR>PL:weapons', 'PL>UA:weapons']);
  });

  it('goods sent onward leave from where the previous transfer took them', () => {
    const P = [C('CZ', ['Czechia', 'Chéquia', 'Chequia', 'Tchéquie']), C('GE', ['Georgia', 'Geórgia', 'Géorgie']), C('RU', ['Russia', 'Rússia', 'Rusia', 'Russie'])];
    expect(triples(run('Sales of rifles from Czechia to Georgia doubled, and most were sent onward to Russia.', 'en', P))).toEqual(['CZ>GE:weapons', 'GE>RU:weapons']);
    expect(triples(run('A Chéquia vendeu fuzis à Geórgia e estes foram reexportados para a Rússia.', 'pt', P))).toEqual(['CZ>GE:weapons', 'GE>RU:weapons']);
    // the same giver's second verb keeps its giver
    expect(triples(run('Czechia sold rifles to Georgia and re-exported drones to Russia.', 'en', P))).toEqual(['CZ>GE:weapons', 'CZ>RU:weapons']);
  });

  it('reads the currencies of world news, and a currency after "in" as what a payment is made in', () => {
    const P = [C('CN', ['China', 'Chine']), C('TG', ['Togo']), C('KR', ['Coreia do Sul']), C('AO', ['Angola']), C('ZA', ['Sudáfrica']), C('MZ', ['Mozambique']), C('TR', ['Turquia']), C('RU', ['Rússia'], ['russo'])];
    const fr = run("La Chine a accordé au Togo un prêt de 60 milliards de francs CFA.", 'fr', P);
    expect(fr.map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}:${f.unit}`)).toEqual(['CN>TG:money:60000000000:XOF/XAF']);
    const pt = run('A Coreia do Sul emprestou a Angola 40 mil milhões de wons.', 'pt', P);
    expect(pt.map((f) => `${f.category}:${f.quantity}:${f.unit}`)).toEqual(['money:40000000000:KRW']);
    const es = run('Sudáfrica transfirió a Mozambique 900 millones de rands.', 'es', P);
    expect(es.map((f) => `${f.category}:${f.quantity}:${f.unit}`)).toEqual(['money:900000000:ZAR']);
    // paid in a currency: no money moves from the currency's country, and a payment for goods takes no
    // end from the goods' nationality
    expect(run('Os pagamentos foram feitos em liras e em rublos da Rússia.', 'pt', P)).toEqual([]);
    expect(triples(run('A Turquia comprou gás russo e os pagamentos foram feitos em liras.', 'pt', P))).toEqual(['RU>TR:oil']);
  });

  it('destinations joined across a relative clause on the first one are both destinations', () => {
    const P = [C('AR', ['Argentina']), C('PY', ['Paraguay', 'Paraguai']), C('UY', ['Uruguay', 'Uruguai']), C('BR', ['Brasil'])];
    const es = run('Argentina donó 80.000 vacunas a Paraguay, que vive una epidemia, y otras 20.000 a Uruguay.', 'es', P);
    expect(es.map((f) => `${f.to}:${f.quantity}`)).toEqual(['PY:80000', 'UY:20000']);
    expect(triples(run('O Brasil enviou tendas ao Paraguai, que sofre com cheias, e ao Uruguai.', 'pt', P))).toEqual(['BR>PY:aid', 'BR>UY:aid']);
    // a relative clause with goods of its own is a transfer of its own, not a conjunct
    expect(triples(run('Argentina envió trigo a Paraguay, que también compra maíz de Brasil.', 'es', P))).toEqual(['AR>PY:other', 'BR>PY:other']);
  });

  it('negotiations are plans; people familiar with talks are informants; a model number is no quantity', () => {
    const P = [C('ES', ['Spain', 'Espanha', 'Espagne', 'España']), C('PE', ['Peru', 'Pérou', 'Perú'])];
    const st = (t: string, l: Lang): string[] => run(t, l, P).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`);
    expect(st('Spain is now in talks to supply two corvettes to Peru.', 'en')).toEqual(['ES>PE:vehicles:planned']);
    expect(st('A Espanha negocia a venda de duas corvetas ao Peru.', 'pt')).toEqual(['ES>PE:vehicles:planned']);
    expect(st("L'Espagne négocie la vente de deux corvettes au Pérou.", 'fr')).toEqual(['ES>PE:vehicles:planned']);
    expect(st('España negocia la venta de dos corbetas a Perú.', 'es')).toEqual(['ES>PE:vehicles:planned']);
    expect(triples(run('Spain will sell a corvette to Peru, three people familiar with the talks said, the first naval transfer in years.', 'en', P))).toEqual(['ES>PE:vehicles']);
    expect(run('Peru bought four Type 209 submarines from Spain.', 'en', P)[0]?.quantity).toBe(4);
  });

  it('a place named for an event is no source; forming a body is not training', () => {
    const P = [C('SD', ['Sudão', 'Soudan'], ['sudaneses', 'Soudanais']), C('TD', ['Chade', 'Tchad'], ['chadiana', 'tchadienne']), CITY('Nyala', 'SD', false),
      C('TR', ['Turquie']), C('NE', ['Niger']), C('TG', ['Togo']), C('BJ', ['Bénin']), C('FR', ['France']), C('BR', ['Brésil'])];
    expect(triples(run('Cerca de 5 mil sudaneses cruzaram a fronteira chadiana desde a queda de Nyala.', 'pt', P))).toEqual(['SD>TD:people']);
    expect(triples(run('La Turquie a vendu des drones au Niger et au Togo, qui forment avec le Bénin un bloc régional.', 'fr', P))).toEqual(['TR>NE:weapons', 'TR>TG:weapons']);
    expect(triples(run('La France forme des pilotes au Brésil.', 'fr', P))).toEqual(['FR>BR:training']);
  });

  it('a place locating a route is on the route, not an end', () => {
    const P = [C('IR', ['Iran', 'Irão']), C('YE', ['Yemen', 'Iémen']), C('OM', ['Oman', 'Omã']), CITY('Salalah', 'OM')];
    expect(triples(run('Iran shipped rifles to Yemen via the port of Salalah, in southern Oman.', 'en', P))).toEqual(['IR>YE:weapons']);
    expect(triples(run('O Irão enviou fuzis aos rebeldes via Salalah, no sul de Omã.', 'pt', P))).toEqual([]);
  });

  it('"de la part de"/"por parte de" name a source; an apposition on a destination keeps the next one in the list', () => {
    const P = [C('ML', ['Mali'], ['malienne']), C('TR', ['Turquie', 'Turquia']), C('AO', ['Angola'], ['angolanas']), C('CN', ['China', 'Chine']),
      C('CO', ['Colômbia'], ['colombiano']), C('NL', ['Países Baixos']), C('BE', ['Bélgica']), C('IN', ['Inde']), C('FR', ['France'])];
    expect(triples(run("L'armée malienne reçoit depuis un an des véhicules blindés de la part de la Turquie.", 'fr', P))).toEqual(['TR>ML:vehicles']);
    expect(triples(run('As forças angolanas receberam blindados por parte da Turquia.', 'pt', P))).toEqual(['TR>AO:vehicles']);
    expect(triples(run('O carvão colombiano segue sobretudo para os Países Baixos, o maior cliente, e para a Bélgica.', 'pt', P))).toEqual(['CO>BE:other', 'CO>NL:other']);
    expect(triples(run("La France vend des avions à l'Inde, son premier client en Asie.", 'fr', P))).toEqual(['FR>IN:vehicles']);
  });

  it('"hasta"/"até" before a place is where goods go; before a number it is "up to"', () => {
    const P = [C('PE', ['Perú']), C('BO', ['Bolivia']), CITY('Ilo', 'PE'), CITY('La Paz', 'BO', true), C('ES', ['España']), C('LV', ['Letonia'])];
    // (A capital goods reach from a town is the place itself: session 43.)
    expect(triples(run('Bolivia compra gasóleo en el puerto de Ilo, desde donde ese carburante es transportado en cisternas hasta La Paz.', 'es', P))).toEqual(['Ilo@PE>La Paz@BO:oil']);
    const q = run('España enviará hasta 500 soldados a Letonia.', 'es', P);
    expect(q.map((f) => `${f.to}:${f.quantity}:${f.qualifier}`)).toEqual(['LV:500:up to']);
  });

  it('goods bought or ordered "by" a buyer "from" a seller go from the seller to the buyer', () => {
    const P = [C('CL', ['Chile']), C('NO', ['Noruega', 'Norvège']), C('EG', ['Égypte']), C('FR', ['France'])];
    expect(triples(run('Los cuatro aviones comprados por Chile a Noruega llegaron el lunes.', 'es', P))).toEqual(['NO>CL:vehicles']);
    expect(triples(run("Les douze hélicoptères commandés par l'Égypte à la France arriveront en mai.", 'fr', P))).toEqual(['FR>EG:vehicles']);
    // "commander" with no goods commands
    expect(run("Le général qui commande les forces de la France en Égypte est rentré.", 'fr', P)).toEqual([]);
  });

  it('a Portuguese verb with a hyphenated pronoun is found, and the pronoun carries the previous cargo', () => {
    const P = [C('PL', ['Polónia']), C('CZ', ['Chéquia']), C('UA', ['Ucrânia'])];
    expect(triples(run('A Polónia comprou 30 obuses à Chéquia e entregou-os à Ucrânia.', 'pt', P))).toEqual(['CZ>PL:weapons', 'PL>UA:weapons']);
    expect(triples(run('A Chéquia vai vender obuses à Polónia e enviá-los por comboio.', 'pt', P))).toEqual(['CZ>PL:weapons']);
  });

  it('reselling is selling, in every language', () => {
    const P = [C('HN', ['Honduras']), C('SV', ['El Salvador']), C('LT', ['Lithuania', 'Lituanie', 'Lituânia']), C('BY', ['Belarus', 'Biélorussie', 'Bielorrússia'])];
    expect(triples(run('Honduras revendió gasóleo a El Salvador.', 'es', P))).toEqual(['HN>SV:oil']);
    expect(triples(run('Lithuania resold diesel to Belarus.', 'en', P))).toEqual(['LT>BY:oil']);
    expect(triples(run('La Lituanie a revendu du gazole à la Biélorussie.', 'fr', P))).toEqual(['LT>BY:oil']);
    expect(triples(run('A Lituânia revendeu gasóleo à Bielorrússia.', 'pt', P))).toEqual(['LT>BY:oil']);
  });

  it('a relative clause on the goods takes the clause\'s subject', () => {
    const P = [C('HN', ['Honduras']), C('SV', ['El Salvador']), C('CO', ['Colombia']), C('BR', ['Brasil']), C('AR', ['Argentina'])];
    expect(triples(run('Honduras revendió a El Salvador parte del gasóleo que importa de Colombia.', 'es', P))).toEqual(['CO>HN:oil', 'HN>SV:oil']);
    expect(triples(run('O Brasil reexporta parte do trigo que compra da Argentina.', 'pt', P))).toEqual(['AR>BR:other']);
  });

  it('troops "of the Army" sent "to" a place go there (the Army is their owner, not an envoy)', () => {
    const P = [C('AR', ['Argentina'], ['argentino']), C('CL', ['Chile']), CITY('Temuco', 'CL'), C('BR', ['Brasil'])];
    expect(triples(run('O governo argentino mandou 60 soldados do Exército para Temuco, no sul do Chile.', 'pt', P))).toEqual(['AR>Temuco@CL:troops']);
    expect(run('O embaixador do Brasil para o Chile chegou ontem.', 'pt', P)).toEqual([]);
  });

  it('a clause opened by a comma and a conjunction has its own subject and cargo', () => {
    const P = [C('IT', ['Italie'], ['italienne', 'italien']), C('TN', ['Tunisie'], ['tunisiennes']), CITY('Sfax', 'TN')];
    expect(triples(run("La marine italienne a envoyé deux corvettes vers les eaux tunisiennes, et le ministre italien s'est rendu à Sfax.", 'fr', P))).toEqual(['IT>Sfax@TN:visit', 'IT>TN:vehicles']);
  });

  it('people sent away, then arriving, make one journey (English past tense included)', () => {
    const P = [C('TR', ['Turkey'], ['Turkish']), C('SY', ['Syria']), CITY('Mersin', 'TR')];
    const fs = run('A Turkish ferry carrying 600 people evacuated from Syria docked in Mersin on Friday.', 'en', P);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['SY>Mersin@TR:people:600']);
  });

  it('a shipment measured in a unit is one cargo with its content', () => {
    const P = [C('KW', ['Koweït']), C('JO', ['Jordanie'], ['jordanienne'])];
    const fs = run("Le Koweït a expédié un lot de 3 millions de litres de gazole pour l'armée jordanienne.", 'fr', P);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['KW>JO:oil:3000000']);
  });

  it('an army or troops withdrawing go home', () => {
    const P = [C('SY', ['Syria', 'Syrie'], ['syrienne', 'syriennes', 'Syrian']), C('LB', ['Lebanon', 'Liban']), C('RU', ['Russia'], ['Russian']), CITY('Kherson', 'UA')];
    expect(triples(run("L'armée syrienne s'est retirée du nord du Liban.", 'fr', P))).toEqual(['LB>SY:troops']);
    expect(triples(run('Les troupes syriennes se sont retirées du Liban en 2005.', 'fr', P))).toEqual(['LB>SY:troops']);
    expect(triples(run('Russian forces withdrew from Kherson in November.', 'en', P))).toEqual(['Kherson@UA>RU:troops']);
  });

  it('a donor or creditor in apposition to the giver names the receiver, an indirect pronoun between', () => {
    const P = [C('US', ['États-Unis']), C('JO', ['Jordanie'], ['jordanienne']), C('JP', ['Japan']), C('LK', ['Sri Lanka'])];
    expect(triples(run("Les États-Unis, premier bailleur de l'armée jordanienne, lui ont versé 2 milliards de dollars.", 'fr', P))).toEqual(['US>JO:money']);
    expect(triples(run('Japan, the largest creditor of Sri Lanka, has lent it $3 billion.', 'en', P))).toEqual(['JP>LK:money']);
  });

  it('traded goods of world news in every language; a ranking "followed by" names more buyers; a value is no payment', () => {
    const P = [C('PE', ['Perú', 'Peru', 'Pérou']), C('US', ['Estados Unidos', 'United States']), C('JP', ['Japon', 'Japan', 'Japão']), C('KR', ['Corée du Sud']),
      C('BR', ['Brasil'], ['brasileiras']), C('CN', ['China']), C('CL', ['Chile']), C('MZ', ['Moçambique']), CITY('Pemba', 'MZ')];
    expect(triples(run('Perú vende la mayor parte de sus aguacates a Estados Unidos.', 'es', P))).toEqual(['PE>US:other']);
    expect(triples(run('Peru shipped 40,000 tonnes of grapes to the United States.', 'en', P))).toEqual(['PE>US:other']);
    expect(triples(run('Une partie des crevettes est ensuite réexportée depuis le Japon vers la Corée du Sud.', 'fr', P))).toEqual(['JP>KR:other']);
    const ranking = run('As exportações brasileiras de frango bateram recorde. O Japão, maior comprador do produto, comprou 90 mil toneladas, seguido pelo Chile.', 'pt', P);
    expect(triples(ranking)).toEqual(['BR>CL:other', 'BR>JP:other']);
    expect(run('As pedras, avaliadas em 2 milhões de dólares, foram levadas de camião até Pemba.', 'pt', P).filter((f) => f.category === 'money')).toEqual([]);
  });

  it('goods lent go from the lender, counted goods the lexicon does not know included; health workers and firefighters are people and aid', () => {
    const P = [C('US', ['États-Unis', 'United States']), C('CA', ['Canada']), C('BR', ['Brasil']), C('PY', ['Paraguai']), C('PE', ['Peru']), C('ES', ['Spain'])];
    expect(triples(run('Les États-Unis ont prêté trois hélicoptères au Canada.', 'fr', P))).toEqual(['US>CA:vehicles']);
    const pt = run('O Brasil emprestou 900 computadores ao Paraguai.', 'pt', P);
    expect(pt.map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['BR>PY:other:900']);
    expect(triples(run('Spain sent 80 nurses and 120 firefighters to Peru.', 'en', P))).toEqual(['ES>PE:aid', 'ES>PE:people']);
  });

  it('a transfer noun with no goods of its own carries the goods of the exporter the sentence opened with', () => {
    const P = [C('PE', ['Peru'], ['Peruvian']), C('CN', ['China']), C('CL', ['Chile'], ['chilenas']), C('DE', ['Alemanha']), C('HT', ['Haiti'])];
    const st = (t: string, l: Lang): string[] => run(t, l, P).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`);
    expect(st("Peru's zinc exports fell 4% in May, while shipments to China grew.", 'en')).toEqual(['PE>CN:other:stated']);
    expect(st('As exportações chilenas de cobre caíram, mas os embarques para a Alemanha cresceram.', 'pt')).toEqual(['CL>DE:other:stated']);
    // "may" is a plan; "May" past the sentence's first word is the month
    expect(st('Peru may send troops to Haiti.', 'en')).toEqual(['PE>HT:troops:planned']);
  });

  it('recruiting and taking in people receive them from their country', () => {
    const P = [C('JP', ['Japan', 'Japon', 'Japão']), C('VN', ['Vietnam'], ['Vietnamese', 'vietnamiens', 'vietnamitas']), C('CA', ['Canada'])];
    const en = run('Japan recruited more than 3,000 Vietnamese nurses last year.', 'en', P);
    expect(en.map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['VN>JP:people:3000']);
    expect(triples(run('Canada, which took in 900 Vietnamese workers, wants more.', 'en', P))).toEqual(['VN>CA:people']);
    expect(triples(run('Le Japon a recruté 500 infirmiers vietnamiens.', 'fr', P))).toEqual(['VN>JP:people']);
    expect(triples(run('O Japão recrutou 500 enfermeiros vietnamitas.', 'pt', P))).toEqual(['VN>JP:people']);
  });

  it('destinations listed with "to" and "in" alike are all destinations', () => {
    const P = [C('FR', ['France']), C('TR', ['Turquie']), C('LB', ['Liban']), C('JO', ['Jordanie'])];
    expect(triples(run("La France a envoyé des tentes vers des camps en Turquie, en Jordanie et au Liban.", 'fr', P))).toEqual(['FR>JO:aid', 'FR>LB:aid', 'FR>TR:aid']);
  });

  it('review: rules stay in their context (worth, lists, rankings, forming, commanding, "even", currencies, informants, givers)', () => {
    const P = [C('JP', ['Japan']), C('IN', ['India']), C('DE', ['Germany']), C('UA', ['Ukraine', 'Ucrânia']), C('CN', ['China']), C('BR', ['Brasil']),
      C('US', ['Estados Unidos']), C('FR', ['France']), C('ML', ['Mali'], ['maliens']), C('TD', ['Tchad']), C('MZ', ['Moçambique']), C('AO', ['Angola']),
      C('CL', ['Chili']), C('VE', ['Venezuela']), C('TR', ['Turkey']), C('RU', ['Rússia']), C('EG', ['Egito']), C('SD', ['Sudão'])];
    // a loan worth an amount is that amount
    expect(run('Japan granted a loan worth $2 billion to India.', 'en', P).map((f) => `${f.category}:${f.quantity}`)).toEqual(['money:2000000000']);
    // a serial comma in a list of goods opens no clause
    expect(triples(run('Forty tanks, 20 howitzers, and the ammunition were delivered to Ukraine by Germany.', 'en', P))).toEqual(['DE>UA:munitions', 'DE>UA:vehicles', 'DE>UA:weapons']);
    // "followed by" after a source ranks sources
    expect(triples(run('A China importou a maior parte da soja do Brasil, seguida pelos Estados Unidos.', 'pt', P))).toEqual(['BR>CN:other', 'US>CN:other']);
    // a group of soldiers trained; commanding troops moves none
    expect(triples(run('La France a formé un groupe de 200 soldats maliens.', 'fr', P))).toEqual(['FR>ML:training']);
    expect(run('La France commandait 3 000 soldats au Tchad.', 'fr', P)).toEqual([]);
    // "até" opening a clause is "even"
    expect(triples(run('Até a China enviou ajuda a Moçambique.', 'pt', P))).toEqual(['CN>MZ:aid']);
    // a currency word with no amount is no money ("pesos" are weights); crowns are no currency
    expect(run('O Brasil enviou pesos e balanças para Angola.', 'pt', P)).toEqual([]);
    // an article after a verb is no joined pronoun
    expect(triples(run('Le Chili a acheté du pétrole au Venezuela et a vendu les actions de la société à la France.', 'fr', P))).toEqual(['VE>CL:oil']);
    // people close to a border are people moved, not informants
    expect(run('Turkey evacuated 300 civilians close to the border to Germany.', 'en', P).map((f) => f.quantity)).toEqual([300]);
    // a participle in another clause names no giver
    expect(triples(run('A ONU enviou alimentos ao Sudão, enquanto os blindados vendidos pela Rússia chegaram ao Egito.', 'pt', P)).filter((x) => x.startsWith('RU>SD'))).toEqual([]);
  });

  it('an elliptical quantity before a second destination may carry its scale, currency and unit', () => {
    const P = [C('CA', ['Canada']), C('HT', ['Haiti']), C('CU', ['Cuba']), C('NO', ['Norway']), C('KE', ['Kenya']), C('UG', ['Uganda']), C('BR', ['Brasil']), C('PE', ['Peru']), C('EC', ['Equador'])];
    const en = run('Canada will ship 70 tonnes of lentils to Haiti and another 35 tonnes to Cuba.', 'en', P);
    expect(en.find((f) => f.to === 'CU')?.quantity).toBe(35);
    const usd = run('Norway transferred $45 million to Kenya and a further $12 million to Uganda.', 'en', P);
    expect(triples(usd)).toEqual(['NO>KE:money', 'NO>UG:money']);
    expect(usd.find((f) => f.to === 'UG')?.quantity).toBe(12_000_000);
    const pt = run('O Brasil enviou 30 mil doses ao Peru e outras 12 mil ao Equador.', 'pt', P);
    expect(pt.find((f) => f.to === 'EC')?.quantity).toBe(12_000);
  });

  it('goods the lexicon does not know, named after a unit ("litres of", "metros cúbicos de"), are goods; donated, aid', () => {
    const P = [C('BR', ['Brazil', 'Brasil']), C('FR', ['France']), C('PE', ['Peru', 'Perú']), C('MX', ['Mexico', 'México']), C('NO', ['Norway']), C('DE', ['Germany']), C('UY', ['Uruguai'])];
    const fs = run('Brazil exported 90,000 litres of ethanol-free serum to France in May.', 'en', P);
    expect(triples(fs)).toEqual(['BR>FR:other']);
    expect(fs[0]!.quantity).toBe(90_000);
    expect(triples(run('Perú exportó 410 metros cúbicos de tornillo a México.', 'es', P))).toEqual(['PE>MX:other']);
    expect(triples(run('Norway exported 7 billion cubic metres of gas to Germany.', 'en', P))).toEqual(['NO>DE:oil']);
    // an adjective on the gas, or gas named in the unit phrase, is still gas
    expect(triples(run('Norway exported 3 billion cubic metres of liquefied gas to Germany.', 'en', P))).toEqual(['NO>DE:oil']);
    expect(triples(run('México importó 900 millones de metros cúbicos de gas de esquisto de Perú.', 'es', P))).toEqual(['PE>MX:oil']);
    expect(triples(run('O Brasil vai doar 6 mil caixas de soro ao Uruguai.', 'pt', P))).toEqual(['BR>UY:aid']);
  });

  it('a place of the exporter\'s own country the goods are "in" after an export verb is where they leave, no buyer', () => {
    const P = [C('GQ', ['Guinea Ecuatorial']), C('CN', ['China']), REGION('Bioko', 'GQ'), C('NG', ['Nigeria']), CITY('Bonny', 'NG'), C('IN', ['India'])];
    expect(triples(run('Guinea Ecuatorial exportó el año pasado 41 cargamentos de gas desde la planta de la isla, en Bioko, seis menos que en 2023.', 'es', P))).toEqual([]);
    // a buyer abroad stays one
    expect(triples(run('Nigeria exported 2 million barrels of crude from its terminal in Bonny to India.', 'en', P))).toEqual(['NG>IN:oil']);
  });

  it('"o governo", "the government" with no place of its own is the country the discourse is about', () => {
    const P = [C('CL', ['Chile']), C('BO', ['Bolívia', 'Bolivia']), C('AR', ['Argentina'], ['argentino']), C('RU', ['Rusia', 'Moscú']), C('NI', ['Nicarágua', 'Nicaragua'])];
    expect(triples(run('O Chile vive a pior seca em décadas. O executivo disse que o governo deverá doar 8 mil caixas de soro à Bolívia.', 'pt', P))).toEqual(['CL>BO:aid']);
    expect(triples(run('Chile is facing a drought. The government will ship 40 tonnes of copper wire to Bolivia.', 'en', P))).toEqual(['CL>BO:other']);
    expect(triples(run('Le Chili traverse une sécheresse. Le gouvernement enverra 40 tonnes de fil de cuivre à la Bolivie.', 'fr', [...P, C('CL', ['Chili']), C('BO', ['Bolivie'])]))).toEqual(['CL>BO:other']);
    // a government named by its place or its head is not the discourse's
    expect(triples(run('O Chile vive uma seca. O governo argentino enviou 40 toneladas de cobre à Bolívia.', 'pt', P))).toEqual(['AR>BO:other']);
    expect(triples(run('Nicaragua firmó un acuerdo con Rusia. El Gobierno recibió 20 camiones militares donados por Moscú.', 'es', P))).toEqual(['RU>NI:vehicles']);
  });

  it('a price paid for goods the lexicon does not know still travels against them', () => {
    const P = [C('BR', ['Brazil']), C('CL', ['Chile']), C('US', ['United States']), C('JP', ['Japan'])];
    // ("Zorks": a product name no lexicon has.)
    expect(triples(run('Brazil sold 12 Zorks to Chile for $40 million.', 'en', P))).toEqual(['CL>BR:money']);
    expect(triples(run('Chile bought 12 Zorks from Brazil for $40 million.', 'en', P))).toEqual(['CL>BR:money']);
    expect(triples(run('The United States delivered radars to Japan. Japan later agreed to buy 50 Zorks for $90 million.', 'en', P))).toEqual(['JP>US:money', 'US>JP:technology']);
    // "for the first time", "por segunda vez", "par ailleurs" before an amount name no price
    expect(triples(run('Brazil sent for the first time $40 million to Chile.', 'en', P))).toEqual(['BR>CL:money']);
    expect(triples(run('Brasil envió por segunda vez 40 millones de dólares a Chile.', 'es', [...P, C('BR', ['Brasil']), C('CL', ['Chile'])]))).toEqual(['BR>CL:money']);
  });

  it('"formação de"/"formación de" is training; the trainees\' nationality receives it, never sends', () => {
    const P = [C('PE', ['Perú', 'Peru'], ['peruanos']), C('FR', ['Francia', 'França'])];
    expect(triples(run('O contrato prevê a formação de pilotos peruanos na França.', 'pt', P))).toEqual(['FR>PE:training']);
    expect(triples(run('El convenio contempla la formación de mecánicos peruanos en Francia.', 'es', P))).toEqual(['FR>PE:training']);
    // "la formación de" a politician is a party
    expect(triples(run('La formación de Humala, que gobernó Perú, perdió apoyo en Francia.', 'es', P))).toEqual([]);
    // inside a package of a purchase: no flow from the trainees' country
    const fs = triples(run('El paquete comprende además la formación de aviadores y técnicos peruanos en Francia y la cesión de patentes a la Fábrica Aeronáutica Peruana.', 'es', P));
    expect(fs.filter((t) => t.startsWith('PE>'))).toEqual([]);
  });

  it('a payment received as the verb\'s object is what the verb receives, not a second transfer with no recipient', () => {
    const P = [C('KE', ['Kenya']), C('CN', ['China']), C('AO', ['Angola'])];
    const fs = run('Kenya has received the third and last payment of $2 billion from China.', 'en', P);
    expect(triples(fs)).toEqual(['CN>KE:money']);
    expect(fs[0]!.quantity).toBe(2e9);
    expect(triples(run('Angola recebeu o último pagamento da China.', 'pt', P))).toEqual(['CN>AO:money']);
  });

  it('a seat of government acts for its country when the story has that country ("the State Department approved the sale")', () => {
    const P = [C('US', ['United States']), C('MA', ['Morocco']), C('FR', ['France']), C('SN', ['Sénégal'])];
    expect(triples(run('The State Department approved the sale of 200 missiles to Morocco on Friday. The United States is its main supplier.', 'en', P))).toEqual(['US>MA:missiles']);
    expect(triples(run("Le Quai d'Orsay a annoncé l'envoi de 30 tonnes de vivres au Sénégal. La France y finance aussi des écoles.", 'fr', P))).toEqual(['FR>SN:aid']);
    // without the country among the story's places, nothing is invented
    expect(triples(run('The Kremlin approved the sale of 200 missiles to Morocco.', 'en', P))).toEqual([]);
  });
  it('military units named by their size are troops; a field hospital is aid, ambulances are vehicles', () => {
    const P = [C('FR', ['France', 'França', 'Francia']), C('TD', ['Chad', 'Chade', 'Tchad']), C('PT', ['Portugal']), C('MZ', ['Moçambique'])];
    expect(triples(run('France sent an infantry battalion to Chad.', 'en', P))).toEqual(['FR>TD:troops']);
    expect(triples(run('A França enviou um destacamento de fuzileiros para o Chade.', 'pt', P))).toEqual(['FR>TD:troops']);
    expect(triples(run('Francia desplegó un regimiento en Chad.', 'es', P))).toEqual(['FR>TD:troops']);
    expect(triples(run('La France a dépêché un bataillon au Tchad.', 'fr', P))).toEqual(['FR>TD:troops']);
    expect(triples(run('Portugal enviou um hospital de campanha e seis ambulâncias para Moçambique.', 'pt', P))).toEqual(['PT>MZ:aid', 'PT>MZ:vehicles']);
  });

  it('"que"/"that" after a declarative verb opens the reported clause: its subject is the speaker, a simple conditional there is a plan', () => {
    const P = [C('BO', ['Bolivia', 'Bolívia']), C('CL', ['Chile']), C('RU', ['Rusia']), C('FR', ['France']), C('TD', ['Tchad'])];
    const es = run('Bolivia afirmó que vendería a Chile fusiles de fabricación rusa.', 'es', P);
    expect(triples(es)).toEqual(['BO>CL:weapons']);
    expect(es[0]!.status).toBe('planned');
    const fr = run("La France a annoncé qu'elle enverrait 200 soldats au Tchad.", 'fr', P);
    expect(triples(fr)).toEqual(['FR>TD:troops']);
    expect(fr[0]!.status).toBe('planned');
    // the conditional alone is still an allegation
    expect(run('La France aurait envoyé 200 soldats au Tchad.', 'fr', P)[0]!.status).toBe('reported');
    expect(run('A Bolívia teria vendido armas ao Chile.', 'pt', P)[0]!.status).toBe('reported');
    // the reported clause's own subject still gives, not the speaker
    expect(triples(run('Rusia dijo que Bolivia vendió fusiles a Chile.', 'es', P))).toEqual(['BO>CL:weapons']);
  });
  it('more verbs of sending: offer, commit, contribute, rush, relocate; oferecer, posicionar; ofrecer, movilizar, contrabandear; mobiliser, positionner', () => {
    const P = [C('FR', ['France', 'França', 'Francia']), C('TD', ['Chad', 'Chade', 'Tchad'])];
    const off = run('France offered 300 soldiers to Chad.', 'en', P);
    expect(triples(off)).toEqual(['FR>TD:troops']);
    expect(off[0]!.status).toBe('planned');
    for (const v of ['committed', 'contributed', 'rushed', 'relocated']) expect(triples(run(`France ${v} 300 soldiers to Chad.`, 'en', P))).toEqual(['FR>TD:troops']);
    expect(triples(run('A França posicionou 300 soldados no Chade.', 'pt', P))).toEqual(['FR>TD:troops']);
    expect(triples(run('Francia movilizó 300 soldados a Chad.', 'es', P))).toEqual(['FR>TD:troops']);
    expect(triples(run('Francia contrabandeó fusiles a Chad.', 'es', P))).toEqual(['FR>TD:weapons']);
    expect(triples(run('La France a mobilisé 300 soldats au Tchad.', 'fr', P))).toEqual(['FR>TD:troops']);
    expect(triples(run('La France a renvoyé 300 migrants au Tchad.', 'fr', P))).toEqual(['FR>TD:people']);
    // "renvoyer la balle" sends no one back
    expect(run('Le Tchad a renvoyé la balle à la France.', 'fr', P)).toEqual([]);
    // no goods, no transfer
    expect(run('The rebels committed crimes in Chad.', 'en', P)).toEqual([]);
  });

  it('"loaned" goods go from the lender like "lent"; an English verb of travel with a direct object carries it', () => {
    const P = [C('FR', ['France']), C('TD', ['Chad']), C('US', ['United States']), C('HT', ['Haiti'])];
    expect(triples(run('France loaned four helicopters to Chad.', 'en', P))).toEqual(['FR>TD:vehicles']);
    expect(triples(run('France flew 300 soldiers to Chad.', 'en', P))).toEqual(['FR>TD:troops']);
    expect(triples(run('The United States landed 2,000 marines in Haiti.', 'en', P))).toEqual(['US>HT:troops']);
    // intransitive, or an infinitive after "to": nobody is sent
    expect(run('About 300 soldiers flew to Chad.', 'en', P)).toEqual([]);
    expect(run('Chadian crews will practise how to fly those jets in France.', 'en', P).filter((f) => f.category === 'vehicles')).toEqual([]);
  });
  it('goods "in exchange for" a payment go against it, the payment is what the verb sends', () => {
    const P = [C('FR', ['France', 'França', 'Francia']), C('TD', ['Chad', 'Chade'])];
    expect(triples(run('France paid Chad $20 million in exchange for oil.', 'en', P))).toEqual(['FR>TD:money', 'TD>FR:oil']);
    expect(triples(run('France sent $20 million to Chad in exchange for oil.', 'en', P))).toEqual(['FR>TD:money', 'TD>FR:oil']);
    expect(triples(run('A França deu 20 milhões de dólares ao Chade em troca de petróleo.', 'pt', P))).toEqual(['FR>TD:money', 'TD>FR:oil']);
    expect(triples(run('Francia dio a Chad 20 millones de dólares.', 'es', P))).toEqual(['FR>TD:money']);
    // "dar" with no goods gives nothing; "dados" are data
    expect(run('A França deu início às conversas com o Chade.', 'pt', P)).toEqual([]);
  });

  it('giving training is training: the trainees\' nationality receives it, not the base where it is given', () => {
    const P = [C('PT', ['Portugal']), C('HU', ['Hungria'], ['húngaros']), CITY('Beja', 'PT'), C('FR', ['France']), C('TD', ['Chad'], ['Chadian'])];
    expect(triples(run('Portugal deu formação a 300 militares húngaros na base de Beja.', 'pt', P))).toEqual(['PT>HU:training']);
    expect(triples(run('France provided training to 300 Chadian pilots.', 'en', P))).toEqual(['FR>TD:training']);
  });

  it('"estar"/"quedar" with a participle is a passive: troops stationed somewhere were sent there', () => {
    const P = [C('FR', ['França', 'Francia'], ['franceses']), C('TD', ['Chade', 'Chad'])];
    expect(triples(run('Cerca de mil militares franceses estão estacionados no Chade.', 'pt', P))).toEqual(['FR>TD:troops']);
    expect(triples(run('Unos mil militares franceses están desplegados en Chad.', 'es', P))).toEqual(['FR>TD:troops']);
    // progressive "estar a" + infinitive stays active
    expect(triples(run('A França está a enviar armas ao Chade.', 'pt', P))).toEqual(['FR>TD:weapons']);
  });

  it('a supplier, creditor or donor as the predicate of a copula gives to its owner; a bare supplier only sets up the next sentence', () => {
    const P = [C('FR', ['France', 'França']), C('TD', ['Chad', 'Chade']), C('CN', ['China']), C('AO', ['Angola']), C('RU', ['Russia']), C('IN', ['India'])];
    expect(triples(run("France is Chad's main arms supplier.", 'en', P))).toEqual(['FR>TD:weapons']);
    expect(triples(run("Russia remains India's biggest supplier of fighter jets.", 'en', P))).toEqual(['RU>IN:vehicles']);
    expect(triples(run('A China é a maior credora de Angola.', 'pt', P))).toEqual(['CN>AO:money']);
    expect(run("France is Chad's main supplier.", 'en', P)).toEqual([]);
    // an ally supplies nothing; nor does a supplier no longer, a rival ranked after, or a clause of its own
    expect(run("France is Chad's closest ally.", 'en', P)).toEqual([]);
    expect(run("Russia is no longer India's main arms supplier.", 'en', P)).toEqual([]);
    expect(run('France was the second-largest arms supplier after Russia.', 'en', P)).toEqual([]);
    expect(run('Chad is a landlocked country whose main arms supplier is France.', 'en', P)).toEqual([]);
    expect(run('Angola é um país cujo maior credor é a China.', 'pt', P)).toEqual([]);
    // Portuguese "e" (and) is no copula
    expect(run('As conversas entre Angola e o seu maior credor, a China, recomeçaram.', 'pt', P)).toEqual([]);
  });

  it('"flowed from A to B" is a transfer', () => {
    const P = [C('FR', ['France']), C('TD', ['Chad'])];
    expect(triples(run('Weapons flowed from France to Chad for years.', 'en', P))).toEqual(['FR>TD:weapons']);
  });
  it('goods named before a relative clause set off by commas are what its verb sends', () => {
    const P = [C('FR', ['France', 'França']), C('TD', ['Chad', 'Chade'])];
    expect(triples(run('The tanks, which France delivered to Chad in 2020, have broken down.', 'en', P))).toEqual(['FR>TD:vehicles']);
    expect(triples(run('Os tanques, que a França entregou ao Chade em 2020, estão avariados.', 'pt', P))).toEqual(['FR>TD:vehicles']);
  });

  it('"used to" + verb is the habitual past, not a use of goods', () => {
    const P = [C('FR', ['France']), C('TD', ['Chad'])];
    expect(triples(run('France used to buy 300,000 tonnes of oil a month from Chad.', 'en', P))).toEqual(['TD>FR:oil']);
  });

  it('a carrier landing with goods brings them; vehicles it carries are goods too', () => {
    const P = [C('RU', ['Russie'], ['russe']), C('ML', ['Mali']), CITY('Bamako', 'ML', true)];
    expect(triples(run("Un avion-cargo russe transportant des blindés et des munitions s'est posé jeudi à Bamako.", 'fr', P))).toEqual(['RU>Bamako@ML:munitions', 'RU>Bamako@ML:vehicles']);
    // "a posé une question" lands nowhere
    expect(run('Le ministre russe a posé une question sur le Mali.', 'fr', P)).toEqual([]);
  });

  it('a carrier that lands somewhere "carrying" goods brings them, the carrier\'s participle after the place too', () => {
    const P = [C('FR', ['France'], ['français']), C('TR', ['Turkey'], ['Turkish']), C('LY', ['Libya']), CITY('Beyrouth', 'LB', true), CITY('Tripoli', 'LY', true)];
    expect(triples(run('A Turkish frigate arrived in Tripoli on Monday carrying medical supplies for Libya.', 'en', P))).toEqual(['TR>Tripoli@LY:aid']);
    expect(triples(run('Deux avions militaires français ont atterri à Beyrouth, transportant 12 tonnes de vivres.', 'fr', P))).toEqual(['FR>Beyrouth@LB:aid']);
  });

  it('people recruited to fight are troops; with no recruiter named they go where they are to fight', () => {
    const P = [C('NP', ['Nepal'], ['Nepali']), C('RU', ['Russia']), C('UA', ['Ukraine', 'Ucrania']), C('CO', ['Colombia'], ['colombianos']), C('DE', ['Germany']), C('PH', ['Philippines'], ['Filipino'])];
    expect(triples(run('Russia recruited 300 Nepali men to fight in Ukraine.', 'en', P))).toEqual(['NP>RU:troops']);
    expect(triples(run('About 300 Nepali men were recruited to fight in Ukraine.', 'en', P))).toEqual(['NP>UA:troops']);
    expect(triples(run('Unos 200 exmilitares colombianos fueron reclutados para combatir en Ucrania.', 'es', P))).toEqual(['CO>UA:troops']);
    // recruited to work stay people
    expect(triples(run('Germany recruited 1,200 Filipino nurses last year.', 'en', P))).toEqual(['PH>DE:people']);
  });
  it('a share of "its exports" in a sending verb\'s object is what the verb sends', () => {
    const P = [C('PE', ['Peru']), C('US', ['United States']), C('BR', ['Brasil']), C('CN', ['China'])];
    expect(triples(run('Peru ships roughly half its copper exports to the United States.', 'en', P))).toEqual(['PE>US:other']);
    expect(triples(run('O Brasil enviou 40% das suas exportações de soja para a China.', 'pt', P))).toEqual(['BR>CN:other']);
  });

  it('a shipment noun has no category of its own; a contrast with its own subject is another statement', () => {
    const P = [C('BR', ['Brasil'], ['brasileiras']), C('CN', ['China']), C('ES', ['Espanha'])];
    const fs = triples(run('O Brasil exportou mais petróleo em março. A China ficou à frente, com 30% das cargas embarcadas, mas a Espanha passou a figurar entre os maiores compradores.', 'pt', P));
    expect(fs).toEqual(['BR>CN:oil', 'BR>ES:oil']);
  });

  it('press epithets name their country when the story has it ("o gigante asiático", "l\'Hexagone")', () => {
    const P = [C('AR', ['Argentina'], ['argentinas']), C('CN', ['China'])];
    expect(triples(run('Argentina vendió litio a China. Las ventas argentinas al gigante asiático subieron un 20 %.', 'es', P))).toEqual(['AR>CN:other']);
    // without China among the story's places, nothing is invented
    expect(run('Las ventas argentinas al gigante asiático subieron.', 'es', [C('AR', ['Argentina'], ['argentinas'])])).toEqual([]);
  });
  it('sources joined by "and" with a plain "de" are all sources; tanker trucks carry fuel', () => {
    const P = [C('GH', ['Ghana']), C('TG', ['Togo']), C('BF', ['Burkina Faso']), C('BR', ['Brasil']), C('AR', ['Argentina']), C('UY', ['Uruguai'])];
    expect(triples(run('Une cinquantaine de camions-citernes venus du Ghana et du Togo sont entrés au Burkina Faso.', 'fr', P))).toEqual(['GH>BF:oil', 'TG>BF:oil']);
    expect(triples(run('O Brasil comprou trigo da Argentina e do Uruguai.', 'pt', P))).toEqual(['AR>BR:other', 'UY>BR:other']);
  });

  it('a package of something that is no goods ("paquet d\'accords", "pacote de medidas") is no transfer', () => {
    const P = [C('FR', ['France', 'França']), C('TD', ['Tchad', 'Chade'])];
    expect(run("La France a présenté au Tchad un paquet de réformes.", 'fr', P)).toEqual([]);
    expect(triples(run('La France a envoyé un paquet d\'aide au Tchad.', 'fr', P))).toEqual(['FR>TD:aid']);
    expect(triples(run('A França enviou ao Chade um lote de equipamentos médicos.', 'pt', P))).toEqual(['FR>TD:aid']);
  });
  it('an official whose title follows the country ("Argentine President") travels from it', () => {
    const P = [C('AR', ['Argentina'], ['Argentine']), C('ES', ['Spain']), CITY('Madrid', 'ES', true)];
    expect(triples(run('Argentine President Javier Milei will travel to Spain on Thursday.', 'en', P))).toEqual(['AR>ES:visit']);
    expect(triples(run('Argentine Foreign Minister Diana Mondino arrived in Madrid on Monday.', 'en', P))).toEqual(['AR>Madrid@ES:visit']);
  });
  it('"export taxes", "import duties": an English transfer word between two plain words modifies the next one', () => {
    const P = [C('CN', ['China'], ['Chinese']), C('AU', ['Australia'], ['Australian']), C('US', ['United States'], ['American'])];
    expect(run('China quietly lifted import duties on Australian barley.', 'en', P)).toEqual([]);
    expect(run('Officials abolished export levies last week, to the relief of American growers.', 'en', P)).toEqual([]);
  });

  it('a town\'s name right after weapons with no preposition names the model ("missiles Milan"), not a place', () => {
    const P = [C('FR', ['France']), C('UA', ['Ukraine']), CITY('Milan', 'IT')];
    expect(triples(run("La France a fourni à l'Ukraine des missiles antichars Milan.", 'fr', P))).toEqual(['FR>UA:missiles']);
    // with a preposition it is the town
    expect(triples(run('La France a livré des missiles à Milan.', 'fr', P))).toEqual(['FR>Milan@IT:missiles']);
  });
  it('"its own shipment", "another shipment" in the next sentence repeats the latest transfer\'s goods', () => {
    const P = [C('GB', ['Britain']), C('UA', ['Ukraine']), C('FR', ['France'])];
    expect(triples(run('Britain shipped cruise missiles to Ukraine in May. France plans its own shipment in June.', 'en', P))).toEqual(['FR>UA:missiles', 'GB>UA:missiles']);
    // a bare transfer noun with nothing to repeat states nothing
    expect(triples(run('Britain shipped cruise missiles to Ukraine in May. France criticised the delivery.', 'en', P))).toEqual(['GB>UA:missiles']);
  });
  it('nationalities joined by "and" on one noun of people each name an end of the flow', () => {
    const P = [C('US', ['United States']), C('SV', ['El Salvador'], ['Salvadoran', 'salvadoreños']), C('NI', ['Nicaragua'], ['Nicaraguan', 'nicaragüenses']), C('CR', ['Costa Rica'], ['costarricense'])];
    expect(triples(run('Costa Rica expulsó en enero a 800 inmigrantes salvadoreños y nicaragüenses.', 'es', P))).toEqual(['CR>NI:people', 'CR>SV:people']);
    expect(triples(run('The United States deported 90 Salvadoran and Nicaraguan migrants on Friday.', 'en', P))).toEqual(['US>NI:people', 'US>SV:people']);
  });
  it('the place where the subject\'s people live is where what they send leaves from', () => {
    const P = [C('CH', ['Suíça', 'Suisse', 'Suiza']), C('AO', ['Angola']), C('PT', ['Portugal'], ['portugueses']), C('MA', ['Maroc'], ['marocains']), C('BO', ['Bolivia'], ['bolivianos']), C('AR', ['Argentina'])];
    expect(triples(run('Os emigrantes a viver na Suíça enviaram no ano passado 300 milhões de euros para Angola.', 'pt', P))).toEqual(['CH>AO:money']);
    expect(triples(run('Les ouvriers marocains installés en Suisse ont transféré 90 millions de francs au Maroc.', 'fr', P))).toEqual(['CH>MA:money']);
    expect(triples(run('Los bolivianos en Argentina enviaron 400 millones de dólares a Bolivia.', 'es', P))).toEqual(['AR>BO:money']);
    // with no destination named, they send home
    expect(triples(run('Los bolivianos que viven en Argentina enviaron 400 millones de dólares.', 'es', P))).toEqual(['AR>BO:money']);
  });
  it('a tour goes on from stop to stop, through places joined by "and" after its next stop; the stops a tour is to take the traveller to are visits from home', () => {
    const P = [C('IN', ['India'], ['Indian']), C('ES', ['España'], ['española']), C('FR', ['France'], ['français']), C('EG', ['Égypte']), C('GH', ['Ghana']), CITY('Nairobi', 'KE'), CITY('Lusaka', 'ZM'), CITY('Harare', 'ZW'), CITY('Lima', 'PE'), CITY('Quito', 'EC'), CITY('Bogotá', 'CO'), CITY('Dakar', 'SN'), CITY('Abidjan', 'CI'), REGION('Afrique', '', ['Afrique'])];
    expect(triples(run('The Indian trade minister landed in Nairobi on Sunday, the first stop of a tour that will take her to Lusaka and Harare.', 'en', P))).toEqual([
      'IN>Harare@ZW:visit', 'IN>Lusaka@ZM:visit', 'IN>Nairobi@KE:visit',
    ]);
    expect(triples(run('La ministra española de Defensa llegó el martes a Lima, primera etapa de un viaje que la llevará a Quito y a Bogotá.', 'es', P))).toEqual([
      'ES>Bogotá@CO:visit', 'ES>Lima@PE:visit', 'ES>Quito@EC:visit',
    ]);
    // (an explicit next leg still starts at the stop it leaves)
    expect(triples(run('La ministra española de Defensa llegó el martes a Lima y después viajará a Quito.', 'es', P))).toEqual(['ES>Lima@PE:visit', 'Lima@PE>Quito@EC:visit']);
    // a comma and a bare name open a new clause, not a next stop
    const Q = [...P, C('CL', ['Chile']), C('CO', ['Colombia'])];
    expect(triples(run('El canciller de Chile viajó a Lima y después a Quito, y Colombia anunció nuevos aranceles.', 'es', Q))).toEqual(['CL>Lima@PE:visit', 'Lima@PE>Quito@EC:visit']);
    // the region a tour covers is no stop
    expect(triples(run("Le ministre français est arrivé à Dakar pour un périple en Afrique qu'il poursuivra ensuite à Abidjan.", 'fr', P))).toEqual([
      'Dakar@SN>Abidjan@CI:visit', 'FR>Dakar@SN:visit',
    ]);
  });
  it('people deported in a passive clause go home from the agent; a bare participle on them leaves the clause open', () => {
    const P = [C('DO', ['República Dominicana'], ['dominicanos']), C('HT', ['Haïti'], ['Haïtiens', 'haitianos']), C('BS', ['Bahamas']), C('US', ['Estados Unidos']), C('SV', ['El Salvador'])];
    expect(triples(run('Plus de 2 500 Haïtiens ont été expulsés par les Bahamas en mai.', 'fr', P))).toEqual(['BS>HT:people']);
    expect(triples(run('Unos 600 haitianos fueron deportados por la República Dominicana la semana pasada.', 'es', P))).toEqual(['DO>HT:people']);
    expect(triples(run('El Salvador recibió el viernes a 90 haitianos deportados por Estados Unidos.', 'es', P))).not.toContain('US>HT:people');
  });
  it('people of one country sending from another, to nowhere named, send home', () => {
    const P = [C('EC', ['Ecuador'], ['ecuatorianos']), C('ES', ['España']), C('PH', ['Philippines'], ['philippins']), C('SA', ['Arabie saoudite'])];
    expect(triples(run('Los trabajadores ecuatorianos enviaron 900 millones de dólares desde España en 2022.', 'es', P))).toEqual(['ES>EC:money']);
    expect(triples(run("Les infirmiers philippins ont envoyé 2 milliards de dollars depuis l'Arabie saoudite l'an dernier.", 'fr', P))).toEqual(['SA>PH:money']);
  });
  it('a town naming a ship class after "clase"/"class" is no place; to decommission ("dar de baja") is no giving', () => {
    const P = [C('PE', ['Perú']), C('KR', ['Corea del Sur']), C('NO', ['Noruega']), CITY('Incheon', 'KR'), CITY('Callao', 'PE')];
    expect(triples(run('El Perú recibió en Callao la primera de dos corbetas clase Incheon compradas a Corea del Sur.', 'es', P))).toEqual(['KR>Callao@PE:vehicles']);
    expect(run('El Perú dará de baja tres patrulleros comprados a Noruega en 1998.', 'es', P).some((f) => f.from === 'PE')).toBe(false);
  });
  it('a tanker that travels carries fuel; tankers sold are vessels', () => {
    const P = [C('MX', ['México']), C('CU', ['Cuba']), CITY('Pajaritos', 'MX'), CITY('Matanzas', 'CU')];
    expect(triples(run('El petrolero zarpó el lunes de Pajaritos y atracó el jueves en Matanzas.', 'es', P))).toEqual(['Pajaritos@MX>Matanzas@CU:oil']);
    expect(triples(run('México vendió dos petroleros a Cuba.', 'es', P))).toEqual(['MX>CU:vehicles']);
  });
  it('goods each followed by their own nationality, make or seller come from there, one source each', () => {
    const P = [C('GR', ['Grécia', 'Grèce', 'Greece']), C('SE', ['Suecia', 'Suède']), C('IT', ['Italia']), C('US', ['États-Unis', 'United States', 'Estados Unidos']),
      C('IL', ['Israel'], ['israelíes', 'israéliens']), C('KR', ['Corea del Sur'], ['surcoreanos']), C('FI', ['Finlande'], ['finlandais']), C('FR', ['France'], ['français']), C('AR', ['Argentina'])];
    // a make after the goods ("de fabrication X"); a model the lexicon does not know, in the same list
    expect(triples(run('La Grèce achètera des radars, de fabrication finlandaise, des blindés Patria finlandais et des canons ZX-9 français.', 'fr', [...P, C('FI', ['Finlande'], ['finlandais', 'finlandaise'])]))).toEqual(['FI>GR:technology', 'FI>GR:vehicles', 'FR>GR:weapons']);
    expect(triples(run('Argentina compró drones israelíes y obuses surcoreanos.', 'es', P))).toEqual(['IL>AR:weapons', 'KR>AR:weapons']);
    // goods of a nationality, then goods bought from a named seller
    expect(triples(run('La Suède a réceptionné des drones israéliens et des hélicoptères achetés aux États-Unis.', 'fr', P))).toEqual(['IL>SE:weapons', 'US>SE:vehicles']);
  });
  it('goods ordered "from" (à, a, aos) a country come from it; waiting for their delivery is a planned receipt', () => {
    const P = [C('GR', ['Grécia', 'Grèce', 'Greece']), C('SE', ['Suecia', 'Suède', 'Suécia', 'Sweden']), C('IT', ['Italia']), C('US', ['États-Unis', 'United States', 'Estados Unidos'])];
    expect(withStatus(run('La Grèce attend la livraison de six frégates commandées à la Suède.', 'fr', P))).toEqual(['SE>GR:vehicles:planned']);
    expect(withStatus(run('A Grécia aguarda a entrega de seis fragatas encomendadas à Suécia.', 'pt', P))).toEqual(['SE>GR:vehicles:planned']);
    expect(withStatus(run('Italia espera la entrega de seis fragatas encargadas a Suecia.', 'es', P))).toEqual(['SE>IT:vehicles:planned']);
    expect(withStatus(run('Greece awaits delivery of six frigates ordered from Sweden.', 'en', P))).toEqual(['SE>GR:vehicles:planned']);
  });
  it('people going back go home when no destination is named; "voltou a" + verb is doing it again', () => {
    const P = [C('AF', ['Afganistán', 'Afghanistan'], ['afganos', 'Afghan']), C('PK', ['Pakistán', 'Pakistan', 'Paquistão']), C('IR', ['Irán']), C('ML', ['Mali']), C('FR', ['França'])];
    expect(triples(run('Unos 80.000 refugiados afganos regresaron desde Pakistán en marzo.', 'es', P))).toEqual(['PK>AF:people']);
    expect(triples(run('Some 80,000 Afghan refugees returned from Pakistan in March.', 'en', P))).toEqual(['PK>AF:people']);
    expect(triples(run('A França voltou a enviar tropas ao Mali.', 'pt', P))).toEqual(['FR>ML:troops']);
    // a return with nothing of people near is no transfer
    expect(run('O ministro voltou ao tema do Paquistão.', 'pt', P)).toEqual([]);
  });
  it('a count may stand up to three words before its goods ("12 new Gripen fighter jets"); past "new", digits only', () => {
    const P = [C('SE', ['Sweden']), C('CL', ['Chile']), C('CA', ['Canada']), C('UA', ['Ukraine', 'Ucrânia'])];
    expect(run('Chile bought 12 new Gripen E jets from Sweden.', 'en', P).map((f) => f.quantity)).toEqual([12]);
    expect(run('Canada sent a new package of aid to Ukraine.', 'en', P).map((f) => f.quantity ?? null)).toEqual([null]);
  });
  it('review of the make, order, return and pairing rules: no reversal, no year as a count, no extra sources', () => {
    const P = [C('ES', ['España']), C('SN', ['Senegal']), C('FR', ['France']), C('RU', ['Russia']), C('UA', ['Ukraine', 'Ucrania']), C('DE', ['Alemania', 'Germany'], ['German']),
      C('US', ['Estados Unidos', 'United States']), C('PL', ['Poland'], ['Polish']), C('CN', ['China'], ['Chinese']), C('EU', ['Europe']), C('SY', ['Syria'], ['Syrian']),
      C('GB', ['Britain'], ['British']), REGION('Kursk', 'RU'), C('PS', ['Gaza'])];
    // "country of origin in X" is where people are sent, not where goods are made
    expect(triples(run('España deportó a 300 migrantes a su país de origen en Senegal.', 'es', P))).toEqual(['ES>SN:people']);
    // a year or a date before the people is no count of them
    expect(run('Since 2015 the Syrian refugees arrived in Germany from Syria.', 'en', P).map((f) => f.quantity ?? null)).toEqual([null]);
    // "ordered to" is a command; bought "for" a place is where goods go; a seller is not the sender
    expect(triples(run('Russia moved 5,000 troops ordered to Kursk.', 'en', P))).toEqual(['RU>Kursk@RU:troops']);
    expect(triples(run('Alemania envió alimentos comprados para Gaza.', 'es', P))).toEqual(['DE>PS:other']);
    expect(triples(run('Estados Unidos envió a Ucrania misiles encargados a Alemania.', 'es', P))).toEqual(['US>UA:missiles']);
    // English nationalities stand before their goods; goods with no nationality of their own keep the seller
    expect(triples(run('Ukraine received German tanks and British howitzers.', 'en', P))).toEqual(['DE>UA:vehicles', 'GB>UA:weapons']);
    expect(triples(run('Ukraine received tanks, Polish howitzers and missiles purchased from Britain.', 'en', P))).toEqual(['GB>UA:missiles', 'GB>UA:vehicles', 'GB>UA:weapons']);
    // a nationality alone going back is no people going back
    expect(run('Chinese investment returned from Europe in 2024.', 'en', P)).toEqual([]);
  });
  it('not ruling a transfer out is a plan, not a denial; giving the number or location of goods gives no goods', () => {
    const P = [C('NO', ['Norvège', 'Norway', 'Noruega']), C('EE', ['Estonie', 'Estonia']), C('LT', ['Lituanie', 'Lithuania'])];
    expect(withStatus(run("La Norvège n'exclut pas de livrer des obusiers à l'Estonie.", 'fr', P))).toEqual(['NO>EE:weapons:planned']);
    expect(withStatus(run('Norway does not rule out sending troops to Lithuania.', 'en', P))).toEqual(['NO>LT:troops:planned']);
    expect(withStatus(run('Noruega no descarta enviar tropas a Estonia.', 'es', P))).toEqual(['NO>EE:troops:planned']);
    expect(withStatus(run("La Norvège n'a pas livré d'obusiers à l'Estonie.", 'fr', P))).toEqual(['NO>EE:weapons:denied']);
    expect(run('Norway gave Lithuania the location of the howitzers.', 'en', P)).toEqual([]);
    expect(triples(run('Norway sent a number of howitzers to Lithuania.', 'en', P))).toEqual(['NO>LT:weapons']);
  });
  it('ordering goods (English "order") receives them; a withdrawal noun takes troops home; a site named by goods holds no goods', () => {
    const P = [C('NL', ['Netherlands', 'Pays-Bas']), C('KR', ['South Korea']), C('TD', ['Chad', 'Tchad']), C('FR', ['France'], ['French', 'français']), CITY('Faya', 'TD')];
    expect(triples(run('The Netherlands ordered 46 tanks from South Korea.', 'en', P))).toEqual(['KR>NL:vehicles']);
    expect(run('The Dutch general ordered troops to Faya.', 'en', P)).toEqual([]);
    expect(triples(run('The withdrawal of French troops from Chad ended in January.', 'en', P))).toEqual(['TD>FR:troops']);
    expect(triples(run('La France a achevé le retrait de ses 1 000 soldats de la base aérienne de drones de Faya.', 'fr', P))).toEqual(['Faya@TD>FR:troops']);
  });
  it('review: shared words that are no transfer', () => {
    const P = [C('JP', ['Japan']), C('QA', ['Qatar']), C('FR', ['France', 'França']), C('TD', ['Chad', 'Chade']), C('DE', ['Alemanha', 'Germany']), C('UA', ['Ucrânia', 'Ukraine']), C('EU', ['União Europeia']), C('PK', ['Pakistan']), C('IN', ['India']), C('MX', ['Mexico'], ['Chinese']), C('GB', ['Britain'])];
    // an English transfer word after an adverb stays a verb
    expect(triples(run('Japan still imports most of its gas from Qatar.', 'en', P))).toEqual(['QA>JP:oil']);
    // "training aircraft" are aircraft
    expect(triples(run('France sent training aircraft to Chad.', 'en', P))).toEqual(['FR>TD:vehicles']);
    // "dar" with no goods leaves the clause to the transfer noun after it
    expect(triples(run('A Alemanha deu início às entregas de tanques à Ucrânia.', 'pt', P))).toEqual(['DE>UA:vehicles']);
    // a package with an amount is money
    expect(triples(run('A União Europeia aprovou um pacote de apoio de 35 mil milhões de euros à Ucrânia.', 'pt', P))).toEqual(['EU>UA:money']);
    // "flowed" with nothing named is no visit
    expect(run('Floodwater flowed from Pakistan into India.', 'en', P)).toEqual([]);
    // a later "another" or "similar" does not make an earlier transfer noun repeat one
    expect(triples(run('Britain shipped cruise missiles to Ukraine in May. Germany opposed the shipment and proposed another approach.', 'en', P))).toEqual(['GB>UA:missiles']);
  });
  it('a transfer stated with one end takes the other from a recent sentence that stated it with one end too', () => {
    const P = [C('PE', ['Peru', 'Perú']), C('CL', ['Chile']), C('MX', ['México', 'Mexico']), C('KR', ['Corea del Sur']), CITY('Lima', 'PE', true)];
    // the receipt names no sender; the next sentence's lender names no receiver: one flow, both sentences quoted
    const text = 'Perú recibió 2.000 millones de dólares en préstamos, según el banco central en Lima. Los préstamos fueron concedidos por México.';
    const fs = run(text, 'es', P);
    expect(triples(fs)).toEqual(['MX>PE:money']);
    expect(fs[0]!.quotes.map((q) => q.text)).toEqual(['Perú recibió 2.000 millones de dólares en préstamos, según el banco central en Lima.', 'Los préstamos fueron concedidos por México.']);
    // a route is no end ("by way of", a port of call), nor is a ship that has only left
    expect(run('Chile exported 40 tanks last year. The ships sailed past Mexico.', 'en', P)).toEqual([]);
  });
  it('a source phrase as a copula\'s predicate sends to the recipient just named, with each sender\'s own amount', () => {
    const P = [C('PH', ['Philippines', 'Filipinas']), C('US', ['United States', 'Estados Unidos']), C('JP', ['Japan', 'Japón']), C('SA', ['Saudi Arabia']),
      C('SN', ['Sénégal']), C('FR', ['France']), C('IT', ["l'Italie"]), C('ES', ['Espagne'])];
    const en = run('The Philippines received $38 billion in remittances in 2024. The United States remained the largest source of the money, with $15 billion, followed by Saudi Arabia at $3 billion and Japan.', 'en', P);
    expect(en.map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity ?? '-'}`).sort()).toEqual(['JP>PH:money:-', 'SA>PH:money:3000000000', 'US>PH:money:15000000000']);
    expect(triples(run('Filipinas recibió más remesas. Estados Unidos fue el principal origen del dinero, seguido de Japón.', 'es', P))).toEqual(['JP>PH:money', 'US>PH:money']);
    // a run-on list of senders, each repeated, makes one flow per sender
    const long = `The Philippines received $38 billion in remittances. Japan was the largest source of the money, followed by ${'Saudi Arabia, the United States, '.repeat(2000)}and Japan.`;
    expect(triples(run(long, 'en', P))).toEqual(['JP>PH:money', 'SA>PH:money', 'US>PH:money']);
    // "devant" ranks more senders, never names the receiver
    expect(triples(run("Le Sénégal a reçu 900 millions d'euros de transferts. La France est la première source de ces fonds, devant l'Italie et l'Espagne.", 'fr', P))).toEqual(['ES>SN:money', 'FR>SN:money', 'IT>SN:money']);
    // a source of something no transfer names states nothing
    expect(run('Japan is the main source of the rumours about the Philippines.', 'en', P)).toEqual([]);
  });
  it('training naming a vehicle is no training; the count inside a unit of troops is the number sent; deportees flown in come from the deporter', () => {
    const P = [C('PY', ['Paraguay']), C('KR', ['Corea del Sur']), C('RW', ['Rwanda'], ['rwandais']), C('ML', ['Mali']), C('US', ['Estados Unidos']), C('CR', ['Costa Rica']), C('CN', ['China']), C('IN', ['India'])];
    expect(triples(run('Paraguay compró cuatro aviones de entrenamiento a Corea del Sur.', 'es', P))).toEqual(['KR>PY:vehicles']);
    const fr = run('Le Rwanda a envoyé un bataillon de 650 soldats au Mali.', 'fr', P);
    expect(fr.map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['RW>ML:troops:650']);
    const es = run('Un vuelo aterrizó en Costa Rica con 80 migrantes de China e India deportados por Estados Unidos.', 'es', P);
    expect(es.map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['US>CR:people:80']);
  });
  it('a place owning what a route preposition introduces is on the route; people freed and flown on end in the city', () => {
    const P = [C('MR', ['Mauritanie'], ['mauritaniennes']), C('SN', ['Sénégal']), CITY('Rosso', 'MR'), C('LK', ['Sri Lanka']), C('IN', ['India'], ['Indian']), CITY('Chennai', 'IN'), CITY('Colombo', 'LK', true)];
    expect(triples(run('La Mauritanie a renvoyé 300 migrants vers le Sénégal via le poste frontière de Rosso.', 'fr', P))).toEqual(['MR>SN:people']);
    const en = run('Sri Lanka released 12 Indian sailors on Monday and flew them to Chennai, the Indian High Commission in Colombo said.', 'en', P);
    expect(withStatus(en)).toEqual(['LK>Chennai@IN:people:stated']);
  });
  it('goods a definite shipment includes travel along the latest transfer, each with its own category', () => {
    const P = [C('US', ['United States']), C('PL', ['Poland']), C('CN', ['Chine']), C('CD', ['RDC'])];
    // (what the goods are for, "for its howitzers", is not in the package)
    const en = run('The United States will deliver a new aid package to Poland. The package includes 40 armoured vehicles and ammunition for its howitzers.', 'en', P);
    expect(triples(en)).toEqual(['US>PL:aid', 'US>PL:munitions', 'US>PL:vehicles']);
    expect(en.find((f) => f.category === 'vehicles')!.quantity).toBe(40);
    const fr = run("La Chine a livré des blindés à la RDC. Selon des experts, le lot comprenait aussi des milliers d'obus.", 'fr', P);
    expect(withStatus(fr).sort()).toEqual(['CN>CD:munitions:reported', 'CN>CD:vehicles:stated']);
    // an English indefinite "a package" after a transfer names no package of it
    expect(triples(run('The United States sent aid to Poland. A package includes 40 armoured vehicles.', 'en', P))).toEqual(['US>PL:aid']);
  });
  it('the force owning an arriving aircraft sends what it carries; a share of a country\'s imports or exports names that country; ranked countries supply too', () => {
    const P = [C('AR', ['Argentina']), C('CL', ['Chile']), C('RU', ['Russia', 'Russie']), C('IN', ['India']), C('FR', ['France']), C('US', ['United States']),
      C('BR', ['Brazil']), C('CN', ['China']), C('DZ', ["l'Algérie"]), C('DE', ["l'Allemagne"])];
    expect(triples(run('Un avión KC-390 de la Fuerza Aérea Argentina aterrizó en Chile con 20 toneladas de material médico.', 'es', P))).toEqual(['AR>CL:aid']);
    expect(triples(run("Russia sold 30% of India's arms imports, far ahead of France and the United States.", 'en', P))).toEqual(['FR>IN:weapons', 'RU>IN:weapons', 'US>IN:weapons']);
    expect(triples(run("China bought half of Brazil's soy exports in 2024.", 'en', P))).toEqual(['BR>CN:other']);
    expect(triples(run("La Russie a fourni 60 % des armes importées par l'Algérie, devant l'Allemagne.", 'fr', P))).toEqual(['DE>DZ:weapons', 'RU>DZ:weapons']);
    // no share, no ranking; a share in two words ("per cent")
    expect(triples(run("The United States sent troops to India ahead of Russia's exercises.", 'en', P))).toEqual(['US>IN:troops']);
    expect(triples(run("Russia sold 30 per cent of India's arms imports.", 'en', P))).toEqual(['RU>IN:weapons']);
  });
  it('forces "alongside" whom others serve are no end; a negative on the goods denies their sending', () => {
    const P = [C('JP', ['Japan']), C('PH', ['Philippines'], ['Philippine']), C('US', ['United States'], ['U.S.']), C('RU', ['Russia'], ['Russian']), C('SO', ['Somalia'])];
    expect(triples(run('Philippine pilots will train in Japan alongside U.S. officers next year.', 'en', P))).toEqual(['JP>PH:training']);
    expect(withStatus(run('Officials said no Russian wheat has been shipped to Somalia this year.', 'en', P))).toEqual(['RU>SO:other:denied']);
    // (a negative in an earlier clause denies nothing later)
    expect(withStatus(run('Japan sent no troops; Russia shipped wheat to Somalia.', 'en', P))).toEqual(['RU>SO:other:stated']);
  });
  it('"by force" between a verb and its place leaves the place its role; a place announcing an amount gives it to the place it is for', () => {
    const P = [C('AO', ['Angola']), C('CD', ['Congo'], ['congoleses']), REGION('Lunda Norte', 'AO', ['Lunda Norte']), C('GB', ['Reino Unido', 'Britain']), C('SD', ['Sudan']), C('JP', ['Japan'])];
    expect(triples(run('Cerca de 900 garimpeiros congoleses foram expulsos à força da Lunda Norte para o Congo.', 'pt', P))).toEqual(['Lunda Norte@AO>CD:people']);
    // a force that is a noun ("à força de paz") is where troops go, not a manner
    expect(triples(run('Angola enviou 300 soldados à força de paz no Congo.', 'pt', P))).toEqual(['AO>CD:troops']);
    const en = run('Britain announced £12 million in humanitarian aid for Sudan on Friday.', 'en', P);
    expect(en.map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}:${f.unit}`)).toEqual(['GB>SD:aid:12000000:GBP']);
    // an announcement with no amount, or with no place it is for, gives nothing
    expect(run('Britain announced new sanctions on Sudan.', 'en', P)).toEqual([]);
    expect(run('Japan announced $3 billion in profits, Sudan said.', 'en', P)).toEqual([]);
  });
  it('each buyer in a buyer list keeps its own amount', () => {
    const P = [C('EC', ['Ecuador'], ['ecuatorianas']), C('ES', ['España']), C('NL', ['Países Bajos'])];
    const fs = run('Las exportaciones ecuatorianas de camarón crecieron. España fue el principal comprador, con compras por 95 millones de dólares, seguida de los Países Bajos.', 'es', P);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.quantity ?? '-'}`).sort()).toEqual(['EC>ES:95000000', 'EC>NL:-']);
  });
  it('"um segundo grupo" is an ordinal, not "according to"', () => {
    const P = [C('TL', ['Timor-Leste']), C('LB', ['Líbano'])];
    expect(withStatus(run('Timor-Leste vai enviar um segundo grupo, de 40 militares, para o Líbano.', 'pt', P))).toEqual(['TL>LB:troops:planned']);
  });
  it('"the country" as a giving verb\'s object is the latest recipient; a verb of saying opening the sentence does not hedge a later clause with its own subject', () => {
    const P = [C('KR', ['South Korea'], ['South Korean']), C('VN', ['Vietnam']), C('JP', ['Japan']), C('AU', ['Australia'])];
    const fs = run('South Korea flew relief supplies to Vietnam on Monday. Japan said it would send tents, and Australia has given the country $2 million in humanitarian aid.', 'en', P);
    expect(withStatus(fs).sort()).toEqual(['AU>VN:aid:stated', 'JP>VN:aid:planned', 'KR>VN:aid:stated']);
    // a coordinated subject after "said" is still what was said
    expect(withStatus(run('Analysts said Japan and Australia had sent aid to Vietnam.', 'en', P)).sort()).toEqual(['AU>VN:aid:reported', 'JP>VN:aid:reported']);
  });
  it('money people of a nationality "sent home" goes to their country; the next sentence\'s largest source sends it', () => {
    const P = [C('NP', ['Nepal'], ['Nepali']), C('QA', ['Qatar']), C('MY', ['Malaysia']), CITY('Kathmandu', 'NP', true)];
    const fs = run('Nepali migrant workers sent home $11 billion last year, the central bank in Kathmandu said. Qatar was the largest source of the money, followed by Malaysia.', 'en', P);
    expect(triples(fs)).toEqual(['MY>NP:money', 'QA>NP:money']);
    // workers sent home from a country are people going back
    expect(triples(run('About 300 Nepali workers were sent home from Qatar.', 'en', P))).toEqual(['QA>NP:people']);
  });
  it('a buyer list still reads when the sentence\'s only flow took an end from the discourse; buyers keep measured amounts', () => {
    const P = [C('BR', ['Brasil'], ['brasileiro']), C('CN', ['China']), C('US', ['Estados Unidos'])];
    const fs = run('O Brasil exportou 3 milhões de toneladas de açúcar em maio. A China foi o principal destino, com 1,2 milhão de toneladas, seguida pelos Estados Unidos, que compraram 400 mil toneladas do produto brasileiro.', 'pt', P);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.quantity}`).sort()).toEqual(['BR>CN:1200000', 'BR>US:400000']);
  });
  it('the subject of a word of dependence receives the goods named from the place after it, or from the goods\' nationality', () => {
    const P = [C('VN', ['Vietnam']), C('RU', ['Russia'], ['Russian']), C('DE', ['Germany']), C('EG', ['Egypt']), C('UA', ['Ukraine']), C('LA', ['Laos']), C('CN', ['China']),
      C('PT', ['Portugal']), C('DZ', ['Argélia'], ['argelino']), C('TD', ['Tchad']), C('FR', ['France']), C('CU', ['Cuba']), C('MX', ['México'])];
    expect(triples(run('Vietnam has long relied on Russia for most of its weapons, but deliveries have slowed.', 'en', P))).toEqual(['RU>VN:weapons']);
    expect(triples(run('Germany relies heavily on Russian gas.', 'en', P))).toEqual(['RU>DE:oil']);
    expect(triples(run('Portugal depende do gás argelino desde 2010.', 'pt', P))).toEqual(['DZ>PT:oil']);
    expect(triples(run('Le Tchad dépend de la France pour son carburant.', 'fr', P))).toEqual(['FR>TD:oil']);
    expect(triples(run('Cuba depende de México para el combustible.', 'es', P))).toEqual(['MX>CU:oil']);
    // no goods named, or no longer dependent: nothing stated
    expect(run('Laos depends on China for growth.', 'en', P)).toEqual([]);
    expect(run('Egypt no longer depends on Ukraine for wheat.', 'en', P)).toEqual([]);
  });
  it('vials of serum or a single vaccine are medicines: aid', () => {
    const P = [C('BR', ['Brasil'], ['brasileiro']), C('MZ', ['Moçambique'])];
    const fs = run('O Brasil enviou para Moçambique 4.800 frascos de soro antiofídico.', 'pt', P);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['BR>MZ:aid:4800']);
    expect(triples(run('O Brasil enviou para Moçambique 4.800 frascos de vacina.', 'pt', P))).toEqual(['BR>MZ:aid']);
    // sold, medicines are goods
    expect(triples(run('O Brasil vendeu vacinas a Moçambique.', 'pt', P))).toEqual(['BR>MZ:other']);
  });
  it('a verb governing an infinitive past an adverb is its auxiliary ("ofrecieron también enviar"); to take goods from a place receives them', () => {
    const P = [C('PE', ['Perú']), C('BO', ['Bolivia']), C('CL', ['Chile']), C('TR', ['Turkey']), C('QA', ['Qatar']), C('OM', ['Oman'])];
    expect(withStatus(run('Perú y Bolivia ofrecieron también enviar tropas a Chile.', 'es', P)).sort()).toEqual(['BO>CL:troops:planned', 'PE>CL:troops:planned']);
    expect(triples(run('Turkey will also take 24 second-hand Typhoon jets from Qatar and Oman.', 'en', P))).toEqual(['OM>TR:vehicles', 'QA>TR:vehicles']);
    // taking a town, or taking part, takes no goods
    expect(run('Turkey took the town from Qatar last week.', 'en', P)).toEqual([]);
  });
  it('an "after" phrase opening the sentence names where the traveller leaves from', () => {
    const P = [C('CN', ['China'], ['Chinese']), CITY('Pekín', 'CN', true), CITY('Shanghái', 'CN', false), CITY('Beijing', 'CN', true), CITY('Tokyo', 'JP', true), C('LY', ['Libya']), C('IT', ['Italy'])];
    expect(withStatus(run('Tras su paso por Pekín, Petro tiene previsto viajar a Shanghái.', 'es', P))).toEqual(['Pekín@CN>Shanghái@CN:visit:planned']);
    expect(triples(run('After talks in Beijing, Petro will travel to Tokyo.', 'en', P))).toEqual(['Beijing@CN>Tokyo@JP:visit']);
    // ("el mandatario": an official travels)
    expect(triples(run('Tras su paso por China, el mandatario tiene previsto viajar a Tokyo.', 'es', P))).toEqual(['CN>Tokyo@JP:visit']);
    expect(triples(run('After a week in Libya, the migrants sailed to Italy.', 'en', P))).toEqual(['LY>IT:people']);
    // an opening "after" phrase that names no place leaves the traveller's home as the start
    expect(triples(run('After the summit, the Chinese premier will travel to Tokyo.', 'en', P))).toEqual(['CN>Tokyo@JP:visit']);
  });
  it('trainers named by nationality train past auxiliaries ("have been training"); training at the trainees\' home names no trainer', () => {
    const P = [C('CN', ['China'], ['Chinese']), C('SB', ['Solomon Islands']), C('ES', ['España']), C('SO', ['Somalia'], ['somalíes']), CITY('Berbera', 'SO')];
    expect(triples(run('Chinese officers have been training local forces in the Solomon Islands since 2022.', 'en', P))).toEqual(['CN>SB:training']);
    expect(triples(run('Un equipo de infantes de marina adiestrará a guardacostas somalíes en Berbera.', 'es', P))).toEqual([]);
  });
  it('a participle with its own agent between the subject and the verb says who built or backs the subject: no sender', () => {
    const P = [C('JP', ['Japan'], ['Japanese', 'japonês']), C('ZM', ['Zambia', 'Zâmbia']), C('RU', ['Russia']), C('CN', ['China']), C('ML', ['Mali'])];
    for (const [text, lang] of [['The plant, built by a Japanese firm, will export urea to Zambia.', 'en'], ['A unidade, financiada por um consórcio japonês, vai também exportar ureia para a Zâmbia.', 'pt']] as const) {
      expect(triples(run(text, lang, P)).filter((x) => x.startsWith('JP>'))).toEqual([]);
    }
    // a place subject before the apposition still sends
    expect(triples(run('Russia, backed by China, sent troops to Mali.', 'en', P))).toEqual(['RU>ML:troops']);
    expect(triples(run('Angola, advised by a Japanese firm, will export fuel to Zambia.', 'en', [...P, C('AO', ['Angola'])]))).toEqual(['AO>ZM:oil']);
  });
  it('people sent back with a regional nationality leave from the subject; a place in an elaboration on the people is not where they leave', () => {
    const P = [C('MX', ['México']), C('GT', ['Guatemala']), C('US', ['Estados Unidos']), REGION('Sinaloa', 'MX')];
    expect(triples(run('México devolvió a Guatemala por vía terrestre a unos 2.000 centroamericanos.', 'es', P))).toEqual(['MX>GT:people']);
    expect(triples(run('México envió a Estados Unidos a 26 presos, entre ellos varios mandos del Cártel de Sinaloa.', 'es', P))).toEqual(['MX>US:people']);
  });
  it('a carrier landing in a capital lands in the city', () => {
    const P = [C('KR', ['South Korea'], ['South Korean']), C('VN', ['Vietnam']), CITY('Hanoi', 'VN', true)];
    expect(triples(run('A South Korean air force plane carrying 20 tonnes of relief supplies landed in Hanoi on Tuesday, after floods in Vietnam.', 'en', P))).toEqual(['KR>Hanoi@VN:aid']);
  });
  it('buyer phrases with an ordinal, a regional adjective, or after the sentence\'s own sending with no destination', () => {
    const P = [C('RU', ['Russia']), C('EG', ['Egypt']), C('IR', ['Iran']), C('ES', ['España'], ['española']), C('JP', ['Japón']), C('GT', ['Guatemala'], ['guatemalteca']), C('PA', ['Panamá'])];
    expect(triples(run('Russia shipped a record 55 million tonnes of wheat abroad last season, with Egypt and Iran its biggest buyers.', 'en', P))).toEqual(['RU>EG:other', 'RU>IR:other']);
    expect(triples(run('Japón es el segundo comprador asiático de carne de cerdo española.', 'es', P))).toEqual(['ES>JP:other']);
    // electricity is traded goods
    expect(withStatus(run('Panamá prevé comprar energía guatemalteca a partir de 2026.', 'es', P))).toEqual(['GT>PA:other:planned']);
  });
  it('a share of the goods after "dont" or "of which" goes where the share goes', () => {
    const P = [C('RU', ['Russie', 'Russia']), C('CN', ['Chine', 'China'])];
    expect(withStatus(run('La Russie exportera 30 millions de tonnes de GNL, dont une part croissante vers la Chine.', 'fr', P))).toEqual(['RU>CN:oil:planned']);
    expect(triples(run('Russia will export 30 million tonnes of LNG, of which half to China.', 'en', P))).toEqual(['RU>CN:oil']);
  });
  it('a debt is money the creditor lent the debtor; "deve" + a verb is "must"', () => {
    const P = [C('AO', ['Angola']), C('CN', ['China'], ['chinos']), C('EC', ['Ecuador']), C('NE', ['Niger']), C('FR', ['France']), C('BR', ['Brasil']), C('AR', ['Argentina'])];
    expect(run('Angola owes China $17 billion.', 'en', P).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}:${f.unitKey}`)).toEqual(['CN>AO:money:17000000000:USD']);
    expect(triples(run('Ecuador aún debe unos 3.000 millones de dólares a bancos chinos.', 'es', P))).toEqual(['CN>EC:money']);
    expect(triples(run("Le Niger doit 200 millions d'euros à la France.", 'fr', P))).toEqual(['FR>NE:money']);
    expect(triples(run('O Brasil deve enviar US$ 1 bilhão à Argentina.', 'pt', P))).toEqual(['BR>AR:money']);
    // another verb between: no debt ("must spend", "doit rembourser"); the creditor's passive is skipped
    expect(run('O Brasil deve gastar 2 mil milhões de dólares na Argentina.', 'pt', P)).toEqual([]);
    // (a repayment the debtor must make is its own flow, to the creditor: session 37's verbs of repaying)
    expect(run("Le Niger doit rembourser 200 millions d'euros à la France.", 'fr', P).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`)).toEqual(['NE>FR:money:planned']);
    expect(run('China is owed $17 billion by Angola.', 'en', P)).toEqual([]);
  });
  it('a vehicle loaded with goods past its owner ("un navire des garde-côtes chargé de vivres") only carries them', () => {
    const P = [C('MU', ['Maurice']), CITY('Toamasina', 'MG')];
    expect(triples(run('Maurice a dépêché vers Toamasina un navire des garde-côtes chargé de vivres.', 'fr', P))).toEqual(['MU>Toamasina@MG:aid']);
  });
  it('lending a plain noun that is no money or goods lends nothing ("prestar su territorio", "prestó apoyo")', () => {
    const P = [C('CU', ['Cuba']), C('RU', ['Rusia']), C('ES', ['España']), C('EC', ['Ecuador'])];
    expect(run('Cuba prestó su territorio a Rusia.', 'es', P)).toEqual([]);
    expect(run('España prestó apoyo a Ecuador.', 'es', P)).toEqual([]);
    expect(triples(run('Rusia prestó a Cuba 200 millones de dólares.', 'es', P))).toEqual(['RU>CU:money']);
    expect(triples(run('España prestó dinero a Ecuador.', 'es', P))).toEqual(['ES>EC:money']);
  });
  it('reinforcing with troops or arms sends them, strengthening anything else sends nothing; "prendre possession" receives goods', () => {
    const P = [C('BR', ['Brasil']), REGION('Roraima', 'BR'), C('US', ['US']), C('PL', ['Poland']), C('FR', ['France'], ['françaises']), C('TD', ['Tchad']), C('MA', ['Maroc']), C('PT', ['Portugal']), C('AO', ['Angola']), C('GR', ['Grèce'])];
    expect(triples(run('Brasil, por su parte, reforzó con 28 vehículos blindados su presencia militar en Roraima.', 'es', P))).toEqual(['BR>Roraima@BR:vehicles']);
    expect(triples(run('The US reinforced its presence in Poland with 2,000 troops.', 'en', P))).toEqual(['US>PL:troops']);
    expect(triples(run('La France a renforcé de 300 soldats sa présence au Tchad.', 'fr', P))).toEqual(['FR>TD:troops']);
    expect(run('La France et le Maroc ont renforcé leur coopération.', 'fr', P)).toEqual([]);
    expect(run('Portugal quer reforçar a formação dos quadros de Angola.', 'pt', P)).toEqual([]);
    expect(triples(run('La Grèce a pris possession de trois frégates françaises.', 'fr', P))).toEqual(['FR>GR:vehicles']);
  });
  it('the maker of goods after an active verb ("fabriqués par une PME de Bretagne") is not where they leave from', () => {
    const P = [C('FR', ['France']), REGION('Bretagne', 'FR'), C('UA', ['Ukraine'])];
    expect(triples(run("La France a promis de livrer à l'Ukraine une dizaine de robots de déminage fabriqués par une PME de Bretagne.", 'fr', P))).toEqual(['FR>UA:technology']);
  });
  it('a receiver of a share of unnamed goods takes the latest transfer\'s goods; a trade verb\'s price is the value traded', () => {
    const P = [C('CO', ['Colombia']), C('US', ['Estados Unidos']), C('CN', ['China']), CITY('Miami', 'US')];
    // (two sentences of one place each are not paired: the second names Miami too)
    const fs = run('Colombia exportó flores por 2.000 millones de dólares en 2024. Estados Unidos recibió el 80 % de los envíos, la mayoría a través de Miami.', 'es', P);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.category}`)).toEqual(['CO>US:other']);
    const v = run('Colombia exportó el año pasado a China bienes por 2.300 millones de dólares.', 'es', P);
    expect(v.map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}:${f.unitKey}`)).toEqual(['CO>CN:other:2300000000:USD']);
  });
  it('to supply oneself ("s\'approvisionner", "se abastece") is to receive; the object of "approvisionner" and the subject of a passive help receive', () => {
    const P = [C('HU', ['Hongrie']), C('SK', ['Slovaquie']), C('RU', ['Russie'], ['russe']), C('CU', ['Cuba']), C('VE', ['Venezuela'], ['venezolano']), C('UA', ['Ucrânia']), C('US', ['Estados Unidos'])];
    expect(triples(run("La Slovaquie et la Hongrie continuent de s'approvisionner en brut russe.", 'fr', P))).toEqual(['RU>HU:oil', 'RU>SK:oil']);
    expect(triples(run('Cuba se abastece de crudo venezolano.', 'es', P))).toEqual(['VE>CU:oil']);
    expect(triples(run('La Russie approvisionne la Hongrie en pétrole.', 'fr', P))).toEqual(['RU>HU:oil']);
    expect(triples(run('La Hongrie est approvisionnée en pétrole par la Russie.', 'fr', P))).toEqual(['RU>HU:oil']);
    expect(triples(run('A Ucrânia foi financiada pelos Estados Unidos.', 'pt', P))).toEqual(['US>UA:money']);
  });
  it('a Romance subject after the destination travels ("seguirão para São Tomé 40 militares portugueses")', () => {
    const P = [C('PT', ['Portugal'], ['portugueses']), C('ST', ['São Tomé e Príncipe']), C('TN', ['Túnez'], ['tunecinos']), CITY('Lampedusa', 'IT')];
    expect(withStatus(run('Seguirão em novembro para São Tomé e Príncipe 40 militares portugueses.', 'pt', P))).toEqual(['PT>ST:troops:planned']);
    expect(triples(run('Llegaron el lunes a Lampedusa 300 migrantes tunecinos.', 'es', P))).toEqual(['TN>Lampedusa@IT:people']);
  });
  it('coordinated subjects opening a Portuguese sentence with "A" each send ("A Noruega e o Reino Unido enviaram")', () => {
    const P = [C('NO', ['Noruega']), C('GB', ['Reino Unido']), C('AO', ['Angola'])];
    expect(triples(run('A Noruega e o Reino Unido enviaram tropas para Angola.', 'pt', P))).toEqual(['GB>AO:troops', 'NO>AO:troops']);
  });
  it('a share of the shipments ("l\'essentiel des cargaisons") carries what the latest transfer carried', () => {
    const P = [C('SN', ['Sénégal']), C('NL', ['Pays-Bas']), C('IT', ['Italie']), C('ES', ['Espagne'])];
    const fs = run("Le Sénégal a exporté 20 millions de barils de brut. L'essentiel des cargaisons a été livré aux Pays-Bas, en Italie et en Espagne.", 'fr', P);
    expect(triples(fs)).toEqual(['SN>ES:oil', 'SN>IT:oil', 'SN>NL:oil']);
  });
  it('a purpose infinitive\'s object is not what is sent; "sous forme" is the noun', () => {
    const P = [C('QA', ['Qatar']), C('LB', ['Liban']), C('DZ', ['Algérie']), C('ES', ['Espagne'], ['espagnols']), C('IR', ['Irán']), C('VE', ['Venezuela'])];
    expect(triples(run("Le Qatar s'est engagé à verser 20 millions de dollars au Liban pour compléter les soldes des militaires.", 'fr', P))).toEqual(['QA>LB:money']);
    expect(triples(run("L'Algérie vend du gaz, acheté sous forme liquéfiée, regazéifié dans des terminaux espagnols.", 'fr', P)).filter((x) => x.endsWith(':training'))).toEqual([]);
    expect(triples(run('Irán suministra a Venezuela condensado para diluir su crudo pesado.', 'es', P))).toEqual(['IR>VE:oil']);
  });
  it('money deposited "in payments for" goods is one transfer, the goods paid for come from their own nationality', () => {
    const P = [C('IQ', ['Iraq']), C('IR', ['Iran'], ['Iranian']), C('OM', ['Oman'])];
    const fs = run('Iraq has deposited about $2.7 billion in payments for Iranian gas into a restricted account in Oman.', 'en', P);
    expect(triples(fs)).toEqual(['IQ>OM:money', 'IR>IQ:oil']);
    expect(fs.find((f) => f.category === 'money')?.quantity).toBe(2.7e9);
  });
  it('a tanker\'s load, not the count of tankers, is the quantity', () => {
    const P = [C('RU', ['Rusia'], ['ruso']), CITY('Matanzas', 'CU')];
    const fs = run('Un petrolero ruso con unos 100.000 barriles de crudo atracó en Matanzas.', 'es', P);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['RU>Matanzas@CU:oil:100000']);
  });
  it('the amount after a money noun, not its article, is the quantity ("un appui budgétaire de 150 millions d\'euros")', () => {
    const P = [C('FR', ['France']), C('SN', ['Sénégal']), C('ES', ['España']), C('CU', ['Cuba'])];
    const q = (fs: Flow[]): string[] => fs.map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}:${f.unitKey}`);
    expect(q(run("La France a accordé au Sénégal un appui budgétaire de 150 millions d'euros.", 'fr', P))).toEqual(['FR>SN:money:150000000:EUR']);
    expect(q(run('España concedió a Cuba una línea de crédito de 50 millones de euros.', 'es', P))).toEqual(['ES>CU:money:50000000:EUR']);
  });
  it('promises and "doit" plan a transfer; a tour\'s stops after a word of plan are planned', () => {
    const P = [C('CN', ['Chine'], ['chinois']), CITY('Windhoek', 'NA', true), C('CG', ['République du Congo']), C('TD', ['Tchad']), C('NG', ['Nigeria']), C('FR', ['France']), C('UA', ['Ukraine']), C('AF', ['Afrique'])];
    expect(withStatus(run("La France doit livrer douze canons à l'Ukraine.", 'fr', P))).toEqual(['FR>UA:weapons:planned']);
    const fs = run("Le ministre chinois Wang Yi est arrivé dimanche à Windhoek, première étape d'une tournée qui doit le conduire ensuite en République du Congo, au Tchad et au Nigeria.", 'fr', P);
    expect(withStatus(fs)).toEqual(['CN>Windhoek@NA:visit:stated', 'Windhoek@NA>CG:visit:planned', 'CG>TD:visit:planned', 'TD>NG:visit:planned']);
    // a plan word of another clause plans no move
    const gs = run("Le ministre chinois Wang Yi est arrivé lundi à Windhoek, où il doit signer trois accords, puis s'est rendu au Tchad.", 'fr', P);
    expect(withStatus(gs)).toEqual(['CN>Windhoek@NA:visit:stated', 'Windhoek@NA>TD:visit:stated']);
  });
  it('a vehicle with a counted load of goods the lexicon does not know carries it, and is no cargo itself', () => {
    const P = [C('KE', ['Kenia']), CITY('Mogadiscio', 'SO', true)];
    expect(triples(run('Cuatro aviones de carga con unas 20 toneladas de khat procedentes de Kenia aterrizaron en Mogadiscio.', 'es', P)).filter((x) => x.endsWith(':vehicles'))).toEqual([]);
  });
  it('a purchase of unnamed goods buys what the exporter named up to two sentences back exports', () => {
    const P = [C('BO', ['Bolívia'], ['bolivianas']), CITY('La Paz', 'BO', true), C('US', ['Estados Unidos']), C('DE', ['Alemanha'])];
    const fs = run('As exportações bolivianas de castanha somaram US$ 212 milhões, informou o instituto em La Paz. Foram embarcadas 14,3 mil toneladas. Os Estados Unidos compraram 4,1 mil toneladas, seguidos pela Alemanha.', 'pt', P);
    expect(triples(fs)).toEqual(['BO>DE:other', 'BO>US:other']);
  });
  it('"exports from" a breakaway region name it the exporter; its buyers and the later shipments leave from it', () => {
    const P = [REGION('Somaliland', 'SO'), C('SO', ['Somalia'], ['Somali']), C('SA', ['Saudi Arabia']), C('OM', ['Oman']), C('YE', ['Yemen'])];
    const fs = run('Livestock exports from Somaliland rose 22% this year, as Saudi Arabia imported more than 1.3 million sheep. Oman bought around 180,000 head, mostly camels and cattle, while smaller consignments were shipped to Yemen.', 'en', P);
    expect(triples(fs)).toEqual(['Somaliland@SO>OM:other', 'Somaliland@SO>SA:other', 'Somaliland@SO>YE:other']);
  });
  it('review: readings that must not fire on ordinary sentences', () => {
    const P = [C('RU', ['Russia']), C('CN', ['China'], ['Chinese']), C('AO', ['Angola']), C('AR', ['Argentina']), C('BO', ['Bolivia'], ['boliviano']),
      C('TR', ['Turkey']), C('ES', ['Spain'], ['Spanish']), C('SY', ['Syria']), C('DE', ['Germany']), C('PL', ['Poland']), C('IR', ['Iran']),
      C('BR', ['Brazil'], ['Brazilian']), C('SA', ['Saudi Arabia']), C('UA', ['Ukraine']), C('IN', ['India']), C('VE', ['Venezuela']), C('PA', ['Panamá'])];
    // the subject's own sales; a place after a preposition is no subject
    expect(run('Angola relies on China for oil exports.', 'en', P)).toEqual([]);
    expect(run('La inflación en Argentina depende del gas boliviano.', 'es', P)).toEqual([]);
    // an opening "after" phrase about an event is no stay
    expect(triples(run('After the earthquake in Turkey, Spanish rescuers flew to Syria.', 'en', P)).some((x) => x.startsWith('TR>'))).toBe(false);
    // a relative clause of its own, not a share
    expect(run('Germany delivered 18 Leopard tanks, which belonged to Poland.', 'en', P)).toEqual([]);
    // a share of something not shipped
    expect(triples(run('Russia sent 50 tanks to Syria. Iran received most of the votes from China.', 'en', P))).toEqual(['RU>SY:vehicles']);
    // taking stakes or control takes no goods
    expect(run('Chinese companies took stakes in Brazilian oil fields.', 'en', P)).toEqual([]);
    expect(run('Russian forces took control of the grain terminals in Ukraine.', 'en', P)).toEqual([]);
    // a payment received keeps its reading (no goods turned round)
    expect(triples(run('Russia received $5 billion in payments from India for oil.', 'en', P)).some((x) => x === 'IN>RU:oil')).toBe(false);
    // lending money with an adverb still lends
    expect(triples(run('China lent heavily to Venezuela.', 'en', P))).toEqual(['CN>VE:money']);
  });
});

describe('session 14: carriers, shares, gapped lists, relations', () => {
  it('electricity counted in gigawatt hours is goods, with its quantity', () => {
    const P = [C('MX', ['México']), C('GT', ['Guatemala'])];
    const fs = run('En sentido contrario, México suministró a Guatemala unos 300 gigavatios hora mediante la línea binacional.', 'es', P);
    expect(triples(fs)).toEqual(['MX>GT:other']);
    expect(fs[0]!.quantity).toBe(300);
  });
  it('a subject vessel carrying goods of a nationality delivers them where it unloads; an object-taking past form is active', () => {
    const P = [C('RU', ['Rusia', 'Russia'], ['ruso', 'Russian']), CITY('Matanzas', 'CU')];
    const es = run('En paralelo, un petrolero con unos 700.000 barriles de crudo ruso descargó el domingo en el puerto de Matanzas.', 'es', P);
    expect(triples(es)).toEqual(['RU>Matanzas@CU:oil']);
    expect(es[0]!.quantity).toBe(700000);
    // the tanker unloads the crude: it is no cargo
    expect(triples(run('The tanker unloaded 700,000 barrels of Russian crude in Matanzas.', 'en', P))).toEqual(['RU>Matanzas@CU:oil']);
    // a vessel with no load named delivers no oil of its nationality
    expect(triples(run('Un petrolero ruso descargó en el puerto de Matanzas.', 'es', P)).filter((x) => x.endsWith(':oil'))).toEqual([]);
  });
  it('a relation word between the preposition and the place keeps the preposition\'s role', () => {
    const P = [C('BR', ['Brasil']), C('AR', ['Argentina']), C('UY', ['Uruguai']), C('MA', ['Maroc']), C('DZ', ['Algérie'])];
    expect(triples(run('O Brasil importou em setembro 1.150 megawatts de energia elétrica dos vizinhos Argentina e Uruguai.', 'pt', P))).toEqual(['AR>BR:other', 'UY>BR:other']);
    expect(triples(run("Le Maroc a importé du gaz de la voisine Algérie.", 'fr', P))).toEqual(['DZ>MA:oil']);
  });
  it('a state\'s national body speaks for it; a trade association is a third party', () => {
    const P = [C('BR', ['Brasil']), C('AR', ['Argentina']), C('JP', ['Japão'])];
    expect(withStatus(run('O Brasil importou 800 megawatts da Argentina, informou o Operador Nacional do Sistema Elétrico (ONS).', 'pt', P))).toEqual(['AR>BR:other:stated']);
    expect(withStatus(run('Segundo a Associação Nacional dos Exportadores de Cereais, o Brasil vendeu 2 milhões de toneladas de milho ao Japão.', 'pt', P))).toEqual(['BR>JP:other:reported']);
  });
  it('a share of the exports a country took makes it and the countries following it buyers of the exporter', () => {
    const P = [C('PE', ['Perú'], ['peruanas']), C('US', ['Estados Unidos']), C('NL', ['Países Bajos']), C('CN', ['China']), C('GB', ['Reino Unido']), C('BR', ['Brasil']), CITY('Washington', 'US', true)];
    const fs = run('Las exportaciones peruanas de arándanos sumaron 2.260 millones de dólares. Estados Unidos concentró el 55 % de los envíos, seguido por Países Bajos y China.', 'es', P);
    expect(triples(fs)).toEqual(['PE>CN:other', 'PE>NL:other', 'PE>US:other']);
    // the share's subject must be a place named before it
    expect(run('As exportações brasileiras de petróleo somaram 1,8 milhão de barris. Metade dos embarques, segundo a Petrobras, ficou retida por pressão de Washington.', 'pt', P)).toEqual([]);
    // other sellers' sales are no share taken
    expect(run('Las exportaciones peruanas de arándanos crecieron. Brasil hizo la mayor parte de las otras ventas.', 'es', P)).toEqual([]);
    // a world share ranks exporters, it sells nothing
    expect(run('Las exportaciones peruanas de arándanos crecieron. China concentró el 40 % de las exportaciones mundiales.', 'es', P)).toEqual([]);
  });
  it('a bare number closing a purchase counts the goods its sentence sold; gapped clauses repeat the verb', () => {
    const P = [C('AR', ['Argentina']), C('CN', ['China']), C('ES', ['España']), C('TH', ['Tailandia'])];
    const fs = run('Argentina vendió al exterior 142.000 toneladas de calamar: China compró 61.000; España, 28.000, y Tailandia, 15.000.', 'es', P);
    expect(triples(fs)).toEqual(['AR>CN:other', 'AR>ES:other', 'AR>TH:other']);
    expect(fs.map((f) => f.quantity).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([15000, 28000, 61000]);
    // a day after an article is no quantity
    expect(run('Argentina vendió trigo a China, que recibió el 12, según el ministerio.', 'es', P)[0]?.quantity).toBeUndefined();
  });
  it('a verb after "e"/"and" with an auxiliary or a plan word shares the first verb\'s subject, comma or not', () => {
    const P = [C('IN', ['Índia'], ['indiana']), C('MU', ['Maurícia'], ['mauricianos']), C('SC', ['Seicheles'])];
    expect(triples(run('A Índia vai formar 40 tripulantes mauricianos e prometeu enviar um avião para as Seicheles.', 'pt', P))).toEqual(['IN>MU:training', 'IN>SC:vehicles']);
  });
  it('a plural supplier predicate makes each coordinated subject a sender, to a nationality after "to"', () => {
    const P = [C('IN', ['India']), C('NG', ['Nigeria']), C('GB', ['Britain'], ['British'])];
    expect(triples(run('India and Nigeria are also major suppliers of nurses to British hospitals.', 'en', P))).toEqual(['IN>GB:people', 'NG>GB:people']);
    // a nationality after "of" is no owner
    expect(run('India and Nigeria are major suppliers of British nurses.', 'en', P)).toEqual([]);
  });
  it('rescue teams and brigades offered in a relief are aid', () => {
    const P = [C('PE', ['Perú']), C('BO', ['Bolivia']), C('CL', ['Chile'])];
    expect(withStatus(run('Perú y Bolivia ofrecieron enviar brigadistas a Chile.', 'es', P)).sort()).toEqual(['BO>CL:aid:planned', 'PE>CL:aid:planned']);
  });
  it('bare shipments with only a destination carry the latest transfer\'s goods, from its sender; a nationality on listed buyers is no end', () => {
    const P = [C('IN', ['India'], ['Indian']), C('BD', ['Bangladesh']), C('BJ', ['Benin']), C('SN', ['Senegal']), C('CI', ['Ivory Coast']), C('AF', ['Africa'], ['African']), C('RU', ['Rusia']), C('AR', ['Argentina'], ['argentino'])];
    expect(triples(run('India shipped 1.2 million tonnes of rice in September. Shipments to Benin, Senegal and Ivory Coast jumped sharply.', 'en', P))).toEqual(['IN>BJ:other', 'IN>CI:other', 'IN>SN:other']);
    expect(triples(run('India shipped 1.2 million tonnes of rice in September. Bangladesh bought about 300,000 tonnes, while shipments to West African buyers including Benin, Senegal and Ivory Coast jumped sharply.', 'en', P)))
      .toEqual(['IN>BD:other', 'IN>BJ:other', 'IN>CI:other', 'IN>SN:other']);
    // a possessive names the sales' owner, the subject, who sells; no guess from the discourse
    expect(triples(run('Argentina vendió 2 millones de toneladas de trigo a Bangladesh. Rusia ha redirigido buena parte de sus ventas hacia la India.', 'es', P))).toEqual(['AR>BD:other', 'RU>IN:other']);
  });
  it('a buyer phrase may take one more word; places ranked after "followed by"/"ahead of" buy too, places after "since"/"from" or possessives do not', () => {
    const P = [C('GY', ['Guyana']), C('NL', ['Netherlands', 'Países Baixos']), C('ES', ['Spain']), C('PA', ['Panama']), C('PT', ['Portugal']), C('FR', ['França']), C('GB', ['Reino Unido']), C('BE', ['Bélgica']),
      C('PL', ['Poland']), C('RU', ['Russia']), C('UA', ['Ukraine']), C('US', ['United States']), C('KR', ['South Korea'])];
    expect(triples(run('Guyana exported 215 million barrels of crude oil last year. The Netherlands was the largest single buyer, taking about 50 million barrels, followed by Spain and Panama.', 'en', P)))
      .toEqual(['GY>ES:oil', 'GY>NL:oil', 'GY>PA:oil']);
    expect(triples(run('Portugal exportou 341 milhões de euros em vinho do Porto. A França manteve-se como o principal destino, com compras de 78 milhões de euros, à frente do Reino Unido, dos Países Baixos e da Bélgica.', 'pt', P)))
      .toEqual(['PT>BE:other', 'PT>FR:other', 'PT>GB:other', 'PT>NL:other']);
    const pl = triples(run('South Korea sold 180 K2 tanks to Poland. Poland has become one of the world\'s biggest arms buyers since Russia\'s full-scale invasion of Ukraine, also ordering Abrams tanks from the United States.', 'en', P));
    expect(pl.filter((x) => x.startsWith('KR>') && !x.startsWith('KR>PL'))).toEqual([]);
  });
  it('medicines and vaccine doses imported or bought are goods, not aid', () => {
    const P = [C('BR', ['Brasil']), C('IN', ['Índia'])];
    expect(triples(run('Em 2023, foi o Brasil que precisou importar da Índia doses da vacina contra a poliomielite.', 'pt', P))).toEqual(['IN>BR:other']);
  });
  it('a coast is a place noun; the nationality in an aside on the people ("mostly Ethiopians") is where they come from', () => {
    const P = [C('ET', ['Éthiopie', 'Ethiopia'], ['éthiopiens', 'Ethiopians']), C('YE', ['Yémen', 'Yemen'])];
    expect(triples(run('60 000 migrants éthiopiens ont débarqué sur les côtes du Yémen.', 'fr', P))).toEqual(['ET>YE:people']);
    expect(triples(run('Plus de 60 000 migrants, en grande majorité éthiopiens, ont débarqué sur les côtes du Yémen depuis janvier.', 'fr', P))).toEqual(['ET>YE:people']);
    expect(triples(run('More than 60,000 migrants, mostly Ethiopians, landed on the coasts of Yemen.', 'en', P))).toEqual(['ET>YE:people']);
  });
  it('a contingent is troops, its named members when it has them, and a relief team where the article speaks of relief', () => {
    const P = [C('TD', ['Tchad']), C('ML', ['Mali']), C('PT', ['Portugal']), C('CA', ['Canada']), C('CU', ['Cuba'], ['cubanos']), C('AO', ['Angola'])];
    expect(withStatus(run('Le Tchad a dépêché un contingent au Mali.', 'fr', P))).toEqual(['TD>ML:troops:stated']);
    expect(triples(run('Les incendies ravagent le pays. Le Portugal a également dépêché des contingents au Canada.', 'fr', P))).toEqual(['PT>CA:aid']);
    expect(triples(run('Um contingente de 250 médicos cubanos chegou a Angola.', 'pt', P))).toEqual(['CU>AO:people']);
    // a military contingent stays troops
    expect(triples(run('Les incendies ravagent le pays. Le Tchad a dépêché un contingent militaire au Mali.', 'fr', P))).toEqual(['TD>ML:troops']);
  });
  it('keeping sends only to a place the clause names; a ministry named by its field speaks for the latest giver', () => {
    const P = [C('RW', ['Ruanda']), C('MZ', ['Moçambique']), C('ES', ['España']), C('LT', ['Lituania']), C('LV', ['Letonia']), C('SK', ['Eslovaquia']), C('EU', ['Europa'], ['europeu'])];
    expect(triples(run('O Ruanda enviou 1.000 militares a Moçambique. Kigali recebe apoio financeiro europeu para manter o contingente.', 'pt', P)).filter((x) => x.endsWith(':troops'))).toEqual(['RW>MZ:troops']);
    const fs = run('España desplegará seis cazas en Lituania. Defensa mantiene además unos 600 militares en Letonia, donde lidera una brigada multinacional, y cerca de 150 en Eslovaquia.', 'es', P);
    expect(triples(fs)).toEqual(['ES>LT:vehicles', 'ES>LV:troops', 'ES>SK:troops']);
    expect(fs.find((f) => f.to === 'SK')?.quantity).toBe(150);
  });
  it('a purchase agreed with a company of a nationality buys from that country; a contract to buy is a plan; trainees are no troops', () => {
    const P = [C('CO', ['Colombia'], ['colombianos']), C('SE', ['Suecia', 'Sweden'], ['sueca'])];
    const fs = run('Colombia firmó con la sueca Saab un contrato para adquirir 17 cazas Gripen. El paquete incluye la formación de pilotos y técnicos colombianos en Suecia.', 'es', P);
    expect(withStatus(fs).sort()).toEqual(['SE>CO:training:stated', 'SE>CO:vehicles:planned']);
    expect(triples(run("Colombia signed with Sweden's Saab a deal to buy 17 Gripen fighters.", 'en', P))).toEqual(['SE>CO:vehicles']);
  });
  it('exports "de X do Pará" name the region as exporter; places ranked after a relative clause stay ranked', () => {
    const P = [REGION('Pará', 'BR'), C('US', ['Estados Unidos']), C('JP', ['Japão']), C('AU', ['Austrália'])];
    const fs = run('As exportações de açaí do Pará somaram 9.800 toneladas. Os Estados Unidos continuam a ser o principal destino da polpa congelada, com 4.100 toneladas, seguidos pelo Japão, que comprou 1.350 toneladas, e pela Austrália, com cerca de 900.', 'pt', P);
    expect(triples(fs)).toEqual(['Pará@BR>AU:other', 'Pará@BR>JP:other', 'Pará@BR>US:other']);
    // a ranked member's own amount comes after it
    expect(fs.find((f) => f.to === 'AU')?.quantity).toBe(900);
  });
  it('a partitive share gives its own quantity; countries sharing out the rest receive; shipped volumes carry the goods', () => {
    const P = [C('MG', ['Madagascar']), C('US', ['États-Unis']), C('FR', ['France']), C('DE', ['Allemagne']), C('JP', ['Japon']), C('IN', ['Inde'])];
    const fs = run("Madagascar a exporté 2 480 tonnes de vanille, dont près de 1 300 tonnes vers les États-Unis. La France en a importé environ 420 tonnes, tandis que l'Allemagne et le Japon se partagent l'essentiel du reste. Les volumes expédiés vers l'Inde ont doublé.", 'fr', P);
    expect(triples(fs)).toEqual(['MG>DE:other', 'MG>FR:other', 'MG>IN:other', 'MG>JP:other', 'MG>US:other']);
    expect(fs.find((f) => f.to === 'US')?.quantity).toBe(1300);
  });
  it('counted nationalities after "dont" are each trained; a subject located in a place between commas acts for it', () => {
    const P = [C('MA', ['Maroc'], ['marocain']), CITY('Rabat', 'MA', true), C('ML', ['Mali'], ['Maliens']), C('GN', ['Guinée'], ['Guinéens']), C('CI', ["Côte d'Ivoire"], ['Ivoiriens'])];
    const fs = run("L'Institut Mohammed VI de formation des imams, à Rabat, forme cette année 900 imams étrangers, dont 270 Maliens, 190 Guinéens et 150 Ivoiriens, a indiqué le ministère marocain.", 'fr', P);
    expect(triples(fs)).toEqual(['MA>CI:training', 'MA>GN:training', 'MA>ML:training']);
    expect(fs.find((f) => f.to === 'GN')?.quantity).toBe(190);
  });
  it('a bare number after "while" counts more of the people just sent; an agency in a party\'s city speaks for it; a destination phrase names migrants', () => {
    const P = [C('UZ', ['Uzbekistan'], ['Uzbek']), CITY('Tashkent', 'UZ', true), C('KR', ['South Korea']), C('GB', ['Britain']), C('RU', ['Russia'])];
    const fs = run('Uzbekistan sent 41,000 workers to South Korea last year, the migration agency in Tashkent said, while some 27,500 went to Britain, most of them to pick fruit. Russia remains the main destination for Uzbek migrants.', 'en', P);
    expect(withStatus(fs).sort()).toEqual(['UZ>GB:people:stated', 'UZ>KR:people:stated', 'UZ>RU:people:stated']);
    expect(fs.find((f) => f.to === 'GB')?.quantity).toBe(27500);
  });
  it('"allí" names no end of its own: the subject of the sentence before is no destination', () => {
    const P = [C('RU', ['Rusia']), CITY('Odesa', 'UA'), C('UA', ['Ucrania']), C('TR', ['Turquía']), C('QA', ['Qatar'])];
    expect(triples(run('Rusia bombardeó el puerto de Odesa el lunes. Turquía y Qatar enviaron allí ayuda humanitaria.', 'es', P)).some((x) => x.includes('>RU:'))).toBe(false);
  });
  it('an order placed with a maker of a nationality buys from its country; a ceremony at a city is no end; a plan governs the nouns it lists', () => {
    const P = [C('RS', ['Serbie'], ['serbe', 'serbes']), CITY('Belgrade', 'RS', true), C('FR', ['France'], ['français'])];
    const fs = run("La Serbie a réceptionné mardi ses deux premiers avions de combat Rafale, sur une commande passée auprès du constructeur français Dassault Aviation, a annoncé le ministère serbe lors d'une cérémonie à Belgrade. Le contrat prévoit aussi la livraison de missiles air-air Meteor et la formation d'une vingtaine de pilotes serbes en France.", 'fr', P);
    expect(withStatus(fs).sort()).toEqual(['FR>RS:missiles:planned', 'FR>RS:training:planned', 'FR>RS:vehicles:stated']);
  });
  it('people sent somewhere for training are trained there: the training flows back to their sender, the buyer of a purchase just told', () => {
    const P = [C('NO', ['Norway']), C('KR', ['South Korea']), C('CL', ['Chile']), C('BR', ['Brazil', 'Brasil'])];
    expect(withStatus(run('Chile will send 30 pilots to Brazil for training.', 'en', P))).toEqual(['BR>CL:training:planned']);
    expect(triples(run('O Chile vai enviar 30 pilotos ao Brasil para treinamento.', 'pt', P))).toEqual(['BR>CL:training']);
    expect(triples(run('Norway ordered 16 Chunmoo launchers from South Korea. The army plans to send 40 officers to South Korea for training next year.', 'en', P)))
      .toEqual(['KR>NO:training', 'KR>NO:weapons']);
    // instructors sent "for training" train others; troops "for training exercises" drill
    const GB = [C('GB', ['Britain']), C('UA', ['Ukraine']), C('US', ['United States']), C('PL', ['Poland'])];
    expect(triples(run('Britain will send 100 military instructors to Ukraine for training.', 'en', GB))).toEqual(['GB>UA:training']);
    expect(triples(run('The United States will send 300 troops to Poland for training exercises.', 'en', GB)).some((x) => x.startsWith('PL>'))).toBe(false);
  });
  it('exports of goods the lexicon does not know name them; a later gapped buyer after "y" counts its own amount; the nationality of counted unknown goods is their origin', () => {
    const P = [C('HN', ['Honduras'], ['hondureñas', 'hondureño']), C('TW', ['Taiwán']), C('MX', ['México']), C('SV', ['El Salvador'])];
    expect(triples(run('Las exportaciones hondureñas de camarón a Taiwán quedaron suspendidas.', 'es', P))).toEqual(['HN>TW:other']);
    const fs = run('Las exportaciones hondureñas de camarón a Taiwán quedaron suspendidas. México compró 1.400 toneladas del crustáceo en el primer semestre y El Salvador, otras 900.', 'es', P);
    expect(triples(fs)).toEqual(['HN>MX:other', 'HN>SV:other', 'HN>TW:other']);
    expect(fs.find((f) => f.to === 'SV')?.quantity).toBe(900);
    expect(triples(run('México compró 1.400 toneladas de camarón hondureño.', 'es', P))).toEqual(['HN>MX:other']);
    // a deployment "of provocation" names no goods
    expect(run('El Gobierno de Estados Unidos calificó el despliegue de provocación.', 'es', [C('US', ['Estados Unidos'])])).toEqual([]);
  });
  it('counted people the lexicon does not know are expelled home by their nationality; "the model" is the latest goods', () => {
    const P = [C('FR', ['França'], ['francesas']), C('BR', ['Brasil'], ['brasileiros']), C('PH', ['Filipinas'], ['filipinos']), C('GH', ['Gana'])];
    expect(triples(run('As autoridades francesas expulsaram 312 garimpeiros brasileiros.', 'pt', P))).toEqual(['FR>BR:people']);
    const fs = run('As Filipinas vão receber 28 viaturas blindadas fabricadas no Brasil. Cerca de 30 militares filipinos deverão receber formação no Brasil. O modelo, em serviço desde 2014, já foi exportado para o Gana.', 'pt', P);
    expect(triples(fs)).toEqual(['BR>GH:vehicles', 'BR>PH:training', 'BR>PH:vehicles']);
  });
  it('a sales noun after a possessive is its clause subject\'s, the antecedent of a relative pronoun', () => {
    const P = [C('VN', ['Vietnã']), C('CN', ['China']), C('EU', ['Europa'])];
    const fs = run('O Vietnã vendeu 1,5 milhão de toneladas de café à China em 2023. A alta ocorre num momento de quebra de safra no Vietnã, maior produtor de robusta, que reduziu suas vendas à Europa.', 'pt', P);
    expect(triples(fs)).toEqual(['VN>CN:other', 'VN>EU:other']);
  });
  it('a model name after goods and one modifier is no place', () => {
    const P = [C('FR', ['France']), CITY('Paris', 'FR', true), CITY('Milan', 'IT'), C('UA', ['Ukraine'])];
    expect(triples(run('La France a livré des canons à l\'Ukraine. Ils disposent de missiles antichars Milan fournis par Paris.', 'fr', P)).some((x) => x.includes('Milan'))).toBe(false);
  });
  it('an elided giver is the latest giver, not the latest buyer', () => {
    const P = [C('GA', ['Gabon'], ['gabonais']), C('CN', ['Chine']), C('KR', ['Corée du Sud']), C('ID', ['Indonésie']), CITY('Mendoza', 'AR'), C('AR', ['Argentina']), C('GB', ['Reino Unido']), C('US', ['Estados Unidos'])];
    const fs = run("Le Gabon a exporté 8,4 millions de tonnes de manganèse. La Chine reste le premier débouché : ses aciéries ont reçu près de 6 millions de tonnes de minerai gabonais. L'Inde suit, devant la Corée du Sud, qui en a importé 600 000 tonnes. Selon des négociants, un premier cargo de 60 000 tonnes aurait également été livré en janvier à l'Indonésie.", 'fr', P);
    expect(triples(fs)).toContain('GA>ID:other');
    expect(triples(fs).some((x) => x.startsWith('KR>'))).toBe(false);
  });
});

describe('rules from session 15 (general, own sentences)', () => {
  it('a leaving verb leaves no place named after its destination', () => {
    const P = [C('TL', ['Timor-Leste'], ['timorenses']), C('AU', ['Austrália']), { key: 'Pacific', kind: 'other' as const, names: ['Pacífico'] }];
    expect(triples(run('Mais de 1.200 trabalhadores timorenses partiram este ano para a Austrália ao abrigo do programa laboral do Pacífico.', 'pt', P))).toEqual(['TL>AU:people']);
  });
  it('people crossing the border between two countries go to the one that is not theirs', () => {
    const P = [C('VE', ['Venezuela'], ['venezuelanos']), C('BR', ['Brasil'], ['brasileiros'])];
    expect(triples(run('Cerca de 1.200 venezuelanos cruzaram a fronteira entre a Venezuela e o Brasil na última semana.', 'pt', P))).toEqual(['VE>BR:people']);
    expect(triples(run('Cerca de 300 brasileiros cruzaram a fronteira entre a Venezuela e o Brasil na última semana.', 'pt', P))).toEqual(['BR>VE:people']);
  });
  it('"éloigner" removes people, never a place that is far', () => {
    const P = [C('FR', ['France'], ['français']), C('GE', ['Géorgie'], ['Géorgiens']), C('BR', ['Brésil']), { key: 'GF', kind: 'country' as const, country: 'GF', names: ['Guyane'] }];
    expect(triples(run("Près de 3 000 Géorgiens ont été éloignés du territoire français l'an dernier.", 'fr', P))).toEqual(['FR>GE:people']);
    expect(run('Le village le plus éloigné de la Guyane est au Brésil.', 'fr', P)).toEqual([]);
  });
});

describe('rules from session 15, second batch (general, own sentences)', () => {
  const P = [C('BR', ['Brasil'], ['brasileiro']), C('RU', ['Rússia'], ['russas']), CITY('Itaqui', 'BR'), CITY('Suape', 'BR'), { key: 'Maranhão@BR', kind: 'region' as const, country: 'BR', names: ['Maranhão'] }, C('TG', ['Togo'])];
  it('a cargo word takes the goods of a transfer a few sentences back; a place holding the one before it only locates it', () => {
    const fs = run('O Brasil importou diesel da Rússia. O preço subiu. Os importadores reclamam. Parte das cargas russas chega aos portos de Itaqui, no Maranhão, e de Suape.', 'pt', P);
    expect(triples(fs)).toEqual(['RU>BR:oil', 'RU>Itaqui@BR:oil', 'RU>Suape@BR:oil']);
  });
  it('where goods change ships on the way is no start', () => {
    const fs = run('O Brasil importou diesel da Rússia. Parte das cargas chega ao porto de Itaqui depois de transbordo entre navios na costa do Togo.', 'pt', P);
    expect(triples(fs)).toEqual(['RU>BR:oil', 'RU>Itaqui@BR:oil']);
  });
  it('a travel verb\'s place object may stand past a time phrase and place nouns', () => {
    const Q = [C('FR', ['France'], ['français']), CITY('Tapa', 'EE'), C('EE', ['Estonie'])];
    expect(triples(run("Quelque 300 militaires français ont rejoint ce mois-ci la base de Tapa, en Estonie.", 'fr', Q))).toEqual(['FR>Tapa@EE:troops']);
  });
});

describe('rules from session 15, third batch (general, own sentences)', () => {
  it('"the kingdom" is the latest kingdom named, and a recipient "au royaume" after a lone subject', () => {
    const P = [C('US', ['États-Unis']), C('MA', ['Maroc']), C('IL', ['Israël']), C('FR', ['France'])];
    expect(triples(run("Les États-Unis ont vendu des missiles au Maroc. Israël aurait fourni au royaume un satellite d'observation.", 'fr', P))).toEqual(['IL>MA:technology', 'US>MA:missiles']);
    // the latest kingdom, not the latest country (a republic)
    expect(triples(run("Le Maroc a acheté des missiles à la France. Israël aurait fourni au royaume un satellite.", 'fr', P))).toEqual(['FR>MA:missiles', 'IL>MA:technology']);
  });
  it('people trained "by Pakistani instructors" are of the subject\'s nationality, however long the list', () => {
    const P = [C('AZ', ['Azerbaijan'], ['Azerbaijani']), C('PK', ['Pakistan'], ['Pakistani'])];
    expect(triples(run('About 60 Azerbaijani pilots and technicians have already been trained by Pakistani instructors.', 'en', P))).toEqual(['PK>AZ:training']);
  });
  it('a supplier "to neighbouring Armenia"; a state announcing a passive handover gives', () => {
    const P = [C('IN', ['India']), C('AM', ['Armenia']), C('AZ', ['Azerbaijan']), C('PK', ['Pakistan'])];
    expect(triples(run('India has become a leading arms supplier to neighbouring Armenia.', 'en', P))).toEqual(['IN>AM:weapons']);
    const fs = run("Four JF-17 fighter jets were handed over to Azerbaijan on Monday, Pakistan's military said.", 'en', P);
    expect(triples(fs)).toEqual(['PK>AZ:vehicles']);
    expect(fs[0]!.status).toBe('stated');
  });
  it('a model name right after its kind names it again; "postes de tir" are weapons; approving a sale plans it', () => {
    const P = [C('US', ['États-Unis'], ['américain']), C('MA', ['Maroc'])];
    const fs = run("Le département d'Etat américain a approuvé la vente au Maroc de 612 missiles antichars Javelin et de 200 postes de tir.", 'fr', P);
    expect(triples(fs)).toEqual(['US>MA:missiles', 'US>MA:weapons']);
    expect(fs.map((f) => f.quantity).sort()).toEqual([200, 612]);
    expect(fs.every((f) => f.status === 'planned')).toBe(true);
  });
  it('"une partie du brut" counts no goods; a share of the cargoes makes buyers', () => {
    const P = [C('TD', ['Tchad']), C('CN', ['Chine']), C('IN', ['Inde']), CITY('Rotterdam', 'NL')];
    const fs = run("Le Tchad a exporté 130 000 barils par jour de pétrole brut. La Chine a absorbé près de la moitié des cargaisons, suivie de l'Inde. Une partie du brut a été livrée à Rotterdam.", 'fr', P);
    expect(triples(fs)).toEqual(['TD>CN:oil', 'TD>IN:oil', 'TD>Rotterdam@NL:oil']);
    expect(fs.find((f) => f.to === 'Rotterdam@NL')?.quantity ?? null).toBe(null);
  });
  it('goods a loan is "para" are its purpose; a plan with a "que" clause governs it', () => {
    const P = [C('ES', ['España'], ['español']), C('PE', ['Perú'])];
    const fs = run('Está previsto que el Gobierno español firme un préstamo de 150 millones de euros a Perú para obras de agua potable.', 'es', P);
    expect(triples(fs)).toEqual(['ES>PE:money']);
    expect(fs[0]!.status).toBe('planned');
  });
  it('the antecedent of "qui" may carry an adjective ("L\'Algérie voisine, qui achète ... à la Russie")', () => {
    const P = [C('DZ', ['Algérie']), C('RU', ['Russie'])];
    expect(triples(run("L'Algérie voisine, qui achète l'essentiel de ses armes à la Russie, a protesté.", 'fr', P))).toEqual(['RU>DZ:weapons']);
  });
});

describe('rules from session 15, fourth batch (general, own sentences)', () => {
  it('counted people the lexicon does not know travel by their nationality', () => {
    const P = [C('MA', ['Marruecos'], ['marroquíes']), { key: 'Huelva@ES', kind: 'region' as const, country: 'ES', names: ['Huelva'] }];
    const fs = run('Unas 16.000 temporeras marroquíes llegarán a la provincia de Huelva entre enero y abril.', 'es', P);
    expect(triples(fs)).toEqual(['MA>Huelva@ES:people']);
    expect(fs[0]!.quantity).toBe(16000);
  });
  it('"these cargoes" take the latest goods; a list of places goes on past a parenthesis', () => {
    const P = [C('RU', ['Russie']), C('FR', ['France']), CITY('Montoir-de-Bretagne', 'FR'), CITY('Dunkerque', 'FR')];
    const fs = run('La Russie a vendu du gaz à la France. Ces cargaisons ont été déchargées aux terminaux de Montoir-de-Bretagne (Loire-Atlantique) et de Dunkerque (Nord).', 'fr', P);
    expect(triples(fs)).toEqual(['RU>Dunkerque@FR:oil', 'RU>FR:oil', 'RU>Montoir-de-Bretagne@FR:oil']);
  });
});

describe('rules from session 15, fifth batch (general, own sentences)', () => {
  it('goods of one kind each before its own source come from each', () => {
    const P = [C('EG', ['Egypt', 'Egito']), C('FR', ['France', 'França']), C('RU', ['Russia', 'Rússia'])];
    expect(triples(run('Egypt previously bought Rafale jets from France and MiG-29s from Russia.', 'en', P))).toEqual(['FR>EG:vehicles', 'RU>EG:vehicles']);
    expect(triples(run('O Egito comprou caças Rafale da França e tanques da Rússia.', 'pt', P))).toEqual(['FR>EG:vehicles', 'RU>EG:vehicles']);
  });
  it('in English, a gerund after a comma sends the people it takes ("…, flying 28 offenders to Kabul")', () => {
    const P = [C('DE', ['Germany']), C('AF', ['Afghanistan']), CITY('Kabul', 'AF', true)];
    const fs = run('Germany has resumed deportation flights to Afghanistan, flying 28 convicted offenders to Kabul in August.', 'en', P);
    expect(triples(fs)).toContain('DE>Kabul@AF:people');
  });
});

describe('rules from session 15, sixth batch (general, own sentences)', () => {
  it('captured soldiers handed back, and soldiers given in exchange, are people', () => {
    const P = [C('AZ', ['Azerbaiyán'], ['azerbaiyanos']), C('AM', ['Armenia'], ['armenios'])];
    const fs = run('Azerbaiyán entregó a Armenia a 32 militares armenios capturados en 2020, a cambio de dos soldados azerbaiyanos.', 'es', P);
    expect(triples(fs)).toEqual(['AM>AZ:people', 'AZ>AM:people']);
  });
  it('people freed with no agent leave where they were held; people going home leave where they were taken', () => {
    const P = [C('FR', ['France'], ['français']), C('IR', ['Iran']), C('RU', ['Russie']), C('UA', ['Ukraine'], ['ukrainiens'])];
    expect(triples(run('Deux ressortissants français détenus en Iran ont été libérés.', 'fr', P))).toEqual(['IR>FR:people']);
    expect(triples(run("Onze enfants ukrainiens emmenés en Russie ou dans les territoires occupés ont pu regagner l'Ukraine.", 'fr', P))).toEqual(['RU>UA:people']);
  });
  it('people freed "and taken to Texas" end there', () => {
    const P = [C('US', ['Estados Unidos'], ['estadounidenses']), C('VE', ['Venezuela']), { key: 'Texas@US', kind: 'region' as const, country: 'US', names: ['Texas'] }];
    expect(triples(run('Diez ciudadanos estadounidenses detenidos en Venezuela fueron liberados el miércoles y trasladados en un avión hasta Texas.', 'es', P))).toEqual(['VE>Texas@US:people']);
  });
});

describe('rules from session 15, seventh batch (general, own sentences)', () => {
  it('money arriving "desde" a country pairs with the receiver just named; a bare amount with its scale repeats the goods; givers ranked after a giver give', () => {
    const P = [C('DO', ['República Dominicana']), C('US', ['Estados Unidos']), C('ES', ['España']), C('IT', ['Italia']), C('CH', ['Suiza'])];
    const fs = run('República Dominicana recibió 10.756 millones de dólares en remesas durante 2024. Desde Estados Unidos llegaron 8.950 millones de dólares, mientras que España aportó 512 millones, seguida de Italia y Suiza.', 'es', P);
    expect(triples(fs)).toEqual(['CH>DO:money', 'ES>DO:money', 'IT>DO:money', 'US>DO:money']);
    expect(fs.find((f) => f.from === 'ES')?.quantity).toBe(512e6);
    expect(fs.find((f) => f.from === 'IT')?.quantity ?? null).toBe(null);
  });
  it('residents of a country send from it', () => {
    const P = [C('DO', ['República Dominicana']), C('HT', ['Haití']), C('VE', ['Venezuela'])];
    const fs = run('República Dominicana recibió remesas. Los residentes en el país enviaron al exterior 310 millones de dólares, principalmente a Haití y Venezuela.', 'es', P);
    expect(triples(fs)).toEqual(['DO>HT:money', 'DO>VE:money']);
  });
});

describe('rules from session 15, eighth batch (general, own sentences)', () => {
  it('money nationals send home comes from where they live, which a later sentence names', () => {
    const P = [C('PT', ['Portugal'], ['portugueses']), C('FR', ['França']), C('CH', ['Suíça'])];
    const fs = run('Os emigrantes portugueses enviaram 3,9 mil milhões de euros para Portugal no ano passado. A França foi a principal origem das remessas, com 1,1 mil milhões, seguida da Suíça.', 'pt', P);
    expect(triples(fs)).toEqual(['CH>PT:money', 'FR>PT:money']);
  });
  it('"produit intérieur brut" is no crude; "en brut russe" is', () => {
    const P = [C('KM', ['Comores'], ['Comoriens']), C('FR', ['France']), C('RU', ['Russie'], ['russe']), C('SK', ['Slovaquie'])];
    expect(triples(run("La France a versé 20 millions d'euros aux Comores, soit 2 % du produit intérieur brut.", 'fr', P))).toEqual(['FR>KM:money']);
    expect(triples(run("La Slovaquie continue de s'approvisionner en brut russe.", 'fr', P))).toEqual(['RU>SK:oil']);
  });
});

describe('rules from session 15, ninth batch (general, own sentences)', () => {
  it('"citizens of Lesotho" is a nationality: deported, they go home', () => {
    const P = [C('ZA', ['South Africa']), C('LS', ['Lesotho'])];
    expect(triples(run('South Africa deported more than 14,000 citizens of Lesotho in 2024.', 'en', P))).toEqual(['ZA>LS:people']);
  });
});

describe('rules from session 15, tenth batch (general, own sentences)', () => {
  it('people of the destination\'s country come home from where their subject says they were', () => {
    const P = [C('BR', ['Brasil'], ['brasileiros']), C('JP', ['Japão'], ['japoneses']), CITY('Guarulhos', 'BR'), CITY('Tóquio', 'JP', true)];
    expect(triples(run('Onze brasileiros condenados no Japão por crimes como tráfico de drogas desembarcaram no aeroporto de Guarulhos.', 'pt', P))).toEqual(['JP>Guarulhos@BR:people']);
    expect(triples(run('Dois japoneses presos no Brasil por tráfico internacional de drogas deverão ser enviados a Tóquio.', 'pt', P))).toEqual(['BR>Tóquio@JP:people']);
  });
  it('a gerund after a comma is another predicate; "the Iranian city of Urmia" is Urmia', () => {
    const P = [C('IN', ['India'], ['Indian']), C('IR', ['Iran'], ['Iranian']), CITY('Urmia', 'IR'), C('AM', ['Armenia'])];
    expect(triples(run('India has evacuated 110 of its students from the Iranian city of Urmia, taking them by bus across the border into Armenia.', 'en', P))).toEqual(['Urmia@IR>IN:people']);
  });
  it('people stranded somewhere, to be brought out, come home', () => {
    const P = [C('IN', ['India'], ['Indian']), CITY('Mashhad', 'IR'), C('TM', ['Turkmenistan'])];
    expect(triples(run('A second group of about 1,000 Indian nationals stranded in Mashhad is expected to be brought out through Turkmenistan.', 'en', P))).toEqual(['Mashhad@IR>IN:people']);
  });
  it('"faire parvenir" sends; the Holy See is the Vatican', () => {
    const P = [C('VA', ['Vatican']), C('LB', ['Liban'])];
    expect(triples(run('Le Vatican a annoncé la visite. Le Saint-Siège a fait parvenir au Liban 20 tonnes de médicaments.', 'fr', P))).toEqual(['VA>LB:aid']);
  });
});

describe('rules from session 15, eleventh batch (general, own sentences)', () => {
  it('people taken out of a place, named by a nationality not its own, go home', () => {
    const P = [C('BR', ['Brasil'], ['brasileiros']), { key: 'Gaza@PS', kind: 'region' as const, country: 'PS', names: ['Gaza'], demonyms: ['palestinos'] }, C('PS', ['Palestina'], ['palestinos'])];
    expect(triples(run('A aeronave trará 32 brasileiros e familiares palestinos retirados de Gaza.', 'pt', P))).toEqual(['Gaza@PS>BR:people']);
  });
});

describe('rules from session 15, twelfth batch (general, own sentences)', () => {
  it('"aplicar" money invests it; sanctions applied send nothing; "empresa estatal de X" is X\'s', () => {
    const P = [C('KW', ['Kuwait']), CITY('Sines', 'PT'), C('EU', ['União Europeia']), C('RU', ['Rússia']), C('OM', ['Omã']), CITY('Ourique', 'PT')];
    const fs = run('A Autoridade de Investimento do Kuwait vai aplicar 1,2 mil milhões de euros num centro de dados em Sines.', 'pt', P);
    expect(triples(fs)).toEqual(['KW>Sines@PT:money']);
    expect(run('A União Europeia aplicou sanções à Rússia.', 'pt', P)).toEqual([]);
    expect(triples(run('A Autoridade de Investimento do Kuwait vai aplicar 1,2 mil milhões de euros em Sines. Uma empresa estatal de Omã comprou 30% de um parque solar em Ourique.', 'pt', P)).some((x) => x.startsWith('KW>Ourique'))).toBe(false);
  });
});

describe('rules from session 15, review mends (general, own sentences)', () => {
  it('children taken to a country and going home leave it, with no nationality named', () => {
    const P = [C('RU', ['Russie']), C('UA', ['Ukraine'])];
    expect(triples(run("Onze enfants emmenés en Russie ont pu regagner l'Ukraine.", 'fr', P))).toEqual(['RU>UA:people']);
  });
  it('a state closing a passive sentence gives only what is handed over; a charge is only trafficking', () => {
    const P = [C('SA', ['Saudi Arabia'], ['Saudi']), C('YE', ['Yemen']), C('RU', ['Rússia']), C('SY', ['Síria'])];
    expect(run('Weapons were smuggled to Yemen by sea, the Saudi military said.', 'en', P)).toEqual([]);
    expect(triples(run('A Rússia foi condenada pela ONU por envios de armas à Síria.', 'pt', P))).toEqual(['RU>SY:weapons']);
  });
  it('approval plans only a transfer noun it governs; an agreed fact stays stated', () => {
    const P = [C('US', ['United States', 'US']), C('UA', ['Ukraine']), C('RU', ['Russia']), C('ML', ['Mali'])];
    expect(run('Once Congress approved it, the US sent 31 Abrams tanks to Ukraine.', 'en', P)[0]?.status).toBe('stated');
    expect(run('Officials agreed that over the past year Russia had sent 300 mercenaries to Mali.', 'en', P)[0]?.status).toBe('stated');
  });
  it('a place ranked after another place is none of the giver\'s peers; a visitor bringing requests still visits', () => {
    const P = [C('BR', ['Brasil']), C('AO', ['Angola'], ['Angolan']), C('CN', ['China']), C('IN', ['Índia']), CITY('Beijing', 'CN', true)];
    const fs = run('O Brasil importou petróleo. Angola exportou 1 milhão de barris em março, com a China à frente, seguida da Índia.', 'pt', P);
    expect(triples(fs).some((x) => x.startsWith('IN>'))).toBe(false);
    expect(triples(run('The Angolan president arrived in Beijing with a list of technology requests.', 'en', P))).toEqual(['AO>Beijing@CN:visit']);
  });
  it('French reflexive "s\'éloigner" removes no one', () => {
    const P = [C('SY', ['Syrie'], ['syriennes']), C('TR', ['Turquie'], ['turque'])];
    expect(run('Les familles syriennes se sont éloignées de la frontière turque.', 'fr', P)).toEqual([]);
  });
});

describe('rules from session 16, first batch (general, own sentences)', () => {
  it('a purchase from the exporter just named buys its goods, by weight or by a bare count; "o país" is that exporter', () => {
    const P = [C('CL', ['Chile']), C('PE', ['Peru']), C('JP', ['Japão']), C('KR', ['Coreia do Sul'])];
    const fs = run('O Chile exportou 900 mil toneladas de cobre em março. O Peru, que importou 40 mil toneladas, e o Japão, que comprou ao país cerca de 3 milhões, lideram a lista.', 'pt', P);
    expect(triples(fs)).toContain('CL>PE:other');
    expect(triples(fs)).toContain('CL>JP:other');
    expect(triples(run('O Chile exportou cobre. A Coreia do Sul comprou ao Chile perto de 2 milhões de toneladas.', 'pt', P))).toEqual(['CL>KR:other']);
  });
  it('"para X, que comprou": a destination preposition never names the seller', () => {
    const P = [C('CL', ['Chile']), C('PE', ['Peru']), C('JP', ['Japão'])];
    const fs = run('O Chile exportou cobre para o Peru, que importou 40 mil toneladas, e para o Japão, que comprou ao país 3 milhões de toneladas.', 'pt', P);
    expect(triples(fs).some((x) => x.startsWith('JP>'))).toBe(false);
  });
  it('sales with no seller after an exporter are its sales, and suspended by their predicate (not when only delayed)', () => {
    const P = [C('CL', ['Chile']), C('PE', ['Peru']), C('ES', ['Spain']), C('UA', ['Ukraine'])];
    const fs = run('O Chile exportou 900 mil toneladas de cobre. As vendas ao Peru estão suspensas desde 2021.', 'pt', P);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`)).toEqual(['CL>PE:other:suspended']);
    expect(run('A Spanish shipment of rifles to Ukraine has been delayed until spring.', 'en', P)[0]?.status).not.toBe('suspended');
  });
  it('absorbing goods receives them; an English form after a possessive is a noun', () => {
    const P = [C('CL', ['Chile'], ['chileno']), C('CN', ['China']), C('BR', ['Brazil'])];
    expect(triples(run('A China absorveu 60% do cobre chileno.', 'pt', P))).toEqual(['CL>CN:other']);
    expect(triples(run("Brazil's oil exports to China rose.", 'en', P))).toEqual(['BR>CN:oil']);
  });
  it('a market named by its nationality, or a plain facility of a place, after "to", is where goods go', () => {
    const P = [C('NO', ['Noruega', 'Norway']), C('PT', ['Portugal'], ['português', 'Portuguese']), CITY('Peniche', 'PT'), REGION('Leiria', 'PT')];
    expect(triples(run('A Noruega forneceu 17 mil toneladas de bacalhau ao mercado português.', 'pt', P))).toEqual(['NO>PT:other']);
    expect(triples(run('Norway supplied 17,000 tonnes of cod to the Portuguese market.', 'en', P))).toEqual(['NO>PT:other']);
    expect(triples(run('A Noruega enviou 4 mil toneladas de bacalhau às unidades de secagem de Peniche, no distrito de Leiria.', 'pt', P))).toEqual(['NO>Peniche@PT:other']);
    // (not past an article after another preposition, nor "thanks to", nor off a coast)
    expect(triples(run('A Noruega enviou bacalhau a Portugal desde a abertura de Peniche.', 'pt', P))).toEqual(['NO>PT:other']);
  });
  it('workers a verb moves are people, not the boat an earlier verb travelled in; a future passive is planned', () => {
    const P = [C('MA', ['Marruecos']), CITY('Algeciras', 'ES'), CITY('Huelva', 'ES'), CITY('Tánger', 'MA')];
    const fs = run('Las temporeras cruzarán el Estrecho en barco desde Tánger hasta Algeciras, y desde allí serán trasladadas en autobús a las fincas de Huelva.', 'es', P);
    expect(fs.find((f) => f.to === 'Huelva@ES')?.category).toBe('people');
    expect(fs.find((f) => f.to === 'Huelva@ES')?.status).toBe('planned');
  });
  it('a destination is not refined past a clause of time', () => {
    const P = [C('CL', ['Chile']), C('UA', ['Ucrânia']), CITY('Mykolaiv', 'UA')];
    expect(triples(run('O Chile vendeu cobre à Ucrânia até 2022, quando a fábrica de Mykolaiv fechou.', 'pt', P))).toEqual(['CL>UA:other']);
  });
});

describe('rules from session 16, second batch (general, own sentences)', () => {
  it('embarking goods ships them, and a buyer list after it reads its sender; tonnes bought are goods', () => {
    const P = [C('AR', ['Argentina']), C('CN', ['China']), C('EG', ['Egito']), C('KE', ['Quênia'])];
    const fs = run('A Argentina embarcou 2 milhões de toneladas de trigo em maio. A China se manteve como principal destino, com 700 mil toneladas, seguida pelo Egito.', 'pt', P);
    expect(triples(fs)).toEqual(['AR>CN:other', 'AR>EG:other']);
    expect(triples(run('O Quênia comprou 300 mil toneladas do Egito.', 'pt', P))).toEqual(['EG>KE:other']);
  });
  it('a verb in a relative clause set off by commas ends before the main verb (not before a ranking or an including list)', () => {
    const P = [C('AR', ['Argentina']), C('KE', ['Quênia'])];
    const fs = run('O Quênia, que em 2023 comprou 300 mil toneladas da Argentina, reduziu as encomendas depois de uma colheita recorde.', 'pt', P);
    expect(fs.map((f) => f.quantity)).toEqual([300000]);
  });
  it('bare cubic metres after goods counted in them are those goods; a party\'s own body named by nationality is its own source', () => {
    const P = [C('MX', ['México'], ['mexicana']), C('US', ['Estados Unidos'])];
    const fs = run('México entregó a Estados Unidos 900 millones de metros cúbicos de agua, según la sección mexicana de la comisión binacional. Estados Unidos cedió a México 500 millones de metros cúbicos.', 'es', P);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`).sort()).toEqual(['MX>US:other:stated', 'US>MX:other:stated']);
  });
  it('a bank named for a party speaks for it; a transfer noun after money sent carries money', () => {
    const P = [C('PT', ['Portugal']), C('NP', ['Nepal']), C('IN', ['Índia'])];
    const fs = run('Segundo o Banco de Portugal, as remessas enviadas de Portugal para o Nepal somaram 61 milhões de euros, enquanto as transferências para a Índia chegaram a 48 milhões.', 'pt', P);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`).sort()).toEqual(['PT>IN:money:stated', 'PT>NP:money:stated']);
    expect(run('Segundo o Banco Mundial, Portugal enviou 61 milhões de euros ao Nepal.', 'pt', P)[0]?.status).toBe('reported');
  });
  it('locomotives are vehicles and the fuel they run on no cargo; a body named after "to" hands its role to its country', () => {
    const P = [C('IN', ['Índia']), C('MZ', ['Moçambique'])];
    expect(triples(run('Quatro locomotivas a diesel fabricadas na Índia foram entregues aos Caminhos de Ferro de Moçambique.', 'pt', P))).toEqual(['IN>MZ:vehicles']);
  });
  it('people who complete or begin training are trained by the place they train in', () => {
    const P = [C('IN', ['Índia', 'India']), C('MZ', ['Moçambique'], ['moçambicanos', 'Mozambican'])];
    expect(triples(run('Vinte técnicos moçambicanos concluíram uma formação de três meses na Índia.', 'pt', P))).toEqual(['IN>MZ:training']);
    expect(triples(run('Twenty Mozambican technicians completed a training course in India.', 'en', P))).toEqual(['IN>MZ:training']);
  });
});

describe('rules from session 16, third batch (general, own sentences)', () => {
  it('crowns named with their country are a currency, not people; Greenland is its own country', () => {
    const P = [C('DK', ['Denmark'], ['Danish']), C('GL', ['Greenland'])];
    const fs = run('Denmark will transfer 4.7 billion Danish crowns to Greenland next year.', 'en', P);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.category}:${f.unit}`)).toEqual(['DK>GL:money:DKK']);
  });
  it('a verb of saying right after a relative clause is the main clause\'s; it reports nothing in the clause', () => {
    const P = [C('JP', ['Japan']), C('GL', ['Greenland'])];
    expect(run('Japan, which already pays Greenland about 32 million euros a year, said it was preparing further support.', 'en', P)[0]?.status).toBe('stated');
  });
  it('counted officials, or officials named by an abbreviation, who are due somewhere visit it', () => {
    const P = [C('US', ['U.S.']), C('CN', ['China'], ['Chinese']), CITY('Nuuk', 'GL'), CITY('Luanda', 'AO')];
    expect(triples(run('Six Chinese officials arrived in Luanda on Monday.', 'en', P))).toEqual(['CN>Luanda@AO:visit']);
    expect(run('A delegation of six U.S. lawmakers is due in Nuuk on Monday.', 'en', P).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`)).toEqual(['US>Nuuk@GL:visit:planned']);
  });
});

describe('rules from session 16, fourth batch (general, own sentences)', () => {
  it('places ranked after "devant" (and one coordinated to close the sentence) take a share too', () => {
    const P = [C('TN', ['Tunisie']), C('MA', ['Maroc']), C('FR', ['France']), C('DE', ['Allemagne'])];
    const fs = run("La Tunisie a exporté 128 000 tonnes de dattes. Le Maroc en a absorbé 31 000 tonnes, devant la France, avec 17 500 tonnes, et l'Allemagne.", 'fr', P);
    expect(triples(fs)).toEqual(['TN>DE:other', 'TN>FR:other', 'TN>MA:other']);
  });
  it('shipments suspended past an apposition are suspended, unless resumed', () => {
    const P = [C('TN', ['Tunisie']), C('ID', ['Indonésie'])];
    const fs = run("La Tunisie a exporté 128 000 tonnes de dattes. Les expéditions vers l'Indonésie, premier débouché asiatique, ont été suspendues en mars.", 'fr', P);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.status}`)).toEqual(['TN>ID:suspended']);
    expect(run("La Tunisie a annoncé la reprise des livraisons de dattes à l'Indonésie, suspendues depuis mars.", 'fr', P)[0]?.status).not.toBe('suspended');
  });
});

describe('rules from session 16, fifth batch (general, own sentences)', () => {
  it('a contract for goods with a company named by its nationality is a purchase from that country', () => {
    const P = [C('ID', ['Indonésie', 'Jakarta']), C('FR', ['France'], ['français'])];
    expect(triples(run('Jakarta a signé avec le groupe français Naval Group un contrat pour deux sous-marins.', 'fr', P))).toEqual(['FR>ID:vehicles']);
    expect(triples(run("Jakarta a signé avec le groupe français Naval Group un contrat pour l'achat de deux sous-marins.", 'fr', P))).toEqual(['FR>ID:vehicles']);
  });
  it('a maker named by its nationality after "to" is where goods go, not at the sentence start', () => {
    const P = [C('ID', ['Indonésie'], ['indonésien']), C('FR', ['France']), C('BR', ['Brasil'], ['brasileira']), C('AO', ['Angola'])];
    expect(triples(run('La France prévoit un transfert de technologie vers le chantier indonésien.', 'fr', P))).toEqual(['FR>ID:technology']);
    expect(triples(run('A fabricante brasileira Avibras deverá exportar para Angola um lote de lançadores de foguetes.', 'pt', P))).toEqual(['BR>AO:weapons']);
  });
  it('a weight past a time phrase still measures the goods sent', () => {
    const P = [C('AR', ['Argentina']), C('UY', ['Uruguay'])];
    expect(run('Argentina despachó el fin de semana 40 camiones con 1,2 millones de litros de agua hacia Uruguay.', 'es', P)[0]?.quantity).toBe(1.2e6);
  });
});

describe('rules from session 16, sixth batch (general, own sentences)', () => {
  it('selling with no object (or goods the lexicon does not know) sells; a locative relative on the subject is passed over', () => {
    const P = [C('JP', ['Japan']), REGION('Hokkaido', 'JP'), C('MX', ['Mexico']), C('VN', ['Vietnam'])];
    const fs = run('Japan shipped 38,000 tonnes of frozen fish to Vietnam. Hokkaido, where most of the fish is caught, has also started selling directly to Mexico.', 'en', P);
    expect(triples(fs)).toContain('Hokkaido@JP>MX:other');
  });
  it('hardware named by its nationality as the subject of a verb of travel travels from there', () => {
    const P = [C('US', ['U.S.']), C('CN', ['China'], ['Chinese']), REGION('Luzon', 'PH')];
    expect(triples(run('A Chinese missile system arrived in Luzon.', 'en', P))).toEqual(['CN>Luzon@PH:technology']);
    expect(triples(run('A U.S. Army missile system was flown into Luzon.', 'en', P))).toEqual(['US>Luzon@PH:technology']);
  });
});

describe('rules from session 16, seventh batch (general, own sentences)', () => {
  it('people "of the country" come from another country than the one receiving them', () => {
    const places = [C('GT', ['Guatemala'], ['guatemaltecos']), C('US', ['Estados Unidos']), C('CA', ['Canadá'])];
    const text = 'Unos 38.000 guatemaltecos viajaron a Estados Unidos. Canadá acogió a 9.400 jornaleros del país centroamericano.';
    expect(run(text, 'es', places).find((f) => f.to === 'CA')?.from).toBe('GT');
  });
  it('money invested in plants of some goods buys no goods; a salt flat is a place noun', () => {
    const P = [C('CN', ['China'], ['chino']), CITY('Uyuni', 'BO')];
    expect(triples(run('El consorcio chino CBC invertirá 1.030 millones de dólares en dos plantas de carbonato de litio en el salar de Uyuni.', 'es', P))).toEqual(['CN>Uyuni@BO:money']);
  });
  it('buyers named by their nationality after "to" are where goods go; goods embarked towards a place are shipped', () => {
    const P = [C('BO', ['Bolivia']), C('CN', ['China'], ['chinos']), C('KR', ['Corea del Sur'])];
    const fs = run('Bolivia vendió 1.340 toneladas de carbonato, sobre todo a compradores chinos. Un lote menor, de 210 toneladas, fue embarcado hacia Corea del Sur.', 'es', P);
    expect(triples(fs)).toEqual(['BO>CN:other', 'BO>KR:other']);
  });
});

describe('rules from session 16, eighth batch (general, own sentences)', () => {
  it('goods extracted somewhere in a passive subject come from there; released funds are money sent, and funding aid buys none', () => {
    const P = [C('RW', ['Rwanda']), REGION('Nord-Kivu', 'CD'), C('JP', ['Japon']), C('TD', ['Tchad']), C('EU', ['Union européenne'])];
    expect(triples(run('Au moins 150 tonnes de coltan extraites à Rubaya, dans le Nord-Kivu, auraient été acheminées vers le Rwanda.', 'fr', P))).toEqual(['Nord-Kivu@CD>RW:other']);
    expect(triples(run('Le Japon a débloqué 2,5 millions de dollars pour la lutte antiacridienne au Tchad.', 'fr', P))).toEqual(['JP>TD:money']);
    expect(triples(run("L'Union européenne a versé une enveloppe de 30 millions d'euros pour l'aide humanitaire au Tchad.", 'fr', P))).toEqual(['EU>TD:aid']);
  });
  it('a one-ended transfer whose discourse end was refused stays for a later buyer list', () => {
    const P = [C('PE', ['Perú'], ['peruana']), C('BO', ['Bolivia'], ['boliviano']), C('AE', ['Emiratos Árabes Unidos']), C('IN', ['India'])];
    const text = 'Al menos 30 toneladas de oro del Perú habrían sido trasladadas a Bolivia. Desde territorio boliviano, el metal es exportado como si fuera de producción local. Los Emiratos Árabes Unidos e India compraron la mayor parte de esos envíos.';
    expect(triples(run(text, 'es', P))).toContain('BO>AE:other');
  });
});

describe('rules from session 16, ninth batch (general, own sentences)', () => {
  it('a present-tense trip set for next week is planned', () => {
    const P = [C('CV', ['Cabo Verde'], ['cabo-verdiana']), CITY('Londres', 'GB'), C('ML', ['Mali'], ['malien']), CITY('Moscou', 'RU')];
    expect(run('A ministra cabo-verdiana do Turismo viaja na próxima semana a Londres.', 'pt', P)[0]?.status).toBe('planned');
    expect(run('Le ministre malien se rend la semaine prochaine à Moscou.', 'fr', P)[0]?.status).toBe('planned');
  });
  it('a donation announced by a partner "of the country" in an apposition goes to that country', () => {
    const P = [C('CV', ['Cabo Verde']), C('LU', ['Luxemburgo'])];
    const fs = run('Cabo Verde recebeu 1 milhão de turistas. O Luxemburgo, parceiro histórico do país, anunciou um donativo de 8 milhões de euros para a escola de hotelaria.', 'pt', P);
    expect(triples(fs)).toContain('LU>CV:money');
  });
  it('"segundo" after an article or in a short aside is "second", no attribution; "enquanto" opens another statement', () => {
    const P = [C('GB', ['Reino Unido']), C('PT', ['Portugal'], ['portugueses']), C('CV', ['Cabo Verde'])];
    const fs = run('O Reino Unido enviou 290 mil turistas para Cabo Verde, enquanto os portugueses, segundo mercado, somaram 141 mil.', 'pt', P);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.status}`)).toEqual(['GB>CV:stated']);
  });
  it('a donation noun in a giving verb\'s object is what the verb gives', () => {
    const P = [C('DZ', ['Argelia']), C('CU', ['Cuba'])];
    expect(triples(run('Argelia envió en septiembre a Cuba un donativo de 500.000 barriles.', 'es', P))).toEqual(['DZ>CU:oil']);
  });
});

describe('rules from session 16, tenth batch (general, own sentences)', () => {
  it('stops made on the way are on the route; "export credit agency" names no export; goods before an English possessive\'s exports', () => {
    const P = [C('IT', ['Italy'], ['Italian']), C('NG', ['Nigeria']), C('NE', ['Niger']), C('DZ', ['Algeria']), C('BR', ['Brazil']), C('CN', ['China'])];
    expect(triples(run('Italy delivered two jets to Nigeria. The aircraft were ferried south with refuelling stops in Algeria and Niger.', 'en', P))).toEqual(['IT>NG:vehicles']);
    expect(triples(run("Italy's export credit agency will lend Nigeria 780 million euros.", 'en', P))).toEqual(['IT>NG:money']);
    expect(triples(run("Brazil's soybean exports to China rose.", 'en', P))).toEqual(['BR>CN:other']);
  });
  it('waiting for goods from a country receives them, planned', () => {
    const P = [C('US', ['United States']), C('NG', ['Nigeria'])];
    expect(run('Nigeria is also still waiting for 12 attack helicopters from the United States.', 'en', P).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`)).toEqual(['US>NG:vehicles:planned']);
  });
});

describe('rules from session 16, eleventh batch (general, own sentences)', () => {
  it('"o país" with no place before it is the country at an end of most flows, unless a recent sentence opened with another', () => {
    const P = [C('DO', ['República Dominicana']), C('US', ['Estados Unidos']), C('ES', ['España']), C('IT', ['Italia']), C('HT', ['Haití']), CITY('Madrid', 'ES')];
    const text = 'República Dominicana recibió remesas. Desde Estados Unidos llegaron 8.950 millones de dólares, mientras que España aportó 512 millones, seguida de Italia. El aumento se debe al empleo de los dominicanos en Madrid. Los residentes en el país enviaron al exterior 310 millones de dólares, principalmente a Haití.';
    expect(triples(run(text, 'es', P))).toContain('DO>HT:money');
  });
  it('"ao abrigo do programa" frames a transfer; the programme is no cargo', () => {
    const P = [C('SI', ['Eslovénia']), C('PT', ['Portugal'], ['portugueses'])];
    expect(triples(run('A Eslovénia acolheu 40 estudantes portugueses ao abrigo do programa Erasmus.', 'pt', P))).toEqual(['PT>SI:people']);
  });
});

describe('rules from session 16, twelfth batch (general, own sentences)', () => {
  it('a gerund after a comma, known or by its form, opens another predicate (not one of including)', () => {
    const P = [C('VE', ['Venezuela']), C('TR', ['Turquía']), C('US', ['Washington'])];
    expect(triples(run('Venezuela habría enviado oro a Turquía, eludiendo las sanciones impuestas por Washington.', 'es', P))).toEqual(['VE>TR:other']);
  });
  it('reinforcing by an amount adds money, and a guess from the discourse does not restate a planned flow', () => {
    const P = [C('PT', ['Portugal']), C('AO', ['Angola'], ['angolano'])];
    const fs = run('Portugal vai reforçar em 500 milhões de euros a linha de crédito concedida ao Estado angolano para pagar obras.', 'pt', P);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.category}:${f.status}:${f.quantity}`)).toEqual(['PT>AO:money:planned:500000000']);
  });
});

describe('rules from session 16, thirteenth batch (general, own sentences)', () => {
  it('goods re-exported in a relative clause on goods just bought leave from the buyer, not their origin', () => {
    const P = [C('GW', ['Guiné-Bissau'], ['guineense']), C('VN', ['Vietname'], ['vietnamitas']), C('US', ['Estados Unidos'])];
    const fs = run('A Guiné-Bissau exportou castanha. O Vietname comprou 40 mil toneladas da castanha guineense, que é descascada em fábricas vietnamitas e depois reexportada para os Estados Unidos.', 'pt', P);
    expect(triples(fs)).toContain('VN>US:other');
    expect(triples(fs)).not.toContain('GW>US:other');
  });
});

describe('rules from session 16, fourteenth batch (general, own sentences)', () => {
  it('a buyer that "led the purchases" heads a buyer list; goods bought in a market named by its nationality come from it', () => {
    const P = [C('BR', ['Brasil'], ['brasileiro']), C('DZ', ['Argélia']), C('BD', ['Bangladesh']), C('EG', ['Egito'])];
    const fs = run('O Brasil embarcou 3,2 milhões de toneladas de açúcar em agosto. A Argélia liderou as compras, com 410 mil toneladas, seguida por Bangladesh.', 'pt', P);
    expect(triples(fs)).toEqual(['BR>BD:other', 'BR>DZ:other']);
    expect(triples(run('O Egito prevê adquirir 250 mil toneladas de açúcar no mercado brasileiro.', 'pt', P))).toEqual(['BR>EG:other']);
  });
});

describe('rules from session 16, fifteenth batch (general, own sentences)', () => {
  it('an order of goods placed with a maker is a planned purchase from its country; one with no goods, or that goods just moved were bought on, is none', () => {
    const P = [C('ID', ['Indonésie', 'Jakarta']), C('FR', ['France'], ['français']), C('PK', ['Paquistão']), C('BR', ['Brasil'])];
    expect(run('Jakarta a officialisé mardi la commande de deux sous-marins auprès du groupe français Naval Group.', 'fr', P).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`)).toEqual(['FR>ID:vehicles:planned']);
    expect(triples(run('O Brasil exportou algodão. O Paquistão também ampliou as encomendas e deverá receber cerca de 90 mil toneladas do Brasil.', 'pt', P))).toEqual(['BR>PK:other']);
  });
});

describe('rules from session 16, sixteenth batch (general, own sentences)', () => {
  it('admitting people receives them; a body named for a party speaks for it; money sent home by workers goes from where they work', () => {
    const P = [C('CA', ['Canada', 'Ottawa']), C('GT', ['Guatemala'], ['Guatemalan']), C('MX', ['Mexico'], ['Mexican'])];
    expect(run('Ottawa plans to admit up to 2,000 Guatemalan workers next season.', 'en', P).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`)).toEqual(['GT>CA:people:planned']);
    expect(run('Mexico admitted that it had sent no workers.', 'en', P)).toEqual([]);
    expect(run('About 28,000 Mexican farmworkers travelled to Canada, according to figures from Employment and Social Development Canada.', 'en', P)[0]?.status).toBe('stated');
    expect(triples(run('Money sent home by Mexican workers in Canada reached C$400 million.', 'en', P))).toEqual(['CA>MX:money']);
  });
});

describe('rules from session 16, seventeenth batch (general, own sentences)', () => {
  it('relief flights carry aid; flying goods in sends them, to the country where the relief landed; goods "from X soil" come from X', () => {
    const P = [C('AF', ['Afghanistan']), CITY('Jalalabad', 'AF'), C('IN', ['India']), C('CR', ['Costa Rica'], ['costarricense']), C('US', ['Estados Unidos'])];
    const fs = run('The first foreign relief flights landed in Jalalabad, in eastern Afghanistan, on Wednesday. India flew in 15 tonnes of food and medicine.', 'en', P);
    expect(triples(fs)).toEqual(['IN>AF:aid']);
    expect(triples(run('Estados Unidos acogió a 3.400 refugiados procedentes de suelo costarricense.', 'es', P))).toEqual(['CR>US:people']);
  });
});

describe('rules from session 16, review mends (general, own sentences)', () => {
  const P = [C('BR', ['Brasil', 'Brazil']), C('AO', ['Angola']), C('RU', ['Rússia', 'Rusia', 'Russie', 'Russia'], ['russos', 'russian']), C('ML', ['Mali']), C('US', ['Estados Unidos', 'United States']),
    C('JP', ['Japão']), C('ES', ['España']), C('PE', ['Perú']), C('FR', ['France'], ['français']), C('UA', ['Ukraine']), C('IL', ['Israel']), C('IR', ['Irã'], ['iranianos']),
    C('CL', ['Chile']), C('BO', ['Bolivian'], ['Bolivian']), C('HT', ['Haiti']), C('PL', ['Poland', 'Pologne']), C('KR', ['Corée du Sud'])];
  const out = (text: string, lang: Lang): string[] => run(text, lang, P).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`).sort();
  it('a comma before "quando", "pendant", "cependant" or "segundo" opens no predicate', () => {
    expect(out('O Brasil enviou, quando começou a crise, 200 toneladas de arroz para Angola.', 'pt')).toEqual(['BR>AO:other:stated']);
    expect(out('España envió a Perú, segundo país de la región, 200 toneladas de arroz.', 'es')).toEqual(['ES>PE:other:stated']);
    expect(out("La France a livré, cependant, 12 canons Caesar à l'Ukraine.", 'fr')).toEqual(['FR>UA:weapons:stated']);
  });
  it('a partner named in an apposition gets nothing; owing to a threat names no destination', () => {
    expect(run('O Japão, parceiro dos Estados Unidos, anunciou um donativo de 20 milhões de dólares.', 'pt', P)).toEqual([]);
    expect(out('Os Estados Unidos enviaram 200 soldados devido à ameaça da Rússia.', 'pt')).toEqual([]);
  });
  it('trainers who begin training still train; absorbing attacks moves no weapons; admitting a fact admits no one', () => {
    expect(out('Instrutores russos iniciaram uma formação de pilotos no Mali.', 'pt')).toEqual(['RU>ML:training:stated']);
    expect(run('Israel absorveu 200 mísseis iranianos em abril.', 'pt', P)).toEqual([]);
    expect(run('Chile admitted Bolivian workers had been underpaid for years.', 'en', P)).toEqual([]);
  });
  it('"ao país" after no verb is the country just named; "segundo diplomatas" still reports', () => {
    expect(out('O Brasil exportou 3 milhões de toneladas de açúcar em 2023. Em janeiro, um terramoto atingiu o Haiti. O Japão enviou 20 toneladas de ajuda ao país.', 'pt').filter((x) => x.startsWith('JP'))).toEqual(['JP>HT:aid:stated']);
    expect(out('O Brasil, segundo diplomatas, enviou 200 soldados para Angola.', 'pt')).toEqual(['BR>AO:troops:reported']);
  });
  it('a future "to be" in a relative clause plans nothing; a cancelled order, a service contract and waiting for an apology buy nothing', () => {
    expect(out('Angola, que será a sede, recebeu 12 aviões do Brasil.', 'pt')).toEqual(['BR>AO:vehicles:stated']);
    expect(run('La Pologne a annulé la commande de 100 chars K2 auprès de la Corée du Sud.', 'fr', P)).toEqual([]);
    expect(run('Perú firmó con la española Navantia un contrato para modernizar dos fragatas.', 'es', P)).toEqual([]);
    expect(run('Poland is still waiting for an apology from Russia over the drones that crashed.', 'en', P)).toEqual([]);
  });
});

describe('rules from session 16, last mends (general, own sentences)', () => {
  it('a payer with no payee takes none from the discourse; "to the country" past a nationality is the first place named', () => {
    const P = [C('ST', ['São Tomé']), C('PT', ['Portugal'], ['português']), C('VN', ['Vietnam']), CITY('Hanoi', 'VN', true), C('BR', ['Brazil'], ['Brazilian'])];
    expect(triples(run('Portugal acolheu 40 doentes evacuados de São Tomé. O Estado português suporta os custos, cabendo a São Tomé pagar as viagens.', 'pt', P)).some((x) => x.startsWith('ST>PT:money'))).toBe(false);
    expect(triples(run('Hanoi also wants beef: Brazilian meatpackers were cleared to ship to the country in March.', 'en', P)).some((x) => x.startsWith('VN>BR'))).toBe(false);
  });
});

describe('rules from session 17 (general, own sentences)', () => {
  const P = [C('ST', ['São Tomé'], ['são-tomense']), C('AO', ['Angola'], ['angolano']), C('RU', ['Russia', 'Rusia'], ['Russian', 'ruso']), C('SY', ['Syria']), C('VE', ['Venezuela']),
    CITY('Lisboa', 'PT', true), CITY('Caracas', 'VE', true), CITY('Washington', 'US', true), C('GT', ['Guatemala'], ['guatemalteco']), C('PT', ['Portugal'], ['português']), C('GW', ['Guiné-Bissau']), C('BR', ['Brasil'], ['brasileiro'])];
  const out = (text: string, lang: Lang): string[] => run(text, lang, P).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`).sort();
  it('the nationality after an official\'s portfolio is the official\'s', () => {
    expect(out('A ministra da Saúde são-tomense visitou Lisboa na semana passada.', 'pt')).toEqual(['ST>Lisboa@PT:visit:stated']);
    expect(out('El ministro de Asuntos Exteriores ruso visitó Caracas.', 'es')).toEqual(['RU>Caracas@VE:visit:stated']);
  });
  it('an official who "esteve"/"estuvo" in a place visited it; troops, a country or a rate that was somewhere did not', () => {
    expect(out('O ministro angolano, que esteve na semana passada em Lisboa, garantiu o apoio.', 'pt')).toEqual(['AO>Lisboa@PT:visit:stated']);
    expect(out('El canciller guatemalteco estuvo en Washington en marzo.', 'es')).toEqual(['GT>Washington@US:visit:stated']);
    expect(out('As tropas russas estiveram em Lisboa durante meses.', 'pt')).toEqual([]);
    expect(out('O Brasil esteve em guerra com Angola.', 'pt')).toEqual([]);
    expect(out('O ministro angolano esteve envolvido nas negociações com o Brasil.', 'pt')).toEqual([]);
  });
  it('a person the article introduced with a nationality travels from that country; an unknown or ambiguous name from none', () => {
    const Q = [C('MZ', ['Moçambique'], ['moçambicano']), CITY('Lisboa', 'PT', true), CITY('Luanda', 'AO', true), CITY('Madrid', 'ES', true), C('RU', ['Russia'], ['Russian']), C('US', ['United States'], ['American']),
      CITY('Pyongyang', 'KP', true), CITY('Wonsan', 'KP'), CITY('Bogotá', 'CO', true), C('CO', ['Colombia']), CITY('Pekín', 'CN', true)];
    const o = (text: string, lang: Lang): string[] => run(text, lang, Q).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`).sort();
    expect(o('O Presidente moçambicano, Daniel Chapo, chega na quarta-feira a Lisboa. Chapo, que esteve na semana passada em Luanda, seguirá depois para Madrid.', 'pt'))
      .toEqual(['MZ>Lisboa@PT:visit:stated', 'MZ>Luanda@AO:visit:stated', 'MZ>Madrid@ES:visit:planned']);
    expect(o('Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Friday. Lavrov later visited Wonsan.', 'en')).toEqual(['RU>Pyongyang@KP:visit:stated', 'RU>Wonsan@KP:visit:stated']);
    expect(o('Lavrov later visited Wonsan.', 'en')).toEqual([]);
    expect(o('The Russian foreign minister, Sergei Lavrov, met the press. Lavrov later visited Wonsan.', 'en')).toEqual(['RU>Wonsan@KP:visit:stated']);
    expect(o('Russian envoy Anna Smith met American envoy John Smith. Smith later visited Wonsan.', 'en')).toEqual([]);
    // (a stop on the way, past an adjective, is no end)
    expect(o('El presidente de Colombia, Gustavo Petro, llegó a Pekín. Petro, que viajó desde Bogotá con una escala técnica en Madrid, se reunirá el martes con Xi.', 'es')).toEqual(['CO>Pekín@CN:visit:stated']);
  });
  it('a source of a state body speaks for it; a source of a third party reports', () => {
    expect(out('Portugal transferiu 10 milhões de euros para a Guiné-Bissau, disse à Lusa fonte do Ministério das Finanças português.', 'pt')).toEqual(['PT>GW:money:stated']);
    expect(out('Russia sent 200 tanks to Syria, a source at the Russian defence ministry said.', 'en')).toEqual(['RU>SY:vehicles:stated']);
    expect(out('Russia sent 200 tanks to Syria, a source at the UN said.', 'en')).toEqual(['RU>SY:vehicles:reported']);
    expect(out('Portugal transferiu 10 milhões de euros para a Guiné-Bissau, disse à Lusa fonte diplomática.', 'pt')).toEqual(['PT>GW:money:reported']);
  });
  it('trainers named as an institution\'s nationality train; officers are trainees and troops; "exportações oficiais" are no officers', () => {
    const Q = [C('BR', ['Brasil'], ['brasileiros', 'Brasileiro']), C('US', ['Estados Unidos'], ['americano', 'norte-americanos']), C('GY', ['Guiana'], ['guianenses']), C('PT', ['Portugal']), C('MZ', ['Moçambique']), C('SL', ['Serra Leoa'], ['serra-leonês']), CITY('Antuérpia', 'BE')];
    const o = (text: string): string[] => run(text, 'pt', Q).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity ?? ''}`).sort();
    expect(o('Cerca de 20 oficiais brasileiros serão treinados no próximo ano pelo Exército americano.')).toEqual(['US>BR:training:20']);
    expect(o('O Exército Brasileiro formou 11 militares norte-americanos e 6 guianenses.')).toEqual(['BR>GY:training:6', 'BR>US:training:11']);
    expect(o('Portugal enviou 20 oficiais para Moçambique.')).toEqual(['PT>MZ:troops:20']);
    expect(o('O Governo serra-leonês garantiu que as exportações oficiais seguiram todas para Antuérpia.').some((x) => x.includes('troops'))).toBe(false);
  });
  it('a later source has its own elliptical quantity; "do país" right after a verb is another country', () => {
    const Q = [C('PT', ['Portugal']), C('BR', ['Brasil']), C('AR', ['Argentina']), C('CN', ['China']), C('US', ['Estados Unidos'], ['norte-americanos']), C('PE', ['Peru'], ['peruanos'])];
    const o = (text: string): string[] => run(text, 'pt', Q).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity ?? ''}`).sort();
    expect(o('Portugal importou 3 mil toneladas de milho do Brasil e outras 2 mil da Argentina.')).toEqual(['AR>PT:other:2000', 'BR>PT:other:3000']);
    expect(o('O Brasil acolheu 11 norte-americanos e 9 peruanos.')).toEqual(['PE>BR:people:9', 'US>BR:people:11']);
    expect(o('A China comprou soja. O Brasil importou do país máquinas.')).toEqual(['CN>BR:other:']);
  });
  it('trade stated by its value moves goods worth it; an amount the goods after it detail is their value, not a payment', () => {
    const Q = [C('BR', ['Brazil', 'Brasil']), C('CN', ['China'])];
    const o = (text: string, lang: Lang): string[] => run(text, lang, Q).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity ?? ''}`).sort();
    expect(o('Brazil exported $5 billion to China last year.', 'en')).toEqual(['BR>CN:other:5000000000']);
    expect(o('Brazil sent $5 billion to China.', 'en')).toEqual(['BR>CN:money:5000000000']);
    expect(o('O Brasil importou da China US$ 53 bilhões, principalmente máquinas.', 'pt')).toEqual(['CN>BR:other:53000000000']);
    expect(o('Brazil imported $53 billion from China, mainly machinery and electronics.', 'en')).toEqual(['CN>BR:other:53000000000', 'CN>BR:technology:']);
  });
  it('the first of a number of goods is one of them (or the number given with "first")', () => {
    const Q = [C('KR', ['Coreia do Sul', 'South Korea']), C('BR', ['Brasil']), C('PL', ['Poland'])];
    const o = (text: string, lang: Lang): string[] => run(text, lang, Q).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity ?? ''}`).sort();
    expect(o('A Coreia do Sul recebeu o primeiro dos três aviões do Brasil.', 'pt')).toEqual(['BR>KR:vehicles:1']);
    expect(o('A Coreia do Sul recebeu os dois primeiros dos 12 aviões do Brasil.', 'pt')).toEqual(['BR>KR:vehicles:2']);
    expect(o('Poland received the first two of 12 jets from South Korea.', 'en')).toEqual(['KR>PL:vehicles:2']);
  });
  it('the party making the transfer, named alone as the source, states it; the other end does not', () => {
    const Q = [C('BR', ['Brasil'], ['brasileiros']), C('AO', ['Angola'], ['angolanos']), C('RU', ['Russia']), C('UA', ['Ukrainian', 'Kyiv'], ['Ukrainian']), C('BY', ['Belarus'])];
    const o = (text: string, lang: Lang): string[] => run(text, lang, Q).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`).sort();
    expect(o('Segundo o Brasil, 50 pilotos angolanos foram treinados por instrutores brasileiros.', 'pt')).toEqual(['BR>AO:training:stated']);
    expect(o('Segundo Angola, 50 pilotos angolanos foram treinados por instrutores brasileiros.', 'pt')).toEqual(['BR>AO:training:reported']);
    expect(o('Russia has deported thousands of Ukrainian children to Belarus, Kyiv says.', 'en')).toEqual(['UA>BY:people:reported']);
  });
  it('the antecedent of a relative clause visits; gapped receivers with a currency sign; places ranked after a passive\'s destination are more destinations, with no quantity of the first', () => {
    const Q = [C('PW', ['Palau']), CITY('Taipei', 'TW', true), C('AO', ['Angola'], ['Angolan']), CITY('Lisbon', 'PT', true), C('US', ['US', 'United States']), C('FM', ['Micronesia']),
      C('MH', ['Marshall Islands']), C('NZ', ['New Zealand']), C('CN', ['China']), C('AU', ['Australia'])];
    const o = (text: string): string[] => run(text, 'en', Q).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity ?? ''}`).sort();
    expect(o("Palau's president, who visited Taipei last month, welcomed the vote.")).toEqual(['PW>Taipei@TW:visit:']);
    expect(o("Palau's president, Surangel Whipps Jr., who visited Taipei last month, welcomed the vote.")).toEqual(['PW>Taipei@TW:visit:']);
    expect(o('The Angolan president, who visited Lisbon in May, welcomed the vote.')).toEqual(['AO>Lisbon@PT:visit:']);
    expect(o('Micronesia will receive $3.3 billion from the US, the Marshall Islands $2.3 billion and Palau $889 million.'))
      .toEqual(['US>FM:money:3300000000', 'US>MH:money:2300000000', 'US>PW:money:889000000']);
    expect(o('About 1.1 million tonnes of New Zealand milk powder, butter and cheese were shipped to China, followed by Australia.')).toEqual(['NZ>AU:other:', 'NZ>CN:other:1100000']);
    expect(o('New Zealand milk powder was shipped to China.')).toEqual(['NZ>CN:other:']);
  });
  it('a place after "to" opening a sentence is no topic for "the country" after it', () => {
    const Q = [C('NZ', ['New Zealand']), C('CN', ['China']), C('ID', ['Indonesia']), C('MY', ['Malaysia'])];
    const o = (text: string): string[] => run(text, 'en', Q).map((f) => `${f.from}>${f.to}:${f.category}`).sort();
    expect(o('New Zealand shipped milk powder to China. Sales to Indonesia grew fastest. The country in turn bought palm oil from Malaysia.'))
      .toEqual(['MY>NZ:other', 'NZ>CN:other', 'NZ>ID:other']);
  });
  it('places ranked "de lejos" after "followed" are more buyers; the share of a place after a comma comes from it; a ranked amount in a parenthesis; trade of a nationality', () => {
    const Q = [C('MX', ['México'], ['mexicanas']), C('US', ['Estados Unidos']), C('GT', ['Guatemala']), C('CA', ['Canadá']), C('AR', ['Argentina']), C('SY', ['Syria']), C('QA', ['Qatar']),
      C('IN', ['Inde', 'India']), C('CN', ['Chine']), C('ID', ['Indonésie']), C('MY', ['Malaysia'], ['Malaysian'])];
    const o = (text: string, lang: Lang): string[] => run(text, lang, Q).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity ?? ''}`).sort();
    expect(o('México vendió cerveza por 6.500 millones de dólares. Estados Unidos compró 5.400 millones de dólares de esa cifra, seguido de lejos por Guatemala y Canadá.', 'es'))
      .toEqual(['MX>CA:other:', 'MX>GT:other:', 'MX>US:other:5400000000']);
    expect(o('Las cerveceras mexicanas importaron unas 900.000 toneladas de cebada, la mayor parte de Canadá y Argentina.', 'es')).toEqual(['AR>MX:other:900000', 'CA>MX:other:900000']);
    expect(o("Qatar agreed to fund part of Syria's wage bill.", 'en').some((x) => x.startsWith('SY>'))).toBe(false);
    expect(o("L'Indonésie a exporté de l'huile de palme. L'Inde en a acheté 4,9 millions de tonnes, devant la Chine (4,4 millions).", 'fr')).toEqual(['ID>CN:other:4400000', 'ID>IN:other:4900000']);
    expect(o('Malaysian exports to India rose.', 'en')).toEqual(['MY>IN:other:']);
  });
  it('food an air force plane lands with, amid relief, is aid; counted trainees who receive training; the last five of 32', () => {
    const Q = [C('CL', ['Chile']), CITY('Piura', 'PE'), C('PE', ['Perú']), C('PH', ['Filipinas'], ['filipinos']), C('PL', ['Polonia'])];
    const o = (text: string): string[] => run(text, 'es', Q).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity ?? ''}`).sort();
    expect(o('Un avión de la Fuerza Aérea de Chile aterrizó el domingo en Piura con 40 toneladas de alimentos, carpas y filtros de agua para los damnificados por las lluvias.')).toEqual(['CL>Piura@PE:aid:40']);
    expect(o('Unos 30 pilotos filipinos recibieron formación en Polonia antes de la entrega.')).toEqual(['PL>PH:training:30']);
    expect(o('Filipinas recibió los últimos cinco de los 32 helicópteros fabricados en Polonia.')).toEqual(['PL>PH:vehicles:5']);
  });
  it('"local" after "to" (on its noun or before it) is the country the sentence names, never another', () => {
    const Q = [C('KR', ['Coreia do Sul'], ['sul-coreano']), C('BR', ['Brasil'], ['brasileira'])];
    const fs = run('A Coreia do Sul recebeu três aviões da fabricante brasileira Embraer. O Ministério da Defesa sul-coreano negou que o contrato inclua transferência de tecnologia para a indústria local.', 'pt', Q);
    expect(triples(fs).some((x) => x === 'KR>BR:technology')).toBe(false);
  });
  it('a definite company noun opening a sentence is the company last tied to a country; "the model" as a transfer\'s object is the goods told about', () => {
    const Q = [C('KR', ['Coreia do Sul', 'South Korea']), C('BR', ['Brasil', 'Brazil'], ['brasileira']), C('IN', ['Índia', 'India'])];
    const o = (text: string, lang: Lang): string[] => run(text, lang, Q).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`).sort();
    expect(o('A Coreia do Sul recebeu três aviões C-390 da fabricante brasileira Embraer. A empresa vendeu ainda aviões à Índia.', 'pt')).toEqual(['BR>IN:vehicles:stated', 'BR>KR:vehicles:stated']);
    expect(o('A Coreia do Sul recebeu três aviões C-390 da fabricante brasileira Embraer. A empresa negocia ainda a venda do modelo à Índia.', 'pt')).toEqual(['BR>IN:vehicles:planned', 'BR>KR:vehicles:stated']);
    expect(o('South Korea received three C-390 aircraft from Brazil. Brazil also sold the model to India.', 'en')).toEqual(['BR>IN:vehicles:stated', 'BR>KR:vehicles:stated']);
    // (no company tied to a country before: nothing)
    expect(o('A empresa vendeu aviões à Índia.', 'pt')).toEqual([]);
  });
  it('footballers are people; goods that "saem do país" leave the country just named; "importou do país" buys from another', () => {
    const Q = [C('BR', ['Brasil'], ['brasileiros']), C('SA', ['Arábia Saudita']), C('SL', ['Serra Leoa']), C('LR', ['Libéria']), C('CN', ['China'])];
    const o = (text: string): string[] => run(text, 'pt', Q).map((f) => `${f.from}>${f.to}:${f.category}`).sort();
    expect(o('Pelo menos 23 futebolistas brasileiros foram transferidos para a Arábia Saudita.')).toEqual(['BR>SA:people']);
    expect(o('Os diamantes da Serra Leoa saem do país sobretudo para a Libéria.')).toEqual(['SL>LR:other']);
  });
  it('a facility of a place after "para a" is where goods go ("para a fábrica de liquefação de Darwin")', () => {
    const Q = [C('TL', ['Timor-Leste']), CITY('Darwin', 'AU')];
    expect(triples(run('Timor-Leste vai retomar o envio de gás para a fábrica de liquefação de Darwin.', 'pt', Q))).toEqual(['TL>Darwin@AU:oil']);
  });
  it('some of the people a sentence saw leave, received elsewhere ("La France en a accueilli 800"), come from where they left', () => {
    const Q = [C('TN', ['Tunisie'], ['tunisiens']), C('FR', ['France']), C('DE', ['Allemagne'])];
    const o = (text: string): string[] => run(text, 'fr', Q).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity ?? ''}`).sort();
    expect(o("Près de 1 200 médecins tunisiens ont quitté le pays en 2023 pour exercer à l'étranger. La France en a accueilli environ 800. L'Allemagne en a reçu près de 250."))
      .toEqual(['TN>DE:people:250', 'TN>FR:people:800']);
    expect(o('Près de 1 200 médecins tunisiens ont quitté la Tunisie. La France en a accueilli environ 800.')).toEqual(['TN>FR:people:800']);
    // (without "en", the people received are not said to be those)
    expect(o('Près de 1 200 médecins tunisiens ont quitté la Tunisie. La France a accueilli des touristes.')).toEqual([]);
  });
  it('a region that exported stays the sender of a buyer list; a share with no number takes no quantity', () => {
    const Q = [REGION('Québec', 'CA'), C('CA', ['Canada']), C('US', ['États-Unis']), C('DE', ['Allemagne']), C('JP', ['Japon'])];
    const o = (text: string): string[] => run(text, 'fr', Q).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity ?? ''}`).sort();
    expect(o("Le Québec a exporté 74 000 tonnes de sirop d'érable en 2024, un record, dont plus de la moitié vers les États-Unis. L'Allemagne, deuxième client de la province, en a acheté 6 800 tonnes, suivie du Japon."))
      .toEqual(['Québec@CA>DE:other:6800', 'Québec@CA>JP:other:', 'Québec@CA>US:other:']);
  });
  it('"selon lesquelles" opens a reported clause, no speaker; goods of a nationality past a short complement are sent from it', () => {
    const Q = [C('CH', ['Suisse'], ['suisse', 'suisses']), C('UA', ['Ukraine']), C('DE', ['Allemagne'])];
    const o = (text: string): string[] => run(text, 'fr', Q).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`).sort();
    expect(o("Le gouvernement suisse a démenti des informations selon lesquelles des obus suisses auraient été livrés à l'Ukraine.")).toEqual(['CH>UA:munitions:denied']);
    expect(o("Des obus suisses destinés aux chars Gepard auraient été livrés à l'Ukraine, selon la presse.")).toEqual(['CH>UA:munitions:reported']);
  });
  it('"the company said" with no other name speaks for the party that made the transfer', () => {
    const Q = [C('IN', ['India'], ['Indian']), C('MZ', ['Mozambique'])];
    const o = (text: string): string[] => run(text, 'en', Q).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`).sort();
    expect(o('The Indian firm delivered four locomotives to Mozambique, the company said.')).toEqual(['IN>MZ:vehicles:stated']);
    expect(o('India delivered four locomotives to Mozambique, a company in Germany said.').every((x) => x.endsWith('reported'))).toBe(true);
  });
  it('a trade noun counted by weight carries the latest goods; a buyer list two sentences after the sender\'s flow', () => {
    const Q = [C('PH', ['Filipinas']), C('BR', ['Brasil']), C('CN', ['China']), C('CL', ['Chile']), C('SG', ['Singapura']), C('DZ', ['Argélia'])];
    const o = (text: string): string[] => run(text, 'pt', Q).map((f) => `${f.from}>${f.to}:${f.category}`).sort();
    expect(o('As Filipinas importaram 298 mil toneladas de carne suína do Brasil. A China, que liderava as compras até 2023, passou a comprar menos. Chile e Singapura completam a lista dos cinco maiores compradores.'))
      .toEqual(['BR>CL:other', 'BR>PH:other', 'BR>SG:other']);
    expect(o('O Brasil exportou açúcar para a Argélia. As vendas de 2 milhões de toneladas para a China cresceram.')).toEqual(['BR>CN:other', 'BR>DZ:other']);
  });
  it('trains are vehicles; a place crossed is on the route; a client "of the company" in an apposition buys from it', () => {
    const Q = [C('ES', ['España'], ['español']), C('UZ', ['Uzbekistán']), CITY('Poti', 'GE'), C('GE', ['Georgia'], ['georgiano']), C('AZ', ['Azerbaiyán']), CITY('Taskent', 'UZ', true), C('SA', ['Arabia Saudí'])];
    const o = (text: string): string[] => run(text, 'es', Q).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity ?? ''}`).sort();
    expect(o('El fabricante español Talgo entregará a Uzbekistán seis trenes de alta velocidad. Los convoyes viajarán por barco hasta el puerto georgiano de Poti y de allí por ferrocarril hasta Taskent, atravesando Azerbaiyán. Arabia Saudí, el mayor cliente exterior de la empresa, recibió en la última década 36 trenes.'))
      .toEqual(['ES>SA:vehicles:36', 'ES>UZ:vehicles:6']);
  });
});

describe('rules from session 17, review mends (general, own sentences)', () => {
  const P = [C('BR', ['Brasil', 'Brazil'], ['brasileira']), C('KR', ['Coreia do Sul']), C('SE', ['Suécia'], ['sueca']), C('CO', ['Colômbia', 'Colombia']), C('EG', ['Egito']), C('FR', ['França', 'France'], ['francesa', 'français']),
    C('IN', ['Inde', 'India']), C('ML', ['Mali']), C('US', ['United States', 'US'], ['US']), C('UA', ['Ukrainian', 'Ucrânia'], ['Ukrainian']), CITY('Kyiv', 'UA', true), C('RU', ['Russia', 'Rússia'], ['Russian', 'russo']), C('SY', ['Síria']),
    CITY('Pyongyang', 'KP', true), CITY('Moscow', 'RU', true), C('MZ', ['Moçambique'], ['moçambicano']), CITY('Maputo', 'MZ', true), CITY('Luanda', 'AO', true), C('AO', ['Angola'], ['angolano']), C('PT', ['Portugal']),
    C('CU', ['Cuba']), CITY('Havana', 'CU', true), C('PL', ['Polónia']), C('VE', ['Venezuela'], ['venezolano']), C('CN', ['China']), C('DZ', ['Argélia']), C('HT', ['Haïti', 'Haití', 'Haiti'])];
  const out = (text: string, lang: Lang): string[] => run(text, lang, P).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`).sort();
  it('a company noun followed by a nationality or a name introduces a company; "du groupe Wagner" is none of the earlier', () => {
    expect(out('A fabricante brasileira Embraer vendeu três aviões à Coreia do Sul. A empresa sueca Saab vendeu 36 caças à Colômbia.', 'pt')).toEqual(['BR>KR:vehicles:stated', 'SE>CO:vehicles:stated']);
    expect(out('A fabricante brasileira Embraer vendeu três aviões à Coreia do Sul. O Egito comprou 12 caças da fabricante francesa Dassault.', 'pt')).toEqual(['BR>KR:vehicles:stated', 'FR>EG:vehicles:stated']);
    expect(out("Le constructeur français Airbus a livré 10 avions à l'Inde. Le groupe Wagner a envoyé 1 000 combattants au Mali.", 'fr')).toEqual(['FR>IN:vehicles:stated']);
  });
  it('a person is remembered by surname only; a speaker, an attribution or a name after a preposition is no traveller', () => {
    expect(out('US President Donald Trump met Ukrainian leaders. Donald Tusk visited Kyiv on Monday.', 'en')).toEqual([]);
    expect(out('Russian Foreign Minister Sergei Lavrov met reporters. Lavrov said Wang Yi would visit Pyongyang next month.', 'en')).toEqual([]);
    expect(out('Russian Foreign Minister Sergei Lavrov met reporters in Moscow. After meeting Lavrov, Wang Yi flew to Pyongyang.', 'en')).toEqual([]);
    expect(out('O Presidente moçambicano, Daniel Chapo, discursou em Maputo. Segundo Chapo, o Papa Francisco visitou Luanda em 2023.', 'pt')).toEqual([]);
  });
  it('"esteve/estuvo" visits only a place it was in right after (past an adverb); a stay in exile, in hospital or docked is none', () => {
    expect(out('O antigo Presidente angolano esteve exilado em Portugal durante anos.', 'pt')).toEqual([]);
    expect(out('O diplomata angolano esteve à frente da embaixada em Havana durante cinco anos.', 'pt')).toEqual([]);
    expect(out('O navio russo esteve atracado em Havana durante cinco dias.', 'pt')).toEqual(['RU>Havana@CU:vehicles:stated']);
    expect(out('O ministro angolano, que esteve também em Maputo, falou aos jornalistas.', 'pt')).toEqual(['AO>Maputo@MZ:visit:stated']);
  });
  it('"Para a Ucrânia," is a stance, not a destination: it stays the topic', () => {
    expect(out('A Rússia enviou armas à Síria. Para a Ucrânia, a medida é uma provocação. O país recebeu 50 tanques da Polónia.', 'pt').filter((x) => x.startsWith('PL'))).toEqual(['PL>UA:vehicles:stated']);
  });
  it('a world ranking two sentences after a flow lists no buyers of it; a place after "local" keeps its flow; financial assets bought stay money', () => {
    expect(out('O Brasil exportou 3 milhões de toneladas de açúcar para a Argélia. Os preços subiram 5% no mês. A China e a Índia são os maiores compradores mundiais de petróleo.', 'pt')).toEqual(['BR>DZ:other:stated']);
    expect(out('The US gave $5 million to local NGOs in Haiti.', 'en').length).toBeGreaterThan(0);
    expect(out('China bought $20 billion of US Treasuries in March.', 'en').every((x) => x.includes(':money:'))).toBe(true);
  });
  it('an indefinite company is a third party; a headline buyer before goods and "imports" stays the buyer', () => {
    expect(out('Russia shipped oil to India, a shipping company said.', 'en')).toEqual(['RU>IN:oil:reported']);
    expect(out('India oil imports from Russia fell in May.', 'en')).toEqual(['RU>IN:oil:stated']);
  });
  it('an antecedent past its article names no nationality', () => {
    expect(out("Brazil's president thanked the UN envoy, who visited Luanda last week.", 'en')).toEqual([]);
  });
});

describe('rules from session 17, last additions (general, own sentences)', () => {
  const P = [C('PT', ['Portugal']), C('TR', ['Turquia']), C('EG', ['Egito']), C('JO', ['Jordânia']), C('BO', ['Bolívia']), C('US', ['Estados Unidos']), C('DE', ['Alemanha']), C('GB', ['Reino Unido'])];
  const out = (text: string): string[] => run(text, 'pt', P).map((f) => `${f.from}>${f.to}:${f.category}`).sort();
  it('"os restantes do Egito" are more of the same people, from there; a ranked buyer past the previous one\'s amount is ranked too', () => {
    expect(out('Portugal vai acolher mais 1.200 refugiados, dos quais cerca de 700 provenientes da Turquia e os restantes do Egito e da Jordânia.'))
      .toEqual(['EG>PT:people', 'JO>PT:people', 'TR>PT:people']);
    // (the rest takes no quantity of the whole)
    expect(run('Portugal vai acolher mais 1.200 refugiados, dos quais cerca de 700 provenientes da Turquia e os restantes do Egito.', 'pt', P).find((f) => f.from === 'EG')?.quantity).toBeUndefined();
    expect(out('A Bolívia exportou castanha. Os Estados Unidos compraram 4,1 mil toneladas, seguidos pela Alemanha, com 2,6 mil, e pelo Reino Unido, com 1,9 mil.'))
      .toEqual(['BO>DE:other', 'BO>GB:other', 'BO>US:other']);
  });
});


describe('rules from session 18 (general, own sentences)', () => {
  const P = [C('KE', ['Quénia']), C('PK', ['Paquistão']), C('EG', ['Egito']), C('GB', ['Reino Unido']), C('FR', ['França']), C('NE', ['Níger']), C('AO', ['Angola'], ['angolana', 'angolano']), C('CV', ['Cabo Verde']), C('IT', ['Itália'], ['italiana']), CITY('Mombaça', 'KE'), CITY('Lisboa', 'PT', true), CITY('Roma', 'IT', true), CITY('Madrid', 'ES', true)];
  const out = (text: string, lang: Lang = 'pt', places = P): string[] => run(text, lang, places).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`).sort();
  it('places ranked after "seguido do" buy too, each with its own amount', () => {
    const fs = run('O Quénia exportou 600 mil toneladas de chá. O Paquistão absorveu 150 mil toneladas, seguido do Egito, com 90 mil toneladas, e do Reino Unido.', 'pt', P);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity ?? ''}`).sort()).toEqual(['KE>EG:other:90000', 'KE>GB:other:', 'KE>PK:other:150000']);
  });
  it('goods shipped on "to other markets" take no destination from the discourse', () => {
    expect(out('O Quénia vendeu chá ao Paquistão. O chá seguiu de comboio até Mombaça, de onde foi embarcado para outros mercados.')).toEqual(['KE>PK:other:stated']);
  });
  it('an infinitive coordinated with a planned one is planned; a presidency speaks for its own state', () => {
    expect(out('A França comprometeu-se a doar trigo ao Níger e a vender-lhe adubos.')).toEqual(['FR>NE:aid:planned', 'FR>NE:other:planned']);
    expect(out('Germany pledged to send tanks to Ukraine and to train their crews.', 'en', [C('DE', ['Germany']), C('UA', ['Ukraine'])])).toEqual(['DE>UA:training:planned', 'DE>UA:vehicles:planned']);
    // (a past verb after "and" is no plan)
    expect(out('Germany pledged to send tanks to Ukraine and trained their crews.', 'en', [C('DE', ['Germany']), C('UA', ['Ukraine'])])).toEqual(['DE>UA:training:stated', 'DE>UA:vehicles:planned']);
    expect(out('O Presidente de Angola chegou hoje a Lisboa, informou a Presidência angolana.')).toEqual(['AO>Lisboa@PT:visit:stated']);
  });
  it('an official or delegation with no nationality, or no subject, travels as the latest traveller did; a visit counts no money', () => {
    expect(out('O primeiro-ministro de Cabo Verde chegou a Roma. Depois, seguirá para Madrid.')).toEqual(['CV>Madrid@ES:visit:planned', 'CV>Roma@IT:visit:stated']);
    expect(out('O primeiro-ministro de Cabo Verde chegou a Roma. A comitiva viajará depois para Madrid.')).toEqual(['CV>Madrid@ES:visit:planned', 'CV>Roma@IT:visit:stated']);
    // (leaving "the Italian capital", the leg starts there, as the issue's "Lavrov from Malaysia to North Korea")
    expect(out('O primeiro-ministro de Cabo Verde chegou a Roma. Da capital italiana, a comitiva seguirá para Madrid.')).toEqual(['CV>Roma@IT:visit:stated', 'IT>Madrid@ES:visit:planned']);
    const S = [C('SN', ['Sénégal'], ['sénégalais']), C('CN', ['Chine']), CITY('Pékin', 'CN', true), CITY('Shenzhen', 'CN'), C('UY', ['Uruguay']), CITY('Pekín', 'CN', true), CITY('Shanghái', 'CN')];
    // (a head of state, past a plan and an adverb; a visitor taken up again past a paragraph on other flows)
    expect(out("Le président sénégalais est arrivé lundi à Pékin. La Chine doit annoncer un prêt. Pékin a formé 2 000 techniciens sénégalais. Le chef de l'État doit ensuite se rendre jeudi à Shenzhen.", 'fr', S))
      .toContain('SN>Shenzhen@CN:visit:planned');
    expect(out('El presidente de Uruguay llegó el domingo a Pekín. Tras Pekín, el mandatario viajará el miércoles a Shanghái.', 'es', S)).toEqual(['UY>Pekín@CN:visit:stated', 'UY>Shanghái@CN:visit:planned']);
    const visit = run('O ministro angolano esteve em Lisboa para negociar uma dívida de 40 milhões de euros.', 'pt', P);
    expect(visit.map((f) => `${f.from}>${f.to}:${f.category}`)).toEqual(['AO>Lisboa@PT:visit']);
    expect(visit[0]!.quantity).toBeUndefined();
  });
  it('a country\'s official by the possessive travels from it; a visit to a country placed more precisely later is that visit', () => {
    const E = [C('IR', ['Iran']), C('KE', ['Kenya']), CITY('Nairobi', 'KE', true), C('JP', ['Japan']), C('PH', ['the Philippines']), CITY('Manila', 'PH', true)];
    expect(out("Iran's president arrived in Nairobi on Wednesday.", 'en', E)).toEqual(['IR>Nairobi@KE:visit:stated']);
    const fs = run("Japan's foreign minister will travel to the Philippines next week. She will arrive in Manila on Monday.", 'en', E);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.category}`)).toEqual(['JP>Manila@PH:visit']);
    expect(fs[0]!.quotes).toHaveLength(2);
  });
  it('"given" opening a phrase gives nothing; a verb of saying in a reduced relative attributes only that clause; a refusal denies', () => {
    const E = [C('GR', ['Greece']), C('UA', ['Ukraine']), C('TR', ['Turkey']), C('KE', ['Kenya']), C('US', ['US']), C('IR', ['Tehran'])];
    expect(out('Diplomats in Kenya were following the talks, given US sanctions on Tehran over its nuclear programme.', 'en', E)).toEqual([]);
    expect(out('Greece has sent to Ukraine the old shells it says it no longer needs.', 'en', E)).toEqual(['GR>UA:munitions:stated']);
    expect(out('Greece has refused to send missiles to Ukraine.', 'en', E)).toEqual(['GR>UA:missiles:denied']);
    expect(out('A Grécia recusou-se a enviar mísseis à Ucrânia.', 'pt', [C('GR', ['Grécia']), C('UA', ['Ucrânia'])])).toEqual(['GR>UA:missiles:denied']);
  });
  it('people settling somewhere move there; people of a nationality arriving "in the country" arrive where the latest flow went', () => {
    const E = [C('PT', ['Portugal'], ['portugueses']), C('AO', ['Angola'], ['angolanos']), C('CV', ['Cabo Verde'], ['cabo-verdianos'])];
    expect(out('Cerca de 2.300 portugueses fixaram-se em Angola no ano passado.', 'pt', E)).toEqual(['PT>AO:people:stated']);
    expect(out('About 2,300 Portuguese settled in Angola last year.', 'en', [C('PT', ['Portugal'], ['Portuguese']), C('AO', ['Angola'])])).toEqual(['PT>AO:people:stated']);
    expect(out('Mais de 38 mil angolanos entraram em Portugal no ano passado. Cerca de 4.100 cabo-verdianos chegaram ao país.', 'pt', E)).toEqual(['AO>PT:people:stated', 'CV>PT:people:stated']);
  });
  it('people transferred on, or some "of them" sent back, leave where the discourse brought them; "centros de acogida de X" is where they go', () => {
    const E = [C('MA', ['Marruecos'], ['marroquíes']), C('ES', ['España'], ['españolas']), REGION('Melilla', 'ES'), CITY('Almería', 'ES')];
    expect(out('Unas 300 personas entraron en Melilla desde Marruecos. Las autoridades españolas devolvieron a Marruecos a 90 de ellos, y 40 menores no acompañados fueron trasladados a centros de acogida de Almería.', 'es', E))
      .toEqual(['MA>Melilla@ES:people:stated', 'Melilla@ES>Almería@ES:people:stated', 'Melilla@ES>MA:people:stated']);
    // ("otros": more people, from elsewhere)
    expect(out('Unas 300 personas entraron en Melilla desde Marruecos. Otros 40 migrantes fueron trasladados a Almería.', 'es', E)).toEqual(['MA>Melilla@ES:people:stated']);
  });
  it('goods sent by a government named by its nationality come from its country, and arrive with the vehicle; a hedge after a contrasting clause of its own is that clause\'s', () => {
    const E = [C('GB', ['Reino Unido'], ['británico']), C('NG', ['Nigeria']), CITY('Maiduguri', 'NG')];
    expect(out('Un avión con 40 toneladas de mantas enviado por el Gobierno británico aterrizó el martes en Maiduguri.', 'es', E)).toEqual(['GB>Maiduguri@NG:aid:stated']);
    expect(out('Blankets sent by the British government arrived in Maiduguri.', 'en', [C('GB', ['Britain'], ['British']), CITY('Maiduguri', 'NG')])).toEqual(['GB>Maiduguri@NG:aid:stated']);
    const J = [C('JO', ['Jordania']), C('SY', ['Siria'], ['sirios']), C('SA', ['Arabia Saudí'])];
    expect(out('Jordania acoge a unos 620.000 refugiados sirios, mientras que Arabia Saudí habría depositado 1.000 millones de dólares en Jordania, según medios locales.', 'es', J))
      .toEqual(['SA>JO:money:reported', 'SY>JO:people:stated']);
  });
  it('a buyer phrase takes its own count of the goods; a place coordinated after a ranked one takes no amount of another', () => {
    const fs = run('Angola exportou 1,2 milhões de barris de petróleo em maio. A Índia foi o principal destino, com cerca de 400 mil barris.', 'pt', [C('AO', ['Angola']), C('IN', ['Índia'])]);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.quantity}`)).toEqual(['AO>IN:400000']);
    const r = run("Le Togo a exporté 90 000 tonnes de soja. L'Inde en a acheté 40 000 tonnes, devant le Népal (12 000 tonnes) et la Chine, dont les achats ont baissé.", 'fr', [C('TG', ['Togo']), C('IN', ["l'Inde", 'Inde']), C('NP', ['Népal']), C('CN', ['Chine'])]);
    expect(r.map((f) => `${f.from}>${f.to}:${f.quantity ?? ''}`).sort()).toEqual(['TG>CN:', 'TG>IN:40000', 'TG>NP:12000']);
  });
  it('"depuis la X" is from X (not "depuis là"); "au départ du pays"; reaching a place moves people; trainees named by a body; no source from "depuis la chute de X"', () => {
    const F = [C('LY', ['Libye', 'la Libye'], ['libyens']), C('IT', ['Italie', "l'Italie"], ['italiennes']), C('CD', ['RDC'], ['Congolais']), C('BI', ['Burundi']), CITY('Goma', 'CD')];
    expect(out("Quelque 52 000 personnes ont atteint l'Italie depuis la Libye.", 'fr', F)).toEqual(['LY>IT:people:stated']);
    expect(out('Plus de 17 000 migrants ont été ramenés en Libye, tandis que 52 000 personnes ont atteint les côtes italiennes au départ du pays.', 'fr', F)).toEqual(['LY>IT:people:stated']);
    expect(out('Une soixantaine de garde-côtes libyens ont achevé une formation en Italie.', 'fr', F)).toEqual(['IT>LY:training:stated']);
    expect(out('Plus de 40 000 Congolais sont arrivés au Burundi depuis la chute de Goma.', 'fr', F)).toEqual(['CD>BI:people:stated']);
  });
  it('a partitive share of the goods names where it came from, with its own number; "the rest" comes from the places after it', () => {
    const q = (text: string, lang: Lang, places: HandPlace[]): string[] => run(text, lang, places).map((f) => `${f.from}>${f.to}:${f.quantity ?? ''}`).sort();
    const E = [C('PE', ['Peru']), C('BR', ['Brazil']), C('CL', ['Chile']), C('BO', ['Bolivia'])];
    expect(q('Peru imported 60,000 tonnes of sugar last year, of which 40,000 came from Brazil and the rest from Chile and Bolivia.', 'en', E)).toEqual(['BO>PE:', 'BR>PE:40000', 'CL>PE:']);
    const S = [C('PE', ['Perú']), C('BR', ['Brasil']), C('CL', ['Chile'])];
    expect(q('Perú importó 60.000 toneladas de azúcar, de las que 40.000 procedían de Brasil y el resto de Chile.', 'es', S)).toEqual(['BR>PE:40000', 'CL>PE:']);
    const F = [C('PE', ['Pérou']), C('BR', ['Brésil']), C('CL', ['Chili'])];
    expect(q('Le Pérou a importé 60 000 tonnes de sucre, dont 40 000 venues du Brésil et le reste du Chili.', 'fr', F)).toEqual(['BR>PE:40000', 'CL>PE:']);
  });
  it('a country\'s own sales go where they are sent; a batch coordinated into a transfer\'s goods is more goods; a delegation sent somewhere visits', () => {
    expect(out('Russia increased its sales to India.', 'en', [C('RU', ['Russia']), C('IN', ['India'])])).toEqual(['RU>IN:other:stated']);
    expect(out('Rusia aumentó sus ventas a la India.', 'es', [C('RU', ['Rusia']), C('IN', ['India', 'la India'])])).toEqual(['RU>IN:other:stated']);
    expect(out("La livraison au Maroc de deux radars Ground Master 200 et d'un premier lot de missiles par la France a été annoncée mardi.", 'fr', [C('MA', ['Maroc']), C('FR', ['France'])]))
      .toEqual(['FR>MA:missiles:stated', 'FR>MA:technology:stated']);
    expect(out('Japan will send a trade delegation to Kyiv next week.', 'en', [C('JP', ['Japan']), CITY('Kyiv', 'UA', true)])).toEqual(['JP>Kyiv@UA:visit:planned']);
    expect(out('O Brasil enviará em janeiro uma delegação a Riade.', 'pt', [C('BR', ['Brasil']), CITY('Riade', 'SA', true)])).toEqual(['BR>Riade@SA:visit:planned']);
    // (an ambassador "to" a place is no visit)
    expect(triples(run("Japan's ambassador to Kyiv said Japan sent 20 tanks to Poland.", 'en', [C('JP', ['Japan']), CITY('Kyiv', 'UA', true), C('PL', ['Poland'])]))).toEqual(['JP>PL:vehicles']);
  });
  it('a vehicle carrying a weight brings the latest goods; a place subject before an apposition with an article sends; a purpose clause\'s place past a relative is the destination', () => {
    const M = [C('MG', ['Madagascar']), C('FR', ['France']), CITY('Tamatave', 'MG'), CITY('Marseille', 'FR')];
    const fs = run('Madagascar a exporté 17 500 tonnes de litchis. Le premier navire, parti de Tamatave avec 5 200 tonnes à son bord, est arrivé à Marseille.', 'fr', M);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity ?? ''}`)).toEqual(['Tamatave@MG>Marseille@FR:other:5200']);
    const P = [C('ES', ['Espanha']), CITY('Lisboa', 'PT', true), REGION('Viseu', 'PT')];
    expect(out('Espanha, o primeiro país a responder ao pedido de ajuda de Lisboa, enviou no domingo dois aviões para Viseu.', 'pt', P)).toEqual(['ES>Viseu@PT:vehicles:stated']);
    expect(out('Espanha enviou dois aviões anfíbios para combater os incêndios que lavram no distrito de Viseu.', 'pt', P)).toEqual(['ES>Viseu@PT:vehicles:stated']);
  });
  it('a partitive share of people moved on counts itself; a bare number before a passive counts people; an attribution set off by commas closes the clause', () => {
    const Z = [C('ZA', ['South Africa']), C('MW', ['Malawi'], ['Malawians']), C('ZW', ['Zimbabwe'], ['Zimbabweans']), CITY('Johannesburg', 'ZA'), CITY('Lilongwe', 'MW', true), REGION('Gauteng', 'ZA')];
    const q = (text: string): string[] => run(text, 'en', Z).map((f) => `${f.from}>${f.to}:${f.quantity ?? ''}`).sort();
    expect(q('South Africa deported 9,100 Malawians, of whom about 1,400 were flown from Johannesburg to Lilongwe.')).toEqual(['Johannesburg@ZA>Lilongwe@MW:1400', 'ZA>MW:9100']);
    expect(q('South Africa deported 9,100 Malawians. About 1,400 were flown from Johannesburg to Lilongwe.')).toEqual(['Johannesburg@ZA>Lilongwe@MW:1400', 'ZA>MW:9100']);
    expect(q('South Africa deported 27,600 Zimbabweans, the home affairs department said on Tuesday, as police stepped up raids on mining sites in Gauteng.')).toEqual(['ZA>ZW:27600']);
  });
  it('goods named only as goods, sold for a sum, are measured by it; a trade noun\'s total is its goods\' value; purchases of a nationality\'s goods by another; a sentence turning around may reverse the latest flow', () => {
    const U = [C('UY', ['Uruguay'], ['uruguayas']), C('CN', ['China'], ['chinas', 'chinos'])];
    const q = (text: string): string[] => run(text, 'es', U).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity ?? ''}`).sort();
    expect(q('Uruguay vendió a China bienes por 1.900 millones de dólares el año pasado.')).toEqual(['UY>CN:other:1900000000']);
    expect(q('Las exportaciones chinas a Uruguay sumaron 2.300 millones de dólares.')).toEqual(['CN>UY:other:2300000000']);
    expect(q('Las compras uruguayas de productos chinos crecieron.')).toEqual(['CN>UY:other:']);
    expect(q('Uruguay vendió a China bienes por 1.900 millones de dólares. En sentido inverso, las compras de productos chinos crecieron.')).toEqual(['CN>UY:other:', 'UY>CN:other:1900000000']);
  });
  it('"the rest" shared out among places, kept by coordinated buyers, or a share "of the total" is the exporter\'s goods', () => {
    const M = [C('MZ', ['Moçambique', 'Mozambique']), C('IN', ['Índia']), C('JP', ['Japão', 'Japan']), C('TR', ['Turquia', 'Turkey'])];
    expect(out('Moçambique exportou 4 milhões de toneladas de carvão, das quais 2,9 milhões para a Índia. O resto foi repartido entre o Japão e a Turquia.', 'pt', M))
      .toEqual(['MZ>IN:other:stated', 'MZ>JP:other:stated', 'MZ>TR:other:stated']);
    expect(out('Mozambique exported 4 million tonnes of coal. The rest was split between Japan and Turkey.', 'en', M)).toEqual(['MZ>JP:other:stated', 'MZ>TR:other:stated']);
    const B = [C('BR', ['Brasil']), C('CA', ['Canadá']), C('BE', ['Bélgica'])];
    expect(out('O Brasil exportou 30 mil toneladas de mel. O Canadá e a Bélgica ficaram com quase todo o restante.', 'pt', B)).toEqual(['BR>BE:other:stated', 'BR>CA:other:stated']);
    const A = [C('AR', ['Argentina']), C('US', ['Estados Unidos']), C('KR', ['Corea del Sur'], ['surcoreana']), REGION('Salta', 'AR')];
    expect(out('Argentina exportó 74.000 toneladas de litio. Una empresa surcoreana invertirá 830 millones de dólares en Salta. Estados Unidos apenas recibió el 4 % del total.', 'es', A))
      .toEqual(['AR>US:other:stated', 'KR>Salta@AR:money:planned']);
  });
  it('a gapped buyer after "and" with its own count and unit buys too; sales opened by an adverb keep their article; "to remain" before a participle is no journey', () => {
    const T = [C('TN', ['Tunisie']), C('MY', ['Malaisie']), C('ID', ["l'Indonésie", 'Indonésie'])];
    expect(run("La Tunisie a exporté 120 000 tonnes de dattes. La Malaisie en a acheté près de 6 000 tonnes et l'Indonésie environ 2 500 tonnes.", 'fr', T).map((f) => `${f.from}>${f.to}:${f.quantity}`).sort())
      .toEqual(['TN>ID:2500', 'TN>MY:6000']);
    const B = [C('BR', ['Brasil']), C('DZ', ['Argélia']), C('RU', ['Rússia'])];
    expect(out('O Brasil exportou açúcar para a Argélia. Já as vendas à Rússia estão suspensas.', 'pt', B)).toEqual(['BR>DZ:other:stated', 'BR>RU:other:suspended']);
    expect(out('O Brasil exportou açúcar para a Argélia. As vendas à Rússia seguem suspensas desde março.', 'pt', B)).toEqual(['BR>DZ:other:stated', 'BR>RU:other:suspended']);
  });
  it('more traded crops are goods; a body named "X of <country>" speaks for it; a capitalised body\'s name after "to" hands its role to its country', () => {
    const K = [C('KE', ['Kenya'], ['Kenyan']), C('PK', ['Pakistan'])];
    expect(out('Pakistan bought 184 million kilograms of Kenyan tea last year, according to figures published by the Tea Board of Kenya.', 'en', K)).toEqual(['KE>PK:other:stated']);
    expect(out('A China entregou duas corvetas à Marinha Real do Camboja.', 'pt', [C('CN', ['China']), C('KH', ['Camboja'])])).toEqual(['CN>KH:vehicles:stated']);
    expect(out('Le Vietnam a acheté du thé kényan.', 'fr', [C('VN', ['Vietnam']), C('KE', ['Kenya'], ['kényan'])])).toEqual(['KE>VN:other:stated']);
  });
  it('envoys of coordinated nationalities visit; a visit noun takes the nationality of the official before it', () => {
    expect(out('Des émissaires russes et iraniens se sont rendus à Niamey.', 'fr', [C('RU', ['Russie'], ['russes']), C('IR', ['Iran'], ['iraniens']), CITY('Niamey', 'NE', true)]))
      .toEqual(['IR>Niamey@NE:visit:stated', 'RU>Niamey@NE:visit:stated']);
    expect(triples(run('En diciembre, el presidente argentino tiene previsto devolver la visita con un viaje a Santiago.', 'es', [C('AR', ['Argentina'], ['argentino']), CITY('Santiago', 'CL', true)])))
      .toEqual(['AR>Santiago@CL:visit']);
  });
  it('the value of goods bought or sold, counted apart ("in a deal worth", "pour un montant de"), is what the buyer pays', () => {
    const q = (text: string, lang: Lang, P: HandPlace[]): string[] => run(text, lang, P).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity ?? ''}`).sort();
    expect(q('Greece will buy 36 rocket launchers from Israel in a deal worth about 700 million euros.', 'en', [C('GR', ['Greece']), C('IL', ['Israel'])]))
      .toEqual(['GR>IL:money:700000000', 'IL>GR:weapons:36']);
    expect(q("L'Indonésie a commandé deux sous-marins à la France pour un montant d'environ 2 milliards d'euros.", 'fr', [C('ID', ["L'Indonésie", 'Indonésie']), C('FR', ['France'])]))
      .toEqual(['FR>ID:vehicles:2', 'ID>FR:money:2000000000']);
    // (an aid package's worth measures the aid)
    expect(q('Britain announced a package of aid worth 113 million pounds for Sudan.', 'en', [C('GB', ['Britain']), C('SD', ['Sudan'])])).toEqual(['GB>SD:aid:113000000']);
  });
  it('"its territory" is the territory of the country the sentence opens with', () => {
    expect(triples(run('Egypt said thousands of Sudanese had crossed into its territory at the border post.', 'en', [C('EG', ['Egypt']), C('SD', ['Sudan'], ['Sudanese'])]))).toEqual(['SD>EG:people']);
    expect(triples(run('Chad said 20,000 Sudanese had entered its territory.', 'en', [C('TD', ['Chad']), C('SD', ['Sudan'], ['Sudanese'])]))).toEqual(['SD>TD:people']);
  });
  it('"other" people moving are more of the people the discourse just moved, from where they left; a place right after a verb ending in "para" is its destination', () => {
    const P = [C('CV', ['Cabo Verde'], ['cabo-verdianos']), C('PT', ['Portugal']), C('FR', ['França']), C('NL', ['Países Baixos'])];
    expect(out('Cerca de 2.000 cabo-verdianos emigraram para Portugal. A ministra falou à imprensa. Outros 1.300 cidadãos seguiram para França e para os Países Baixos.', 'pt', P))
      .toEqual(['CV>FR:people:stated', 'CV>NL:people:stated', 'CV>PT:people:stated']);
  });
  it('people sent back to a destination named before them are still its object', () => {
    expect(out('Le Royaume-Uni a renvoyé jeudi vers la France un premier groupe de 14 migrants.', 'fr', [C('GB', ['Royaume-Uni']), C('FR', ['France', 'la France'])])).toEqual(['GB>FR:people:stated']);
  });
  it('money given "to help" a place goes to it, with its amount; the help is no transfer of its own', () => {
    const fs = run('The European Union has pledged 25 million euros to help Ukraine repair port infrastructure.', 'en', [C('EU', ['European Union']), C('UA', ['Ukraine'])]);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.category}:${f.status}:${f.quantity}`)).toEqual(['EU>UA:money:planned:25000000']);
    expect(out("L'Union européenne a débloqué 20 millions d'euros pour aider l'Égypte à accueillir les réfugiés.", 'fr', [C('EU', ['Union européenne']), C('EG', ["l'Égypte", 'Égypte'])])).toEqual(['EU>EG:money:stated']);
  });
});

describe('session 18 review mends (misfires a cold review found, each with its own sentences)', () => {
  const out = (text: string, lang: Lang, places: HandPlace[]): string[] => run(text, lang, places).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`).sort();
  it('"its territory" is the territory of the country named last before it, not of a speaker', () => {
    expect(out('The US said North Korea moved 10,000 soldiers to its territory near the border.', 'en', [C('US', ['US']), C('KP', ['North Korea'])])).toEqual([]);
  });
  it('a visit merges into a more precise one only for a traveller from the same country', () => {
    expect(out('Indian Prime Minister Narendra Modi will visit Japan next month. Chinese Premier Li Qiang arrived in Tokyo on Monday.', 'en', [C('IN', ['India'], ['Indian']), C('CN', ['China'], ['Chinese']), C('JP', ['Japan']), CITY('Tokyo', 'JP', true)]))
      .toEqual(['CN>Tokyo@JP:visit:stated', 'IN>JP:visit:planned']);
  });
  it('a host\'s official with no nationality is no visitor taken up again; a delegation or "the head of state" is', () => {
    const P = [C('CN', ['China'], ['chinês']), CITY('Lisboa', 'PT', true), CITY('Luanda', 'AO', true)];
    expect(out('O Presidente chinês, Xi Jinping, chegou a Lisboa na segunda-feira. O Presidente da República seguirá na quinta-feira para Luanda.', 'pt', P)).toEqual(['CN>Lisboa@PT:visit:stated']);
    expect(out('O Presidente chinês chegou a Lisboa na segunda-feira. A comitiva seguirá na quinta-feira para Luanda.', 'pt', P)).toEqual(['CN>Lisboa@PT:visit:stated', 'CN>Luanda@AO:visit:planned']);
  });
  it('a delegation sent to negotiate a delivery visits; the delivery it negotiates is no transfer to it', () => {
    expect(out('The US sent a delegation to Kyiv to negotiate the delivery of Patriot missiles.', 'en', [C('US', ['US']), CITY('Kyiv', 'UA', true)])).not.toContain('US>Kyiv@UA:missiles:stated');
    expect(out('La France a envoyé une délégation au Niger pour négocier le retrait des troupes.', 'fr', [C('FR', ['France']), C('NE', ['Niger'])])).not.toContain('FR>NE:troops:stated');
  });
  it('settling moves only people counted or named as people; a settling total is a trade value', () => {
    expect(out('The price of Brazilian coffee settled in London at a record high.', 'en', [C('BR', ['Brazil'], ['Brazilian']), CITY('London', 'GB', true)])).toEqual([]);
    expect(out('Las empresas chinas se instalaron en Angola en la última década.', 'es', [C('CN', ['China'], ['chinas']), C('AO', ['Angola'])])).toEqual([]);
    expect(run('As exportações de Angola para a China fixaram-se em 2 mil milhões de dólares.', 'pt', [C('AO', ['Angola']), C('CN', ['China'])]).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`))
      .toEqual(['AO>CN:other:2000000000']);
  });
  it('only a deal\'s worth is a price: not "each worth" nor a programme\'s worth', () => {
    const P = [C('PL', ['Poland']), C('US', ['United States']), C('RU', ['Russia']), C('IR', ['Iran'])];
    expect(out('Poland will buy 96 Apache helicopters from the United States, part of a modernisation plan worth $100 billion.', 'en', P)).toEqual(['US>PL:vehicles:planned']);
    expect(out('Russia bought 100 drones from Iran, each worth about $20,000.', 'en', P)).toEqual(['IR>RU:weapons:stated']);
  });
  it('an explicit English next leg still starts where it leaves; a tour that will "take" the traveller is from home', () => {
    const P = [C('US', ['US']), C('IL', ['Israel']), C('JO', ['Jordan'])];
    expect(triples(run('The US secretary of state arrived in Israel on Monday and will then travel to Jordan.', 'en', P))).toEqual(['IL>JO:visit', 'US>IL:visit']);
  });
  it('refusing to stop or to rule out denies nothing; refusing to comment attributes; refusing to send denies', () => {
    const P = [C('DE', ['Germany']), C('UA', ['Ukraine']), C('FR', ['France']), C('IN', ["l'Inde", 'Inde'])];
    expect(out('Germany refused to rule out sending Taurus missiles to Ukraine.', 'en', P)).toEqual(['DE>UA:missiles:stated']);
    expect(out("La France a refusé de commenter la livraison de 12 Rafale à l'Inde.", 'fr', P)).toEqual(['FR>IN:vehicles:reported']);
    expect(out('Germany refused to send Taurus missiles to Ukraine.', 'en', P)).toEqual(['DE>UA:missiles:denied']);
  });
  it('a present-tense verb coordinated after a plan is a fact', () => {
    expect(out('China has pledged to buy more soybeans from the United States and imports about 100 million tonnes a year from Brazil.', 'en', [C('CN', ['China']), C('US', ['United States']), C('BR', ['Brazil'])]))
      .toEqual(['BR>CN:other:stated', 'US>CN:other:planned']);
  });
  it('failing or trying to reach a place is no arrival; "given to" is giving; "seguiu acompanhado ... para" is a journey', () => {
    expect(out("Les troupes russes n'ont pas pu atteindre Kiev.", 'fr', [C('RU', ['Russie'], ['russes']), CITY('Kiev', 'UA', true)])).toEqual([]);
    expect(out('The Leopard tanks, given to Ukraine by Germany in 2023, were destroyed near Bakhmut.', 'en', [C('DE', ['Germany']), C('UA', ['Ukraine'])])).toEqual(['DE>UA:vehicles:stated']);
    expect(out('O Presidente angolano seguiu acompanhado pela comitiva para Pequim.', 'pt', [C('AO', ['Angola'], ['angolano']), CITY('Pequim', 'CN', true)])).toEqual(['AO>Pequim@CN:visit:stated']);
  });
  it('a nationality on carriers past their cargo list sends it; an attribution in a contrasting clause with its own subject is that clause\'s', () => {
    const P = [C('IR', ['Iran'], ['Iranian']), CITY('Jalalabad', 'AF'), C('PK', ['Pakistan'])];
    expect(out('Iranian aircraft carrying food and medical kits landed in Jalalabad, while Pakistan said it had sent flour across the border.', 'en', P))
      .toContain('IR>Jalalabad@AF:aid:stated');
  });
  it('money "to help" two places goes to both; an event named after a place names no source', () => {
    expect(triples(run('Japan gave $10 million to help Turkey and Syria rebuild after the earthquake.', 'en', [C('JP', ['Japan']), C('TR', ['Turkey']), C('SY', ['Syria'])]))).toEqual(['JP>SY:money', 'JP>TR:money']);
    expect(out('Depuis la chute de Bukavu, 300 000 personnes ont fui vers le Burundi.', 'fr', [CITY('Bukavu', 'CD'), C('BI', ['Burundi'])])).toEqual([]);
  });
});

describe('session 18 second review mends', () => {
  const out = (text: string, lang: Lang, places: HandPlace[]): string[] => run(text, lang, places).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`).sort();
  it('a ship\'s owners or builders send nothing it carries; a state\'s aircraft do', () => {
    expect(out('Greek-owned tankers carrying crude oil, diesel and jet fuel docked in Mumbai on Monday.', 'en', [C('GR', ['Greece'], ['Greek']), CITY('Mumbai', 'IN')])).toEqual([]);
    expect(out('Iranian aircraft carrying food and medical kits landed in Kabul.', 'en', [C('IR', ['Iran'], ['Iranian']), CITY('Kabul', 'AF', true)])).toContain('IR>Kabul@AF:aid:stated');
  });
  it('"its territory" is not the territory of a country people come from', () => {
    expect(out('Niger said fighters from Mali had entered its territory.', 'en', [C('NE', ['Niger']), C('ML', ['Mali'])])).toEqual(['ML>NE:troops:reported']);
    expect(out('Colombia denunció que 300 soldados de Venezuela entraron en su territorio.', 'es', [C('CO', ['Colombia']), C('VE', ['Venezuela'])])).toEqual(['VE>CO:troops:reported']);
  });
  it('settling counts "thousands of" nationals and the Portuguese contractions', () => {
    expect(out('Thousands of Brazilians have settled in Portugal over the past decade.', 'en', [C('BR', ['Brazil'], ['Brazilians']), C('PT', ['Portugal'])])).toEqual(['BR>PT:people:stated']);
    expect(out('Cerca de 2.300 portugueses fixaram-se no Brasil em 2023.', 'pt', [C('PT', ['Portugal'], ['portugueses']), C('BR', ['Brasil'])])).toEqual(['PT>BR:people:stated']);
  });
  it('an invasion of a country is where people flee from; a delegation bringing goods delivers them', () => {
    expect(out('Since the invasion of Ukraine, 8 million people have fled to Poland.', 'en', [C('UA', ['Ukraine']), C('PL', ['Poland'])])).toEqual(['UA>PL:people:stated']);
    expect(out('China sent a medical delegation to Zambia with 10 tonnes of vaccines.', 'en', [C('CN', ['China']), C('ZM', ['Zambia'])])).toEqual(['CN>ZM:aid:stated']);
  });
  it('a worth right after the seller is a price; refusing to stop goes on; "and" plus a bare English verb keeps a plan; a shared trailing attribution covers both clauses', () => {
    const P = [C('PL', ['Poland']), C('US', ['United States']), C('UA', ['Ukraine']), C('RU', ['Russia']), C('BY', ['Belarus']), C('IR', ['Iran'])];
    expect(out('Poland signed a deal to buy 96 Apache helicopters from the United States worth $12 billion.', 'en', P)).toContain('PL>US:money:planned');
    expect(out('Poland refused to stop sending weapons to Ukraine.', 'en', P)).toEqual(['PL>UA:weapons:stated']);
    expect(out('The United States pledged to send 31 Abrams tanks to Ukraine and train Ukrainian crews.', 'en', P)).toEqual(['US>UA:training:planned', 'US>UA:vehicles:planned']);
    expect(out('Russia has sent 100 tanks to Belarus, while Iran has shipped 300 drones to Russia, according to US intelligence.', 'en', P)).toEqual(['IR>RU:weapons:reported', 'RU>BY:vehicles:reported']);
  });
  it('"take part" is no tour taking the traveller on', () => {
    expect(triples(run('The Brazilian president visited Angola on Monday and will then take part in a summit in Mozambique.', 'en', [C('BR', ['Brazil'], ['Brazilian']), C('AO', ['Angola']), C('MZ', ['Mozambique'])])))
      .toEqual(['AO>MZ:visit', 'BR>AO:visit']);
  });
});

describe('rules from session 19 (general, own sentences)', () => {
  const P = [C('BR', ['Brasil', 'Brazil']), C('US', ['Estados Unidos', 'United States']), C('IT', ['Italia', 'Italie']), C('MX', ['México', 'Mexique']), C('PY', ['Paraguai']), C('NO', ['Norway', 'Norvège']), C('IS', ['Iceland', 'Islande']), CITY('Oslo', 'NO', true)];
  const out = (text: string, lang: Lang, places = P): string[] => run(text, lang, places).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity ?? ''}`).sort();
  it('counted goods the lexicon does not know, object of a transfer verb, are goods of their own, with their count', () => {
    expect(out('Brazil shipped about 120 million eggs to the United States last year.', 'en')).toEqual(['BR>US:other:120000000']);
    expect(out('Italia entregó 83 piezas arqueológicas a México en una ceremonia.', 'es')).toEqual(['IT>MX:other:83']);
    expect(out('O Brasil vai emprestar 2.500 urnas eletrónicas ao Paraguai.', 'pt')).toEqual(['BR>PY:other:2500']);
    expect(out("L'Italie a livré 40 fresques restaurées au Mexique.", 'fr')).toEqual(['IT>MX:other:40']);
  });
  it("a passive's counted subject, or a verb of going's, is the goods", () => {
    expect(out('Two giant reindeer sculptures were flown from Norway to Iceland on Monday.', 'en')).toEqual(['NO>IS:other:2']);
    expect(out('Three wooden sculptures from Oslo arrived in Iceland on Monday.', 'en')).toEqual(['Oslo@NO>IS:other:3']);
  });
  it('no goods from a count of time or proportion, an article, an official, or a verb of going with no place of arrival', () => {
    expect(out('Brazil shipped for 12 years to the United States.', 'en')).toEqual([]);
    expect(out('O Brasil vai enviar uma missão ao Paraguai.', 'pt')).not.toContainEqual(expect.stringMatching(/:other:/));
    expect(out('Two ministers from Norway arrived in Iceland on Monday.', 'en')).not.toContainEqual(expect.stringMatching(/:other:/));
    expect(out("Norway's four sculptures are due to return this year.", 'en')).toEqual([]);
  });
  it('pumping moves oil and gas; a planned departure leaves for its destination', () => {
    const G = [C('DZ', ['Algeria', 'Argelia', 'Argélia', 'Algérie']), C('ES', ['Spain', 'España', 'Espanha', 'Espagne']), C('KE', ['Kenya'], ['Kenyan']), C('HT', ['Haiti'])];
    expect(out('Algeria pumped gas to Spain through the Medgaz pipeline.', 'en', G)).toEqual(['DZ>ES:oil:']);
    expect(out('Argelia bombea gas a España por el gasoducto Medgaz.', 'es', G)).toEqual(['DZ>ES:oil:']);
    expect(out('A Argélia bombeia gás para Espanha pelo gasoduto Medgaz.', 'pt', G)).toEqual(['DZ>ES:oil:']);
    expect(out("L'Algérie a pompé du gaz vers l'Espagne par le gazoduc Medgaz.", 'fr', G)).toEqual(['DZ>ES:oil:']);
    expect(out('600 Kenyan soldiers will leave for Haiti next month.', 'en', G)).toEqual(['KE>HT:troops:600']);
    // (a leave of absence, leaving a bloc: no move)
    expect(out('The Kenyan minister is on leave in Haiti.', 'en', G)).toEqual([]);
  });
  it('injecting money into an economy sends it there; injected troops go where they are sent', () => {
    const Q = [C('QA', ['Qatar', 'Catar']), C('FR', ['France', 'França', 'Francia'], ['French', 'française', 'francesa']), C('RU', ['Russia']), C('UA', ['Ukraine'])];
    expect(out('Qatar will inject $10 billion into the French economy.', 'en', Q)).toEqual(['QA>FR:money:10000000000']);
    expect(out("Le Qatar va injecter 10 milliards d'euros dans l'économie française.", 'fr', Q)).toEqual(['QA>FR:money:10000000000']);
    expect(out('Catar inyectará 10.000 millones de euros en la economía francesa.', 'es', Q)).toEqual(['QA>FR:money:10000000000']);
    expect(out('O Catar vai injetar 10 mil milhões de euros na economia francesa.', 'pt', Q)).toEqual(['QA>FR:money:10000000000']);
    expect(out('Russia injected 5,000 troops into Ukraine.', 'en', Q)).toEqual(['RU>UA:troops:5000']);
  });
  it('gapped receivers with counts of their own, with no comma, take the same goods from the same source', () => {
    const A = [C('AO', ['Angola'], ['angolanos']), C('DZ', ['Argélia']), C('CU', ['Cuba']), C('LK', ['Sri Lanka']), C('KW', ['Kuwait']), C('QA', ['Qatar']), C('AE', ['United Arab Emirates'])];
    expect(out('Angola enviou 420 estudantes ao estrangeiro. A Argélia acolherá 95 e Cuba outros 60.', 'pt', A)).toEqual(['AO>CU:people:60', 'AO>DZ:people:95']);
    // (a name with its own count after a nationality starts a gapped clause: no source of its own)
    expect(out('A Argélia acolherá 95 estudantes angolanos e Cuba outros 60.', 'pt', A)).toEqual(['AO>CU:people:60', 'AO>DZ:people:95']);
    expect(out('Sri Lanka sent 312,000 workers abroad last year. Kuwait took in 77,500 of them, Qatar 56,000 and the United Arab Emirates 48,000.', 'en', A))
      .toEqual(['LK>AE:people:48000', 'LK>KW:people:77500', 'LK>QA:people:56000']);
    // (a count followed by more words is no gapped clause: "Qatar 56,000 more next year")
    expect(out('Sri Lanka sent 312,000 workers abroad. Kuwait took in 77,500 of them and Qatar 56 days later closed its doors.', 'en', A)).toEqual(['LK>KW:people:77500']);
  });
  it('an English past that is also a participle stays active when the agent belongs to a participle on the goods', () => {
    const K = [C('KE', ['Kenya']), C('RU', ['Russia'])];
    expect(out('Kenya received 34,000 tonnes of wheat donated by Russia.', 'en', K)).toEqual(['RU>KE:aid:34000']);
    // (the receiver's own agent still makes a passive)
    expect(out('The wheat was received by Kenya from Russia.', 'en', K)).toEqual(['RU>KE:other:']);
  });
  it('medicines sold for a price are trade, donated ones aid', () => {
    const V = [C('IN', ['India']), C('VE', ['Venezuela']), C('ES', ['España']), C('CU', ['Cuba'])];
    expect(out('India vendió a Venezuela medicamentos genéricos por unos 45 millones de dólares.', 'es', V)).toEqual(['IN>VE:other:45000000']);
    expect(out('India sold medicines worth $45 million to Venezuela.', 'en', V)).toEqual(['IN>VE:other:45000000']);
    expect(out('España donó a Cuba medicamentos por valor de 2 millones de euros.', 'es', V)).toEqual(['ES>CU:aid:2000000']);
  });
  it('a place after its country\'s possessive, past a geo noun and an adjective, is the more specific end ("to Poland\'s eastern city of Lublin")', () => {
    const P = [C('DE', ['Germany']), C('PL', ['Poland']), CITY('Lublin', 'PL'), C('KE', ['Kenya']), C('HT', ['Haiti']), CITY('Port-au-Prince', 'HT'), C('MD', ['Moldova']), REGION('Transnistria', 'MD'), C('RU', ['Russia'], ['Russian'])];
    expect(triples(run("Germany delivered 20 tanks to Poland's eastern city of Lublin.", 'en', P))).toEqual(['DE>Lublin@PL:vehicles']);
    expect(triples(run("Kenya sent 400 police officers to Haiti's capital Port-au-Prince.", 'en', P))).toEqual(['KE>Port-au-Prince@HT:troops']);
    expect(triples(run("Russian gas deliveries to Moldova's breakaway Transnistria region remained suspended.", 'en', P))).toEqual(['RU>Transnistria@MD:oil']);
    // (a noun after the possessive is the country's own: "Poland's army")
    expect(triples(run("Poland's army received 20 tanks from Germany.", 'en', P))).toEqual(['DE>PL:vehicles']);
  });
  it('past a verb of helping in the purpose of a sending, a place "in" is where the cargo goes ("to help clear roads on Tongatapu")', () => {
    const P = [C('FJ', ['Fiji']), C('TO', ['Tonga']), REGION('Tongatapu', 'TO'), C('PT', ['Portugal']), C('MZ', ['Moçambique']), C('SA', ['Arabia Saudita']), C('SN', ['Senegal']), REGION('Kaolack', 'SN')];
    expect(triples(run('Fiji dispatched 35 soldiers to help clear roads on Tongatapu.', 'en', P))).toEqual(['FJ>Tongatapu@TO:troops']);
    expect(triples(run('Portugal enviou 30 militares para ajudar a reconstruir escolas em Moçambique.', 'pt', P))).toEqual(['PT>MZ:troops']);
    // (the object of helping is still the receiver; money lent for projects in a region goes to the state)
    expect(triples(run('Fiji dispatched 35 soldiers to help Tonga clear roads.', 'en', P))).toEqual(['FJ>TO:troops']);
    expect(triples(run('Arabia Saudita prestó 200 millones de dólares a Senegal para financiar proyectos en la región de Kaolack.', 'es', P))).toEqual(['SA>SN:money']);
  });
  it('after a comma and a conjunction, a verb\'s own subject (goods, a carrier) opens its clause: the places listed before give nothing', () => {
    const P = [C('CN', ['Chine']), C('KR', ['Corée du Sud']), C('CA', ['Canada'], ['canadien']), C('IN', ['Inde']), C('JP', ['Japon'])];
    expect(triples(run("La Chine a reçu la moitié des cargaisons, devant le Japon et la Corée du Sud, et un premier pétrolier a livré du brut canadien à l'Inde.", 'fr', P))).toEqual(['CA>IN:oil']);
    // ("the Canadian exporter ..., and a tanker delivered": with a place subject, the verb still shares it)
    expect(triples(run("Le Canada a vendu du brut au Japon, et a livré du brut à l'Inde.", 'fr', P))).toEqual(['CA>IN:oil', 'CA>JP:oil']);
  });
  it('a participle on the troops before the verb, naming no known place, leaves them the verb\'s subject ("troops stationed at Port-Bouët will leave")', () => {
    const P = [C('FR', ['France'], ['French', 'français']), C('CI', ['Ivory Coast', "Côte d'Ivoire"])];
    expect(triples(run('French troops stationed at Port-Bouët will leave Ivory Coast.', 'en', P))).toEqual(['CI>FR:troops']);
    expect(triples(run("Quelque 600 militaires français stationnés à Port-Bouët quitteront la Côte d'Ivoire d'ici l'été.", 'fr', P))).toEqual(['CI>FR:troops']);
  });
  it('funding a plant funds it: what the plant makes is no cargo ("financia la fábrica de fusiles y munición de Maracay")', () => {
    const P = [C('RU', ['Rusia', 'Rússia']), C('VE', ['Venezuela']), CITY('Maracay', 'VE')];
    expect(triples(run('Rusia financia la fábrica de fusiles y munición de Maracay.', 'es', P))).toEqual(['RU>Maracay@VE:money']);
    expect(triples(run('A Rússia financia a fábrica de munições de Maracay.', 'pt', P))).toEqual(['RU>Maracay@VE:money']);
  });
  it('goods named after a preposition of time name a season ("durante la cosecha", "during the harvest"), not what is sent', () => {
    const P = [C('CR', ['Costa Rica']), C('NI', ['Nicaragua'], ['nicaragüenses', 'Nicaraguan'])];
    expect(triples(run('Costa Rica recibió durante la cosecha cafetalera a unos 18.000 recolectores nicaragüenses.', 'es', P))).toEqual(['NI>CR:people']);
    expect(triples(run('Costa Rica took in 18,000 Nicaraguan workers during the coffee harvest.', 'en', P))).toEqual(['NI>CR:people']);
  });
  it('a place in the charge of a person extradited is no end ("a man accused of running a call centre from Pattaya")', () => {
    const P = [C('TH', ['Thailand']), CITY('Pattaya', 'TH'), C('KR', ['South Korea']), C('KH', ['Cambodia']), CITY('Phnom Penh', 'KH', true)];
    expect(triples(run('Thailand extradited to South Korea a man accused of running a call centre from Pattaya.', 'en', P))).toEqual(['TH>KR:people']);
    // (a place people are deported from is still their source)
    expect(triples(run('Thailand deported 40 Cambodians from Pattaya to Phnom Penh.', 'en', P))).toEqual(['Pattaya@TH>Phnom Penh@KH:people']);
  });
  it('a charge on the person moved does not hedge the transfer ("extradited a man accused of fraud"); one on the sender does', () => {
    const P = [C('TH', ['Thailand']), C('KR', ['South Korea'], ['Korean']), C('RU', ['Russia']), C('IR', ['Iran'])];
    expect(withStatus(run('Thailand extradited to South Korea a man accused of fraud, the Korean embassy said.', 'en', P))).toEqual(['TH>KR:people:stated']);
    expect(withStatus(run('Russia is accused of sending 300 drones to Iran.', 'en', P))).toEqual(['RU>IR:weapons:reported']);
  });
  it('a place in an apposition on another place ("Bata, la mayor ciudad de Guinea Ecuatorial,") is no subject of the verb after it', () => {
    const P = [C('RU', ['Rusia'], ['rusos']), C('GQ', ['Guinea Ecuatorial']), CITY('Bata', 'GQ')];
    const fs = triples(run('Unos 200 instructores militares rusos habrían aterrizado en Bata, la mayor ciudad de Guinea Ecuatorial, en las últimas semanas para entrenar a la guardia presidencial.', 'es', P));
    expect(fs.filter((f) => f.startsWith('GQ>'))).toEqual([]);
    expect(triples(run('Rusia envió 200 instructores a Bata, la mayor ciudad de Guinea Ecuatorial, para entrenar a la guardia.', 'es', P))).toEqual(['RU>Bata@GQ:training']);
  });
  it('people a payment keeps or houses are a service paid for, not people sent back ("por la custodia de los presos")', () => {
    const P = [C('US', ['Estados Unidos']), C('SV', ['El Salvador']), C('GB', ['Britain']), C('RW', ['Rwanda'])];
    expect(triples(run('Estados Unidos pagará a El Salvador unos 6 millones de dólares al año por la custodia de los presos.', 'es', P))).toEqual(['US>SV:money']);
    expect(triples(run('Britain paid Rwanda 240 million pounds for the housing of asylum seekers.', 'en', P))).toEqual(['GB>RW:money']);
  });
  it('people who remain where they are are no transfer; troops that remain abroad still are', () => {
    const P = [C('KR', ['South Korea'], ['South Korean']), C('US', ['United States']), C('TD', ['Chad'], ['Chadian']), C('NE', ['Niger']), C('IN', ['India'], ['Indian']), C('LK', ['Sri Lanka'], ['Sri Lankan'])];
    expect(triples(run('One South Korean chose to remain in the United States to contest his case.', 'en', P))).toEqual([]);
    expect(triples(run('More than 200 Indian fishermen remain in Sri Lankan custody.', 'en', P))).toEqual([]);
    expect(triples(run('Some 900 Chadian soldiers remain in northern Niger.', 'en', P))).toEqual(['TD>NE:troops']);
  });
  it('people moved "from" a place to another come from that place, whatever their nationality ("Canadians evacuated from Goma to Gisenyi")', () => {
    const P = [C('CA', ['Canada'], ['Canadians']), C('CD', ['Congo']), CITY('Goma', 'CD'), C('RW', ['Rwanda']), CITY('Gisenyi', 'RW'), C('VE', ['Venezuela'], ['Venezuelans']), C('US', ['United States']), C('CO', ['Colombia']), C('AF', ['Afghanistan'], ['Afghans']), C('PK', ['Pakistan'])];
    expect(triples(run('Sixty-two Canadians were evacuated from Goma to Gisenyi.', 'en', P))).toEqual(['Goma@CD>Gisenyi@RW:people']);
    expect(triples(run('Some 300 Venezuelans were deported from the United States to Colombia.', 'en', P))).toEqual(['US>CO:people']);
    expect(triples(run('Afghans were deported from Pakistan to Afghanistan.', 'en', P))).toEqual(['PK>AF:people']);
  });
  it('review of the thirty-sixth session: each new rule stays in its context', () => {
    const P = [C('JP', ['Japan']), C('IN', ['India']), CITY('Mumbai', 'IN'), CITY('Ahmedabad', 'IN'), C('VE', ['Venezuela']), C('TT', ['Trinidad']), REGION('Tobago', 'TT'),
      C('CU', ['Cuba']), C('CN', ['China', 'Chine']), CITY('Wuhan', 'CN'), C('GH', ['Ghana']), C('RU', ['Russie']), C('BR', ['Brésil']), C('SN', ['Sénégal'])];
    // an en dash joins a route too; the two halves of one country stay it
    expect(triples(run('Japan agreed to lend India 400 billion yen for the Mumbai–Ahmedabad rail line.', 'en', P))).toEqual(['JP>IN:money']);
    expect(triples(run('Venezuela envió 20.000 barriles de petróleo a Trinidad-Tobago.', 'es', P))).toEqual(['VE>TT:oil']);
    // the purpose of helping reaches no place far past the verb
    expect(triples(run('Cuba sent 200 doctors to help fight the virus first detected in Wuhan.', 'en', P))).toEqual([]);
    // French "mais" before a subject of its own still ends the clause
    expect(triples(run('Le Ghana a interdit les exportations mais plusieurs voisins ont expédié du cacao vers la Chine.', 'fr', P))).toEqual([]);
    // goods offered for sale are no aid; food given away is
    expect(triples(run('La Russie offre des engrais au Brésil à prix réduit.', 'fr', P))).toEqual(['RU>BR:other']);
    expect(triples(run('Le Japon a offert 20 000 tonnes de riz au Sénégal.', 'fr', [...P, C('JP', ['Japon'])]))).toEqual(['JP>SN:aid']);
  });
  it('two places joined by a hyphen name a route, a war or a border, no end ("for the Mumbai-Ahmedabad rail line")', () => {
    const P = [C('JP', ['Japan']), C('IN', ['India']), CITY('Mumbai', 'IN'), CITY('Ahmedabad', 'IN'), C('SN', ['Senegal']), CITY('Dakar', 'SN'), C('FR', ['France'])];
    expect(triples(run('Japan agreed to lend India 400 billion yen for the Mumbai-Ahmedabad rail line.', 'en', P))).toEqual(['JP>IN:money']);
    // (a single name with a hyphen stays a place: "Dakar-Yoff", the airport)
    expect(triples(run('Senegal sent 40 soldiers to France from Dakar-Yoff.', 'en', P))).toEqual(['Dakar@SN>FR:troops']);
  });
  it('a relative clause on a passive subject\'s goods tells of other goods ("os mísseis que vão equipar os navios foram comprados")', () => {
    const P = [C('FR', ['France', 'França']), C('BR', ['Brazil', 'Brasil'])];
    expect(triples(run('The missiles that will arm the ships were bought from France by Brazil.', 'en', P))).toEqual(['FR>BR:missiles']);
    expect(triples(run('Os mísseis que vão equipar os navios foram comprados da França pelo Brasil.', 'pt', P))).toEqual(['FR>BR:missiles']);
  });
  it('a purchase of unnamed goods buys what the exporter named up to five sentences back exports', () => {
    const P = [C('BO', ['Bolívia']), C('CN', ['China'])];
    const text = 'A Bolívia exportou 26 mil toneladas de castanha em 2024, informou o instituto. A colheita caiu por causa da seca. Os preços subiram 12% no mercado internacional. Os produtores pedem crédito ao governo. A China comprou 640 toneladas desde março.';
    expect(triples(run(text, 'pt', P))).toEqual(['BO>CN:other']);
  });
  it('a bare share of the discourse\'s goods as the subject of a verb of coming moves those goods ("a maior parte chegava da Argentina")', () => {
    const P = [C('BO', ['Bolívia', 'Bolivia']), C('AR', ['Argentina']), C('PY', ['Paraguai'])];
    expect(triples(run('A Bolívia importa quase todo o diesel que consome. Até o ano passado, a maior parte chegava da Argentina e do Paraguai.', 'pt', P))).toEqual(['AR>BO:oil', 'PY>BO:oil']);
    expect(triples(run('Bolivia imports almost all of its diesel. Most comes from Argentina.', 'en', P))).toEqual(['AR>BO:oil']);
    expect(triples(run('Bolivia importa casi todo el diésel que consume. La mayor parte llega de Argentina.', 'es', P))).toEqual(['AR>BO:oil']);
  });
  it('a destination the places stage does not know, a capitalised name right after "to", is not guessed from the discourse', () => {
    const P = [C('TH', ['Thailand']), C('CN', ['China']), C('AE', ['Émirats arabes unis']), C('SD', ['Soudan'])];
    expect(triples(run('Thailand sent 200 tonnes of rice to China in January. Thailand halted fuel deliveries to Myawaddy in February.', 'en', P))).toEqual(['TH>CN:other']);
    // (a known one is read as ever)
    expect(triples(run('Thailand halted fuel deliveries to China in February.', 'en', P))).toEqual(['TH>CN:oil']);
  });
  it('footwear and leather are traded goods ("exportações de calçado", "couro"), not money', () => {
    const P = [C('PT', ['Portugal'], ['portuguesas']), C('FR', ['França']), C('DE', ['Alemanha']), C('BR', ['Brasil']), C('VN', ['Vietnam']), C('US', ['United States'])];
    expect(triples(run('As exportações portuguesas de calçado caíram para 1,8 mil milhões de euros, mas a França e a Alemanha continuaram a ser os principais destinos.', 'pt', P))).toEqual(['PT>DE:other', 'PT>FR:other']);
    expect(triples(run('Portugal importou 60 milhões de euros em couro do Brasil.', 'pt', P))).toEqual(['BR>PT:other']);
    expect(triples(run('Vietnam exported 20 million pairs of shoes to the United States.', 'en', P))).toEqual(['VN>US:other']);
  });
  it('a participle of departure on the people or their boats gives where they come from ("embarcaciones salidas de", "barcos saídos da")', () => {
    const P = [C('SN', ['Senegal']), C('MR', ['Mauritania', 'Mauritânia']), C('ES', ['España']), REGION('Canarias', 'ES', ['Canarias', 'Canárias']), C('LY', ['Libye']), C('GR', ['Grèce']), REGION('Crète', 'GR')];
    expect(triples(run('Unos 4.800 migrantes llegaron a Canarias en embarcaciones salidas de Senegal y Mauritania.', 'es', P))).toEqual(['MR>Canarias@ES:people', 'SN>Canarias@ES:people']);
    expect(triples(run('Mais de 300 migrantes em barcos saídos da Mauritânia chegaram às Canárias.', 'pt', P))).toEqual(['MR>Canarias@ES:people']);
  });
  it('French "mais" before a second predicate with no subject of its own shares the first one\'s subject', () => {
    const P = [C('CI', ["Côte d'Ivoire"]), C('VN', ['Vietnam']), C('FR', ['France']), C('TD', ['Tchad']), C('NE', ['Niger'])];
    expect(triples(run("La Côte d'Ivoire envisage une mesure similaire mais continue d'expédier sa récolte vers le Vietnam.", 'fr', P))).toEqual(['CI>VN:other']);
    // (with a subject of its own, "mais" still ends the clause before)
    expect(triples(run('La France a livré des blindés au Tchad, mais le Niger a refusé les armes.', 'fr', P))).toEqual(['FR>TD:vehicles']);
  });
  it('exports leave the country: a place of the exporter\'s own after "à" is where they leave from, no buyer', () => {
    const P = [C('CA', ['Canada']), CITY('Burnaby', 'CA'), C('CN', ['Chine'])];
    expect(triples(run('Le Canada a exporté 380 000 barils par jour depuis le terminal Westridge, à Burnaby.', 'fr', P))).toEqual([]);
    expect(triples(run('Le Canada a exporté 380 000 barils par jour vers la Chine depuis le terminal de Burnaby.', 'fr', P))).toEqual(['Burnaby@CA>CN:oil']);
  });
  it('people extradited, named by the participle as a noun, are people ("los extraditados", "les extradés")', () => {
    const P = [C('CO', ['Colombia']), CITY('Bogotá', 'CO'), C('US', ['Estados Unidos']), CITY('Miami', 'US'), C('ES', ['Espagne']), CITY('Madrid', 'ES'), C('FR', ['France']), CITY('Paris', 'FR')];
    expect(triples(run('Los extraditados fueron trasladados desde Bogotá hasta Miami.', 'es', P))).toEqual(['Bogotá@CO>Miami@US:people']);
    expect(triples(run('Les extradés ont été transférés de Madrid à Paris.', 'fr', P))).toEqual(['Madrid@ES>Paris@FR:people']);
  });
  it('a rescue team, one or several, is aid; specialists sent are people; a share after "of whom", "dos quais" is no cargo of its own', () => {
    const P = [C('CN', ['China']), C('MM', ['Myanmar']), C('CU', ['Cuba']), C('HT', ['Haití']), C('MA', ['Maroc', 'Marrocos']), C('LY', ['Libye']), C('AO', ['Angola'], ['angolanos']), C('ZW', ['Zimbabué']), C('PT', ['Portugal']), C('GB', ['Britain']), C('EE', ['Estonia'])];
    expect(triples(run('China sent a rescue team to Myanmar.', 'en', P))).toEqual(['CN>MM:aid']);
    expect(triples(run('Cuba envió un equipo de rescate a Haití.', 'es', P))).toEqual(['CU>HT:aid']);
    expect(triples(run('Le Maroc a dépêché une équipe de secours en Libye.', 'fr', P))).toEqual(['MA>LY:aid']);
    expect(triples(run('Angola enviou 15 especialistas angolanos para o Zimbabué.', 'pt', P))).toEqual(['AO>ZW:people']);
    expect(triples(run('Marrocos enviou 40 bombeiros, dos quais 12 especialistas em fogos florestais, para Portugal.', 'pt', P))).toEqual(['MA>PT:aid']);
    expect(triples(run('Britain sent 400 troops, of whom 30 specialists, to Estonia.', 'en', P))).toEqual(['GB>EE:troops']);
    // (listed with "and", they are goods of their own)
    expect(triples(run('Britain sent 400 troops and 30 specialists to Estonia.', 'en', P))).toEqual(['GB>EE:people', 'GB>EE:troops']);
  });
  it('any traded goods given away are aid, not only food ("urea donated by", "donó fosfatos")', () => {
    const Z = [C('ZM', ['Zambia']), C('CN', ['China']), C('MA', ['Marruecos', 'Morocco']), C('SN', ['Senegal'])];
    expect(out('A ship with 12,000 tonnes of urea donated by China docked in Zambia.', 'en', Z)).toEqual(['CN>ZM:aid:12000']);
    expect(out('Marruecos donó el año pasado 500 toneladas de fosfatos a Senegal.', 'es', Z)).toEqual(['MA>SN:aid:500']);
    // sold, they stay goods
    expect(out('Morocco sold 500 tonnes of phosphates to Senegal.', 'en', Z)).toEqual(['MA>SN:other:500']);
  });
  it('forgiving a debt sends its money from the creditor to the debtor the debt is named for', () => {
    const D = [C('KW', ['Kuwait', 'Koweït']), C('MR', ['Mauritania', 'Mauritanie']), C('ES', ['España'], ['español']), C('BO', ['Bolivia']), C('JP', ['Japan']), C('LA', ['Laos']), C('PT', ['Portugal']), C('MZ', ['Moçambique']), C('MA', ['Maroc'])];
    expect(out("Kuwait agreed to forgive $850 million of Mauritania's debt.", 'en', D)).toEqual(['KW>MR:money:850000000']);
    expect(out('Japan forgave $100 million of debt owed by Laos.', 'en', D)).toEqual(['JP>LA:money:100000000']);
    expect(out('El Gobierno español condonará 60 millones de euros de la deuda bilateral de Bolivia.', 'es', D)).toEqual(['ES>BO:money:60000000']);
    expect(out('Portugal perdoou 200 milhões de euros da dívida de Moçambique.', 'pt', D)).toEqual(['PT>MZ:money:200000000']);
    expect(out("Le Koweït a accepté d'annuler 850 millions de dollars de la dette que la Mauritanie lui doit.", 'fr', D)).toEqual(['KW>MR:money:850000000']);
    // (no debt, no money: forgiving people, cancelling a visit)
    expect(out('Japan forgave the Laos protesters.', 'en', D)).toEqual([]);
    expect(out('Le Koweït a annulé sa visite au Maroc.', 'fr', D)).not.toContainEqual(expect.stringMatching(/money/));
  });
  it('a cancelled visit or delivery is kept as suspended, in four languages', () => {
    const M = [C('FR', ['France', 'França', 'Francia'], ['French', 'francês', 'francés', 'français']), C('MA', ['Morocco', 'Marrocos', 'Marruecos', 'Maroc']), C('RU', ['Russia'])];
    const st = (text: string, lang: Lang): string[] => run(text, lang, M).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`);
    expect(st('The French president cancelled his visit to Morocco.', 'en')).toEqual(['FR>MA:visit:suspended']);
    expect(st('France cancelled the delivery of tanks to Russia.', 'en')).toEqual(['FR>RU:vehicles:suspended']);
    expect(st('O presidente francês cancelou a visita a Marrocos.', 'pt')).toEqual(['FR>MA:visit:suspended']);
    expect(st('El presidente francés canceló su visita a Marruecos.', 'es')).toEqual(['FR>MA:visit:suspended']);
    expect(st('Le président français a annulé sa visite au Maroc.', 'fr')).toEqual(['FR>MA:visit:suspended']);
    // (the trigger stage's verbs of cancelling, Spanish "anular" with them)
    expect(st('El presidente francés anuló su visita a Marruecos.', 'es')).toEqual(['FR>MA:visit:suspended']);
  });
  it('a nationality after "pro-" or "anti-" is an allegiance, no end of a flow', () => {
    const R = [C('RU', ['Russia'], ['Russian', 'russos']), C('MD', ['Moldova', 'Moldávia']), C('RO', ['Romania'])];
    expect(out('Romania denied funding pro-Russian parties in Moldova.', 'en', R)).not.toContainEqual(expect.stringMatching(/>RU:/));
    expect(out('A Roménia negou financiar partidos pró-russos na Moldávia.', 'pt', R)).not.toContainEqual(expect.stringMatching(/>RU:/));
    expect(out('Russian troops were sent to Moldova.', 'en', R)).toEqual(['RU>MD:troops:']);
  });
  it("a passive with no giver in a relative clause on the main clause's object sends from its subject", () => {
    const N = [C('NI', ['Nicaragua', 'Nicarágua']), C('GT', ['Guatemala']), C('IN', ['Nova Délhi', 'India']), C('PT', ['Portugal'])];
    expect(out('Nicaragua expelled 135 political prisoners, who were sent to Guatemala.', 'en', N)).toEqual(['NI>GT:people:135']);
    expect(out('El Gobierno de Nicaragua expulsó a 135 presos políticos, que fueron trasladados a Guatemala.', 'es', N)).toEqual(['NI>GT:people:135']);
    expect(out('A Nicarágua libertou 135 presos políticos, que foram enviados para a Guatemala.', 'pt', N)).toEqual(['NI>GT:people:135']);
    expect(out('Le Nicaragua a libéré 135 prisonniers politiques, qui ont été envoyés au Guatemala.', 'fr', N)).toEqual(['NI>GT:people:135']);
    // (not after buying: the goods bought were sold by someone else)
    expect(out('India plans to buy six KC-390 cargo planes, which were sold to Portugal.', 'en', N)).not.toContainEqual(expect.stringMatching(/^IN>PT/));
  });
  it("money deposited at a country's central bank goes to that country", () => {
    const B = [C('SA', ['Arábia Saudita', 'Arabia Saudí']), C('PK', ['Paquistão', 'Pakistán', 'Pakistan']), C('CN', ['China', 'Chine']), C('AO', ['Angola']), C('AR', ['Argentina'])];
    expect(out('A Arábia Saudita depositou 3 mil milhões de dólares no banco central do Paquistão.', 'pt', B)).toEqual(['SA>PK:money:3000000000']);
    expect(out('Arabia Saudí depositó 3.000 millones de dólares en el banco central de Pakistán.', 'es', B)).toEqual(['SA>PK:money:3000000000']);
  });
  it('the vessels people are sent aboard carry them, they are no goods of their own', () => {
    const M = [C('MY', ['Malaysia']), C('MM', ['Myanmar'])];
    expect(out('Malaysia sent 1,200 Myanmar nationals home aboard navy ships.', 'en', M)).toEqual(['MY>MM:people:1200']);
    // (an English past is no participle of stationing: the ships leaving do not bring the people back)
    expect(out('Malaysia sent 1,200 Myanmar nationals home aboard ships that left.', 'en', M)).toEqual(['MY>MM:people:1200']);
    expect(out('The Belgian soldiers deployed in the Central African Republic left on Monday.', 'en', [C('BE', ['Belgium'], ['Belgian']), C('CF', ['Central African Republic'])])).toEqual(['CF>BE:troops:']);
  });
  it('number words compose with the number words and scales before them', () => {
    const K = [C('KE', ['Kenya', 'Quénia']), C('HT', ['Haiti', 'Haïti']), C('CO', ['Colombia']), C('EC', ['Ecuador']), C('AO', ['Angola']), C('CU', ['Cuba'])];
    expect(out('Kenya sent two hundred police officers to Haiti.', 'en', K)).toEqual(['KE>HT:troops:200']);
    expect(out('Kenya sent one thousand two hundred police officers to Haiti.', 'en', K)).toEqual(['KE>HT:troops:1200']);
    expect(out('Colombia envió mil doscientos policías a Ecuador.', 'es', K)).toEqual(['CO>EC:troops:1200']);
    expect(out('Colombia envió dos mil quinientos soldados a Ecuador.', 'es', K)).toEqual(['CO>EC:troops:2500']);
    expect(out('Angola enviou mil e duzentos estudantes para Cuba.', 'pt', K)).toEqual(['AO>CU:people:1200']);
    expect(out('Le Kenya a envoyé mille deux cents policiers en Haïti.', 'fr', K)).toEqual(['KE>HT:troops:1200']);
    expect(out('Angola enviou quatrocentos e vinte estudantes para Cuba.', 'pt', K)).toEqual(['AO>CU:people:420']);
    expect(out('Kenya sent two hundred and forty-five police officers to Haiti.', 'en', K)).toEqual(['KE>HT:troops:245']);
    expect(out('Le Kenya a envoyé deux mille quatre cent cinquante policiers en Haïti.', 'fr', K)).toEqual(['KE>HT:troops:2450']);
    expect(out('Le Kenya a envoyé quatre-vingt-dix-neuf policiers en Haïti.', 'fr', K)).toEqual(['KE>HT:troops:99']);
    expect(out('Colombia envió mil veinticinco policías a Ecuador.', 'es', K)).toEqual(['CO>EC:troops:1025']);
  });
  it('teachers, coaches, volunteers sent are people; police cars are vehicles; experts and investigators are no goods', () => {
    const J = [C('JP', ['Japan', 'Japão', 'Japón', 'Japon']), C('KE', ['Kenya', 'Quénia', 'Kenia']), C('RO', ['Romania']), C('MD', ['Moldova'])];
    expect(out('Japan will send 15 teachers to Kenya.', 'en', J)).toEqual(['JP>KE:people:15']);
    expect(out('O Japão enviará 40 professores ao Quénia.', 'pt', J)).toEqual(['JP>KE:people:40']);
    expect(out('Japón enviará 40 entrenadores a Kenia.', 'es', J)).toEqual(['JP>KE:people:40']);
    expect(out("Le Japon enverra 40 enseignants au Kenya.", 'fr', J)).toEqual(['JP>KE:people:40']);
    expect(out('Moldova has received 40 patrol cars from Romania.', 'en', J)).toEqual(['RO>MD:vehicles:40']);
    expect(out('Japan will send 15 experts to Kenya.', 'en', J)).not.toContainEqual(expect.stringMatching(/:other:/));
  });
  it('a present with "tomorrow" is a plan; "esta mañana" is the morning', () => {
    const T = [C('MZ', ['Moçambique'], ['moçambicano']), CITY('Dodoma', 'TZ'), C('PE', ['Perú'], ['peruano']), CITY('Quito', 'EC', true), C('SN', ['Sénégal'], ['sénégalais']), CITY('Abidjan', 'CI')];
    const st = (text: string, lang: Lang): string[] => run(text, lang, T).map((f) => `${f.from}>${f.to}:${f.status}`);
    expect(st('O Presidente moçambicano chega amanhã a Dodoma.', 'pt')).toEqual(['MZ>Dodoma@TZ:planned']);
    expect(st('Le président sénégalais arrive demain à Abidjan.', 'fr')).toEqual(['SN>Abidjan@CI:planned']);
    expect(st('El presidente peruano llega mañana a Quito.', 'es')).toEqual(['PE>Quito@EC:planned']);
    expect(st('El presidente peruano llega esta mañana a Quito.', 'es')).toEqual(['PE>Quito@EC:stated']);
  });
  it('a closing "como noticiou um jornal português", "as a newspaper wrote" is an attribution, no end of a flow', () => {
    const A = [C('RU', ['Rússia'], ['russos', 'Russian']), C('PT', ['Portugal'], ['português', 'Portuguese']), C('ST', ['São Tomé e Príncipe'], ['santomense'])];
    expect(out('O governo santomense desmentiu que instrutores russos estejam a treinar a guarda presidencial, como noticiou um jornal português.', 'pt', A))
      .not.toContainEqual(expect.stringMatching(/>PT:/));
  });
});

describe('session 19 review mends (misfires a cold review found)', () => {
  const P = [C('DE', ['Germany']), C('FR', ['France']), C('CA', ['Canada']), C('IN', ['India']), C('IL', ['Israel']), C('IR', ['Iran']), C('ES', ['Spain']), C('MX', ['Mexico']),
    C('US', ['United States']), C('IQ', ['Iraq']), C('AF', ['Afghanistan']), C('BR', ['Brazil']), CITY('Paris', 'FR', true), CITY('Los Angeles', 'US'), C('CN', ['China'], ['Chinese']),
    C('UA', ['Ukraine'], ['Ukrainian']), C('PL', ['Poland']), C('DZ', ['Algeria']), C('JP', ['Japan']), C('MA', ['Morocco'])];
  const out = (text: string, lang: Lang = 'en'): string[] => run(text, lang, P).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}:${f.quantity ?? ''}`).sort();
  it('votes, applications, blows, letters, teams and years counted are no goods', () => {
    expect(out('Germany received 40 votes from France in the election.')).toEqual([]);
    expect(out('Canada received 300 applications from India.')).toEqual([]);
    expect(out('Israel delivered 2 blows to Iran last month.')).toEqual([]);
    expect(out('Spain shipped 2024 vintages to Mexico.')).toEqual([]);
    expect(out('Chile envió 3 cartas a Perú.', 'es')).toEqual([]);
  });
  it('a year after a place is no gapped count', () => {
    expect(out('The United States sent 20,000 soldiers to Iraq in 2007 and Afghanistan 2009.')).toEqual(['US>IQ:troops:stated:20000']);
    expect(out('Brazil sent 300 athletes to Paris 2024 and Los Angeles 2028.')).toEqual(['BR>Paris@FR:people:stated:300']);
  });
  it('injecting sends only into something; forgiving sends only a debt the text ties to the debtor', () => {
    expect(out('Doctors injected Ukrainian soldiers with vaccines in Poland.')).toEqual([]);
    expect(out('France forgave Algeria for the debt dispute.')).toEqual([]);
    expect(out('The United States cannot forgive debt held by China.')).toEqual([]);
    expect(out('France will not forgive the debt it owes to China.')).toEqual([]);
  });
  it('cancelling suspends only the transfer noun it takes as object', () => {
    expect(out('Despite the cancellation of the summit, Japan delivered 20 tanks to Poland.')).toEqual(['JP>PL:vehicles:stated:20']);
    expect(out('Germany called off the strike and sent 40 tanks to Ukraine.')).toEqual(['DE>UA:vehicles:stated:40']);
    expect(run('The Brazilian president called off his trip to Morocco.', 'en', [C('BR', ['Brazil'], ['Brazilian']), C('MA', ['Morocco'])]).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`)).toEqual(['BR>MA:visit:suspended']);
  });
  it('ambiguous people words stay out: "Chinese players" are firms, "coaches" may be buses, "contributions volontaires"', () => {
    expect(out('Chinese players shipped 2 million tonnes of crude to India.')).toEqual(['CN>IN:oil:stated:2000000']);
    expect(out('Germany sent 30 coaches and 10 ambulances to Ukraine.')).toEqual(['DE>UA:vehicles:stated:10']);
  });
});

describe('session 19 later rules', () => {
  it('an official "is due in", "is expected in", "é esperado em", "es esperado en" a place plans a visit', () => {
    const V = [C('GB', ['Britain'], ['British']), CITY('Paris', 'FR', true), C('BR', ['Brazil', 'Brasil'], ['Brazilian', 'brasileiro', 'brasileño']), CITY('Luanda', 'AO', true)];
    const st = (text: string, lang: Lang): string[] => run(text, lang, V).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`);
    expect(st('The British home secretary is due in Paris on Monday.', 'en')).toEqual(['GB>Paris@FR:visit:planned']);
    expect(st('The Brazilian foreign minister is due in Luanda next week.', 'en')).toEqual(['BR>Luanda@AO:visit:planned']);
    expect(st('O chanceler brasileiro é esperado em Luanda na próxima semana.', 'pt')).toEqual(['BR>Luanda@AO:visit:planned']);
    expect(st('El canciller brasileño es esperado en Luanda la próxima semana.', 'es')).toEqual(['BR>Luanda@AO:visit:planned']);
    // (weather, traffic: no traveller, no visit)
    expect(st('Heavy rain is expected in Paris this week.', 'en')).toEqual([]);
  });
});

describe('session 19: a fronted source', () => {
  it('a source fronted before a comma reaches its clause, past a share of the goods', () => {
    const N = [C('NL', ['Netherlands', 'Países Bajos', 'Pays-Bas'], ['neerlandeses']), C('DE', ['Germany', 'Alemania', 'Allemagne']), C('FR', ['Francia']), C('PE', ['Peru', 'Perú']), C('HN', ['Honduras']), CITY('Cartagena', 'CO')];
    const t = (text: string, lang: Lang): string[] => run(text, lang, N).map((f) => `${f.from}>${f.to}:${f.category}`).sort();
    expect(t('Peru exported 58,000 tonnes of quinoa. From the Netherlands, much of the grain is re-exported to Germany.', 'en')).toEqual(['NL>DE:other']);
    expect(t('Desde los puertos neerlandeses, buena parte del grano se reexporta luego a Alemania y Francia.', 'es')).toEqual(['NL>DE:other', 'NL>FR:other']);
    expect(t("Depuis les Pays-Bas, une bonne partie du grain est réexportée vers l'Allemagne.", 'fr')).toEqual(['NL>DE:other']);
    // (a ship's route is no goods sent)
    expect(t('From Honduras, the Comfort is scheduled to sail to Cartagena, and then home.', 'en')).toEqual([]);
  });
});

describe('session 19: a facility named after its place', () => {
  it('money invested in the factory, plant or refinery of a place goes to that place', () => {
    const F = [C('CN', ['China', 'Chine'], ['chinesa', 'chino', 'chinois']), CITY('Camaçari', 'BR'), CITY('Barcelona', 'ES'), CITY('Debrecen', 'HU')];
    const t = (text: string, lang: Lang): string[] => run(text, lang, F).map((f) => `${f.from}>${f.to}:${f.category}`);
    expect(t('A montadora chinesa BYD vai investir 5,5 bilhões de reais na fábrica de Camaçari.', 'pt')).toEqual(['CN>Camaçari@BR:money']);
    expect(t('El grupo chino Chery invertirá 400 millones de euros en la planta de Barcelona.', 'es')).toEqual(['CN>Barcelona@ES:money']);
    expect(t("Le groupe chinois CATL investira 7 milliards d'euros dans l'usine de Debrecen.", 'fr')).toEqual(['CN>Debrecen@HU:money']);
  });
});

describe('session 19: the trainer named after "by"', () => {
  it('a nationality on the body that trains, after "by"/"par", is the trainer, never a trainee', () => {
    const K = [C('KG', ['Kyrgyzstan', 'Kirghizistan'], ['kirghize']), C('FR', ['France'], ['French', 'française'])];
    const t = (text: string, lang: Lang): string[] => run(text, lang, K).map((f) => `${f.from}>${f.to}:${f.category}`);
    expect(t('Kyrgyzstan will receive training for 40 rescuers by the French civil protection agency.', 'en')).toContain('FR>KG:training');
    expect(t('Selon la présidence kirghize, la formation de 40 pompiers par la Sécurité civile française doit être signée.', 'fr')).not.toContain('KG>FR:training');
  });
});

describe('session 19 second review mends', () => {
  const P = [C('UA', ['Ukraine', 'Ucrania', 'Ucrânia']), C('RU', ['Russia', 'Rusia', 'Rússia', 'Russie']), C('IR', ['Iran']), C('CN', ['China']), C('US', ['United States']),
    C('HT', ['Haiti']), C('GB', ['Britain']), C('AF', ['Afghanistan']), C('BR', ['Brasil']), C('AO', ['Angola'], ['angolano'])];
  const out = (text: string, lang: Lang = 'en'): string[] => run(text, lang, P).map((f) => `${f.from}>${f.to}:${f.category}`).sort();
  it('the relative-clause passive sends from the main subject only after a verb of giving away', () => {
    expect(out('Ukraine returned 20 children, who had been deported to Russia.')).not.toContain('UA>RU:people');
    expect(out('A Ucrânia repatriou 20 crianças, que tinham sido deportadas para a Rússia.', 'pt')).not.toContain('UA>RU:people');
    expect(out('Iran seized two oil tankers, which had been sent to China.')).not.toContainEqual(expect.stringMatching(/^IR>CN/));
    expect(out('The United States trained 400 police officers, who were deployed to Haiti.')).not.toContain('US>HT:troops');
  });
  it('troops an object relative says were sent abroad, leaving, go home', () => {
    expect(out('The troops that Britain sent to Afghanistan left in 2021.')).toEqual(['AF>GB:troops']);
  });
  it('money sent to support the central bank of a country still goes to it', () => {
    expect(out('O Brasil enviou 10 milhões de dólares para apoiar o banco central de Angola.', 'pt')).toEqual(['BR>AO:money']);
  });
});

describe('session 19 third review mends', () => {
  const P = [C('RU', ['Russia', 'Rusia'], ['Russian']), C('BY', ['Belarus', 'Bielorrusia']), C('EU', ['EU']), C('UA', ['Ukraine'], ['Ukrainian']), C('EG', ['Egypt']),
    CITY('Brussels', 'BE', true), C('BR', ['Brasil']), C('DE', ['Alemanha'], ['Alemão'])];
  const out = (text: string, lang: Lang = 'en'): string[] => run(text, lang, P).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity ?? ''}`).sort();
  it('a range of number words is no sum; a scale on digits ends the number words', () => {
    expect(out('Russia sent between two and three thousand troops to Belarus.')).toEqual(['RU>BY:troops:3000']);
    expect(out('Rusia envió entre dos y tres mil soldados a Bielorrusia.', 'es')).toEqual(['RU>BY:troops:3000']);
    expect(out('Russia sent $5 million and fifty tanks to Belarus.')).toContain('RU>BY:vehicles:50');
  });
  it('a fronted place where a speaker speaks is no source; a nationality after a facility is no place', () => {
    expect(out('From Brussels, the Ukrainian president said Ukraine would receive 50 tanks.')).not.toContainEqual(expect.stringMatching(/^Brussels/));
    expect(out('O Brasil vai investir 50 milhões de reais no Complexo do Alemão.', 'pt')).toEqual([]);
  });
  it('goods shipments "expected in" a place still go there', () => {
    expect(out('Russian wheat shipments are expected in Egypt next month.')).toEqual(['RU>EG:other:']);
  });
});


describe('session 20: a place whose point is borrowed is no end', () => {
  // A street, road or river the places stage could only put at the article's town carries `within`.
  const defs = [C('CA', ['Canada']), REGION('Route 9', 'US')];
  const text = 'Canada shipped 40 tonnes of road salt to Route 9 last winter.';
  it('ends at a place of its own', () => {
    expect(triples(extractFlows(text, handPlaces(text, defs), 'en'))).toEqual(['CA>Route 9@US:other']);
  });
  it('but not at a road located at the town', () => {
    const places = handPlaces(text, defs).map((p) => (p.id === 'Route 9@US' ? { ...p, id: 'street:route-9', kind: 'other' as const, within: 'Albany@US' } : p));
    expect(extractFlows(text, places, 'en')).toEqual([]);
  });
  it('a village named after a cue, located the same way, still is an end', () => {
    const places = handPlaces(text, defs).map((p) => (p.id === 'Route 9@US' ? { ...p, id: 'locality:route-9', kind: 'other' as const, within: 'Albany@US' } : p));
    expect(triples(extractFlows(text, places, 'en'))).toEqual(['CA>locality:route-9:other']);
  });
});

describe('session 20: counted officials expelled go home', () => {
  const defs = [
    ...WORLD,
    C('US', ['United States', 'Estados Unidos'], ['American', 'americanos', 'estadounidenses']),
    C('FR', ['France'], ['français']),
    C('NE', ['Niger']),
    CITY('Yekaterinburg', 'RU'),
    CITY('Ecaterimburgo', 'RU'),
  ];
  it('to the officials\' country, in four languages', () => {
    expect(triples(run('Ukraine has expelled 13 Russian diplomats.', 'en', defs))).toEqual(['UA>RU:people']);
    expect(triples(run('A Ucrânia expulsou 13 diplomatas russos.', 'pt', defs))).toEqual(['UA>RU:people']);
    expect(triples(run('Ucrania expulsó a 13 diplomáticos rusos.', 'es', defs))).toEqual(['UA>RU:people']);
    expect(triples(run("L'Ukraine a expulsé 13 diplomates russes.", 'fr', defs))).toEqual(['UA>RU:people']);
  });
  it('not one envoy: a diplomatic act', () => {
    expect(run("Le Niger a expulsé l'ambassadeur français.", 'fr', defs)).toEqual([]);
  });
  it('"and" before another verb and its article ends the clause: the consulate closed is no destination', () => {
    expect(triples(run('Russia expelled 60 American diplomats and shut the consulate in Yekaterinburg.', 'en', defs))).toEqual(['RU>US:people']);
    expect(triples(run('A Rússia expulsou 60 diplomatas americanos e fechou o consulado em Ecaterimburgo.', 'pt', defs))).toEqual(['RU>US:people']);
  });
});

describe('session 20: what a verb of keeping keeps is its object', () => {
  const defs = [...WORLD, C('US', ['United States', 'Estados Unidos', 'États-Unis']), C('KR', ['South Korea', 'Coreia do Sul', 'Corea del Sur', 'Corée du Sud']), C('CH', ['Switzerland', 'Suíça', 'Suiza', 'Suisse']), C('HU', ['Hungary', 'Hungria', 'Hungría', 'Hongrie'])];
  it('troops kept in a country, supplies kept going, still go there', () => {
    expect(triples(run('The United States maintains 28,500 troops in South Korea.', 'en', defs))).toEqual(['US>KR:troops']);
    expect(triples(run('Os Estados Unidos mantêm 28.500 militares na Coreia do Sul.', 'pt', defs))).toEqual(['US>KR:troops']);
    expect(triples(run('A Rússia manteve o fornecimento de gás à Hungria.', 'pt', defs))).toEqual(['RU>HU:oil']);
  });
  it('not goods named before it, in another clause', () => {
    expect(run('Two Russian traders needed money for rent, all the while maintaining flats in Switzerland.', 'en', defs)).toEqual([]);
    expect(run('Dos comerciantes rusos necesitaban dinero para el alquiler, mientras mantenían pisos en Suiza.', 'es', defs)).toEqual([]);
  });
});

describe('session 20: a journey with no one travelling is a route', () => {
  const defs = [C('NL', ['Netherlands']), CITY('Amsterdam', 'NL'), CITY('Berlin', 'DE'), CITY('Lisboa', 'PT'), CITY('Luanda', 'AO'), CITY('Madrid', 'ES'), CITY('Rabat', 'MA'), CITY('Paris', 'FR'), CITY('Alger', 'DZ'), CITY('Kuala Lumpur', 'MY'), CITY('Wonsan', 'KP')];
  it('no visit on a timetable', () => {
    expect(run('The four-hour trip from Paris to Amsterdam includes two stops.', 'en', defs)).toEqual([]);
    expect(run('A viagem de Lisboa a Luanda dura oito horas.', 'pt', defs)).toEqual([]);
    expect(run('El viaje de Madrid a Rabat dura dos horas.', 'es', defs)).toEqual([]);
    expect(run('Le voyage de Paris à Alger dure deux heures.', 'fr', defs)).toEqual([]);
  });
  it('a visit when the sentence names the traveller', () => {
    expect(triples(run("Lavrov's trip from Kuala Lumpur to Wonsan took six hours.", 'en', defs))).toEqual(['Kuala Lumpur@MY>Wonsan@KP:visit']);
    expect(triples(run('A viagem do ministro de Lisboa a Luanda foi adiada.', 'pt', defs))).toEqual(['Lisboa@PT>Luanda@AO:visit']);
    expect(triples(run('Su viaje de Madrid a Rabat duró dos horas.', 'es', defs))).toEqual(['Madrid@ES>Rabat@MA:visit']);
  });
});

describe('session 20: people helped are no goods', () => {
  const defs = [...WORLD, C('EG', ['Egypt', 'Egito', 'Egipto', 'Égypte']), C('SD', ['Sudan', 'Sudão', 'Sudán', 'Soudan'], ['Sudanese', 'sudanês', 'sudanés', 'soudanais']), C('TD', ['Chad', 'Tchad']), C('MA', ['Morocco', 'Maroc'])];
  it('the help is aid, not people sent (a review found "help" alone too often real aid to drop it)', () => {
    expect(triples(run('Egypt is ready to help Sudan in any way the Sudanese people need.', 'en', defs))).toEqual(['EG>SD:aid']);
    expect(triples(run('O Egito está pronto para ajudar o povo sudanês.', 'pt', defs))).toEqual(['EG>SD:aid']);
  });
  it('what is given to help still goes', () => {
    expect(triples(run('Morocco sent 40,000 litres of pesticide to Chad to help the country fight locusts.', 'en', defs))).toContain('MA>TD:aid');
  });
});

describe('session 20: goods an object relative clause gives a sender of its own', () => {
  const defs = [...WORLD, C('GH', ['Ghana']), C('CN', ['China', 'Chine']), CITY('Pequim', 'CN', true), CITY('Pekín', 'CN', true), CITY('Pékin', 'CN', true), CITY('Beijing', 'CN', true)];
  it('belong to that clause\'s verb, not to the main one', () => {
    for (const [text, lang] of [
      ['Ghana shipped cocoa to China to settle a debt for the crude oil that Beijing supplied in 2015.', 'en'],
      ['Ghana envió cacao a China para saldar una deuda por el crudo que Pekín vendió en 2015.', 'es'],
      ['Le Ghana a expédié du cacao en Chine pour régler une dette pour le pétrole que Pékin a livré en 2015.', 'fr'],
    ] as const) {
      const got = triples(run(text, lang, defs));
      expect(got).not.toContain('GH>CN:oil');
      expect(got).toContain('GH>CN:other');
    }
  });
});

describe('session 20 review mends (a cold review found these misfires of the session\'s first rules)', () => {
  const defs = [
    ...WORLD,
    C('US', ['United States']), C('IL', ['Israel']), C('ES', ['Spain', 'España']), C('MA', ['Morocco', 'Marruecos']), C('MX', ['México']), C('CU', ['Cuba']),
    C('BY', ['Belarus']), C('IT', ['Italy']), C('PT', ['Portugal']), CITY('Washington', 'US', true), CITY('Minsk', 'BY', true), CITY('Rome', 'IT', true), CITY('Lisbon', 'PT', true), CITY('Berlin', 'DE', true),
  ];
  it('"and" + another verb ends the clause only after expelling people', () => {
    expect(triples(run('Turkey deployed 300 troops and established a base in northern Syria.', 'en', defs))).toEqual(['TR>SY:troops']);
    expect(triples(run('A Turquia enviou 300 soldados e instalou uma base no norte da Síria.', 'pt', defs))).toEqual(['TR>SY:troops']);
  });
  it('a verb of keeping keeps supplies and aid going', () => {
    expect(triples(run('The United States maintained $3.8 billion in annual military aid to Israel.', 'en', defs))).toEqual(['US>IL:aid']);
  });
  it('a journey with its traveller named by a pronoun or a possessive is a visit', () => {
    expect(triples(run('He made the 12-hour trip from Moscow to Minsk by train.', 'en', defs))).toEqual(['Moscow@RU>Minsk@BY:visit']);
    expect(triples(run("The pope's trip from Rome to Lisbon was confirmed.", 'en', defs))).toEqual(['Rome@IT>Lisbon@PT:visit']);
    // (in the past tense it tells of one journey, whose traveller an earlier sentence named)
    expect(triples(run('The trip from Rome to Lisbon took three hours.', 'en', defs))).toEqual(['Rome@IT>Lisbon@PT:visit']);
  });
  it('helping by sending something, after the verb of helping, is aid', () => {
    expect(triples(run('Spain helped Morocco after the earthquake by sending 56 rescuers.', 'en', defs))).toContain('ES>MA:aid');
    expect(run('México ayudó a Cuba con el envío de petróleo.', 'es', defs).length).toBeGreaterThan(0);
  });
  it('goods a relative clause says were bought, or promised by the same sender, stay the main verb\'s', () => {
    expect(triples(run('Russia delivered the S-400 missiles that Turkey bought in 2017.', 'en', defs))).toEqual(['RU>TR:missiles']);
    expect(triples(run('Germany delivered to Ukraine the Leopard tanks that Berlin promised.', 'en', defs))).toEqual(['DE>UA:vehicles']);
  });
});

describe('session 20: a gerund after ", and" is another predicate', () => {
  const defs = [C('KE', ['Kenya'], ['Kenyan']), CITY('Leeds', 'GB'), CITY('Derby', 'GB'), C('GB', ['Britain'])];
  it('its goods are not the earlier verb\'s', () => {
    expect(run('Two Kenyan traders needed money for rent, all the while maintaining flats in Leeds and Derby, and spending most of that cash on cars.', 'en', defs)).toEqual([]);
  });
});

describe('session 20: giving by a gerund after a verb of helping', () => {
  const defs = [C('DZ', ['Algérie', 'Argélia']), C('TN', ['Tunisie', 'Tunísia']), C('TR', ['Turquie']), C('LY', ['Libye']), C('ES', ['Spain']), C('MA', ['Morocco'])];
  it('goes from the helper to the one helped (it was reversed)', () => {
    expect(triples(run("L'Algérie a aidé la Tunisie en lui livrant du gaz.", 'fr', defs))).toEqual(['DZ>TN:aid', 'DZ>TN:oil']);
    expect(triples(run('La Turquie a aidé la Libye en y déployant des soldats.', 'fr', defs))).toEqual(['TR>LY:aid', 'TR>LY:troops']);
    expect(triples(run('A Argélia ajudou a Tunísia enviando-lhe gás.', 'pt', defs))).toEqual(['DZ>TN:aid', 'DZ>TN:oil']);
    expect(triples(run('Spain helped Morocco after the earthquake by sending 56 rescuers.', 'en', defs))).toContain('ES>MA:aid');
  });
});

describe('session 20: a gerund after a verb that is not one of helping (second review)', () => {
  const defs = [...WORLD, C('VN', ['Vietnam']), C('TH', ['Thailand']), C('US', ['United States', 'Estados Unidos']), C('TW', ['Taiwán'])];
  it('gives nothing to a rival outdone, and leaves the gerund its own subject', () => {
    expect(triples(run('Vietnam overtook Thailand by exporting 8 million tonnes of rice.', 'en', defs))).not.toContain('VN>TH:other');
    expect(triples(run('The United States caught Iran shipping oil to China.', 'en', defs))).toEqual(['IR>CN:oil']);
  });
  it('a promise to sell, with the buyer before the infinitive, still sells to it', () => {
    expect(triples(run('Estados Unidos prometió a Taiwán venderle 66 cazas F-16.', 'es', defs))).toEqual(['US>TW:vehicles']);
  });
});


describe('session 20: a negated nationality names no end', () => {
  it('"non-European students" come from anywhere but Europe', () => {
    const defs = [C('IE', ['Ireland']), { key: 'Europe', kind: 'other' as const, names: ['Europe'], demonyms: ['European'] }];
    expect(run('The non-European students paid higher fees in Ireland.', 'en', defs)).toEqual([]);
  });
});

describe('session 21: fractions of a scale', () => {
  const defs = [...WORLD, C('VE', ['Venezuela'], ['Venezuelan', 'venezuelanos', 'venezolanos']), C('CO', ['Colombia', 'Colômbia'])];
  it('"half a million" is 500,000, not a million, in four languages', () => {
    expect(run('North Korea sent half a million shells to Russia.', 'en')[0]!.quantity).toBe(5e5);
    expect(run('A Coreia do Norte enviou meio milhão de projéteis à Rússia.', 'pt')[0]!.quantity).toBe(5e5);
    expect(run('Corea del Norte envió medio millón de proyectiles a Rusia.', 'es')[0]!.quantity).toBe(5e5);
    expect(run("La Corée du Nord a envoyé un demi-million d'obus à la Russie.", 'fr')[0]!.quantity).toBe(5e5);
  });
  it('a quarter of a million, half a dozen, one and a half million', () => {
    expect(run('North Korea sent a quarter of a million shells to Russia.', 'en')[0]!.quantity).toBe(2.5e5);
    expect(run('Russia sent half a dozen warships to Syria.', 'en')[0]!.quantity).toBe(6);
    expect(run('Germany took in one and a half million Syrian refugees.', 'en')[0]!.quantity).toBe(1.5e6);
  });
  it('a count ending in "and a half" adds half of its unit', () => {
    expect(run('Germany took in a million and a half Syrian refugees.', 'en')[0]!.quantity).toBe(1.5e6);
    expect(run('A Colômbia acolheu 2 milhões e meio de refugiados venezuelanos.', 'pt', defs)[0]!.quantity).toBe(2.5e6);
    expect(run("L'Allemagne a accueilli un million et demi de réfugiés syriens.", 'fr')[0]!.quantity).toBe(1.5e6);
  });
});

describe('session 21: people received, sent back, asking for asylum', () => {
  const defs = [
    ...WORLD,
    C('VE', ['Venezuela'], ['Venezuelans', 'venezuelanos', 'venezolanos']),
    C('CO', ['Colombia', 'Colômbia']),
    C('BR', ['Brasil']),
    C('ES', ['Spain', 'España']),
    C('MA', ['Morocco'], ['Moroccan']),
    C('HT', ['Haiti'], ['Haitians']),
    C('US', ['United States']),
    C('TD', ['Tchad']),
    C('SD', ['Soudan'], ['soudanais']),
    C('AO', ['Angola'], ['angolanos']),
    C('PT', ['Portugal']),
    C('AF', ['Afghanistan'], ['Afghans']),
    C('FR', ['France']),
    C('IT', ['Italy']),
    C('LY', ['Libya']),
    C('SN', ['Senegal']),
  ];
  it('a country home to, sheltering or housing people of another receives them', () => {
    expect(triples(run('Colombia is home to about 2.8 million Venezuelans.', 'en', defs))).toEqual(['VE>CO:people']);
    expect(triples(run('O Brasil abriga hoje cerca de 500 mil venezuelanos.', 'pt', defs))).toEqual(['VE>BR:people']);
    expect(triples(run('Colombia alberga a 2,8 millones de venezolanos.', 'es', defs))).toEqual(['VE>CO:people']);
    expect(triples(run('Le Tchad héberge plus de 600 000 réfugiés soudanais.', 'fr', defs))).toEqual(['SD>TD:people']);
  });
  it('but not what is no people', () => {
    expect(run('Colombia is home to the largest coal mine in Venezuela.', 'en', defs)).toEqual([]);
    expect(run('O edifício abriga o consulado da Colômbia no Brasil.', 'pt', defs)).toEqual([]);
  });
  it('English "return" with people as its object sends them back; without one they go back', () => {
    expect(triples(run('Spain returned 30 migrants to Morocco.', 'en', defs))).toEqual(['ES>MA:people']);
    expect(triples(run('The United States returned 20 Haitians to Haiti.', 'en', defs))).toEqual(['US>HT:people']);
    expect(triples(run('More than 1,000 Haitians returned home from the United States.', 'en', defs))).toEqual(['US>HT:people']);
  });
  it('asking for asylum in a country is going there', () => {
    expect(triples(run('Some 40,000 Ukrainian refugees have sought asylum in Poland since January.', 'en', defs))).toEqual(['UA>PL:people']);
    expect(triples(run('Cerca de 2 mil angolanos pediram asilo em Portugal em 2023.', 'pt', defs))).toEqual(['AO>PT:people']);
    expect(triples(run('Unos 30.000 venezolanos solicitaron asilo en España el año pasado.', 'es', defs))).toEqual(['VE>ES:people']);
    expect(triples(run("Environ 4 000 Afghans ont demandé l'asile en France en 2022.", 'fr', defs))).toEqual(['AF>FR:people']);
  });
  it('"by sea", "by boat" is the means, no agent: the English past form stays active', () => {
    expect(triples(run('Italy received 2,000 migrants by sea from Libya.', 'en', defs))).toEqual(['LY>IT:people']);
    expect(triples(run('Spain received 32,000 migrants by boat from Senegal.', 'en', defs))).toEqual(['SN>ES:people']);
  });
  it('an apposition saying who most of the counted people are is skipped, "and" and all', () => {
    expect(triples(run('More than 1.5 million Venezuelans, most of them women and children, have crossed into Colombia.', 'en', defs))).toEqual(['VE>CO:people']);
    expect(triples(run('Mais de 1,5 milhão de venezuelanos, a maioria mulheres e crianças, atravessaram para a Colômbia.', 'pt', defs))).toEqual(['VE>CO:people']);
  });
});

describe('session 21: vague counts, investment, a pronoun after a relative clause', () => {
  const defs = [
    ...WORLD,
    C('BR', ['Brazil', 'Brasil']),
    C('AO', ['Angola']),
    C('PT', ['Portugal'], ['portugueses']),
    C('US', ['United States'], ['US']),
    C('JP', ['Japan']),
    C('VN', ['Vietnam']),
  ];
  it('"several hundred", "a few thousand" are orders of magnitude, not counts', () => {
    expect(run('Russia sent several thousand soldiers to Syria.', 'en')[0]).toMatchObject({ quantity: null, magnitude: 1000 });
    expect(run('Russia sent a few hundred soldiers to Syria.', 'en')[0]).toMatchObject({ quantity: null, magnitude: 100, quantityText: 'a few hundred' });
    expect(run('A Rússia enviou vários milhares de soldados para a Síria.', 'pt')[0]).toMatchObject({ quantity: null, magnitude: 1000 });
  });
  it('investment with its investor named next to it goes to the place after "in"', () => {
    expect(triples(run('Chinese investment in Brazil fell to $1.3 billion in 2023.', 'en', [...defs, C('CN', ['China'], ['Chinese'])]))).toEqual(['CN>BR:money']);
    expect(triples(run('Já os investimentos portugueses em Angola caíram pela metade.', 'pt', defs))).toEqual(['PT>AO:money']);
    expect(triples(run('Investment from Japan in Vietnam rose sharply.', 'en', defs))).toEqual(['JP>VN:money']);
    // (an abbreviation as the modifier; an adjective between)
    expect(triples(run('US investment in Vietnam has grown steadily.', 'en', defs))).toEqual(['US>VN:money']);
    expect(triples(run('Os investimentos diretos portugueses em Angola caíram.', 'pt', defs))).toEqual(['PT>AO:money']);
  });
  it('but not an investment bank, nor investment with no investor or no place invested in', () => {
    expect(run('The US investment bank opened an office in Brazil.', 'en', defs)).toEqual([]);
    expect(run('O banco de investimento português abriu um escritório em Angola.', 'pt', defs)).toEqual([]);
    expect(run('Brazil needs more foreign investment, the minister said in Japan.', 'en', defs)).toEqual([]);
  });
  it('a pronoun subject after a relative clause on a place stands for that place', () => {
    const text = 'Turkey, which has supplied Ukraine with drones since 2019, said on Friday it would also send demining equipment.';
    expect(triples(run(text, 'en'))).toEqual(['TR>UA:technology', 'TR>UA:weapons']);
  });
  it('not across another place named as a subject since', () => {
    const text = 'Russia, whose troops remain in the area, said it had delivered 50 tonnes of food to Syria, while Germany said it would send medicines to Turkey.';
    expect(triples(run(text, 'en'))).toContain('DE>TR:aid');
  });
});

describe('session 21: what the cold reviews found', () => {
  const defs = [
    ...WORLD,
    C('MX', ['Mexico']),
    C('IR', ['Iran'], ['Iranians']),
    C('CA', ['Canada']),
    C('AM', ['Armenia'], ['Armenians']),
    C('BR', ['Brazil', 'Brasil']),
    C('LT', ['Lithuania']),
    CITY('Cancún', 'MX'),
    REGION('Nagorno-Karabakh', 'AZ'),
  ];
  it('any number before "and a half" and a scale; a dozen and a half is 18', () => {
    expect(run('Six and a half million Syrian refugees fled to Turkey.', 'en')[0]!.quantity).toBe(6.5e6);
    expect(run('Turkey sent a dozen and a half drones to Ukraine.', 'en')[0]!.quantity).toBe(18);
    expect(run('A Turquia enviou meia centena de soldados à Síria.', 'pt')[0]!.quantity).toBe(50);
  });
  it('people returned within the sender\'s own country are sent back nowhere', () => {
    expect(run('Mexico returned 50 tourists to Cancún after the hurricane.', 'en', defs)).toEqual([]);
  });
  it('a host of companies, ships or money hosts no one', () => {
    expect(run('O Brasil abriga 1.500 empresas russas.', 'pt', defs)).toEqual([]);
    expect(triples(run('Brazil is home to French troops.', 'en', [...defs, C('FR', ['France'], ['French'])]))).toEqual(['FR>BR:troops']);
  });
  it('fleeing and seeking asylum in one clause is one flight', () => {
    expect(triples(run('Thousands of Iranians fled Iran and sought asylum in Canada.', 'en', defs))).toEqual(['IR>CA:people']);
  });
  it('an apposition that names where the people came from is read, not skipped', () => {
    expect(triples(run('Over 30,000 Armenians, most of them from Nagorno-Karabakh, entered Armenia.', 'en', defs))).toEqual(['Nagorno-Karabakh@AZ>AM:people']);
  });
  it('a transfer noun banned, or that did not materialise, is denied', () => {
    const cn = [...defs, C('CN', ['China'], ['Chinese'])];
    expect(run('Chinese investment in Brazil did not materialise.', 'en', cn)[0]!.status).toBe('denied');
    expect(run('Lithuania banned Chinese investment in Lithuania.', 'en', cn)[0]!.status).toBe('denied');
  });
});

describe('session 21: a national company stands for its country, when the article names it', () => {
  const defs = [...WORLD, C('ZA', ['South Africa']), C('BR', ['Brasil']), C('AR', ['Argentina'])];
  it('as seller or supplier', () => {
    expect(triples(run('Russia and Turkey signed a gas deal. Gazprom will supply Turkey with 5 billion cubic metres of gas.', 'en'))).toEqual(['RU>TR:oil']);
    expect(triples(run('O Brasil e a Argentina assinaram um acordo. A Petrobras vendeu à Argentina 2 milhões de barris de diesel.', 'pt', defs))).toEqual(['BR>AR:oil']);
  });
  it('not when the article never names the country', () => {
    expect(run('Gazprom will supply Turkey with 5 billion cubic metres of gas.', 'en')).toEqual([]);
  });
  it('not inside a longer company name', () => {
    const text = 'Germany is a partner of South Africa. Rheinmetall Denel Munition has begun shipping artillery shells to Poland.';
    expect(triples(run(text, 'en', defs))).not.toContain('DE>PL:munitions');
  });
});

describe('session 21: French "être" before a verb of going is no passive', () => {
  it('the apposition on counted people is skipped', () => {
    const defs = [...WORLD, C('UA', ['Ukraine'], ['Ukrainiens']), C('PL', ['Pologne'])];
    expect(triples(run("Plus d'un million d'Ukrainiens, pour la plupart des femmes et des enfants, sont arrivés en Pologne.", 'fr', defs))).toEqual(['UA>PL:people']);
  });
});

describe('session 21: a sending whose purpose is to help goes to the one helped', () => {
  const defs = [...WORLD, C('RW', ['Rwanda']), C('MZ', ['Mozambique'])];
  it('troops sent "to help Russia" are troops to Russia, counted, in four languages, and no separate aid', () => {
    expect(run('North Korea has sent around 11,000 troops to help Russia repel the incursion.', 'en').map((f) => `${f.from}>${f.to}:${f.category}=${f.quantity}`)).toEqual(['KP>RU:troops=11000']);
    expect(triples(run('A Coreia do Norte enviou 11 mil soldados para ajudar a Rússia.', 'pt'))).toEqual(['KP>RU:troops']);
    expect(triples(run('Corea del Norte envió 11.000 soldados para ayudar a Rusia.', 'es'))).toEqual(['KP>RU:troops']);
    expect(triples(run('La Corée du Nord a envoyé 11 000 soldats pour aider la Russie.', 'fr'))).toEqual(['KP>RU:troops']);
    expect(triples(run('Rwanda sent 1,000 troops to help Mozambique fight insurgents.', 'en', defs))).toEqual(['RW>MZ:troops']);
  });
  it('a destination of its own stays', () => {
    expect(triples(run('Russia sent troops to Syria to help Turkey.', 'en'))).toContain('RU>SY:troops');
  });
});

describe("session 21: a country's produce named with its possessive comes from it", () => {
  const defs = [...WORLD, C('PE', ['Peru']), C('BR', ['Brazil'])];
  it('as the goods of a sending or a purchase, shares of them too', () => {
    expect(triples(run("Peru's copper is shipped to China.", 'en', defs))).toEqual(['PE>CN:other']);
    expect(triples(run("China imports Brazil's soybeans.", 'en', defs))).toEqual(['BR>CN:other']);
    expect(triples(run("China bought most of Brazil's soybeans.", 'en', defs))).toEqual(['BR>CN:other']);
  });
  it('not arms, whose owner may have got them anywhere, nor the owner of a transfer noun', () => {
    expect(run("Ukraine's tanks were moved to Poland for repairs.", 'en')).toEqual([]);
    expect(triples(run("Brazil's soybean exports to China rose.", 'en', defs))).toEqual(['BR>CN:other']);
  });
});

describe('session 21: guards from the reviews of companies, help and "être"', () => {
  const defs = [
    ...WORLD,
    C('ES', ['Spain']), C('PE', ['Peru'], ['Peruvian']), C('EC', ['Ecuador']), C('AO', ['Angola'], ['Angolan']), C('PK', ['Pakistan']),
    C('PL', ['Poland']), C('US', ['United States']), C('TN', ['Tunisie'], ['Tunisiens']), C('IT', ['Italie']), C('EU', ['Europe']),
  ];
  it("what a company owns abroad acts for where it is", () => {
    const fs = run("Spain and Peru signed a deal. Repsol's Peruvian unit imported crude from Ecuador.", 'en', defs);
    expect(triples(fs)).not.toContain('EC>ES:oil');
  });
  it('a company is no antecedent of "the country"', () => {
    const fs = run('Russia cut supplies. Gazprom halted gas to Poland. The country then bought gas from the United States.', 'en', defs);
    expect(triples(fs)).toContain('US>PL:oil');
    expect(triples(fs)).not.toContain('US>RU:oil');
  });
  it("a trading company ships other countries' produce from them", () => {
    expect(triples(run('China and Angola are partners. Sinopec shipped Angolan crude to Europe.', 'en', defs))).toEqual(['AO>EU:oil']);
  });
  it('people the lexicon does not know, sent to help, stay help; so does help to a list of countries', () => {
    expect(triples(run('China sent 500 engineers to help Pakistan.', 'en', defs))).toEqual(['CN>PK:aid']);
    expect(triples(run('Turkey sent 20 tonnes of flour to help Syria and Iran.', 'en', defs))).toEqual(expect.arrayContaining(['TR>SY:aid', 'TR>IR:aid']));
  });
  it('an apposition that holds the only nationality is read with "être" too', () => {
    expect(triples(run('Près de 600 migrants, pour la plupart des Tunisiens, sont arrivés en Italie.', 'fr', defs))).toEqual(['TN>IT:people']);
  });
});

describe('session 21: a body named by its nationality as the object of training is trained', () => {
  const defs = [...WORLD, C('SO', ['Somalia'], ['Somali']), C('CF', ['Centrafrique'], ['centrafricaine'])];
  it('"train the Somali army", "forme l\'armée centrafricaine"', () => {
    expect(triples(run('Turkey will train the Somali army.', 'en', defs))).toEqual(['TR>SO:training']);
    expect(triples(run("La Russie forme l'armée centrafricaine.", 'fr', defs))).toEqual(['RU>CF:training']);
  });
  it('not a body trained alongside', () => {
    expect(run('Turkey will train alongside the Somali army.', 'en', defs)).toEqual([]);
  });
});

describe('session 21: a consignment in the object of a receiving verb is what it receives', () => {
  const defs = [...WORLD, C('AO', ['Angola']), C('DK', ['Denmark'])];
  it('"received a shipment of 200,000 vaccines from China", in four languages', () => {
    expect(triples(run('Angola received a shipment of 200,000 vaccines from China.', 'en', defs))).toEqual(['CN>AO:aid']);
    expect(triples(run('Angola recebeu da China um donativo de 200 mil vacinas.', 'pt', defs))).toEqual(['CN>AO:aid']);
    expect(triples(run('Angola recibió de China una donación de 200.000 vacunas.', 'es', defs))).toEqual(['CN>AO:aid']);
    expect(triples(run('Ukraine received the first delivery of F-16 jets from Denmark.', 'en', defs))).toEqual(['DK>UA:vehicles']);
  });
  it('not news or approval about a delivery elsewhere', () => {
    expect(run('Germany received complaints about shipments of arms to Syria.', 'en', defs).some((f) => f.to === 'DE')).toBe(false);
  });
});

describe('session 21: an official welcomed or hosted is a visit; people welcomed are received', () => {
  const defs = [...WORLD, C('KE', ['Kenya'], ['Kenyan']), C('FR', ['France']), C('AF', ['Afghanistan'], ['Afghan'])];
  it('"hosted Kenyan President William Ruto in Paris", "welcomed 500 Afghan refugees"', () => {
    expect(triples(run('France hosted Kenyan President William Ruto on Tuesday.', 'en', defs))).toEqual(['KE>FR:visit']);
    expect(triples(run('Germany welcomed 500 Afghan refugees last month.', 'en', defs))).toEqual(['AF>DE:people']);
  });
  it('welcoming a decision or a sale welcomes no one', () => {
    expect(run('Kenya welcomed the decision by China to cancel its debt.', 'en', defs)).toEqual([]);
  });
});

describe('session 21: "used" right after goods and before their seller is second-hand', () => {
  const defs = [...WORLD, C('AR', ['Argentina']), C('DK', ['Dinamarca']), C('BR', ['Brasil']), C('FR', ['França'])];
  it('"compró 24 cazas F-16 usados a Dinamarca", "comprou 12 caças usados da França"', () => {
    expect(triples(run('Argentina compró 24 cazas F-16 usados a Dinamarca.', 'es', defs))).toEqual(['DK>AR:vehicles']);
    expect(triples(run('O Brasil comprou 12 caças usados da França.', 'pt', defs))).toEqual(['FR>BR:vehicles']);
  });
  it('"used in" still ends the clause', () => {
    expect(run('Irán envió drones usados en Ucrania.', 'es', defs)).toEqual([]);
  });
});

describe('session 21: model names', () => {
  it('"Rafale Marine" is the jet, not a navy', () => {
    const defs = [...WORLD, C('FR', ['France']), C('IN', ['Inde'])];
    expect(triples(run("L'Inde a commandé 26 Rafale Marine à la France.", 'fr', defs))).toEqual(['FR>IN:vehicles']);
  });
});

describe('session 21: guards from the review of consignments, welcomes, training and investment', () => {
  const defs = [
    ...WORLD, C('BR', ['Brasil', 'Brazil']), C('CL', ['Chile']), C('KE', ['Kenya'], ['Kenyan']), C('IN', ['India']), C('YE', ['Yemen']),
    C('SO', ['Somalia'], ['Somali']), C('US', ['United States'], ['US']), C('MX', ['Mexico']), C('IE', ['Ireland']), C('GB', ['UK']), C('FR', ['France']),
    C('JP', ['Japan']),
  ];
  it('a noun about a consignment, or a request or offer of one, receives nothing', () => {
    expect(run('O Brasil recebeu um pedido para a entrega de munições à Ucrânia.', 'pt', defs)).toEqual([]);
    expect(run('Chile recibió críticas por el envío de armas a Ucrania.', 'es', defs)).toEqual([]);
    expect(run('Germany received a request from Ukraine for a shipment of missiles.', 'en', defs)).toEqual([]);
    expect(triples(run('The UN received reports of a shipment of arms from Iran to Yemen.', 'en', defs))).toEqual(['IR>YE:weapons']);
  });
  it("an official's words are no visit; the official's delegation is", () => {
    expect(run("India welcomed the Chinese president's remarks.", 'en', [...defs, C('CN', ['China'], ['Chinese'])])).toEqual([]);
    expect(triples(run("France hosted the Kenyan president's delegation.", 'en', defs))).toEqual(['KE>FR:visit']);
  });
  it("what an army owns is not trained", () => {
    expect(run("Japan is accused of training the Somali army's enemies.", 'en', defs)).toEqual([]);
  });
  it('investment at home is none; two investments in one sentence are two', () => {
    expect(run('US investment in the United States grew.', 'en', defs)).toEqual([]);
    expect(triples(run('UK investment in Ireland and the US investment in Mexico both rose.', 'en', defs))).not.toContain('GB>US:money');
  });
});

describe('session 21: after ", and", people named by their nationality before the verb are its subject', () => {
  const defs = [...WORLD, C('GH', ['Ghana']), C('IN', ['India'], ['Indian']), C('PE', ['Peru']), C('JP', ['Japan'], ['Japanese'])];
  it('the buyer is theirs, not the place that opened the sentence', () => {
    const fs = run('Ghana is a big gold producer, and Indian refiners bought $3.8 billion worth of the metal from Ghana last year.', 'en', defs);
    expect(triples(fs)).toEqual(['GH>IN:other']);
  });
  it('no reversed purchase from the first clause\'s subject', () => {
    expect(triples(run('Peru sold copper to China, and Japanese smelters bought the rest.', 'en', defs))).not.toContain('JP>PE:other');
  });
});

describe('session 22: helping a place do something', () => {
  const defs = [
    ...WORLD,
    C('US', ['United States']),
    C('FR', ['France', 'França', 'Francia']),
    C('ML', ['Mali']),
    C('VN', ['Vietnam']),
    C('BR', ['Brasil']),
    C('MZ', ['Moçambique']),
    C('ES', ['España']),
    C('MA', ['Marruecos', 'Maroc']),
    C('TD', ['Tchad']),
    C('EG', ['Egypt']),
    C('SD', ['Sudan']),
  ];
  it('gives nothing by the helping verb, in four languages', () => {
    expect(run('The United States helped Ukraine repel the attack.', 'en', defs)).toEqual([]);
    expect(run('France will help Mali to rebuild its army.', 'en', defs)).toEqual([]);
    expect(run('O Brasil vai ajudar Moçambique a reconstruir as estradas.', 'pt', defs)).toEqual([]);
    expect(run('España ayudará a Marruecos a controlar la frontera.', 'es', defs)).toEqual([]);
    expect(run('La France aidera le Mali à reconstruire son armée.', 'fr', defs)).toEqual([]);
  });
  it('keeps help with goods, help with no task, and help that is the purpose of a sending', () => {
    expect(triples(run('Japan helped Vietnam with $2 million after the floods.', 'en', [...defs, C('JP', ['Japan'])]))).toEqual(['JP>VN:money']);
    expect(triples(run('Egypt is ready to help Sudan in any way.', 'en', defs))).toEqual(['EG>SD:aid']);
    expect(triples(run('France helped Mali after the floods.', 'en', defs))).toEqual(['FR>ML:aid']);
    expect(triples(run('North Korea sent 11,000 troops to help Russia.', 'en', defs))).toEqual(['KP>RU:troops']);
    expect(triples(run("Le Maroc a dépêché des avions au Tchad pour aider le pays à contenir une invasion de criquets.", 'fr', defs))).toContain('MA>TD:aid');
  });
});

describe('session 22: the "se" passive, a share of the goods just named, fractions', () => {
  const defs = [
    ...WORLD,
    C('NI', ['Nicaragua'], ['nicaragüense']),
    C('US', ['Estados Unidos', 'United States']),
    C('VE', ['Venezuela']),
    C('BR', ['Brasil'], ['brasileira']),
    C('GH', ['Ghana']),
    C('CH', ['Switzerland']),
    C('MZ', ['Moçambique']),
    C('CL', ['Chile']),
    C('DZ', ['Algérie']),
    C('TN', ['Tunisie']),
  ];
  it('a sending verb with "se" is a passive in Spanish and Portuguese', () => {
    expect(triples(run('El oro nicaragüense se envió a Estados Unidos.', 'es', defs))).toEqual(['NI>US:other']);
    expect(triples(run('Los fusiles rusos se vendieron a Venezuela.', 'es', defs))).toEqual(['RU>VE:weapons']);
    expect(triples(run('Exportaram-se 2 milhões de toneladas de soja brasileira para a China.', 'pt', defs))).toEqual(['BR>CN:other']);
  });
  it('but not a verb of keeping', () => {
    expect(run('Chile se mantuvo como principal destino de la carne.', 'es', defs)).toEqual([]);
  });
  it('a share of a plain noun sent in the passive is of the goods just named', () => {
    expect(triples(run('Nicaragua exportó oro por 1.480 millones de dólares en 2024. Más del 70 % del metal se envió a Estados Unidos.', 'es', defs))).toEqual(['NI>US:other']);
    expect(triples(run('Ghana exported gold worth $11 billion. Most of the metal was shipped to Switzerland.', 'en', defs))).toEqual(['GH>CH:other']);
    expect(triples(run('Moçambique exportou carvão. A maior parte do minério foi enviada para a Índia.', 'pt', defs))).toEqual(['MZ>IN:other']);
  });
  it('past the agent of an irregular participle, and after a sale counted in money', () => {
    expect(triples(run('Nicaragua exportó oro por 1.480 millones de dólares. Más del 70 % del metal se envió a Estados Unidos, pese a las sanciones impuestas por Washington a la minera estatal.', 'es', [...defs, CITY('Washington', 'US', true)]))).toEqual(['NI>US:other']);
    expect(triples(run('El oro fue el principal producto de exportación de Nicaragua, con ventas de 1.480 millones de dólares. Más del 70 % del metal se envió a Estados Unidos.', 'es', defs))).toEqual(['NI>US:other']);
  });
  it('a fraction of the goods is no count of them', () => {
    const [f] = run("La Tunisie importe d'Algérie près des deux tiers du gaz consommé dans le pays.", 'fr', defs);
    expect(triples([f!])).toEqual(['DZ>TN:oil']);
    expect(f!.quantity ?? null).toBeNull();
  });
});

describe('session 22: trainees who undergo training abroad', () => {
  const defs = [
    ...WORLD,
    C('VN', ['Vietnam'], ['Vietnamese']),
    C('SN', ['Sénégal'], ['sénégalais']),
    C('CI', ["Côte d'Ivoire"], ['ivoiriens']),
    C('PY', ['Paraguay'], ['paraguayos']),
    C('TW', ['Taiwán']),
    C('BR', ['Brasil'], ['brasileiros']),
    C('AO', ['Angola'], ['angolanos']),
    C('KE', ['Kenya'], ['Kenyan']),
    C('GB', ['Britain'], ['British']),
  ];
  it('are trained by the place where they train, past "spent weeks", "hicieron", "took part in"', () => {
    expect(withStatus(run('About 100 Vietnamese sailors had spent six weeks training aboard the ship in India before the handover.', 'en', defs))).toEqual(['IN>VN:training:stated']);
    expect(run('About 100 Vietnamese sailors had spent six weeks training aboard the ship in India.', 'en', defs)[0]!.quantity).toBe(100);
    expect(triples(run('Seis pilotos paraguayos hicieron un curso de formación en Taiwán.', 'es', defs))).toEqual(['TW>PY:training']);
    expect(triples(run('Vinte pilotos angolanos fizeram uma formação no Brasil.', 'pt', defs))).toEqual(['BR>AO:training']);
    expect(triples(run('Fifty Kenyan officers took part in training in Britain.', 'en', defs))).toEqual(['GB>KE:training']);
  });
  it('with the place before the training, and trainers after "par"', () => {
    expect(triples(run("Des officiers sénégalais ont suivi en Côte d'Ivoire une formation dispensée par des instructeurs ivoiriens.", 'fr', defs))).toEqual(['CI>SN:training']);
  });
  it('but people who give the training to trainees of another country are the trainers', () => {
    expect(triples(run('Militares brasileiros fizeram a formação de 300 soldados angolanos em Luanda.', 'pt', [...defs, CITY('Luanda', 'AO', true)]))).toEqual(['BR>AO:training']);
  });
});

describe('session 22: shares received or sold, and what the cold review found', () => {
  const defs = [
    ...WORLD,
    C('CI', ["Côte d'Ivoire", 'Ivory Coast']),
    C('ML', ['Mali']),
    C('BF', ['Burkina Faso']),
    C('MX', ['México', 'Mexico']),
    C('US', ['Estados Unidos', 'United States']),
    C('FR', ['France']),
    C('VE', ['Venezuela']),
    C('CU', ['Cuba']),
    C('CV', ['Cabo Verde', 'Cape Verde']),
    C('EU', ['União Europeia', 'EU']),
  ];
  const civ = "La Côte d'Ivoire a exporté 1 500 gigawattheures d'électricité vers ses voisins. ";
  it('a share received past a qualifier, "en" and a participial apposition', () => {
    expect(triples(run(civ + 'Le Mali en a acheté plus de la moitié.', 'fr', defs))).toEqual(['CI>ML:other']);
    expect(triples(run(civ + 'Le Mali et le Burkina Faso, reliés au réseau ivoirien par la ligne qui passe par le nord, en ont reçu plus de la moitié.', 'fr', defs))).toEqual(['CI>BF:other', 'CI>ML:other']);
    expect(triples(run('Ivory Coast exported 1,500 gigawatt hours of electricity. Mali received more than half of it.', 'en', defs))).toEqual(['CI>ML:other']);
  });
  it('a bare share sold in the passive is of the goods just named, with no count', () => {
    expect(triples(run('México exportó 3 millones de autos. Tres cuartos se vendieron a Estados Unidos.', 'es', defs))).toEqual(['MX>US:other']);
    const [f] = run('Mexico exported 3 million cars. Three quarters were sold to the United States.', 'en', defs);
    expect(triples([f!])).toEqual(['MX>US:vehicles']);
    expect(f!.quantity ?? null).toBeNull();
  });
  it('help as a noun, and help given "with" goods, still give', () => {
    expect(triples(run("France's help allowed Mali to repel the offensive.", 'en', defs))).toEqual(['FR>ML:aid']);
    expect(triples(run('Venezuela ayudó a Cuba a superar la crisis energética con envíos de petróleo.', 'es', defs))).toContain('VE>CU:oil');
    expect(triples(run('A União Europeia vai ajudar Cabo Verde a modernizar os portos, com 30 milhões de euros.', 'pt', defs))).toEqual(['EU>CV:money']);
  });
});

describe('session 22: training with help, a relative clause of giving, model names', () => {
  const defs = [
    ...WORLD,
    C('PT', ['Portugal']),
    C('AO', ['Angola'], ['angolanos']),
    C('AZ', ['Azerbaijan']),
    C('IN', ['India'], ['Indian']),
    C('VN', ['Vietnam'], ['Vietnamese']),
    C('DK', ['Danemark']),
    C('VE', ['Venezuela']),
    C('FR', ['France']),
    C('TD', ['Tchad']),
    C('SD', ['Sudão']),
  ];
  it('helping a place train its people makes the helper the trainer, with no aid of its own', () => {
    expect(triples(run('Portugal ajudou Angola a formar os seus diplomatas.', 'pt', defs))).toEqual(['PT>AO:training']);
    expect(triples(run('Turkey has helped Azerbaijan train its drone pilots.', 'en', defs))).toEqual(['TR>AZ:training']);
  });
  it('trainers named before their nationality in English; trainees in France "au" a country; trainers after "por"', () => {
    expect(triples(run('Indian instructors trained 500 Vietnamese sailors.', 'en', defs))).toEqual(['IN>VN:training']);
    expect(triples(run('Des pilotes marocains ont suivi une formation sur F-16 au Danemark.', 'fr', [...defs, C('MA', ['Maroc'], ['marocains'])]))).toEqual(['DK>MA:training']);
    expect(triples(run('Militares angolanos fizeram uma formação ministrada por instrutores russos em Luanda.', 'pt', [...defs, CITY('Luanda', 'AO', true)]))).toEqual(['RU>AO:training']);
  });
  it('a relative clause of giving gives to the place before it, from the main subject', () => {
    expect(triples(run("L'Allemagne a aidé l'Ukraine, à qui elle a livré des chars Leopard.", 'fr', defs))).toContain('DE>UA:vehicles');
    expect(triples(run("L'Allemagne a aidé l'Ukraine, à qui elle a livré des chars Leopard.", 'fr', defs))).not.toContain('UA>DE:vehicles');
    expect(triples(run('La France soutient le Tchad, auquel elle a fourni des blindés.', 'fr', defs))).toEqual(['FR>TD:vehicles']);
  });
  it('aircraft by maker or family name', () => {
    expect(withStatus(run('Russia backs Venezuela, to which it sold 24 Sukhoi fighters.', 'en', defs))).toEqual(['RU>VE:vehicles:stated']);
    expect(triples(run('A Rússia vendeu 12 caças MiG ao Sudão.', 'pt', defs))).toEqual(['RU>SD:vehicles']);
  });
});

describe('session 22: a pronoun receiver, a detachment of counted troops, nationals sent home', () => {
  const defs = [
    ...WORLD,
    C('TD', ['Tchad', 'Chad']),
    C('AE', ['Émirats arabes unis', 'UAE']),
    C('HU', ['Hongrie'], ['hongrois']),
    C('MM', ['Myanmar'], ['birmaneses']),
    C('BD', ['Bangladesh']),
    C('GT', ['Guatemala']),
    C('US', ['US']),
    C('NE', ['Niger']),
  ];
  it('a pronoun opening the sentence receives for the latest topic, past an adverb before the participle', () => {
    expect(triples(run('Chad is diversifying its partners. It has received armoured vehicles from the UAE.', 'en', defs))).toEqual(['AE>TD:vehicles']);
    expect(withStatus(run("Le Tchad diversifie ses partenaires. Il a notamment reçu des véhicules blindés livrés par les Émirats arabes unis, selon des sources sécuritaires.", 'fr', defs))).toEqual(['AE>TD:vehicles:reported']);
  });
  it('but not a pronoun that is no subject of the receiving verb', () => {
    expect(run('Chad is diversifying its partners. It was praised in Paris, while other allies ordered armoured vehicles.', 'en', defs).filter((f) => f.to === 'TD')).toEqual([]);
  });
  it('people sent or arriving to train others bring training', () => {
    const tl = [...defs, C('PT', ['Portugal'], ['portugueses']), C('TL', ['Timor-Leste'], ['timorenses'])];
    expect(withStatus(run('Um grupo de 120 professores portugueses chegou a Timor-Leste para formar docentes timorenses.', 'pt', tl))).toEqual(['PT>TL:training:stated']);
    expect(run('Portugal enviou 120 professores a Timor-Leste para formar docentes timorenses.', 'pt', tl)[0]!.quantity).toBe(120);
  });
  it('a detachment or contingent of counted troops counts the troops', () => {
    expect(run("Un premier détachement d'une cinquantaine de militaires hongrois est arrivé au Tchad.", 'fr', defs)[0]!.quantity).toBe(50);
  });
  it('a country name between a count and people is their nationality; soldiers sent home by another country are people', () => {
    expect(withStatus(run('Bangladesh deported 330 Myanmar nationals.', 'en', defs))).toEqual(['BD>MM:people:stated']);
    expect(triples(run('India has sent back 184 Myanmar soldiers.', 'en', defs))).toEqual(['IN>MM:people']);
    expect(triples(run('A Índia devolveu 184 soldados birmaneses.', 'pt', defs))).toEqual(['IN>MM:people']);
    expect(triples(run('Le Niger a expulsé les derniers militaires américains.', 'fr', [...defs, C('US', ['États-Unis'], ['américains'])]))).toEqual(['NE>US:troops']);
  });
});

describe('session 22: what the second cold review found', () => {
  const defs = [
    ...WORLD,
    C('IT', ['Italia']),
    C('TN', ['Túnez']),
    C('BR', ['Brasil']),
    C('AO', ['Angola']),
    C('KE', ['Kenya', 'Kenia']),
    C('MD', ['Moldova']),
    C('RO', ['Romania']),
    C('EU', ['European Union']),
  ];
  it('the place helped does its task with the helper, in Spanish too, and with the goods given', () => {
    expect(triples(run('Italia ayudó a Túnez a formar a sus guardacostas.', 'es', defs))).toEqual(['IT>TN:training']);
    expect(triples(run('O Brasil ajudou Angola a reforçar a sua marinha com três lanchas.', 'pt', defs))).toEqual(['BR>AO:vehicles']);
    expect(triples(run('China helped Kenya build a railway with a loan of $3 billion.', 'en', defs))).toEqual(['CN>KE:money']);
    expect(triples(run('La Chine a aidé le Kenya à construire un chemin de fer grâce à un prêt de 3 milliards de dollars.', 'fr', defs))).toContain('CN>KE:money');
  });
  it('but a payment the place is helped to make is not the helper\'s', () => {
    expect(triples(run('The European Union approved a grant to help Moldova pay for electricity imports from Romania.', 'en', defs))).not.toContain('MD>EU:other');
  });
});

describe('session 22: goods bound for a place past the people there, and trainees who train abroad', () => {
  const defs = [
    ...WORLD,
    C('HU', ['Hongrie'], ['hongrois']),
    C('TD', ['Tchad']),
    C('PK', ['Pakistan'], ['Pakistani']),
    C('GH', ['Ghana'], ['Ghanaian']),
    C('MA', ['Morocco']),
    C('SA', ['Saudi Arabia'], ['Saudi']),
  ];
  it('goods "destinés aux camps de réfugiés de l\'est du Tchad" go to Chad', () => {
    expect(triples(run("Un avion hongrois a livré 12 tonnes de médicaments et de vivres destinés aux camps de réfugiés de l'est du Tchad.", 'fr', defs))).toEqual(['HU>TD:aid']);
  });
  it('people of a nationality who train with no object are trained by the place of another country after the verb', () => {
    expect(triples(run("The ship sailed with a crew of 180 Pakistani sailors who trained for five months at a naval base on Turkey's coast.", 'en', defs))).toEqual(['TR>PK:training']);
    expect(triples(run('Ghanaian cadets will train in Morocco.', 'en', defs))).toEqual(['MA>GH:training']);
    expect(triples(run('Pakistani pilots trained Saudi cadets in Riyadh.', 'en', [...defs, CITY('Riyadh', 'SA', true)]))).toEqual(['PK>SA:training']);
  });
});

describe('session 22: private travel is no official visit', () => {
  const defs = [...WORLD, C('KR', ['South Korea']), C('US', ['America']), C('PT', ['Portugal']), C('FR', ['França'])];
  it('a family, a chef, a couple travelling give no visit; an official or a president with his wife still does', () => {
    expect(run("The film follows a young chef's journey from South Korea to America.", 'en', defs)).toEqual([]);
    expect(run('A família viajou de Portugal para a França no domingo.', 'pt', defs)).toEqual([]);
    expect(triples(run('O ministro viajou de Portugal para a França no domingo.', 'pt', defs))).toEqual(['PT>FR:visit']);
    expect(triples(run('The president and his wife flew from South Korea to America on Monday.', 'en', defs))).toEqual(['KR>US:visit']);
  });
});

describe('session 23: a plural nationality arriving or fleeing is people on the move', () => {
  const defs = [
    C('VE', ['Venezuela'], ['Venezuelans', 'venezuelanos', 'venezolanos']),
    C('BR', ['Brazil', 'Brasil']),
    C('RU', ['Russia'], ['Russians', 'russos']),
    C('SY', ['Syria', 'Syrie'], ['Syrians', 'Syriens']),
    C('TR', ['Turkey', 'Turquie']),
  ];
  it('with no count, past a relative pronoun, an auxiliary or "a wave of"', () => {
    expect(triples(run('Venezuelans arrived in Brazil last year.', 'en', defs))).toEqual(['VE>BR:people']);
    expect(triples(run('A wave of Venezuelans arriving in Brazil has strained its schools.', 'en', defs))).toEqual(['VE>BR:people']);
    expect(triples(run('Os venezuelanos que chegam ao Brasil enfrentam dificuldades.', 'pt', defs))).toEqual(['VE>BR:people']);
    expect(triples(run('Los venezolanos que llegan a Brasil enfrentan dificultades.', 'es', defs))).toEqual(['VE>BR:people']);
    expect(triples(run('Des Syriens fuient vers la Turquie.', 'fr', defs))).toEqual(['SY>TR:people']);
    expect(triples(run('Many Syrians fled to Turkey.', 'en', defs))).toEqual(['SY>TR:people']);
    expect(triples(run('Venezuelans continue to arrive in Brazil.', 'en', defs))).toEqual(['VE>BR:people']);
    expect(triples(run('Muchos venezolanos siguen llegando a Brasil.', 'es', defs))).toEqual(['VE>BR:people']);
  });
  it('not "the Russians" of English, nor a nationality a noun qualifies, nor a verb of entering', () => {
    expect(run('The Russians arrived in Syria.', 'en', defs)).toEqual([]);
    // a Romance definite article without the relative clause of a people's condition is an army
    expect(run('Os russos chegaram à Síria em 2015.', 'pt', defs)).toEqual([]);
    expect(run('Les Syriens sont arrivés en Turquie.', 'fr', defs)).toEqual([]);
    // ... unless the journey is a civilian one
    expect(triples(run('Os venezuelanos chegaram ao Brasil depois de caminhar durante dias.', 'pt', defs))).toEqual(['VE>BR:people']);
    expect(triples(run("Les Syriens sont arrivés en Turquie par un vol d'évacuation.", 'fr', defs))).toEqual(['SY>TR:people']);
    expect(run('Os soldados russos chegaram à Síria.', 'pt', defs).filter((f) => f.category === 'people')).toEqual([]);
    expect(run('Venezuelans entered Brazil.', 'en', defs).filter((f) => f.category === 'people')).toEqual([]);
  });
});

describe('session 23: "the country" a place sends to, a clause after ", and", two subjects and their neighbour', () => {
  const defs = [
    C('CA', ['Canadá', 'Canada']), C('BR', ['Brasil'], ['brasileiros']), C('CN', ['China']), C('AO', ['Angola']), C('ZM', ['Zâmbia', 'Zambia']),
    C('NO', ['Noruega'], ['noruegueses']), C('CL', ['Chile']), C('VE', ['Venezuela'], ['venezuelano']),
  ];
  it('a conjunct after a comma and "e" with a relative of its own is no second destination; "ao país" is not the sender', () => {
    expect(triples(run('Depois vêm o Canadá, que vendeu 900 mil toneladas de trigo a moinhos brasileiros, e a China, cujas vendas de arroz ao país cresceram.', 'pt', defs)).sort()).toEqual(['CA>BR:other', 'CN>BR:other']);
    expect(triples(run('O ministro venezuelano disse que 5 mil cidadãos voltaram do Chile ao país em março.', 'pt', defs))).toEqual(['CL>VE:people']);
    // a list of destinations stays a list
    expect(triples(run('O Canadá enviou trigo para o Brasil e a China.', 'pt', defs)).sort()).toEqual(['CA>BR:other', 'CA>CN:other']);
  });
  it('of two countries joined as the subject, the first supplies "the neighbouring country"', () => {
    expect(triples(run('Angola e a Zâmbia assinaram ontem um acordo que prevê o fornecimento ao país vizinho de 20 mil barris de gasóleo por dia.', 'pt', defs))).toEqual(['AO>ZM:oil']);
  });
});

describe('session 23: a subject past its relative clause, goods past their complement, keeping troops, expected visits', () => {
  const defs = [
    C('PK', ['Pakistan'], ['Pakistani']), C('IN', ['India']), C('QA', ['Qatar']), C('TR', ['Turquia']), C('SY', ['Síria']), C('CZ', ['Prague']),
    C('UA', ['Kiev']), C('RU', ['Russia']), C('MD', ['Moldova']), C('SA', ['Saudi Arabia']), C('FR', ['France']), C('CN', ['Beijing']),
  ];
  it('the place a relative clause right before the verb is about sends, past a war or an adverb inside it', () => {
    expect(triples(run('Pakistan, which borders India, sent troops to Qatar.', 'en', defs))).toEqual(['PK>QA:troops']);
    expect(triples(run('Pakistan, which fought a short war in 1999, also sent troops to Qatar.', 'en', defs))).toEqual(['PK>QA:troops']);
    expect(triples(run('A Turquia, que faz fronteira com a Síria, enviou tropas para o Qatar.', 'pt', defs))).toEqual(['TR>QA:troops']);
  });
  it('a town of the giver\'s country where the goods were made sends nothing', () => {
    const d = [C('PT', ['Portugal']), C('GW', ['Guiné-Bissau']), { key: 'Viana', kind: 'city' as const, country: 'PT', names: ['Viana do Castelo'], demonyms: [] }];
    expect(triples(run('Portugal doou à Guiné-Bissau duas lanchas construídas em Viana do Castelo.', 'pt', d))).toEqual(['PT>GW:vehicles']);
  });
  it('goods before a relative clause, past a complement and a model name', () => {
    expect(triples(run('Ils remplacent les véhicules de combat BMP-1 que Prague a cédés à Kiev.', 'fr', defs))).toEqual(['CZ>UA:vehicles']);
    // a weak Portuguese "a" before another clause's verb group is the destination, not the place that clause names
    expect(triples(run('Os veículos de combate que Praga cedeu a Kiev foram modernizados na Turquia.', 'pt', [...defs.filter((x) => x.key !== 'CZ'), C('CZ', ['Praga'])]))).toEqual(['CZ>UA:vehicles']);
  });
  it('"keeps troops in" is a presence; "is expected in" a visit to come', () => {
    expect(triples(run('Russia keeps about 1,500 troops in Moldova.', 'en', defs))).toEqual(['RU>MD:troops']);
    expect(run('Russia kept its promise to Moldova.', 'en', defs)).toEqual([]);
    const v = run("France's foreign minister is expected in Beijing next week.", 'en', defs);
    expect(triples(v)).toEqual(['FR>CN:visit']);
    expect(v[0]!.status).toBe('planned');
    expect(run('Growth is expected in India next year.', 'en', defs)).toEqual([]);
    // a transfer noun as the subject of a verb of coming goes where it says
    expect(triples(run('Pakistani rice shipments are due in Qatar next week.', 'en', defs))).toEqual(['PK>QA:other']);
  });
});

describe('session 23: buying past a short relative clause, buying goods the lexicon does not know', () => {
  const defs = [C('ZM', ['Zâmbia']), C('AE', ['Emirados Árabes Unidos']), C('SA', ['Arábia Saudita']), C('RS', ['Serbie']), C('RU', ['Russie']), C('IN', ['India']), C('QA', ['Qatar']), C('US', ['United States']), C('JP', ['Japan']), C('CA', ['Canada'])];
  it('a relative clause of one plain verb on the goods leaves the seller after it to the verb of buying, up to the next comma', () => {
    expect(triples(run('A Zâmbia compra o gasóleo que consome aos Emirados Árabes Unidos e à Arábia Saudita, e a carga chega por estrada.', 'pt', defs)).sort()).toEqual(['AE>ZM:oil', 'SA>ZM:oil']);
    expect(triples(run("La Serbie achète le gaz qu'elle consomme à la Russie.", 'fr', defs))).toEqual(['RU>RS:oil']);
  });
  it('goods bought that the lexicon does not know are named; shipments bought are the discourse goods', () => {
    expect(triples(run('Japan buys scallops from Canada.', 'en', defs))).toEqual(['CA>JP:other']);
    expect(run('Japan bought time from Canada.', 'en', defs)).toEqual([]);
    expect(triples(run('India imports LNG from Qatar. It also buys spot cargoes from the United States.', 'en', defs)).sort()).toEqual(['QA>IN:oil', 'US>IN:oil']);
  });
});

describe('session 24: Portuguese buying "a" a country, a purchase noun and a group of a nationality', () => {
  const defs = [
    C('BR', ['Brasil'], ['brasileiro']), C('IL', ['Israel'], ['israelita', 'israelí']), C('IN', ['Índia']), C('RU', ['Rússia']),
    C('AO', ['Angola']), C('ES', ['España']), C('PT', ['Portugal']),
  ];
  it('a country named without an article after a verb of buying is the seller', () => {
    expect(triples(run('O Brasil comprou 36 tanques a Israel.', 'pt', defs))).toEqual(['IL>BR:vehicles']);
    expect(triples(run('Portugal comprou gás a Angola no ano passado.', 'pt', defs))).toEqual(['AO>PT:oil']);
    // ... not the subject of a clause of its own
    expect(triples(run('A Índia comprou petróleo, e a Rússia vendeu armas a Angola.', 'pt', defs))).toEqual(['RU>AO:weapons']);
  });
  it('a purchase noun buys from its "a"/"à", and a group of a nationality sells', () => {
    const f = run('O Governo brasileiro suspendeu a compra de 36 obuses à Rússia.', 'pt', defs);
    expect(triples(f)).toEqual(['RU>BR:weapons']);
    expect(f[0]!.status).toBe('suspended');
    expect(triples(run('O Brasil comprou 36 tanques ao grupo israelita Elbit Systems.', 'pt', defs))).toEqual(['IL>BR:vehicles']);
    expect(triples(run('España compró 36 tanques al grupo israelí Elbit Systems.', 'es', defs))).toEqual(['IL>ES:vehicles']);
    // a sale noun still sends to its "à"
    expect(triples(run('A venda de 36 tanques à Índia pela Rússia foi confirmada.', 'pt', defs))).toEqual(['RU>IN:vehicles']);
  });
});

describe('session 24: an official named by office alone travels from the dateline\'s country', () => {
  const defs = [
    C('AO', ['Angola']), C('IN', ['Índia']), CITY('Luanda', 'AO', true), CITY('Nova Deli', 'IN', true), C('GB', ['Britain']), CITY('LONDON', 'GB', true),
    CITY('Beijing', 'CN', true), C('CN', ['China']), C('UA', ['Ukraine']), CITY('KYIV', 'UA', true), C('FR', ['France']), CITY('Paris', 'FR', true), CITY('Alger', 'DZ', true),
  ];
  it('a minister with a portfolio, after the dateline', () => {
    const text = 'Luanda, 22 set 2025 (Lusa) - O ministro dos Recursos Minerais, Petróleo e Gás viaja na próxima semana a Nova Deli. Angola é o segundo produtor africano.';
    expect(triples(run(text, 'pt', defs))).toEqual(['AO>Nova Deli@IN:visit']);
    expect(triples(run('LONDON (Reuters) - The foreign minister will travel to Beijing next week, Britain said.', 'en', defs))).toEqual(['GB>Beijing@CN:visit']);
    expect(triples(run("Paris, 5 déc (AFP) - La ministre de l'Agriculture se rendra à Alger, a indiqué la France.", 'fr', defs))).toEqual(['FR>Alger@DZ:visit']);
  });
  it('no dateline, a dateline in the country visited, or an official of a nationality: nothing new', () => {
    expect(run('O ministro dos Recursos Minerais viaja na próxima semana a Nova Deli. Angola é o segundo produtor africano.', 'pt', defs)).toEqual([]);
    expect(run('KYIV (Reuters) - The secretary of state arrived in KYIV on Tuesday, Ukraine said.', 'en', defs)).toEqual([]);
    // a company is no official
    expect(run('LONDON (Reuters) - The company will send a team to Beijing, Britain said.', 'en', defs).filter((f) => f.category === 'visit')).toEqual([]);
  });
});

describe('session 24: a relative adverb of direction or origin after places', () => {
  const defs = [
    C('BR', ['Brasil']), C('OM', ['Omã']), C('ES', ['España']), C('JP', ['Japón']), C('PH', ['Filipinas']), C('KR', ['Corea del Sur']),
    CITY('Niamey', 'NE', true), CITY('Bamako', 'ML', true), CITY('Goma', 'CD'), CITY('Kigali', 'RW', true), CITY('Luanda', 'AO', true),
  ];
  it('"para onde", "adonde": the places before it receive', () => {
    expect(triples(run('A Vale tem um centro em Omã, para onde o Brasil enviou 9 milhões de toneladas.', 'pt', defs))).toEqual(['BR>OM:other']);
    expect(triples(run('El hueco lo han cubierto Japón, Filipinas y Corea del Sur, adonde España envió más de 600.000 toneladas.', 'es', defs)).sort()).toEqual(['ES>JP:other', 'ES>KR:other', 'ES>PH:other']);
  });
  it('"d\'où", "de onde": the place before it is the start', () => {
    expect(triples(run("Les migrants sont conduits jusqu'à Niamey, d'où partent les vols vers Bamako.", 'fr', defs))).toContain('Niamey@NE>Bamako@ML:people');
    expect(triples(run('Os refugiados chegaram a Goma, de onde seguiram para Kigali.', 'pt', defs))).toContain('Goma@CD>Kigali@RW:people');
  });
  it('a bare "onde" names where something is: no direction from it', () => {
    expect(run('O Brasil tem uma embaixada em Luanda, onde foram embarcadas as caixas.', 'pt', defs)).toEqual([]);
  });
});

describe('session 24: further down a ranking of buyers', () => {
  const defs = [
    C('BR', ['Brazil', 'Brasil'], ['brasileiras']), C('CN', ['China', 'Chine']), C('MY', ['Malásia', 'Malaysia']), C('OM', ['Omã', 'Oman']), C('ES', ['España', 'Espagne']),
    C('JP', ['Japón']), C('KR', ['Corea del Sur']), C('FR', ['France']), C('IT', ['Italie']), C('MZ', ['Moçambique']), C('AO', ['Angola']),
  ];
  it('"Em seguida vieram", "Le siguieron", "Viennent ensuite", "Next came": the places listed buy what the latest buyer did', () => {
    expect(triples(run('A China recebeu 131 milhões de toneladas de minério do Brasil. Em seguida vieram a Malásia, com 14,6 milhões, e Omã.', 'pt', defs)).sort()).toEqual(['BR>CN:other', 'BR>MY:other', 'BR>OM:other']);
    expect(triples(run('China compró a España 560.000 toneladas de cerdo. Le siguieron Japón, con 200.000, y Corea del Sur.', 'es', defs)).sort()).toEqual(['ES>CN:other', 'ES>JP:other', 'ES>KR:other']);
    expect(triples(run("L'Italie a acheté 780 000 bovins à la France. Viennent ensuite l'Espagne et la Chine.", 'fr', defs)).sort()).toEqual(['FR>CN:other', 'FR>ES:other', 'FR>IT:other']);
    expect(triples(run('China bought 131 million tonnes of ore from Brazil. Next came Malaysia, with 14.6 million, and Oman.', 'en', defs)).sort()).toEqual(['BR>CN:other', 'BR>MY:other', 'BR>OM:other']);
  });
  it('not a place of something else that came next', () => {
    expect(triples(run('O Brasil vendeu 131 milhões de toneladas à China. Depois vieram as chuvas em Moçambique.', 'pt', defs))).toEqual(['BR>CN:other']);
    expect(triples(run('O Brasil vendeu 131 milhões de toneladas à China. Em seguida vieram os ministros de Angola.', 'pt', defs))).toEqual(['BR>CN:other']);
  });
});

describe('session 24: "took" a counted load, and buyers the subject places somewhere', () => {
  const defs = [C('BR', ['Brazil', 'Brasil']), C('CN', ['China']), C('CA', ['Canada']), C('KR', ['South Korea']), C('ML', ['Mali'])];
  it('English "took" counted tonnes or cargoes buys them, from the discourse\'s seller', () => {
    expect(triples(run('Brazil exported 198 million tonnes of ore. China took 131 million tonnes.', 'en', defs))).toEqual(['BR>CN:other']);
    expect(run('The trip to China took 131 hours.', 'en', defs)).toEqual([]);
    expect(run('Rebels took four towns in Mali.', 'en', defs)).toEqual([]);
  });
  it('"Refiners in South Korea", "Os importadores na China": the place of the buyers receives', () => {
    expect(triples(run('Canada shipped 1.9 million barrels of crude to China in July. Refiners in South Korea took four cargoes totalling 1.1 million barrels.', 'en', defs)).sort()).toEqual(['CA>CN:oil', 'CA>KR:oil']);
    expect(triples(run('O Brasil exportou soja. Os importadores na China compraram 3 milhões de toneladas.', 'pt', defs))).toEqual(['BR>CN:other']);
  });
});

describe('session 24: a place after a comma locating a named site', () => {
  const defs = [C('EE', ['Estonia'], ['Estonian']), REGION('Oklahoma', 'US'), C('PL', ['Poland']), REGION('North Carolina', 'US')];
  it('"training at Fort Sill, Oklahoma" trains there; "from Fort Bragg, North Carolina" leaves from there', () => {
    expect(triples(run('Some 40 Estonian soldiers spent four months training at Fort Sill, Oklahoma.', 'en', defs))).toEqual(['Oklahoma@US>EE:training']);
    expect(triples(run('The troops were flown from Fort Bragg, North Carolina, to Poland.', 'en', defs))).toEqual(['North Carolina@US>PL:troops']);
  });
});

describe('session 24: future forms listed as finite ones', () => {
  const defs = [C('FR', ['France'], ['français']), CITY('Alger', 'DZ', true), C('ES', ['España']), C('MX', ['México'])];
  it('"se rendra", "remettra", "se repartirán" are planned', () => {
    const f = run('Le ministre français se rendra à Alger en janvier.', 'fr', defs);
    expect(triples(f)).toEqual(['FR>Alger@DZ:visit']);
    expect(f[0]!.status).toBe('planned');
    expect(run('La France remettra 20 blindés à Alger.', 'fr', defs)[0]?.status).toBe('planned');
  });
});

describe('session 24: the dateline is no end of its sentence\'s flows; a coast guard acts for its state', () => {
  const defs = [CITY('Santo Domingo', 'DO', true), C('US', ['Estados Unidos']), C('DO', ['República Dominicana'], ['dominicanos'])];
  it('"Santo Domingo, 6 jul (EFE).- La Guardia Costera de Estados Unidos repatrió a la República Dominicana…"', () => {
    const text = 'Santo Domingo, 6 jul (EFE).- La Guardia Costera de Estados Unidos repatrió este fin de semana a la República Dominicana a 86 migrantes dominicanos.';
    expect(triples(run(text, 'es', defs))).toEqual(['US>DO:people']);
  });
});

describe('session 24: an official body of a nationality, helped', () => {
  const defs = [C('JP', ['Japão']), C('TL', ['Timor-Leste'], ['timorense']), C('FR', ['France']), C('CI', ["Côte d'Ivoire"], ['ivoiriennes']), C('ES', ['Espagne']), C('MR', ['Mauritanie'], ['mauritanien'])];
  it('the object of a verb of helping', () => {
    expect(triples(run('O Japão financiou a marinha timorense.', 'pt', defs))).toEqual(['JP>TL:money']);
    expect(triples(run("La France a annoncé 3 millions d'euros pour aider les autorités ivoiriennes.", 'fr', defs))).toEqual(['FR>CI:aid']);
  });
  it('not one in the closing attribution', () => {
    expect(run("L'Espagne finance le forage de 14 puits, a indiqué le gouvernement mauritanien.", 'fr', defs)).toEqual([]);
  });
});

describe('session 24: a volume of goods the lexicon knows', () => {
  const defs = [C('MZ', ['Moçambique', 'Mozambique']), C('CN', ['China']), C('NO', ['Norway']), C('DE', ['Germany'])];
  it('"metros cúbicos de madeira" is timber, counted in the volume; gas stays oil', () => {
    const f = run('Moçambique exportou 1,2 milhões de metros cúbicos de madeira para a China.', 'pt', defs);
    expect(triples(f)).toEqual(['MZ>CN:other']);
    expect(f[0]!.quantity).toBe(1200000);
    expect(triples(run('Mozambique exported 1.2 million cubic metres of timber to China.', 'en', defs))).toEqual(['MZ>CN:other']);
    expect(triples(run('Norway exported 7 billion cubic metres of gas to Germany.', 'en', defs))).toEqual(['NO>DE:oil']);
  });
});

describe('session 24: the places of a relative clause on the subject are none of the verb\'s', () => {
  const defs = [C('ES', ['España']), C('CN', ['China']), C('EU', ['Unión Europea']), C('BR', ['Brasil'])];
  it('"China, que abrió una investigación contra la carne de la Unión Europea, compró…" buys from no one named there', () => {
    const text = 'China, que en septiembre abrió una investigación antidumping contra la carne de cerdo de la Unión Europea, compró 560.000 toneladas de soja de Brasil.';
    expect(triples(run(text, 'es', defs))).toEqual(['BR>CN:other']);
    expect(run('China, que en septiembre abrió una investigación contra la carne de cerdo de la Unión Europea, compró 560.000 toneladas.', 'es', defs)).toEqual([]);
  });
});

describe('session 24: past a purpose infinitive, places are what the goods are for', () => {
  const defs = [C('ES', ['España']), C('HN', ['Honduras']), CITY('San Pedro Sula', 'HN')];
  it('"concederá a Honduras un crédito para ampliar la red de agua de San Pedro Sula" is Spain\'s', () => {
    const text = 'España concederá a Honduras un crédito de 40 millones de euros para ampliar la red de agua potable de San Pedro Sula.';
    const f = run(text, 'es', defs);
    expect(triples(f)).toEqual(['ES>HN:money']);
    expect(f[0]!.status).toBe('planned');
  });
  it('"afin de", which the tokenizer keeps as two words, leads to a purpose too', () => {
    const fr = [C('FR', ['France']), C('SN', ['Sénégal']), CITY('Thiès', 'SN')];
    const f = run("La France accordera au Sénégal un crédit de 40 millions d'euros afin de moderniser le réseau d'eau potable de Thiès.", 'fr', fr);
    expect(f.map((x) => `${x.f}>${x.t}`)).toEqual(['FR>SN']);
  });
});

describe('session 24: a passive after a relative adverb of direction; a country\'s nickname over a continent\'s nationality', () => {
  const defs = [C('ES', ['España']), C('JP', ['Japón']), C('KR', ['Corea del Sur']), C('CN', ['China']), { key: 'Asia', kind: 'region' as const, names: ['Asia'], demonyms: ['asiático'] }];
  it('"Japón y Corea del Sur, adonde se enviaron más de 600.000 toneladas" after an export', () => {
    expect(triples(run('España exportó carne. Japón y Corea del Sur, adonde se enviaron más de 600.000 toneladas.', 'es', defs)).sort()).toEqual(['ES>JP:other', 'ES>KR:other']);
  });
  it('"el gigante asiático" is China, not Asia, when the text names China', () => {
    expect(triples(run('España exportó carne, aunque las ventas a China cayeron. El gigante asiático compró 560.000 toneladas.', 'es', defs))).toEqual(['ES>CN:other']);
  });
});

describe('session 24: a loan in a giving verb\'s object, with no amount, is money', () => {
  const defs = [C('BR', ['Brasil']), C('AO', ['Angola']), C('CN', ['China', 'Chine']), C('HN', ['Honduras']), C('NO', ['Norway']), C('TR', ['Turkey'])];
  it('"concedeu um empréstimo a Angola", "granted loans to Honduras", "a accordé des prêts au Honduras"', () => {
    expect(triples(run('O Brasil concedeu um empréstimo a Angola.', 'pt', defs))).toEqual(['BR>AO:money']);
    expect(triples(run('China has granted loans to Honduras.', 'en', defs))).toEqual(['CN>HN:money']);
    expect(triples(run('China ha concedido préstamos a Honduras.', 'es', defs))).toEqual(['CN>HN:money']);
    expect(triples(run('La Chine a accordé des prêts au Honduras.', 'fr', defs))).toEqual(['CN>HN:money']);
    // a package in a verb's object is still the goods' container
    expect(triples(run('Norway received a new batch of drones from Turkey.', 'en', defs))).toEqual(['TR>NO:weapons']);
  });
});

describe('session 24 (review): officials by office alone in French and Spanish datelines; a singular "next came"', () => {
  const defs = [
    CITY('Dakar', 'SN', true), C('SN', ['Sénégal'], ['sénégalais']), CITY('Paris', 'FR', true), CITY('Bogotá', 'CO', true), C('CO', ['Colombia']),
    CITY('Caracas', 'VE', true), C('VE', ['Venezuela'], ['venezolanas', 'venezolano']), C('IR', ['Irão']), C('CN', ['China']), C('IN', ['Índia']),
  ];
  it('a title with its portfolio ("Le ministre des Affaires étrangères"), and the nationality of whom the visitor meets', () => {
    const fr = run('Dakar, 14 mai 2025 (AFP) - Le ministre des Affaires étrangères se rendra à Paris la semaine prochaine, a annoncé le gouvernement sénégalais.', 'fr', defs);
    expect(triples(fr)).toEqual(['SN>Paris@FR:visit']);
    expect(fr[0]!.status).toBe('planned');
    expect(triples(run('Bogotá, 5 jun 2025 (EFE) - La canciller viajará a Caracas el lunes para reunirse con autoridades venezolanas, informó el Gobierno de Colombia.', 'es', defs))).toEqual(['CO>Caracas@VE:visit']);
    // an inverted subject of a nationality is the traveller
    expect(triples(run('Bogotá, 5 jun (EFE) - Llegó a Bogotá el canciller venezolano, informó el Gobierno de Colombia.', 'es', defs))).toEqual(['VE>Bogotá@CO:visit']);
  });
  it('"Em seguida veio a Índia"', () => {
    expect(triples(run('A China comprou 40% do petróleo exportado pelo Irão. Em seguida veio a Índia.', 'pt', defs)).sort()).toEqual(['IR>CN:oil', 'IR>IN:oil']);
  });
});

describe('session 24 (review): a purchase noun\'s buyer after "by", past its seller', () => {
  const defs = [C('SE', ['Suécia', 'Sweden', 'Suecia']), C('BR', ['Brasil', 'Brazil']), C('UA', ['Ucrânia'], ['ucranianas']), C('DK', ['Dinamarca'])];
  it('"A compra de 40 caças à Suécia pelo Brasil", "the purchase of 40 jets from Sweden by Brazil"', () => {
    expect(triples(run('A compra de 40 caças à Suécia pelo Brasil foi aprovada pelo Senado.', 'pt', defs))).toEqual(['SE>BR:vehicles']);
    expect(triples(run('The purchase of 40 jets from Sweden by Brazil was approved.', 'en', defs))).toEqual(['SE>BR:vehicles']);
    expect(triples(run('La compra de 40 cazas a Suecia por Brasil fue aprobada.', 'es', defs))).toEqual(['SE>BR:vehicles']);
  });
  it('not the maker of the goods after "by"', () => {
    expect(run('A Dinamarca vai financiar a compra de obuses produzidos diretamente por empresas ucranianas.', 'pt', defs).filter((f) => f.category === 'weapons')).toEqual([]);
  });
});

describe('session 24 (review): relative clauses with verbs of their own on the subject', () => {
  const defs = [
    C('EG', ['Egito']), C('US', ['Estados Unidos', 'United States']), C('FR', ['França']), C('IN', ['Índia', 'India']), C('RU', ['Rússia', 'Russia']),
    C('HU', ['Hungary']), C('EU', ['EU']), C('UA', ['Ukraine']), C('CN', ['China']), C('JP', ['Japão']), C('BR', ['Brasil']),
  ];
  it('"que recebe ajuda dos Estados Unidos": the goods after the verb, not a second verb; the main verb keeps its own seller', () => {
    expect(triples(run('O Egito, que recebe ajuda dos Estados Unidos, comprou caças à França.', 'pt', defs)).sort()).toEqual(['FR>EG:vehicles', 'US>EG:aid']);
  });
  it('a relative clause ends before a main verb that opens with its auxiliary', () => {
    expect(triples(run('A Índia, que comprou petróleo à Rússia, foi criticada pelos Estados Unidos.', 'pt', defs))).toEqual(['RU>IN:oil']);
    expect(triples(run('India, which bought oil from Russia, was criticised by the United States.', 'en', defs))).toEqual(['RU>IN:oil']);
  });
  it('the relative clause\'s blocking or accusing is not the main verb\'s status', () => {
    const f = run('Hungary, which blocked EU aid to Ukraine, bought gas from Russia.', 'en', defs);
    expect(f.find((x) => x.f === 'RU')?.status).toBe('stated');
    expect(run('A China, que acusou o Japão de provocação, comprou minério de ferro ao Brasil.', 'pt', defs)[0]?.status).toBe('stated');
  });
});

describe('session 24 (review): a transfer noun\'s goods shared out by a passive', () => {
  const defs = [C('JP', ['Japan', 'Japão']), C('PH', ['Philippines', 'Filipinas']), C('ID', ['Indonesia', 'Indonésia']), C('TR', ['Turkey'])];
  it('"Japan\'s aid will be split between the Philippines and Indonesia"', () => {
    expect(triples(run("Japan's aid will be split between the Philippines and Indonesia.", 'en', defs)).sort()).toEqual(['JP>ID:aid', 'JP>PH:aid']);
    expect(triples(run('A ajuda do Japão será dividida entre as Filipinas e a Indonésia.', 'pt', defs)).sort()).toEqual(['JP>ID:aid', 'JP>PH:aid']);
    expect(run('The rest was split between Japan and Turkey.', 'en', defs)).toEqual([]);
  });
});

describe('session 25: goods the lexicon names, and where known goods were made', () => {
  const defs = [C('CN', ['China']), CITY('Kolwezi', 'CD'), C('TR', ['Turquia', 'Turquie']), C('US', ['United States']), C('SA', ['Saudi Arabia']), C('AU', ['Australia']), C('ES', ['España'])];
  it('known goods made or extracted in a place before a passive sending come from there', () => {
    expect(triples(run('Some 300 tonnes of cobalt mined in Kolwezi were shipped to China last month.', 'en', defs))).toEqual(['Kolwezi@CD>CN:other']);
    expect(triples(run('Cerca de 300 toneladas de cobalto extraídas em Kolwezi foram enviadas para a China.', 'pt', defs))).toEqual(['Kolwezi@CD>CN:other']);
    expect(triples(run('Quelque 200 tonnes de cobalt extraites à Kolwezi auraient été acheminées vers la Chine.', 'fr', [...defs, C('CN', ['Chine'])]))).toEqual(['Kolwezi@CD>CN:other']);
    expect(triples(run('Quelque 200 tonnes de cobalt extraites chaque mois à Kolwezi, dans le Haut-Katanga, auraient été acheminées vers la Chine.', 'fr', [...defs, C('CN', ['Chine']), REGION('Haut-Katanga', 'CD')]))).toEqual(['Kolwezi@CD>CN:other']);
    expect(triples(run('Quelque 200 tonnes de cobalt extraites chaque mois dans le Haut-Katanga auraient été acheminées vers la Chine.', 'fr', [...defs, C('CN', ['Chine']), REGION('Haut-Katanga', 'CD')]))).toEqual(['Haut-Katanga@CD>CN:other']);
    // (not when the place is in the destination's own country)
    expect(run('Some 300 tonnes of cobalt stored in Kolwezi were shipped to Kolwezi.', 'en', defs).filter((f) => f.t === 'CN')).toEqual([]);
  });
  it('a volume of known goods past an adjective keeps their category', () => {
    expect(triples(run('China bought 2 million cubic metres of round logs from Australia.', 'en', defs))).toEqual(['AU>CN:other']);
    expect(triples(run('China bought 2 billion cubic metres of liquefied gas from Australia.', 'en', defs))).toEqual(['AU>CN:oil']);
  });
  it('farm produce, livestock and fuel gases are goods, with their counts', () => {
    const eggs = run('The United States imported more than 420 million eggs from Turkey.', 'en', [C('US', ['United States']), C('TR', ['Turkey'])]);
    expect(triples(eggs)).toEqual(['TR>US:other']);
    expect(eggs[0]!.quantity).toBe(420_000_000);
    const sheep = run('Saudi Arabia imported 1.3 million sheep from Australia.', 'en', defs);
    expect(sheep[0]!.quantity).toBe(1_300_000);
    expect(triples(run('A China vendeu 40 mil toneladas de gás de cozinha à Turquia.', 'pt', defs))).toEqual(['CN>TR:oil']);
    expect(triples(run('China exportó 20.000 toneladas de propano a España.', 'es', defs))).toEqual(['CN>ES:oil']);
  });
});

describe('session 25: buyer phrases of every rank and noun, in the four languages', () => {
  const defs = [C('FR', ['France'], ['françaises', 'français']), C('IT', ['Italie', 'Italy', 'Italia']), C('BR', ['Brasil'], ['brasileiras']), C('CN', ['China', 'Chine']), C('CA', ['Canada']), C('JP', ['Japan', 'Japão']), C('ES', ['España']), C('MA', ['Marruecos'])];
  it('an outlet, a purchaser or a third-largest buyer after an export names a buyer of it', () => {
    expect(triples(run("Les exportations françaises de fromage ont reculé de 4 %. L'Italie reste le premier débouché.", 'fr', defs))).toEqual(['FR>IT:other']);
    expect(triples(run('Canada shipped 2 million tonnes of canola last year. Japan was its third-biggest purchaser.', 'en', defs))).toEqual(['CA>JP:other']);
    expect(triples(run('As exportações brasileiras de café cresceram 8%. O Japão foi o terceiro maior cliente.', 'pt', defs))).toEqual(['BR>JP:other']);
    expect(triples(run('España exportó 40.000 toneladas de aceitunas. Marruecos fue el tercer mayor importador.', 'es', defs))).toEqual(['ES>MA:other']);
  });
  it('a buyer phrase on a destination the sentence already reached keeps that flow\'s status', () => {
    const f = run("La France a exporté 9 000 tonnes de blé. Les expéditions vers l'Italie, premier débouché européen, ont été suspendues.", 'fr', defs);
    expect(f.filter((x) => x.t === 'IT').map((x) => x.status)).toEqual(['suspended']);
  });
});

describe('session 25: source phrases of every rank', () => {
  const defs = [C('NP', ['Nepal']), C('QA', ['Qatar']), C('MA', ['Maroc']), C('FR', ['France']), C('PT', ['Portugal']), C('AO', ['Angola']), C('US', ['Estados Unidos'])];
  it('a second-largest source or a "deuxième provenance" of what was just received sends it', () => {
    expect(triples(run('Nepal received $11 billion in remittances last year. Qatar was the second-largest source, with $2 billion.', 'en', defs))).toEqual(['QA>NP:money']);
    expect(triples(run("Le Maroc a reçu 11 milliards d'euros de transferts de sa diaspora. La France reste la première provenance de ces fonds.", 'fr', defs))).toEqual(['FR>MA:money']);
    expect(triples(run('Angola recebeu 300 milhões de dólares em remessas. Portugal foi a segunda maior fonte desse dinheiro.', 'pt', defs))).toEqual(['PT>AO:money']);
  });
});

describe('session 25: a share with a comparative or of a pronoun is a share of the goods just exported', () => {
  const defs = [C('BR', ['Brasil']), C('IR', ['Irã']), C('CA', ['Canada']), C('JP', ['Japan']), C('FR', ['France']), C('DZ', ['Algérie']), C('PE', ['Perú']), C('US', ['Estados Unidos'])];
  it('"a maior parte", "la mayor parte", "la plus grande partie", "most of it" sent on', () => {
    expect(triples(run('O Brasil exportou 2 milhões de toneladas de milho em março. A maior parte foi vendida ao Irã.', 'pt', defs))).toEqual(['BR>IR:other']);
    expect(triples(run('O Brasil exportou 2 milhões de toneladas de milho. A maior parte delas foi vendida ao Irã.', 'pt', defs))).toEqual(['BR>IR:other']);
    expect(triples(run('Canada exported 2 million tonnes of wheat last year. Most of it was sold to Japan.', 'en', defs))).toEqual(['CA>JP:other']);
    expect(triples(run("La France a exporté 9 000 tonnes de blé. La plus grande partie a été vendue à l'Algérie.", 'fr', defs))).toEqual(['FR>DZ:other']);
    expect(triples(run("La France a exporté 9 000 tonnes de blé. La plupart d'entre elles ont été vendues à l'Algérie.", 'fr', defs))).toEqual(['FR>DZ:other']);
    expect(triples(run('Perú exportó 30.000 toneladas de uvas. La mayoría de ellas se vendió a Estados Unidos.', 'es', defs))).toEqual(['PE>US:other']);
  });
});

describe('session 25: verbs of paying out', () => {
  const defs = [C('FR', ['France']), C('NE', ['Niger']), C('ES', ['España']), C('HN', ['Honduras']), C('SA', ['Saudi Arabia']), C('PH', ['Philippines'])];
  it('"alloué", "décaissé", "remitted" send money', () => {
    expect(triples(run("La France a alloué 15 millions d'euros au Niger.", 'fr', defs))).toEqual(['FR>NE:money']);
    expect(triples(run("La France a décaissé 15 millions d'euros pour le Niger.", 'fr', defs))).toEqual(['FR>NE:money']);
    expect(triples(run('Workers remitted $3 billion from Saudi Arabia to the Philippines.', 'en', defs))).toEqual(['SA>PH:money']);
  });
});

describe('session 25: shares of exported goods that leave or go, and verb forms that are nouns', () => {
  const defs = [C('CI', ["Côte d'Ivoire"]), C('MY', ['Malaisie']), C('CN', ['Chine']), C('IN', ['Inde']), C('PE', ['Perú']), C('US', ['Estados Unidos']), C('CA', ['Canada']), C('JP', ['Japan'])];
  it('a finite form right after a preposition is a noun ("sous forme brute"), and "en balles" are bales', () => {
    expect(triples(run("La Côte d'Ivoire a exporté 1,4 million de tonnes de caoutchouc, dont près de la moitié sous forme brute vers la Malaisie.", 'fr', defs))).toEqual(['CI>MY:other']);
    expect(triples(run("La Côte d'Ivoire a exporté 90 000 tonnes de coton en balles vers la Chine.", 'fr', defs))).toEqual(['CI>CN:other']);
  });
  it('the rest or a share leaving or going to a place is the exporter\'s goods, past an aside', () => {
    expect(triples(run("La Côte d'Ivoire a exporté 1,4 million de tonnes de caoutchouc. Le reste, conditionné localement, est parti vers la Chine et l'Inde.", 'fr', defs)).sort()).toEqual(['CI>CN:other', 'CI>IN:other']);
    expect(triples(run('Perú exportó 30.000 toneladas de uvas. La mitad salió hacia Estados Unidos.', 'es', defs))).toEqual(['PE>US:other']);
    expect(triples(run('Canada exported 2 million tonnes of wheat. The rest went to Japan.', 'en', defs))).toEqual(['CA>JP:other']);
    // (people who leave are still travellers)
    expect(triples(run('Canada sent 200 soldiers to Japan. The rest went to Japan on Friday.', 'en', defs))).toEqual(['CA>JP:troops']);
  });
});

describe('session 25: a site located by its region, and ships counting exported fuel', () => {
  const defs = [C('GQ', ['Guinea Ecuatorial']), { key: 'Punta Europa@GQ', kind: 'other' as const, country: 'GQ', names: ['Punta Europa'] }, REGION('Bioko', 'GQ'), C('CN', ['China']), C('IN', ['India']),
    C('MZ', ['Moçambique']), CITY('Nacala', 'MZ'), REGION('Nampula', 'MZ')];
  it('a region after a comma locates the site or the port before it, also after "pelo"', () => {
    expect(triples(run('Guinea Ecuatorial exportó 41 cargamentos de gas desde la planta de Punta Europa, en la isla de Bioko.', 'es', defs))).toEqual([]);
    expect(triples(run('Moçambique exportou 40 mil toneladas de carvão pelo porto de Nacala, na província de Nampula.', 'pt', defs))).toEqual([]);
    expect(triples(run('Guinea Ecuatorial exportó gas desde la planta de Punta Europa, en la isla de Bioko, a China.', 'es', defs))).toEqual(['Punta Europa@GQ>CN:oil']);
  });
  it('ships counted after a buyer of exported gas carry the gas', () => {
    expect(triples(run('Guinea Ecuatorial exportó 41 cargamentos de gas natural licuado. China se mantuvo como primer destino, con 15 buques, seguida de la India.', 'es', defs)).sort()).toEqual(['GQ>CN:oil', 'GQ>IN:oil']);
  });
});

describe('session 25: foreigners sent home from where they were held', () => {
  const defs = [C('ZA', [], ['sul-africanas']), C('MZ', [], ['moçambicanos']), REGION('Gauteng', 'ZA', ['província de Gauteng']), C('MY', ['Malaysia']), C('MM', ['Myanmar']), REGION('Sabah', 'MY')];
  it('a place people were detained in is no destination of their repatriation', () => {
    expect(triples(run('As autoridades sul-africanas repatriaram 9 300 moçambicanos, a maioria detidos na província de Gauteng.', 'pt', defs))).toEqual(['ZA>MZ:people']);
    expect(triples(run('Malaysia deported 300 Myanmar nationals detained in Sabah.', 'en', defs))).toEqual(['MY>MM:people']);
  });
});

describe('session 25: status words the lexicon lacked', () => {
  const defs = [C('PT', ['Portugal']), C('AO', ['Angola']), C('FR', ['France']), C('ML', ['Mali']), C('US', ['United States']), C('EG', ['Egypt'])];
  it('"tenciona", "planeia" and French "entend" plan; "apparently" and "apparemment" report; "cancelled" suspends', () => {
    expect(run('Portugal tenciona enviar 40 militares para Angola.', 'pt', defs).map((f) => f.status)).toEqual(['planned']);
    expect(run('Portugal planeia enviar 40 militares para Angola.', 'pt', defs).map((f) => f.status)).toEqual(['planned']);
    expect(run('La France entend livrer 12 blindés au Mali.', 'fr', defs).map((f) => f.status)).toEqual(['planned']);
    expect(run('The United States apparently sent 40 tanks to Egypt.', 'en', defs).map((f) => f.status)).toEqual(['reported']);
    expect(run('La France a apparemment livré 12 blindés au Mali.', 'fr', defs).map((f) => f.status)).toEqual(['reported']);
    expect(run('The United States cancelled the delivery of 40 tanks to Egypt.', 'en', defs).map((f) => f.status)).toEqual(['suspended']);
  });
});

describe('session 25: particular arms complete a transfer of arms in general; a singular relative on the last of coordinated places', () => {
  const defs = [C('MM', ['Myanmar']), C('RU', [], ['Russian']), C('CN', [], ['Chinese']), C('ES', [], ['españolas']), C('DE', ['Alemania']), C('FR', ['Francia']), C('SA', ['Arabia Saudí'])];
  it('jets and shells supplied after an import of weapons go to the importer', () => {
    expect(triples(run("Myanmar's junta has imported $1 billion worth of weapons since 2021. Russian entities supplied fighter jets, while Chinese suppliers sent artillery shells.", 'en', defs)).sort()).toEqual(['CN>MM:munitions', 'RU>MM:vehicles']);
    // (not other goods: food supplied after weapons imported)
    expect(triples(run("Myanmar's junta has imported $1 billion worth of weapons since 2021. Russian entities supplied wheat.", 'en', defs))).toEqual([]);
  });
  it('"a Itália e a Grécia, que enviou 200 militares": only Greece sent them; English by a singular auxiliary', () => {
    const d2 = [C('IT', ['Itália', 'Italy']), C('GR', ['Grécia', 'Greece']), C('XK', ['Kosovo']), C('UA', ['Ukraine'])];
    expect(triples(run('Participaram na reunião a Itália e a Grécia, que enviou 200 militares para o Kosovo.', 'pt', d2))).toEqual(['GR>XK:troops']);
    expect(triples(run('Officials from Italy and Greece, which has pledged 19 F-16 jets to Ukraine, met in Rome.', 'en', d2))).toEqual(['GR>UA:vehicles']);
  });
  it('"Francia y Arabia Saudí, que compró munición": only Saudi Arabia bought it', () => {
    const f = triples(run('Las exportaciones españolas de material de defensa crecieron. El principal destino fue Alemania, seguida de Francia y Arabia Saudí, que compró munición y patrulleras.', 'es', defs));
    expect(f.filter((x) => x.startsWith('ES>FR')).sort()).toEqual(['ES>FR:weapons']);
    expect(f.filter((x) => x.startsWith('ES>SA')).sort()).toEqual(['ES>SA:munitions', 'ES>SA:vehicles', 'ES>SA:weapons']);
  });
});

describe('session 25: a later leg of a trip is no partner of goods', () => {
  const defs = [C('BJ', [], ['béninois']), CITY('Yokohama', 'JP'), CITY('Séoul', 'KR', true), CITY('Tokyo', 'JP', true), C('JP', ['Japon']), C('BJ', ['Bénin'], ['béninois'])];
  it('goods the host of a stop gives go to the traveller\'s country, not to the next stop', () => {
    const f = triples(run("Le président béninois est arrivé à Yokohama, première étape d'une tournée qui doit le mener ensuite à Séoul. Le Bénin a signé un accord avec le Japon. Tokyo s'est aussi engagé à livrer 12 000 tonnes de riz au titre de l'aide alimentaire.", 'fr', defs));
    expect(f.filter((x) => x.endsWith(':aid'))).toEqual(['JP>BJ:aid']);
  });
});

describe('session 25 review mends: people held at a site, military trainers, cancelled sales', () => {
  const defs = [C('MY', ['Malaysia']), C('MM', [], ['Myanmar']), REGION('Sabah', 'MY'), C('TH', ['Thailand']), C('KH', [], ['Cambodian']), CITY('Bangkok', 'TH', true),
    C('CL', ['Chile']), CITY('Iquique', 'CL'), C('GB', ['UK']), C('EE', ['Estonia']), C('BR', [], ['brasileiros', 'brasileños']), C('PY', ['Paraguai', 'Paraguay'])];
  it('people held at a site in a place leave from there (never go there)', () => {
    expect(triples(run('Malaysia deported 120 Myanmar nationals held at immigration depots in Sabah.', 'en', defs))).toEqual(['MY>MM:people']);
    expect(triples(run('Thailand deported 50 Cambodian nationals held at a detention centre in Bangkok.', 'en', defs))).toEqual(['TH>KH:people']);
    expect(run('Chile expulsó a 50 extranjeros detenidos en Iquique.', 'es', defs)).toEqual([]);
  });
  it('military trainers sent give training (session 27: as the annotated sets have it); a sale "cancelada" is suspended', () => {
    expect(triples(run('The UK plans to send 150 military trainers to Estonia.', 'en', defs))).toEqual(['GB>EE:training']);
    expect(run('A venda de 12 aviões brasileiros ao Paraguai foi cancelada.', 'pt', defs).map((f) => f.status)).toEqual(['suspended']);
    expect(run('La venta de 12 aviones brasileños a Paraguay fue cancelada.', 'es', defs).map((f) => f.status)).toEqual(['suspended']);
  });
});

describe('session 25 review mends: a coordinated sending verb with no goods of its own', () => {
  const defs = [C('FR', [], ['French']), C('ML', ['Mali']), C('NE', ['Niger']), CITY('Kolwezi', 'CD'), CITY('Durban', 'ZA'), C('CN', ['China']), CITY('Kigali', 'RW', true), REGION('Afungi', 'MZ'), C('RW', [], ['ruandesas'])];
  it('sends the first transfer\'s goods on to its own destination', () => {
    expect(triples(run('French troops left Mali and redeployed to Niger.', 'en', defs))).toContain('ML>NE:troops');
    expect(triples(run('Cobalt mined in Kolwezi was trucked to Durban and shipped to China.', 'en', defs)).sort()).toEqual(['Kolwezi@CD>CN:other', 'Kolwezi@CD>Durban@ZA:other']);
    // (not an infinitive that goes with another verb)
    expect(triples(run('As tropas ruandesas vão substituir soldados que regressam a Kigali e reforçar a proteção da península de Afungi.', 'pt', defs)).filter((x) => x.includes('Afungi'))).toEqual([]);
  });
});

describe('session 25 review mends: the rest in a clause of its own; remittances of migrants', () => {
  const defs = [C('NG', ['Nigeria']), C('IN', ['India']), C('ES', ['Spain']), C('NL', ['Netherlands']), C('SN', ['Sénégal']), C('FR', ['France']), C('IT', ['Italie'])];
  it('"while the rest went to Spain" is the exporter\'s, not the previous clause\'s subject\'s', () => {
    const f = triples(run('Nigeria exported 1.4 million barrels of crude a day in May. India took about a fifth of the cargoes, while the rest went to Spain and the Netherlands.', 'en', defs));
    expect(f.filter((x) => x.endsWith('ES:oil') || x.endsWith('NL:oil')).sort()).toEqual(['NG>ES:oil', 'NG>NL:oil']);
  });
  it('the migrants who send remittances are no goods', () => {
    expect(triples(run("Le Sénégal a reçu 2,7 milliards de dollars de transferts de fonds des migrants. La France en était la première source, devant l'Italie.", 'fr', defs)).sort()).toEqual(['FR>SN:money', 'IT>SN:money']);
  });
});

describe('session 25 review mends: where goods were loaded', () => {
  const defs = [{ key: 'Itaqui@BR', kind: 'other' as const, country: 'BR', names: ['Itaqui'] }, REGION('Maranhão', 'BR'), C('CN', ['China']), CITY('Rouen', 'FR'), C('DZ', ['Algérie'])];
  it('a vessel loading goods somewhere before a destination phrase: they leave from there, and the vessel is no goods', () => {
    expect(triples(run('O navio carregou 60 mil toneladas de minério de ferro no porto de Itaqui, no Maranhão, com destino à China.', 'pt', defs))).toEqual(['Itaqui@BR>CN:other']);
    expect(triples(run("Le navire a chargé 50 000 tonnes de blé à Rouen à destination de l'Algérie.", 'fr', defs))).toEqual(['Rouen@FR>DZ:other']);
  });
});

describe('session 25 review mends: a share of the sales or a fifth of the cargoes names a buyer', () => {
  const defs = [C('NG', ['Nigeria']), C('IN', ['India', 'Índia']), C('MZ', ['Moçambique'])];
  it('"India took about a fifth of the cargoes", "A Índia absorveu metade das vendas"', () => {
    expect(triples(run('Nigeria exported 1.4 million barrels of crude a day in May. India took about a fifth of the cargoes.', 'en', defs))).toEqual(['NG>IN:oil']);
    expect(triples(run('Moçambique vendeu carvão no valor de 800 milhões de dólares no primeiro semestre. A Índia absorveu metade das vendas.', 'pt', defs))).toEqual(['MZ>IN:other']);
  });
});

describe('session 25 review mends: what a party agrees to do is planned', () => {
  const defs = [C('AO', ['Angola']), C('PT', [], ['portugueses']), C('TD', ['Chad']), C('FR', [], ['French'])];
  it('"aceitou receber", "agreed to host"', () => {
    expect(run('Angola aceitou receber 300 militares portugueses.', 'pt', defs).map((f) => f.status)).toEqual(['planned']);
    expect(run('Chad agreed to host 1,000 French soldiers.', 'en', defs).map((f) => f.status)).toEqual(['planned']);
  });
});

describe('session 26: a sector named with no place buys for the story\'s country', () => {
  const defs = [C('BD', ['Bangladesh']), CITY('Dhaka', 'BD'), C('IN', ['India']), C('EC', ['Ecuador']), CITY('Quito', 'EC'), C('CO', ['Colombia']), C('MA', ['Maroc']), C('SA', ['Arabie saoudite']), C('JP', ['Japan'])];
  it('the dateline\'s country, else the lede\'s topic, receives what "factories", "el sector", "les raffineries" import', () => {
    expect(triples(run("Dhaka, Jan 15 (Reuters) - Bangladesh's central bank cut its main rate on Wednesday. Factories bought $2 billion worth of cotton from India last year.", 'en', defs))).toEqual(['IN>BD:other']);
    expect(triples(run('Quito, 2 feb (EFE).- Ecuador vendió 900.000 toneladas de banano. En cambio, el sector importa fertilizantes de Colombia.', 'es', defs))).toEqual(['CO>EC:other']);
    expect(triples(run("Le Maroc a exporté 3 millions de tonnes de phosphates. Les raffineries ont importé du brut d'Arabie saoudite.", 'fr', defs))).toEqual(['SA>MA:oil']);
  });
  it('not with no story country to receive, nor a sector that is not the subject', () => {
    expect(run('The sector received 200 tractors from Japan.', 'en', defs)).toEqual([]);
    expect(triples(run("Dhaka, Jan 15 (Reuters) - Bangladesh's central bank cut its main rate on Wednesday. India sold cotton to factories in the north.", 'en', defs))).not.toContain('IN>BD:other');
  });
});

describe('session 26: remaining is not keeping, and a place ranked after "à frente de" sells nothing', () => {
  const defs = [C('CL', ['Chile']), C('PE', ['Perú']), C('BR', ['Brasil']), C('AR', ['Argentina']), C('CN', ['China']), C('RU', ['Rússia']), C('ML', ['Mali']), C('DE', ['Alemanha']), C('IT', ['Itália'])];
  it('"manteve-se", "se mantuvo" as the main buyer keep no forces anywhere; "mantém soldados no Mali" still does', () => {
    expect(triples(run('A Argentina exportou 2 milhões de toneladas de milho em 2024. O Brasil manteve-se como o maior comprador, à frente da China.', 'pt', defs))).toEqual(['AR>BR:other', 'AR>CN:other']);
    expect(triples(run('Chile se mantuvo como principal destino del cobre de Perú.', 'es', defs))).toEqual(['PE>CL:other']);
    expect(triples(run('A Rússia mantém 2.000 soldados no Mali.', 'pt', defs))).toEqual(['RU>ML:troops']);
  });
  it('a purchase noun ranked "à frente de" a place buys nothing from it', () => {
    const f = run('A Itália exportou 90 mil toneladas de arroz. A Alemanha foi o principal destino, com compras de 30 milhões de euros, à frente do Brasil.', 'pt', defs);
    expect(triples(f)).toEqual(['IT>BR:other', 'IT>DE:other']);
  });
});

describe('session 26: trainees who train themselves somewhere, and what a deal with a partner is for', () => {
  const defs = [C('SA', ['Arabia Saudí', 'Arábia Saudita']), C('PT', ['Portugal']), CITY('Cartagena', 'ES'), C('BO', ['Bolivia', 'Bolívia']), C('AR', ['Argentina'], ['argentino']), C('CL', ['Chile']), C('PE', ['Peru']), C('BR', ['Brasil'])];
  it('a Romance reflexive verb of training with trainees as its subject: the place of another country trains them', () => {
    expect(triples(run('Cerca de 300 pilotos sauditas formaram-se em Portugal.', 'pt', [...defs, C('SA', ['Arábia Saudita'], ['sauditas'])]))).toEqual(['PT>SA:training']);
    expect(triples(run('Los 400 marinos saudíes que tripularán los buques se han formado en la base naval de Cartagena.', 'es', [...defs, C('SA', ['Arabia Saudí'], ['saudíes'])]))).toEqual(['Cartagena@ES>SA:training']);
  });
  it('the signer of a deal with a partner buys from it, or sells to it, what the deal is for (planned)', () => {
    const f = run('Bolivia firmó con el Gobierno argentino un acuerdo para importar 200.000 toneladas de maíz.', 'es', defs);
    expect(triples(f)).toEqual(['AR>BO:other']);
    expect(f[0]!.status).toBe('planned');
    expect(triples(run('Chile signed an agreement with Peru to sell 2 million tonnes of copper.', 'en', defs))).toEqual(['CL>PE:other']);
    expect(triples(run('A Bolívia assinou com o Brasil um acordo para vender gás.', 'pt', defs))).toEqual(['BO>BR:oil']);
    // (the government of a country signs for it)
    expect(triples(run('O governo da Bolívia assinou com o Brasil um contrato para comprar gás.', 'pt', defs))).toEqual(['BR>BO:oil']);
  });
});

describe('session 26: what is received from "there"', () => {
  it('"d\'où", "de onde", "from where" before a receiving verb: the place named before it is the source', () => {
    const defs = [CITY('Londres', 'GB'), C('CH', ['Suisse']), CITY('Beira', 'MZ'), C('MW', ['Malawi']), C('MZ', ['Moçambique'])];
    expect(triples(run("Ce métal arrive surtout de Londres, d'où la Suisse a importé 90 tonnes en mars.", 'fr', defs))).toEqual(['Londres@GB>CH:other']);
    expect(triples(run('O combustível chega ao porto da Beira, de onde o Malawi importa 40% do gasóleo.', 'pt', defs))).toEqual(['Beira@MZ>MW:oil']);
  });
});

describe('session 26: exports a story opens with, and a dateline with its region in brackets', () => {
  const defs = [CITY('Cognac', 'FR'), C('FR', ['France'], ['français']), C('US', ['États-Unis']), C('CN', ['Chine']), C('BR', ['Brasil']), REGION('Minas Gerais', 'BR'), C('JP', ['Japão']), C('DE', ['Alemanha'])];
  it('exports of no place named, opening a story with a dateline, are the dateline country\'s; their buyers follow', () => {
    const f = run("Cognac (Charente), 3 février (AFP) - Les expéditions de cognac ont baissé de 11 % l'an dernier. Les États-Unis restent le premier marché, devant la Chine. Le marché français a peu bougé.", 'fr', defs);
    expect(triples(f)).toEqual(['FR>CN:other', 'FR>US:other']);
  });
  it('three words of goods may stand between the exports and their origin', () => {
    expect(triples(run('As exportações de café em grão de Minas Gerais somaram 20 milhões de sacas. O Japão foi o principal destino, à frente da Alemanha.', 'pt', defs))).toEqual(['Minas Gerais@BR>DE:other', 'Minas Gerais@BR>JP:other']);
  });
});

describe('session 26: "the country" with no recent topic', () => {
  it('is the country the lede is about when it is at an end of most flows, not a country named in passing', () => {
    const defs = [C('AR', ['Argentina']), C('BR', ['Brasil']), C('CL', ['Chile']), C('UY', ['Uruguay']), C('RU', ['Rusia']), CITY('Buenos Aires', 'AR', true)];
    const f = run('Buenos Aires, 2 mar (EFE).- Argentina vendió 3 millones de toneladas de trigo a Brasil. Argentina también vendió maíz a Chile. La cosecha fue récord. Las lluvias también ayudaron en Uruguay. El país importó además fertilizantes de Rusia.', 'es', defs);
    expect(triples(f)).toContain('RU>AR:other');
    expect(triples(f)).not.toContain('RU>UY:other');
  });
});

describe('session 26: a concession closes the clause', () => {
  it('the places after "pese a", "despite", "malgré" are none of the verb\'s', () => {
    const defs = [C('MX', ['México']), C('US', ['Estados Unidos', 'United States']), CITY('Salina Cruz', 'MX'), C('FR', ['France']), C('NO', ['Norvège']), CITY('Dunkerque', 'FR'), C('PH', ['Philippines']), C('VN', ['Vietnam']), CITY('Manila', 'PH')];
    expect(triples(run('México importó 1 millón de barriles de gasolina de Estados Unidos, pese a la ampliación de la refinería, en Salina Cruz.', 'es', defs))).toEqual(['US>MX:oil']);
    expect(triples(run('La France a importé du gaz de Norvège, malgré la mise en service du terminal, à Dunkerque.', 'fr', defs))).toEqual(['NO>FR:oil']);
  });
});

describe('session 26: goods a participle gave a giver, moved by the next verb', () => {
  it('"rice donated by Japan was unloaded at Beira": the giver and the goods of the participle, the place of the verb', () => {
    const defs = [C('JP', ['Japan', 'Japón']), CITY('Beira', 'MZ')];
    expect(triples(run('A consignment of 5,000 tonnes of rice donated by Japan was unloaded at Beira on Monday.', 'en', defs))).toEqual(['JP>Beira@MZ:aid']);
    expect(triples(run('Un cargamento de 5.000 toneladas de arroz donado por Japón fue descargado en Beira.', 'es', defs))).toEqual(['JP>Beira@MZ:aid']);
  });
});

describe('session 26: goods said to come from a place, after a receipt with no source', () => {
  const defs = [C('IN', ['India', 'Índia', 'Inde']), C('RU', ['Russia', 'Rússia', 'Rusia', 'Russie']), C('IQ', ['Iraq'])];
  it('"Most of the oil came from Russia" after "India imported crude" in the four languages', () => {
    expect(triples(run('India imported 4.5 million barrels of crude oil a day last year. Most of the oil came from Russia.', 'en', defs))).toEqual(['RU>IN:oil']);
    expect(triples(run('A Índia importou 4,5 milhões de barris de petróleo por dia. A maior parte do petróleo veio da Rússia.', 'pt', defs))).toEqual(['RU>IN:oil']);
    expect(triples(run("L'Inde a importé 4,5 millions de barils de brut par jour. L'essentiel provient de Russie.", 'fr', defs))).toEqual(['RU>IN:oil']);
  });
  it('not with no receipt before it, nor when the sentence names its own subject place', () => {
    expect(run('Prices rose sharply last year. Most of the oil came from Russia.', 'en', defs)).toEqual([]);
    expect(triples(run('India imported 4.5 million barrels of crude oil a day. Iraq said most of its oil came from Russia.', 'en', defs))).not.toContain('RU>IN:oil');
  });
});

describe('session 26: the seat of an organisation', () => {
  it('is no end: "the EU agency, headquartered in Warsaw, which transferred" gives from the EU', () => {
    const defs = [C('European Union', ['European Union', 'União Europeia']), CITY('Warsaw', 'PL'), CITY('Varsóvia', 'PL'), CITY('Lisbon', 'PT', true), CITY('Lisboa', 'PT', true), C('PT', ['Portugal'])];
    const senders = (f: ReturnType<typeof run>): string[] => triples(f).map((k) => k.split('>')[0]!);
    expect(senders(run("The patrols are paid for by the European Union's coastguard agency, headquartered in Warsaw, which transferred 2 million euros to Lisbon.", 'en', defs))).toEqual(['European Union']);
    expect(senders(run('As patrulhas são pagas pela agência costeira da União Europeia, com sede em Varsóvia, que transferiu para Lisboa 2 milhões de euros.', 'pt', defs))).toEqual(['European Union']);
  });
});

describe('session 26 review mends: a story opening with exports of no place, in no named country', () => {
  it('takes the dateline\'s place as the exporter of its exports to a named destination', () => {
    const defs = [CITY('Petrolina', 'BR'), C('NL', ['Países Baixos']), CITY('Épernay', 'FR'), C('US', ['États-Unis'])];
    expect(triples(run('Petrolina (PE), 4 mar (Reuters) - As exportações de manga para os Países Baixos cresceram 20% na safra.', 'pt', defs))).toEqual(['Petrolina@BR>NL:other']);
    expect(triples(run('Épernay (Marne), 16 janvier (AFP) - Les exportations de champagne vers les États-Unis ont reculé de 9 %.', 'fr', defs))).toEqual(['Épernay@FR>US:other']);
  });
});

describe('session 26 review mends: a sector subject right after a dateline, with modifiers', () => {
  const defs = [CITY('Nampula', 'MZ'), C('TZ', ['Tanzânia']), CITY('Chittagong', 'BD'), C('IN', ['India']), C('EG', ['Egito']), CITY('Dakar', 'SN', true), C('RU', ['Russie'])];
  it('buys for the dateline\'s place when the story names no country ("As fábricas de caju compraram", "The textile sector imported")', () => {
    expect(triples(run('Nampula, 3 mar (Lusa) - As fábricas de caju compraram 30.000 toneladas de castanha à Tanzânia.', 'pt', defs))).toEqual(['TZ>Nampula@MZ:other']);
    expect(triples(run('Chittagong, Jan 15 (Reuters) - The textile sector imported more cotton from India last year.', 'en', defs))).toEqual(['IN>Chittagong@BD:other']);
    expect(triples(run('Dakar, 3 mars (AFP) - Les minoteries ont importé 400 000 tonnes de blé de Russie.', 'fr', defs))).toEqual(['RU>Dakar@SN:other']);
  });
});

describe('session 26 review mends: "the country" long after the lede', () => {
  it('is the lede\'s country when no other country is at an end of more flows, with or without flows so far', () => {
    const defs = [C('LK', ['Sri Lanka']), C('IN', ['India']), C('OM', ['Oman']), C('HN', ['Honduras']), C('TW', ['Taiwán']), C('KR', ['Corea del Sur'])];
    expect(triples(run('Sri Lanka took delivery of a diesel cargo from India on credit in March. Bus services resumed. Schools reopened. The country also bought 50,000 tonnes of urea from Oman.', 'en', defs))).toContain('OM>LK:other');
    expect(triples(run('Honduras cortó relaciones con Taiwán en 2023. Las empacadoras perdieron clientes. Los precios bajaron. El país vendió 1.500 toneladas de melón a Corea del Sur.', 'es', defs))).toEqual(['HN>KR:other']);
  });
});

describe('session 26 review mends: buyers of goods of a place named', () => {
  it('"Os principais compradores do café do Uganda foram…" names Uganda as the exporter; "de café do mundo" names none', () => {
    const defs = [C('UG', ['Uganda']), C('IT', ['Itália', 'Italia', 'Italy']), C('DE', ['Alemanha', 'Alemania', 'Germany']), C('US', ['Estados Unidos'])];
    expect(triples(run('Os principais compradores do cacau do Uganda foram a Itália e a Alemanha.', 'pt', defs))).toEqual(['UG>DE:other', 'UG>IT:other']);
    expect(triples(run('The main buyers of tea from Uganda were Italy and Germany.', 'en', defs))).toEqual(['UG>DE:other', 'UG>IT:other']);
    expect(run('Os principais compradores de café do mundo são os Estados Unidos e a Alemanha.', 'pt', defs)).toEqual([]);
  });
});

describe('session 27: money sent by a nationality living abroad', () => {
  const defs = [C('MX', ['México'], ['mexicanos', 'Mexicans']), C('US', ['Estados Unidos', 'United States']), C('PH', ['Philippines'], ['Filipinos']), C('SA', ['Saudi Arabia']), C('ML', ['Mali'], ['Maliens']), C('FR', ['France'])];
  it('goes from where the agent lives to its own country, in the passive ("sent home by Mexicans living in the United States")', () => {
    expect(triples(run('Remittances sent home by Mexicans living in the United States rose to 60 billion dollars.', 'en', defs))).toEqual(['US>MX:money']);
    expect(triples(run('Las remesas enviadas por los mexicanos residentes en Estados Unidos sumaron 60.000 millones de dólares.', 'es', defs))).toEqual(['US>MX:money']);
    expect(triples(run("Les fonds envoyés par les Maliens installés en France ont atteint 900 millions d'euros.", 'fr', defs))).toEqual(['FR>ML:money']);
  });
  it('a participle with no goods of its own sends what the transfer noun before it names ("Remittances sent by…")', () => {
    expect(triples(run('Remittances sent by Filipinos working in Saudi Arabia arrived late.', 'en', defs))).toEqual(['SA>PH:money']);
  });
  it('an agent in its own country, or a destination not where it lives, is read as before', () => {
    expect(triples(run('Money sent by Mexicans to the United States fell.', 'en', defs))).toEqual(['MX>US:money']);
  });
});

describe('session 27: copulas of staying', () => {
  const defs = [C('CL', ['Chile']), C('CN', ['China']), C('RU', ['Rússia', 'Russie']), C('IN', ['Índia', 'Inde'])];
  it('a supplier that stayed or established itself as one supplies ("se mantuvo como", "manteve-se como", "est demeurée")', () => {
    expect(triples(run('Chile se mantuvo como el mayor proveedor de cobre de China.', 'es', defs))).toEqual(['CL>CN:other']);
    expect(triples(run('A Rússia manteve-se como o maior fornecedor de armas da Índia.', 'pt', defs))).toEqual(['RU>IN:weapons']);
    expect(triples(run('A Rússia permaneceu o maior fornecedor de armas da Índia.', 'pt', defs))).toEqual(['RU>IN:weapons']);
    expect(triples(run("La Russie est demeurée le premier fournisseur d'armes de l'Inde.", 'fr', defs))).toEqual(['RU>IN:weapons']);
  });
});

describe('session 27: received from its people abroad', () => {
  const defs = [C('GT', ['Guatemala'], ['Guatemalans']), C('US', ['United States', 'Estados Unidos']), C('CV', ['Cabo Verde']), C('PT', ['Portugal']), C('SN', ['Sénégal']), C('FR', ['France'])];
  it('money received from citizens, emigrants or a nationality in another country comes from that country', () => {
    expect(triples(run('Guatemala received a record $21.5 billion from its citizens in the United States, the central bank said.', 'en', defs))).toEqual(['US>GT:money']);
    expect(triples(run('Guatemala received $21.5 billion from Guatemalans living in the United States.', 'en', defs))).toEqual(['US>GT:money']);
    expect(triples(run('Guatemala recibió 21.500 millones de dólares de sus ciudadanos en Estados Unidos.', 'es', defs))).toEqual(['US>GT:money']);
    expect(triples(run('Cabo Verde recebeu 200 milhões de euros dos seus emigrantes em Portugal.', 'pt', defs))).toEqual(['PT>CV:money']);
    expect(triples(run("Le Sénégal a reçu 2 milliards de dollars de ses émigrés en France.", 'fr', defs))).toEqual(['FR>SN:money']);
  });
});

describe('session 27: French verbs in -yer and -eter in the present and the future', () => {
  const defs = [C('CA', ['Canada']), C('US', ['États-Unis']), C('FR', ['France']), C('RO', ['Roumanie']), C('IN', ['Inde'])];
  it('"renvoie", "déploiera", "achètera" are the verbs they conjugate', () => {
    expect(triples(run('Le Canada renvoie les migrants vers les États-Unis.', 'fr', defs))).toEqual(['CA>US:people']);
    expect(triples(run('La France déploiera 300 soldats en Roumanie.', 'fr', defs))).toEqual(['FR>RO:troops']);
    expect(triples(run("L'Inde achètera 26 Rafale à la France.", 'fr', defs))).toEqual(['FR>IN:vehicles']);
  });
});

describe('session 27: irregular verbs of supplying', () => {
  it('"proveyó" (es) and "offrira" (fr) supply', () => {
    expect(triples(run('Rusia proveyó armas a Siria durante la guerra.', 'es', [C('RU', ['Rusia']), C('SY', ['Siria'])]))).toEqual(['RU>SY:weapons']);
    expect(triples(run('La France offrira deux patrouilleurs au Bénin.', 'fr', [C('FR', ['France']), C('BJ', ['Bénin'])]))).toEqual(['FR>BJ:vehicles']);
  });
});

describe('session 27: "for X to" names the subject of an English infinitive', () => {
  it('"an agreement for Turkey to supply…", "plans for Germany to send…"', () => {
    const defs = [C('TR', ['Turkey']), CITY('Mosul', 'IQ'), C('DE', ['Germany']), C('UA', ['Ukraine'])];
    expect(triples(run('He signed an agreement for Turkey to supply up to 300 megawatts of electricity through a new line to Mosul.', 'en', defs))).toEqual(['TR>Mosul@IQ:other']);
    expect(triples(run('Berlin rejected plans for Germany to send Taurus missiles to Ukraine.', 'en', defs))).toEqual(['DE>UA:missiles']);
  });
});

describe('session 27: "from where" after a locative apposition', () => {
  it('leaves from the place the apposition locates, not the wider place in it ("Guna Yala, en el Caribe, desde donde")', () => {
    const defs = [{ key: 'Guna Yala@PA', kind: 'region' as const, country: 'PA', names: ['Guna Yala'] }, { key: 'Caribe', kind: 'other' as const, names: ['Caribe', 'Caribbean'] }, CITY('Necoclí', 'CO'), CITY('Tijuana', 'MX'), CITY('San Diego', 'US'), { key: 'Baja California@MX', kind: 'region' as const, country: 'MX', names: ['Baja California'] }];
    expect(triples(run('Los migrantes son trasladados a la comarca de Guna Yala, en el Caribe, desde donde zarpan en lanchas hacia Necoclí.', 'es', defs))).toEqual(['Guna Yala@PA>Necoclí@CO:people']);
    expect(triples(run('The migrants are taken to Tijuana, in Baja California, from where they cross into San Diego.', 'en', defs))).toContain('Tijuana@MX>San Diego@US:people');
  });
});

describe('session 27: a place a participle on the goods governs', () => {
  const defs = [CITY('Ottawa', 'CA', true), CITY('Montréal', 'CA'), { key: 'Ontario@CA', kind: 'region' as const, country: 'CA', names: ['Ontario'] }, C('CL', ['Chile']), C('DE', ['Alemania']), C('UA', ['Ucrania'])];
  it('is not where the verb sends them ("demandeurs d\'asile hébergés à Montréal vers l\'Ontario"), and people housed there leave from it', () => {
    expect(triples(run("Ottawa va transférer quelque 1 500 demandeurs d'asile hébergés à Montréal vers l'Ontario.", 'fr', defs))).toEqual(['Montréal@CA>Ontario@CA:people']);
    expect(triples(run('Chile envió tanques comprados a Alemania a Ucrania.', 'es', defs))).toEqual(['CL>UA:vehicles']);
  });
});

describe('session 27: vehicles for carrying troops', () => {
  it('are vehicles, not troops ("véhicules blindés de transport de troupes", "armoured troop carriers")', () => {
    const defs = [C('ES', ['España']), C('UA', ['Ucrania']), C('TR', ['Turkey']), C('SO', ['Somalia'])];
    expect(triples(run('España entregó a Ucrania 20 blindados de transporte de tropas.', 'es', defs))).toEqual(['ES>UA:vehicles']);
    expect(triples(run('Turkey delivered 30 armoured troop carriers to Somalia.', 'en', defs))).toEqual(['TR>SO:vehicles']);
  });
});

describe('session 27: "cruzar" is a verb of crossing', () => {
  it('a place crossed is on the route, no end ("han cruzado Panamá hacia el sur"); a border between two countries or a place after "a" still ends', () => {
    const defs = [C('VE', ['Venezuela'], ['venezolanos', 'venezuelanos']), C('PA', ['Panamá']), C('CO', ['Colombia']), C('BR', ['Brasil'])];
    expect(run('Más de 2.200 migrantes, en su mayoría venezolanos, han cruzado Panamá hacia el sur en lo que va de año.', 'es', defs)).toEqual([]);
    expect(triples(run('Unos 300 migrantes cruzaron a Colombia desde Venezuela.', 'es', defs))).toEqual(['VE>CO:people']);
    expect(triples(run('Cerca de 1.200 venezuelanos cruzaram a fronteira entre a Venezuela e o Brasil na última semana.', 'pt', defs))).toEqual(['VE>BR:people']);
  });
});

describe('session 27: money sent to a programme', () => {
  it('the programme is where the money goes, not technology sent ("destinó 6 millones de dólares a ese programa")', () => {
    const defs = [C('US', ['Washington', 'Estados Unidos']), C('PA', ['Panamá']), C('JP', ['Tokyo', 'Japon']), C('KH', ['Cambodge'], ['cambodgien'])];
    expect(run('Estados Unidos destinó 6 millones de dólares a ese programa en Panamá.', 'es', defs).some((f) => f.category === 'technology')).toBe(false);
    expect(run('Le Japon a versé 1,5 million de dollars au centre cambodgien pour ce programme.', 'fr', defs).some((f) => f.category === 'technology')).toBe(false);
  });
});

describe('session 27: a noun after an adjective of rank', () => {
  it('"el principal destino" is no "destinó": the places ranked with it buy the exporter\'s goods', () => {
    const defs = [C('AR', ['Argentina']), C('BR', ['Brasil']), C('CL', ['Chile']), C('PE', ['Perú'])];
    const text = 'Argentina exportó trigo en 2024. Brasil, que importa de su vecino buena parte de su harina, fue de nuevo el principal destino, con 4 millones de toneladas, seguido de Chile, con un millón, y de Perú.';
    expect(triples(run(text, 'es', defs))).toEqual(['AR>BR:other', 'AR>CL:other', 'AR>PE:other']);
  });
});

describe('session 27: instructors give training', () => {
  it('instructors sent or arriving somewhere are training, not troops, with their count', () => {
    const defs = [C('CO', [], ['colombianos']), CITY('Quito', 'EC', true), C('RU', [], ['russes']), CITY('Niamey', 'NE', true), C('ES', ['España']), C('LB', ['Líbano'])];
    expect(run('Un equipo de 25 instructores colombianos viajará en marzo a Quito.', 'es', defs).map((f) => `${f.f}>${f.t}:${f.category}:${f.quantity}`)).toEqual(['CO>Quito@EC:training:25']);
    expect(triples(run("Une centaine d'instructeurs russes sont arrivés à Niamey en avril.", 'fr', defs))).toEqual(['RU>Niamey@NE:training']);
    expect(triples(run('España enviará diez instructores al Líbano.', 'es', defs))).toEqual(['ES>LB:training']);
  });
});

describe('session 27: aircraft sent to bring people home', () => {
  it('carry them: the people go home from where the aircraft went, and no aircraft is sent', () => {
    const defs = [C('MX', ['México'], ['mexicanos']), C('IL', ['Israel']), C('FR', ['France'], ['français']), CITY('Beyrouth', 'LB', true), C('IN', ['India'], ['Indian']), C('SD', ['Sudan'])];
    expect(triples(run('México envió dos aviones a Israel para repatriar a 300 mexicanos.', 'es', defs))).toEqual(['IL>MX:people']);
    expect(triples(run('La France a envoyé deux avions à Beyrouth pour rapatrier 500 ressortissants français.', 'fr', defs))).toEqual(['Beyrouth@LB>FR:people']);
    expect(triples(run('India sent two navy ships to Sudan to evacuate 3,000 Indian nationals.', 'en', defs))).toEqual(['SD>IN:people']);
  });
});

describe('session 27: live animals', () => {
  it('a ship with live cattle carries them: livestock, not a ship sold', () => {
    const defs = [C('BR', ['Brasil']), C('TR', ['Turquia', 'Turquía']), C('AU', ['Australia']), C('IL', ['Israel']), C('UY', ['Uruguay'])];
    expect(triples(run('Um navio com cerca de 19 mil bois vivos zarpou do Brasil com destino à Turquia.', 'pt', defs))).toEqual(['BR>TR:other']);
    expect(run('Uruguay exportó 200.000 cabezas de ganado en pie a Turquía.', 'es', defs).map((f) => f.quantity)).toEqual([200000]);
  });
});

describe('session 27: English "carried"', () => {
  const defs = [CITY('Odesa', 'UA'), C('EG', ['Egypt']), REGION('Texas', 'US'), CITY('Guatemala City', 'GT', true), C('RU', ['Russia']), CITY('Kyiv', 'UA', true), C('BY', ['Belarus']), C('IR', [], ['Iranian']), C('YE', ['Yemen'])];
  it('carries goods or people named as its object', () => {
    expect(triples(run('The ship carried 3,000 tonnes of wheat from Odesa to Egypt.', 'en', defs))).toEqual(['Odesa@UA>EG:other']);
    expect(triples(run('A chartered plane carried 120 deportees from Texas to Guatemala City.', 'en', defs))).toEqual(['Texas@US>Guatemala City@GT:people']);
  });
  it('carries nothing as a phrasal verb or with no goods as its object', () => {
    expect(run('Russia carried out strikes on Kyiv from Belarus.', 'en', defs)).toEqual([]);
    expect(triples(run('Many of the weapons carried markings from Iranian factories and had been shipped to Yemen.', 'en', defs))).toEqual(['IR>YE:weapons']);
  });
});

describe('session 27 (heldout64): trainees, and a country named by its region', () => {
  const defs = [C('SE', ['Suécia']), C('BR', ['Brasil'], ['brasileiros']), C('CO', [], ['colombianos']), C('KR', ['Corea del Sur']), C('PE', [], ['peruanos'])];
  it('people who complete training with no place of another country named are its trainees, not its trainers', () => {
    expect(triples(run('A Suécia vendeu 36 caças ao Brasil. Vinte pilotos brasileiros já concluíram o treinamento em março.', 'pt', defs))).toEqual(['SE>BR:training', 'SE>BR:vehicles']);
  });
  it('"do país nórdico", "del país asiático" name another country than the sentence\'s own', () => {
    expect(triples(run('A Suécia vendeu 36 caças ao Brasil. Vinte pilotos brasileiros já concluíram o treinamento numa base no sudoeste do país nórdico.', 'pt', defs))).toEqual(['SE>BR:training', 'SE>BR:vehicles']);
    expect(triples(run('Corea del Sur vendió aviones a Perú. Unos 24 pilotos peruanos recibieron formación en una base en el sur del país asiático.', 'es', defs))).toContain('KR>PE:training');
  });
});

describe('session 27 (heldout64): a start fronted before a verb of leaving, and teenagers', () => {
  it('"Desde Ceuta salieron 85 adolescentes rumbo a Extremadura y Galicia" leave from Ceuta, as people', () => {
    const defs = [CITY('Ceuta', 'ES'), REGION('Extremadura', 'ES'), REGION('Galicia', 'ES'), CITY('Melilla', 'ES'), CITY('Málaga', 'ES'), REGION('Lampedusa', 'IT'), REGION('Sicily', 'IT')];
    expect(triples(run('Desde Ceuta salieron 85 adolescentes rumbo a Extremadura y Galicia.', 'es', defs))).toEqual(['Ceuta@ES>Extremadura@ES:people', 'Ceuta@ES>Galicia@ES:people']);
    expect(triples(run('Desde Melilla salieron 85 migrantes hacia Málaga.', 'es', defs))).toEqual(['Melilla@ES>Málaga@ES:people']);
    expect(run('About 300 teenagers were moved from Lampedusa to Sicily.', 'en', defs).map((f) => f.category)).toEqual(['people']);
  });
});

describe('session 28: the amount of an aid noun', () => {
  const defs = [C('TN', ['Tunisie']), C('MA', ['Marruecos']), C('ES', ['España']), C('MZ', ['Moçambique']), C('PT', ['Portugal']), C('FR', ['France'])];
  it('"une aide de 100 millions d\'euros" is 100 million euros of aid, not one aid', () => {
    for (const [text, lang] of [
      ["La France accordera une aide de 100 millions d'euros à la Tunisie.", 'fr'],
      ['España concederá una ayuda de 100 millones de euros a Marruecos.', 'es'],
      ['Portugal concederá uma ajuda humanitária de 100 milhões de euros a Moçambique.', 'pt'],
    ] as const) {
      const fs = run(text, lang, defs);
      expect(fs.map((f) => `${f.category}:${f.quantity}:${f.unitKey}:${f.unit}`), text).toEqual(['aid:100000000:EUR:EUR']);
    }
  });
});

describe('session 28: a nationality living abroad as the subject', () => {
  const defs = [C('IN', ['India'], ['Indians']), C('QA', ['Qatar']), C('NP', ['Nepal']), C('CI', ["Côte d'Ivoire"], ['Ivoiriens']), C('CA', ['Canada']), C('BF', ['Burkina Faso']), C('PH', ['Philippines'], ['Filipinos']), C('SA', ['Saudi Arabia'])];
  it('sends from where it lives: a nationality opening the clause ("Indians living in Qatar sent…")', () => {
    expect(triples(run('Indians living in Qatar also sent about $2bn to Nepal.', 'en', defs))).toEqual(['QA>NP:money']);
    expect(triples(run('Filipinos in Saudi Arabia sent $5bn home to the Philippines.', 'en', defs))).toEqual(['SA>PH:money']);
  });
  it('French "à" after a participle of residence says where ("installés au Canada")', () => {
    expect(triples(run("Les Ivoiriens installés au Canada envoient de l'argent au Burkina Faso.", 'fr', defs))).toEqual(['CA>BF:money']);
  });
});

describe('session 28: "from where" after a noun apposition', () => {
  it('leaves from the place the apposition describes, not the wider place in it', () => {
    const defs = [C('DJ', ['Djibouti']), REGION('Horn of Africa', 'SO'), C('SO', ['Somalia']), C('PL', ['Poland']), C('LT', ['Lithuania']), C('LV', ['Latvia'])];
    expect(triples(run('Soldiers were flown to Djibouti, a small state on the Horn of Africa, from where they will be deployed to Somalia.', 'en', defs))).toEqual(['DJ>SO:troops']);
    // (an adverb after the comma opens no apposition: the last place named is the start)
    expect(triples(run('The troops landed in Poland, then in Lithuania, from where they moved to Latvia.', 'en', defs))).toEqual(['LT>LV:troops']);
  });
});

describe('session 28: goods in a purpose clause of a payment', () => {
  const defs = [C('GB', ['Britain']), C('FR', ['France']), C('SA', ['Saudi Arabia']), C('LB', ['Lebanon'], ['Lebanese'])];
  it('an English infinitive of purpose with an adjective before its goods ends the payment\'s goods ("to stop small boats")', () => {
    expect(triples(run('Britain will pay France 480m pounds over three years to stop small boats crossing the Channel.', 'en', defs))).toEqual(['GB>FR:money']);
  });
  it('goods paid for a nationality\'s army go to it, not back to the payer ("for the Lebanese army")', () => {
    const fs = triples(run('Saudi Arabia paid France $3 billion for weapons for the Lebanese army.', 'en', defs));
    expect(fs).not.toContain('LB>SA:weapons');
    expect(fs).toContain('SA>LB:weapons');
  });
});

describe('session 28 (heldout66): clauses after a transfer', () => {
  const defs = [C('KZ', ['Kazakhstan'], ['Kazakh']), C('ES', ['Spain']), CITY('Seville', 'ES'), C('AR', [], ['argentinos']), C('NO', ['Noruega'], ['noruego'])];
  it('a colon before a clause with its own verb closes a transfer noun\'s window ("un paquete de capacitación: unos 70 marinos argentinos fueron formados")', () => {
    const fs = triples(run('Argentina compró cuatro aviones a Noruega. La compra, cerrada con el Gobierno noruego, incluye repuestos y un paquete de capacitación: unos 70 marinos argentinos, entre pilotos y técnicos, fueron formados en la base de Andøya, en el norte de Noruega.', 'es', [...defs, C('AR', ['Argentina'], ['argentinos'])]));
    expect(fs).toContain('NO>AR:training');
    expect(fs).not.toContain('AR>NO:training');
    expect(fs).not.toContain('AR>NO:troops');
  });
  it('goods assembled at a plant in a place come from there; ", and" before a subject and an auxiliary opens another clause; "trained there"', () => {
    const text = 'Kazakhstan will buy two Airbus A400M military transport aircraft, the defence ministry said on Monday. The aircraft, assembled at the Airbus plant in Seville, Spain, are due to be delivered in 2027, and Kazakh pilots and loadmasters will be trained there beforehand.';
    expect(triples(run(text, 'en', defs))).toEqual(['ES>KZ:training', 'ES>KZ:vehicles']);
  });
});

describe('session 28: edible oils are no petroleum', () => {
  it('"soybean oil", "huile de soja", "aceite de colza", "óleo de amendoim" are other goods', () => {
    const defs = [C('AR', ['Argentina', 'Argentine']), C('IN', ['India', 'Inde']), C('ES', ['España']), C('MA', ['Marruecos']), C('SN', ['Senegal']), C('PT', ['Portugal'])];
    expect(triples(run("Argentina remains India's largest supplier of soybean oil.", 'en', defs))).toEqual(['AR>IN:other']);
    expect(triples(run("L'Argentine a vendu de l'huile de soja à l'Inde.", 'fr', defs))).toEqual(['AR>IN:other']);
    expect(triples(run('España exportó aceite de colza a Marruecos.', 'es', defs))).toEqual(['ES>MA:other']);
    expect(triples(run('O Senegal exportou óleo de amendoim para Portugal.', 'pt', defs))).toEqual(['SN>PT:other']);
  });
});

describe('session 28 (heldout66): who the troops help, and trainees before a participle', () => {
  const defs = [C('RW', ['Kigali'], ['rwandais']), C('BJ', [], ['béninoise']), C('BF', ['Burkina Faso']), C('NE', ['Niger']), C('KP', ['North Korea']), C('RU', [], ['Russian']), C('FR', ['France']), C('SN', [], ['sénégalais']), CITY('Lorient', 'FR')];
  it('the army of a nationality that a purpose infinitive supports receives the troops, not a place named past it', () => {
    expect(triples(run("Kigali pourrait envoyer 2 000 hommes pour épauler l'armée béninoise face aux groupes jihadistes actifs au Burkina Faso et au Niger.", 'fr', defs))).toEqual(['RW>BJ:troops']);
    expect(triples(run("Kigali pourrait envoyer 2 000 hommes pour aider l'armée béninoise face aux groupes jihadistes actifs au Burkina Faso.", 'fr', defs))).toEqual(['RW>BJ:troops']);
    expect(triples(run('North Korea has sent 11,000 troops to help the Russian army.', 'en', defs))).toEqual(['KP>RU:troops']);
  });
  it('a participle of training set off after a nationality trains it ("45 marins sénégalais, formés à Lorient")', () => {
    expect(triples(run("Le navire a quitté la France avec un équipage de 45 marins sénégalais, formés pendant quatre mois à Lorient par d'anciens officiers.", 'fr', defs))).toEqual(['FR>SN:training']);
  });
});

describe('session 28: figures a body publishes', () => {
  const defs = [C('BR', ['Brasil']), C('PE', ['Peru']), C('RU', [], ['russe']), C('FR', ['France'])];
  it('"de acordo com dados da Secex" leaves the flow stated; figures from a firm ("du cabinet Kpler") report it', () => {
    expect(run('O Brasil exportou 1,4 milhão de toneladas de arroz para o Peru, de acordo com dados da Secex.', 'pt', defs).map((f) => f.status)).toEqual(['stated']);
    expect(run('La France a importé 6 millions de tonnes de GNL russe, selon les données du cabinet Kpler.', 'fr', defs).map((f) => f.status)).toEqual(['reported']);
  });
});

describe('session 28: people an aid is for', () => {
  it('"food assistance for Rohingya refugees" names who the aid is for, not people sent', () => {
    const defs = [C('US', ['United States']), C('BD', ['Bangladesh'])];
    expect(triples(run('The United States will give an additional $73 million in food assistance for Rohingya refugees in Bangladesh.', 'en', defs))).toEqual(['US>BD:aid']);
  });
});

describe('session 28: a destination is not refined past "after"', () => {
  it('"vers l\'Arabie saoudite et le Koweït, après la mort de deux Malgaches employées à Riyad" goes to both countries', () => {
    const defs = [C('MG', [], ['malgache', 'Malgaches']), C('SA', ['Arabie saoudite']), C('KW', ['Koweït']), CITY('Riyad', 'SA')];
    expect(triples(run("Le gouvernement malgache a suspendu l'envoi de travailleuses domestiques vers l'Arabie saoudite et le Koweït, après la mort de deux jeunes Malgaches employées à Riyad.", 'fr', defs))).toEqual(['MG>KW:people', 'MG>SA:people']);
  });
});

describe('session 28: plural possessive relatives', () => {
  const defs = [C('RW', ['Ruanda', 'Rwanda']), REGION('Cabo Delgado', 'MZ'), C('MZ', ['Moçambique', 'Mozambique']), C('UZ', ['Uzbekistán']), C('ES', ['España'])];
  it('"O Ruanda, cujas tropas combatem em Cabo Delgado, vai enviar…": the subject before "cujas", "cuyos" sends', () => {
    expect(triples(run('O Ruanda, cujas tropas combatem os insurgentes em Cabo Delgado desde 2021, vai enviar mais 1.000 militares para Moçambique.', 'pt', defs))).toEqual(['RW>MZ:troops']);
    expect(triples(run('Ruanda, cuyos soldados combaten en Cabo Delgado, enviará 1.000 soldados a Mozambique.', 'es', defs))).toEqual(['RW>MZ:troops']);
  });
  it('the owner of crews who trained themselves somewhere is trained, not the trainer', () => {
    expect(triples(run('Uzbekistán, cuyas tripulaciones se formaron en España, recibió dos aviones.', 'es', defs))).toContain('ES>UZ:training');
    expect(triples(run('Uzbekistán, cuyas tripulaciones se formaron en España, recibió dos aviones.', 'es', defs))).not.toContain('UZ>ES:training');
  });
});

describe('session 28: buyers named by nationality before goods of another', () => {
  it('"Chinese importers bought Brazilian soybeans": the first nationality buys', () => {
    const defs = [C('CN', [], ['Chinese']), C('BR', [], ['Brazilian']), C('IN', [], ['Indian']), C('AR', [], ['Argentine'])];
    expect(triples(run('Chinese importers bought Brazilian soybeans.', 'en', defs))).toEqual(['BR>CN:other']);
    expect(triples(run('Indian refiners bought 2.6 million tonnes of Argentine soybean oil in the year to March.', 'en', defs))).toEqual(['AR>IN:other']);
  });
});

describe('session 28: a country\'s own shipments', () => {
  it('"sus envíos a Pekín" carry what the exporter before them exported', () => {
    const defs = [C('AR', ['Argentina']), C('CN', ['China', 'Pekín']), C('UY', ['Uruguay']), C('PY', ['Paraguay'])];
    expect(triples(run('Argentina exportó carne vacuna a China. Uruguay y Paraguay, competidores directos en el mercado chino, cerraron el año con retrocesos en sus envíos a Pekín.', 'es', defs))).toEqual(['AR>CN:other', 'PY>CN:other', 'UY>CN:other']);
  });
});

describe('session 28: bought to supply a place', () => {
  it('"a compra de energia elétrica da Venezuela para abastecer Roraima": the place supplied receives what is bought', () => {
    const defs = [C('VE', ['Venezuela']), REGION('Roraima', 'BR')];
    expect(triples(run('O governo federal pretende retomar a compra de energia elétrica da Venezuela para abastecer Roraima.', 'pt', defs))).toEqual(['VE>Roraima@BR:other']);
  });
});

describe('session 28: goods generated or grown somewhere', () => {
  it('"50 megawatts gerados em Roraima" come from Roraima', () => {
    const defs = [C('GY', ['Guiana']), REGION('Roraima', 'BR'), CITY('Brasília', 'BR')];
    expect(triples(run('A vizinha Guiana, que negocia com Brasília a compra de até 50 megawatts gerados em Roraima, acompanha a obra.', 'pt', defs))).toEqual(['Roraima@BR>GY:other']);
  });
});

describe('session 28: keeping troops, in the future, in "the region"', () => {
  const defs = [C('TZ', ['Tanzânia', 'Tanzania']), REGION('Cabo Delgado', 'MZ'), C('FR', ['France']), C('TD', ['Tchad'])];
  it('"manterá", "mantendrá", "maintiendra" keep troops somewhere, as a plan', () => {
    expect(run('A Tanzânia manterá cerca de 300 soldados em Cabo Delgado.', 'pt', defs).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`)).toEqual(['TZ>Cabo Delgado@MZ:troops:planned']);
    expect(run('La France maintiendra 1 000 soldats au Tchad.', 'fr', defs).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`)).toEqual(['FR>TD:troops:planned']);
  });
  it('"na região" is the region the sentence named last', () => {
    expect(triples(run('A Tanzânia, que faz fronteira com Cabo Delgado, manterá cerca de 300 soldados na região.', 'pt', defs))).toEqual(['TZ>Cabo Delgado@MZ:troops']);
  });
});

describe('session 28: "exports almost none"', () => {
  it('a quantifier after the verb stands for the goods the sentence named before', () => {
    const defs = [C('UZ', ['Uzbekistan']), C('CN', ['China', 'Beijing']), C('RU', ['Russia'])];
    expect(triples(run('Uzbekistan, which until 2022 sold several billion cubic metres of gas a year to China, now exports almost none, and its pipeline deliveries to Beijing were halted that winter.', 'en', defs))).toEqual(['UZ>CN:oil']);
  });
});

describe('session 28: a sea in an apposition on an unknown destination', () => {
  it('"to Bhasan Char, a silt island in the Bay of Bengal": the sea is no end; a country that contains the place is one', () => {
    const defs = [CITY('Dhaka', 'BD'), { key: 'Bay of Bengal', kind: 'other', names: ['Bay of Bengal'] } as HandPlace, C('AR', [], ['argentina']), C('NL', ['Países Bajos'])];
    expect(triples(run('Dhaka has moved about 36,000 refugees from the camps to Bhasan Char, a silt island in the Bay of Bengal.', 'en', defs))).toEqual([]);
    expect(triples(run('La empresa estatal argentina INVAP envió a Petten, en los Países Bajos, los últimos componentes del reactor.', 'es', defs))).toEqual(['AR>NL:technology']);
  });
});

describe('session 28 (cold review): trainees, appositions, purposes and supply', () => {
  it('"Quarante-cinq marins sénégalais, formés à Lorient" are trained at Lorient, not its trainers', () => {
    const defs = [C('SN', ['Dakar'], ['sénégalais']), CITY('Lorient', 'FR')];
    expect(triples(run('Quarante-cinq marins sénégalais, formés à Lorient, ont regagné Dakar jeudi.', 'fr', defs))).toEqual(['Lorient@FR>SN:training']);
  });
  it('an apposition with a noun for a country or a nationality in it ("un pays voisin du Soudan, d\'où") leaves from the place it describes', () => {
    const defs = [C('TD', ['Tchad']), C('SD', ['Soudan']), REGION('Darfour', 'SD'), CITY('Lampedusa', 'IT'), { key: 'Mediterrâneo', kind: 'other', names: ['Mediterrâneo'] } as HandPlace, REGION('Sicília', 'IT'), C('IT', [], ['italiana'])];
    expect(triples(run("Les armes ont été livrées au Tchad, un pays voisin du Soudan, d'où elles ont été acheminées vers le Darfour par camion.", 'fr', defs))).toContain('TD>Darfour@SD:weapons');
    expect(triples(run('Os migrantes foram levados para Lampedusa, uma pequena ilha italiana no Mediterrâneo, de onde seguiram de barco para a Sicília.', 'pt', defs))).toContain('Lampedusa@IT>Sicília@IT:people');
  });
  it('"to support the Nigerien army against groups active in Mali": in English too, the army a purpose supports receives', () => {
    const defs = [C('TD', ['Chad']), C('NE', [], ['Nigerien']), C('ML', ['Mali'])];
    expect(triples(run('Chad deployed soldiers to support the Nigerien army against jihadist groups active in Mali.', 'en', defs))).toEqual(['TD>NE:troops']);
  });
  it('a place of the buyer\'s own country that the purchase is to supply is no other flow', () => {
    const defs = [C('PK', ['Pakistan']), C('QA', ['Qatar']), CITY('Karachi', 'PK')];
    expect(triples(run('Pakistan bought 500,000 tonnes of liquefied natural gas from Qatar to supply Karachi.', 'en', defs))).toEqual(['QA>PK:oil']);
  });
  it('a headline that opens with a nationality does not crash ("RUSSIAN TROOPS ENTER KURSK")', () => {
    expect(() => run('RUSSIAN TROOPS ENTER KURSK', 'en', [C('RU', [], ['RUSSIAN']), REGION('KURSK', 'RU')])).not.toThrow();
  });
});

describe('session 28: traders named by nationality in Romance order', () => {
  it('"Les importateurs chinois ont acheté du soja brésilien": the traders\' nationality buys', () => {
    const defs = [C('CN', [], ['chinois']), C('BR', [], ['brésilien']), C('MA', [], ['marocaines']), C('RU', [], ['russe'])];
    expect(triples(run('Les importateurs chinois ont acheté du soja brésilien au premier trimestre.', 'fr', defs))).toEqual(['BR>CN:other']);
    expect(triples(run('Les raffineries marocaines ont acheté du gazole russe.', 'fr', defs))).toEqual(['RU>MA:oil']);
  });
});

describe('session 28: an amount announced for refugees somewhere', () => {
  it('"€50 million in humanitarian aid for Syrian refugees in Lebanon" goes to where the refugees are', () => {
    const defs = [C('DE', ['Germany', 'Allemagne']), C('SY', [], ['Syrian']), C('LB', ['Lebanon']), C('SD', [], ['soudanais']), C('TD', ['Tchad']), C('BE', ['Brussels'])];
    expect(triples(run('Germany announced €50 million in humanitarian aid for Syrian refugees in Lebanon during a donor conference in Brussels.', 'en', defs))).toEqual(['DE>LB:aid']);
    expect(triples(run("L'Allemagne a annoncé 40 millions d'euros d'aide humanitaire pour les réfugiés soudanais au Tchad.", 'fr', defs))).toEqual(['DE>TD:aid']);
  });
});

describe('session 28: ", while its imports…"', () => {
  it('"while" opens a clause of its own; a country\'s own imports go to the subject the sentence opened with', () => {
    const defs = [C('IN', ['India']), C('ID', ['Indonesia']), C('RU', ['Russia'])];
    expect(triples(run('India bought 1.2 million tonnes of palm oil from Indonesia in March, while its crude oil imports from Russia also rose sharply.', 'en', defs))).toEqual(['ID>IN:other', 'RU>IN:oil']);
  });
});

describe('session 28: the nationality of the people an aid is for', () => {
  it('"pediu 100 milhões em ajuda para os refugiados sudaneses no Chade" sends nothing from Sudan', () => {
    const defs = [C('SD', [], ['sudaneses', 'Sudanese']), C('TD', ['Chade', 'Chad']), { key: 'European Union', kind: 'other', names: ['EU'] } as HandPlace];
    expect(triples(run('A ONU pediu 100 milhões de dólares em ajuda para os refugiados sudaneses no Chade.', 'pt', defs))).toEqual([]);
    expect(triples(run('Sudanese refugees fled to Chad.', 'en', defs))).toEqual(['SD>TD:people']);
  });
});

describe('session 29: verbs of detaching troops', () => {
  const defs = [C('PT', ['Portugal']), C('ML', ['Mali']), C('AO', ['Angola']), C('CF', [], ['centro-africanas']), C('ES', ['España']), C('LV', ['Letonia']), C('FR', ['France']), C('NC', ['Nouvelle-Calédonie']), C('BR', ['Brasil']), C('HT', ['Haiti'])];
  it('"destacou 200 militares", "destacó 150 militares", "a détaché 300 gendarmes" send the troops', () => {
    expect(triples(run('Portugal destacou 200 militares para o Mali.', 'pt', defs))).toEqual(['PT>ML:troops']);
    expect(triples(run('Os 200 militares destacados pelo Brasil para o Haiti regressaram.', 'pt', defs))).toEqual(['BR>HT:troops']);
    expect(triples(run('España destacó 150 militares en Letonia.', 'es', defs))).toEqual(['ES>LV:troops']);
    expect(triples(run('La France a détaché 300 gendarmes en Nouvelle-Calédonie.', 'fr', defs))).toEqual(['FR>NC:troops']);
    // (troops detached to help an army named by its nationality go to its country, not as aid)
    expect(triples(run('Portugal destacou militares para ajudar as forças armadas centro-africanas.', 'pt', defs))).toEqual(['PT>CF:troops']);
  });
  it('to highlight is no sending ("destacou a importância do acordo com Angola")', () => {
    expect(triples(run('Portugal destacou a importância do acordo com Angola.', 'pt', defs))).toEqual([]);
    expect(triples(run('España destacó la cooperación con Letonia en materia de defensa.', 'es', defs))).toEqual([]);
  });
});

describe('session 29: a ranking of buyers going on after its subject', () => {
  const defs = [C('FR', ['France', 'França'], ['françaises']), C('BE', ['Belgique']), C('ES', ['Espagne']), C('PT', ['Portugal'], ['portuguesas']), C('IT', ['Italie']), C('GB', ['Reino Unido']), C('BR', ['Brasil'], ['brasileiro']), C('PY', ['Paraguay']), C('AR', ['Argentina']), C('UY', ['Uruguay']), C('KE', ['Kenya']), C('PK', ['Pakistan']), C('EG', ['Egypt'])];
  it('the places before "arrivent ensuite", "vêm a seguir", "le siguen", "came second" buy what the exporter just sold', () => {
    expect(triples(run("Les exportations françaises de pommes de terre ont atteint 2,9 millions de tonnes, dont la moitié vers la Belgique. L'Espagne et le Portugal, qui achètent surtout des tubercules frais, arrivent ensuite, devant l'Italie.", 'fr', defs))).toEqual(['FR>BE:other', 'FR>ES:other', 'FR>IT:other', 'FR>PT:other']);
    expect(triples(run('Paraguay exportó 3 millones de toneladas de soja a Argentina. Brasil y Uruguay le siguen, con el 10 % y el 5 %.', 'es', defs))).toEqual(['PY>AR:other', 'PY>BR:other', 'PY>UY:other']);
    expect(triples(run('Kenya sold 120 million kg of tea to Pakistan. Egypt came second with 78 million kg.', 'en', defs))).toEqual(['KE>EG:other', 'KE>PK:other']);
  });
  it('a nationality in another clause after a buyer phrase is not the goods\' origin ("compradores, embora as vendas para o mercado brasileiro")', () => {
    expect(triples(run('As exportações portuguesas de conservas atingiram 412 milhões de euros, impulsionadas pelas vendas para França. O Reino Unido e o Brasil vêm a seguir na lista dos maiores compradores, embora as vendas para o mercado brasileiro tenham recuado.', 'pt', defs))).toEqual(['PT>BR:other', 'PT>FR:other', 'PT>GB:other']);
  });
  it('a transfer noun with no giver after exports of goods the lexicon does not know sends from the exporter', () => {
    expect(triples(run('As exportações portuguesas de conservas subiram 8%, puxadas pelas vendas para França.', 'pt', defs))).toEqual(['PT>FR:other']);
  });
  it('a verb inside a quotation takes no end from the attribution after it', () => {
    const P2 = [...defs, CITY('Peniche', 'PT')];
    expect(triples(run('As exportações portuguesas de conservas atingiram 390 milhões de euros em 2024, impulsionadas pelas vendas para França, o principal mercado, e para os Estados Unidos, onde a procura cresceu 12%. “Sem o atum importado, metade das linhas parava”, disse ao jornal o gerente de uma fábrica de Peniche, que pediu para não ser identificado.', 'pt', [...P2, C('US', ['Estados Unidos'])]))).toEqual(['PT>FR:other', 'PT>US:other']);
  });
});

describe('session 29: hand-listed places', () => {
  it('an empty name or demonym in a hand list matches nothing (it had looped without end)', () => {
    const places = handPlaces('Portugal vendeu vinho.', [{ key: 'PT', kind: 'country', country: 'PT', names: ['', 'Portugal'], demonyms: [''] }]);
    expect(places.map((p) => [p.name, p.mentions.length])).toEqual([['Portugal', 1]]);
  });
});

describe('session 29 (heldout68): where goods were loaded, and "the city"', () => {
  const defs = [C('MZ', ['Moçambique']), C('OM', ['Omã']), C('IN', ['Índia']), C('AE', ['Emirados Árabes Unidos']), C('SN', ['Sénégal']), C('VE', ['Venezuela']), C('ZA', ['Sudáfrica']), C('US', ['Estados Unidos']), C('NA', ['Namíbia']), C('BR', ['Brasil'], ['brasileiros']), C('UY', [], ['uruguaios']),
    CITY('Rotterdam', 'NL'), CITY('Beira', 'MZ'), CITY('São Sebastião', 'BR'), CITY('Walvis Bay', 'NA'), CITY('Cidade do Cabo', 'ZA'), CITY('Durban', 'ZA')];
  it('goods loaded somewhere come from there, and so from each place listed after it ("carregados em Omã, na Índia e nos Emirados")', () => {
    expect(triples(run('O combustível chega a Moçambique em navios-tanque carregados sobretudo em Omã, na Índia e nos Emirados Árabes Unidos.', 'pt', defs))).toEqual(['AE>MZ:oil', 'IN>MZ:oil', 'OM>MZ:oil']);
    expect(triples(run('Le pétrole, chargé à Rotterdam, a été livré au Sénégal.', 'fr', defs))).toEqual(['Rotterdam@NL>SN:oil']);
    expect(triples(run('Des pétroliers chargés à Rotterdam et à Anvers ont livré leur brut au Sénégal.', 'fr', [...defs, CITY('Anvers', 'BE')]))).toEqual(['Anvers@BE>SN:oil', 'Rotterdam@NL>SN:oil']);
    expect(triples(run('El combustible llega a Venezuela en buques cisterna cargados en Durban y en Omã.', 'es', defs))).toEqual(['Durban@ZA>VE:oil', 'OM>VE:oil']);
    // (however far before a participle of sending)
    // (the category is not read past the comma yet: only the ends are checked)
    expect(triples(run('O petróleo é carregado no terminal de São Sebastião, no litoral paulista, e exportado para os Estados Unidos.', 'pt', defs)).map((x) => x.split(':')[0])).toEqual(['São Sebastião@BR>US']);
  });
  it('"the city" is the city the latest flow went to, else the city named last in the two sentences before', () => {
    expect(triples(run('O oleoduto parte do porto da Beira. O combustível chega à cidade em navios-tanque carregados em Omã.', 'pt', defs))).toEqual(['OM>Beira@MZ:oil']);
    expect(triples(run('O Brasil deslocou 250 militares para Walvis Bay, na Namíbia. O navio fez escala na Cidade do Cabo. Fuzileiros uruguaios chegaram à cidade portuária no fim de semana.', 'pt', defs))).toContain('UY>Walvis Bay@NA:troops');
    // (not a city that names itself after the noun)
    expect(triples(run('O oleoduto parte do porto da Beira. O combustível chega à cidade de Durban em navios-tanque carregados em Omã.', 'pt', defs))).toEqual(['OM>Durban@ZA:oil']);
  });
});

describe('session 29 (heldout68): shares of a trade, its nationality, and turning the other way', () => {
  const defs = [C('BR', ['Brasil', 'Brazil'], ['brasileiras', 'Brazilian']), C('AR', ['Argentina']), C('UY', ['Uruguai']), C('SA', ['Arábia Saudita']), C('VN', ['Vietnã']), C('KE', ['Kenya']), C('NL', ['Netherlands']), C('ES', ['Spain']), C('MX', ['Mexico']), C('CA', ['Canada']), C('RU', [], ['russo'])];
  it('places that "accounted for" an amount are the sources of a receipt, or the buyers of a sending, just stated with one end', () => {
    const fs = run('As importações brasileiras de trigo somaram 6,4 milhões de toneladas. A Argentina respondeu por 4,1 milhões de toneladas e o Uruguai, segundo colocado, por 870 mil.', 'pt', defs);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.quantity ?? ''}`).sort()).toEqual(['AR>BR:4100000', 'UY>BR:']);
    expect(triples(run('Kenya exported a record 142,000 tonnes of avocados last year. The Netherlands accounted for 40,000 tonnes.', 'en', defs))).toEqual(['KE>NL:other']);
    // (not a place a preposition governs, which the sentence reads itself)
    expect(triples(run('Remittances sent home to Mexico fell 4.6% last year. Smaller amounts were wired from Canada, which accounted for $780 million.', 'en', defs))).not.toContain('MX>CA:money');
  });
  it('a nationality right next to a noun of importing is the importer ("As importações brasileiras", "Brazilian imports")', () => {
    expect(triples(run('As importações brasileiras de trigo somaram 6,4 milhões de toneladas. A maior parte veio da Argentina.', 'pt', defs))).toEqual(['AR>BR:other']);
    expect(triples(run('Brazilian imports of wheat reached 6.4 million tonnes. Most of it came from Argentina.', 'en', defs))).toEqual(['AR>BR:other']);
    // (past the goods it is their origin)
    expect(triples(run('O Brasil aumentou as importações de trigo russo.', 'pt', defs))).toEqual(['RU>BR:other']);
  });
  it('"Na direção contrária, o país exportou": past a turn, "the country" is the main receiver when the topic only sent', () => {
    expect(triples(run('O Brasil importou trigo da Argentina e do Uruguai. A Argentina respondeu por 4,1 milhões de toneladas. Na direção contrária, o país exportou 2,3 milhões de toneladas para a Arábia Saudita.', 'pt', defs))).toEqual(['AR>BR:other', 'BR>SA:other', 'UY>BR:other']);
  });
  it('a decimal times its scale has no binary noise ("4,1 milhões" is 4100000)', () => {
    expect(run('O Brasil importou 4,1 milhões de toneladas de trigo da Argentina.', 'pt', defs).map((f) => f.quantity)).toEqual([4100000]);
    expect(run('Brazil imported 0.7 million tonnes of wheat from Argentina.', 'en', defs).map((f) => f.quantity)).toEqual([700000]);
  });
});

describe('session 29 (heldout68): a share of the volumes exported', () => {
  it('"La Chine absorbe près de la moitié de ces volumes, devant l\'Inde": the taker of a share of the volumes, and the places ranked with it, buy them', () => {
    const defs = [C('GA', ['Gabon']), C('CN', ['Chine']), C('IN', ['Inde']), C('FR', ['France']), C('PE', ['Perú']), C('US', ['Estados Unidos'])];
    expect(triples(run("Le Gabon a exporté l'an dernier 1,1 million de mètres cubes de bois transformé. La Chine absorbe près de la moitié de ces volumes, devant l'Inde et la France.", 'fr', defs))).toEqual(['GA>CN:other', 'GA>FR:other', 'GA>IN:other']);
    expect(triples(run('Perú exportó 600.000 toneladas de arándanos. Estados Unidos absorbió la mitad de esos volúmenes.', 'es', defs))).toEqual(['PE>US:other']);
  });
});

describe('session 29 (heldout68): where troops land and stay', () => {
  const defs = [C('GT', ['Guatemala'], ['guatemaltecos']), C('HT', ['Haití'], ['haitiana']), C('SV', ['El Salvador']), C('US', ['Estados Unidos']), C('TD', ['Chad']), C('FR', ['France'])];
  it('a place owning a place noun with an adjective after "in" is where ("en el aeropuerto internacional de la capital haitiana")', () => {
    expect(triples(run('Un contingente de 150 militares guatemaltecos aterrizó en el aeropuerto internacional de la capital haitiana.', 'es', defs))).toEqual(['GT>HT:troops']);
  });
  it('"en el país" after another country\'s subject is where the flow just before went; "desde mayo" is a time, no source', () => {
    expect(triples(run('Guatemala envió 150 militares a Haití. El Salvador mantiene desde mayo en el país a 70 soldados.', 'es', defs))).toEqual(['GT>HT:troops', 'SV>HT:troops']);
    expect(triples(run('France has kept troops since March in Chad.', 'en', defs))).toEqual(['FR>TD:troops']);
  });
});

describe('session 29 (heldout68): routes, going abroad to study, and "partir en"', () => {
  const defs = [C('PK', ['Pakistan']), C('RU', ['Russia', 'Russie'], ['Russian']), C('AE', ['United Arab Emirates']), CITY('Dubai', 'AE'), C('ET', [], ['Ethiopian']), C('MZ', [], ['moçambicanos']), C('PT', ['Portugal']), C('ML', [], ['maliens']), C('MA', ['Maroc'])];
  it('a place the nouns after "through" are in is on the route ("routing the payment through a bank in Dubai")', () => {
    expect(triples(run('Pakistan bought Russian crude. Pakistan settled the bill in Chinese yuan, routing the payment through a bank in Dubai.', 'en', defs))).not.toContain('PK>Dubai@AE:money');
  });
  it('people going abroad to study or be trained take training from where they go', () => {
    expect(triples(run('About 300 Ethiopian officers left this month for Russia to study at military academies.', 'en', defs))).toEqual(['RU>ET:training']);
    expect(triples(run('Cerca de 40 oficiais moçambicanos partiram para Portugal para se formar na Academia Militar.', 'pt', defs))).toEqual(['PT>MZ:training']);
    expect(triples(run("Une trentaine d'officiers maliens sont partis en Russie pour suivre une formation.", 'fr', defs))).toEqual(['RU>ML:training']);
    // (going to train others brings training the other way, as before)
    expect(triples(run('Cerca de 40 oficiais moçambicanos partiram para Portugal.', 'pt', defs))).toEqual(['MZ>PT:troops']);
  });
  it('French "partir en" goes there', () => {
    expect(triples(run("Une trentaine d'officiers maliens sont partis en Russie.", 'fr', defs))).toEqual(['ML>RU:troops']);
    expect(triples(run("Une trentaine d'officiers maliens sont partis au Maroc.", 'fr', defs))).toEqual(['ML>MA:troops']);
  });
});

describe('session 29 (heldout68): goods expected somewhere', () => {
  it('"ont expédié leur cargaison de GNL, chargée au large, et attendue début mai à Zeebrugge" goes to Zeebrugge', () => {
    const defs = [C('SN', ['Sénégal']), C('MR', ['Mauritanie']), CITY('Zeebrugge', 'BE')];
    expect(triples(run('Le Sénégal et la Mauritanie ont expédié jeudi leur première cargaison de gaz naturel liquéfié, chargée au large de leur frontière maritime et attendue début mai à Zeebrugge.', 'fr', defs))).toEqual(['MR>Zeebrugge@BE:oil', 'SN>Zeebrugge@BE:oil']);
  });
});

describe('session 29 (review): a ranking of suppliers or producers going on', () => {
  const defs = [C('IN', ['India', 'Inde'], ['Indian']), C('RU', ['Russia'], ['Russian']), C('IQ', ['Iraq']), C('SA', ['Saudi Arabia']), C('CO', ['Colombia']), C('US', ['Estados Unidos', 'United States']), C('BR', ['Brasil']), C('AR', ['Argentina']), C('MZ', ['Moçambique']), C('ZW', ['Zimbabué']), C('ZM', ['Zâmbia']), C('IN2', ['Índia']), C('UA', ['Ukraine']), C('PL', ['Poland'])];
  it('after "among its suppliers"/"como proveedores" the places ranked are more sources of the buyer', () => {
    expect(triples(run('India imported 1.5 million barrels per day of Russian crude in May. Iraq and Saudi Arabia came next among its suppliers.', 'en', defs))).toEqual(['IQ>IN:oil', 'RU>IN:oil', 'SA>IN:oil']);
    expect(triples(run('Colombia importó maíz de Estados Unidos en 2023. Brasil y Argentina le siguen como proveedores.', 'es', defs))).toEqual(['AR>CO:other', 'BR>CO:other', 'US>CO:other']);
  });
  it('a ranking of producers names no partner; a ranking after a purchase still ranks buyers', () => {
    expect(triples(run('Moçambique exportou carvão para a Índia no ano passado. O Zimbabué e a Zâmbia vêm a seguir no ranking dos maiores produtores da região.', 'pt', defs))).toEqual(['MZ>IN2:other']);
    expect(triples(run('Ukraine bought the most weapons from the United States last year. Next came Poland and India.', 'en', defs))).toEqual(['US>IN:weapons', 'US>PL:weapons', 'US>UA:weapons']);
  });
});

describe('session 29 (review): a share accounted for after a total with one place', () => {
  const defs = [C('VN', ['Vietnam']), C('US', ['United States']), C('JP', ['Japan']), C('AU', ['Australia']), C('MA', ['Maroc']), C('FR', ['France']), C('GH', ['Ghana']), C('CH', ['Switzerland'])];
  it('a sentence naming one place that "accounted for" a share of the total just stated is its source', () => {
    expect(triples(run('Vietnam imported $4.3 billion worth of cotton in 2022. The United States accounted for 40% of the total.', 'en', defs))).toEqual(['US>VN:other']);
    expect(triples(run("Le Maroc a importé 5 millions de tonnes de blé l'an dernier. La France a représenté près de la moitié des achats.", 'fr', defs))).toEqual(['FR>MA:other']);
  });
  it('"Japan\'s LNG imports totalled", "Ghana\'s gold exports hit": a plural transfer noun before a verb of change is no noun compound', () => {
    expect(triples(run("Japan's LNG imports totalled 66 million tonnes last year. Australia accounted for 42%.", 'en', defs))).toEqual(['AU>JP:oil']);
    expect(triples(run("Ghana's gold exports hit a record $7 billion last year. Switzerland bought nearly half, and Australia most of the rest.", 'en', defs))).toContain('GH>CH:other');
  });
});

describe('session 29 (review): a share of "these volumes" with its taker after it', () => {
  it('"Of these volumes, Japan took a third", "desses volumes, 20% foram para o Egito", "de ces volumes, le Maroc a pris un quart"', () => {
    const defs = [C('AU', ['Australia']), C('JP', ['Japan']), C('BR', ['Brasil']), C('EG', ['Egito']), C('FR', ['France']), C('MA', ['Maroc'])];
    expect(triples(run('Australia shipped 9 million tonnes of coal in May. Of these volumes, Japan took about a third.', 'en', defs))).toEqual(['AU>JP:other']);
    expect(triples(run('O Brasil vendeu 2 milhões de toneladas de açúcar no trimestre; desses volumes, 20% foram para o Egito.', 'pt', defs))).toEqual(['BR>EG:other']);
    expect(triples(run('La France a vendu 3 millions de tonnes de blé ; de ces volumes, le Maroc a pris un quart.', 'fr', defs))).toEqual(['FR>MA:other']);
  });
});

describe('session 29 (review): a denial after a relative clause', () => {
  it('"México, que también ha enviado petróleo al país, negó haber recibido pagos": the sending in the relative clause is not denied', () => {
    const defs = [C('RU', ['Rusia']), C('CU', ['Cuba']), C('MX', ['México']), C('IR', ['Irán']), C('RU2', ['Rússia'])];
    const fs = run('Rusia suministró combustible a Cuba en febrero. México, que también ha enviado petróleo al país, negó haber recibido pagos.', 'es', defs);
    expect(fs.filter((f) => f.from === 'MX').map((f) => `${f.to}:${f.category}:${f.status}`)).toEqual(['CU:oil:stated']);
    // (a denial of the verb's own clause stays: "Irán negó haber enviado drones a Rusia")
    expect(run('Irán negó haber enviado drones a Rusia.', 'es', defs).map((f) => f.status)).toEqual(['denied']);
  });
});

describe('session 29 (review): detaching troops in a list, in English, and French "a depuis"', () => {
  const defs = [C('RW', ['Rwanda']), REGION('Cabo Delgado', 'MZ'), C('PT', ['Portugal']), C('RO', ['Roménia']), C('US', ['États-Unis']), C('NE', ['Niger']), C('RU', ['Russie'])];
  it('troops anywhere in the object list of a verb of detaching; English "detached"', () => {
    expect(triples(run('Portugal vai destacar uma fragata e 150 militares para a Roménia.', 'pt', defs))).toEqual(['PT>RO:troops', 'PT>RO:vehicles']);
    expect(triples(run('Rwanda detached two battalions to Cabo Delgado in July.', 'en', defs))).toEqual(['RW>Cabo Delgado@MZ:troops']);
    expect(triples(run('The committee detached the annex from the report sent to Rwanda.', 'en', defs))).toEqual([]);
  });
  it('"La Russie a depuis déployé des instructeurs dans le pays": "depuis" between auxiliary and participle is an adverb', () => {
    expect(triples(run('Les États-Unis ont livré des drones au Niger en 2022. La Russie a depuis déployé des instructeurs dans le pays.', 'fr', defs))).toEqual(['RU>NE:training', 'US>NE:weapons']);
  });
});

describe('session 29 (review): oilseed meal', () => {
  it('soybean meal, farelo de soja, harina de soja, tourteau de soja are goods', () => {
    const defs = [C('AR', ['Argentina']), C('VN', ['Vietnam', 'Vietnã']), C('BR', ['Brasil', 'Brésil']), C('FR', ['France'])];
    expect(triples(run('Argentina shipped most of its soybean meal to Vietnam in 2023.', 'en', defs))).toEqual(['AR>VN:other']);
    expect(triples(run('La France a importé du tourteau de soja du Brésil.', 'fr', defs))).toEqual(['BR>FR:other']);
  });
});

describe('session 29 (review): a quotation in the first person plural, and where its speaker is', () => {
  const defs = [C('US', ['United States']), CITY('Jaén', 'ES'), C('DZ', ['Argelia'], ['algérien']), CITY('Tarragona', 'ES'), CITY('Fos-sur-Mer', 'FR'), C('CN', ['China'], ['Chinese'])];
  it('"We export…", said a manager of a cooperative in Jaén: the speaker\'s place gives, or receives ("Recibimos", "Nous recevons")', () => {
    expect(triples(run('"We export almost all our olive oil to the United States," said a manager of a cooperative in Jaén.', 'en', defs))).toEqual(['Jaén@ES>US:other']);
    expect(triples(run('"Recibimos el gas de Argelia sin interrupciones", dijo un gerente de una planta química en Tarragona.', 'es', defs))).toEqual(['DZ>Tarragona@ES:oil']);
    expect(triples(run("« Nous recevons du gaz algérien tous les jours », a déclaré un responsable d'une usine chimique à Fos-sur-Mer.", 'fr', defs))).toEqual(['DZ>Fos-sur-Mer@FR:oil']);
  });
  it('not a quotation in the third person: "China sends us nothing" is no flow from where the speaker is', () => {
    expect(triples(run('"The United States buys olive oil from China," said a trader in Jaén.', 'en', defs))).toEqual(['CN>US:other']);
  });
});

describe('session 29 (review): generators', () => {
  it('generators sent after a disaster are aid ("envió generadores a la ciudad")', () => {
    const defs = [C('RU', ['Rusia']), CITY('Járkov', 'UA'), C('DE', ['Alemania', 'Germany']), C('UA', ['Ukraine'])];
    expect(triples(run('Rusia lanzó misiles contra Járkov. Alemania envió generadores a la ciudad una semana después.', 'es', defs))).toEqual(['DE>Járkov@UA:aid']);
    expect(triples(run('Germany sent 200 generators to Ukraine.', 'en', defs))).toEqual(['DE>UA:aid']);
  });
});

describe('session 29 (heldout68): more edible oils', () => {
  it('avocado, sesame and cottonseed oil are goods, not petroleum, in the four languages', () => {
    const defs = [C('KE', ['Kenya']), C('IN', ['India', 'Índia', 'Inde']), C('MX', ['México']), C('US', ['Estados Unidos'])];
    expect(triples(run('Kenya sent a first consignment of avocado oil to India in March.', 'en', defs))).toEqual(['KE>IN:other']);
    expect(triples(run('México exportó aceite de aguacate a Estados Unidos.', 'es', defs))).toEqual(['MX>US:other']);
    expect(triples(run("Le Kenya a exporté de l'huile d'avocat vers l'Inde.", 'fr', defs))).toEqual(['KE>IN:other']);
  });
});

describe('session 29 (review): troops withdrawn "from the country"', () => {
  it('"A França, que retirou suas tropas do país" withdrew them from where the flow just before went, not from its topic', () => {
    const defs = [C('RU', ['Rússia', 'Russie']), C('ML', ['Mali']), C('FR', ['França', 'France'])];
    expect(triples(run('A Rússia forneceu helicópteros de combate ao Mali. A França, que retirou suas tropas do país em 2022, criticou o acordo.', 'pt', defs))).toEqual(['ML>FR:troops', 'RU>ML:vehicles']);
    expect(triples(run("La Russie a livré des blindés au Mali. La France, qui a retiré ses soldats du pays, a dénoncé l'accord.", 'fr', defs))).toEqual(['ML>FR:troops', 'RU>ML:vehicles']);
  });
});

describe('session 30: troops moved out of a place and sent on', () => {
  const defs = [C('US', ['United States', 'Estados Unidos', 'États-Unis']), C('SY', ['Syria', 'Siria', 'Síria', 'Syrie']), C('IQ', ['Iraq', 'Irak', 'Iraque']), C('JO', ['Jordan', 'Jordania', 'Jordânia', 'Jordanie']), C('DE', ['Germany']), C('PL', ['Poland'])];
  it('a gerund after a comma sending "most of them" on takes the goods and the place they left', () => {
    expect(triples(run('The United States has begun moving about 600 troops out of Syria, sending most of them to Iraq and the rest to Jordan.', 'en', defs))).toEqual(['SY>IQ:troops', 'SY>JO:troops']);
    expect(triples(run('The United States moved 600 troops out of Syria, sending them to Jordan.', 'en', defs))).toEqual(['SY>JO:troops']);
  });
  it('troops withdrawn and sent on elsewhere did not go home', () => {
    expect(triples(run('Estados Unidos retiró 600 soldados de Siria, enviando la mayoría de ellos a Irak y el resto a Jordania.', 'es', defs))).toEqual(['SY>IQ:troops', 'SY>JO:troops']);
    expect(triples(run('Os Estados Unidos retiraram 600 militares da Síria, enviando a maior parte deles para o Iraque.', 'pt', defs))).toEqual(['SY>IQ:troops']);
    expect(triples(run("Les États-Unis ont retiré 600 soldats de Syrie, envoyant la plupart d'entre eux en Irak.", 'fr', defs))).toEqual(['SY>IQ:troops']);
    // (withdrawn and then said to go home: home)
    expect(triples(run('The United States withdrew 600 troops from Syria, saying most of them would go home.', 'en', defs))).toEqual(['SY>US:troops']);
  });
  it('goods bought and sent on still leave from the buyer', () => {
    expect(triples(run('The United States bought 600 tanks from Germany, sending them to Poland.', 'en', defs))).toEqual(['DE>US:vehicles', 'US>PL:vehicles']);
  });
  it('a compass adjective in one word ("northeastern") keeps the place it qualifies an origin', () => {
    expect(triples(run('The United States is moving troops out of northeastern Syria to Jordan.', 'en', defs))).toEqual(['SY>JO:troops']);
  });
});

describe('session 30: a time clause after a comma', () => {
  it('"days after clashes in Upper Nile" tells of another event: no destination there', () => {
    const defs = [C('UG', ['Uganda', 'Ouganda']), C('SS', ['South Sudan', 'Sudão do Sul', 'Sudán del Sur', 'Soudan du Sud']), CITY('Malakal', 'SS')];
    expect(triples(run('Uganda has deployed 1,000 soldiers to South Sudan, its army said on Tuesday, days after clashes in Malakal.', 'en', defs))).toEqual(['UG>SS:troops']);
    expect(triples(run('Uganda enviou mil soldados para o Sudão do Sul, dias depois de confrontos em Malakal.', 'pt', defs))).toEqual(['UG>SS:troops']);
    expect(triples(run('Uganda envió mil soldados a Sudán del Sur, pocos días después de los enfrentamientos en Malakal.', 'es', defs))).toEqual(['UG>SS:troops']);
    // (a place the troops go to in the clause itself stays the destination)
    expect(triples(run('Uganda has deployed 1,000 soldiers to Malakal, in South Sudan, days after clashes there.', 'en', defs))).toEqual(['UG>Malakal@SS:troops']);
  });
});

describe('session 30: people leaving to work abroad', () => {
  const defs = [C('NP', ['Nepal'], ['Nepali', 'nepaleses', 'nepalíes']), C('SA', ['Saudi Arabia', 'Arábia Saudita', 'Arabia Saudita']), C('MG', ['Madagascar'], ['Malgaches']), C('QA', ['Qatar']), { key: 'Golfe', kind: 'region', names: ['Golfe'] } as HandPlace, C('NL', ['Rotterdam'])];
  it('where people leave to work or live is where they go, not where they come back from', () => {
    expect(triples(run('About 4,500 Nepali workers left to work in Saudi Arabia last year.', 'en', defs))).toEqual(['NP>SA:people']);
    expect(triples(run('Cerca de 4.500 nepaleses partiram para trabalhar na Arábia Saudita.', 'pt', defs))).toEqual(['NP>SA:people']);
    expect(triples(run('Unos 4.500 nepalíes salieron de Nepal para trabajar en Arabia Saudita.', 'es', defs))).toEqual(['NP>SA:people']);
    expect(triples(run('Quelque 4 500 Malgaches, en majorité des femmes, sont partis travailler dans les pays du Golfe.', 'fr', defs))).toEqual(['MG>Golfe:people']);
  });
  it('a start of their own stays the start; with no purpose, leaving another country still goes home', () => {
    expect(triples(run('About 4,500 Nepali workers left Qatar to work in Saudi Arabia.', 'en', defs))).toEqual(['QA>SA:people']);
    expect(triples(run('About 4,500 Nepali workers left Qatar last year.', 'en', defs))).toEqual(['QA>NP:people']);
    // (a ship is no worker)
    expect(triples(run('The ship left Rotterdam to work in Qatar.', 'en', defs))).toEqual([]);
  });
});

describe('session 30 (heldout68): goods arriving together with a shipment', () => {
  const defs = [C('GT', ['Guatemala']), C('BR', ['Brasil']), C('HT', ['Haití', 'Haiti']), C('CA', ['Canadá'])];
  it('"llegaron blindados donados por Canadá, junto con un cargamento de fusiles destinado a Haití": one transfer from the giver to where the shipment goes', () => {
    expect(triples(run('Guatemala envió 150 soldados a Haití. En un avión militar llegaron también seis blindados donados por Canadá, junto con un cargamento de fusiles y municiones destinado a la policía de Haití.', 'es', defs))).toEqual(['CA>HT:munitions', 'CA>HT:vehicles', 'CA>HT:weapons', 'GT>HT:troops']);
    expect(triples(run('O Brasil enviou 200 militares ao Haiti. Num avião de carga chegaram ainda dez blindados doados pelo Canadá, junto com um carregamento de fuzis destinado à polícia do Haiti.', 'pt', defs))).toEqual(['BR>HT:troops', 'CA>HT:vehicles', 'CA>HT:weapons']);
    // (French "ainsi qu'une", with its "que" elided)
    expect(triples(run("Le Guatemala a envoyé 150 soldats en Haïti. Dans un avion militaire sont arrivés aussi six blindés donnés par le Canada, ainsi qu'une cargaison de fusils destinée à la police d'Haïti.", 'fr', [C('GT', ['Guatemala']), C('HT', ['Haïti']), C('CA', ['Canada'])]))).toEqual(['CA>HT:vehicles', 'CA>HT:weapons', 'GT>HT:troops']);
  });
});

describe('session 30 (heldout68): goods a relative clause on them says were bought', () => {
  const defs = [C('ET', ['Ethiopia', 'Etiopía', 'Etiópia'], ['Ethiopian']), C('TR', ['Turkey', 'Turquía', 'Turquia'], ['Turkish', 'turcos']), C('IR', ['Iran'], ['Iranian']), C('CN', ['China'], ['Chinese']), C('NL', ['Netherlands', 'Holanda']), C('RO', ['Romania'])];
  it('"the drones that it bought", "the Turkish drones it acquired": the goods are the antecedent, the buyer the main subject', () => {
    expect(triples(run('Ethiopia already operates the drones that it bought from Turkey in 2021.', 'en', defs))).toEqual(['TR>ET:weapons']);
    expect(triples(run('Ethiopia already operates Turkish drones that it bought in 2021.', 'en', defs))).toEqual(['TR>ET:weapons']);
    expect(triples(run('Ethiopia received Chinese drones, adding to the Turkish and Iranian drones it acquired in 2021.', 'en', defs))).toEqual(['CN>ET:weapons', 'IR>ET:weapons', 'TR>ET:weapons']);
    expect(triples(run('Etiopía ya opera drones turcos que compró en 2021.', 'es', defs))).toEqual(['TR>ET:weapons']);
    expect(triples(run('A Etiópia já opera drones turcos que comprou em 2021.', 'pt', defs))).toEqual(['TR>ET:weapons']);
  });
  it('the object of a verb of transfer stays that verb\'s: "sent the last of 18 jets it had pledged to Romania" is sent', () => {
    expect(run('The Netherlands has sent the last of 18 F-16 fighter jets it had pledged to Romania.', 'en', defs).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`)).toEqual(['NL>RO:vehicles:stated']);
    expect(triples(run('A Holanda enviou os últimos dos 18 caças F-16 que tinha prometido à Romania.', 'pt', defs))).toEqual(['NL>RO:vehicles']);
  });
});

describe('session 30: a clause of "as", and paying after a purchase', () => {
  const defs = [C('IN', ['India']), C('VN', ['Vietnam']), { key: 'South China Sea', kind: 'region', names: ['South China Sea'] } as HandPlace, C('PK', ['Pakistan', 'Paquistão'], ['Pakistani']), C('AF', ['Afghanistan', 'Afeganistão'], ['Afghan'])];
  it('", as the two countries deepen ties in the South China Sea" is another clause', () => {
    expect(triples(run('India has handed over a missile corvette to Vietnam, the first warship it has given to a foreign navy, as the two countries deepen ties in the South China Sea.', 'en', defs))).toEqual(['IN>VN:vehicles']);
  });
  it('"bought coal from Afghanistan, paying in rupees": the buyer pays the seller', () => {
    expect(triples(run('Pakistan bought 3.9 million tonnes of coal from Afghanistan, paying in rupees.', 'en', defs))).toEqual(['AF>PK:other', 'PK>AF:money']);
    expect(triples(run('Pakistani cement makers bought 3.9 million tonnes of Afghan coal, paying in rupees.', 'en', defs))).toEqual(['AF>PK:other', 'PK>AF:money']);
    expect(triples(run('O Paquistão comprou 3,9 milhões de toneladas de carvão ao Afeganistão, pagando em rúpias.', 'pt', defs))).toEqual(['AF>PK:other', 'PK>AF:money']);
  });
});

describe('session 30 (heldout70): what comes from a place a country depends on', () => {
  const defs = [C('PT', ['Portugal']), C('IE', ['Irlanda']), C('CH', ['Suíça']), C('FR', ['France']), C('NO', ['Norvège']), C('ES', ['España']), C('DZ', ['Argelia'], ['argelino'])];
  it('"depende da Irlanda, de onde chegam vacinas": from there to the dependent', () => {
    expect(triples(run('Portugal continua a depender da Irlanda, de onde chegam vacinas e insulinas.', 'pt', defs))).toEqual(['IE>PT:aid']);
    expect(triples(run("La France dépend de la Norvège, d'où arrive l'essentiel de son gaz.", 'fr', defs))).toEqual(['NO>FR:oil']);
  });
  it('"on the imports side, the country" is the exporter the story is about, not the latest buyer; medicines in a sentence about trade are goods; "sin depender" is no dependence', () => {
    expect(triples(run('Portugal exportou medicamentos para a Suíça. Do lado das importações, o país continua a depender da Irlanda, de onde chegam vacinas.', 'pt', defs))).toEqual(['IE>PT:other', 'PT>CH:other']);
    expect(triples(run('España sigue sin depender del gas argelino.', 'es', defs))).toEqual([]);
  });
});

describe('session 30 (heldout70): "que lhe fornece" after a word of dependence; raw materials', () => {
  const defs = [C('PT', ['Portugal']), C('CN', ['China', 'Chine']), C('FR', ['France']), C('DZ', ['Algérie', 'Argelia']), C('ES', ['España']), C('RU', ['Russie']), C('DE', ['Allemagne'])];
  it('the dative pronoun of a relative clause on the place depended on is the dependent', () => {
    expect(triples(run('Portugal continua a depender da China, que lhe fornece grande parte das matérias-primas.', 'pt', defs))).toEqual(['CN>PT:other']);
    expect(triples(run("La France dépend de l'Algérie, qui lui fournit du gaz.", 'fr', defs))).toEqual(['DZ>FR:oil']);
    expect(triples(run('España depende de Argelia, que le suministra gas.', 'es', defs))).toEqual(['DZ>ES:oil']);
  });
  it('not in a ranking, where the pronoun is the buyer', () => {
    expect(triples(run("La Russie a fourni 70 % des armes importées par l'Algérie, loin devant la Chine et l'Allemagne, qui lui a vendu des frégates.", 'fr', defs))).not.toContain('DE>CN:vehicles');
  });
  it('raw materials are goods ("matérias-primas", "materias primas", "matières premières")', () => {
    expect(triples(run('China supplies raw materials to Portugal.', 'en', defs))).toEqual(['CN>PT:other']);
  });
});

describe('session 30 (heldout70): a relative of buying "from" with a subject of its own', () => {
  const defs = [C('ES', ['Espanha', 'España', 'Spain', 'Espagne']), C('FR', ['França', 'Francia', 'France']), CITY('Madrid', 'ES', true), C('PT', ['Portugal'])];
  it('"França, à qual Espanha comprou 7.000 GWh": the place before the relative sells, the clause\'s subject buys', () => {
    expect(triples(run('Madrid quer reforçar as ligações com França, à qual Espanha comprou 7.000 GWh.', 'pt', defs))).toEqual(['FR>ES:other']);
    expect(triples(run('Madrid quiere reforzar las conexiones con Francia, a la que España compró 7.000 GWh.', 'es', defs))).toEqual(['FR>ES:other']);
    expect(triples(run('Madrid wants stronger links with France, from which Spain bought 7,000 GWh.', 'en', defs))).toEqual(['FR>ES:other']);
    expect(triples(run("Madrid veut renforcer les liaisons avec la France, à laquelle l'Espagne a acheté 7 000 GWh.", 'fr', defs))).toEqual(['FR>ES:other']);
  });
  it('and a relative of selling "to" with a subject of its own: that subject sells', () => {
    expect(triples(run('Lisboa quer reforçar as ligações com França, à qual Espanha vendeu 7.000 GWh.', 'pt', defs))).toEqual(['ES>FR:other']);
  });
});

describe('session 30 (heldout70): sales "to the neighbouring country" after imports from it', () => {
  const defs = [C('PT', ['Portugal']), C('ES', ['Espanha']), C('BR', ['Brasil']), C('CN', ['China']), C('TH', ['Tailândia'])];
  it('"As vendas ao país vizinho" after "Portugal importou de Espanha" are Portugal\'s sales to Spain', () => {
    expect(triples(run('Portugal importou de Espanha 10.400 GWh de eletricidade. As vendas ao país vizinho ficaram-se pelos 3.100 GWh.', 'pt', defs))).toEqual(['ES>PT:other', 'PT>ES:other']);
  });
});

describe('session 30 (heldout70): people entering, removals, ore', () => {
  const defs = [C('US', ['United States', 'Estados Unidos']), C('MX', ['Mexico', 'México']), C('CA', ['Canada']), C('CN', ['China']), C('GN', ['Guiné']), C('AU', ['Australia'])];
  it('"Most of those on board had entered the United States from Mexico": a pronoun or partitive subject entering from one country into another is people', () => {
    expect(triples(run('Most of those on board had entered the United States from Mexico after first flying there.', 'en', defs))).toEqual(['MX>US:people']);
    expect(triples(run('La mayoría de ellos había entrado en Estados Unidos desde México.', 'es', defs))).toEqual(['MX>US:people']);
  });
  it('"210 removals to China" are deportations', () => {
    expect(triples(run('Canada carried out 210 removals to China last year.', 'en', defs))).toEqual(['CA>CN:people']);
  });
  it('ore is goods ("minério", "minerai")', () => {
    const ore = [CITY('Fremantle', 'AU'), CITY('Kuantan', 'MY'), CITY('Mount Weld', 'AU')];
    expect(triples(run('The ore is shipped from Fremantle to Kuantan.', 'en', ore))).toEqual(['Fremantle@AU>Kuantan@MY:other']);
    expect(triples(run('Ore from Mount Weld is shipped to Kuantan.', 'en', ore))).toEqual(['Mount Weld@AU>Kuantan@MY:other']);
  });
});

describe('session 30 (heldout70): a clause of concession has its own subject', () => {
  const defs = [C('ES', ['España', 'Espanha', 'Spain'], ['españoles', 'portugueses', 'Spanish']), C('JP', ['Japón', 'Japão', 'Japan']), C('US', ['Estados Unidos', 'United States'])];
  it('"Japón absorbe el 80 %, aunque los productores españoles han empezado a vender pescado a Estados Unidos" are the Spanish producers\' sales', () => {
    expect(triples(run('Japón absorbe casi el 80 % de la producción, aunque los productores españoles han empezado a vender pescado fresco a Estados Unidos.', 'es', defs))).toEqual(['ES>US:other']);
    expect(triples(run('Japan takes 80% of the catch, although Spanish producers have begun to sell fresh fish to the United States.', 'en', defs))).toEqual(['ES>US:other']);
  });
});

describe('session 30 (heldout70): aid asked for', () => {
  const defs = [C('GR', ['Grécia', 'Greece', 'Grecia']), C('PT', ['Portugal'])];
  it('"pediu ajuda a Portugal", "había pedido ayuda también a Portugal": a request is no transfer, and the place asked no recipient', () => {
    expect(triples(run('A Grécia pediu ajuda a Portugal.', 'pt', defs))).toEqual([]);
    expect(triples(run('El Gobierno de Grecia había pedido ayuda también a Portugal, que la descartó.', 'es', defs))).toEqual([]);
  });
  it('aid given or thanked for still is', () => {
    expect(triples(run('Portugal enviou ajuda à Grécia.', 'pt', defs))).toEqual(['PT>GR:aid']);
    expect(triples(run('A Grécia agradeceu a ajuda de Portugal.', 'pt', defs))).toEqual(['PT>GR:aid']);
  });
});

describe('session 30 (heldout70): rescuers leaving with no start named', () => {
  const defs = [C('ES', ['España']), C('GR', ['Grecia']), C('CA', ['Canadá']), CITY('Madrid', 'ES', true), C('IT', ['Italia'])];
  it('leave from the dateline\'s country, else from the giver of the flow just before', () => {
    expect(triples(run('Madrid, 14 ago (EFE).- Italia envió aviones a Grecia, según el Gobierno de España. Además, 60 bomberos forestales partirán la próxima semana hacia Canadá.', 'es', defs))).toEqual(['ES>CA:aid', 'IT>GR:vehicles']);
    expect(triples(run('España enviará dos aviones a Grecia. Además, 60 bomberos forestales partirán la próxima semana hacia Canadá.', 'es', defs))).toEqual(['ES>CA:aid', 'ES>GR:vehicles']);
  });
});

describe('session 30 (heldout70): a price per unit', () => {
  const defs = [C('EG', ['Egipto', 'Egypt']), C('ES', ['España', 'Spain']), CITY('Tarragona', 'ES')];
  it('"la tonelada se paga en Tarragona a 420 euros" is no payment; a payment for tonnes still is', () => {
    expect(triples(run('Egipto vendió urea a España. La tonelada de urea granulada se paga en el puerto de Tarragona a unos 420 euros.', 'es', defs))).toEqual(['EG>ES:other']);
    expect(triples(run('Spain paid Egypt 40 million euros for 100,000 tonnes of urea.', 'en', defs))).toEqual(['EG>ES:other', 'ES>EG:money']);
  });
});

describe('session 30 (heldout70): nuclear fuel is goods, not oil', () => {
  const defs = [CITY('Cherbourg', 'FR'), C('JP', ['Japon', 'Japan']), C('FR', ['France']), C('RU', ['Russia']), C('IN', ['India'])];
  it('"navires chargés de combustible nucléaire" carry goods; "nuclear fuel", "combustible usé" are not petroleum', () => {
    expect(triples(run('Deux navires chargés de combustible nucléaire ont quitté jeudi le port de Cherbourg à destination du Japon.', 'fr', defs))).toEqual(['Cherbourg@FR>JP:other']);
    expect(triples(run('Russia agreed to supply nuclear fuel to India until 2030.', 'en', defs))).toEqual(['RU>IN:other']);
  });
});

describe('session 30 (heldout70): a system name on missiles is their model', () => {
  const defs = [C('JP', ['Japon']), C('US', ['Etats-Unis']), C('DE', ['Germany']), C('UA', ['Ukraine'])];
  it('"missiles intercepteurs Patriot PAC-3", "Patriot interceptor missiles" are missiles only; "Patriot systems and missiles" both', () => {
    expect(triples(run('Le Japon a livré aux Etats-Unis un premier lot de missiles intercepteurs Patriot PAC-3.', 'fr', defs))).toEqual(['JP>US:missiles']);
    expect(triples(run('Germany sent Patriot interceptor missiles to Ukraine.', 'en', defs))).toEqual(['DE>UA:missiles']);
    expect(triples(run('Germany sent Patriot systems and missiles to Ukraine.', 'en', defs))).toEqual(['DE>UA:missiles', 'DE>UA:technology']);
  });
});

describe('session 30 (heldout70): trainees named by their nationality, wherever they train', () => {
  const defs = [C('AU', ['Australie']), C('NC', ['Nouvelle-Calédonie'], ['calédoniens']), CITY('Perth', 'AU'), C('US', ['États-Unis']), C('UA', ['Ukraine'], ['ukrainiens']), C('DK', ['Danemark'])];
  it('"former des techniciens calédoniens à Perth", "formé des pilotes ukrainiens au Danemark" train the trainees\' country', () => {
    expect(triples(run("L'Australie va former des techniciens calédoniens à Perth.", 'fr', defs))).toEqual(['AU>NC:training']);
    expect(triples(run('Les États-Unis ont formé des pilotes ukrainiens au Danemark.', 'fr', defs))).toEqual(['US>UA:training']);
  });
});

describe('session 30 (review): goods bought and used somewhere; a withdrawal home; a consignment leaving', () => {
  const defs = [C('ET', ['Ethiopia']), C('TR', ['Turkey', 'Turquia', 'Turquía'], ['turcos']), CITY('Tigray', 'ET'), C('UA', ['Ucrânia']), CITY('Kherson', 'UA'), C('CO', ['Colombia']), C('RU', ['Russia']), C('AM', ['Armenia']), CITY('Sines', 'PT'), C('JO', ['Jordânia'])];
  it('a purchase in a relative clause on the goods is the main subject\'s, not the place where they were used', () => {
    expect(triples(run('Ethiopia used the drones that it bought from Turkey in its offensive in Tigray.', 'en', defs))).toEqual(['TR>ET:weapons']);
    expect(triples(run('A Ucrânia usou os drones turcos que comprou no ano passado para atacar posições em Kherson.', 'pt', defs))).toEqual(['TR>UA:weapons']);
    expect(triples(run('Colombia utilizó los drones turcos que compró en 2022 para atacar campamentos.', 'es', defs))).toEqual(['TR>CO:weapons']);
  });
  it('a gerund taking withdrawn troops home keeps the withdrawal and its count', () => {
    expect(run('Russia withdrew 2,000 soldiers from Armenia, bringing them back home to Russia.', 'en', defs).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['AM>RU:troops:2000']);
  });
  it('"partiu de Sines o primeiro carregamento de ovinos para a Jordânia": a consignment after the start is what leaves', () => {
    expect(triples(run('Em abril partiu ainda de Sines o primeiro carregamento de ovinos para a Jordânia.', 'pt', defs))).toEqual(['Sines@PT>JO:other']);
  });
});

describe('session 30: sales after imports turn around only with an amount of their own', () => {
  it('"Les ventes au pays voisin ont reculé" names no goods sold back', () => {
    const defs = [C('DE', ['Allemagne']), C('NO', ['Norvège'])];
    expect(triples(run("L'Allemagne a importé du gaz de Norvège. Les ventes au pays voisin ont reculé.", 'fr', defs))).toEqual(['NO>DE:oil']);
  });
});

describe('session 30: the place asked for help that sends', () => {
  it('"pediu ajuda a Portugal, que enviou 20 toneladas de medicamentos" is Portugal\'s sending to the asker, not the reverse', () => {
    const defs = [C('AO', ['Angola'], ['angolano']), C('PT', ['Portugal'])];
    expect(triples(run('O Governo angolano pediu ajuda a Portugal, que enviou 20 toneladas de medicamentos.', 'pt', defs))).toEqual(['PT>AO:aid']);
    expect(triples(run('Portugal ajudou Angola a reforçar a sua marinha com três lanchas.', 'pt', defs))).toEqual(['PT>AO:vehicles']);
  });
});

describe('session 30: a relative of selling to a place closes at its comma', () => {
  it('"Iran, to which Russia sold jets, supplies drones to Moscow": the drones are no part of the sale', () => {
    const defs = [C('IR', ['Iran']), C('RU', ['Russia']), CITY('Moscow', 'RU', true), CITY('Karachi', 'PK', false)];
    expect(triples(run('Iran, to which Russia sold jets, supplies drones to Moscow.', 'en', defs))).not.toContain('RU>IR:weapons');
    expect(triples(run('Iran, to which Russia sold jets, supplies drones to Moscow.', 'en', defs))).toContain('RU>IR:vehicles');
  });
});

describe('session 31: the main verb after a relative opened by "to" or "from"', () => {
  const defs = [C('AO', ['Angola']), C('PT', ['Portugal']), C('BE', ['Belgium', 'Bélgica', 'Belgique']), C('IE', ['Ireland', 'Irlanda', 'Irlande']), C('ES', ['Spain', 'Espanha', 'Espagne'])];
  it('the antecedent is the subject of the verb after the clause, not the clause\'s own subject', () => {
    expect(triples(run('A Angola, à qual Portugal comprou petróleo, vendeu diamantes à Bélgica.', 'pt', defs))).toEqual(['AO>BE:other', 'AO>PT:oil']);
    expect(triples(run('Angola, a la que Portugal compró petróleo, vendió diamantes a Bélgica.', 'es', defs))).toEqual(['AO>BE:other', 'AO>PT:oil']);
    expect(triples(run("L'Angola, auquel le Portugal a acheté du pétrole, a vendu des diamants à la Belgique.", 'fr', defs))).toEqual(['AO>BE:other', 'AO>PT:oil']);
    expect(triples(run('Angola, to which Portugal sold wine, sold diamonds to Belgium.', 'en', defs))).toEqual(['AO>BE:other', 'PT>AO:other']);
  });
  it('so after a relative adverb of where from ("from which", "de onde", "d\'où")', () => {
    expect(triples(run('Angola, from which Portugal bought oil, sold diamonds to Belgium.', 'en', defs))).toEqual(['AO>BE:other', 'AO>PT:oil']);
    expect(triples(run('A Irlanda, de onde Portugal importa vacinas, vendeu medicamentos a Espanha.', 'pt', defs))).toEqual(['IE>ES:other', 'IE>PT:other']);
    expect(triples(run("L'Irlande, d'où le Portugal importe des vaccins, a vendu des médicaments à l'Espagne.", 'fr', defs))).toEqual(['IE>ES:other', 'IE>PT:other']);
  });
});

describe('session 31: a country or nationality naming a currency', () => {
  const defs = [C('RU', ['Russia', 'Rusia'], ['Russian']), C('PK', ['Pakistan', 'Pakistán']), C('CN', ['China'], ['Chinese', 'chinos']), C('KE', ['Kenya']), C('US', ['United States', 'US', 'Estados Unidos', 'États-Unis'], ['americanos', 'américains'])];
  it('"2 billion Chinese yuan" is no people of China', () => {
    expect(triples(run('Russia lent Pakistan 2 billion Chinese yuan last year.', 'en', defs))).toEqual(['RU>PK:money']);
    expect(triples(run('Rusia prestó a Pakistán 2.000 millones de yuanes chinos.', 'es', defs))).toEqual(['RU>PK:money']);
  });
  it('a payment "in Chinese yuan" after a purchase goes to the seller, not to China', () => {
    expect(triples(run('Pakistan bought Russian crude, paying in Chinese yuan.', 'en', defs))).toEqual(['PK>RU:money', 'RU>PK:oil']);
  });
  it('"US dollars" names no end; a currency symbol after a country does not hide it ("lend Kenya $2 billion")', () => {
    expect(triples(run('China lent Kenya $2 billion in US dollars.', 'en', defs))).toEqual(['CN>KE:money']);
    expect(triples(run('China agreed to lend Kenya $2 billion.', 'en', defs))).toEqual(['CN>KE:money']);
  });
});

describe('session 31: supplying a place with goods, and relatives whose pronoun is the object', () => {
  const defs = [C('CN', ['China', 'Chine']), C('BR', ['Brasil', 'Brazil', 'Brésil']), C('EG', ['Egito', 'Egypt', 'Egipto', 'Égypte']), C('MZ', ['Moçambique']), C('ZW', ['Zimbabué']), C('QA', ['Qatar']), C('JP', ['Japan']), C('VN', ['Vietnam'])];
  it('Portuguese "abastecer" a place "de"/"com" goods: the place is supplied', () => {
    expect(triples(run('A China abastece o Brasil de fertilizantes.', 'pt', defs))).toEqual(['CN>BR:other']);
    expect(triples(run('Moçambique abastece de energia o Zimbabué desde 2010.', 'pt', defs))).toEqual(['MZ>ZW:other']);
  });
  it('"O Brasil, que a China abastece de fertilizantes": the antecedent is supplied by the clause\'s own subject', () => {
    expect(triples(run('O Brasil, que a China abastece de fertilizantes, exportou soja para o Egito.', 'pt', defs))).toEqual(['BR>EG:other', 'CN>BR:other']);
    expect(triples(run('Brasil, que China abastece de fertilizantes, exportó soja a Egipto.', 'es', defs))).toEqual(['BR>EG:other', 'CN>BR:other']);
    expect(triples(run("Le Brésil, que la Chine approvisionne en engrais, a exporté du soja vers l'Égypte.", 'fr', defs))).toEqual(['BR>EG:other', 'CN>BR:other']);
    expect(triples(run('Japan, which Qatar supplies with LNG, sold ships to Vietnam.', 'en', defs))).toEqual(['JP>VN:vehicles', 'QA>JP:oil']);
  });
});

describe('session 31: goods or people coming from a place go to the user their subject names', () => {
  const defs = [C('EG', ['Egypt', 'Egipto', 'Égypte']), C('RU', ['Russia', 'Rússia', 'Rusia', 'Russie']), C('AO', ['Angola']), C('ES', ['Spain', 'España']), C('DZ', ['Algeria', 'Argelia']), C('JP', ['Japan']), C('AU', ['Australia']), C('IT', ['Italy', 'Itália']), C('TN', ['Tunísia']), C('IN', ['Inde'])];
  it('"comes from", "vem da", "procede de", "provient de" after goods consumed, bought or imported somewhere', () => {
    expect(triples(run('Most of the wheat Egypt consumes comes from Russia.', 'en', defs))).toEqual(['RU>EG:other']);
    expect(triples(run('Most of the gas that Spain imports comes from Algeria.', 'en', defs))).toEqual(['DZ>ES:oil']);
    expect(triples(run("About 40% of Japan's LNG comes from Australia.", 'en', defs))).toEqual(['AU>JP:oil']);
    expect(triples(run('Metade do trigo consumido em Angola vem da Rússia.', 'pt', defs))).toEqual(['RU>AO:other']);
    expect(triples(run('La mitad del trigo que consume Egipto procede de Rusia.', 'es', defs))).toEqual(['RU>EG:other']);
    expect(triples(run('El 60 % del gas que importa España viene de Argelia.', 'es', defs))).toEqual(['DZ>ES:oil']);
    expect(triples(run('La moitié du blé consommé en Égypte provient de Russie.', 'fr', defs))).toEqual(['RU>EG:other']);
    expect(triples(run("L'essentiel du pétrole importé par l'Inde provient de Russie.", 'fr', defs))).toEqual(['RU>IN:oil']);
  });
  it('so after a verb of arriving, and for people', () => {
    expect(triples(run('Half the gas burned in Italy arrives from Algeria.', 'en', defs))).toEqual(['DZ>IT:oil']);
    expect(triples(run('A maior parte dos migrantes que chegam a Itália vem da Tunísia.', 'pt', defs))).toEqual(['TN>IT:people']);
  });
  it('no goods, or a place of origin alone: nothing', () => {
    expect(triples(run('The idea comes from Russia.', 'en', defs))).toEqual([]);
    expect(triples(run('Wheat comes from Russia.', 'en', defs))).toEqual([]);
  });
});

describe('session 31 (heldout72): trainees following a course abroad', () => {
  it('"suivent une formation en Turquie" in the present is training by Turkey, as "ont suivi" was', () => {
    const defs = [C('TG', ['Togo'], ['togolais']), C('TR', ['Turquie'])];
    expect(triples(run('Quarante-huit officiers togolais suivent actuellement une formation en Turquie.', 'fr', defs))).toEqual(['TR>TG:training']);
    expect(triples(run("Quarante-huit officiers togolais ont suivi une formation en Turquie.", 'fr', defs))).toEqual(['TR>TG:training']);
  });
});

describe('session 31 (heldout72): "the government" and "the island"', () => {
  const defs = [C('CU', ['Cuba']), CITY('La Habana', 'CU', true), C('BR', ['Brasil']), C('CO', ['Colombia']), C('CN', ['China']), C('VN', ['Vietnam']), C('RU', ['Rusia']), C('KM', ['Comores']), CITY('Anjouan', 'KM'), C('SA', ['Arabie saoudite'])];
  it('"el Gobierno" with no place of its own is the dateline country\'s government, not the latest place', () => {
    expect(triples(run('La Habana, 5 feb (EFE).- Cuba compró azúcar a Brasil y Colombia. La zafra fue mala. Aun así, el Gobierno envió a China 40.000 toneladas de azúcar.', 'es', defs))).toEqual(['BR>CU:other', 'CO>CU:other', 'CU>CN:other']);
  });
  it('"la isla", "a ilha", "the island" stand for the latest island country named', () => {
    expect(triples(run('Cuba compró arroz a Vietnam. Antes de la crisis, la isla también vendía azúcar a Rusia.', 'es', defs))).toEqual(['CU>RU:other', 'VN>CU:other']);
    expect(triples(run('Cuba bought rice from Vietnam. Before the crisis, the island also sold sugar to Russia.', 'en', [...defs, C('RU', ['Russia'])]))).toEqual(['CU>RU:other', 'VN>CU:other']);
    // (no island country named: not the latest country)
    expect(triples(run('Brasil compró arroz a Vietnam. La isla también vendía azúcar a Rusia.', 'es', defs))).not.toContain('BR>RU:other');
  });
});

describe('session 31 (heldout72): goods given that a relative clause says arrived somewhere', () => {
  const defs = [C('VN', ['Vietnam', 'Vietname']), CITY('Santiago de Cuba', 'CU'), CITY('Havana', 'CU', true), C('PY', ['Paraguai']), CITY('Foz do Iguaçu', 'BR')];
  it('"donó 5.000 toneladas de arroz que llegaron al puerto de Santiago de Cuba" goes there, as aid', () => {
    expect(triples(run('Vietnam donó 5.000 toneladas de arroz que llegaron al puerto de Santiago de Cuba.', 'es', defs))).toEqual(['VN>Santiago de Cuba@CU:aid']);
    expect(triples(run('Vietnam donated 5,000 tonnes of rice, which arrived in Havana in January.', 'en', defs))).toEqual(['VN>Havana@CU:aid']);
    expect(triples(run('O Vietname doou 5 mil toneladas de arroz que chegaram ao porto de Santiago de Cuba.', 'pt', defs))).toEqual(['VN>Santiago de Cuba@CU:aid']);
  });
  it('not a place the goods crossed on the way', () => {
    expect(triples(run('O Paraguai doou 35 toneladas de alimentos, que atravessaram a fronteira em Foz do Iguaçu.', 'pt', defs))).not.toContain('PY>Foz do Iguaçu@BR:aid');
  });
});

describe('session 31 (heldout72): imports opening a sentence, auto parts, "o país vizinho"', () => {
  const defs = [C('BR', ['Brasil']), CITY('São Paulo', 'BR'), C('AR', ['Argentina'], ['argentinos']), C('CN', ['China'], ['chineses']), C('AO', ['Angola']), CITY('Luanda', 'AO', true), C('RU', ['Rússia'], ['russo']), C('ES', ['Espanha']), C('FR', ['França']), C('PT', ['Portugal'])];
  it('imports with no importer named, opening the sentence, are the story\'s country\'s', () => {
    expect(triples(run('São Paulo, 7 jan (Agência Brasil) – O Brasil exportou carros para a Argentina. Já as importações de carros elétricos chineses somaram 115 mil unidades.', 'pt', defs))).toEqual(['BR>AR:vehicles', 'CN>BR:vehicles']);
    expect(triples(run('Luanda, 3 mar (Lusa) - As importações de trigo russo somaram 1 milhão de toneladas.', 'pt', defs))).toEqual(['RU>Luanda@AO:other']);
  });
  it('auto parts are goods; "o país vizinho" is another country than the one the sentence opens with', () => {
    expect(triples(run('O Brasil exportou carros para a Argentina. O Brasil importou 28 mil veículos argentinos e ampliou as compras de autopeças do país vizinho.', 'pt', defs))).toEqual(['AR>BR:other', 'AR>BR:vehicles', 'BR>AR:vehicles']);
    expect(triples(run('A Espanha exportou vinho para França. Portugal vendeu 3 mil GWh ao país vizinho.', 'pt', defs))).toEqual(['ES>FR:other', 'PT>ES:other']);
  });
});

describe('session 31 (heldout72): people leaving with no start named, in a story with a dateline', () => {
  const defs = [C('KG', ['Kyrgyzstan'], ['Kyrgyz']), CITY('Bishkek', 'KG', true), C('KR', ['South Korea']), C('GB', ['Britain'])];
  it('"4,300 workers left for South Korea", "250 fruit pickers flew to Britain" leave the dateline\'s country', () => {
    expect(triples(run('Bishkek, Feb 3 (AFP) - Kyrgyz migrants sent money home. Meanwhile, 4,300 workers left for South Korea last year, and a first group of 250 fruit pickers flew to Britain in April.', 'en', defs))).toEqual(['KG>GB:people', 'KG>KR:people']);
  });
  it('with no dateline, no start', () => {
    expect(triples(run('Kyrgyz migrants sent money home. Meanwhile, 4,300 workers left for South Korea last year.', 'en', defs))).toEqual([]);
  });
});

describe('session 31 (heldout72): the topic a sentence opens with, past a dateline, and not a place of origin', () => {
  const defs = [C('BD', ['Bangladesh']), CITY('Dhaka', 'BD', true), C('IN', ['India'], ['Indian']), C('NP', ['Nepal']), C('BT', ['Bhutan'])];
  it('"The country also buys" after "Dhaka (Reuters) - Bangladesh paid" and "Power from Nepal began reaching Bangladesh" is Bangladesh', () => {
    expect(triples(run('Dhaka, Nov 18 (Reuters) - Bangladesh paid $5 million to India. The plant delivered 1,100 megawatts last year. Power from Nepal began reaching Bangladesh on Friday, carried across Indian territory. The country also buys about 1,160 megawatts from Indian state utilities and is in talks to import electricity from Bhutan, the officials said.', 'en', defs))).toEqual(['BD>IN:money', 'BT>BD:other', 'IN>BD:other']);
  });
});

describe('session 31 (heldout72): hydropower; goods that qualify works in English', () => {
  const defs = [C('NP', ['Nepal']), C('BD', ['Bangladesh']), C('IN', [], ['Indian']), C('CN', [], ['Chinese']), CITY('Lusaka', 'ZM', true)];
  it('"40 megawatts of hydropower from Nepal began reaching Bangladesh"', () => {
    expect(triples(run('Separately, 40 megawatts of hydropower from Nepal began reaching Bangladesh on Friday, carried across Indian territory.', 'en', defs))).toEqual(['NP>BD:other']);
  });
  it('"oil refineries", "gas pipelines", "hydropower dams" built with a loan are no oil, gas or power sent', () => {
    expect(triples(run('Chinese banks lent Lusaka more than 4 billion dollars for roads, oil refineries and hydropower dams.', 'en', defs))).toEqual(['CN>Lusaka@ZM:money']);
    expect(triples(run('Chinese banks lent Lusaka 4 billion dollars for gas pipelines.', 'en', defs))).toEqual(['CN>Lusaka@ZM:money']);
  });
});

describe('session 31 (heldout72): people sent back with no sender named; single prisoners', () => {
  const defs = [C('PH', ['Philippines'], ['Philippine']), CITY('Manila', 'PH', true), C('CN', ['China'], ['Chinese']), C('VN', [], ['Vietnamese']), C('ID', ['Indonesia'], ['Indonesian'])];
  it('"200 workers, most of them Vietnamese, would be sent home" go to Vietnam, from the dateline\'s country', () => {
    expect(triples(run('Manila (AP) — The Philippines deported 163 Chinese nationals on Thursday. The Bureau of Immigration said a second group of about 200 workers, most of them Vietnamese, would be sent home next week.', 'en', defs))).toEqual(['PH>CN:people', 'PH>VN:people']);
  });
  it('a single convict or prisoner sent back is people', () => {
    expect(triples(run('Manila has in turn agreed to send an Indonesian drug convict, held in a Philippine prison for 14 years, back to Indonesia.', 'en', defs))).toEqual(['PH>ID:people']);
  });
});

describe('session 31 (heldout72): "No hubo envíos", and places right after a phrase of destination', () => {
  const defs = [C('AR', ['Argentina']), C('TT', ['Trinidad y Tobago']), C('BR', ['Brasil']), C('CN', ['China']), CITY('Bahía Blanca', 'AR'), C('IN', ['India']), C('ES', ['España']), CITY('Rota', 'ES')];
  it('"No hubo envíos de crudo a Brasil", "Não houve envios": a negation of any transfer takes no end from the discourse', () => {
    expect(triples(run('Argentina importó gas de Trinidad y Tobago. No hubo envíos de crudo a Brasil en el período.', 'es', defs))).toEqual(['TT>AR:oil']);
    expect(triples(run('A Argentina importou gás de Trinidad y Tobago. Não houve envios de petróleo para o Brasil.', 'pt', defs))).toEqual(['TT>AR:oil']);
  });
  it('"se embarcaron rumbo a la India", "rumbo al gigante asiático" go there; not a ship\'s own voyage', () => {
    expect(triples(run('Cerca de 3,2 millones de barriles se embarcaron en Bahía Blanca rumbo a la India.', 'es', defs))).toEqual(['Bahía Blanca@AR>IN:oil']);
    expect(triples(run('Argentina envió petróleo a China. Cerca de 3,2 millones de barriles se embarcaron rumbo al gigante asiático.', 'es', defs))).toEqual(['AR>CN:oil']);
    expect(run('Argentina envió petróleo a China. Cerca de 3,2 millones de barriles se embarcaron rumbo al gigante asiático.', 'es', defs)[0]!.quantity).toBe(3200000);
  });
});

describe('session 31 (heldout72): purchases from a place in Spanish nouns, and in a clause of contrast', () => {
  const defs = [C('AR', ['Argentina'], ['argentinas']), C('TT', ['Trinidad y Tobago']), C('BO', ['Bolivia'])];
  it('"las compras argentinas de gas a Bolivia": the nationality buys, "a" names the seller', () => {
    expect(triples(run('Las compras argentinas de gas a Bolivia cayeron en septiembre.', 'es', defs))).toEqual(['BO>AR:oil']);
  });
  it('"mientras que las compras de gas a Bolivia terminaron": the buyer of the clause before; ended is suspended', () => {
    const fs = run('Argentina importó gas de Trinidad y Tobago, mientras que las compras de gas a Bolivia terminaron en septiembre.', 'es', defs);
    expect(withStatus(fs).sort()).toEqual(['BO>AR:oil:suspended', 'TT>AR:oil:stated']);
  });
});

describe('session 31 (heldout72): an Agência Brasil dateline, an official embarking, a donation discussed with a government', () => {
  const defs = [C('BR', ['Brasil']), CITY('Brasília', 'BR', true), C('GY', ['Guiana'], ['guianense', 'guianenses']), C('SR', ['Suriname']), CITY('Boa Vista', 'BR'), C('UY', [], ['uruguaia']), CITY('Santa Maria', 'BR')];
  it('"Brasília – O ministro da Defesa embarcou para a Guiana, informou a pasta": a visit from the dateline\'s country, the ministry\'s own word', () => {
    expect(withStatus(run('Brasília – O ministro da Defesa embarcou nesta segunda-feira (3) para a Guiana, informou a pasta. O Brasil vai oferecer treinamento a oficiais guianenses.', 'pt', defs)).sort()).toEqual(['BR>GY:training:planned', 'BR>GY:visit:stated']);
  });
  it('the nationality of the government a donation is discussed "with" gives nothing', () => {
    expect(triples(run('Brasília – O ministro viajou para a Guiana. Na agenda com o governo guianense está a doação de dez viaturas blindadas desativadas pelo Exército. O Brasil vai oferecer treinamento.', 'pt', defs))).not.toContain('GY>BR:vehicles');
  });
  it('a place set off by commas that locates the one before it is no destination ("de Boa Vista, em Roraima, até")', () => {
    expect(triples(run('As viaturas foram levadas de Boa Vista, em Roraima, até a fronteira.', 'pt', [...defs, REGION('Roraima', 'BR')]))).not.toContain('Boa Vista@BR>Roraima@BR:vehicles');
  });
});

describe('session 31 (heldout72): extradition is of people; a title after troops words is one official', () => {
  const defs = [C('HN', ['Honduras']), C('US', ['Estados Unidos']), C('TR', ['Turkey']), CITY('Karachi', 'PK')];
  it('"extraditó a Estados Unidos a un exalcalde acusado de facilitar el tráfico de cocaína" is people, not cocaine', () => {
    expect(triples(run('Honduras extraditó este martes a Estados Unidos a un exalcalde acusado de facilitar el tráfico de cocaína.', 'es', defs))).toEqual(['HN>US:people']);
  });
  it('"Turkey\'s naval forces commander, who arrived in Karachi" brings no troops', () => {
    expect(triples(run("The ceremony was attended by Turkey's naval forces commander, who arrived in Karachi on Wednesday.", 'en', defs))).not.toContain('TR>Karachi@PK:troops');
  });
});

describe('session 31 (heldout72): a share given in per cent after "dont", "das quais"', () => {
  const defs = [C('CM', ['Cameroun', 'Camarões']), C('NL', ['Pays-Bas', 'Países Baixos'])];
  it('"dont près de 40 % à destination des Pays-Bas" sends a share there, with no count of goods', () => {
    const fs = run('Le Cameroun a exporté 252 000 tonnes de fèves de cacao, dont près de 40 % à destination des Pays-Bas.', 'fr', defs);
    expect(triples(fs)).toEqual(['CM>NL:other']);
    expect(run('Le Cameroun a exporté 252 000 tonnes de cacao, dont 40 % vers les Pays-Bas.', 'fr', defs)[0]!.quantity ?? null).toBeNull();
    expect(run('Os Camarões exportaram 252 mil toneladas de cacau, das quais 40% para os Países Baixos.', 'pt', defs)[0]!.quantity ?? null).toBeNull();
  });
});

describe('session 31 (heldout72): French "y" before a verb of sending', () => {
  const defs = [C('FR', ['France']), C('ML', ['Mali'])];
  it('"Présente au Mali depuis 2013, la France y a envoyé 500 soldats" sends to Mali', () => {
    expect(triples(run('Présente au Mali depuis 2013, la France y a envoyé 500 soldats.', 'fr', defs))).toEqual(['FR>ML:troops']);
  });
  it('not "il y a" (ago)', () => {
    expect(triples(run('Il y a deux ans, la France a envoyé des soldats au Mali.', 'fr', defs))).toEqual(['FR>ML:troops']);
  });
});

describe('session 31 (heldout72): "the main supplier" after imports', () => {
  const defs = [C('GW', ['Guiné-Bissau']), C('PK', ['Paquistão']), C('IN', ['Índia']), C('EG', ['Egypt']), C('RU', ['Russia', 'Russie']), C('DZ', [], []), CITY('Alger', 'DZ', true), CITY('Rabat', 'MA', true)];
  it('"O Paquistão foi o principal fornecedor, com 74 mil toneladas, à frente da Índia" supplies the importer just named', () => {
    expect(triples(run('A Guiné-Bissau importou 185 mil toneladas de arroz. O Paquistão foi o principal fornecedor, com 74 mil toneladas, à frente da Índia, com 51 mil.', 'pt', defs))).toEqual(['IN>GW:other', 'PK>GW:other']);
    expect(triples(run('Egypt imported 12 million tonnes of wheat. Russia was the main supplier, with 8 million tonnes.', 'en', defs))).toEqual(['RU>EG:other']);
  });
  it('not a supplier a relative "dont" gives to a far antecedent', () => {
    const d2 = [...defs, C('MA', ['Maroc']), C('US', ['États-Unis'])];
    expect(triples(run("Le Maroc a acheté des armes aux États-Unis. Cela inquiète Alger, qui a rompu ses relations avec Rabat et dont la Russie reste le principal fournisseur d'armement.", 'fr', d2))).not.toContain('RU>MA:weapons');
  });
});

describe('session 31: the buyer a relative says paid pays the seller', () => {
  const defs = [C('TR', ['Turkey', 'Turquia']), C('PL', ['Poland', 'Polónia'])];
  it('"Turkey sold Bayraktar drones to Poland, which paid $270 million", "à Polónia, que pagou"', () => {
    expect(triples(run('Turkey sold Bayraktar drones to Poland, which paid $270 million.', 'en', defs))).toEqual(['PL>TR:money', 'TR>PL:weapons']);
    expect(triples(run('A Turquia vendeu drones à Polónia, que pagou 270 milhões de dólares.', 'pt', defs))).toEqual(['PL>TR:money', 'TR>PL:weapons']);
  });
});

describe('session 31: Portuguese "as suas tropas" after a verb is the article, not "to"', () => {
  const defs = [C('DE', ['Alemanha']), C('ML', ['Mali']), C('BR', ['Brasil']), C('HT', ['Haiti'])];
  it('"A Alemanha retirou as suas tropas do Mali" withdraws troops; "às suas tropas" still names whom aid goes to', () => {
    expect(triples(run('A Alemanha retirou as suas tropas do Mali.', 'pt', defs))).toEqual(['ML>DE:troops']);
    expect(triples(run('O Brasil enviou ajuda às suas tropas no Haiti.', 'pt', defs))).toEqual(['BR>HT:aid']);
  });
});

describe('session 31: money sent home by workers named in Romance order', () => {
  const defs = [C('AU', ['Australia']), C('VU', ['Vanuatu'], ['vanuatuenses']), C('CV', ['Cabo Verde'], ['cabo-verdianos']), C('PT', ['Portugal'])];
  it('"Los trabajadores vanuatuenses enviaron a casa 60 millones de dólares australianos" goes to Vanuatu', () => {
    expect(triples(run('Australia recibió a 5.000 trabajadores de Vanuatu. Los trabajadores vanuatuenses enviaron a casa el año pasado unos 60 millones de dólares australianos.', 'es', defs))).toEqual(['AU>VU:money', 'VU>AU:people']);
    expect(triples(run('Portugal acolheu 20 mil trabalhadores de Cabo Verde. Os emigrantes cabo-verdianos enviaram para casa 200 milhões de euros.', 'pt', defs))).toContain('PT>CV:money');
  });
});

describe('session 31: people going home "ao país", and "afastou do território nacional"', () => {
  const defs = [C('PT', ['Portugal']), C('CV', ['Cabo Verde'], ['cabo-verdianos']), C('EG', ['Égypte']), C('SD', ['Soudan'], ['Soudanais'])];
  it('"35 cabo-verdianos, que regressaram ao país" go to Cabo Verde, removed from Portugal', () => {
    expect(triples(run('Portugal afastou do território nacional, no primeiro semestre, 35 cabo-verdianos em situação irregular, que regressaram ao país em voos comerciais.', 'pt', defs))).toEqual(['PT>CV:people']);
    expect(triples(run('Portugal expulsou 35 cabo-verdianos, que regressaram ao país em voos comerciais.', 'pt', defs))).toEqual(['PT>CV:people']);
    expect(triples(run("Quelque 190 000 Soudanais seraient rentrés au pays depuis l'Égypte.", 'fr', defs))).toEqual(['EG>SD:people']);
  });
  it('"afastou a hipótese" moves nothing', () => {
    expect(triples(run('O ministro afastou a hipótese de enviar tropas para Cabo Verde.', 'pt', defs))).toEqual([]);
  });
});

describe('session 31: schools of a nationality train', () => {
  it('"la formation d\'officiers béninois dans les écoles militaires rwandaises" is training by Rwanda, whoever signed for it', () => {
    const defs = [C('BJ', ['Bénin'], ['béninois']), C('RW', ['Rwanda'], ['rwandaises'])];
    expect(triples(run("Le gouvernement béninois a reconnu un accord signé avec le Rwanda, qui prévoit la formation d'officiers béninois dans les écoles militaires rwandaises.", 'fr', defs))).toEqual(['RW>BJ:training']);
    expect(triples(run("La formation d'officiers béninois dans les écoles militaires rwandaises a commencé.", 'fr', defs))).toEqual(['RW>BJ:training']);
  });
});

describe('session 31: money a nationality sends home', () => {
  it('"Filipinos working abroad sent home $38.3 billion" goes to the Philippines, never from it', () => {
    const defs = [C('KW', ['Kuwait']), C('PH', ['Philippines'], ['Filipinos', 'Filipino'])];
    const fs = triples(run('Kuwait received 5,000 Filipino workers last year. Overall, Filipinos working abroad sent home a record $38.3 billion in 2024.', 'en', defs));
    expect(fs).not.toContain('PH>KW:money');
  });
});

describe('session 31: the nationality of goods the lexicon does not know, counted by a measure', () => {
  const defs = [C('PT', ['Portugal']), C('DE', ['Alemanha']), C('CN', [], ['chinês']), C('SN', [], ['sénégalaises']), C('GM', ['Gambie'])];
  it('"20 mil toneladas de concentrado chinês" come from China, even after "Em sentido contrário"', () => {
    expect(triples(run('Portugal exportou 30 mil toneladas de concentrado de tomate para a Alemanha. Em sentido contrário, o país importou cerca de 20 mil toneladas de concentrado chinês.', 'pt', defs))).toEqual(['CN>PT:other', 'PT>DE:other']);
    expect(triples(run("La Gambie voisine aurait reçu des milliers de tonnes d'arachides sénégalaises.", 'fr', defs))).toEqual(['SN>GM:other']);
  });
});

describe('session 31 (heldout72): a payee is not refined past what it is paid for', () => {
  it('"paid $173 million to India for electricity from its plant at Godda": the money to India, the power from Godda', () => {
    const defs = [C('BD', ['Bangladesh']), C('IN', ['India']), CITY('Godda', 'IN')];
    expect(triples(run('Bangladesh has paid $173 million to India for electricity from its coal-fired plant at Godda.', 'en', defs))).toEqual(['BD>IN:money', 'Godda@IN>BD:other']);
  });
});

describe('session 31 (heldout72): an institution receiving for the story\'s country', () => {
  it('"KARACHI (Reuters) - [...] The navy received a frigate from China" is Pakistan\'s', () => {
    const defs = [C('PK', ['Pakistan']), CITY('Karachi', 'PK'), C('CN', ['China'])];
    expect(triples(run("Karachi, May 9 (Reuters) - Pakistan's navy commissioned a corvette. The navy received a frigate from China.", 'en', defs))).toEqual(['CN>PK:vehicles']);
  });
});

describe('session 31: a place before a French clitic "y" and an auxiliary is a subject, not one more in a list', () => {
  it('"Troisième investisseur étranger au Laos, le Vietnam y a investi 5,5 milliards de dollars"', () => {
    const defs = [C('LA', ['Laos']), C('VN', ['Vietnam'])];
    expect(triples(run('Troisième investisseur étranger au Laos, le Vietnam y a investi plus de 5,5 milliards de dollars.', 'fr', defs))).toEqual(['VN>LA:money']);
  });
});

describe('session 31: goods a payment is made with, counted in shipments', () => {
  it('"Angola pagou à China parte da dívida com carregamentos de petróleo": the oil goes to China', () => {
    const defs = [C('AO', ['Angola']), C('CN', ['China'])];
    expect(triples(run('Angola pagou à China parte da dívida com carregamentos de petróleo.', 'pt', defs))).toEqual(['AO>CN:oil']);
  });
});

describe('session 31: gold in French and Portuguese', () => {
  it('"a vendu de l\'or à la Russie en échange de blé" sells gold one way and wheat the other; "Or, ..." is no gold', () => {
    const defs = [C('BF', ['Burkina Faso']), C('RU', ['Russie']), C('FR', ['France']), C('TD', ['Tchad']), C('BR', ['Brasil']), C('CH', ['Suíça'])];
    expect(triples(run("Le Burkina Faso a vendu de l'or à la Russie en échange de blé.", 'fr', defs))).toEqual(['BF>RU:other', 'RU>BF:other']);
    expect(triples(run('Or, la France a livré des armes au Tchad.', 'fr', defs))).toEqual(['FR>TD:weapons']);
    expect(triples(run('O Brasil exportou ouro para a Suíça.', 'pt', defs))).toEqual(['BR>CH:other']);
  });
});

describe('session 31: an exchange phrase opening the sentence; paying after a delivery', () => {
  const defs = [C('BR', ['Brasil', 'Brazil'], ['brasileira', 'Brazilian']), C('CN', ['China']), C('RU', ['Russia']), C('IN', ['India'])];
  it('"Em troca de soja brasileira, a China forneceu ao Brasil fertilizantes": the soy goes the other way', () => {
    expect(triples(run('Em troca de soja brasileira, a China forneceu ao Brasil fertilizantes.', 'pt', defs))).toEqual(['BR>CN:other', 'CN>BR:other']);
    expect(triples(run('In exchange for Brazilian soybeans, China supplied Brazil with fertiliser.', 'en', defs))).toEqual(['BR>CN:other', 'CN>BR:other']);
  });
  it('"Russia delivered missiles to India, which paid for them partly in rupees": India pays Russia', () => {
    expect(triples(run('Russia delivered S-400 air-defence missiles to India, which paid for them partly in rupees.', 'en', defs))).toEqual(['IN>RU:money', 'RU>IN:missiles']);
  });
});

describe('session 31: a country bringing its own people home', () => {
  it('"Les Pays-Bas ont rapatrié 120 ressortissants néerlandais depuis le Liban" brings them from Lebanon', () => {
    const defs = [C('NL', ['Pays-Bas'], ['néerlandais']), C('LB', ['Liban']), C('FR', ['France'], ['français'])];
    expect(triples(run('Les Pays-Bas ont rapatrié 120 ressortissants néerlandais depuis le Liban.', 'fr', defs))).toEqual(['LB>NL:people']);
    expect(triples(run('La France a rapatrié 120 ressortissants français du Liban.', 'fr', defs))).toEqual(['LB>FR:people']);
  });
});

describe('session 31: "there" right after a verb of sending', () => {
  it('"Francia, que lidera el batallón de la OTAN en Rumanía, envió allí otros 300 soldados" sends to Romania', () => {
    const defs = [C('FR', ['Francia', 'France']), C('RO', ['Rumanía', 'Romania'])];
    expect(triples(run('Francia, que lidera el batallón de la OTAN en Rumanía, envió allí otros 300 soldados.', 'es', defs))).toEqual(['FR>RO:troops']);
    expect(triples(run('France, which leads the NATO battalion in Romania, sent there another 300 soldiers.', 'en', defs))).toEqual(['FR>RO:troops']);
  });
});

describe('session 31: opponents and dissidents are people', () => {
  it('"After fleeing Nicaragua, thousands of opponents settled in Costa Rica", "Tras huir de Nicaragua, miles de opositores se instalaron en Costa Rica"', () => {
    const defs = [C('NI', ['Nicaragua']), C('CR', ['Costa Rica'])];
    expect(triples(run('After fleeing Nicaragua, thousands of opponents settled in Costa Rica.', 'en', defs))).toEqual(['NI>CR:people']);
    expect(triples(run('Tras huir de Nicaragua, miles de opositores se instalaron en Costa Rica.', 'es', defs))).toEqual(['NI>CR:people']);
  });
});

describe('session 31: people expelled by an agent named after a bare participle', () => {
  const defs = [C('HT', ['Haití', 'Haiti'], ['haitianos', 'Haitian']), C('DO', ['República Dominicana', 'Dominican Republic']), C('SV', ['El Salvador']), C('US', ['Estados Unidos']), C('VE', [], ['venezolanos'])];
  it('"Los migrantes haitianos expulsados por República Dominicana superaron los 250.000": DO>HT', () => {
    expect(triples(run('Los migrantes haitianos expulsados por República Dominicana superaron los 250.000 en 2024.', 'es', defs))).toEqual(['DO>HT:people']);
    expect(triples(run('Haitian migrants expelled by the Dominican Republic topped 250,000 in 2024.', 'en', defs))).toEqual(['DO>HT:people']);
  });
  it('not people a verb before receives: "recibió a 238 venezolanos deportados por Estados Unidos"', () => {
    expect(triples(run('El Gobierno de El Salvador recibió este domingo a 238 venezolanos deportados por Estados Unidos.', 'es', defs))).not.toContain('US>VE:people');
  });
});

describe('session 31: an opening clause of receiving has the main clause\'s subject', () => {
  const defs = [C('ES', ['Spain', 'España']), C('UA', ['Ukraine', 'Ucrania']), C('NG', [], ['Nigerian']), C('BJ', ['Benin']), C('TG', ['Togo']), C('CM', ['Cameroon'])];
  it('"Having received Leopard tanks from Spain, Ukraine asked for more", "Tras recibir tanques de España, Ucrania pidió más"', () => {
    expect(triples(run('Having received Leopard tanks from Spain, Ukraine asked Madrid for more.', 'en', defs))).toEqual(['ES>UA:vehicles']);
    expect(triples(run('After receiving tanks from Spain, Ukraine asked for more.', 'en', defs))).toEqual(['ES>UA:vehicles']);
    expect(triples(run('Tras recibir tanques de España, Ucrania pidió más.', 'es', defs))).toEqual(['ES>UA:vehicles']);
  });
  it('not a transfer noun opening the sentence: "The smuggling of Nigerian petrol into Benin, Togo and Cameroon has slowed"', () => {
    expect(triples(run('The smuggling of Nigerian petrol into Benin, Togo and Cameroon has slowed to a trickle.', 'en', defs))).not.toContain('TG>BJ:oil');
  });
});

describe('session 31: cocoa and coffee beans are goods', () => {
  it('"Most of Ghana\'s cocoa beans are shipped to the Netherlands" come from Ghana', () => {
    const defs = [C('GH', ['Ghana']), C('NL', ['Netherlands'])];
    expect(triples(run("Most of Ghana's cocoa beans are shipped to the Netherlands, where they are ground in factories.", 'en', defs))).toEqual(['GH>NL:other']);
  });
});

describe('session 31: a locative relative right before the verb', () => {
  it('"A Guiné Equatorial, onde decorreu a cimeira, vende petróleo a Espanha": the antecedent sells', () => {
    const defs = [C('GQ', ['Guiné Equatorial']), C('ES', ['Espanha'])];
    expect(triples(run('A Guiné Equatorial, onde decorreu a cimeira, vende petróleo a Espanha.', 'pt', defs))).toEqual(['GQ>ES:oil']);
  });
});

describe('session 31: hosting a counterpart of a nationality', () => {
  it('"a reçu à Kinshasa son homologue angolais", "hosted his Ugandan counterpart in Nairobi" are visits to the host', () => {
    const defs = [C('CD', [], ['congolais']), CITY('Kinshasa', 'CD', true), C('AO', [], ['angolais']), C('KE', ['Kenya']), C('UG', [], ['Ugandan']), CITY('Nairobi', 'KE', true)];
    expect(triples(run('Le président congolais a reçu à Kinshasa son homologue angolais.', 'fr', defs))).toEqual(['AO>CD:visit']);
    expect(triples(run("Kenya's president hosted his Ugandan counterpart in Nairobi.", 'en', defs))).toEqual(['UG>KE:visit']);
  });
});

describe('session 32: the places a tour goes through', () => {
  const defs = [C('HN', [], ['hondureña']), C('CN', ['China']), C('KR', ['Corea del Sur', 'South Korea']), C('JP', ['Japón', 'Japão', 'Japan']), C('AO', [], ['angolano']), C('KE', ['Kenya']), C('GH', [], ['Ghanaian'])];
  it('"una gira por China, Corea del Sur y Japón", "uma digressão pela China e pelo Japão", "a tour of China": each is visited', () => {
    expect(triples(run('La presidenta hondureña realizó una gira por China, Corea del Sur y Japón.', 'es', defs))).toEqual(['HN>CN:visit', 'HN>JP:visit', 'HN>KR:visit']);
    expect(triples(run('O presidente angolano iniciou uma digressão pela China e pelo Japão.', 'pt', defs))).toEqual(['AO>CN:visit', 'AO>JP:visit']);
    expect(triples(run('The Ghanaian president began a tour of China and Japan.', 'en', defs))).toEqual(['GH>CN:visit', 'GH>JP:visit']);
  });
  it('"Kenya\'s president began a tour of": the place owning the official is the traveller\'s home', () => {
    expect(triples(run("Kenya's president began a tour of China, Japan and South Korea on Monday.", 'en', defs))).toEqual(['KE>CN:visit', 'KE>JP:visit', 'KE>KR:visit']);
  });
  it('not a journey through places: "tras un largo periplo por China"', () => {
    const d2 = [C('KP', [], ['norcoreanos']), C('CN', ['China']), C('KR', ['Corea del Sur'])];
    expect(triples(run('Unos 100 desertores norcoreanos llegaron a Corea del Sur tras un largo periplo por China.', 'es', d2))).not.toContain('KP>CN:visit');
  });
});

describe('session 32: sourcing goods from a place', () => {
  it('"South Korea sources its uranium from Canada" buys from Canada; "sources said" buys nothing', () => {
    const defs = [C('KR', ['South Korea']), C('CA', ['Canada']), C('UZ', ['Uzbekistan']), C('JP', ['Japan'])];
    expect(triples(run('South Korea sources its uranium from Canada and Uzbekistan, the energy ministry said.', 'en', defs))).toEqual(['CA>KR:other', 'UZ>KR:other']);
    expect(triples(run('Industry sources in Japan said Canada had raised its prices.', 'en', defs))).toEqual([]);
  });
});

describe('session 32: money sent by people somewhere else', () => {
  it('"remessas enviadas para Portugal pelos emigrantes em França", "remittances sent to Mexico by migrants in the United States": from where the people are, money', () => {
    const defs = [C('PT', ['Portugal']), C('FR', ['França']), C('MX', ['Mexico']), C('US', ['United States', 'Estados Unidos']), C('HN', ['Honduras'])];
    expect(triples(run('As remessas enviadas para Portugal pelos emigrantes em França somaram 1,2 mil milhões de euros.', 'pt', defs))).toEqual(['FR>PT:money']);
    expect(triples(run('Remittances sent to Mexico by migrants in the United States reached 60 billion dollars.', 'en', defs))).toEqual(['US>MX:money']);
    expect(triples(run('Las remesas enviadas a Honduras por los migrantes en Estados Unidos crecieron un 10 %.', 'es', defs))).toEqual(['US>HN:money']);
  });
});

describe('session 32: a maker based somewhere', () => {
  const defs = [CITY('São José dos Campos', 'BR'), C('PT', ['Portugal']), CITY('Ferrol', 'ES'), C('SA', ['Arabia Saudí']), CITY('Vigo', 'ES'), C('SN', ['Senegal']), CITY('Varsóvia', 'PL'), C('GR', ['Grécia']), CITY('Lorient', 'FR'), C('GR2', ['Grèce'])];
  it('"A Embraer, sediada em São José dos Campos, entregou", "El astillero Navantia, con sede en Ferrol, entregó", "A shipyard based in Vigo delivered": the maker sends from its seat', () => {
    expect(triples(run('A Embraer, sediada em São José dos Campos, entregou dois aviões C-390 a Portugal.', 'pt', defs))).toEqual(['São José dos Campos@BR>PT:vehicles']);
    expect(triples(run('El astillero Navantia, con sede en Ferrol, entregó una fragata a Arabia Saudí.', 'es', defs))).toEqual(['Ferrol@ES>SA:vehicles']);
    expect(triples(run('A shipyard based in Vigo delivered two patrol boats to Senegal.', 'en', defs))).toEqual(['Vigo@ES>SN:vehicles']);
    expect(triples(run('Le chantier naval basé à Lorient a livré deux frégates à la Grèce.', 'fr', defs))).toEqual(['Lorient@FR>GR2:vehicles']);
  });
  it('not an organisation\'s seat: "A agência, com sede em Varsóvia, transferiu"', () => {
    expect(triples(run('A agência, com sede em Varsóvia, transferiu 5 milhões de euros à Grécia.', 'pt', defs))).not.toContain('Varsóvia@PL>GR:money');
    expect(triples(run('The agency, based in Warsaw, sent 40 officers to Greece.', 'en', [CITY('Warsaw', 'PL'), C('GR', ['Greece'])]))).toEqual([]);
  });
});

describe('session 32: goods sent by an agent, held by the clause\'s subject', () => {
  it('"El Salvador encerró [...] a 250 presos enviados por Estados Unidos", "Russia used drones supplied by Iran": to the subject', () => {
    const defs = [C('SV', ['El Salvador']), C('US', ['Estados Unidos', 'United States']), C('RU', ['Russia']), C('IR', ['Iran'])];
    expect(triples(run('El Salvador encerró en su cárcel de máxima seguridad a 250 presos enviados por Estados Unidos.', 'es', defs))).toEqual(['US>SV:people']);
    expect(triples(run('Russia used drones supplied by Iran in the attack.', 'en', defs))).toEqual(['IR>RU:weapons']);
  });
  it('not past another place in the clause: "Russia, which also bought drones in Minsk, used drones supplied by Iran"', () => {
    const defs = [C('RU', ['Russia']), C('IR', ['Iran']), CITY('Minsk', 'BY')];
    expect(triples(run('Russia, which also bought drones in Minsk, used drones supplied by Iran.', 'en', defs))).not.toContain('IR>Minsk@BY:weapons');
  });
});

describe('session 32: on the orders of a place', () => {
  it('"Por ordem de Luanda, foram expulsos", "On the orders of Kigali, ... were deported", "Sur ordre de Paris": the place that ordered sends', () => {
    const defs = [C('AO', ['Angola']), CITY('Luanda', 'AO', true), C('CD', ['República Democrática do Congo']), C('RW', ['Rwanda']), CITY('Kigali', 'RW', true), C('BI', ['Burundi']), C('FR', ['France']), CITY('Paris', 'FR', true), C('TD', ['Tchad'])];
    expect(triples(run('Angola endureceu a sua política. Por ordem de Luanda, foram expulsos para a República Democrática do Congo 400 mil cidadãos congoleses.', 'pt', defs))).toEqual(['AO>CD:people']);
    expect(triples(run('Rwanda closed the camp. On the orders of Kigali, 300 Burundians were deported to Burundi.', 'en', defs))).toEqual(['RW>BI:people']);
    expect(triples(run('La France a réagi. Sur ordre de Paris, 200 soldats ont été envoyés au Tchad.', 'fr', defs))).toEqual(['FR>TD:troops']);
  });
});

describe('session 32: "the country" past the subject of its verb', () => {
  it('"Pakistan sent troops to Saudi Arabia, which in return supplied the country with crude": the country is Pakistan', () => {
    const defs = [C('PK', ['Pakistan', 'Paquistão', 'Pakistán']), C('SA', ['Saudi Arabia', 'Arábia Saudita', 'Arabia Saudí'])];
    expect(triples(run('Pakistan sent 1,500 troops to Saudi Arabia, which in return supplied the country with discounted crude.', 'en', defs))).toEqual(['PK>SA:troops', 'SA>PK:oil']);
    expect(triples(run('O Paquistão enviou 1.500 soldados à Arábia Saudita, que em troca forneceu petróleo ao país.', 'pt', defs))).toEqual(['PK>SA:troops', 'SA>PK:oil']);
    expect(triples(run('Pakistán envió 1.500 soldados a Arabia Saudí, que a cambio abasteció al país de crudo.', 'es', defs))).toEqual(['PK>SA:troops', 'SA>PK:oil']);
  });
  it('not past a place a preposition governs: "Le Maroc a dépêché des pesticides au Tchad pour aider le pays"', () => {
    const defs = [C('MA', ['Maroc']), C('TD', ['Tchad'])];
    expect(triples(run('Le Maroc a dépêché 40 000 litres de pesticides au Tchad pour aider le pays à contenir les criquets.', 'fr', defs))).toContain('MA>TD:aid');
  });
});

describe('session 32: a transfer noun after a coordinated verb, and flying a vehicle', () => {
  it('"A Argélia continuou a vender gás a Espanha e aumentou as vendas a Itália": Algeria sells to Italy, not Spain', () => {
    const defs = [C('DZ', ['Argélia']), C('ES', ['Espanha']), C('IT', ['Itália'])];
    expect(triples(run('A Argélia continuou a vender gás a Espanha e aumentou as vendas a Itália.', 'pt', defs))).toEqual(['DZ>ES:oil', 'DZ>IT:oil']);
  });
  it('"the Brazilian pilots who fly them" make no journey', () => {
    const defs = [C('SE', ['Sweden']), C('BR', ['Brazil'], ['Brazilian'])];
    expect(triples(run('Sweden also trained the Brazilian pilots who fly them.', 'en', defs))).toEqual(['SE>BR:training']);
  });
});

describe('session 32: a clause of contrast has a status of its own', () => {
  it('"negou estar a fornecer mísseis ao Irão, mas admitiu ter vendido caças": the fighters are stated, the missiles denied', () => {
    const defs = [C('RU', ['Rússia', 'Norway']), C('IR', ['Irão']), C('MM', ['Myanmar']), C('TH', ['Thailand'])];
    expect(withStatus(run('A Rússia negou estar a fornecer mísseis ao Irão, mas admitiu ter vendido caças Su-35 ao país.', 'pt', defs)).sort()).toEqual(['RU>IR:missiles:denied', 'RU>IR:vehicles:stated']);
  });
});

describe('session 32: redeploying troops in pt/es/fr', () => {
  it('"reposicionou 500 militares no Chade", "redesplegó 500 soldados en Chad", "a redéployé 500 soldats au Tchad"', () => {
    const defs = [C('FR', ['França', 'Francia', 'France']), C('TD', ['Chade', 'Chad', 'Tchad'])];
    expect(triples(run('A França reposicionou 500 militares no Chade.', 'pt', defs))).toEqual(['FR>TD:troops']);
    expect(triples(run('Francia redesplegó 500 soldados en Chad.', 'es', defs))).toEqual(['FR>TD:troops']);
    expect(triples(run('La France a redéployé 500 soldats au Tchad.', 'fr', defs))).toEqual(['FR>TD:troops']);
  });
});

describe('session 32: rescue teams are aid', () => {
  it('"equipos de rescate", "equipas de resgate", "équipes de sauvetage"', () => {
    const defs = [C('FR', ['Francia', 'France']), C('LB', ['Líbano']), C('PT', ['Portugal']), C('MZ', ['Moçambique']), C('MA', ['Maroc'])];
    expect(triples(run('Francia envió al Líbano equipos de rescate.', 'es', defs))).toEqual(['FR>LB:aid']);
    expect(triples(run('Portugal enviou para Moçambique equipas de resgate.', 'pt', defs))).toEqual(['PT>MZ:aid']);
    expect(triples(run('La France a envoyé au Maroc des équipes de sauvetage.', 'fr', defs))).toEqual(['FR>MA:aid']);
  });
});

describe('session 32: airdrops', () => {
  it('"airdropped 20 tonnes of aid over northern Gaza", "carried out three airdrops over Gaza", "quatre largages au-dessus de Gaza": aid to where it falls', () => {
    const defs = [C('JO', ['Jordan', 'Jordanie']), C('US', ['US']), REGION('Gaza', 'PS'), C('FR', ['France'])];
    expect(triples(run('Jordan airdropped 20 tonnes of aid over northern Gaza.', 'en', defs))).toEqual(['JO>Gaza@PS:aid']);
    expect(triples(run('Jordan carried out three airdrops over Gaza on Tuesday.', 'en', defs))).toEqual(['JO>Gaza@PS:aid']);
    expect(triples(run('La Jordanie a effectué quatre largages au-dessus de Gaza.', 'fr', defs))).toEqual(['JO>Gaza@PS:aid']);
    expect(triples(run('La France a parachuté 10 tonnes de vivres sur Gaza.', 'fr', defs))).toEqual(['FR>Gaza@PS:aid']);
  });
  it('not a place "over" which no airdrop falls: "Jordan sent aid amid a dispute over Gaza"', () => {
    const defs = [C('JO', ['Jordan']), REGION('Gaza', 'PS')];
    expect(triples(run('Jordan sent aid amid a dispute over Gaza.', 'en', defs))).not.toContain('JO>Gaza@PS:aid');
  });
});

describe('session 32: the rest of the exports', () => {
  it('"El resto de las exportaciones se repartió entre Brasil y Rusia", "The rest of the exports went to Brazil": the exporter\'s', () => {
    const defs = [C('PY', ['Paraguay', 'Paraguai']), C('AR', ['Argentina']), C('BR', ['Brasil', 'Brazil']), C('RU', ['Rusia', 'Russia', 'Rússia'])];
    expect(triples(run('Paraguay exportó soja a Argentina. El resto de las exportaciones se repartió entre Brasil y Rusia.', 'es', defs))).toEqual(['PY>AR:other', 'PY>BR:other', 'PY>RU:other']);
    expect(triples(run('Paraguay exported soy to Argentina. The rest of the exports went to Brazil and Russia.', 'en', defs))).toEqual(['PY>AR:other', 'PY>BR:other', 'PY>RU:other']);
    expect(triples(run('O Paraguai exportou soja para a Argentina. O restante das exportações foi dividido entre o Brasil e a Rússia.', 'pt', defs))).toEqual(['PY>AR:other', 'PY>BR:other', 'PY>RU:other']);
  });
});

describe('session 32: a body named by several words joined by "de"', () => {
  it('"entregou às Forças Armadas de Defesa de Moçambique duas lanchas", "donó al Ministerio de Defensa de Ecuador": the body\'s country receives', () => {
    const defs = [C('IN', ['Índia']), C('MZ', ['Moçambique']), C('US', ['Estados Unidos']), C('EC', ['Ecuador'])];
    expect(triples(run('A Índia entregou às Forças Armadas de Defesa de Moçambique duas lanchas.', 'pt', defs))).toEqual(['IN>MZ:vehicles']);
    expect(triples(run('Estados Unidos donó al Ministerio de Defensa de Ecuador dos aviones.', 'es', defs))).toEqual(['US>EC:vehicles']);
  });
  it('not past the opening article: "A ministra da Defesa de Portugal chegou a Maputo"', () => {
    const defs = [C('PT', ['Portugal']), CITY('Maputo', 'MZ', true), C('MZ', ['Moçambique'])];
    expect(triples(run('A ministra da Defesa de Portugal chegou a Maputo.', 'pt', defs))).toEqual(['PT>Maputo@MZ:visit']);
  });
});

describe('session 32: a model number is no count', () => {
  it('"a second Dornier 228 maritime patrol aircraft" counts no 228; "In January 300 soldiers" still counts 300', () => {
    const defs = [C('IN', ['India']), C('LK', ['Sri Lanka']), C('DE', ['Germany']), C('PL', ['Poland'])];
    const fs = run('India handed a second Dornier 228 maritime patrol aircraft to Sri Lanka on Friday.', 'en', defs);
    expect(triples(fs)).toEqual(['IN>LK:vehicles']);
    expect(fs[0]!.quantity ?? null).toBeNull();
    expect(run('In January 300 soldiers arrived in Poland from Germany.', 'en', defs)[0]?.quantity).toBe(300);
  });
});

describe('session 32: people or goods "come from" a place, in a place', () => {
  it('"Em Timor-Leste, as autoridades esperam peregrinos vindos da Indonésia", "En Chile viven migrantes venidos de Venezuela"', () => {
    const defs = [C('TL', ['Timor-Leste']), C('ID', ['Indonésia']), C('CL', ['Chile']), C('VE', ['Venezuela'])];
    expect(triples(run('Em Timor-Leste, as autoridades esperam milhares de peregrinos vindos da Indonésia.', 'pt', defs))).toEqual(['ID>TL:people']);
    expect(triples(run('En Chile viven 500.000 migrantes venidos de Venezuela.', 'es', defs))).toEqual(['VE>CL:people']);
  });
  it('not over a transfer noun: "Las importaciones argentinas de fertilizantes procedentes de Marruecos se duplicaron"', () => {
    const defs = [C('AR', [], ['argentinas']), C('MA', ['Marruecos'])];
    expect(triples(run('Las importaciones argentinas de fertilizantes procedentes de Marruecos se duplicaron.', 'es', defs))).toEqual(['MA>AR:other']);
  });
});

describe('session 32: buying from a drug maker of a nationality', () => {
  it('"comprou do laboratório japonês Takeda", "compró al laboratorio chino Sinovac", "from the Japanese laboratory Takeda"', () => {
    const defs = [C('BR', ['Brasil', 'Brazil']), C('JP', [], ['japonês', 'Japanese']), C('MX', ['México']), C('CN', [], ['chino'])];
    expect(triples(run('O Brasil comprou do laboratório japonês Takeda 9 milhões de doses.', 'pt', defs))).toEqual(['JP>BR:other']);
    expect(triples(run('México compró al laboratorio chino Sinovac 10 millones de dosis.', 'es', defs))).toEqual(['CN>MX:other']);
    expect(triples(run('Brazil bought 9 million doses from the Japanese laboratory Takeda.', 'en', defs))).toEqual(['JP>BR:other']);
  });
});

describe('session 32: French "déposer" money', () => {
  it('"auraient déposé 1 milliard de dollars à la banque centrale éthiopienne"; not "a déposé une plainte"', () => {
    const defs = [C('AE', ['Émirats arabes unis']), C('ET', [], ['éthiopienne']), C('FR', ['France']), C('ML', ['Mali'])];
    expect(withStatus(run('Les Émirats arabes unis auraient déposé 1 milliard de dollars à la banque centrale éthiopienne.', 'fr', defs))).toEqual(['AE>ET:money:reported']);
    expect(triples(run('La France a déposé une plainte contre le Mali.', 'fr', defs))).toEqual([]);
  });
});

describe('session 32: investors, and suppliers ranked after the first', () => {
  it('"le premier investisseur étranger en Hongrie, devant l\'Allemagne et la Corée du Sud": each invests in Hungary', () => {
    const defs = [C('CN', ['Chine', 'China']), C('HU', ['Hongrie', 'Hungary']), C('DE', ['Allemagne']), C('KR', ['Corée du Sud']), C('ES', ['España']), C('MX', ['México'])];
    expect(triples(run("La Chine est devenue en 2023 le premier investisseur étranger en Hongrie, devant l'Allemagne et la Corée du Sud.", 'fr', defs))).toEqual(['CN>HU:money', 'DE>HU:money', 'KR>HU:money']);
    expect(triples(run('China became the largest foreign investor in Hungary.', 'en', defs))).toEqual(['CN>HU:money']);
    expect(triples(run('España es el segundo inversor extranjero en México.', 'es', defs))).toEqual(['ES>MX:money']);
  });
  it('"the largest arms supplier to India, followed by France and Israel"', () => {
    const defs = [C('RU', ['Russia']), C('IN', ['India']), C('FR', ['France']), C('IL', ['Israel'])];
    expect(triples(run('Russia is the largest arms supplier to India, followed by France and Israel.', 'en', defs))).toEqual(['FR>IN:weapons', 'IL>IN:weapons', 'RU>IN:weapons']);
  });
});

describe('session 32: visitors named as people of a nationality', () => {
  it('"Uma delegação de oficiais filipinos visitou a fábrica da Iveco em Sete Lagoas": PH visits Sete Lagoas', () => {
    const defs = [C('PH', [], ['filipinos']), CITY('Sete Lagoas', 'BR')];
    expect(triples(run('Uma delegação de oficiais filipinos visitou na semana passada a fábrica da Iveco em Sete Lagoas.', 'pt', defs))).toEqual(['PH>Sete Lagoas@BR:visit']);
  });
});

describe('session 32: Portuguese "estágio" is training', () => {
  it('"Cinquenta oficiais angolanos fizeram estágios em Portugal": PT trains AO', () => {
    const defs = [C('AO', [], ['angolanos']), C('PT', ['Portugal'])];
    expect(triples(run('Cinquenta oficiais angolanos fizeram estágios em Portugal.', 'pt', defs))).toEqual(['PT>AO:training']);
  });
});

describe('session 32: trainees who "do" a training course abroad', () => {
  it('"des officiers ivoiriens effectuent chaque année une formation en France", "fazem todos os anos uma formação em França": France trains', () => {
    const defs = [C('CI', [], ['ivoiriens', 'marfinenses']), C('FR', ['France', 'França'])];
    expect(triples(run("Une centaine d'officiers ivoiriens effectuent chaque année une formation en France.", 'fr', defs))).toEqual(['FR>CI:training']);
    expect(triples(run('Cem oficiais marfinenses fazem todos os anos uma formação em França.', 'pt', defs))).toEqual(['FR>CI:training']);
  });
});

describe('session 32: French "stage" is training', () => {
  it('"effectuent chaque année des stages en France", "font un stage en France": France trains', () => {
    const defs = [C('CI', [], ['ivoiriens']), C('FR', ['France'])];
    expect(triples(run("Une centaine d'officiers ivoiriens effectuent chaque année des stages en France.", 'fr', defs))).toEqual(['FR>CI:training']);
    expect(triples(run('Des officiers ivoiriens font un stage en France.', 'fr', defs))).toEqual(['FR>CI:training']);
  });
});

describe('session 32: a vessel of goods carries them', () => {
  it('"Argentina compró un barco de GNL a Brasil", "received two ships of graphite": the goods travel, uncounted; not "aviones de entrenamiento"', () => {
    const defs = [C('AR', ['Argentina']), C('BR', ['Brasil']), C('IN', ['India']), C('MZ', ['Mozambique']), C('KR', ['Corea del Sur']), C('PY', ['Paraguay'])];
    const fs = run('Argentina compró un barco de GNL a Brasil.', 'es', defs);
    expect(triples(fs)).toEqual(['BR>AR:oil']);
    expect(fs[0]!.quantity ?? null).toBeNull();
    expect(triples(run('India received two ships of graphite from Mozambique.', 'en', defs))).toEqual(['MZ>IN:other']);
    expect(triples(run('Paraguay compró seis aviones de entrenamiento a Corea del Sur.', 'es', defs))).toEqual(['KR>PY:vehicles']);
  });
});

describe('session 32: goods each from their own source, "de" then "desde"', () => {
  it('"Argentina importó gas de Bolivia y un buque de GNL desde Brasil": from both', () => {
    const defs = [C('AR', ['Argentina']), C('BO', ['Bolivia']), C('BR', ['Brasil'])];
    expect(triples(run('Argentina importó gas de Bolivia y un buque de GNL desde Brasil.', 'es', defs))).toEqual(['BO>AR:oil', 'BR>AR:oil']);
  });
});

describe('session 32: heldout74 reversed flows, read alone', () => {
  it('"la compra por parte de España de 24 aviones de fabricación turca": Spain buys from Turkey', () => {
    const defs = [C('ES', ['España']), C('TR', ['Turquía'], ['turca'])];
    expect(triples(run('Ambos gobiernos negocian la compra por parte de España de 24 aviones de entrenamiento, de fabricación turca.', 'es', defs))).toEqual(['TR>ES:vehicles']);
  });
  it('"Tokyo has provided $2.8 billion for barracks on the island": a located island is another than the sentence\'s own country', () => {
    const defs = [C('JP', ['Japan']), CITY('Tokyo', 'JP', true), C('GU', ['Guam']), CITY('Okinawa', 'JP')];
    expect(triples(run("Marines are moving from Okinawa to Guam, Japan's defence ministry said. Tokyo has provided 2.8 billion dollars for barracks on the island.", 'en', defs))).toContain('JP>GU:money');
    expect(triples(run("Marines are moving from Okinawa to Guam, Japan's defence ministry said. Tokyo has provided 2.8 billion dollars for barracks on the island.", 'en', defs))).not.toContain('GU>JP:money');
  });
});

describe('session 32: "volvió a ser el primer suministrador", ranked past an aside', () => {
  it('"Argelia volvió a ser el primer suministrador de gas natural de España, con el 39 %, seguida de Estados Unidos y de Rusia"', () => {
    const defs = [C('DZ', ['Argelia']), C('ES', ['España']), C('US', ['Estados Unidos']), C('RU', ['Rusia'])];
    expect(triples(run('Argelia volvió a ser en 2024 el primer suministrador de gas natural de España, con el 39 % de las importaciones, seguida de Estados Unidos y de Rusia.', 'es', defs))).toEqual(['DZ>ES:oil', 'RU>ES:oil', 'US>ES:oil']);
  });
});

describe('session 32: "the territory" is the latest dependent territory', () => {
  it('"Macau importou eletricidade de Guangdong. Portugal vendeu ao território mercadorias": PT>MO', () => {
    const defs = [REGION('Macau', 'MO'), REGION('Guangdong', 'CN'), C('PT', ['Portugal']), C('AO', ['Angola'])];
    expect(triples(run('Macau importou eletricidade de Guangdong. Portugal, por seu lado, vendeu ao território mercadorias no valor de 41 milhões de euros.', 'pt', defs))).toContain('PT>Macau@MO:other');
    // (with no flow to Macau just before to fill the end from)
    expect(triples(run('Os turistas de Macau gastaram muito em Lisboa. Portugal vendeu ao território vinho no valor de 41 milhões de euros.', 'pt', [...defs, CITY('Lisboa', 'PT', true)]))).toEqual(['PT>Macau@MO:other']);
  });
});

describe('session 32: people leaving after a clause on emigration', () => {
  it('"La emigración venezolana no se detiene: unas 5.000 personas salieron hacia Chile": from Venezuela', () => {
    const defs = [C('VE', [], ['venezolana']), C('CL', ['Chile'])];
    expect(triples(run('La emigración venezolana no se detiene: unas 5.000 personas salieron hacia Chile en marzo.', 'es', defs))).toEqual(['VE>CL:people']);
  });
});

describe('session 32: goods leaving, bound for a place named in the subject', () => {
  it('"The first 12 Boxer vehicles built in Australia for the German army left the port of Brisbane": Brisbane > Germany', () => {
    const defs = [C('AU', ['Australia']), CITY('Brisbane', 'AU'), C('DE', [], ['German'])];
    expect(triples(run('The first 12 Boxer reconnaissance vehicles built in Australia for the German army left the port of Brisbane on Monday.', 'en', defs))).toEqual(['Brisbane@AU>DE:vehicles']);
  });
});

describe('session 32: works that cross a place travel nowhere', () => {
  it('"DAMAS (AFP) - Le gaz est arrivé à Alep par un gazoduc qui franchit la frontière à Kilis": no visit to Kilis', () => {
    const defs = [C('SY', ['Syrie'], ['syrien']), CITY('Damas', 'SY', true), CITY('Alep', 'SY'), CITY('Kilis', 'TR'), C('TR', ['Turquie']), C('AZ', [], ['azerbaïdjanais'])];
    const fs = triples(run("DAMAS, 5 mai (AFP) - Le premier gaz azerbaïdjanais est arrivé samedi à Alep par un gazoduc qui franchit la frontière à Kilis, en Turquie, a annoncé le ministère syrien de l'Énergie, qui en attend moins de coupures.", 'fr', defs));
    expect(fs.filter((f) => f.endsWith(':visit'))).toEqual([]);
    expect(fs).toContain('AZ>Alep@SY:oil');
  });
});

describe('session 32: "no território" places an official, no end', () => {
  it('"Os marinheiros indianos enviaram para o seu país 90 milhões de dólares, segundo o consulado da Índia no território": no IN>Macau', () => {
    const defs = [REGION('Macau', 'MO'), C('IN', ['Índia'], ['indianos'])];
    const fs = triples(run('Macau recebe muitos marinheiros. Os marinheiros indianos enviaram para o seu país cerca de 90 milhões de dólares no ano passado, estimou o consulado-geral da Índia no território, que pediu mais controlo.', 'pt', defs));
    expect(fs).not.toContain('IN>Macau@MO:money');
  });
});

describe('session 32: suspects handed over are people', () => {
  it('"México envió a Estados Unidos a 26 presuntos integrantes de cárteles", "a remis à la justice française deux suspects"', () => {
    const defs = [C('MX', ['México']), C('US', ['Estados Unidos']), C('AD', ['Andorre']), C('FR', [], ['française'])];
    expect(triples(run('México envió este martes a Estados Unidos a 26 presuntos integrantes de cárteles.', 'es', defs))).toEqual(['MX>US:people']);
    expect(triples(run('Andorre a remis mardi à la justice française deux suspects recherchés pour trafic.', 'fr', defs))).toEqual(['AD>FR:people']);
  });
});

describe('session 33: a supplier noun in an apposition', () => {
  const defs = [C('US', ['United States']), C('UG', ['Uganda']), C('RU', ['Rusia', 'Russia']), C('IN', ['India']), C('CN', ['China']), C('AO', ['Angola']), C('DE', []), CITY('Kiel', 'DE'), C('UA', ['Ukraine']), CITY('Prague', 'CZ', true), C('CZ', [])];
  it('"The United States, the largest donor to Uganda, has halved", "Rusia, principal proveedor de armas de la India,", "A China, maior credora de Angola,"', () => {
    expect(triples(run('The United States, the largest donor to Uganda, has halved its contribution.', 'en', defs))).toEqual(['US>UG:aid']);
    expect(triples(run('Rusia, principal proveedor de armas de la India, retrasó las entregas.', 'es', defs))).toEqual(['RU>IN:weapons']);
    expect(triples(run('A China, maior credora de Angola, anunciou novas regras.', 'pt', defs))).toEqual(['CN>AO:money']);
  });
  it('not a place a preposition governs, nor one past another place: "Selon l\'Institut de Kiel, Prague figure parmi les principaux donateurs"', () => {
    expect(triples(run("Selon l'Institut de Kiel, Prague figure parmi les principaux donateurs militaires de l'Ukraine.", 'fr', defs))).toEqual([]);
  });
});

describe('session 33: money poured or ploughed into a place', () => {
  it('"Japan poured $2 billion into Vietnam", "ploughed billions of dollars into Uganda"; rain pours nothing', () => {
    const defs = [C('JP', ['Japan']), C('VN', ['Vietnam']), C('CN', ['China']), C('UG', ['Uganda']), CITY('Manila', 'PH', true)];
    expect(triples(run('Japan poured $2 billion into Vietnam last year.', 'en', defs))).toEqual(['JP>VN:money']);
    expect(triples(run('China has ploughed billions of dollars into Uganda.', 'en', defs))).toEqual(['CN>UG:money']);
    expect(triples(run('Rain poured into Manila.', 'en', defs))).toEqual([]);
  });
});

describe('session 33: troops that remain deployed', () => {
  const defs = [C('ES', [], ['españoles', 'Spanish', 'espanhóis', 'espagnols']), C('LV', ['Letonia', 'Latvia', 'Letónia', 'Lettonie'])];
  it('"siguen desplegados en Letonia", "remain deployed in Latvia", "restent déployés en Lettonie", "continuam destacados na Letónia"', () => {
    expect(triples(run('Unos 700 militares españoles siguen desplegados en Letonia.', 'es', defs))).toEqual(['ES>LV:troops']);
    expect(triples(run('About 700 Spanish troops remain deployed in Latvia.', 'en', defs))).toEqual(['ES>LV:troops']);
    expect(triples(run('Quelque 700 militaires espagnols restent déployés en Lettonie.', 'fr', defs))).toEqual(['ES>LV:troops']);
    expect(triples(run('Cerca de 700 militares espanhóis continuam destacados na Letónia.', 'pt', defs))).toEqual(['ES>LV:troops']);
    expect(triples(run('Cerca de 700 militares espanhóis estão destacados na Letónia.', 'pt', defs))).toEqual(['ES>LV:troops']);
  });
});

describe('session 33: a continent inside an organisation\'s name', () => {
  it('"une centaine d\'instructeurs de l\'Africa Corps" come from Russia (named in the article), not Africa', () => {
    const defs = [C('NE', ['Niger']), C('RU', ['Russie']), { key: 'Africa', kind: 'other' as const, names: ['Africa'] }];
    expect(triples(run("La Russie a envoyé au Niger une centaine d'instructeurs de l'Africa Corps.", 'fr', defs))).toEqual(['RU>NE:training']);
    expect(triples(run("Quelques semaines après l'arrivée au Niger d'une centaine de paramilitaires de l'Africa Corps, la Russie a livré des blindés.", 'fr', defs))).toEqual(['RU>NE:troops', 'RU>NE:vehicles']);
  });
});

describe('session 33: a tour that takes the traveller on, past a longer gap', () => {
  it('"arrived in Laos on Tuesday for a two-day visit, the first leg of a regional tour that will then take him to Cambodia"', () => {
    const defs = [C('VN', [], ['Vietnamese', 'vietnamien', 'vietnamita']), C('LA', ['Laos']), C('KH', ['Cambodia', 'Cambodge', 'Camboja'])];
    const want = ['VN>KH:visit', 'VN>LA:visit'];
    expect(triples(run('The Vietnamese prime minister arrived in Laos on Tuesday for a two-day visit, the first leg of a regional tour that will then take him to Cambodia.', 'en', defs))).toEqual(want);
    expect(triples(run("Le Premier ministre vietnamien est arrivé mardi au Laos pour une visite de deux jours, première étape d'une tournée régionale qui le conduira ensuite au Cambodge.", 'fr', defs))).toEqual(want);
    expect(triples(run('O primeiro-ministro vietnamita chegou ao Laos para uma visita de dois dias, primeira etapa de uma digressão que o levará depois ao Camboja.', 'pt', defs))).toEqual(want);
  });
});

describe('session 33: a place after a country\'s "Forces" is where they are stationed', () => {
  it('"U.S. Forces Korea, which keeps about 28,500 troops in the country": Korea keeps no troops in the United States', () => {
    const defs = [C('US', ['U.S.', 'United States']), C('KR', ['Korea', 'South Korea']), C('GB', [], ['British']), C('CY', ['Cyprus']), C('LB', ['Lebanon'])];
    expect(triples(run('U.S. Forces Korea, which keeps about 28,500 troops in the country, said the redeployment was temporary.', 'en', defs))).not.toContain('KR>US:troops');
    expect(triples(run('British Forces Cyprus sent 200 troops to Lebanon.', 'en', defs))).toEqual(['GB>LB:troops']);
  });
});

describe('session 33: unblocking funds of aid', () => {
  it('"a débloqué 5 millions de dollars d\'aide d\'urgence pour l\'Ouganda" sends aid; "200 camions d\'aide bloqués" still nothing', () => {
    const defs = [C('JP', ['Japon']), C('UG', ['Ouganda']), C('EG', ['Égypte']), CITY('Rafah', 'PS'), REGION('Gaza', 'PS')];
    expect(triples(run("Le Japon a débloqué mercredi 5 millions de dollars d'aide d'urgence pour l'Ouganda.", 'fr', defs))).toEqual(['JP>UG:aid']);
    expect(triples(run("Le Japon a débloqué une aide de 5 millions de dollars pour l'Ouganda.", 'fr', defs))).toEqual(['JP>UG:aid']);
    expect(triples(run("L'Égypte a débloqué 200 camions d'aide bloqués à Rafah pour Gaza.", 'fr', defs))).toEqual([]);
  });
});

describe('session 33: a counted amount of money released is sent', () => {
  it('"Japan has released $5 million in emergency aid for Uganda", "liberou 5 milhões de dólares", "liberará 3 millones de euros"; people released stay people', () => {
    const defs = [C('JP', ['Japan', 'Japão']), C('UG', ['Uganda']), C('MZ', ['Moçambique']), C('ES', ['España']), C('HN', ['Honduras']), C('RU', ['Russia']), C('UA', [], ['Ukrainian'])];
    expect(triples(run('Japan has released $5 million in emergency aid for Uganda.', 'en', defs))).toEqual(['JP>UG:aid']);
    expect(triples(run('O Japão liberou 5 milhões de dólares para Moçambique.', 'pt', defs))).toEqual(['JP>MZ:money']);
    expect(triples(run('España anunció que liberará 3 millones de euros para Honduras.', 'es', defs))).toEqual(['ES>HN:money']);
    expect(triples(run('Russia released 20 Ukrainian fishermen.', 'en', defs))).toEqual(['RU>UA:people']);
  });
});

describe('session 33: an aircraft\'s nationality past a counted load', () => {
  it('"A Chinese plane carrying 40 tonnes of medicines landed in Yangon"; tankers\' owners still send nothing', () => {
    const defs = [C('CN', ['China'], ['Chinese']), CITY('Yangon', 'MM'), C('GR', [], ['Greek'])];
    expect(triples(run('A Chinese plane carrying 40 tonnes of medicines landed in Yangon.', 'en', defs))).toEqual(['CN>Yangon@MM:aid']);
    expect(triples(run('Greek tankers carrying 700,000 barrels of crude arrived in China.', 'en', defs))).toEqual([]);
  });
});

describe('session 33: people who travel to a place for a course are trained there', () => {
  const defs = [C('HN', [], ['hondureños', 'Honduran']), C('CO', ['Colombia']), CITY('Bogotá', 'CO', true), C('SN', [], ['sénégalais']), CITY('Abidjan', 'CI'), C('AO', [], ['angolanos']), CITY('Lisboa', 'PT', true), C('FR', [], ['French']), C('ML', ['Mali'])];
  it('"120 policías hondureños llegaron a Bogotá para un curso", "arrived in Colombia for a training course", "arrivés à Abidjan pour une formation"', () => {
    expect(triples(run('Un total de 120 policías hondureños llegaron esta semana a Bogotá para un curso de seis semanas.', 'es', defs))).toContain('Bogotá@CO>HN:training');
    expect(triples(run('About 120 Honduran police officers arrived in Colombia for a training course.', 'en', defs))).toContain('CO>HN:training');
    expect(triples(run('Quarante officiers sénégalais sont arrivés à Abidjan pour une formation.', 'fr', defs))).toContain('Abidjan@CI>SN:training');
    expect(triples(run('Quarenta oficiais angolanos chegaram a Lisboa para um curso de seis meses.', 'pt', defs))).toContain('Lisboa@PT>AO:training');
  });
  it('not for another purpose, nor trainers who come to train others', () => {
    expect(triples(run('Quarante officiers sénégalais sont arrivés à Abidjan pour des raisons de santé.', 'fr', defs)).filter((f) => f.endsWith(':training'))).toEqual([]);
    expect(triples(run('About 120 French instructors arrived in Mali to train local troops.', 'en', defs))).toEqual(['FR>ML:training']);
  });
});

describe('session 33: people "in training" are trainees', () => {
  it('"40 pilotes marocains en formation sur F-16 dans l\'Arizona", "Moroccan pilots are in training in the United States", "em formação nos Estados Unidos"', () => {
    const defs = [C('MA', [], ['marocains', 'Moroccan', 'marroquinos', 'marroquíes']), REGION('Arizona', 'US'), C('US', ['United States', 'Estados Unidos', 'États-Unis'])];
    expect(triples(run("L'état-major a annoncé la présence de 40 pilotes marocains en formation sur F-16 dans l'Arizona.", 'fr', defs))).toEqual(['Arizona@US>MA:training']);
    expect(triples(run('Forty Moroccan pilots are in training in the United States.', 'en', defs))).toEqual(['US>MA:training']);
    expect(triples(run('Quarenta pilotos marroquinos estão em formação nos Estados Unidos.', 'pt', defs))).toEqual(['US>MA:training']);
    expect(triples(run('Quarante pilotes marocains sont en formation aux États-Unis.', 'fr', defs))).toEqual(['US>MA:training']);
  });
});

describe('session 33: an agent past a colon is another clause\'s', () => {
  it('"Uma parte desses carros não entra pelo porto de Maputo: é desembarcada em Durban" names no sender', () => {
    const defs = [CITY('Maputo', 'MZ', true), CITY('Durban', 'ZA')];
    expect(triples(run('Uma parte desses carros não entra pelo porto de Maputo: é desembarcada em Durban.', 'pt', defs))).toEqual([]);
  });
});

describe('session 33: "Detrás se ubicaron" goes on down a ranking', () => {
  it('"Colombia exportó café y Estados Unidos fue el principal destino. Detrás se ubicaron Japón y Alemania"', () => {
    const defs = [C('CO', ['Colombia']), C('US', ['Estados Unidos']), C('JP', ['Japón']), C('DE', ['Alemania'])];
    expect(triples(run('Colombia exportó 800.000 toneladas de café y Estados Unidos fue el principal destino. Detrás se ubicaron Japón y Alemania.', 'es', defs))).toEqual(['CO>DE:other', 'CO>JP:other', 'CO>US:other']);
  });
});

describe('session 33: second-hand goods before a comma and where they came from', () => {
  it('"importou cerca de 62 mil viaturas usadas, quase todas provenientes do Japão"', () => {
    const defs = [C('MZ', ['Moçambique']), C('JP', ['Japão'])];
    expect(triples(run('Moçambique importou no ano passado cerca de 62 mil viaturas usadas, quase todas provenientes do Japão, segundo dados oficiais.', 'pt', defs))).toEqual(['JP>MZ:vehicles']);
  });
});

describe('session 33: "arrivent loin derrière" goes on down a ranking', () => {
  it('"Le Sénégal a exporté des arachides vers la Chine. Le Vietnam et l\'Inde arrivent loin derrière."', () => {
    const defs = [C('SN', ['Sénégal']), C('CN', ['Chine']), C('VN', ['Vietnam']), C('IN', ['Inde'])];
    expect(triples(run("Le Sénégal a exporté des arachides vers la Chine. Le Vietnam et l'Inde arrivent loin derrière.", 'fr', defs))).toEqual(['SN>CN:other', 'SN>IN:other', 'SN>VN:other']);
  });
});

describe('session 33: cars are vehicles; "deixou de", "dejó de" suspend', () => {
  const defs = [C('SG', ['Singapore', 'Singapura', 'Singapur']), C('MZ', ['Mozambique', 'Moçambique']), C('JP', ['Japan']), C('US', ['United States'])];
  it('"Japan exported 2 million cars", "Singapore stopped selling cars to Mozambique"', () => {
    expect(triples(run('Japan exported 2 million cars to the United States.', 'en', defs))).toEqual(['JP>US:vehicles']);
    expect(withStatus(run('Singapore stopped selling cars to Mozambique.', 'en', defs))).toEqual(['SG>MZ:vehicles:suspended']);
  });
  it('"Singapura praticamente deixou de vender carros a Moçambique", "Singapur dejó de vender coches a Mozambique"', () => {
    expect(withStatus(run('Singapura praticamente deixou de vender carros a Moçambique.', 'pt', defs))).toEqual(['SG>MZ:vehicles:suspended']);
    expect(withStatus(run('Singapur dejó de vender coches a Mozambique.', 'es', defs))).toEqual(['SG>MZ:vehicles:suspended']);
  });
});

describe('session 33: counted "other" people, and people who travel to fight', () => {
  const defs = [C('NP', [], ['Nepalis']), C('RU', ['Russia', 'Rússia']), C('VE', [], ['venezuelanos']), C('BR', ['Brasil']), C('CO', [], ['Colombians', 'colombianos']), C('SD', ['Sudan', 'Sudão']), C('ES', ['Spain']), C('PT', ['Portugal'])];
  it('"Hundreds of other Nepalis have travelled to Russia", "Milhares de outros venezuelanos chegaram ao Brasil"', () => {
    expect(triples(run('Hundreds of other Nepalis have travelled to Russia to visit relatives.', 'en', defs))).toEqual(['NP>RU:people']);
    expect(triples(run('Milhares de outros venezuelanos chegaram ao Brasil.', 'pt', defs))).toEqual(['VE>BR:people']);
  });
  it('"travelled to Russia to fight as contract soldiers", "viajaram para o Sudão para combater" are troops; firefighters "to fight the fires" are not', () => {
    expect(triples(run('Hundreds of Nepalis have travelled to Russia to fight as contract soldiers.', 'en', defs))).toEqual(['NP>RU:troops']);
    expect(triples(run('Centenas de colombianos viajaram para o Sudão para combater ao lado das RSF.', 'pt', defs))).toEqual(['CO>SD:troops']);
    expect(triples(run('Spain sent 200 firefighters to Portugal to fight the fires.', 'en', defs))).toEqual(['ES>PT:aid']);
  });
});

describe('session 33: an accusation of no place leaves the accuser no actor', () => {
  const defs = [CITY('Washington', 'US', true), C('VE', ['Venezuela']), C('IR', [], ['iraní']), C('AE', ['United Arab Emirates']), C('SD', ['Sudan']), C('UA', ['Ukraine']), C('BY', ['Belarus']), C('RU', ['Russia'])];
  it('"una aerolínea iraní que Washington acusa de transportar armas a Venezuela": Washington sends nothing', () => {
    expect(triples(run('Los drones llegaron en vuelos de una aerolínea iraní que Washington acusa de transportar armas a Venezuela.', 'es', defs)).filter((f) => f.startsWith('Washington'))).toEqual([]);
  });
  it('a passive accusation is of its subject; an accused place acts', () => {
    expect(triples(run('The United Arab Emirates has been accused of sending weapons to Sudan.', 'en', defs))).toEqual(['AE>SD:weapons']);
    expect(triples(run('Ukraine accused Belarus of supplying drones to Russia.', 'en', defs))).toEqual(['BY>RU:weapons']);
  });
});

describe('session 33: a halt a resumption ends suspends nothing', () => {
  it('"has resumed exporting crude after an eleven-month halt, pumping 90,000 barrels a day to Port Sudan" is stated; "halted gas exports" suspends', () => {
    const defs = [C('SS', ['South Sudan']), CITY('Port Sudan', 'SD'), C('RU', ['Russia']), C('FI', ['Finland'])];
    expect(withStatus(run('South Sudan has resumed exporting crude after an eleven-month halt, pumping about 90,000 barrels per day along the pipeline to Port Sudan.', 'en', defs))).toEqual(['SS>Port Sudan@SD:oil:stated']);
    expect(withStatus(run('After a halt, Russia sent gas to Finland.', 'en', defs))).toEqual(['RU>FI:oil:stated']);
    expect(withStatus(run('Russia halted gas exports to Finland.', 'en', defs))).toEqual(['RU>FI:oil:suspended']);
  });
});

describe('session 33: "the government" as the object of another country\'s verb is the dateline country\'s', () => {
  it('"JUBA (Reuters) - [...] China National Petroleum Corp has lent the government $500 million"', () => {
    const defs = [CITY('JUBA', 'SS', true), C('SS', ['South Sudan']), C('CN', ['China']), C('AE', ['United Arab Emirates'])];
    const text = 'JUBA, Jan 20 (Reuters) - South Sudan has resumed exporting crude. Traders said two more cargoes had been sold to buyers in China and the United Arab Emirates. China National Petroleum Corp has lent the government $500 million against future shipments.';
    expect(triples(run(text, 'en', defs))).toContain('CN>SS:money');
    expect(triples(run(text, 'en', defs))).not.toContain('CN>AE:money');
  });
});

describe('session 33: a load of goods names those goods', () => {
  it('"shipped a cargo of crude to Malaysia", "enviou uma carga de petróleo", "cargo flights carrying arms": no goods of the load itself', () => {
    const defs = [C('SS', ['South Sudan']), C('MY', ['Malaysia']), C('BR', ['Brasil']), C('CN', ['China']), C('AE', [], []), CITY('Abu Dhabi', 'AE', true), C('SD', ['Sudan'])];
    expect(triples(run('South Sudan shipped a cargo of crude to Malaysia.', 'en', defs))).toEqual(['SS>MY:oil']);
    expect(triples(run('O Brasil enviou uma carga de petróleo para a China.', 'pt', defs))).toEqual(['BR>CN:oil']);
    expect(triples(run('Cargo flights carrying arms from Abu Dhabi landed in Sudan.', 'en', defs))).toEqual(['Abu Dhabi@AE>SD:weapons']);
  });
});

describe('session 33: loads sold in the passive repeat the latest transfer', () => {
  it('"South Sudan shipped crude to Malaysia. Another cargo was sold to buyers in China": SS > CN oil; "des cargaisons aient été vendues à Israël"', () => {
    const defs = [C('SS', ['South Sudan']), C('MY', ['Malaysia']), C('CN', ['China']), C('TD', ['Tchad']), C('IL', ['Israël'])];
    expect(triples(run('South Sudan shipped crude to Malaysia. Another cargo was sold to buyers in China.', 'en', defs))).toEqual(['SS>CN:oil', 'SS>MY:oil']);
    expect(withStatus(run("Le Tchad a exporté du brut vers la Chine. Le ministère a démenti que des cargaisons aient été vendues à Israël.", 'fr', [...defs, C('CN', ['Chine'])]))).toContain('TD>IL:oil:denied');
  });
});

describe('session 33: a pharmaceutical company of a place, and mere quantities sold', () => {
  const defs = [REGION('Minas Gerais', 'BR'), C('PT', ['Portugal']), C('UY', ['Uruguai']), C('BR', ['Brasil'], ['brasileiro']), C('US', ['Estados Unidos'])];
  it('"uma farmacêutica de Minas Gerais pretende exportar canabidiol para Portugal"', () => {
    expect(withStatus(run('Já uma farmacêutica de Minas Gerais pretende exportar canabidiol sintético para Portugal a partir de 2026.', 'pt', defs))).toEqual(['Minas Gerais@BR>PT:other:planned']);
  });
  it('"O Uruguai ainda vende volumes modestos ao mercado brasileiro", "vende pequenas quantidades ao Brasil"', () => {
    expect(triples(run('O Brasil importou produtos de cannabis dos Estados Unidos. O Uruguai ainda vende volumes modestos ao mercado brasileiro.', 'pt', defs))).toEqual(['US>BR:other', 'UY>BR:other']);
    expect(triples(run('O Uruguai vende pequenas quantidades ao Brasil.', 'pt', defs))).toEqual(['UY>BR:other']);
  });
});

describe('session 33: places ranked after a share\'s taker take their share', () => {
  it('"Qatar accounted for 30%, followed by Saudi Arabia and Malaysia", "responderam por 58%, seguidos pelo Canadá e pela Colômbia"', () => {
    const defs = [C('NP', ['Nepal']), C('QA', ['Qatar']), C('SA', ['Saudi Arabia']), C('MY', ['Malaysia']), C('BR', ['Brasil']), C('US', ['Estados Unidos']), C('CA', ['Canadá']), C('CO', ['Colômbia'])];
    expect(triples(run('Nepal received $11 billion in remittances. Qatar accounted for 30%, followed by Saudi Arabia and Malaysia.', 'en', defs))).toEqual(['MY>NP:money', 'QA>NP:money', 'SA>NP:money']);
    expect(triples(run('O Brasil importou 1,1 milhão de unidades de produtos à base de cannabis. Os Estados Unidos responderam por cerca de 58% das autorizações, seguidos pelo Canadá e pela Colômbia.', 'pt', defs))).toEqual(['CA>BR:other', 'CO>BR:other', 'US>BR:other']);
  });
});

describe('session 33: installing goods somewhere sends them there', () => {
  it('"Washington instalará un radar en la isla de Tobago", "installed Patriot batteries in Poland"; a factory installed is no goods', () => {
    const defs = [CITY('Washington', 'US', true), C('US', ['United States']), REGION('Tobago', 'TT'), C('PL', ['Poland']), C('CN', ['China']), C('EC', ['Ecuador'])];
    expect(withStatus(run('Washington también instalará un radar en la isla de Tobago.', 'es', defs))).toEqual(['Washington@US>Tobago@TT:technology:planned']);
    expect(triples(run('The United States installed Patriot batteries in Poland.', 'en', defs))).toEqual(['US>PL:technology']);
    expect(triples(run('China instaló una fábrica en Ecuador.', 'es', defs))).toEqual([]);
    // (the Romance participle says where people live)
    expect(triples(run('Los venezolanos instalados en Chile enviaron 200 millones de dólares a Venezuela.', 'es', [C('VE', ['Venezuela'], ['venezolanos']), C('CL', ['Chile'])]))).toEqual(['CL>VE:money']);
  });
});

describe('session 33: Portuguese "deslocar-se" travels', () => {
  it('"O Presidente moçambicano deverá deslocar-se em agosto a Yokohama" visits; "deslocou 300 militares" still sends troops', () => {
    const defs = [C('MZ', [], ['moçambicano']), CITY('Yokohama', 'JP'), C('PT', ['Portugal']), C('RO', ['Roménia'])];
    expect(withStatus(run('O Presidente moçambicano deverá deslocar-se em agosto a Yokohama.', 'pt', defs))).toEqual(['MZ>Yokohama@JP:visit:planned']);
    expect(triples(run('Portugal deslocou 300 militares para a Roménia.', 'pt', defs))).toEqual(['PT>RO:troops']);
  });
});

describe('session 33: goods and people driven somewhere are sent', () => {
  it('"From Chad, the weapons were driven across the border into Darfur", "were driven from Belarus to Ukraine"; "driven by demand" drives nothing', () => {
    const defs = [C('TD', ['Chad']), REGION('Darfur', 'SD'), C('BY', ['Belarus']), C('UA', ['Ukraine']), C('CN', ['China'])];
    expect(triples(run('From Chad, the weapons were driven across the border into Darfur.', 'en', defs))).toEqual(['TD>Darfur@SD:weapons']);
    expect(triples(run('The prisoners were driven across the border from Belarus to Ukraine.', 'en', defs))).toEqual(['BY>UA:people']);
    expect(triples(run('Exports rose, driven by demand from China.', 'en', defs))).toEqual([]);
  });
});

describe('session 33: a country\'s own trade, named by its possessive or "de", is of goods', () => {
  it('"Ecuador\'s exports to China fell 40%", "Las exportaciones de Ecuador a China cayeron", "As exportações do Equador para a China caíram"', () => {
    const defs = [C('EC', ['Ecuador', 'Equador']), C('CN', ['China'])];
    expect(triples(run("Ecuador's exports to China fell 40%.", 'en', defs))).toEqual(['EC>CN:other']);
    expect(triples(run('Las exportaciones de Ecuador a China cayeron un 40 %.', 'es', defs))).toEqual(['EC>CN:other']);
    expect(triples(run('As exportações do Equador para a China caíram 40%.', 'pt', defs))).toEqual(['EC>CN:other']);
  });
});

describe('session 33: French "gagner" a place reaches it', () => {
  it('"Des milliers de Soudanais ont gagné l\'Égypte", "le ministre français a gagné Tunis, puis Rome"; "a gagné 3 millions", "a gagné la Coupe" reach nothing', () => {
    const defs = [C('SD', [], ['Soudanais']), C('EG', ['Égypte']), C('FR', ['France'], ['français']), CITY('Tunis', 'TN', true), CITY('Rome', 'IT', true), C('CN', ['Chine']), C('MA', ['Maroc']), C('SN', ['Sénégal'])];
    expect(triples(run("Des milliers de Soudanais ont gagné l'Égypte par la route.", 'fr', defs))).toEqual(['SD>EG:people']);
    expect(triples(run('Le ministre français a gagné Tunis, puis Rome.', 'fr', defs))).toEqual(['FR>Tunis@TN:visit', 'Tunis@TN>Rome@IT:visit']);
    expect(triples(run("La France a gagné 3 millions d'euros grâce aux ventes à la Chine.", 'fr', defs))).toEqual([]);
    expect(triples(run("Le Maroc a gagné la Coupe d'Afrique face au Sénégal.", 'fr', defs))).toEqual([]);
  });
});

describe('session 33: counted nationals after a Romance verb of arriving are people', () => {
  it('"Chegaram a Lisboa cinco angolanos vindos do Brasil": BR > Lisboa, 5 people', () => {
    const defs = [CITY('Lisboa', 'PT', true), C('AO', [], ['angolanos']), C('BR', ['Brasil'])];
    const fs = run('Chegaram a Lisboa cinco angolanos vindos do Brasil.', 'pt', defs);
    expect(triples(fs)).toEqual(['BR>Lisboa@PT:people']);
    expect(fs[0]!.quantity).toBe(5);
  });
});

describe('session 33: an official released goes home', () => {
  it('"Belgium released an Iranian diplomat jailed for a bomb plot", "Iran released a French diplomat"', () => {
    const defs = [C('BE', ['Belgium']), C('IR', ['Iran'], ['Iranian']), C('FR', [], ['French'])];
    expect(triples(run('Belgium released an Iranian diplomat jailed for a bomb plot.', 'en', defs))).toEqual(['BE>IR:people']);
    expect(triples(run('Iran released a French diplomat.', 'en', defs))).toEqual(['IR>FR:people']);
  });
});

describe('session 33: buying from companies receives no visitors', () => {
  it('"Uruguay compró agua a empresas paraguayas" is no visit; "Lula recebeu em Brasília o chanceler da China" still is', () => {
    const defs = [C('UY', ['Uruguay']), C('PY', [], ['paraguayas']), CITY('Brasília', 'BR', true), C('CN', ['China'])];
    expect(triples(run('Uruguay compró agua a empresas paraguayas.', 'es', defs)).filter((f) => f.endsWith(':visit'))).toEqual([]);
    expect(triples(run('Lula recebeu em Brasília o chanceler da China.', 'pt', defs))).toEqual(['CN>Brasília@BR:visit']);
  });
});

describe('session 33: instructors who remain somewhere train there', () => {
  it('"French instructors remain in Mali", "Pakistani instructors will remain at Makurdi", "Instrutores portugueses estão em São Tomé"', () => {
    const defs = [C('FR', [], ['French']), C('ML', ['Mali']), C('PK', [], ['Pakistani']), CITY('Makurdi', 'NG'), C('PT', [], ['portugueses']), C('ST', ['São Tomé'])];
    expect(triples(run('French instructors remain in Mali.', 'en', defs))).toEqual(['FR>ML:training']);
    expect(withStatus(run('Pakistani instructors will remain at Makurdi for another year to train pilots.', 'en', defs))).toEqual(['PK>Makurdi@NG:training:planned']);
    expect(triples(run('Instrutores portugueses estão em São Tomé.', 'pt', defs))).toEqual(['PT>ST:training']);
  });
});

describe('session 33: goods another country paid for are its gift', () => {
  it('"A vessel will deliver 30,000 tonnes of fertiliser to Kenya, paid for by the Netherlands"', () => {
    const defs = [C('NL', ['Netherlands']), C('KE', ['Kenya'])];
    expect(triples(run('A vessel will deliver 30,000 tonnes of fertiliser to Kenya, paid for by the Netherlands.', 'en', defs))).toEqual(['NL>KE:aid']);
  });
});

describe('session 33: an apposition\'s possessive is the clause subject\'s', () => {
  it('"Kenya has also asked China, its largest bilateral creditor, to convert part of its loans": CN > KE money', () => {
    const defs = [C('KE', ['Kenya']), C('CN', ['China'])];
    expect(triples(run('Kenya has also asked China, its largest bilateral creditor, to convert part of its loans into yuan.', 'en', defs))).toEqual(['CN>KE:money']);
  });
});

describe('session 33: English imports "into" a place', () => {
  it('"Imports of gas from Russia into Germany fell", "Imports of Russian gas into Germany"; an opening "Exports of" is a noun', () => {
    const defs = [C('RU', ['Russia'], ['Russian']), C('DE', ['Germany']), C('BR', [], ['Brazilian']), C('CN', ['China'])];
    expect(triples(run('Imports of gas from Russia into Germany fell.', 'en', defs))).toEqual(['RU>DE:oil']);
    expect(triples(run('Imports of Russian gas into Germany fell.', 'en', defs))).toEqual(['RU>DE:oil']);
    expect(triples(run('Exports of Brazilian coffee to China rose.', 'en', defs))).toEqual(['BR>CN:other']);
  });
});

describe('session 33: remittances from nationals placed abroad go home', () => {
  it('"Remittances from Mexicans in the United States", "las remesas de los mexicanos en Estados Unidos": US > MX; investments stay where they are made', () => {
    const defs = [C('MX', ['México'], ['Mexicans', 'mexicanos']), C('US', ['United States', 'Estados Unidos']), C('PT', [], ['portugueses']), C('AO', ['Angola'])];
    expect(triples(run('Remittances from Mexicans in the United States hit a record.', 'en', defs))).toEqual(['US>MX:money']);
    expect(triples(run('Las remesas de los mexicanos en Estados Unidos alcanzaron un récord.', 'es', defs))).toEqual(['US>MX:money']);
    expect(triples(run('Já os investimentos portugueses em Angola caíram pela metade.', 'pt', defs))).toEqual(['PT>AO:money']);
  });
});

describe('session 33: remittances of workers abroad are money, sent home', () => {
  it('"Las remesas de los trabajadores hondureños en Estados Unidos", "Remittances from Filipino workers in Saudi Arabia", "As remessas dos emigrantes portugueses em França"', () => {
    const defs = [C('HN', [], ['hondureños']), C('US', ['Estados Unidos']), C('PH', [], ['Filipino']), C('SA', ['Saudi Arabia']), C('PT', [], ['portugueses']), C('FR', ['França'])];
    expect(triples(run('Las remesas de los trabajadores hondureños en Estados Unidos subieron.', 'es', defs))).toEqual(['US>HN:money']);
    expect(triples(run('Remittances from Filipino workers in Saudi Arabia rose.', 'en', defs))).toEqual(['SA>PH:money']);
    expect(triples(run('As remessas dos emigrantes portugueses em França subiram.', 'pt', defs))).toEqual(['FR>PT:money']);
  });
});

describe('session 33: an exporter\'s possessive before a buyer phrase', () => {
  it('"Chile\'s largest customer is China", "China is Chile\'s biggest market for copper"', () => {
    const defs = [C('CL', ['Chile']), C('CN', ['China'])];
    expect(triples(run("Chile's largest customer is China.", 'en', defs))).toEqual(['CL>CN:other']);
    expect(triples(run("China is Chile's biggest market for copper.", 'en', defs))).toEqual(['CL>CN:other']);
  });
});

describe('session 33: the owner right after a buyer phrase sells', () => {
  it('"O principal cliente do Chile é a China", "El principal cliente de Chile es China", "Le premier client du Chili est la Chine"', () => {
    const defs = [C('CL', ['Chile', 'Chili']), C('CN', ['China', 'Chine'])];
    expect(triples(run('O principal cliente do Chile é a China.', 'pt', defs))).toEqual(['CL>CN:other']);
    expect(triples(run('El principal cliente de Chile es China.', 'es', defs))).toEqual(['CL>CN:other']);
    expect(triples(run('Le premier client du Chili est la Chine.', 'fr', defs))).toEqual(['CL>CN:other']);
  });
});

describe('session 33: English "get" goods from a place', () => {
  it('"India gets most of its oil from Russia"; "got approval from", "got wounded" get nothing', () => {
    const defs = [C('IN', ['India']), C('RU', ['Russia']), C('MX', ['Mexico']), C('US', ['United States']), C('UA', ['Ukraine'])];
    expect(triples(run('India gets most of its oil from Russia.', 'en', defs))).toEqual(['RU>IN:oil']);
    expect(triples(run('Mexico got approval from the United States.', 'en', defs))).toEqual([]);
    expect(triples(run('The soldiers got wounded in Ukraine.', 'en', defs))).toEqual([]);
  });
});

describe('session 33: "comes mostly from"', () => {
  it('"Mexico\'s fuel comes mostly from the United States", "comes mainly from Russia"', () => {
    const defs = [C('MX', ['Mexico']), C('US', ['United States']), C('EG', ['Egypt']), C('RU', ['Russia'])];
    expect(triples(run("Mexico's fuel comes mostly from the United States.", 'en', defs))).toEqual(['US>MX:oil']);
    expect(triples(run('Most of the wheat Egypt consumes comes mainly from Russia.', 'en', defs))).toEqual(['RU>EG:other']);
  });
});

describe('session 33: Romance verbs of coming past an adverb of share', () => {
  it('"vem principalmente da Rússia", "viene principalmente de Rusia", "provient surtout de Russie"', () => {
    const defs = [C('EG', ['Egito', 'Egipto', 'Égypte']), C('RU', ['Rússia', 'Rusia', 'Russie'])];
    expect(triples(run('O trigo consumido no Egito vem principalmente da Rússia.', 'pt', defs))).toEqual(['RU>EG:other']);
    expect(triples(run('El trigo que consume Egipto viene principalmente de Rusia.', 'es', defs))).toEqual(['RU>EG:other']);
    expect(triples(run('Le blé consommé en Égypte provient surtout de Russie.', 'fr', defs))).toEqual(['RU>EG:other']);
  });
});

describe('session 33: the owner of imports after "of" imports them', () => {
  it('"Portugal was the main source of Angola\'s wine imports" makes no AO>PT', () => {
    const defs = [C('PT', ['Portugal']), C('AO', ['Angola'])];
    expect(triples(run("Portugal was the main source of Angola's wine imports.", 'en', defs))).not.toContain('AO>PT:other');
  });
});

describe('session 33: the place after imports a source phrase names imports them', () => {
  it('"Portugal foi a principal origem das importações de vinho de Angola": PT > AO, not AO > PT', () => {
    const defs = [C('PT', ['Portugal']), C('AO', ['Angola'])];
    expect(triples(run('Portugal foi a principal origem das importações de vinho de Angola.', 'pt', defs))).toEqual(['PT>AO:other']);
  });
});

describe('session 34: English contact clauses with a named subject', () => {
  const defs = [C('DE', ['Germany']), C('UA', ['Ukraine']), C('IR', ['Iran']), C('RU', ['Russia'], ['Russian']), C('US', ['United States']), C('IL', ['Israel']), C('BH', ['Bahrain']), C('PK', ['Pakistan']), CITY('Moscow', 'RU', true), CITY('Karachi', 'PK', false)];
  it('"the tanks Germany sent to Ukraine": goods a place sent in a clause with no relative pronoun', () => {
    expect(triples(run('The tanks Germany sent to Ukraine last year have been damaged.', 'en', defs))).toEqual(['DE>UA:vehicles']);
    expect(triples(run('Officials said the missiles Iran supplied to Russia were used in the attack.', 'en', defs))).toEqual(['IR>RU:missiles']);
    expect(triples(run('The weapons the United States has sent to Israel are under review.', 'en', defs))).toEqual(['US>IL:weapons']);
  });
  it('not when the verb has its own object, nor on a mere load an earlier clause named', () => {
    expect(run('Aluminium Bahrain shipped 310,000 tonnes of metal to the United States last year.', 'en', defs).map((f) => `${f.from}>${f.to}:${f.quantity}`)).toEqual(['BH>US:310000']);
    expect(triples(run('A tanker carrying Russian crude berthed at Karachi, the biggest single cargo Pakistan has bought from Moscow.', 'en', defs))).not.toContain('RU>PK:other');
    expect(triples(run('The biggest single cargo of crude Pakistan has bought from Russia arrived.', 'en', defs))).toEqual(['RU>PK:oil']);
  });
});

describe('session 34: an English form after goods and a place is the contact clause\'s verb', () => {
  it('"the oil India imports from Russia" is bought by India, whatever place comes later', () => {
    const defs = [C('IN', ['India']), C('RU', ['Russia']), REGION('Gujarat', 'IN'), C('EG', ['Egypt']), C('UA', ['Ukraine']), CITY('Alexandria', 'EG', false)];
    expect(triples(run('Most of the oil India imports from Russia is refined in Gujarat.', 'en', defs))).toEqual(['RU>IN:oil']);
    expect(triples(run('The grain Egypt imports from Ukraine arrives at Alexandria.', 'en', defs))).toEqual(['UA>EG:other']);
  });
});

describe('session 34: a transfer noun in a carrier\'s load is the load', () => {
  it('"A plane carrying 40 tonnes of aid flew from Dubai to Port Sudan": the aid goes where the plane flies', () => {
    const defs = [CITY('Dubai', 'AE', false), CITY('Port Sudan', 'SD', false), C('CY', ['Cyprus']), REGION('Gaza', 'PS')];
    expect(run('A plane carrying 40 tonnes of aid flew from Dubai to Port Sudan on Monday.', 'en', defs).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['Dubai@AE>Port Sudan@SD:aid:40']);
    expect(triples(run('A ship carrying aid sailed from Cyprus to Gaza.', 'en', defs))).toEqual(['CY>Gaza@PS:aid']);
  });
});

describe('session 34: "the kingdom" with no other kingdom named', () => {
  it('is the sentence\'s own kingdom, never another kind of country the discourse fills in', () => {
    const defs = [C('TR', ['Turkey'], ['Turkish']), C('SA', ['Saudi Arabia']), CITY('Riyadh', 'SA', true), CITY('Jeddah', 'SA', false)];
    const text = "Turkey's president arrived in Jeddah on Monday. Saudi Arabia has invested $3 billion in Turkey. Riyadh signed for drones in 2023 under an agreement that includes transferring production technology to the kingdom.";
    expect(triples(run(text, 'en', defs))).not.toContain('SA>TR:technology');
  });
});

describe('session 34: what a verb of investing puts money into is no goods', () => {
  it('"invested $5 billion in uranium mining in Namibia" is money, not uranium worth $5 billion', () => {
    const defs = [C('CN', ['China', 'Chine'], ['Chinese', 'chinois']), C('NA', ['Namibia', 'Namíbia']), C('HU', ['Hongrie']), CITY('Szeged', 'HU', false)];
    expect(run('Chinese state firms have invested more than $5 billion in uranium mining in Namibia.', 'en', defs).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['CN>NA:money:5000000000']);
    expect(triples(run('A China investiu 5 mil milhões de dólares na mineração de urânio na Namíbia.', 'pt', defs))).toEqual(['CN>NA:money']);
    expect(triples(run("Le constructeur chinois BYD investira plusieurs milliards d'euros dans une usine de voitures électriques à Szeged.", 'fr', defs))).toEqual(['CN>Szeged@HU:money']);
  });
});

describe('session 34: a place in an institution\'s name is no end of a flow, nor its speaker', () => {
  it('"selon une étude de l\'Institut du Québec" is a report, not the Quebec government\'s own word', () => {
    const defs = [{ key: 'Québec@CA', kind: 'region', country: 'CA', names: ['Québec'], demonyms: ['québécoises'] } as HandPlace, REGION('Ontario', 'CA'), C('US', ['États-Unis']), C('FR', ['France'])];
    const text = "Le Québec a recruté 1 200 infirmières en France. Mais l'exode se poursuit dans l'autre sens : près de 900 infirmières québécoises sont parties travailler en Ontario ou aux États-Unis l'an dernier, attirées par des salaires plus élevés, selon une étude de l'Institut du Québec publiée en mars.";
    const fs = run(text, 'fr', defs).filter((f) => f.quotes.some((q) => q.text.includes('Institut')));
    expect(fs.length).toBeGreaterThan(0);
    expect(fs.map((f) => f.status)).toEqual(fs.map(() => 'reported'));
  });
});

describe('session 34: a town that locates the place named before it is no end', () => {
  it('"set out from Negombo, north of Colombo, bound for Australia" leaves from Negombo', () => {
    const defs = [CITY('Negombo', 'LK', false), CITY('Colombo', 'LK', true), C('AU', ['Australia']), CITY('Erbil', 'IQ', false), CITY('Mosul', 'IQ', false), C('KW', ['Kuwait'])];
    expect(triples(run('The boat set out from Negombo, north of Colombo, bound for Australia.', 'en', defs))).toEqual(['Negombo@LK>AU:vehicles']);
    expect(triples(run('Troops flew from Erbil, 80 km east of Mosul, to Kuwait.', 'en', defs))).toEqual(['Erbil@IQ>KW:troops']);
  });
});

describe('session 34: heldout78 (English): coordinated contact clauses, "ruled out", instructor pilots', () => {
  const defs = [C('DE', ['Germany']), C('UA', ['Ukraine']), C('SK', ['Slovakia']), C('GR', ['Greece']), C('BG', ['Bulgaria'])];
  it('"the Leopard tanks Germany sent to Ukraine and the Zuzana howitzers Slovakia has supplied": each clause its own goods', () => {
    expect(triples(run('The shells add to the Leopard tanks Germany sent to Ukraine in 2023 and the Zuzana howitzers Slovakia has supplied.', 'en', defs))).toEqual(['DE>UA:vehicles', 'SK>UA:weapons']);
  });
  it('a transfer "ruled out" is denied; "has not ruled out" is a plan', () => {
    expect(withStatus(run('Greece has ruled out sending the old jets to Ukraine.', 'en', defs))).toEqual(['GR>UA:vehicles:denied']);
    expect(withStatus(run('Greece has not ruled out sending the old jets to Ukraine.', 'en', defs))).toEqual(['GR>UA:vehicles:planned']);
  });
  it('instructor pilots lent are training', () => {
    expect(triples(run('Greece is believed to have lent Bulgaria two instructor pilots for the first months.', 'en', defs))).toEqual(['GR>BG:training']);
  });
});

describe('session 34: a phrase of comparison is no preposition of direction', () => {
  it('"small next to Norway\'s gas exports to Germany", "compared with", "par rapport aux": the possessive exports', () => {
    const defs = [C('NO', ['Norway', 'Norvège'], ['norvégiennes']), C('DE', ['Germany', 'Allemagne']), C('GR', ['Greece'])];
    expect(triples(run("Greece will supply gas to Ukraine. The route is small next to Norway's gas exports to Germany.", 'en', [...defs, C('UA', ['Ukraine'])]))).toEqual(['GR>UA:oil', 'NO>DE:oil']);
    expect(triples(run("The route is small compared with Norway's gas exports to Germany.", 'en', defs))).toEqual(['NO>DE:oil']);
    // ("par rapport à" is no "rapport", a report)
    expect(withStatus(run("Ce volume reste faible par rapport aux exportations de gaz de la Norvège vers l'Allemagne.", 'fr', defs))).toEqual(['NO>DE:oil:stated']);
  });
});

describe('session 34: the transit of goods', () => {
  it('"halted the transit of Russian gas to Slovakia and Austria" is Russian gas suspended; a transit fee is no transit', () => {
    const defs = [C('UA', ['Ukraine']), C('RU', ['Russia'], ['Russian']), C('SK', ['Slovakia']), C('AT', ['Austria']), C('SS', ['South Sudan']), C('SD', ['Sudan'])];
    expect(withStatus(run('Ukraine halted the transit of Russian gas to Slovakia and Austria on Jan. 1.', 'en', defs))).toEqual(['RU>SK:oil:suspended', 'RU>AT:oil:suspended']);
    expect(run('South Sudan pays Sudan a transit and processing fee of about $24 a barrel.', 'en', defs).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['SS>SD:money:24']);
  });
});

describe('session 34: plural nationalities that go home', () => {
  const defs = [C('SY', ['Syria', 'Síria'], ['Syrians', 'sírios']), C('LB', ['Lebanon', 'Líbano']), C('JO', ['Jordan']), C('DE', ['Germany']), ];
  it('"Many Syrians returned from Lebanon", "Syrians have crossed back from Lebanon and Jordan", "had gone home from Germany"', () => {
    expect(triples(run('Many Syrians returned from Lebanon.', 'en', defs))).toEqual(['LB>SY:people']);
    expect(triples(run('Syrians have crossed back from Lebanon and Jordan.', 'en', defs))).toEqual(['JO>SY:people', 'LB>SY:people']);
    expect(triples(run('The agency said about 1,100 Syrians had gone home from Germany since December.', 'en', defs))).toEqual(['DE>SY:people']);
    expect(triples(run('Muitos sírios regressaram do Líbano.', 'pt', defs))).toEqual(['LB>SY:people']);
  });
  it('not a nationality on a noun: "Le président sénégalais a quitté Pékin pour Tokyo" is a visit', () => {
    expect(triples(run('Le président sénégalais a quitté Pékin pour Tokyo.', 'fr', [C('SN', ['Sénégal'], ['sénégalais']), CITY('Pékin', 'CN', true), CITY('Tokyo', 'JP', true)]))).toEqual(['Pékin@CN>Tokyo@JP:visit']);
  });
});

describe('session 34: a transfer noun as the subject of a passive verb of sending is the goods', () => {
  it('"Aid was delivered to Egypt by Jordan", "A ajuda foi enviada ao Egito pela Jordânia"', () => {
    const defs = [C('EG', ['Egypt', 'Egito']), C('JO', ['Jordan', 'Jordânia'])];
    expect(triples(run('Aid was delivered to Egypt by Jordan.', 'en', defs))).toEqual(['JO>EG:aid']);
    expect(triples(run('The aid was delivered to Egypt by Jordan.', 'en', defs))).toEqual(['JO>EG:aid']);
  });
});

describe('session 34: English "taken" in the passive, to a place', () => {
  it('"were taken by bus from Islamabad to Peshawar", "bought in Turkey and taken to Dunkirk" move them', () => {
    const defs = [C('AF', ['Afghanistan'], ['Afghans']), CITY('Islamabad', 'PK', true), CITY('Peshawar', 'PK', false), C('TR', ['Turkey']), CITY('Dunkirk', 'FR', false)];
    expect(triples(run('Some 300 Afghans were taken by bus from Islamabad to Peshawar.', 'en', defs))).toEqual(['Islamabad@PK>Peshawar@PK:people']);
    expect(triples(run('The boats were bought in Turkey and taken to Dunkirk.', 'en', defs))).toEqual(['TR>Dunkirk@FR:vehicles']);
  });
});

describe('session 34: seized goods that came from a place; an attribution ends the clause', () => {
  const defs = [CITY('Hong Kong', 'HK', false), CITY('Johannesburg', 'ZA', false), C('PA', ['Panama'], ['Panamanian']), CITY('Guayaquil', 'EC', false), C('NZ', ['New Zealand']), C('CN', ['China']), C('AU', ['Australia']), C('US', ['United States'])];
  it('"seized rhino horn … that arrived by air from Johannesburg", "cocaine that had been shipped from Guayaquil"', () => {
    expect(triples(run('Hong Kong customs officers seized 32 kg of rhino horn hidden in a consignment of frozen fish that arrived by air from Johannesburg.', 'en', defs))).toEqual(['Johannesburg@ZA>Hong Kong@HK:other']);
    expect(triples(run('Panamanian police seized 4 tonnes of cocaine that had been shipped from Guayaquil.', 'en', defs))).toEqual(['Guayaquil@EC>PA:other']);
  });
  it('", the department said on Tuesday, the biggest such haul at the city\'s airport" is about the report', () => {
    expect(triples(run("Hong Kong customs officers seized 32 kg of rhino horn hidden in a consignment of frozen fish that arrived by air from Johannesburg, the department said on Tuesday, the biggest such haul at the city's airport in five years.", 'en', defs))).toEqual(['Johannesburg@ZA>Hong Kong@HK:other']);
  });
  it('but a ranking goes on past it: ", the agency said, followed by Australia and the United States"', () => {
    expect(triples(run('About 1.1 million tonnes of New Zealand milk powder were shipped to China, the agency said, followed by Australia and the United States.', 'en', defs))).toEqual(['NZ>AU:other', 'NZ>CN:other', 'NZ>US:other']);
  });
});

describe('session 34: studying at a military academy abroad is training', () => {
  it('"40 Iraqi officers are studying at military academies in Italy and Spain", "cursan estudios en academias militares de Bielorrusia"', () => {
    const defs = [C('IQ', ['Iraq'], ['Iraqi']), C('IT', ['Italy']), C('ES', ['Spain']), C('NI', ['Nicaragua'], ['nicaragüenses']), C('BY', ['Bielorrusia']), C('NG', ['Nigeria'], ['Nigerian']), C('GB', ['Britain'])];
    expect(triples(run('40 Iraqi officers are studying at military academies in Italy and Spain, a mission spokesman said.', 'en', defs))).toEqual(['ES>IQ:training', 'IT>IQ:training']);
    expect(triples(run('Otros 40 oficiales nicaragüenses cursan estudios en academias militares de Bielorrusia.', 'es', defs))).toEqual(['BY>NI:training']);
    // (not study anywhere: a university abroad is no training flow)
    expect(run('Thousands of Nigerian students study in Britain.', 'en', defs)).toEqual([]);
  });
});

describe('session 34: courses for people of a nationality are training', () => {
  it('"Italian instructors run courses for Iraqi commanders", "Italy runs courses for Iraqi officers"', () => {
    const defs = [C('IT', ['Italy'], ['Italian']), C('IQ', ['Iraq'], ['Iraqi']), C('GB', ['Scotland']), C('US', ['United States'], ['Americans'])];
    expect(triples(run('Italian instructors run courses for Iraqi commanders.', 'en', defs))).toEqual(['IT>IQ:training']);
    expect(triples(run('Italy runs courses for Iraqi officers.', 'en', defs))).toEqual(['IT>IQ:training']);
    expect(run('The golf courses of Scotland attract Americans.', 'en', defs)).toEqual([]);
  });
});

describe('session 34: English "flew" with an object of its own sends it', () => {
  it('"Mexico flew 300 Haitians back to Haiti"; "learning to fly the aircraft" sends nothing', () => {
    const defs = [C('MX', ['Mexico']), C('HT', ['Haiti'], ['Haitians']), C('BS', ['Bahamas']), C('UA', ['Ukraine'], ['Ukrainian']), C('RO', ['Romania'])];
    expect(triples(run('Mexico flew 300 Haitians back to Haiti.', 'en', defs))).toEqual(['MX>HT:people']);
    expect(triples(run('The Bahamas flew 1,300 Haitians back to Haiti.', 'en', defs))).toEqual(['BS>HT:people']);
    expect(run('Romania hosts a training centre where Ukrainian pilots are learning to fly the aircraft.', 'en', defs)).toEqual([]);
  });
});

describe('session 34: bringing a count to a number brings nothing', () => {
  it('"…, bringing to 11 the number of aircraft it has bought" sends no aircraft back to the seller', () => {
    const defs = [C('XK', ['Kosovo']), C('TR', ['Turkey']), C('DE', ['Germany']), C('GR', ['Greece']), CITY('Berlin', 'DE', true)];
    expect(triples(run('Kosovo has taken delivery of drones from Turkey, bringing to 11 the number of Bayraktar TB2 and Kargu aircraft it has bought since 2023.', 'en', defs))).toEqual(['TR>XK:weapons']);
    expect(triples(run('Germany brought 300 refugees to Berlin from Greece.', 'en', defs))).toEqual(['GR>Berlin@DE:people']);
  });
});

describe('session 34: the craft goods were flown in on is no goods', () => {
  const defs = [C('RS', ['Serbia']), C('CN', ['China'], ['Chinese']), C('EG', ['Egypt']), C('UG', ['Uganda'], ['Ugandan']), C('SS', ['South Sudan']), CITY('Juba', 'SS', true)];
  it('"received air defence systems from China, flown in by six Chinese transport planes"', () => {
    expect(triples(run('In 2022 Serbia received air defence systems from China, flown in by six Chinese transport planes.', 'en', defs))).toEqual(['CN>RS:technology']);
  });
  it('transport planes bought are goods, past a model name ("six Chinese Y-20 transport planes")', () => {
    expect(run('Egypt bought six Chinese Y-20 transport planes.', 'en', defs).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['CN>EG:vehicles:6']);
  });
});

describe('session 34: a place near a base is where, not who', () => {
  it('"Russia keeps 500 troops at the Kant air base near Bishkek and handed over two helicopters": Russia hands them over', () => {
    const defs = [C('KG', ['Kyrgyzstan']), C('RU', ['Russia']), CITY('Bishkek', 'KG', true), CITY('Kant', 'KG', false)];
    expect(triples(run('Russia keeps about 500 troops at the Kant air base near Bishkek and handed over two Mi-8 helicopters this year.', 'en', defs))).toEqual(['RU>Kant@KG:troops', 'RU>Kant@KG:vehicles']);
  });
});

describe('session 34: a participle of delivery names where the goods reached', () => {
  it('"recebeu de Portugal uma lancha rápida, entregue no porto do Mindelo", "delivered at the port of Mindelo"', () => {
    const defs = [C('CV', ['Cabo Verde', 'Cape Verde']), C('PT', ['Portugal']), CITY('Mindelo', 'CV', false)];
    expect(triples(run('Cabo Verde recebeu de Portugal uma lancha rápida, entregue no porto do Mindelo.', 'pt', defs))).toEqual(['PT>Mindelo@CV:vehicles']);
    expect(triples(run('Cape Verde received a patrol boat from Portugal, delivered at the port of Mindelo.', 'en', defs))).toEqual(['PT>Mindelo@CV:vehicles']);
  });
});

describe('session 34: a long list of seized goods before the departure that names their origin', () => {
  it('"decomisó en … Guayaquil un contenedor con 60 armas de fuego, entre ellas …, y unos 25.000 cartuchos …, un cargamento que había salido de Miami"', () => {
    const defs = [C('EC', ['Ecuador']), CITY('Guayaquil', 'EC', false), CITY('Miami', 'US', false), C('PA', ['Panamá'], ['panameño']), CITY('Colón', 'PA', false)];
    const text = 'La Policía de Ecuador decomisó en el puerto de Guayaquil un contenedor con 60 armas de fuego, entre ellas fusiles de asalto y pistolas, y unos 25.000 cartuchos ocultos entre electrodomésticos, un cargamento que había salido de Miami y hecho escala en el puerto panameño de Colón.';
    expect(triples(run(text, 'es', defs))).toContain('Miami@US>Guayaquil@EC:weapons');
  });
});

describe('session 34: goods bought from a place, in the object of a clause opened by another, were bought by it', () => {
  it('"Australia operates 75 tanks bought from the United States", "is replacing them with … tanks bought from"', () => {
    const defs = [C('AU', ['Australia']), C('US', ['United States'])];
    expect(triples(run('Australia operates 75 tanks bought from the United States.', 'en', defs))).toEqual(['US>AU:vehicles']);
    expect(triples(run('Australia is replacing them with 75 newer M1A2 tanks bought from the United States, the first of which arrived last year.', 'en', defs))).toEqual(['US>AU:vehicles']);
  });
});

describe('session 34: a seller\'s trailing apposition names the buyer it supplies', () => {
  it('"a frigate ordered from China, Pakistan\'s largest arms supplier"', () => {
    const defs = [C('CN', ['China']), C('PK', ['Pakistan'])];
    expect(triples(run("The navy expects a frigate ordered from China, Pakistan's largest arms supplier.", 'en', defs))).toContain('CN>PK:vehicles');
  });
});

describe('session 35: "central" between a preposition and its place, like "northern"', () => {
  it('"shells made at a plant in central Slovakia were shipped to Ukraine": where they were made is where they come from', () => {
    const defs = [C('SK', ['Slovakia']), C('UA', ['Ukraine'])];
    expect(triples(run('Some 12,000 shells made at a plant in central Slovakia were shipped to Ukraine last month.', 'en', defs))).toEqual(['SK>UA:munitions']);
  });
});

describe('session 35: a participle coordinated with a passive participle of making shares its auxiliary', () => {
  it('"The rifles were made in Belgium and sold to Chad", "foram fabricados em Taubaté e depois enviados para Angola", "ont été fabriqués en Belgique et livrés au Tchad"', () => {
    const defs = [C('BE', ['Belgium', 'Belgique', 'Bélgica']), C('TD', ['Chad', 'Tchad']), C('AO', ['Angola']), CITY('Taubaté', 'BR', false)];
    expect(triples(run('The rifles were made in Belgium and sold to Chad.', 'en', defs))).toEqual(['BE>TD:weapons']);
    expect(triples(run('Os blindados foram fabricados em Taubaté e depois enviados para Angola.', 'pt', defs))).toEqual(['Taubaté@BR>AO:vehicles']);
    expect(triples(run('Les fusils ont été fabriqués en Belgique et livrés au Tchad.', 'fr', defs))).toEqual(['BE>TD:weapons']);
    expect(triples(run('Los fusiles fueron fabricados en Bélgica y vendidos a Chad.', 'es', defs))).toEqual(['BE>TD:weapons']);
  });
});

describe('session 35: an aside after goods and where they came from', () => {
  it('"Dois navios vindos da China, com 7 mil carros, chegaram a Paranaguá", "Two ships from China, with 7,000 cars on board, arrived in Paranaguá"', () => {
    const defs = [C('CN', ['China', 'Chine']), CITY('Paranaguá', 'BR', false)];
    expect(triples(run('Dois navios vindos da China, com 7 mil carros, chegaram a Paranaguá.', 'pt', defs))).toEqual(['CN>Paranaguá@BR:vehicles']);
    expect(triples(run('Two ships from China, with 7,000 cars on board, arrived in Paranaguá.', 'en', defs))).toEqual(['CN>Paranaguá@BR:vehicles']);
  });
});

describe('session 35: goods resold on leave from where the clause before brought them, with its goods', () => {
  it('"Part of the crude delivered to Rotterdam is then resold to Germany", "serait ensuite revendue en Allemagne", "é depois revendida à Alemanha"', () => {
    const defs = [CITY('Rotterdam', 'NL', false), CITY('Roterdão', 'NL', false), C('DE', ['Germany', 'Allemagne', 'Alemanha'])];
    expect(triples(run('Part of the crude delivered to Rotterdam is then resold to Germany.', 'en', defs))).toEqual(['Rotterdam@NL>DE:oil']);
    expect(triples(run('Une partie du brut livré à Rotterdam serait ensuite revendue en Allemagne.', 'fr', defs))).toEqual(['Rotterdam@NL>DE:oil']);
    expect(triples(run('Parte do petróleo entregue em Roterdão é depois revendida à Alemanha.', 'pt', defs))).toEqual(['Roterdão@NL>DE:oil']);
  });
});

describe('session 35: people sent to train, with no one trained after the verb, are trainees', () => {
  it('"Qatar has sent 20 pilots to train on the Rafale at Mont-de-Marsan air base in France", "sent 20 cadets to Britain to train at Sandhurst"', () => {
    const defs = [C('QA', ['Qatar']), C('FR', ['France']), C('GB', ['Britain']), CITY('Mont-de-Marsan', 'FR', false)];
    expect(triples(run('Qatar has sent 20 pilots to train on the Rafale at Mont-de-Marsan air base in France.', 'en', defs))).toEqual(['FR>QA:training']);
    expect(triples(run('Qatar sent 20 cadets to Britain to train at Sandhurst.', 'en', defs))).toContain('GB>QA:training');
    expect(triples(run('Britain sent 40 instructors to Qatar to train with local forces.', 'en', defs))).toEqual(['GB>QA:training']);
  });
});

describe('session 35: a comma and a conjunction before the next verb\'s own subject end a verb\'s clause', () => {
  it('"…, which were flown in by Turkish military transport planes, and about 40 Kenyan officers have been trained in Turkey": the officers are no source of the systems', () => {
    const defs = [C('KE', ['Kenya'], ['Kenyan']), C('TR', ['Turkey'], ['Turkish'])];
    const fs = triples(run('Kenya sold 20,000 tonnes of tea to Turkey last year. Nairobi already fields Turkish TB-2 air-defence systems, which were flown in by Turkish military transport planes in 2022, and about 40 Kenyan officers have been trained in Turkey since 2021.', 'en', [...defs, CITY('Nairobi', 'KE', true)]));
    expect(fs).toContain('TR>KE:training');
    expect(fs).toContain('TR>KE:technology');
    expect(fs).not.toContain('KE>TR:technology');
  });
});

describe('session 35: a nationality before a plural noun of agents names people, trainees of an intransitive "train"', () => {
  it('"About 30 Georgian officers finished their courses this year, and a further 20 drone operators will train at Konya"', () => {
    const defs = [C('GE', ['Georgia'], ['Georgian']), C('TR', ['Turkey']), CITY('Konya', 'TR', false)];
    expect(triples(run('About 30 Georgian officers finished their courses this year, and a further 20 drone operators will train at Konya, in Turkey, next spring.', 'en', defs))).toEqual(['TR>GE:training']);
  });
});

describe('session 35: a place a verb of crossing has as its object is on the way, no end', () => {
  it('"que atravessa o território boliviano", "a pipeline that crosses Denmark", "après avoir traversé la Géorgie"', () => {
    const defs = [C('AR', ['Argentina'], ['argentino']), C('BO', ['Bolívia'], ['boliviano']), C('BR', ['Brasil']), C('NO', ['Norway'], ['Norwegian']), C('DK', ['Denmark']), C('PL', ['Poland']), C('GE', ['Géorgie']), C('AM', ['Arménie'])];
    expect(triples(run('O Brasil passou a importar gás argentino, que atravessa o território boliviano.', 'pt', defs))).toEqual(['AR>BR:oil']);
    expect(triples(run('Poland buys Norwegian gas through a pipeline that crosses Denmark.', 'en', defs))).toEqual(['NO>PL:oil']);
    expect(triples(run("Un convoi de wagons-citernes chargés d'essence est arrivé vendredi en Arménie après avoir traversé la Géorgie.", 'fr', defs))).toEqual([]);
  });
});

describe('session 35: a share of what was sent, set off after its destination, goes to places of its own', () => {
  it('"vers l\'Afrique, dont 400 000 tonnes pour le Nigeria, le reste vers l\'Éthiopie et le Kenya", "of which 400,000 tonnes went to", "das quais 400 mil para"', () => {
    const defs = [C('MA', ['Maroc', 'Morocco', 'Marrocos']), C('NG', ['Nigeria', 'Nigéria']), C('ET', ['Éthiopie']), C('KE', ['Kenya']), REGION('Afrique', ''), REGION('Africa', ''), REGION('África', '')];
    const fr = run("Le Maroc a expédié 1,2 million de tonnes d'engrais vers l'Afrique, dont 400 000 tonnes pour le Nigeria, le reste étant parti surtout vers l'Éthiopie et le Kenya.", 'fr', defs);
    expect(triples(fr)).toEqual(expect.arrayContaining(['MA>NG:other', 'MA>ET:other', 'MA>KE:other']));
    expect(fr.find((f) => f.to === 'NG')?.quantity).toBe(400000);
    expect(triples(run('Morocco shipped 1.2 million tonnes of fertiliser to Africa, of which 400,000 tonnes went to Nigeria.', 'en', defs))).toContain('MA>NG:other');
    const pt = run('Marrocos exportou 1,2 milhões de toneladas de adubo para África, das quais 400 mil para a Nigéria.', 'pt', defs);
    expect(pt.find((f) => f.to === 'NG')?.quantity).toBe(400000);
  });
});

describe('session 35: fertiliser chemicals are goods; a participle of buying after a comma, past an adverb, names the seller', () => {
  it('"Morocco bought ammonia from Russia", "Le Maroc importe de l\'ammoniac, acheté principalement à la Russie"', () => {
    const defs = [C('MA', ['Morocco', 'Maroc', 'Marrocos']), C('RU', ['Russia', 'Russie', 'Rússia'])];
    expect(triples(run('Morocco bought ammonia from Russia.', 'en', defs))).toEqual(['RU>MA:other']);
    expect(triples(run('Marrocos comprou amónia à Rússia.', 'pt', defs))).toEqual(['RU>MA:other']);
    expect(triples(run("Le Maroc importe de l'ammoniac, acheté principalement à la Russie.", 'fr', defs))).toEqual(['RU>MA:other']);
  });
});

describe('session 35: goods of a nationality as the subject of a verb of supplying come from its country', () => {
  it('"Norwegian gas already supplies Germany and Poland", "o gás azeri abastece a Turquia", "le gaz azerbaïdjanais, qui alimente déjà la Turquie"', () => {
    const defs = [C('NO', ['Norway'], ['Norwegian']), C('DE', ['Germany']), C('PL', ['Poland']), C('AZ', ['Azerbaijão', 'Azerbaïdjan'], ['azeri', 'azerbaïdjanais']), C('TR', ['Turquia', 'Turquie'])];
    expect(triples(run('Norwegian gas already supplies Germany and Poland.', 'en', defs))).toEqual(['NO>DE:oil', 'NO>PL:oil']);
    expect(triples(run('O gás azeri abastece a Turquia.', 'pt', defs))).toEqual(['AZ>TR:oil']);
    expect(triples(run('Le gaz azerbaïdjanais, qui alimente déjà la Turquie, arrive aussi en Syrie.', 'fr', defs))).toContain('AZ>TR:oil');
    // ("supplies to" stays a noun)
    expect(triples(run('Norwegian gas supplies to Germany fell.', 'en', defs))).toEqual(['NO>DE:oil']);
  });
});

describe('session 35: what "went to" a place is its subject, people included', () => {
  it('"About 4,000 Tajik and Uzbek seasonal workers went to South Korea", "…, while a smaller cargo went to Tema" (the latest goods)', () => {
    const defs = [C('TJ', ['Tajikistan'], ['Tajik']), C('UZ', ['Uzbekistan'], ['Uzbek']), C('KR', ['South Korea']), C('NG', ['Nigeria']), CITY('Tema', 'GH', false), CITY('Douala', 'CM', false)];
    expect(triples(run('About 4,000 Tajik and Uzbek seasonal workers went to South Korea in 2025.', 'en', defs)).sort()).toEqual(['TJ>KR:people', 'UZ>KR:people']);
    expect(triples(run('Nigeria shipped 37,000 tonnes of gasoline to Douala last month, while a smaller cargo went to Tema.', 'en', defs))).toEqual(['NG>Douala@CM:oil', 'NG>Tema@GH:oil']);
  });
});

describe('session 35: the places whose purchases or demand a sending with no destination owed itself to buy its goods', () => {
  it('"gracias a las compras de Indonesia y Malasia", "driven by demand from", "grâce aux achats de l\'Indonésie et de la Malaisie"', () => {
    const defs = [C('VN', ['Vietnam', 'Vietname']), C('ID', ['Indonesia', 'Indonésie', 'Indonésia']), C('MY', ['Malasia', 'Malaysia', 'Malaisie', 'Malásia'])];
    expect(triples(run('Vietnam exportó 5 millones de toneladas de arroz, gracias a las compras de Indonesia y Malasia.', 'es', defs))).toEqual(['VN>ID:other', 'VN>MY:other']);
    expect(triples(run('Vietnam exported 5 million tonnes of rice, driven by demand from Indonesia and Malaysia.', 'en', defs))).toEqual(['VN>ID:other', 'VN>MY:other']);
    expect(triples(run("Le Vietnam a exporté 5 millions de tonnes de riz, grâce aux achats de l'Indonésie et de la Malaisie.", 'fr', defs))).toEqual(['VN>ID:other', 'VN>MY:other']);
  });
});

describe('session 35: a course people attend abroad is training from there', () => {
  it('"Outros 30 oficiais angolanos frequentam um curso de estado-maior em Lisboa", "Seis pilotos paraguayos realizaron en la isla un curso", "pilots finished a six-month course in Bengaluru"', () => {
    const defs = [C('AO', ['Angola'], ['angolanos']), CITY('Lisboa', 'PT', true), C('PY', ['Paraguay'], ['paraguayos']), C('TW', ['Taiwán']), C('LK', ['Sri Lanka'], ['Sri Lankan']), CITY('Bengaluru', 'IN', false)];
    expect(triples(run('Outros 30 oficiais angolanos frequentam desde setembro um curso de estado-maior em Lisboa.', 'pt', defs))).toEqual(['Lisboa@PT>AO:training']);
    expect(triples(run('Seis pilotos paraguayos realizaron en Taiwán un curso de cuatro meses.', 'es', defs))).toEqual(['TW>PY:training']);
    expect(triples(run('Eight Sri Lankan pilots finished a six-month course in Bengaluru in August.', 'en', defs))).toEqual(['Bengaluru@IN>LK:training']);
  });
});

describe('session 35: French adverbs of two words before a participle; goods each with the agent of its participle', () => {
  it('"L\'armée béninoise a par ailleurs réceptionné 12 véhicules blindés offerts par la France et deux hélicoptères achetés à la Turquie"', () => {
    const defs = [C('BJ', ['Bénin', 'Benin'], ['béninoise']), C('FR', ['France']), C('TR', ['Turquie', 'Turkey'])];
    const fr = run("L'armée béninoise a par ailleurs réceptionné en septembre 12 véhicules blindés offerts par la France et deux hélicoptères achetés à la Turquie.", 'fr', defs);
    expect(triples(fr)).toEqual(['FR>BJ:vehicles', 'TR>BJ:vehicles']);
    expect(fr.find((f) => f.from === 'FR')?.quantity).toBe(12);
    const en = run('Benin received 12 armoured vehicles donated by France and two helicopters bought from Turkey.', 'en', defs);
    expect(en.find((f) => f.from === 'FR')?.quantity).toBe(12);
  });
  it('a programme of the receiver\'s own is what money is for, no goods ("un prêt … pour son programme d\'électrification")', () => {
    const defs = [CITY('Dakar', 'SN', true), C('JP', ['Japon'])];
    expect(triples(run("Dakar a obtenu un prêt de 150 millions de dollars pour son programme d'électrification, complété par un crédit de 80 millions d'euros accordé par le Japon.", 'fr', defs))).toEqual(['JP>Dakar@SN:money']);
  });
});

describe('session 35: a training noun a verb of suspending governs is its subject\'s', () => {
  it('"Les États-Unis ont suspendu en juillet leur programme de formation des forces spéciales béninoises"', () => {
    const defs = [C('US', ['États-Unis']), C('BJ', ['Bénin'], ['béninoises']), C('UA', ['Ukraine'], ['ukrainiens'])];
    expect(withStatus(run('Les États-Unis ont suspendu en juillet leur programme de formation des forces spéciales béninoises.', 'fr', defs))).toEqual(['US>BJ:training:suspended']);
    expect(triples(run('Les États-Unis ont suspendu la formation de soldats ukrainiens.', 'fr', defs))).toEqual(['US>UA:training']);
  });
});

describe('session 35: Spanish "costear" finances; training from a place to its own country trains no one', () => {
  it('"Austria costea la formación de 150 policías bosnios"; "el coste de" stays a noun; no Mödling > Austria', () => {
    const defs = [C('AT', ['Austria']), C('BA', ['Bosnia'], ['bosnios']), CITY('Mödling', 'AT', false), CITY('Viena', 'AT', true)];
    expect(triples(run('Austria costea la formación de 150 policías bosnios.', 'es', defs))).toEqual(['AT>BA:training']);
    expect(triples(run('Austria costea la formación de otros 150 en la academia de Mödling, cerca de Viena.', 'es', defs))).toEqual([]);
  });
});

describe('session 35: Spanish "traslado" after an article is a transfer noun, not the verb', () => {
  it('"El Gobierno ordenó el traslado de 200 migrantes de Canarias a Madrid"', () => {
    const defs = [REGION('Canarias', 'ES'), CITY('Madrid', 'ES', true)];
    expect(triples(run('El Gobierno ordenó el traslado de 200 migrantes de Canarias a Madrid.', 'es', defs))).toEqual(['Canarias@ES>Madrid@ES:people']);
  });
});

describe('session 35: live animals are goods in every language', () => {
  it('"Um navio com 4.500 bovinos vivos largou do porto de Setúbal com destino a Israel", "bovins vivants"', () => {
    const defs = [CITY('Setúbal', 'PT', false), CITY('Sète', 'FR', false), C('IL', ['Israel']), C('LY', ['Libye'])];
    expect(triples(run('Um navio com 4.500 bovinos vivos largou do porto de Setúbal com destino a Israel.', 'pt', defs))).toEqual(['Setúbal@PT>IL:other']);
    expect(triples(run('Un navire chargé de 4 500 bovins vivants a quitté le port de Sète pour la Libye.', 'fr', defs))).toEqual(['Sète@FR>LY:other']);
  });
});

describe('session 35: "there" after a verb of sending is the place named before its subject', () => {
  it('"quando um terremoto devastou a província de Manabí, o Brasil mandou para lá 1.200 toneladas", "Brazil sent … there", "envió allí"', () => {
    const defs = [C('BR', ['Brasil', 'Brazil']), C('EC', ['Equador', 'Ecuador']), REGION('Manabí', 'EC'), C('VN', ['Vietnam']), C('CN', ['China'], ['Chinese']), C('DE', ['Alemania']), C('NL', ['Países Bajos'])];
    expect(triples(run('Em 2016, quando um terremoto devastou a província de Manabí, o Brasil mandou para lá 1.200 toneladas de ajuda humanitária.', 'pt', defs))).toEqual(['BR>Manabí@EC:aid']);
    expect(triples(run('When an earthquake hit Manabí in 2016, Brazil sent 300 soldiers there.', 'en', defs))).toEqual(['BR>Manabí@EC:troops']);
    expect(triples(run('Vietnam, which won access to the Chinese market in 2022, exported 480,000 tonnes of durian there last year.', 'en', defs))).toEqual(['VN>CN:other']);
    // (coordinated subjects: "allí" is none of them)
    expect(triples(run('Alemania y Países Bajos ya desplegaron allí misiles Patriot.', 'es', defs)).filter((f) => f.startsWith('NL>DE'))).toEqual([]);
  });
});

describe('session 35: English "took" a counted group of people of a nationality takes them in', () => {
  it('"Britain took 1,300 Kyrgyz fruit pickers"; "took control", "took 3,000 troops to" stay no intake', () => {
    const defs = [C('GB', ['Britain']), C('KG', ['Kyrgyzstan'], ['Kyrgyz']), C('DE', ['Germany']), C('LT', ['Lithuania'])];
    expect(triples(run('Britain took 1,300 Kyrgyz fruit pickers last year.', 'en', defs))).toEqual(['KG>GB:people']);
    expect(triples(run('Germany took control of the base in Lithuania.', 'en', defs))).toEqual([]);
  });
});

describe('session 35: a place locating the site a preposition of origin or destination governs takes its role', () => {
  it('"shipped copper from its mines at Bor to China", "trucked to a smelter at Pirdop"', () => {
    const defs = [CITY('Bor', 'RS', false), C('CN', ['China']), CITY('Pirdop', 'BG', false), C('BG', ['Bulgaria'])];
    expect(triples(run('The company shipped 420,000 tonnes of copper from its mines at Bor to China last year.', 'en', defs))).toEqual(['Bor@RS>CN:other']);
    expect(triples(run('The company shipped copper from Bor to China, while smaller volumes were trucked to a smelter at Pirdop in Bulgaria.', 'en', defs))).toContain('Bor@RS>Pirdop@BG:other');
  });
});

describe('session 35: suppliers ranked ahead of the one named supply the same owner', () => {
  it('"Norway has become Latvia\'s third-largest arms supplier, behind Germany and Sweden", "atrás da Alemanha e da Suécia"', () => {
    const defs = [C('NO', ['Norway', 'Noruega']), C('LV', ['Latvia', 'Letónia']), C('DE', ['Germany', 'Alemanha']), C('SE', ['Sweden', 'Suécia'])];
    expect(triples(run("Norway has become Latvia's third-largest arms supplier since 2022, behind Germany and Sweden.", 'en', defs)).sort()).toEqual(['DE>LV:weapons', 'NO>LV:weapons', 'SE>LV:weapons']);
    expect(triples(run('A Noruega tornou-se o terceiro maior fornecedor de armas da Letónia, atrás da Alemanha e da Suécia.', 'pt', defs)).sort()).toEqual(['DE>LV:weapons', 'NO>LV:weapons', 'SE>LV:weapons']);
  });
});

describe('session 35: barrels uncounted are no oil', () => {
  it('"Barrels, recoil systems and other spares will be supplied by the United States"; "700,000 barrels a day" stays oil', () => {
    const defs = [C('US', ['United States']), C('LV', ['Latvia']), C('SA', ['Saudi Arabia']), C('CN', ['China'])];
    expect(triples(run('Barrels, recoil systems and other spares for the fleet will be supplied by the United States to Latvia.', 'en', defs))).not.toContain('US>LV:oil');
    expect(triples(run('Saudi Arabia shipped 700,000 barrels a day to China.', 'en', defs))).toEqual(['SA>CN:oil']);
  });
});

describe('session 35 review mends: names, "from there", idioms of "course", "cruza", modifiers before a programme, demand in the singular', () => {
  it('"there" is no name ("enviou Ali") nor "from there" ("depuis là-bas")', () => {
    const defs = [C('TR', ['Turquia']), C('IR', ['Irã']), C('SY', ['Síria']), C('HT', ['Haïti']), C('BR', ['Brésil'])];
    expect(triples(run('Após o terremoto na Turquia, o Irã enviou Ali para a Síria.', 'pt', defs))).not.toContain('IR>TR:people');
    expect(triples(run("Après le séisme en Haïti, le Brésil a envoyé depuis là-bas 200 tonnes d'aide.", 'fr', defs))).not.toContain('BR>HT:aid');
  });
  it('"of course", "en el curso de" name no course', () => {
    const defs = [C('UA', ['Ukraine', 'Ucrania'], ['Ukrainian', 'ucranianos']), C('PL', ['Poland', 'Polonia']), C('DE', ['Germany', 'Alemania'])];
    expect(triples(run('Ukrainian soldiers in Poland will of course return to Germany.', 'en', defs))).not.toContain('UA>PL:training');
    expect(triples(run('Los soldados ucranianos en Polonia, en el curso de la guerra, volvieron a Alemania.', 'es', defs))).not.toContain('UA>PL:training');
  });
  it('"cruza el territorio" is on the way; a programme past modifiers is still its owner\'s; "la demanda de", "graças à procura da"; not "attirée par"', () => {
    const defs = [C('AR', ['Argentina'], ['argentino']), C('BO', ['Bolivia'], ['boliviano']), C('BR', ['Brasil', 'Brazil']), C('AO', ['Angola']), C('VN', ['Vietnam', 'Vietname']), C('ID', ['Indonesia', 'Indonésia']), C('CN', ['Chine']), C('IN', ['Inde'])];
    expect(triples(run('El gas argentino, que cruza el territorio boliviano, llega a Brasil.', 'es', defs))).not.toContain('AR>BO:oil');
    expect(triples(run('Brazil lent $200 million for its rural electrification programme to Angola.', 'en', defs))).toEqual(['BR>AO:money']);
    expect(triples(run('Vietnam exportó 5 millones de toneladas de arroz, impulsadas por la demanda de Indonesia.', 'es', defs))).toEqual(['VN>ID:other']);
    expect(triples(run('O Vietname exportou 5 milhões de toneladas de arroz, graças à procura da Indonésia.', 'pt', defs))).toEqual(['VN>ID:other']);
    expect(triples(run("La Chine, attirée par la demande de l'Inde, a exporté 5 millions de tonnes de riz.", 'fr', defs))).not.toContain('CN>IN:other');
  });
});

describe('session 35: "there" after a participle of making is where goods were made, no destination', () => {
  it('"… na unidade de Araucária, no Paraná, planeja exportar parte da ureia produzida ali para o Paraguai": "ali" names no end; "mandou para lá" does', () => {
    const defs = [CITY('Araucária', 'BR', false), REGION('Paraná', 'BR'), C('PY', ['Paraguai']), C('BR', ['Brasil'])];
    const thereAt = (text: string): string | undefined => {
      const places = handPlaces(text, defs);
      const mentions: MentionRef[] = places.flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, place: p, via: 'name' as const }))).sort((a, b) => a.start - b.start);
      const items = buildItems(text, 0, text.length, mentions, compiled('pt'), () => undefined);
      return items.find((it) => it.lower === 'ali' || it.lower === 'lá')?.place?.place.name;
    };
    expect(thereAt('A empresa, que produz na unidade de Araucária, no Paraná, planeja exportar parte da ureia produzida ali para o Paraguai.')).toBeUndefined();
    expect(thereAt('Quando a seca atingiu o Paraná, o Brasil mandou para lá mil toneladas de ureia.')).toBe('Paraná');
  });
});

describe('session 35: a source predicate after an import the same sentence stated with no seller names its sellers', () => {
  it('"O Brasil importou 41 milhões de toneladas de fertilizantes, e a Rússia se manteve como principal fornecedora, seguida por Canadá e Marrocos"', () => {
    const defs = [C('BR', ['Brasil']), C('RU', ['Rússia']), C('CA', ['Canadá']), C('MA', ['Marrocos'])];
    expect(triples(run('O Brasil importou 41 milhões de toneladas de fertilizantes em 2024, e a Rússia se manteve como principal fornecedora, seguida por Canadá e Marrocos.', 'pt', defs)).sort()).toEqual(['CA>BR:other', 'MA>BR:other', 'RU>BR:other']);
  });
});

describe('session 35: a verb of going "from where" goods were landed moves the goods, no visitor', () => {
  it('"… desembarcado em Paranaguá (PR), de onde segue de caminhão e de trem para as fazendas de Mato Grosso"', () => {
    const defs = [CITY('Ust-Luga', 'RU', false), CITY('Paranaguá', 'BR', false), REGION('Mato Grosso', 'BR'), C('RU', ['Rússia'], ['russo'])];
    const fs = triples(run('O cloreto de potássio russo é embarcado em Ust-Luga e desembarcado em Paranaguá (PR), de onde segue de caminhão e de trem para as fazendas de Mato Grosso.', 'pt', defs));
    expect(fs).toContain('Paranaguá@BR>Mato Grosso@BR:other');
    expect(fs).not.toContain('Paranaguá@BR>Mato Grosso@BR:visit');
  });
});

describe('session 37: the total a trade noun comes to is the value or volume of its goods', () => {
  const defs = [C('CL', ['Chile'], ['chilenas']), C('CN', ['China']), C('KZ', ['Kazakhstan']), C('RU', ['Russia']), C('CH', ['Suisse'], ['suisses']), C('US', ['États-Unis']), C('BR', ['Brasil'], ['brasileiras']), C('UY', ['Uruguai']), C('PY', ['Paraguai'])];
  const one = (text: string, lang: Lang) => run(text, lang, defs).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity ?? ''}`);
  it('"alcanzaron 8.100 millones de dólares", "reached $9.3 billion", "slipped to $4.1 billion": goods worth that much, no money sent', () => {
    expect(one('Las exportaciones chilenas a China alcanzaron 8.100 millones de dólares en el semestre.', 'es')).toEqual(['CL>CN:other:8100000000']);
    expect(one("Kazakhstan's imports from China reached $9.3 billion in the first half.", 'en')).toEqual(['CN>KZ:other:9300000000']);
    expect(one("Kazakhstan's purchases from Russia slipped to $4.1 billion.", 'en')).toEqual(['RU>KZ:other:4100000000']);
  });
  it('a measure right after the verb is the goods\' own, before their value; a total over two destinations is neither\'s', () => {
    expect(one("Les exportations suisses de montres vers les États-Unis ont atteint 52 tonnes en mars, d'une valeur de 3 milliards de francs.", 'fr')).toEqual(['CH>US:other:52']);
    expect(one('As exportações brasileiras de arroz somaram 7.200 toneladas, sobretudo para o Uruguai e o Paraguai.', 'pt').sort()).toEqual(['BR>PY:other:', 'BR>UY:other:']);
  });
});

describe('session 37: an apposition on a place saying who lives there names no cargo', () => {
  it('"Transfers from Kazakhstan, home to some 300,000 Tajik workers, made up $410 million of that"', () => {
    const defs = [C('TJ', ['Tajikistan'], ['Tajik']), C('KZ', ['Kazakhstan'])];
    const fs = run('Tajikistan received $1.8 billion in remittances last year. Transfers from Kazakhstan, home to some 300,000 Tajik workers, made up $410 million of that.', 'en', defs);
    expect(triples(fs)).toEqual(['KZ>TJ:money']);
  });
});

describe('session 37: exports of no place named after an import into the dateline country are its own; goods sold abroad go nowhere named', () => {
  const defs = [C('KZ', ['Kazakhstan'], ['Kazakh']), C('CN', ['China']), C('UZ', ['Uzbekistan']), C('PE', ['Peru']), { ...CITY('Astana', 'KZ', true), names: ['ASTANA'] }, { ...CITY('Lima', 'PE', true), names: ['LIMA'] }];
  it('"ASTANA, Kazakhstan (AP) — [...] Imports from China reached $9 billion [...] Wheat exports to Uzbekistan slowed"', () => {
    const fs = triples(run('ASTANA, Kazakhstan (AP) — Kazakhstan bought more machinery last year. Imports from China reached $9 billion, the statistics office said. Wheat exports to Uzbekistan slowed after a drought.', 'en', defs));
    expect(fs).toContain('KZ>UZ:other');
    expect(fs).not.toContain('CN>UZ:other');
  });
  it('"the government hopes to sell more zinc abroad" takes no destination from the discourse; a shipment named after "abroad" still may', () => {
    const fs = run('LIMA (Reuters) - Peru sold 2 million tonnes of copper to China last year. The government hopes to sell more zinc abroad next year.', 'en', defs);
    expect(fs.filter((f) => f.from === 'PE' && f.to === 'CN').flatMap((f) => f.quotes.map((q) => q.text))).toEqual(['LIMA (Reuters) - Peru sold 2 million tonnes of copper to China last year.']);
  });
});

describe('session 37: paying a visit, tribute or respects moves no money', () => {
  it('"paid a state visit to Poland", "a visit that the Azerbaijani president paid to Warsaw" are visits; "paid tribute to" is nothing; "paid $2 billion to" is money', () => {
    const defs = [C('AZ', ['Azerbaijan'], ['Azerbaijani']), C('KZ', ['Kazakhstan'], ['Kazakh']), C('PL', ['Poland']), CITY('Warsaw', 'PL', true), C('KR', ['South Korea'])];
    expect(triples(run("Azerbaijan's president paid a state visit to Poland in May.", 'en', defs))).toEqual(['AZ>PL:visit']);
    expect(triples(run('The Polish president will be in Baku on Monday, returning a visit that the Azerbaijani president paid to Warsaw in 2023.', 'en', defs))).toContain('AZ>Warsaw@PL:visit');
    expect(triples(run('The Azerbaijani president paid tribute to Poland for its support.', 'en', defs))).toEqual([]);
    expect(triples(run('Poland paid $2 billion to South Korea.', 'en', defs))).toEqual(['PL>KR:money']);
  });
  it('a planned visit told by a pronoun goes on the latest planned trip, past a visit told in passing', () => {
    const defs = [C('AZ', ['Azerbaijan'], ['Azerbaijani']), C('PL', ['Poland'], ['Polish']), C('GE', ['Georgia']), CITY('Warsaw', 'PL', true), CITY('Tbilisi', 'GE', true)];
    const fs = triples(run('The Polish president will visit Azerbaijan next week. The trip returns a visit that the Azerbaijani president paid to Warsaw last year. He will then travel to Tbilisi.', 'en', defs));
    expect(fs).toContain('PL>Tbilisi@GE:visit');
    expect(fs).not.toContain('AZ>Tbilisi@GE:visit');
  });
});

describe('session 37: a package noun a transfer governs is its goods\' measure, no transfer of its own', () => {
  it('"l\'arrivée à Niamey d\'un lot de munitions en provenance de Russie", "la llegada a Bamako de un lote de fusiles procedentes de Rusia"', () => {
    const defs = [C('RU', ['Russie', 'Rusia']), C('NE', ['Niger']), CITY('Niamey', 'NE', true), C('ML', ['Mali']), CITY('Bamako', 'ML', true)];
    expect(triples(run("Au Niger, la junte a confirmé l'arrivée à Niamey d'un lot de munitions en provenance de Russie.", 'fr', defs))).toEqual(['RU>Niamey@NE:munitions']);
    expect(triples(run('En Mali, la junta confirmó la llegada a Bamako de un lote de fusiles procedentes de Rusia.', 'es', defs))).toEqual(['RU>Bamako@ML:weapons']);
    expect(triples(run('El Ejército de Mali recibió en Bamako los primeros 12 vehículos blindados de un lote de 40 fabricados en Rusia.', 'es', defs))).toEqual(['RU>ML:vehicles']);
  });
});

describe('session 37: goods sold with no seller named, after an import into the dateline country, are that country\'s', () => {
  it('"TUNIS (AFP) - [...] le pays a acheté du blé à la Russie. Les dattes ont surtout été vendues au Maroc"', () => {
    const defs = [C('TN', ['Tunisie']), C('RU', ['Russie']), C('MA', ['Maroc']), { ...CITY('Tunis', 'TN', true), names: ['TUNIS'] }];
    const fs = triples(run("TUNIS, 3 mars (AFP) - La Tunisie a exporté du sucre. Côté importations, le pays a acheté 900 000 tonnes de blé à la Russie. Les dattes ont surtout été vendues au Maroc.", 'fr', defs));
    expect(fs).toContain('TN>MA:other');
    expect(fs).not.toContain('RU>MA:other');
  });
});

describe('session 37: a frame of data reported does not hide the topic the sentence opens with', () => {
  it('"Dados do Ministério (MDIC) mostram que o Brasil exportou [...] Em sentido inverso, o país importou" is Brazil', () => {
    const defs = [C('BR', ['Brasil']), C('NO', ['Noruega'], ['noruegueses']), C('SE', ['Suécia'], ['suecos'])];
    const fs = triples(run('Dados do Ministério da Economia, Indústria e Comércio (MDIC) mostram que o Brasil exportou US$ 900 milhões para a Noruega. Em sentido inverso, o país importou US$ 1,2 bilhão em produtos noruegueses.', 'pt', defs));
    expect(fs).toContain('NO>BR:other');
  });
});

describe('session 37: French future and conditional of "former"; a pronoun in a possessive relative clause is the main subject', () => {
  it('"Le Togo formera 50 officiers nigériens", "formeraient"; "às Filipinas, cujas tripulações ela formará em Yokosuka" is Japan\'s training', () => {
    const defs = [C('TG', ['Togo']), C('NE', ['Niger'], ['nigériens']), C('JP', ['Japão'], ['japonesa']), C('PH', ['Filipinas']), CITY('Yokosuka', 'JP')];
    expect(triples(run('Le Togo formera 50 officiers nigériens à partir de mars.', 'fr', defs))).toEqual(['TG>NE:training']);
    expect(triples(run('Selon la presse, le Togo formerait des officiers nigériens.', 'fr', defs))).toEqual(['TG>NE:training']);
    expect(triples(run('Segundo a imprensa, o Togo formaria oficiais nigerinos.', 'pt', [C('TG', ['Togo']), C('NE', ['Níger'], ['nigerinos'])]))).toEqual(['TG>NE:training']);
    expect(triples(run('Según la prensa, Togo formaría a oficiales nigerinos.', 'es', [C('TG', ['Togo']), C('NE', ['Níger'], ['nigerinos'])]))).toEqual(['TG>NE:training']);
    const fs = triples(run('A Marinha japonesa vai ceder seis navios às Filipinas, cujas tripulações ela formará em Yokosuka.', 'pt', defs));
    expect(fs).toContain('JP>PH:training');
    expect(fs).not.toContain('PH>Yokosuka@JP:training');
  });
});

describe('session 37: a model name before a hyphenated modifier and its kind names that kind, no other goods', () => {
  it('"received Javelin anti-tank missiles from the United States" is missiles only', () => {
    const defs = [C('EE', ['Estonia']), C('US', ['United States'])];
    expect(triples(run('Estonia received Javelin anti-tank missiles from the United States.', 'en', defs))).toEqual(['US>EE:missiles']);
  });
});

describe('session 37: a body the possessive gives to a party speaks for it', () => {
  it('"…, its defence investment centre said" leaves the flow stated; "…, a research centre said" reports it', () => {
    const defs = [C('EE', ['Estonia']), C('US', ['United States'])];
    expect(run('Estonia received 300 missiles from the United States, its defence investment centre said.', 'en', defs).map((f) => f.status)).toEqual(['stated']);
    expect(run('Estonia received 300 missiles from the United States, a research centre said.', 'en', defs).map((f) => f.status)).toEqual(['reported']);
  });
});

describe('session 37: a place in a phrase of time does not refine a destination', () => {
  it('"sent troops to Azerbaijan during the 2023 offensive in Nagorno-Karabakh" goes to Azerbaijan; "to Azerbaijan, to Nagorno-Karabakh" still refines', () => {
    const defs = [C('TR', ['Turkey', 'Turquia']), C('AZ', ['Azerbaijan', 'Azerbaijão']), REGION('Nagorno-Karabakh', 'AZ')];
    expect(triples(run('Turkey sent troops to Azerbaijan during the 2023 offensive in Nagorno-Karabakh.', 'en', defs))).toEqual(['TR>AZ:troops']);
    expect(triples(run('A Turquia enviou militares ao Azerbaijão durante a ofensiva em Nagorno-Karabakh.', 'pt', defs))).toEqual(['TR>AZ:troops']);
    expect(triples(run('Turkey sent troops to Azerbaijan, to Nagorno-Karabakh.', 'en', defs))).toEqual(['TR>Nagorno-Karabakh@AZ:troops']);
  });
});

describe('session 37: a relative clause on a place, set off after a denial, has a status of its own', () => {
  it('"Turkey denies sending troops to Azerbaijan, which expelled 100,000 Armenians to Armenia": the expulsion is stated; "negou, em comunicado, que Lisboa envie tropas" stays denied', () => {
    const defs = [C('TR', ['Turkey']), C('AZ', ['Azerbaijan', 'Azerbaijão']), C('AM', ['Armenia']), C('PT', ['Lisboa']), C('MZ', ['Moçambique'])];
    const st = (text: string, lang: Lang) => run(text, lang, defs).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`).sort();
    expect(st('Turkey denies sending troops to Azerbaijan, which expelled 100,000 Armenians to Armenia in 2023.', 'en')).toContain('AZ>AM:people:stated');
    expect(st('O ministério negou, em comunicado, que Lisboa esteja a ponderar enviar tropas para Moçambique.', 'pt')).toEqual(['PT>MZ:troops:denied']);
  });
});

describe('session 37: goods a contract includes go with the flow bought under it, to the buyer\'s country', () => {
  it('"[...] recibió en Callao 14 vehículos fabricados en Corea del Sur. El contrato incluye además municiones"', () => {
    const defs = [C('PE', ['Perú']), CITY('Callao', 'PE'), C('KR', ['Corea del Sur'])];
    const fs = triples(run('El Ejército del Perú recibió en Callao 14 vehículos blindados fabricados en Corea del Sur. El contrato incluye además municiones de 30 milímetros.', 'es', defs));
    expect(fs).toContain('KR>PE:munitions');
  });
});

describe('session 37 review: the new rules stay within what they describe', () => {
  it('"à l\'étranger" is abroad; figures reported after the topic do not hide it; "its critics said" reports; an aside with a place keeps a denial; "and imports from" after a verb is a verb', () => {
    const defs = [C('FR', ['France']), C('DZ', ['Algérie']), C('BR', ['Brazil']), C('CN', ['China']), C('AR', ['Argentina']), C('PL', ['Poland']), C('UA', ['Ukraine', 'Ucrânia']), C('PT', ['Portugal']), CITY('Lisboa', 'PT', true), C('JP', ['Japan']), C('AU', ['Australia']), C('RU', ['Russia']), { ...CITY('Paris', 'FR', true), names: ['PARIS'] }];
    const q = (text: string, lang: Lang) => run(text, lang, defs).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}:${f.quotes.length}`).sort();
    expect(q("PARIS (AFP) - La France a vendu 2 millions de tonnes de blé à l'Algérie. Le gouvernement espère vendre plus d'orge à l'étranger.", 'fr')).toEqual(['FR>DZ:other:stated:1']);
    expect(q('Brazil sold more soybeans to China, and figures show that demand is rising. The country also shipped iron ore to Argentina.', 'en')).toContain('BR>AR:other:stated:1');
    expect(q('Poland sent 40 tanks to Ukraine, its critics said.', 'en')).toEqual(['PL>UA:vehicles:reported:1']);
    expect(q('O governo negou, em Lisboa, que Portugal tenha enviado armas para a Ucrânia.', 'pt')).toEqual(['PT>UA:weapons:denied:1']);
    expect(q('Japan buys coal from Australia and imports from Russia 2 million tonnes of gas.', 'en')).toContain('RU>JP:oil:stated:1');
  });
});

describe('session 37: a repayment moves money to the creditor; a nationality of an era is no place', () => {
  it('"repaid", "reembolsou", "reembolsó", "a remboursé"; "$62 million of Soviet-era debt" counts no people', () => {
    const defs = [C('GA', ['Gabon', 'Gabão', 'Gabón']), C('CN', ['China', 'Chine'], ['chinoise']), C('KG', ['Kyrgyzstan']), C('RU', ['Russia']), { key: 'SU', kind: 'country' as const, country: 'SU', names: ['Soviet Union'], demonyms: ['Soviet'] }];
    expect(triples(run('Gabon repaid $95 million to China.', 'en', defs))).toEqual(['GA>CN:money']);
    expect(triples(run('O Gabão reembolsou 95 milhões de dólares à China.', 'pt', defs))).toEqual(['GA>CN:money']);
    expect(triples(run('Gabón reembolsó 95 millones de dólares a China.', 'es', defs))).toEqual(['GA>CN:money']);
    expect(triples(run('Le Gabon a remboursé 95 millions de dollars à la Chine.', 'fr', defs))).toEqual(['GA>CN:money']);
    expect(triples(run('Kyrgyzstan repaid $62 million of Soviet-era debt to Russia.', 'en', defs))).toEqual(['KG>RU:money']);
  });
});

describe('session 37: verbs of transfer the lexicons lacked', () => {
  it('"allocated", "forwarded", "conveyed"; "alocou"; "asignó", "traspasó"; "a consenti", "a mis à disposition"; "borrowed", "reubicó", "bused"', () => {
    const defs = [C('BR', ['Brazil', 'Brasil', 'Brésil']), C('AO', ['Angola'])];
    const one = (text: string, lang: Lang) => triples(run(text, lang, defs));
    expect(one('Brazil allocated 10 million dollars to Angola.', 'en')).toEqual(['BR>AO:money']);
    expect(one('Brazil forwarded 500 tonnes of rice to Angola.', 'en')).toEqual(['BR>AO:other']);
    expect(one('Brazil conveyed 20 tanks to Angola.', 'en')).toEqual(['BR>AO:vehicles']);
    expect(one('O Brasil alocou 10 milhões de dólares a Angola.', 'pt')).toEqual(['BR>AO:money']);
    expect(one('Brasil asignó 10 millones de dólares a Angola.', 'es')).toEqual(['BR>AO:money']);
    expect(one('Brasil traspasó 20 tanques a Angola.', 'es')).toEqual(['BR>AO:vehicles']);
    expect(one("Le Brésil a consenti un prêt de 10 millions de dollars à l'Angola.", 'fr')).toEqual(['BR>AO:money']);
    expect(one("Le Brésil a mis à disposition 20 chars à l'Angola.", 'fr')).toEqual(['BR>AO:vehicles']);
    expect(triples(run('Angola borrowed 10 million dollars from Brazil.', 'en', defs))).toEqual(['BR>AO:money']);
    expect(triples(run("L'Angola a emprunté 10 millions de dollars au Brésil.", 'fr', defs))).toEqual(['BR>AO:money']);
    expect(triples(run('Brasil reubicó a 300 angoleños a Angola.', 'es', [...defs, C('AO', ['Angola'], ['angoleños'])]))).toEqual(['BR>AO:people']);
    expect(triples(run('Brazil bused 300 Angolans to Angola.', 'en', [...defs, C('AO', ['Angola'], ['Angolans'])]))).toEqual(['BR>AO:people']);
    // (nouns: "the provision of", "a cedência de", "la cesión de", "la remise de", "la donation de")
    expect(triples(run("Brazil's provision of 20 tanks to Angola was completed.", 'en', defs))).toEqual(['BR>AO:vehicles']);
    expect(triples(run('A cedência de 20 tanques do Brasil para Angola foi concluída.', 'pt', defs))).toEqual(['BR>AO:vehicles']);
    expect(triples(run('La cesión de 20 tanques de Brasil a Angola fue completada.', 'es', defs))).toEqual(['BR>AO:vehicles']);
    expect(triples(run("La remise de 20 chars du Brésil à l'Angola est achevée.", 'fr', defs))).toEqual(['BR>AO:vehicles']);
    // (a second review's counterexamples: no goods or money as the object, a reflexive "se encarga de", a refusal of something else)
    expect(one('Kenya borrowed the idea from Angola, and Brazil sent 200 troops to Angola.', 'en')).toEqual(['BR>AO:troops']);
    expect(one('Brazil repaid the favour by sending 100 doctors to Angola.', 'en')).toEqual(['BR>AO:people']);
    expect(run('O Brasil recusou o pedido e enviou 20 tanques para Angola.', 'pt', defs).map((f) => f.status)).toEqual(['stated']);
    expect(run('Después de suspender las exportaciones en 2022, Brasil vendió 2 millones de toneladas de arroz a Angola.', 'es', defs).map((f) => f.status)).toEqual(['stated']);
  });
});

describe('session 37: goods lent go with the loan noun, no price paid back', () => {
  it('"Brazil\'s loan of 20 tanks to Angola", "o empréstimo de duas fragatas do Brasil a Angola" run Brazil > Angola', () => {
    const defs = [C('BR', ['Brazil', 'Brasil']), C('AO', ['Angola'])];
    expect(triples(run("Brazil's loan of 20 tanks to Angola was completed.", 'en', defs))).toEqual(['BR>AO:vehicles']);
    expect(triples(run('O empréstimo de duas fragatas do Brasil a Angola foi concluído.', 'pt', defs))).toEqual(['BR>AO:vehicles']);
  });
});

describe('session 37: the Portuguese future perfect of a past event hedges; "terá de" plans', () => {
  it('"O Brasil terá enviado 20 tanques" is reported; "terá de enviar" planned', () => {
    const defs = [C('BR', ['Brasil']), C('AO', ['Angola'])];
    const st = (text: string) => run(text, 'pt', defs).map((f) => `${f.from}>${f.to}:${f.status}`);
    expect(st('O Brasil terá enviado 20 tanques para Angola.')).toEqual(['BR>AO:reported']);
    expect(st('O Brasil terá de enviar 20 tanques para Angola.')).toEqual(['BR>AO:planned']);
  });
});

describe('session 37: constructions a probe of basic sentences found missing', () => {
  it('"extended a credit line to" gives money ("extend a fence" nothing); "vai financiar um hospital em Moçambique" funds Mozambique; "ses ressortissants du Soudan" leave Sudan', () => {
    const defs = [C('IN', ['India']), C('LK', ['Sri Lanka']), C('FI', ['Finland']), C('DE', ['Alemanha', 'Alemania']), C('MZ', ['Moçambique', 'Mozambique']), C('JP', ['Japon']), C('SD', ['Soudan'])];
    expect(triples(run('India extended a $500 million credit line to Sri Lanka.', 'en', defs))).toEqual(['IN>LK:money']);
    expect(triples(run('The grant helps Finland extend a steel fence along the border with India.', 'en', defs))).toEqual([]);
    expect(triples(run('A Alemanha vai financiar um hospital em Moçambique.', 'pt', defs))).toEqual(['DE>MZ:money']);
    expect(triples(run('Alemania va a financiar un hospital en Mozambique.', 'es', defs))).toEqual(['DE>MZ:money']);
    expect(triples(run('Le Japon a évacué 80 de ses ressortissants du Soudan.', 'fr', defs))).toEqual(['SD>JP:people']);
  });
});

describe('session 37: a buyer ranking a third party gives is reported; "one of" counts nothing', () => {
  it('"A Arménia tornou-se um dos maiores compradores de armas da Índia, segundo relatório do Sipri" is reported, with no quantity', () => {
    const defs = [C('AM', ['Arménia']), C('IN', ['Índia'])];
    const fs = run('A Arménia tornou-se um dos maiores compradores de armas da Índia, segundo relatório divulgado pelo Sipri.', 'pt', defs);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.category}:${f.status}:${f.quantity ?? ''}`)).toEqual(['IN>AM:weapons:reported:']);
  });
});

describe('session 37: Portuguese enclitic commitments plan; infinitives and participles of suspending suspend', () => {
  it('"compromete-se a entregar" is planned; "depois de a Rússia ter suspendido, no dia 1, o fornecimento de gás" suspended', () => {
    const defs = [C('ST', ['São Tomé']), C('AO', ['Angola']), C('RU', ['Rússia', 'Rusia']), C('MD', ['Moldávia', 'Moldavia'])];
    const st = (text: string, lang: Lang = 'pt') => run(text, lang, defs).map((f) => `${f.from}>${f.to}:${f.status}`);
    expect(st('São Tomé compromete-se a entregar cacau a Angola.')).toEqual(['ST>AO:planned']);
    expect(st('A Rússia tinha suspendido, no dia 1 de janeiro, o fornecimento de gás à Moldávia.')).toEqual(['RU>MD:suspended']);
    expect(st('Rusia suspenderá el suministro de gas a Moldavia en enero.', 'es')).toEqual(['RU>MD:suspended']);
  });
});

describe('session 37: status words a probe of fifty-four sentences found missing', () => {
  it('"estará a enviar" reports; "recusou enviar" denies; "s\'apprête à" plans', () => {
    const defs = [C('BR', ['Brazil', 'Brasil', 'Brésil']), C('AO', ['Angola'])];
    const st = (text: string, lang: Lang) => run(text, lang, defs).map((f) => f.status);
    expect(st('O Brasil estará a enviar 20 tanques para Angola.', 'pt')).toEqual(['reported']);
    expect(st('O Brasil recusou enviar tanques para Angola.', 'pt')).toEqual(['denied']);
    expect(st("Le Brésil s'apprête à envoyer 20 chars à l'Angola.", 'fr')).toEqual(['planned']);
  });
});

describe('session 38: the nationality of a seized vessel is its flag, no origin', () => {
  it('"seized two Vietnamese fishing boats caught with nine tonnes of sea cucumber" is no flow; a cargo "from Colombia" still is', () => {
    const defs = [C('SB', ['Solomon Islands']), C('VN', ['Vietnam'], ['Vietnamese']), C('CO', ['Colombia']), C('HN', ['Honduras'], ['Honduran'])];
    expect(run('Solomon Islands police have seized two Vietnamese fishing boats caught with about nine tonnes of sea cucumber.', 'en', defs)).toEqual([]);
    expect(triples(run('Honduran police seized a Vietnamese plane carrying cocaine from Colombia.', 'en', defs))).toEqual(['CO>HN:other']);
  });
});

describe('session 38: a sentence sending people home with one place named leaves the dateline country', () => {
  it('"HONIARA (Reuters) - [...] The 31 crew members will be repatriated to Vietnam" is SB>VN, 31 people, planned', () => {
    const defs = [C('SB', ['Solomon Islands']), { ...CITY('Honiara', 'SB', true), names: ['Honiara', 'HONIARA'] }, C('VN', ['Vietnam']), C('FR', ['France']), CITY('Dakar', 'SN', true)];
    const fs = run('HONIARA, Aug 14 (Reuters) - Solomon Islands police have seized two boats. The 31 crew members will be repatriated to Vietnam on a charter flight.', 'en', defs);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.category}:${f.status}:${f.quantity ?? ''}`)).toEqual(['SB>VN:people:planned:31']);
    expect(run("Les 12 membres d'équipage du navire ont été rapatriés de Dakar vers la France.", 'fr', defs).map((f) => `${f.from}>${f.to}:${f.quantity}`)).toEqual(['Dakar@SN>FR:12']);
  });
});

describe('session 38: a flow between countries that only the sentences of a flow between places inside them state is that flow', () => {
  it('"Cambodia deported 280 Chinese nationals, flying them from Sihanoukville to Nanjing" is one flow, Sihanoukville to Nanjing', () => {
    const defs = [C('KH', ['Cambodia']), C('CN', ['China'], ['Chinese']), CITY('Sihanoukville', 'KH'), CITY('Nanjing', 'CN')];
    const fs = run('Cambodia deported 280 Chinese nationals, flying them from Sihanoukville to Nanjing on two chartered planes.', 'en', defs);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['Sihanoukville@KH>Nanjing@CN:people:280']);
    // (Told again on its own, the country flow stays: "Cambodia has deported Chinese nationals before.")
    const two = run('Cambodia deported 280 Chinese nationals, flying them from Sihanoukville to Nanjing on two chartered planes. Last year Cambodia deported 500 Chinese nationals.', 'en', defs);
    expect(triples(two)).toEqual(['KH>CN:people', 'Sihanoukville@KH>Nanjing@CN:people']);
  });
});

describe('session 38: a place opening the clause locates the authority that acts', () => {
  it('"In neighbouring Thailand, police extradited a South Korean man to Seoul", "Au Maroc, les autorités ont expulsé", "Na vizinha Tailândia, a polícia"', () => {
    const defs = [C('TH', ['Thailand', 'Tailândia']), C('KR', ['South Korea'], ['South Korean', 'sul-coreano']), CITY('Seoul', 'KR', true), CITY('Seul', 'KR', true), C('MA', ['Maroc']), C('SN', ['Sénégal']), C('KH', ['Cambodia'])];
    expect(triples(run('Cambodia deported 280 migrants last year. In neighbouring Thailand, police extradited a South Korean man to Seoul.', 'en', defs))).toEqual(['TH>Seoul@KR:people']);
    expect(triples(run('Au Maroc, les autorités ont expulsé 40 migrants vers le Sénégal.', 'fr', defs))).toEqual(['MA>SN:people']);
    expect(triples(run('Na vizinha Tailândia, a polícia extraditou um sul-coreano para Seul.', 'pt', defs))).toEqual(['TH>Seul@KR:people']);
  });
});

describe('session 38: a country that says it deported people states it, past an aside', () => {
  it('"Malaysia said it had deported 30,000 migrants to Indonesia" and "Malaysia, for its part, said it had deported" are stated; "Ukraine, for its part, said Russia had deported" reported', () => {
    const defs = [C('MY', ['Malaysia']), C('ID', ['Indonesia']), C('UA', ['Ukraine']), C('RU', ['Russia']), C('BY', ['Belarus'])];
    const st = (text: string) => run(text, 'en', defs).map((f) => `${f.from}>${f.to}:${f.status}`);
    expect(st('Malaysia said it had deported 30,000 migrants to Indonesia.')).toEqual(['MY>ID:stated']);
    expect(st('Malaysia, for its part, said it had deported 30,000 migrants to Indonesia.')).toEqual(['MY>ID:stated']);
    expect(st('Ukraine, for its part, said Russia had deported 200 children to Belarus.')).toEqual(['RU>BY:reported']);
  });
});

describe('session 38: a deporter speaking states; the deported people\'s country speaking reports', () => {
  it('"Russia has deported Ukrainian children to Belarus, Kyiv says" is reported; "informó el Departamento de Seguridad Nacional" after an apposition is the department\'s', () => {
    const defs = [C('UA', ['Ukraine'], ['Ukrainian']), { ...CITY('Kyiv', 'UA', true) }, C('RU', ['Russia']), C('BY', ['Belarus']), C('US', ['Estados Unidos']), CITY('Washington', 'US', true), C('CN', ['China'], ['chinos'])];
    expect(run('Russia has deported thousands of Ukrainian children to Belarus, Kyiv says.', 'en', defs).map((f) => f.status)).toEqual(['reported']);
    expect(run('Washington deportó en junio a 116 chinos en un vuelo chárter con destino a China, el primero en cinco años, informó el Departamento de Seguridad Nacional.', 'es', defs).map((f) => f.status)).toEqual(['stated']);
  });
});

describe('session 38: deportation flights, a share of what a place received, an institute named for a party, a ranking of suppliers going on', () => {
  const defs = [C('GT', ['Guatemala'], ['Guatemalteco']), C('US', ['Estados Unidos']), C('BR', ['Brasil']), C('NI', ['Nicaragua']), C('RU', ['Rusia']), C('CN', ['China']), C('DZ', ['Argelia']), C('ES', ['España'])];
  it('"llegaron a Guatemala en vuelos de deportación desde Estados Unidos" leave the United States (no deporting to it)', () => {
    expect(triples(run('Unos 38.900 migrantes llegaron a Guatemala en vuelos de deportación desde Estados Unidos.', 'es', defs))).toEqual(['US>GT:people']);
    expect(triples(run('Cerca de 300 migrantes chegaram ao Brasil em voos de deportação dos Estados Unidos.', 'pt', defs))).toEqual(['US>BR:people']);
  });
  it('"Nicaragua importó 180.000 toneladas de fertilizantes, de las que 95.000 llegaron de Rusia y el resto de China": the share arrives in Nicaragua', () => {
    expect(triples(run('Nicaragua importó 180.000 toneladas de fertilizantes, de las que 95.000 llegaron de Rusia y el resto de China.', 'es', defs))).toEqual(['CN>NI:other', 'RU>NI:other']);
  });
  it('"informó el Instituto Guatemalteco de Migración" is Guatemala\'s own word', () => {
    expect(run('Guatemala recibió tres vuelos con 412 deportados procedentes de Estados Unidos, informó este jueves el Instituto Guatemalteco de Migración.', 'es', defs).map((f) => f.status)).toEqual(['stated']);
  });
  it('"Argelia fue el primer proveedor de gas de España. Le siguió Estados Unidos" ranks a supplier', () => {
    expect(triples(run('Argelia fue el primer proveedor de gas de España en 2024. Le siguió Estados Unidos, con gas natural licuado.', 'es', defs))).toEqual(['DZ>ES:oil', 'US>ES:oil']);
  });
});

describe('session 38: the last stop of a tour is no halt; goods a place is to receive, shipped from a place, as relief', () => {
  const defs = [C('IN', ['India']), C('MU', ['Mauritius']), C('MG', ['Madagascar']), CITY('Mumbai', 'IN'), C('MX', ['México']), C('CU', ['Cuba']), C('HT', ['Haití']), CITY('Veracruz', 'MX')];
  it('"Madagascar, the last stop, will receive rice from India" is planned, not suspended ("put a stop to" still halts)', () => {
    expect(run('Madagascar, the last stop, will receive 1,000 tonnes of rice from India.', 'en', defs).map((f) => f.status)).toEqual(['planned']);
    expect(run('India put a stop to rice exports to Madagascar.', 'en', defs).map((f) => f.status)).toEqual(['suspended']);
  });
  it('"Madagascar is to receive 1,000 tonnes of rice as cyclone relief, to be shipped from Mumbai", "Haití recibirá arroz, enviadas desde Veracruz"', () => {
    const fs = run("India's minister arrived in Mauritius. Madagascar is to receive 1,000 tonnes of rice as cyclone relief, to be shipped from Mumbai.", 'en', defs);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity ?? ''}`)).toEqual(['IN>MU:visit:', 'Mumbai@IN>MG:aid:1000']);
    expect(triples(run('México envió médicos a Cuba. Haití recibirá 500 toneladas de arroz, enviadas desde Veracruz.', 'es', defs))).toContain('Veracruz@MX>HT:other');
  });
});

describe('session 38: a line of credit lends money, as a loan does', () => {
  it('"India extended a $500 million line of credit to Sri Lanka", "une ligne de crédit", "una línea de crédito", "uma linha de crédito"', () => {
    const defs = [C('IN', ['India', 'Inde', 'Índia']), C('LK', ['Sri Lanka']), C('MZ', ['Moçambique'])];
    const q = (text: string, lang: Lang) => run(text, lang, defs).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`);
    expect(q('India extended a $500 million line of credit to Sri Lanka.', 'en')).toEqual(['IN>LK:money:500000000']);
    expect(q("L'Inde a accordé une ligne de crédit de 500 millions de dollars au Sri Lanka.", 'fr')).toEqual(['IN>LK:money:500000000']);
    expect(q('India abrió una línea de crédito de 500 millones de dólares para Sri Lanka.', 'es')).toEqual(['IN>LK:money:500000000']);
    expect(q('A Índia concedeu uma linha de crédito de 500 milhões de dólares a Moçambique.', 'pt')).toEqual(['IN>MZ:money:500000000']);
  });
});

describe('session 38: review mends (a helper ran counterexamples on the rules above)', () => {
  it('a ranking goes on as suppliers only after a noun of supplying, and not past a buyer noun of its own', () => {
    const defs = [C('BR', ['Brazil']), C('CN', ['China']), C('CL', ['Chile']), C('RU', ['Russia']), C('IN', ['India']), C('SA', ['Saudi Arabia'])];
    expect(triples(run('Brazil exported 2 million tonnes of beef to China last year, according to industry sources. Next came Chile.', 'en', defs))).toEqual(['BR>CL:other', 'BR>CN:other']);
    expect(triples(run("Russia was India's top arms supplier in 2023. Next came Saudi Arabia, the world's second-largest arms importer.", 'en', defs))).not.toContain('SA>IN:weapons');
  });
  it('people deported from a place in the passive are no deporter speaking; a plan to fly more, or a part flown on, stays apart from the country flow', () => {
    const defs = [REGION('Kherson', 'UA', ['Kherson']), C('RU', ['Russia']), { ...CITY('Kyiv', 'UA', true) }, C('KH', ['Cambodia']), C('CN', ['China'], ['Chinese']), CITY('Sihanoukville', 'KH'), CITY('Nanjing', 'CN'), C('ZA', ['South Africa']), C('MW', ['Malawi'], ['Malawians']), CITY('Johannesburg', 'ZA'), CITY('Lilongwe', 'MW', true)];
    expect(run('Children from Kherson were deported to Russia, Kyiv said.', 'en', defs).map((f) => f.status)).toEqual(['reported']);
    expect(triples(run('Cambodia has deported Chinese nationals and plans to fly more from Sihanoukville to Nanjing next month.', 'en', defs))).toEqual(['KH>CN:people', 'Sihanoukville@KH>Nanjing@CN:people']);
    expect(triples(run('South Africa deported 9,100 Malawians last year, some of whom were flown from Johannesburg to Lilongwe.', 'en', defs))).toEqual(['Johannesburg@ZA>Lilongwe@MW:people', 'ZA>MW:people']);
  });
  it('an opening place locates only an authority that deports ("In Brussels, officials sent aid" names no sender), past one word of its name', () => {
    const defs = [CITY('Brussels', 'BE', true), C('UA', ['Ukraine']), C('TH', ['Thailand']), C('MM', ['Myanmar']), C('TN', ['Tunisie']), C('NE', ['Niger'])];
    expect(triples(run('In Brussels, officials sent 50 tonnes of aid to Ukraine.', 'en', defs))).toEqual([]);
    expect(triples(run('In Thailand, immigration police deported 40 migrants to Myanmar.', 'en', defs))).toEqual(['TH>MM:people']);
    expect(triples(run('En Tunisie, la garde nationale a expulsé 40 migrants vers le Niger.', 'fr', defs))).toEqual(['TN>NE:people']);
  });
  it('in a dateline story an evacuation or an extradition faced sends nobody from the dateline country', () => {
    const defs = [C('ET', ['Ethiopia']), { ...CITY('Addis Ababa', 'ET', true), names: ['ADDIS ABABA'] }, C('SD', ['Sudan']), C('ID', ['Indonesia']), { ...CITY('Jakarta', 'ID', true), names: ['JAKARTA'] }, C('US', ['United States'])];
    expect(run('ADDIS ABABA (Reuters) - Ethiopia hosted the summit. The evacuation of 2,000 foreigners from Sudan continued on Monday.', 'en', defs)).toEqual([]);
    expect(run('JAKARTA (Reuters) - Indonesia arrested him. He faces extradition to the United States.', 'en', defs)).toEqual([]);
  });
  it('a share arriving from a place in the receiver\'s own country goes nowhere new; a seized vessel\'s nationality after it is its flag, a seized car\'s make its origin', () => {
    const defs = [C('PL', ['Polonia']), CITY('Varsovia', 'PL', true), C('UA', ['Ucrania'], ['ucranianos']), C('CO', ['Colombia']), C('EC', ['Ecuador'], ['ecuatorianas']), C('MX', ['Mexico'], ['Mexican']), C('CN', ['China'], ['Chinese']), CITY('Manzanillo', 'MX')];
    expect(triples(run('Polonia acogió a un millón de ucranianos, de los cuales 300.000 viajaron después desde Varsovia.', 'es', defs)).filter((t) => t.startsWith('Varsovia'))).toEqual([]);
    expect(run('La Armada de Colombia incautó dos lanchas ecuatorianas con cuatro toneladas de cocaína.', 'es', defs)).toEqual([]);
    expect(triples(run('Mexican customs seized 200 Chinese cars smuggled through the port of Manzanillo.', 'en', defs))).toEqual(['CN>MX:vehicles']);
  });
  it('an independent institute is a third party; "the Guatemalan Migration Institute" is Guatemala\'s; deportation flights bring nationals home', () => {
    const defs = [C('IL', ['Israel'], ['Israelí']), C('AZ', ['Azerbaiyán']), C('GT', ['Guatemala'], ['Guatemalan', 'guatemaltecos']), C('US', ['United States', 'Estados Unidos'])];
    expect(run('Israel vendió drones a Azerbaiyán, según el Instituto Israelí de Democracia, un centro de estudios independiente.', 'es', defs).map((f) => f.status)).toEqual(['reported']);
    expect(run('Guatemala received 412 deportees from the United States, the Guatemalan Migration Institute said.', 'en', defs).map((f) => f.status)).toEqual(['stated']);
    expect(triples(run('Unos 260 guatemaltecos llegaron a Guatemala en vuelos de deportación desde Estados Unidos.', 'es', defs))).toEqual(['US>GT:people']);
  });
  it('who asked for a loan receives it ("una nueva línea de crédito, pedida por el gobierno de Angola")', () => {
    const defs = [C('BR', ['Brasil']), C('AO', ['Angola'], ['angolano'])];
    expect(triples(run('O Brasil concedeu créditos em 2010. Uma nova linha de crédito, pedida pelo governo angolano, foi aprovada.', 'pt', defs)).filter((t) => t.startsWith('AO>'))).toEqual([]);
  });
});

describe('session 38: a participle of sending with no goods of its own sends the goods a copular sentence opens with', () => {
  it('"O café é o principal produto de exportação de Timor-Leste, vendido sobretudo aos Estados Unidos e à Alemanha"', () => {
    const defs = [C('TL', ['Timor-Leste']), C('US', ['Estados Unidos']), C('DE', ['Alemanha'])];
    expect(triples(run('O café é o principal produto de exportação de Timor-Leste, vendido sobretudo aos Estados Unidos e à Alemanha.', 'pt', defs))).toEqual(['TL>DE:other', 'TL>US:other']);
  });
});

describe('session 38: a transfer noun naming centres is no transfer', () => {
  it('"distribuídos pelos centros de formação dos municípios timorenses" trains nobody', () => {
    const defs = [C('BR', ['Brasil']), C('TL', ['Timor-Leste'], ['timorenses']), C('PT', ['Portugal'])];
    expect(triples(run('O Brasil vai enviar 40 professores a Timor-Leste. Portugal mantém hoje cerca de 120 professores no país, distribuídos pelos centros de formação dos 13 municípios timorenses.', 'pt', defs))).toEqual(['BR>TL:people', 'PT>TL:people']);
  });
});

describe('session 38: "otros dos" before a noun of its own is no ellipsis', () => {
  it('"acogen los otros dos grandes centros de entrenamiento" hosts no goods; "acogió otros dos millones" still counts more', () => {
    const defs = [C('ES', ['España']), C('UA', ['Ucrania']), C('PL', ['Polonia']), C('DE', ['Alemania']), C('SY', ['Siria']), C('TR', ['Turquía'])];
    expect(triples(run('España envía munición a Ucrania. Polonia y Alemania acogen los otros dos grandes centros de entrenamiento de la misión.', 'es', defs))).toEqual(['ES>UA:munitions']);
    expect(triples(run('Siria expulsó a un millón de refugiados a Turquía. Polonia acogió otros dos millones.', 'es', defs))).toEqual(['SY>PL:people', 'SY>TR:people']);
  });
});

describe('session 38: an investor ranking names sources of the investment received; "captó" receives money', () => {
  it('"Mexico received $36 billion in FDI. The United States was the largest investor, with $14 billion"; "México captó … Estados Unidos volvió a ser el principal inversor, seguido de España"', () => {
    const defs = [C('MX', ['Mexico', 'México']), C('US', ['United States', 'Estados Unidos']), C('ES', ['España'])];
    const q = (text: string, lang: Lang) => run(text, lang, defs).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity ?? ''}`).sort();
    expect(q('Mexico received $36 billion in foreign direct investment last year. The United States was the largest investor, with $14 billion.', 'en')).toEqual(['US>MX:money:14000000000']);
    expect(q('México captó 36.872 millones de dólares de inversión extranjera directa en 2024. Estados Unidos volvió a ser el principal inversor, con 14.090 millones de dólares, seguido de España.', 'es')).toEqual(['ES>MX:money:', 'US>MX:money:14090000000']);
    expect(run('La cámara de México captó la imagen del volcán en Estados Unidos.', 'es', defs)).toEqual([]);
  });
});

describe('session 38: a continent after a noun of a trip is its scope; "dans un communiqué" is no UN', () => {
  it('"a entamé en Hongrie une tournée en Europe centrale qui le conduira ensuite en Slovaquie, a indiqué le ministère dans un communiqué"', () => {
    const defs = [C('MA', ['Maroc'], ['marocain']), C('HU', ['Hongrie']), C('SK', ['Slovaquie']), { key: 'Europe', kind: 'other' as const, names: ['Europe centrale'] }];
    const fs = run('Le ministre marocain des Affaires étrangères a entamé lundi en Hongrie une tournée en Europe centrale qui le conduira ensuite en Slovaquie, a indiqué le ministère dans un communiqué.', 'fr', defs);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`)).toEqual(['MA>HU:visit:stated', 'MA>SK:visit:planned']);
  });
});

describe('session 38: a noun of arriving of people named by their nationality brings people', () => {
  it('"suspendu les nouvelles arrivées de Nicaraguayens au Canada", "the arrival of Haitians in Santiago"', () => {
    const defs = [C('NI', ['Nicaragua'], ['Nicaraguayens']), C('CA', ['Canada']), C('HT', ['Haiti'], ['Haitians']), CITY('Santiago', 'CL', true), { ...CITY('Ottawa', 'CA', true) }];
    expect(run('Ottawa a par ailleurs suspendu en janvier les nouvelles arrivées de Nicaraguayens au Canada.', 'fr', defs).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`)).toEqual(['NI>CA:people:suspended']);
    expect(triples(run('Chile halted the arrival of Haitians in Santiago.', 'en', defs))).toEqual(['HT>Santiago@CL:people']);
  });
});

describe('session 38: people deported from a place named before the verb go nowhere there', () => {
  it('people deported from a place named before the verb go nowhere there ("41 cidadãos deportados da América do Norte, 29 expulsos pelos Estados Unidos")', () => {
    const defs = [REGION('Açores', 'PT', ['Açores']), { key: 'America', kind: 'other' as const, names: ['América do Norte'] }, C('US', ['Estados Unidos']), C('CA', ['Canadá'])];
    expect(triples(run('Os Açores receberam no ano passado 41 cidadãos deportados da América do Norte, 29 expulsos pelos Estados Unidos e 12 pelo Canadá.', 'pt', defs)).filter((t) => t.includes('>America'))).toEqual([]);
  });
});

describe('session 38: "come home", goods re-exported, an acronym closing a source\'s name', () => {
  it('"Cambodian migrant workers have come home from Thailand"; "l\'essentiel du métal est réexporté vers l\'Inde" leaves the importer; "selon l\'Office fédéral de la douane (OFDF)" is the importer\'s own word', () => {
    const defs = [C('KH', ['Cambodia'], ['Cambodian']), C('TH', ['Thailand']), C('CH', ['Suisse']), C('PE', ['Pérou']), C('IN', ['Inde']), C('AE', ['Emirats arabes unis'])];
    expect(triples(run('More than 900,000 Cambodian migrant workers have come home from Thailand since July.', 'en', defs))).toEqual(['TH>KH:people']);
    expect(triples(run("La Suisse a importé l'an dernier 112 tonnes d'or du Pérou. Une fois affiné, l'essentiel du métal est réexporté vers l'Inde et les Emirats arabes unis.", 'fr', defs))).toEqual(['CH>AE:other', 'CH>IN:other', 'PE>CH:other']);
    expect(run("La Suisse a importé l'an dernier 112 tonnes d'or du Pérou, selon l'Office fédéral de la douane et de la sécurité des frontières (OFDF).", 'fr', defs).map((f) => f.status)).toEqual(['stated']);
  });
});

describe('session 38: a regional adjective before an English noun of a country describes the country the noun stands for', () => {
  it('"would give the South American nation 14 million euros" gives Suriname, not South America', () => {
    const defs = [C('NL', ['Netherlands'], ['Dutch']), C('SR', ['Suriname']), { key: 'South America', kind: 'other' as const, names: [], demonyms: ['South American'] }];
    expect(triples(run('The Dutch defense minister flew to Suriname and said his government would give the South American nation 14 million euros.', 'en', defs))).toEqual(['NL>SR:money', 'NL>SR:visit']);
  });
});

describe('session 38: troops of the destination\'s nationality going home start where the story stands', () => {
  it('"Bissau (Lusa) – Os primeiros 150 militares senegaleses regressam a Dakar" leave Guinea-Bissau; "229 brasileiros retirados do Líbano pousaram em São Paulo" still leave Lebanon alone', () => {
    const defs = [C('GW', ['Guiné-Bissau']), { ...CITY('Bissau', 'GW', true) }, C('SN', ['Senegal'], ['senegaleses']), CITY('Dakar', 'SN', true), C('LB', ['Líbano']), C('BR', ['Brasil'], ['brasileiros']), CITY('São Paulo', 'BR')];
    const fs = run('Bissau, 12 fev 2026 (Lusa) – A força da CEDEAO vai sair da Guiné-Bissau até ao fim de março. Os primeiros 150 militares senegaleses regressam a Dakar no domingo.', 'pt', defs);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['GW>Dakar@SN:troops:150']);
    expect(triples(run('Os 229 brasileiros retirados do Líbano pousaram em São Paulo.', 'pt', defs))).toEqual(['LB>São Paulo@BR:people']);
  });
});

describe('session 38: a share of "those" transfers is no transfer of its own; "originó" accounts for a share', () => {
  it('"Estados Unidos originó el 81,5 % de esos envíos, unos 8.770 millones de dólares" after a receipt of remittances', () => {
    const defs = [C('DO', ['República Dominicana']), C('US', ['Estados Unidos']), C('ES', ['España']), C('IT', ['Italia'])];
    const fs = run('La República Dominicana recibió 10.760 millones de dólares en remesas en 2024. Estados Unidos originó el 81,5 % de esos envíos, unos 8.770 millones de dólares, seguido de lejos por España, con 760 millones, e Italia, con 190 millones.', 'es', defs);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.category}`).filter((t) => !t.endsWith('>DO:money'))).toEqual([]);
    expect(fs.find((f) => f.from === 'US')?.quantity).toBe(8770000000);
  });
});

describe('session 38: places coordinated after "from" or "de" share its role before a verb', () => {
  it('"Tourists from Germany and France arrived in Fiji", "Vessels from Taiwan, South Korea and the United States paid", "Turistas da Alemanha e França chegaram"', () => {
    const defs = [C('DE', ['Germany']), C('FR', ['France']), C('FJ', ['Fiji']), C('TW', ['Taiwan']), C('KR', ['South Korea']), C('US', ['United States']), C('EC', ['Ecuador']), C('PE', ['Perú']), C('CO', ['Colombia'])];
    expect(triples(run('Tourists from Germany and France arrived in Fiji.', 'en', defs))).toEqual(['DE>FJ:people', 'FR>FJ:people']);
    expect(triples(run('Vessels from Taiwan, South Korea and the United States paid $410 million to Fiji.', 'en', defs))).toEqual(['KR>FJ:money', 'TW>FJ:money', 'US>FJ:money']);
    expect(triples(run('Turistas da Alemanha e França chegaram a Fiji.', 'pt', [C('DE', ['Alemanha']), C('FR', ['França']), C('FJ', ['Fiji'])]))).toEqual(['DE>FJ:people', 'FR>FJ:people']);
  });
});

describe('session 38: the places ranked after where a receipt came from sent too', () => {
  it('"Tonga received remittances of $236 million. Nearly half of it came from New Zealand, followed by the United States and Australia"', () => {
    const defs = [C('TO', ['Tonga']), C('NZ', ['New Zealand']), C('US', ['United States']), C('AU', ['Australia'])];
    expect(triples(run('Tonga received remittances of $236 million. Nearly half of it came from New Zealand, followed by the United States and Australia.', 'en', defs))).toEqual(['AU>TO:money', 'NZ>TO:money', 'US>TO:money']);
  });
});

describe('session 38: second review mends (a helper ran counterexamples on the later rules)', () => {
  it('the dateline\'s country the text never names is no home for a story about another country, nor at a seat of international bodies', () => {
    const defs = [{ ...CITY('London', 'GB', true), names: ['LONDON'] }, C('ZM', ['Zambia']), C('CN', ['China']), { ...CITY('Genève', 'CH'), names: ['Genève'] }, C('NE', ['Niger'])];
    const places = (text: string) => handPlaces(text, defs);
    const gb = { id: 'country:GB', name: 'United Kingdom', kind: 'country' as const, lon: 0, lat: 51, country: 'GB', mentions: [] };
    const ch = { id: 'country:CH', name: 'Suisse', kind: 'country' as const, lon: 8, lat: 47, country: 'CH', mentions: [] };
    const implied = (code: string) => (code === 'GB' ? gb : code === 'CH' ? ch : undefined);
    const t1 = "LONDON (Reuters) - Zambia's debt talks stalled again. The government has received a $300 million loan from China.";
    expect(extractFlows(t1, places(t1), 'en', undefined, implied).map((f) => `${f.from}>${f.to}`)).toEqual(['CN>ZM']);
    const t2 = "Genève (AFP) - Plus de 3.000 migrants ont été expulsés vers le Niger, selon l'OIM.";
    expect(extractFlows(t2, places(t2), 'fr', undefined, implied)).toEqual([]);
  });
  it('people "from" a place deported by an agent still go home there; "otros 300 ayer" is an ellipsis; an investor invests money; a tour of a region alone goes there', () => {
    const defs = [C('HN', ['Honduras']), C('US', ['United States']), C('IT', ['Italia']), C('LY', ['Libia']), C('MT', ['Malta']), C('MX', ['Mexico']), C('DE', ['Germany']), C('CN', ['Chine'], ['chinois']), { key: 'West Africa', kind: 'other' as const, names: ["Afrique de l'Ouest"] }];
    expect(triples(run('Some 130 migrants from Honduras were deported by the United States last week.', 'en', defs))).toEqual(['US>HN:people']);
    expect(triples(run('Italia recibió 500 migrantes de Libia el lunes. Malta acogió otros 300 ayer.', 'es', defs))).toEqual(['LY>IT:people', 'LY>MT:people']);
    expect(triples(run('Mexico exported $50 billion worth of cars to the United States. Germany was the largest investor in the sector.', 'en', defs)).filter((t) => t.startsWith('DE>'))).toEqual([]);
    expect(triples(run("Le président chinois a entamé une tournée en Afrique de l'Ouest.", 'fr', defs))).toEqual(['CN>West Africa:visit']);
  });
  it('"Un portavoz" is no UN; a singular nationality before a name arrives as a visitor; a participle after a speaker is his', () => {
    const defs = [C('ES', ['España']), C('UA', ['Ucrania']), C('JP', ['Japón'], ['japonés']), CITY('Manila', 'PH', true), C('NG', ['Nigeria']), CITY('Beijing', 'CN', true)];
    expect(run('Un portavoz del Ministerio de Defensa dijo que España envió 20 tanques a Ucrania.', 'es', defs).map((f) => f.status)).toEqual(['stated']);
    expect(triples(run('Filipinas celebró la llegada del japonés Fumio Kishida a Manila.', 'es', defs))).toEqual(['JP>Manila@PH:visit']);
    expect(run('Oil is the main export of Nigeria, said the ambassador, sent to Beijing last year.', 'en', defs)).toEqual([]);
  });
  it('"the" before a regional adjective and a noun of a country stands for a named country; "an unnamed North African country" is the region', () => {
    const defs = [C('RU', ['Russia']), { key: 'North Africa', kind: 'other' as const, names: [], demonyms: ['North African'] }];
    expect(triples(run('Russia sold 20 fighter jets to an unnamed North African country.', 'en', defs))).toEqual(['RU>North Africa:vehicles']);
  });
  it('takers of a share of what a place received are where it came from', () => {
    const defs = [C('NP', ['Nepal']), C('MY', ['Malasia']), C('QA', ['Catar']), C('AE', ['Emiratos Árabes Unidos'])];
    expect(triples(run('Nepal recibió 11.000 millones de dólares en remesas en 2024. Malasia, Catar y los Emiratos Árabes Unidos concentran la mayor parte de esos envíos.', 'es', defs))).toEqual(['AE>NP:money', 'MY>NP:money', 'QA>NP:money']);
  });
});

describe('session 38: a pronoun opening the sentence receives for the latest topic past a conditional or an attribution', () => {
  it('"La Serbie n\'est pas en reste. Elle aurait reçu de Chine…", "D\'après le quotidien Politika, elle aurait reçu…", "According to Reuters, it received…"', () => {
    const defs = [C('RS', ['Serbie', 'Serbia']), C('CN', ['Chine', 'China'])];
    const st = (text: string, lang: Lang) => run(text, lang, defs).map((f) => `${f.from}>${f.to}:${f.status}`);
    expect(st("La Serbie n'est pas en reste. Elle aurait reçu de Chine une deuxième batterie du système antiaérien FK-3.", 'fr')).toEqual(['CN>RS:reported']);
    expect(st("La Serbie n'est pas en reste. D'après le quotidien Politika, elle aurait reçu de Chine une deuxième batterie du système antiaérien FK-3.", 'fr')).toEqual(['CN>RS:reported']);
    expect(st('Serbia is not standing still. According to Reuters, it received an air defence battery from China.', 'en')).toEqual(['CN>RS:reported']);
  });
});

describe('session 38: money people of a nationality send from where they live goes to their country', () => {
  it('"Las remesas que los guatemaltecos envían desde Estados Unidos sumaron 12.100 millones de dólares, según el Banco de Guatemala"', () => {
    const defs = [C('GT', ['Guatemala'], ['guatemaltecos']), C('US', ['Estados Unidos'])];
    const fs = run('Las remesas que los guatemaltecos envían desde Estados Unidos sumaron 12.100 millones de dólares en el primer semestre, según el Banco de Guatemala.', 'es', defs);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.category}:${f.status}:${f.quantity}`)).toEqual(['US>GT:money:stated:12100000000']);
  });
});

describe('session 38: a destination after the goods counted for the one before, with an elliptical count of its own', () => {
  it('"devolvió a Honduras a 1.450 personas y a El Salvador a otras 600"', () => {
    const defs = [C('GT', ['Guatemala']), C('HN', ['Honduras']), C('SV', ['El Salvador'])];
    const q = (text: string) => run(text, 'es', defs).map((f) => `${f.from}>${f.to}:${f.quantity}`);
    expect(q('Guatemala devolvió a Honduras a 1.450 personas y a El Salvador a otras 600.')).toEqual(['GT>HN:1450', 'GT>SV:600']);
    expect(q('Guatemala devolvió a Honduras 1.450 personas y a El Salvador otras 600.')).toEqual(['GT>HN:1450', 'GT>SV:600']);
  });
});

describe('session 38: a place ranked "followed by" makes no passive; a share "of the metal" is of the goods just named', () => {
  it('"Zambia exported copper to Malawi. Switzerland bought 43% of the metal, followed by China with 21%"', () => {
    const defs = [C('ZM', ['Zambia']), C('MW', ['Malawi']), C('CH', ['Switzerland']), C('CN', ['China'])];
    expect(triples(run('Zambia exported copper to Malawi. Switzerland bought 43% of the metal, followed by China with 21%.', 'en', defs))).toEqual(['ZM>CH:other', 'ZM>CN:other', 'ZM>MW:other']);
  });
});

describe('session 38: imports from a place with no importer named are the latest importer\'s of the same goods', () => {
  it('"Namibia imported electricity from Zambia. Imports from Zimbabwe and Botswana were halted in March"; "Las compras de China se redujeron" names no source', () => {
    const defs = [C('NA', ['Namibia']), C('ZM', ['Zambia']), C('ZW', ['Zimbabwe']), C('BW', ['Botswana']), C('LY', ['Libia']), C('CN', ['China']), C('FR', ['Francia'])];
    const fs = run('Namibia imported electricity from Zambia. Imports from Zimbabwe and Botswana were halted in March after a drought.', 'en', defs);
    expect(fs.map((f) => `${f.from}>${f.to}:${f.status}`)).toEqual(['ZM>NA:stated', 'ZW>NA:suspended', 'BW>NA:suspended']);
    expect(triples(run('Libia exportó crudo a Francia. Las compras de China, en cambio, se redujeron a la mitad.', 'es', defs)).filter((t) => t.startsWith('CN>'))).toEqual([]);
  });
});

describe('session 38: third review mends', () => {
  it('goods counted for one member chain only toward a member with an elliptical count; a share is no amount; "del metal"; remittances only; no importer past a "by" agent; no suspension past a contrast', () => {
    const defs = [C('RU', ['Rusia', 'Russia'], ['Russian']), C('IN', ['India']), C('EG', ['Egipto', 'Egypt']), C('ZM', ['Zambia']), C('MW', ['Malawi']), C('CH', ['Suiza', 'Switzerland']), C('CN', ['China']), C('UA', ['Ucrania', 'Ukraine']), C('PL', ['Polonia', 'Poland'], ['polacos']), C('DE', ['Alemania']), C('AT', ['Austria']), C('IT', ['Italy'])];
    expect(triples(run('Rusia suministró a India 20 cazas y a Egipto 30 helicópteros.', 'es', defs)).filter((t) => t.startsWith('RU>EG')).length).toBeLessThanOrEqual(1);
    expect(run('Rusia suministró a India 20 cazas y a Egipto 30 helicópteros.', 'es', defs).find((f) => f.to === 'EG')?.quantity ?? 30).toBe(30);
    expect(run('Zambia exported copper to Malawi. Switzerland bought 43% of the metal, followed by China with 21%.', 'en', defs).find((f) => f.to === 'CN')?.quantity).toBeUndefined();
    expect(triples(run('Zambia exportó cobre a Malawi. Suiza compró el 43% del metal.', 'es', defs))).toEqual(['ZM>CH:other', 'ZM>MW:other']);
    expect(run('Ucrania ha recibido donaciones de toda Europa. Los polacos enviaron desde Alemania 5 millones de euros.', 'es', defs).filter((f) => f.to === 'PL')).toEqual([]);
    expect(run('Egypt imported 10 million tonnes of wheat from Russia. Imports from Ukraine by neighbouring countries were banned.', 'en', defs).filter((f) => f.from === 'UA')).toEqual([]);
    expect(run('Russian gas exports to Austria and Italy rose, but deliveries to Poland were halted.', 'en', defs).map((f) => `${f.to}:${f.status}`)).toEqual(['AT:stated', 'IT:stated', 'PL:suspended']);
  });
  it('"Les transferts de fonds de la France vers le Sénégal ont atteint 500 millions d\'euros" are money sent', () => {
    const defs = [C('FR', ['France']), C('SN', ['Sénégal'])];
    expect(run("Les transferts de fonds de la France vers le Sénégal ont atteint 500 millions d'euros.", 'fr', defs).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['FR>SN:money:500000000']);
  });
});

describe('session 38: "took 43% of the metal" takes a share of the goods just named', () => {
  it('"Zambia exported copper to Malawi. Switzerland took 43% of the metal by value, followed by China with 21%"', () => {
    const defs = [C('ZM', ['Zambia']), C('MW', ['Malawi']), C('CH', ['Switzerland']), C('CN', ['China'])];
    expect(triples(run('Zambia exported copper to Malawi. Switzerland took 43% of the metal by value, followed by China with 21%.', 'en', defs))).toEqual(['ZM>CH:other', 'ZM>CN:other', 'ZM>MW:other']);
    expect(run('The army took the metal from the factory.', 'en', defs)).toEqual([]);
  });
});

describe('session 39: a participle set off after the people deported tells where their journey ran', () => {
  it('"A Bolívia expulsou dois brasileiros, levados de Santa Cruz de la Sierra até Corumbá" is one flow, Santa Cruz to Corumbá', () => {
    const defs = [C('BO', ['Bolívia', 'Bolivia']), C('BR', ['Brasil'], ['brasileiros', 'brasileños']), CITY('Santa Cruz de la Sierra', 'BO'), CITY('Corumbá', 'BR'), C('DZ', ['Algérie']), C('ML', ['Mali'], ['Maliens']), CITY('Tamanrasset', 'DZ'), CITY('Gao', 'ML')];
    expect(run('A Bolívia expulsou dois brasileiros ligados ao PCC, levados de Santa Cruz de la Sierra até Corumbá (MS).', 'pt', defs).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['Santa Cruz de la Sierra@BO>Corumbá@BR:people:2']);
    expect(run('Bolivia expulsó a dos brasileños, trasladados en autobús desde Santa Cruz de la Sierra hasta Corumbá.', 'es', defs).map((f) => `${f.from}>${f.to}:${f.quantity}`)).toEqual(['Santa Cruz de la Sierra@BO>Corumbá@BR:2']);
    expect(run("L'Algérie a expulsé 40 Maliens, transférés en bus de Tamanrasset jusqu'à Gao.", 'fr', defs).map((f) => `${f.from}>${f.to}:${f.quantity}`)).toEqual(['Tamanrasset@DZ>Gao@ML:40']);
    // (A participle that names no start in the deporter's country changes nothing.)
    expect(run('A Bolívia expulsou dois brasileiros, levados até Corumbá.', 'pt', defs).map((f) => `${f.from}>${f.to}`)).toEqual(['BO>BR']);
  });
});

describe('session 39: waiting for goods, and people the money is for', () => {
  const D = [C('LV', ['Latvia', 'Lettonie']), C('SE', ['Sweden', 'Suède']), C('JP', ['Japan', 'Japon', 'Japão']), C('TD', ['Chad', 'Tchad', 'Chade']), REGION('Lac', 'TD')];
  it('"Latvia expects a first batch of Archer howitzers from Sweden" is a planned receipt; expecting growth is none', () => {
    expect(run('Latvia expects a first batch of Archer howitzers from Sweden in the spring.', 'en', D).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`)).toEqual(['SE>LV:weapons:planned']);
    expect(run("La Lettonie attend un premier lot d'obusiers Archer de la Suède au printemps.", 'fr', D).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`)).toEqual(['SE>LV:weapons:planned']);
    expect(run('Latvia expects growth of 3% this year, officials said in Sweden.', 'en', D)).toEqual([]);
  });
  it('"Japan has given $5 million to feed displaced families in Chad" gives money, not people', () => {
    expect(run("Japan has given $5 million to feed displaced families in Chad's Lac province.", 'en', D).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['JP>Lac@TD:money:5000000']);
    expect(run('Japan has given $5 million for displaced families in Chad.', 'en', D).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['JP>TD:money:5000000']);
    expect(run('Le Japon a donné 5 millions de dollars pour les familles déplacées au Tchad.', 'fr', D).map((f) => `${f.from}>${f.to}:${f.category}`)).toEqual(['JP>TD:money']);
  });
});

describe('session 39: military engineers are troops', () => {
  it('"Poland said it would send 150 military engineers to help Lithuania", "engenheiros militares", "ingenieros militares"', () => {
    const D = [C('PL', ['Poland', 'Polónia', 'Polonia']), C('LT', ['Lithuania', 'Lituânia', 'Lituania'])];
    expect(run('Poland said it would send 150 military engineers to help Lithuania fortify its frontier.', 'en', D).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['PL>LT:troops:150']);
    expect(run('A Polónia vai enviar 150 engenheiros militares para a Lituânia.', 'pt', D).map((f) => `${f.from}>${f.to}:${f.category}`)).toEqual(['PL>LT:troops']);
    expect(run('Polonia enviará 150 ingenieros militares a Lituania.', 'es', D).map((f) => `${f.from}>${f.to}:${f.category}`)).toEqual(['PL>LT:troops']);
  });
});

describe('session 39: relatives travel as people', () => {
  it('"87 cidadãos portugueses e familiares retirados do Líbano aterrou em Lisboa": the relatives are people too', () => {
    const D = [C('LB', ['Líbano', 'Lebanon']), C('PT', ['Portugal'], ['portugueses', 'Portuguese']), CITY('Lisboa', 'PT', true), CITY('Lisbon', 'PT', true)];
    expect(run('Um grupo de 87 cidadãos portugueses e familiares retirados do Líbano aterrou na madrugada no aeroporto de Figo Maduro, em Lisboa.', 'pt', D).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['LB>Lisboa@PT:people:87']);
    expect(run('Some 87 Portuguese citizens and relatives evacuated from Lebanon landed in Lisbon on Thursday.', 'en', D).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['LB>Lisbon@PT:people:87']);
  });
});

describe('session 39: people who came to work somewhere moved there', () => {
  it('"14,000 Guatemalan farm workers came to work in Quebec", "sont venus travailler au Québec", "vinieron a trabajar a Quebec"', () => {
    const D = [C('GT', ['Guatemala'], ['Guatemalan', 'guatémaltèques', 'guatemaltecos']), REGION('Quebec', 'CA', ['Quebec', 'Québec'])];
    for (const [text, lang] of [
      ['Some 14,000 Guatemalan farm workers came to work in Quebec last year.', 'en'],
      ["Quelque 14 000 travailleurs agricoles guatémaltèques sont venus travailler au Québec l'an dernier.", 'fr'],
      ['Unos 14.000 trabajadores agrícolas guatemaltecos vinieron a trabajar a Quebec el año pasado.', 'es'],
    ] as const) expect(run(text, lang, D).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`), text).toEqual(['GT>Quebec@CA:people:14000']);
    // (not "came to power", nor Spanish wine)
    expect(run('The Guatemalan party came to power in Quebec.', 'en', D)).toEqual([]);
    expect(run('Guatemala exportó vino a Quebec.', 'es', D).map((f) => f.category)).toEqual(['other']);
  });
});

describe('session 39: an official received somewhere visited it', () => {
  const D = [C('KZ', ['Kazakhstan', 'Cazaquistão', 'Kazajistán'], ['kazakh']), C('FR', ['France', 'França', 'Francia'], ['françaises']), CITY('Paris', 'FR', true), CITY('París', 'FR', true)];
  it('"Le président du Kazakhstan a été reçu à Paris pour une visite d\'État", "was received in Paris", "foi recebido em Paris", "fue recibido en París"', () => {
    for (const [text, lang] of [
      ["Le président du Kazakhstan, Kassym-Jomart Tokaïev, a été reçu lundi à Paris pour une visite d'État de deux jours.", 'fr'],
      ["Kazakhstan's president was received in Paris on Monday for a two-day state visit.", 'en'],
      ['O presidente do Cazaquistão foi recebido em Paris para uma visita de Estado.', 'pt'],
      ['El presidente de Kazajistán fue recibido en París para una visita de Estado.', 'es'],
    ] as const) expect(run(text, lang, D).map((f) => `${f.from}>${f.to}:${f.category}`), text).toEqual([`KZ>${lang === 'es' ? 'París' : 'Paris'}@FR:visit`]);
    // (goods received are still a receipt)
    expect(run('The Kazakh president was received in Paris with 40 tonnes of uranium from France.', 'en', D).map((f) => f.category)).not.toContain('visit');
  });
  it('"... et il est le troisième fournisseur de pétrole brut de la France": a conjunction before a subject pronoun opens another clause', () => {
    expect(run("Le Kazakhstan fournit 40 % de l'uranium consommé par les centrales françaises et il est le troisième fournisseur de pétrole brut de la France.", 'fr', D).map((f) => `${f.from}>${f.to}:${f.category}`)).toEqual(['KZ>FR:other']);
  });
});

describe('session 39: "the archipelago", and "the country" as the object of its own subject', () => {
  const D = [C('MV', ['Maldives']), C('IN', ['India']), CITY('New Delhi', 'IN', true), C('KM', ['Comores']), C('FR', ['France']), C('CV', ['Cabo Verde']), C('PT', ['Portugal'])];
  it('"India had shipped diesel to the archipelago" after the Maldives; "l\'archipel", "o arquipélago"', () => {
    expect(run('In the Maldives, officials said India had shipped 40,000 tonnes of diesel to the archipelago since January.', 'en', D).map((f) => `${f.from}>${f.to}:${f.category}`)).toEqual(['IN>MV:oil']);
    expect(run("Les Comores ont signé un accord. La France enverra 20 tonnes de riz à l'archipel.", 'fr', D).map((f) => `${f.from}>${f.to}`)).toEqual(['FR>KM']);
    expect(run('Cabo Verde assinou um acordo. Portugal enviará 20 toneladas de arroz ao arquipélago.', 'pt', D).map((f) => `${f.from}>${f.to}`)).toEqual(['PT>CV']);
  });
  it('"In the Maldives, [...] New Delhi had lent the country $50 million": the object of a verb is not its own subject\'s country', () => {
    expect(run('In the Maldives, the finance ministry said that New Delhi had lent the country a further $50 million.', 'en', D).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['New Delhi@IN>MV:money:50000000']);
  });
});

describe('session 39: a transfer noun suspended past a long apposition', () => {
  it('"French aid to Niger, once the area\'s largest source of funding, has been suspended", "Les livraisons vers la Libye voisine, autrefois un débouché majeur, ont été interrompues"', () => {
    const D = [C('FR', ['France'], ['French']), C('NE', ['Niger']), C('TN', ['Tunisie']), C('LY', ['Libye'])];
    expect(run("French aid to Niger, once the area's largest source of funding, has been suspended since the 2023 coup.", 'en', D).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`)).toEqual(['FR>NE:aid:suspended']);
    expect(run("La Tunisie exporte des dattes. Les livraisons vers la Libye voisine, autrefois un débouché majeur, ont été interrompues pendant plusieurs mois.", 'fr', D).map((f) => `${f.from}>${f.to}:${f.status}`)).toEqual(['TN>LY:suspended']);
    // (a relative clause is no apposition: its verb has a status of its own)
    expect(run('French aid to Niger, which the junta had suspended, resumed in May.', 'en', D).map((f) => f.status)).not.toContain('suspended');
  });
});

describe('session 39: a nationality subject after a verb of saying and its complementizer', () => {
  it('"Au Panama, le gouvernement a annoncé qu\'un consortium sud-coréen investira 1,5 milliard de dollars [...] à Colón"', () => {
    const D = [C('PA', ['Panama', 'Panamá']), C('KR', ['Corée du Sud', 'Coreia do Sul'], ['sud-coréen', 'sul-coreano']), CITY('Colón', 'PA')];
    expect(run("Au Panama, le gouvernement a annoncé qu'un consortium sud-coréen investira 1,5 milliard de dollars dans une centrale électrique à Colón.", 'fr', D).map((f) => `${f.from}>${f.to}:${f.category}`)).toEqual(['KR>Colón@PA:money']);
    expect(run('No Panamá, o governo anunciou que um consórcio sul-coreano vai investir 1,5 mil milhões de dólares numa central em Colón.', 'pt', D).map((f) => `${f.from}>${f.to}:${f.category}`)).toEqual(['KR>Colón@PA:money']);
  });
});

describe('session 39: remittances of nationals settled abroad, in French', () => {
  it('"Les transferts de fonds des Salvadoriens installés aux États-Unis" go from the United States to El Salvador, not back', () => {
    const D = [C('SV', ['Salvador'], ['Salvadoriens']), C('US', ['États-Unis'])];
    expect(run('Les transferts de fonds des Salvadoriens installés aux États-Unis ont atteint 8,5 milliards de dollars.', 'fr', D).map((f) => `${f.from}>${f.to}:${f.category}`)).toEqual(['US>SV:money']);
  });
});

describe('session 39: destinations past a compass noun, and a body named after its place', () => {
  const D = [C('ES', ['España'], ['español']), CITY('Almería', 'ES'), C('LB', ['Líbano', 'Liban']), C('PS', ['Palestina'])];
  it('"partieron desde Almería rumbo al sur del Líbano", "en direction du sud du Liban"', () => {
    expect(run('650 militares partieron desde Almería rumbo al sur del Líbano.', 'es', D).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['Almería@ES>LB:troops:650']);
    expect(run("650 militaires sont partis d'Almería en direction du sud du Liban.", 'fr', D).map((f) => `${f.from}>${f.to}:${f.category}`)).toEqual(['Almería@ES>LB:troops']);
  });
  it('"transferir 20 millones de euros a la Autoridad Palestina": the body\'s place receives', () => {
    expect(run('El Gobierno de España aprobó transferir 20 millones de euros a la Autoridad Palestina para pagar salarios.', 'es', D).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['ES>PS:money:20000000']);
  });
});

describe('session 39: a programme framing a transfer "dentro del" or "within" it is no goods', () => {
  it('"recibió a 200 refugiados sirios reasentados desde Turquía dentro del programa europeo" is people only', () => {
    const D = [C('CZ', ['República Checa']), C('SY', ['Siria'], ['sirios']), C('TR', ['Turquía'])];
    expect(triples(run('La República Checa recibió a 200 refugiados sirios reasentados desde Turquía dentro del programa europeo.', 'es', D))).toEqual(['TR>CZ:people']);
  });
});

describe('session 39: a contract with a maker tied to its country, for a purchase', () => {
  it('"firmará un contrato con la surcoreana Korea Aerospace Industries (KAI) para la compra de 20 cazas FA-50": bought from South Korea', () => {
    const D = [C('PE', ['Perú'], ['peruano']), C('KR', ['Corea del Sur', 'Korea'], ['surcoreana'])];
    expect(run('El Gobierno peruano firmará en las próximas semanas un contrato con la surcoreana Korea Aerospace Industries (KAI) para la compra de 20 cazas FA-50.', 'es', D).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['KR>PE:vehicles:20']);
  });
});

describe('session 39: a contract with a country for a purchase', () => {
  const D = [C('PE', ['Peru', 'Perú', 'Pérou']), C('KR', ['South Korea', 'Corea del Sur', 'Coreia do Sul', 'Corée du Sud']), C('IQ', ['Iraq']), C('MM', ['Myanmar'])];
  it('"Peru will sign a contract with South Korea for the purchase of 20 jets": bought from South Korea, planned', () => {
    expect(run('Peru will sign a contract with South Korea for the purchase of 20 jets.', 'en', D).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}:${f.quantity}`)).toEqual(['KR>PE:vehicles:planned:20']);
    expect(run('Perú firmará un contrato con Corea del Sur para la compra de 20 cazas.', 'es', D).map((f) => `${f.from}>${f.to}:${f.status}`)).toEqual(['KR>PE:planned']);
    expect(run('O Peru vai assinar um contrato com a Coreia do Sul para a compra de 20 caças.', 'pt', D).map((f) => `${f.from}>${f.to}:${f.status}`)).toEqual(['KR>PE:planned']);
    // (talks with a country name no seller)
    expect(run("Officials have held talks with Iraq, and Myanmar's military took delivery of six jets.", 'en', D).map((f) => f.from)).not.toContain('IQ');
  });
});

describe('session 39: a purchase noun opening a sentence is its place\'s purchases', () => {
  it('"Angola exportou crude para a China. As compras da Índia ultrapassaram os 9 milhões de barris": India buys from Angola', () => {
    const D = [C('AO', ['Angola']), C('CN', ['China', 'Chine']), C('IN', ['Índia', 'India', 'Inde'])];
    expect(triples(run('Angola exportou 38 milhões de barris de petróleo para a China. As compras da Índia ultrapassaram os 9 milhões de barris.', 'pt', D))).toEqual(['AO>CN:oil', 'AO>IN:oil']);
    expect(triples(run('Angola exportó 38 millones de barriles de crudo a China. Las compras de la India superaron los 9 millones de barriles.', 'es', D))).toEqual(['AO>CN:oil', 'AO>IN:oil']);
    expect(triples(run("L'Angola a exporté 38 millions de barils de brut vers la Chine. Les achats de l'Inde ont dépassé 9 millions de barils.", 'fr', D))).toEqual(['AO>CN:oil', 'AO>IN:oil']);
  });
});

describe('session 39: an adverb between a verb of moving and its "de"', () => {
  it('"O gasóleo consumido no mercado angolano chega sobretudo dos Emirados Árabes Unidos"', () => {
    const D = [C('AO', ['Angola'], ['angolano']), C('AE', ['Emirados Árabes Unidos'])];
    expect(triples(run('O gasóleo consumido em Angola chega sobretudo dos Emirados Árabes Unidos.', 'pt', D))).toEqual(['AE>AO:oil']);
    expect(triples(run('O gasóleo consumido no mercado angolano chega principalmente dos Emirados Árabes Unidos.', 'pt', D))).toEqual(['AE>AO:oil']);
  });
});

describe('session 39: French "ne ... rien"', () => {
  it('"La Libye n\'a en revanche rien importé en décembre" denies the imports', () => {
    const D = [C('TN', ['Tunisie']), C('LY', ['Libye'])];
    expect(run("La Libye n'a en revanche rien importé de Tunisie en décembre.", 'fr', D).map((f) => `${f.from}>${f.to}:${f.status}`)).toEqual(['TN>LY:denied']);
  });
});

describe('session 39: small naval craft are vehicles', () => {
  it('"Japan delivered three fast interceptor craft", "patrol craft", "assault craft"', () => {
    const D = [C('JP', ['Japan']), C('SB', ['Solomon Islands'])];
    expect(run('Japan delivered three fast interceptor craft to the Solomon Islands in May.', 'en', D).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['JP>SB:vehicles:3']);
    expect(triples(run('Japan donated two patrol craft to the Solomon Islands.', 'en', D))).toEqual(['JP>SB:vehicles']);
  });
});

describe('session 39: a military junta receives for its country', () => {
  it('"Rusia habría suministrado a la junta militar de Birmania cazas Su-30", "to Myanmar\'s military junta", "à la junte birmane"', () => {
    const D = [C('RU', ['Rusia', 'Russia', 'Russie']), C('MM', ['Birmania', 'Myanmar'], ['birmane'])];
    expect(run('Rusia habría suministrado a la junta militar de Birmania cazas Su-30 y helicópteros.', 'es', D).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`)).toEqual(['RU>MM:vehicles:reported']);
    expect(triples(run("Russia supplied fighter jets to Myanmar's military junta.", 'en', D))).toEqual(['RU>MM:vehicles']);
    expect(triples(run('La Russie a livré des avions de chasse à la junte birmane.', 'fr', D))).toEqual(['RU>MM:vehicles']);
  });
});

describe('session 39: "while" before a subject of its own closes the clause', () => {
  it('"chegam sobretudo dos Emirados Árabes Unidos, segundo operadores do setor, enquanto a refinaria de Cabinda só deverá arrancar em 2026"', () => {
    const D = [C('AO', ['Angola'], ['angolano']), C('AE', ['Emirados Árabes Unidos']), CITY('Cabinda', 'AO')];
    expect(run('O gasóleo consumido no mercado angolano chega sobretudo dos Emirados Árabes Unidos, segundo operadores do setor, enquanto a refinaria de Cabinda só deverá arrancar em 2026.', 'pt', D).map((f) => `${f.from}>${f.to}:${f.category}`)).toEqual(['AE>AO:oil']);
  });
});

describe('session 39: a verb of giving whose object is a transfer noun', () => {
  it('"O Japão concedeu ao Brasil um financiamento de US$ 1,5 bilhão", "Japón concedió a Brasil un financiamiento"', () => {
    const D = [C('JP', ['Japão', 'Japón']), C('BR', ['Brasil'])];
    expect(run('O Japão concedeu ao Brasil um financiamento de US$ 1,5 bilhão.', 'pt', D).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['JP>BR:money:1500000000']);
    expect(run('Japón concedió a Brasil un financiamiento de 1.500 millones de dólares.', 'es', D).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['JP>BR:money:1500000000']);
    expect(run('O Japão vai conceder ao Brasil um financiamento de US$ 1,5 bilhão.', 'pt', D).map((f) => f.status)).toEqual(['planned']);
  });
});

describe('session 39: extending a loan, and an amount past "mil milhões"', () => {
  it('"Japan extended Vietnam a loan of $500 million"; "uma linha de crédito de 2 mil milhões de dólares"', () => {
    const D = [C('JP', ['Japan']), C('VN', ['Vietnam']), C('CN', ['China']), C('AO', ['Angola'])];
    expect(run('Japan extended Vietnam a loan of $500 million.', 'en', D).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['JP>VN:money:500000000']);
    expect(run('Japan extended the deadline for Vietnam.', 'en', D)).toEqual([]);
    expect(run('A China concedeu a Angola uma linha de crédito de 2 mil milhões de dólares.', 'pt', D).map((f) => `${f.from}>${f.to}:${f.quantity}`)).toEqual(['CN>AO:2000000000']);
  });
});

describe('session 39: borrowing in Portuguese and Spanish', () => {
  it('"O Egito pediu emprestado à Turquia 2 mil milhões de dólares": the lender sends (it read Egypt as the lender)', () => {
    const D = [C('EG', ['Egito', 'Egipto']), C('TR', ['Turquia', 'Turquía'])];
    expect(run('O Egito pediu emprestado à Turquia 2 mil milhões de dólares.', 'pt', D).map((f) => `${f.from}>${f.to}:${f.category}`)).toEqual(['TR>EG:money']);
    expect(run('Egipto tomó prestados 2.000 millones de dólares de Turquía.', 'es', D).map((f) => `${f.from}>${f.to}:${f.category}`)).toEqual(['TR>EG:money']);
  });
});

describe('session 39: ordering goods', () => {
  it('"Marruecos encargó tanques a Francia" orders from France; an order by a verb is a delivery to come', () => {
    const D = [C('MA', ['Marruecos', 'Morocco']), C('FR', ['Francia', 'France']), C('PE', ['Perú', 'Peru']), C('KR', ['Corea del Sur', 'South Korea'])];
    expect(run('Marruecos encargó tanques a Francia.', 'es', D).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`)).toEqual(['FR>MA:vehicles:planned']);
    expect(run('Peru has ordered 24 jets from South Korea.', 'en', D).map((f) => `${f.from}>${f.to}:${f.status}`)).toEqual(['KR>PE:planned']);
    expect(run('El Gobierno de Perú encargó al ministro un informe.', 'es', D)).toEqual([]);
  });
});

describe('session 39: nationals awaiting deportation where they are held', () => {
  it('"Outros 60 cabo-verdianos aguardam deportação em centros de detenção no Texas" go home from Texas (it read Cabo Verde to Texas)', () => {
    const D = [C('CV', ['Cabo Verde', 'Cape Verde'], ['cabo-verdianos', 'Cape Verdeans']), REGION('Texas', 'US'), C('US', ['Estados Unidos'])];
    expect(triples(run('Outros 60 cabo-verdianos aguardam deportação em centros de detenção no Texas.', 'pt', D))).toEqual(['Texas@US>CV:people']);
    expect(triples(run('Another 60 Cape Verdeans await deportation in detention centres in Texas.', 'en', D))).toEqual(['Texas@US>CV:people']);
    expect(triples(run('Cabo Verde recebeu 112 deportados dos Estados Unidos. Outros 60 cidadãos do arquipélago aguardam deportação no Texas.', 'pt', D))).toEqual(['Texas@US>CV:people', 'US>CV:people']);
  });
});

describe('session 39: people before a participle of seizing on their vessel', () => {
  it('"Nineteen crew members of a bulk carrier seized by Houthi rebels were flown from Sanaa to Muscat"', () => {
    const D = [C('YE', ['Yemen'], ['Yemeni']), CITY('Sanaa', 'YE', true), CITY('Muscat', 'OM', true), C('OM', ['Oman'])];
    expect(run("Nineteen crew members of a bulk carrier seized by Yemen's Houthi rebels were flown from Sanaa to Muscat on Wednesday.", 'en', D).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['Sanaa@YE>Muscat@OM:people:19']);
  });
});

describe('session 39 review: collisions of the new words, and goods ordered before their delivery', () => {
  const D = [C('PT', ['Portugal']), C('CV', ['Cabo Verde']), C('GR', ['Grécia']), C('CL', ['Chile']), C('HT', ['Haití']), C('FR', ['France']), C('QA', ['Qatar'])];
  it('"as remessas familiares" are money, no people; "sapadores bombeiros" no troops; "se encargó de" orders nothing', () => {
    expect(triples(run('As remessas familiares enviadas de Portugal para Cabo Verde somaram 200 milhões de euros.', 'pt', D))).toEqual(['PT>CV:money']);
    expect(run('Portugal enviou 40 sapadores bombeiros para a Grécia.', 'pt', D).map((f) => f.category)).not.toContain('troops');
    expect(run('Chile se encargó de 300 toneladas de ayuda enviadas a Haití.', 'es', D).map((f) => f.from)).not.toContain('HT');
  });
  it('"Les Rafale commandés en 2015 ont été livrés au Qatar par la France": the delivery, stated', () => {
    expect(run('Les Rafale commandés en 2015 ont été livrés au Qatar par la France.', 'fr', D).map((f) => `${f.from}>${f.to}:${f.category}:${f.status}`)).toEqual(['FR>QA:vehicles:stated']);
  });
});

describe('session 39: money is no count of trainees', () => {
  it('"Birmania habría pagado 400 millones de dólares y Rusia habría enviado instructores": training with no count', () => {
    const D = [C('MM', ['Birmania'], ['birmanos']), C('RU', ['Rusia'], ['rusos'])];
    const fs = run('Birmania habría pagado a proveedores rusos más de 400 millones de dólares y que Rusia habría enviado instructores para formar a pilotos birmanos.', 'es', D);
    expect(fs.find((f) => f.category === 'training')?.quantity).toBeUndefined();
  });
});

describe('session 39: "Purchases by X" opening a sentence', () => {
  it('"Angola exported crude to China. Purchases by India exceeded 9 million barrels": India buys', () => {
    const D = [C('AO', ['Angola']), C('CN', ['China']), C('IN', ['India'])];
    expect(triples(run('Angola exported crude to China. Purchases by India exceeded 9 million barrels.', 'en', D))).toEqual(['AO>CN:oil', 'AO>IN:oil']);
  });
});

describe('session 39: money given to a place "to help it"', () => {
  it('"The European Union will give Chad 30 million euros to help it host refugees": money only', () => {
    const D = [C('TD', ['Chad', 'Tchad']), C('SD', ['Sudan']), C('FR', ['France'])];
    expect(run('France will give Chad 30 million euros to help it host refugees fleeing the war in Sudan.', 'en', D).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['FR>TD:money:30000000']);
  });
});

describe('session 40: deporters of a third country, sending people back', () => {
  const D = [C('CY', ['Cyprus', 'Chipre']), C('SY', ['Syria', 'Síria', 'Siria'], ['Syrians', 'Syrian', 'sírios', 'sirios']), C('LB', ['Lebanon', 'Líbano']), CITY('Nicósia', 'CY', true), C('BW', ['Botswana']), C('ZW', ['Zimbabwe'], ['Zimbabweans'])];
  it('a deporter neither the people\'s country nor the destination sends them from its own territory', () => {
    expect(triples(run('Cyprus deported 600 Syrians to Lebanon.', 'en', D))).toEqual(['CY>LB:people']);
    expect(triples(run('Syrians were deported by Cyprus to Lebanon.', 'en', D))).toEqual(['CY>LB:people']);
    expect(triples(run('O Chipre deportou 600 sírios para o Líbano.', 'pt', D))).toEqual(['CY>LB:people']);
    // (children of a nationality taken in a war still leave their country)
    expect(triples(run('Cyprus deported 600 Syrian children to Lebanon.', 'en', D))).toEqual(['SY>LB:people']);
  });
  it('"reenviar" and "push back" send people back (people only), past a time phrase set off by commas', () => {
    expect(triples(run('Também o Chipre endureceu a sua política: Nicósia terá reenviado para o Líbano, desde março, cerca de 600 sírios.', 'pt', D))).toEqual(['CY>LB:people']);
    expect(triples(run('Chipre reenvió al Líbano a unos 600 sirios interceptados en el mar.', 'es', D))).toEqual(['CY>LB:people']);
    expect(triples(run('Botswana police pushed back some 300 Zimbabweans into Zimbabwe.', 'en', D))).toEqual(['BW>ZW:people']);
    expect(run('A empresa reenviou para o Líbano os contentores com milho.', 'pt', D)).toEqual([]);
  });
});

describe('session 40: goods an embargo or a ban is on', () => {
  const D = [C('ZW', ['Zimbabwe']), C('RU', ['Russia', 'Russie']), C('SD', ['Sudan', 'Soudan']), C('LY', ['Libya']), C('VE', ['Venezuela'])];
  it('are not sent; a transfer made despite the embargo still is', () => {
    expect(run('The European Union maintains an arms embargo on Zimbabwe.', 'en', D)).toEqual([]);
    expect(run("L'Union européenne maintient un embargo sur les armes à destination du Zimbabwe.", 'fr', D)).toEqual([]);
    expect(run('A União Europeia mantém um embargo à venda de armas para a Venezuela.', 'pt', D)).toEqual([]);
    expect(run('The UN imposed a ban on arms sales to Libya.', 'en', D)).toEqual([]);
    expect(triples(run('Despite a UN arms embargo, Russia delivered helicopters to Sudan.', 'en', D))).toEqual(['RU>SD:vehicles']);
  });
});

describe('session 40: a batch noun coordinated into a verb\'s goods', () => {
  it('is more goods, no transfer noun of its own ("entregaram quatro helicópteros de transporte e um lote de munições")', () => {
    const D = [C('US', ['Estados Unidos']), C('SO', ['Somália'], ['somalis']), CITY('Mogadíscio', 'SO', true)];
    expect(triples(run('Os Estados Unidos entregaram a Mogadíscio quatro helicópteros de transporte e um lote de munições destinado às forças especiais somalis.', 'pt', D))).toEqual(['US>SO:munitions', 'US>SO:vehicles']);
  });
});

describe('session 40: nouns of going back, recruits of an army', () => {
  const D = [C('LK', ['Sri Lanka'], ['srilanqueses']), C('RU', ['Rusia'], ['ruso']), C('AO', ['Angola'], ['angolanos']), C('PT', ['Portugal']), C('BR', ['Brasil'])];
  it('"el regreso desde Rusia de 15 ciudadanos srilanqueses": the people go home from where they were', () => {
    expect(triples(run('La cancillería de Sri Lanka confirmó el regreso desde Rusia de 15 ciudadanos srilanqueses.', 'es', D))).toEqual(['RU>LK:people']);
    expect(triples(run('O regresso de 300 angolanos de Portugal começou ontem.', 'pt', D))).toEqual(['PT>AO:people']);
    // (a return of no people is none)
    expect(run('O regresso da democracia ao Brasil foi celebrado em Portugal.', 'pt', D)).toEqual([]);
  });
  it('people an army recruited are troops', () => {
    expect(triples(run('Mientras tanto, la cancillería de Sri Lanka confirmó el regreso desde Rusia de 15 ciudadanos srilanqueses que habían sido reclutados por el ejército ruso.', 'es', D))).toEqual(['LK>RU:troops', 'RU>LK:people']);
  });
});

describe('session 40: shares of the people a country deported', () => {
  it('the nationalities counted went home from the deporter ("Zimbabweans accounted for about 24,000 of those removed")', () => {
    const D = [C('ZA', ['South Africa']), C('ZW', ['Zimbabwe'], ['Zimbabweans']), C('MZ', ['Mozambique'], ['Mozambicans']), C('MW', ['Malawi'], ['Malawians'])];
    const t = 'South Africa deported 47,500 undocumented foreigners in the 12 months to March. Zimbabweans accounted for about 24,000 of those removed, followed by some 11,000 Mozambicans and 5,300 Malawians.';
    expect(triples(run(t, 'en', D))).toEqual(['ZA>MW:people', 'ZA>MZ:people', 'ZA>ZW:people']);
  });
});

describe('session 40: an official named by office alone who "is due to" or "plans to" travel', () => {
  it('leaves from the dateline\'s country, as one who "will travel"', () => {
    const D = [C('ZA', ['South Africa']), C('MZ', ['Mozambique']), CITY('JOHANNESBURG', 'ZA'), C('TM', ['Turkménistan']), C('CN', ['Chine'])];
    const P = 'JOHANNESBURG, Aug 19 (AP) — South Africa deported 47,500 undocumented foreigners last year. ';
    expect(triples(run(`${P}Home Affairs Minister Leon Schreiber is due to travel to Mozambique next month.`, 'en', D))).toEqual(['ZA>MZ:visit']);
    expect(triples(run(`${P}Home Affairs Minister Leon Schreiber plans to travel to Mozambique next month.`, 'en', D))).toEqual(['ZA>MZ:visit']);
    expect(triples(run("Achgabat, 3 mars (AFP) - Le Turkménistan vend du gaz à la Chine. Le président Serdar Berdimoukhamedov est attendu en Chine en novembre.", 'fr', [...D, CITY('Achgabat', 'TM')]))).toContain('TM>CN:visit');
  });
});

describe('session 40: a suspension in a predicate before the transfer\'s own', () => {
  it('is not the transfer\'s status ("suspendeu os pedidos de asilo e diz ter devolvido"); nouns coordinated under it are suspended', () => {
    const D = [C('GR', ['Grécia', 'Greece']), C('TR', ['Turquia', 'Turkey']), C('RU', ['Russia']), C('ML', ['Mali'])];
    expect(withStatus(run('A Grécia suspendeu os pedidos de asilo e devolveu à Turquia 240 pessoas.', 'pt', D))).toEqual(['GR>TR:people:stated']);
    expect(withStatus(run('Greece suspended asylum claims and returned 240 people to Turkey.', 'en', D))).toEqual(['GR>TR:people:stated']);
    expect(withStatus(run('Russia has halted and suspended deliveries of arms to Mali.', 'en', D))).toEqual(['RU>ML:weapons:suspended']);
  });
});

describe('session 40: a share "had as destination", goods a relative clause says are used, "paradoxically"', () => {
  const D = [C('AO', ['Angola']), C('CN', ['China', 'Chine']), C('NL', ['Países Bajos']), C('IN', ['India'])];
  it('"de los que cerca del 60 % tuvo como destino China", "dont 60 % ont eu pour destination la Chine": the share goes there', () => {
    expect(triples(run('Angola exportó el año pasado unos 390 millones de barriles de crudo, de los que cerca del 60 % tuvo como destino China.', 'es', D))).toEqual(['AO>CN:oil']);
    expect(triples(run("L'Angola a exporté 390 millions de barils de brut, dont 60 % ont eu pour destination la Chine.", 'fr', D))).toEqual(['AO>CN:oil']);
  });
  it('"la gasolina que consume, procedente de los Países Bajos": the source past a short relative clause and a comma', () => {
    expect(triples(run('Angola importa la gasolina que consume, procedente de los Países Bajos.', 'es', D))).toEqual(['NL>AO:oil']);
  });
  it('"Paradójicamente, el país importa" turns to the main sender, as "en sentido inverso" does', () => {
    const t = 'Angola exportó crudo a China. India compró 45 millones de barriles. Paradójicamente, el país importa la gasolina que consume, procedente de los Países Bajos.';
    expect(triples(run(t, 'es', D))).toContain('NL>AO:oil');
  });
});

describe('session 40: police teams and security personnel', () => {
  it('are troops ("sent a police liaison team to Honiara", "une équipe de police", "security personnel")', () => {
    const D = [C('CN', ['China', 'Chine']), C('SB', ['Solomon Islands']), CITY('Honiara', 'SB', true), CITY('Beijing', 'CN', true), REGION('Malaita', 'SB')];
    expect(triples(run('The Solomon Islands and China signed a deal. China sent a police liaison team to Honiara in 2022.', 'en', D))).toEqual(['CN>Honiara@SB:troops']);
    expect(triples(run("La Chine a envoyé une équipe de police à Honiara.", 'fr', D))).toEqual(['CN>Honiara@SB:troops']);
    expect(withStatus(run('The Solomon Islands and China signed a deal. Beijing denied a report that it had offered to station security personnel in Malaita.', 'en', D))).toEqual(['CN>Malaita@SB:troops:denied']);
  });
});

describe('session 40: where goods were unloaded on their way', () => {
  it('is a stop, no end, when "then" a verb carries them on ("débarqués dans le port de Beira puis acheminés par la route")', () => {
    const D = [C('CN', ['Chine'], ['chinoise']), C('ZW', ['Zimbabwe'], ['zimbabwéenne']), CITY('Beira', 'MZ'), C('MZ', ['Mozambique'], ['mozambicain'])];
    const t = "L'armée zimbabwéenne a pris livraison de 32 véhicules blindés de fabrication chinoise, débarqués dans le port mozambicain de Beira puis acheminés par la route.";
    expect(triples(run(t, 'fr', D))).toEqual(['CN>ZW:vehicles']);
    // ("débarqués à Conakry avant de rejoindre Bamako": so before "avant de" and a verb; no visit of the vehicles to Conakry)
    const E = [C('RU', ['Russie']), C('ML', ['Mali'], ['malienne']), CITY('Conakry', 'GN', true), C('GN', ['Guinée'])];
    const u = "Des véhicules blindés livrés par la Russie à l'armée malienne ont été débarqués à Conakry avant de rejoindre le Mali par la route.";
    expect(triples(run(u, 'fr', E))).toEqual(['RU>ML:vehicles']);
  });
});

describe('session 40: an inverted subject counted past a time phrase', () => {
  it('is who arrives ("chegaram a Creta desde janeiro mais de 7.300 migrantes, quase todos em barcos que partiram de Tobruk")', () => {
    const D = [CITY('Creta', 'GR'), CITY('Tobruk', 'LY'), C('GR', ['Grécia']), C('LY', ['Líbia'])];
    expect(triples(run('Chegaram a Creta desde janeiro mais de 7.300 migrantes, quase todos em barcos que partiram de Tobruk.', 'pt', D))).toEqual(['Tobruk@LY>Creta@GR:people']);
  });
});

describe('session 40: a country\'s name or abbreviation between a count and goods, and words of more', () => {
  it('is the goods\' origin ("will host 2,000 more US troops", "received 300 more US tanks"); "more" stands between a count and its goods', () => {
    const D = [C('US', ['United States', 'US']), C('PL', ['Poland']), C('UA', ['Ukraine']), C('DE', ['Germany']), C('LT', ['Lithuania'])];
    expect(run('Poland will host 2,000 more US troops under the new agreement.', 'en', D).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['US>PL:troops:2000']);
    expect(run('Ukraine received 300 more US tanks.', 'en', D).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['US>UA:vehicles:300']);
    expect(run('Germany sent 500 additional soldiers to Lithuania.', 'en', D).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['DE>LT:troops:500']);
  });
});

describe('session 40: a word of cargo in general beside the goods it holds', () => {
  it('names no goods of its own ("El cargamento, enviado por Irán a Venezuela, incluía 2 millones de barriles de gasolina")', () => {
    const D = [C('IR', ['Irán', 'Iran']), C('VE', ['Venezuela'])];
    expect(triples(run('El cargamento, enviado por Irán a Venezuela, incluía 2 millones de barriles de gasolina.', 'es', D))).toEqual(['IR>VE:oil']);
    // (alone it is still cargo: "Irán envió un cargamento a Venezuela")
    expect(triples(run('Irán envió un cargamento a Venezuela.', 'es', D))).toEqual(['IR>VE:other']);
  });
});

describe('session 40: a supplier predicate after a perfect of "to be"', () => {
  it('"a été le premier fournisseur de blé de l\'Égypte", "ha sido el principal proveedor", "tem sido o principal fornecedor"', () => {
    const D = [C('RU', ['Russie', 'Rusia', 'Rússia']), C('EG', ["l'Égypte", 'Egipto', 'Egito'])];
    expect(triples(run("La Russie a été le premier fournisseur de blé de l'Égypte l'an dernier.", 'fr', D))).toEqual(['RU>EG:other']);
    expect(triples(run('Rusia ha sido el principal proveedor de trigo de Egipto.', 'es', D))).toEqual(['RU>EG:other']);
    expect(triples(run('A Rússia tem sido o principal fornecedor de trigo do Egito.', 'pt', D))).toEqual(['RU>EG:other']);
  });
});

describe('session 40: "o país vizinho" opening a sentence that names no place before it', () => {
  it('is the latest country named by its name, not one the sentence names nor a nationality', () => {
    const D = [C('KZ', ['Cazaquistão'], ['cazaque']), C('AF', ['Afeganistão'], ['afegã']), C('UZ', ['Uzbequistão']), CITY('Termez', 'UZ')];
    const t = 'O Cazaquistão exportou trigo para o Afeganistão. Boa parte da carga segue de trem até Termez, no sul do Uzbequistão, onde cruza a fronteira afegã. O país vizinho, por sua vez, comprou outras 900 mil toneladas do grão cazaque.';
    expect(triples(run(t, 'pt', D))).toContain('KZ>UZ:other');
    // (English puts "neighbouring" before the noun)
    const E = [C('KZ', ['Kazakhstan'], ['Kazakh']), C('AF', ['Afghanistan']), C('UZ', ['Uzbekistan'])];
    const u = 'Kazakhstan exported wheat to Afghanistan. Much of it travels by train to southern Uzbekistan. The neighbouring country also bought 900,000 tonnes of Kazakh grain.';
    expect(triples(run(u, 'en', E))).toContain('KZ>UZ:other');
  });
});

describe('session 40: a transfer a verb of curbing governs', () => {
  it('is no transfer stated ("exige a Washington que frene el contrabando de armas")', () => {
    const D = [C('MX', ['México'], ['mexicano']), C('US', ['Estados Unidos']), CITY('Washington', 'US', true)];
    expect(triples(run('México entregó a Estados Unidos 26 presos. A cambio, el Gobierno mexicano exige a Washington que frene el contrabando de armas.', 'es', D))).toEqual(['MX>US:people']);
  });
});

describe('session 40: a participle on goods past a model name of several words', () => {
  it('modifies the goods ("réceptionné six véhicules blindés Cobra II achetés à la Turquie")', () => {
    const D = [C('BF', ['Burkina Faso']), C('TR', ['Turquie'])];
    expect(run('Le Burkina Faso a réceptionné six véhicules blindés Cobra II achetés à la Turquie.', 'fr', D).map((f) => `${f.from}>${f.to}:${f.category}:${f.quantity}`)).toEqual(['TR>BF:vehicles:6']);
  });
});

describe('session 40: workers of a nationality "em quintas da Austrália"', () => {
  it('send from where they work, past a plural noun of work and its "of"', () => {
    const D = [C('TL', ['Timor-Leste'], ['timorenses']), C('AU', ['Austrália']), C('BO', ['Bolivia'], ['bolivianos']), C('AR', ['Argentina'])];
    expect(triples(run('Os trabalhadores timorenses em quintas da Austrália enviaram para o país 44 milhões de dólares.', 'pt', D))).toEqual(['AU>TL:money']);
    expect(triples(run('Los trabajadores bolivianos en fábricas de Argentina enviaron 300 millones de dólares a su país.', 'es', D))).toEqual(['AR>BO:money']);
    // (past an aside set off by commas before the verb)
    expect(triples(run('Os trabalhadores timorenses em quintas da Austrália, ao abrigo de programas sazonais, enviaram para o país 44 milhões de dólares.', 'pt', D))).toEqual(['AU>TL:money']);
    // ("o país" is their own country, not the last of the countries they work in; each of those sends)
    const E = [...D, C('GB', ['Reino Unido'])];
    expect(triples(run('Os trabalhadores timorenses em quintas da Austrália e do Reino Unido enviaram para o país 44 milhões de dólares.', 'pt', E))).toEqual(['AU>TL:money', 'GB>TL:money']);
  });
});

describe('session 40: an official after "with"', () => {
  it('is a partner, not the subject ("In talks with the Mongolian president, he signed a loan": not a Mongolian loan)', () => {
    const D = [C('JP', ['Japan'], ['Japanese']), C('MN', ['Mongolia'], ['Mongolian']), CITY('Ulaanbaatar', 'MN', true)];
    const t = 'Japanese Prime Minister Shigeru Ishiba arrived in Ulaanbaatar on Monday. In talks with the Mongolian president, he signed a 40 billion yen loan for a water-treatment plant.';
    expect(triples(run(t, 'en', D))).not.toContain('MN>JP:money');
  });
});

describe('session 40: accepting to do something', () => {
  it('receives nothing ("Pékin a accepté en 2023 de rééchelonner une partie de cette dette"); accepting people still receives them', () => {
    const D = [C('CG', ['République du Congo']), C('CN', ['Chine']), CITY('Pékin', 'CN', true), C('SN', ['Sénégal']), C('LY', ['Libye'])];
    const t = 'La République du Congo doit environ 3 milliards de dollars à la Chine. Pékin a accepté en 2023 de rééchelonner une partie de cette dette, estimée à 3 milliards de dollars.';
    expect(triples(run(t, 'fr', D))).not.toContain('CG>CN:money');
    expect(triples(run('Le Sénégal a accepté 500 migrants de la Libye.', 'fr', D))).toEqual(['LY>SN:people']);
    // (no verb of receiving before "de" and an infinitive, past a phrase of time)
    const words = (text: string): string[] => {
      const items = buildItems(text, 0, text.length, [], compiled('fr'), () => undefined);
      return findTriggers(items, 'fr').map((t) => items[t.idx]!.lower);
    };
    expect(words('Pékin a accepté en 2023 de rééchelonner une partie de cette dette.')).toEqual([]);
    expect(words('Le Sénégal a accepté 500 migrants.')).toEqual(['accepté']);
  });
});

describe('session 40: nationals abroad sending home', () => {
  it('send to their country from no place named; a later share names where from', () => {
    const D = [C('NP', ['Nepal'], ['nepalíes']), C('MY', ['Malasia']), C('QA', ['Catar'])];
    const t = 'Los nepalíes en el extranjero enviaron 11.000 millones de dólares a su país el año pasado. Malasia y Catar concentran la mayor parte de esos envíos.';
    expect(triples(run(t, 'es', D))).toEqual(['MY>NP:money', 'QA>NP:money']);
  });
});

describe('session 40, second read: "sin embargo", words of "any" after the goods', () => {
  it('"Sin embargo" is "however", no embargo; "des armes toutes neuves" are sent', () => {
    const D = [C('DZ', ['Argelia']), C('ES', ['España']), C('FR', ['France']), C('ML', ['Mali'])];
    expect(triples(run('Sin embargo las exportaciones de gas de Argelia a España crecieron.', 'es', D))).toEqual(['DZ>ES:oil']);
    expect(triples(run('La France a livré au Mali des armes toutes neuves.', 'fr', D))).toEqual(['FR>ML:weapons']);
  });
});

describe('session 40: a Portuguese or Spanish sentence opening with a past verb', () => {
  it('has the topic as its subject ("O Egito importa trigo. Comprou 12 milhões de toneladas à Rússia")', () => {
    const D = [C('EG', ['Egito', 'Egipto']), C('RU', ['Rússia', 'Rusia']), C('DZ', ['Argélia']), C('IT', ['Itália']), C('TR', ['Turquia'])];
    expect(triples(run('O Egito importa trigo. Comprou 12 milhões de toneladas à Rússia.', 'pt', D))).toEqual(['RU>EG:other']);
    expect(triples(run('Egipto importa trigo. Compró 12 millones de toneladas a Rusia.', 'es', D))).toEqual(['RU>EG:other']);
    expect(triples(run('A Argélia vende gás a Itália. Exportou também GNL para a Turquia.', 'pt', D))).toEqual(['DZ>IT:oil', 'DZ>TR:oil']);
  });
});

describe('session 40: English "ships" after a subject pronoun', () => {
  it('is the verb ("It also ships LNG to Turkey"); after an article it stays the noun', () => {
    const D = [C('DZ', ['Algeria']), C('IT', ['Italy']), C('TR', ['Turkey']), C('GR', ['Greece']), C('FR', ['France'])];
    expect(triples(run('Algeria sells gas to Italy. It also ships LNG to Turkey.', 'en', D))).toEqual(['DZ>IT:oil', 'DZ>TR:oil']);
    expect(triples(run('Greece will buy two ships from France.', 'en', D))).toEqual(['FR>GR:vehicles']);
  });
});

describe('session 41: money for a project goes to the country, not to the place of the project', () => {
  const defs = [C('JP', ['Japão', 'Japan', 'Japon', 'Japón']), C('MZ', ['Moçambique', 'Mozambique']), CITY('Nacala', 'MZ')];
  it('"um empréstimo a Moçambique para a segunda fase da reabilitação do porto de Nacala" goes to Mozambique, in each language', () => {
    expect(triples(run('O Japão aprovou um empréstimo de 250 milhões de dólares a Moçambique para a segunda fase da reabilitação do porto de Nacala.', 'pt', defs))).toEqual(['JP>MZ:money']);
    expect(triples(run('O Japão concedeu a Moçambique um empréstimo de 250 milhões de dólares para a reabilitação do porto de Nacala.', 'pt', defs))).toEqual(['JP>MZ:money']);
    expect(triples(run('Japón otorgó a Mozambique un préstamo de 250 millones de dólares para la rehabilitación del puerto de Nacala.', 'es', defs))).toEqual(['JP>MZ:money']);
    expect(triples(run('Le Japon a accordé au Mozambique un prêt de 250 millions de dollars pour la modernisation du port de Nacala.', 'fr', defs))).toEqual(['JP>MZ:money']);
    expect(triples(run('Japan will lend Mozambique 250 million dollars for the rehabilitation of the port of Nacala.', 'en', defs))).toEqual(['JP>MZ:money']);
    expect(triples(run('Japan approved a loan of 250 million dollars to Mozambique for the rehabilitation of Nacala port.', 'en', defs))).toEqual(['JP>MZ:money']);
  });
  it('goods still go to the port they are sent to', () => {
    expect(triples(run('O Japão enviou 200 toneladas de arroz para o porto de Nacala.', 'pt', defs))).toEqual(['JP>Nacala@MZ:other']);
  });
});

describe('session 41: goods a harvest is of are the work people are sent to do', () => {
  const defs = [C('FJ', ['Fiyi', 'Fiji']), C('NZ', ['Nueva Zelanda', 'New Zealand']), C('MA', ['Maroc']), C('ES', ['Espagne'])];
  it('"enviar 300 trabajadores para la cosecha de fruta", "for the kiwi harvest", "pour la récolte des fraises" send people only', () => {
    expect(triples(run('Fiyi enviará a Nueva Zelanda 300 trabajadores para la cosecha de fruta.', 'es', defs))).toEqual(['FJ>NZ:people']);
    expect(triples(run('Fiji will send 300 workers to New Zealand for the kiwi harvest.', 'en', defs))).toEqual(['FJ>NZ:people']);
    expect(triples(run('Le Maroc enverra 500 ouvrières en Espagne pour la récolte des fraises.', 'fr', defs))).toEqual(['MA>ES:people']);
  });
});

describe('session 41: a place "in" after a destination the gazetteer does not know locates that destination', () => {
  const defs = [C('PT', ['Portugal'], ['portugueses', 'Portuguese', 'portugais']), C('LT', ['Lituânia', 'Lithuania', 'Lituania', 'Lituanie'])];
  it('"militares portugueses partiram para Rukla, na Lituânia" go to Lithuania, in each language', () => {
    expect(triples(run('Cerca de 220 militares portugueses partiram hoje para Rukla, na Lituânia.', 'pt', defs))).toEqual(['PT>LT:troops']);
    expect(triples(run('About 220 Portuguese soldiers left today for Rukla, in Lithuania.', 'en', defs))).toEqual(['PT>LT:troops']);
    expect(triples(run('Unos 220 militares portugueses partieron hoy hacia Rukla, en Lituania.', 'es', defs))).toEqual(['PT>LT:troops']);
    expect(triples(run('Quelque 220 militaires portugais sont partis pour Rukla, en Lituanie.', 'fr', defs))).toEqual(['PT>LT:troops']);
  });
  it('a place "in" with no destination before it is still where they left', () => {
    expect(triples(run('Os últimos militares portugueses partiram hoje do aeroporto, na Lituânia.', 'pt', defs))).toEqual(['LT>PT:troops']);
  });
});

describe('session 41: a transfer ruled out in Portuguese, Spanish and French is denied, as in English', () => {
  const defs = [C('ES', ['España', 'Espagne']), C('PT', ['Portugal']), C('LT', ['Lituania', 'Lituânia', 'Lituanie'])];
  it('"descartó enviar", "descartou o envio", "a exclu d\'envoyer", "a écarté l\'envoi" deny; "no descartó", "n\'a pas exclu" plan', () => {
    const st = (text: string, lang: 'pt' | 'es' | 'fr') => run(text, lang, defs).map((f) => `${f.f}>${f.t}:${f.status}`);
    expect(st('España descartó enviar tropas a Lituania.', 'es')).toEqual(['ES>LT:denied']);
    expect(st('España descartó, en cambio, enviar tropas a Lituania.', 'es')).toEqual(['ES>LT:denied']);
    expect(st('España no descartó enviar tropas a Lituania.', 'es')).toEqual(['ES>LT:planned']);
    expect(st('Portugal descartou o envio de tropas para a Lituânia.', 'pt')).toEqual(['PT>LT:denied']);
    expect(st('Portugal não descartou enviar tropas para a Lituânia.', 'pt')).toEqual(['PT>LT:planned']);
    expect(st("L'Espagne a exclu d'envoyer des troupes en Lituanie.", 'fr')).toEqual(['ES>LT:denied']);
    expect(st("L'Espagne a écarté l'envoi de troupes en Lituanie.", 'fr')).toEqual(['ES>LT:denied']);
    expect(st("L'Espagne n'a pas exclu d'envoyer des troupes en Lituanie.", 'fr')).toEqual(['ES>LT:planned']);
  });
});

describe('session 41: people come from where a relative clause or a participle says they live', () => {
  const defs = [C('BR', ['Brasil', 'Brazil']), C('CD', ['República Democrática do Congo', 'Congo']), C('TZ', ['Tanzânia', 'Tanzania']), C('CA', ['Canada']), C('SY', ['Syrie'], ['syriens']), C('LB', ['Liban']), C('RW', ['Rwanda'], ['rwandais']), CITY('Goma', 'CD')];
  it('"refugiados da RDC que vivem em campos da Tanzânia", "refugees from Congo living in Tanzania", "réfugiés syriens qui vivent au Liban"', () => {
    expect(triples(run('O Brasil vai receber até dezembro cerca de 450 refugiados da República Democrática do Congo que vivem hoje em campos da Tanzânia.', 'pt', defs))).toEqual(['TZ>BR:people']);
    expect(triples(run('Brazil will take in 450 refugees from Congo living in camps in Tanzania.', 'en', defs))).toEqual(['TZ>BR:people']);
    expect(triples(run('Le Canada accueillera 300 réfugiés syriens qui vivent au Liban.', 'fr', defs))).toEqual(['LB>CA:people']);
    expect(triples(run('Le HCR a organisé le retour au Rwanda de 1 500 réfugiés rwandais qui vivaient dans des camps autour de Goma.', 'fr', defs))).toEqual(['Goma@CD>RW:people']);
  });
  it('with no such clause the people still come from their own country', () => {
    expect(triples(run('Le Canada accueillera 300 réfugiés syriens.', 'fr', defs))).toEqual(['SY>CA:people']);
  });
});

describe('session 41: aid named in words of aid and suspended is a suspended transfer', () => {
  const defs = [C('BE', ['Belgium', 'Bélgica', 'Belgique']), C('RW', ['Rwanda', 'Ruanda']), CITY('Goma', 'CD')];
  it('"Belgium suspended military aid to Rwanda", "suspendeu a ajuda militar ao Ruanda", "a suspendu son aide militaire au Rwanda"', () => {
    const st = (text: string, lang: Lang) => run(text, lang, defs).map((f) => `${f.f}>${f.t}:${f.category}:${f.status}`);
    expect(st('Belgium suspended military aid to Rwanda.', 'en')).toEqual(['BE>RW:aid:suspended']);
    expect(st('A Bélgica suspendeu a ajuda militar ao Ruanda.', 'pt')).toEqual(['BE>RW:aid:suspended']);
    expect(st('Bélgica suspendió la ayuda militar a Ruanda.', 'es')).toEqual(['BE>RW:aid:suspended']);
    expect(st('La Belgique a suspendu son aide militaire au Rwanda.', 'fr')).toEqual(['BE>RW:aid:suspended']);
    expect(st('Belgium suspended 20 million euros in planned military aid to Rwanda after the rebels seized Goma in January.', 'en')).toEqual(['BE>RW:money:suspended']);
  });
});

describe('session 41: goods dug or carried; the place of making is the one right after its word, a site as specific as a town', () => {
  const defs = [C('CD', ['Congo']), C('RW', ['Rwanda']), { key: 'Rubaya@CD', kind: 'other', country: 'CD', names: ['Rubaya'] } as HandPlace, { key: 'North Kivu@CD', kind: 'region', country: 'CD', names: ['North Kivu'] } as HandPlace];
  it('"coltan dug at Rubaya, in eastern Congo\'s North Kivu province, were carried into Rwanda" comes from Rubaya', () => {
    expect(triples(run("At least 150 metric tons of coltan dug at Rubaya, in eastern Congo's North Kivu province, were carried into Rwanda last year.", 'en', defs))).toEqual(['Rubaya@CD>RW:other']);
  });
  it('"The ship carried 3,000 tonnes of wheat" is still the ship carrying, not a ship carried', () => {
    const d = [C('UA', ['Ukraine']), CITY('Odesa', 'UA'), C('EG', ['Egypt'])];
    expect(triples(run('The ship carried 3,000 tonnes of wheat from Odesa to Egypt.', 'en', d))).toEqual(['Odesa@UA>EG:other']);
  });
});

describe('session 41: troops operating or fighting somewhere are there', () => {
  const defs = [C('RW', ['Rwanda', 'Ruanda'], ['Rwandan', 'ruandeses', 'rwandais']), C('CD', ['Congo']), C('CO', ['Colombia'], ['colombianos', 'Colombians']), C('UA', ['Ucrania', 'Ukraine'])];
  it('"Rwandan soldiers were operating inside Congo", "soldados ruandeses operam no Congo", "soldats rwandais opèrent au Congo"', () => {
    expect(triples(run('About 3,000 Rwandan soldiers were operating inside Congo.', 'en', defs))).toEqual(['RW>CD:troops']);
    expect(triples(run('Cerca de 3.000 soldados ruandeses operam no Congo.', 'pt', defs))).toEqual(['RW>CD:troops']);
    expect(triples(run('Quelque 3 000 soldats rwandais opèrent au Congo.', 'fr', defs))).toEqual(['RW>CD:troops']);
  });
  it('"cientos de colombianos combaten en Ucrania": people fighting are troops', () => {
    expect(triples(run('Cientos de colombianos combaten en Ucrania en la Legión Internacional.', 'es', defs))).toEqual(['CO>UA:troops']);
    expect(triples(run('Hundreds of Colombians are fighting in Ukraine.', 'en', defs))).toEqual(['CO>UA:troops']);
  });
});

describe('session 41: what a planned sending is for is planned too', () => {
  const defs = [C('MY', ['Malásia']), C('TL', ['Timor-Leste'], ['timorense']), C('PT', ['Portugal'], ['português']), C('MZ', ['Moçambique'], ['moçambicanas'])];
  it('"A Malásia deverá enviar instrutores para formar 120 técnicos timorenses" is a planned training', () => {
    const st = (text: string) => run(text, 'pt', defs).map((f) => `${f.f}>${f.t}:${f.category}:${f.status}`);
    expect(st('A Malásia deverá enviar em abril instrutores para formar 120 técnicos da petrolífera estatal timorense.')).toEqual(['MY>TL:training:planned']);
    expect(st('O Governo português vai enviar em outubro 25 instrutores para formar forças especiais moçambicanas.')).toEqual(['PT>MZ:training:planned']);
    expect(st('O Governo português enviou em outubro 25 instrutores para formar forças especiais moçambicanas.')).toEqual(['PT>MZ:training:stated']);
  });
});

describe('session 41: what someone wrote is reported, as what they said is', () => {
  const defs = [C('RW', ['Rwanda']), C('CN', ['China']), C('ES', ['España']), C('MA', ['Marruecos'])];
  it('"Rwanda exported the mineral to China, the experts wrote", "escribieron los expertos"', () => {
    expect(run('Rwanda exported the mineral to refiners in China, the experts wrote.', 'en', defs).map((f) => f.status)).toEqual(['reported']);
    expect(run('España vendió armas a Marruecos, escribieron los expertos.', 'es', defs).map((f) => f.status)).toEqual(['reported']);
  });
});

describe('session 41: rejecting a report of a transfer denies it', () => {
  const defs = [C('FI', ['Finland']), C('LV', ['Latvia'], ['Latvian']), CITY('Riga', 'LV', true)];
  it('"rejected a report in a Latvian newspaper that it had sold 20 howitzers to Riga" is denied', () => {
    expect(run("Finland's defense ministry rejected a report in a Latvian newspaper that it had quietly sold 20 retired howitzers to Riga.", 'en', defs).map((f) => `${f.f}>${f.t}:${f.status}`)).toEqual(['FI>LV:denied']);
  });
});

describe('session 41: a transfer noun a contract or a deal is for is planned', () => {
  const defs = [C('TR', ['Turquie']), C('DJ', ['Djibouti'], ['djiboutiens'])];
  it('"ont signé un accord prévoyant la formation en Turquie de 300 militaires djiboutiens" is a planned training', () => {
    expect(run("Les deux pays ont également signé un accord prévoyant la formation en Turquie de 300 militaires djiboutiens.", 'fr', defs).map((f) => `${f.f}>${f.t}:${f.category}:${f.status}`)).toEqual(['TR>DJ:training:planned']);
    expect(run('La Turquie a formé 300 militaires djiboutiens.', 'fr', defs).map((f) => f.status)).toEqual(['stated']);
  });
});

describe('session 41: a passive right after a relative pronoun carries what the pronoun stands for', () => {
  const defs = [C('ES', ['España']), CITY('Santander', 'ES'), CITY('Riga', 'LV'), C('LV', ['Letonia'])];
  it('"Los soldados contarán con 15 carros de combate Leopard 2E, que fueron trasladados desde Santander hasta Riga": tanks, not soldiers', () => {
    expect(triples(run('Los soldados contarán con 15 carros de combate Leopard 2E, que fueron trasladados por mar desde el puerto de Santander hasta Riga.', 'es', defs))).toEqual(['Santander@ES>Riga@LV:vehicles']);
  });
});

describe('session 41: "the country, in turn," is the seller of the flows before, buying in its turn', () => {
  const defs = [C('GT', ['Guatemala'], ['guatemalteca']), C('SV', ['El Salvador']), C('CR', ['Costa Rica']), C('MX', ['México'])];
  it('"Costa Rica también compró energía guatemalteca. El país, a su vez, importa electricidad de México" is Guatemala', () => {
    const text = 'Guatemala vendió electricidad a El Salvador. Costa Rica también compró energía guatemalteca por primera vez. El país, a su vez, importa electricidad de México.';
    expect(triples(run(text, 'es', defs))).toEqual(['GT>CR:other', 'GT>SV:other', 'MX>GT:other']);
  });
});

describe('session 41: a year after "in" or "since" counts nothing', () => {
  const defs = [C('GT', ['Guatemala']), C('SV', ['El Salvador']), C('BR', ['Brazil']), C('CN', ['China'])];
  it('"vendió en 2024 electricidad", "sold in 2024 beef", have no quantity; "sold 2024 tonnes" has', () => {
    expect(run('Guatemala vendió en 2024 electricidad a El Salvador.', 'es', defs).map((f) => f.quantity ?? null)).toEqual([null]);
    expect(run('Brazil sold in 2024 beef to China.', 'en', defs).map((f) => f.quantity ?? null)).toEqual([null]);
    expect(run('Guatemala vendió en 2024 unos 300 GWh a El Salvador.', 'es', defs).map((f) => f.quantity)).toEqual([300]);
    expect(run('Brazil has sold 2024 tonnes of beef to China.', 'en', defs).map((f) => f.quantity)).toEqual([2024]);
  });
});

describe('session 41: people came to work on farms of a place; money sent to their families goes home', () => {
  const defs = [C('GT', ['Guatemala'], ['guatémaltèques', 'guatemaltecos']), C('CA', ['Canada', 'Canadá']), { key: 'Québec@CA', kind: 'region', country: 'CA', names: ['Québec'] } as HandPlace];
  it('"travailleurs guatémaltèques sont venus travailler dans les fermes du Québec" go to Quebec', () => {
    expect(triples(run('Quelque 14 000 travailleurs agricoles guatémaltèques sont venus travailler dans les fermes du Québec.', 'fr', defs))).toEqual(['GT>Québec@CA:people']);
  });
  it('"ont envoyé 110 millions de dollars à leurs familles" go home, from where they work', () => {
    expect(triples(run('Les saisonniers guatémaltèques ont envoyé quelque 110 millions de dollars à leurs familles depuis le Canada.', 'fr', defs))).toEqual(['CA>GT:money']);
    expect(triples(run('Los temporeros guatemaltecos enviaron 110 millones de dólares a sus familias desde Canadá.', 'es', defs))).toEqual(['CA>GT:money']);
    expect(triples(run('Quelque 14 000 travailleurs guatémaltèques sont venus travailler au Québec. Les saisonniers guatémaltèques ont envoyé quelque 110 millions de dollars à leurs familles depuis la province.', 'fr', defs))).toEqual(['GT>Québec@CA:people', 'Québec@CA>GT:money']);
  });
});

describe('session 41: merchant sailors are people, not troops', () => {
  const defs = [C('PH', ['Filipinas', 'Philippines']), C('ES', ['España', 'Spain'])];
  it('"Filipinas envió 200 marinos mercantes a España", "200 merchant seamen"', () => {
    expect(triples(run('Filipinas envió 200 marinos mercantes a España.', 'es', defs))).toEqual(['PH>ES:people']);
    expect(triples(run('The Philippines sent 200 merchant seamen to Spain.', 'en', defs))).toEqual(['PH>ES:people']);
  });
});

describe('session 41: a country\'s name before the people\'s noun is their nationality, not the sender', () => {
  const defs = [C('MM', ['Myanmar']), C('TH', ['Thailand'])];
  it('"...: Myanmar workers in Thailand remitted $1.8 billion" goes from Thailand to Myanmar', () => {
    const text = 'Thousands of young men have fled Myanmar to Thailand. The money they send home matters to both sides: Myanmar workers in Thailand remitted an estimated $1.8 billion last year, the World Bank says.';
    expect(triples(run(text, 'en', defs))).toEqual(['MM>TH:people', 'TH>MM:money']);
  });
});

describe('session 41: people leaving, named after the verb or in a clause after a colon', () => {
  const defs = [C('TL', ['Timor-Leste'], ['timorenses']), C('AU', ['Austrália', 'Australia']), C('FR', ['France'], ['français']), C('ML', ['Mali'])];
  it('"Partiram 3.800 trabalhadores timorenses para a Austrália": a Romance subject after the verb, by its nationality', () => {
    expect(triples(run('Partiram 3.800 trabalhadores timorenses para a Austrália.', 'pt', defs))).toEqual(['TL>AU:people']);
    expect(triples(run('Sont partis 300 soldats français vers le Mali.', 'fr', defs))).toEqual(['FR>ML:troops']);
  });
  it('"Timor-Leste exporta mão de obra: partiram 3.800 trabalhadores para a Austrália" leave Timor-Leste', () => {
    expect(triples(run('Timor-Leste exporta cada vez mais mão de obra: no ano passado partiram 3.800 trabalhadores sazonais para a Austrália.', 'pt', defs))).toEqual(['TL>AU:people']);
  });
});

describe('session 41: a gapped destination with its own number inside the verb\'s window', () => {
  const defs = [C('TL', ['Timor-Leste']), C('AU', ['Australia', 'Austrália']), C('KR', ['South Korea', 'Coreia do Sul'])];
  it('"sent 3,800 workers to Australia and about 900 to South Korea" makes two flows, each with its number', () => {
    const q = (text: string, lang: Lang) => run(text, lang, defs).map((f) => `${f.f}>${f.t}:${f.quantity}`);
    expect(q('Timor-Leste sent 3,800 workers to Australia and about 900 to South Korea.', 'en')).toEqual(['TL>AU:3800', 'TL>KR:900']);
    expect(q('Timor-Leste enviou 3.800 trabalhadores para a Austrália e cerca de 900 para a Coreia do Sul.', 'pt')).toEqual(['TL>AU:3800', 'TL>KR:900']);
  });
});

describe('session 41: a French deportation to a country named with "en" before the people', () => {
  const defs = [C('TR', ['Turquie', 'Ankara']), C('AF', ['Afghanistan'], ['afghans']), CITY('Istanbul', 'TR'), CITY('Van', 'TR')];
  it('"a renvoyé en Afghanistan 27 000 migrants afghans [...] au départ d\'Istanbul et de Van"', () => {
    expect(triples(run('La Turquie a renvoyé en Afghanistan 27 000 migrants afghans.', 'fr', defs))).toEqual(['TR>AF:people']);
    expect(triples(run("La Turquie a renvoyé en Afghanistan 27 000 migrants afghans, par des vols affrétés au départ d'Istanbul et de Van.", 'fr', defs))).toEqual(['Istanbul@TR>AF:people', 'Van@TR>AF:people']);
  });
});

describe('session 41: a clause after a colon tells the one before it in detail', () => {
  const defs = [C('IR', ['Iran']), C('AF', ['Afghanistan'], ['Afghan'])];
  it('"Iran has also stepped up removals: about 5,000 Afghan nationals were sent back to Afghanistan" are sent by Iran', () => {
    expect(triples(run('Iran has also stepped up removals: about 5,000 Afghan nationals were sent back to Afghanistan in a single day.', 'en', defs))).toEqual(['IR>AF:people']);
  });
});

describe('session 41: French "réexpédier" sends on', () => {
  const defs = [C('LT', ['Lituanie']), C('LV', ['Lettonie']), C('EE', ['Estonie'])];
  it('"La Lituanie réexpédie une partie de ce gaz par gazoduc vers la Lettonie et l\'Estonie"', () => {
    expect(triples(run("La Lituanie réexpédie ensuite une partie de ce gaz par gazoduc vers la Lettonie et l'Estonie.", 'fr', defs))).toEqual(['LT>EE:oil', 'LT>LV:oil']);
  });
});

describe('session 41: where people come from, past a phrase of time after the verb', () => {
  const defs = [C('ES', ['España'], ['españoles']), { key: 'Ämari@EE', kind: 'other', country: 'EE', names: ['Ämari'] } as HandPlace, CITY('Albacete', 'ES'), C('GT', ['Guatemala'], ['guatémaltèques']), { key: 'Québec@CA', kind: 'region', country: 'CA', names: ['Québec'] } as HandPlace];
  it('"regresaron en diciembre de la base de Ämari a Albacete" come from Ämari; "venus travailler dans les fermes du Québec" do not', () => {
    expect(triples(run('Los 130 militares españoles regresaron en diciembre de la base de Ämari a Albacete.', 'es', defs))).toEqual(['Ämari@EE>Albacete@ES:troops']);
    expect(triples(run('Quelque 14 000 travailleurs guatémaltèques sont venus travailler dans les fermes du Québec.', 'fr', defs))).toEqual(['GT>Québec@CA:people']);
  });
});

describe('session 41: a verb of going right after a noun of transfer carries its goods', () => {
  const defs = [CITY('Itajaí', 'BR'), CITY('Veracruz', 'MX')];
  it('"Most chicken shipments leave the port of Itajaí bound for Veracruz"', () => {
    expect(triples(run('Most chicken shipments leave the port of Itajaí bound for Veracruz.', 'en', defs))).toEqual(['Itajaí@BR>Veracruz@MX:other']);
  });
});

describe('session 41 review: what the first versions of this session\'s rules got wrong', () => {
  const defs = [C('PT', ['Portugal']), C('MZ', ['Moçambique'], ['moçambicanas']), C('RU', ['Russia']), C('IN', ['India']), CITY('Santander', 'ES'), CITY('Riga', 'LV')];
  it('what a denied sending is for is denied, not planned', () => {
    expect(run('Portugal não vai enviar instrutores para formar forças especiais moçambicanas.', 'pt', defs).map((f) => f.status)).toEqual(['denied']);
  });
  it('"according to" is no deal a transfer is for', () => {
    expect(run('Russia delivered the missiles to India according to the delivery schedule.', 'en', defs).map((f) => f.status)).not.toContain('planned');
  });
  it('the goods a passive after a relative pronoun carries stop at the main clause\'s verb', () => {
    expect(triples(run('The soldiers will use 15 tanks, which were shipped from Santander to Riga.', 'en', defs))).toEqual(['Santander@ES>Riga@LV:vehicles']);
  });
});

describe('session 41: people going home leave where a relative clause of presence on them says they are', () => {
  const defs = [C('PT', ['Portugal'], ['portugueses']), C('CF', ['República Centro-Africana']), CITY('Lisboa', 'PT', true), C('ES', ['España'], ['españoles']), C('LB', ['Líbano']), CITY('Madrid', 'ES', true)];
  it('"Os 250 militares portugueses que estão na República Centro-Africana regressam em março a Lisboa"', () => {
    expect(triples(run('Os 250 militares portugueses que estão na República Centro-Africana regressam em março a Lisboa.', 'pt', defs))).toEqual(['CF>Lisboa@PT:troops', 'PT>CF:troops']);
    expect(triples(run('Los 250 militares españoles que están en Líbano regresarán en marzo a Madrid.', 'es', defs))).toEqual(['ES>LB:troops', 'LB>Madrid@ES:troops']);
  });
});

describe('session 41: a definite shipment noun that is a trigger of its own right before the verb is still the latest goods', () => {
  const defs = [C('BR', ['Brasil'], ['brasileiro']), C('MX', ['México']), CITY('Itajaí', 'BR'), CITY('Veracruz', 'MX')];
  it('"O Brasil exporta frango para o México. Os embarques saem do porto de Itajaí com destino a Veracruz."', () => {
    expect(triples(run('O Brasil exporta frango para o México. Os embarques saem do porto de Itajaí com destino a Veracruz.', 'pt', defs))).toEqual(['BR>MX:other', 'Itajaí@BR>Veracruz@MX:other']);
  });
});

describe('session 41: a transfer noun with no destination, the subject of a verb of coming in the present, goes where it comes', () => {
  const defs = [C('RU', ['Russia'], ['Russian']), C('CU', ['Cuba'])];
  it('"Russian oil shipments arrive in Cuba every month"', () => {
    expect(triples(run('Russian oil shipments arrive in Cuba every month.', 'en', defs))).toEqual(['RU>CU:oil']);
  });
  it('goods due somewhere have yet to arrive: "Russian oil shipments are due in Cuba next week" is planned', () => {
    expect(run('Russian oil shipments are due in Cuba next week.', 'en', defs).map((f) => `${f.f}>${f.t}:${f.status}`)).toEqual(['RU>CU:planned']);
  });
});

describe('session 41: "including" a number from a source is that source\'s own share', () => {
  const defs = [C('UA', ['Ukraine']), C('PL', ['Poland']), C('EG', ['Egypt']), C('RU', ['Russia'])];
  it('"received more than 300 tanks from its Western allies, including 90 from Poland" counts 90', () => {
    expect(run('Ukraine has received more than 300 tanks from its Western allies, including 90 from Poland.', 'en', defs).map((f) => `${f.f}>${f.t}:${f.quantity}`)).toEqual(['PL>UA:90']);
    expect(run('Egypt imported 12 million tonnes of wheat, including 8 million from Russia.', 'en', defs).map((f) => `${f.f}>${f.t}:${f.quantity}`)).toEqual(['RU>EG:8000000']);
  });
});

describe('session 42: one person held or sought is people, as several are', () => {
  const defs = [CITY('Tegucigalpa', 'HN', true), CITY('Nueva York', 'US'), CITY('Lisboa', 'PT', true), CITY('Luanda', 'AO', true), CITY('Genève', 'CH'), CITY('Bruxelles', 'BE', true), CITY('Niamey', 'NE', true), CITY('Paris', 'FR', true)];
  it('"El detenido fue trasladado", "O preso foi transferido", "Le détenu a été transféré", "The hostage was flown"', () => {
    expect(triples(run('El detenido fue trasladado desde Tegucigalpa hasta Nueva York.', 'es', defs))).toEqual(['Tegucigalpa@HN>Nueva York@US:people']);
    expect(triples(run('O preso foi transferido de Lisboa para Luanda.', 'pt', defs))).toEqual(['Lisboa@PT>Luanda@AO:people']);
    expect(triples(run('Le détenu a été transféré de Genève à Bruxelles.', 'fr', defs))).toEqual(['Genève@CH>Bruxelles@BE:people']);
    expect(triples(run('The hostage was flown from Niamey to Paris.', 'en', defs))).toEqual(['Niamey@NE>Paris@FR:people']);
  });
});

describe('session 42: a port goods pass "by" is where they go in or out, not who sent them', () => {
  const defs = [C('BR', ['Brasil', 'Brésil'], ['brasileiro']), C('BE', ['Bélgica', 'Belgique']), CITY('Gante', 'BE'), CITY('Amberes', 'BE'), CITY('Anvers', 'BE'), CITY('Santos', 'BR'), C('DE', ['Alemanha']), CITY('Bahía Blanca', 'AR'), C('US', ['Estados Unidos']), C('AR', ['Argentina']), C('PY', ['Paraguai']), CITY('Arica', 'CL'), C('BO', ['Bolívia'])];
  it('after a verb of receiving, the port is the destination: "A Bélgica recebeu 520 mil toneladas pelo terminal de Gante"', () => {
    expect(triples(run('O Brasil exportou suco de laranja. A Bélgica recebeu 520 mil toneladas pelo terminal de Gante.', 'pt', defs))).toEqual(['BR>Gante@BE:other']);
    expect(triples(run('Brasil exportó jugo de naranja. Bélgica recibió 520.000 toneladas por el puerto de Amberes.', 'es', defs))).toEqual(['BR>Amberes@BE:other']);
    expect(triples(run("Le Brésil a exporté du jus d'orange. La Belgique a reçu 520 000 tonnes par le port d'Anvers.", 'fr', defs))).toEqual(['BR>Anvers@BE:other']);
  });
  it('after a verb of sending or leaving, it is where they left: "exportado pelo porto de Santos", "salió por el puerto de Bahía Blanca"', () => {
    expect(triples(run('O café foi exportado pelo porto de Santos para a Alemanha.', 'pt', defs))).toEqual(['Santos@BR>DE:other']);
    expect(triples(run('El crudo salió por el puerto de Bahía Blanca hacia Estados Unidos.', 'es', defs))).toEqual(['Bahía Blanca@AR>US:oil']);
  });
  it('a port abroad that goods are received by is where they come from: "Le Burkina Faso importe par le port de Tema une partie de son carburant"', () => {
    expect(triples(run('Le Burkina Faso importe déjà par le port de Tema une partie de son carburant.', 'fr', [C('BF', ['Burkina Faso']), CITY('Tema', 'GH')]))).toEqual(['Tema@GH>BF:oil']);
  });
  it('after a verb of coming, it is on the way: "chegava da Argentina e do Paraguai e pelo porto chileno de Arica"', () => {
    expect(triples(run('A Bolívia importa diesel. A maior parte chegava da Argentina e do Paraguai e pelo porto chileno de Arica.', 'pt', defs)).filter((t) => t.includes('Arica'))).toEqual([]);
  });
});

describe('session 42: goods "on their way to" a place, or that "end up in" it, go there', () => {
  const defs = [C('NG', ['Nigeria'], ['Nigerian']), C('IN', ['India']), C('CD', ['Congo']), C('CN', ['China'])];
  it('"A cargo of Nigerian crude is on its way to India", "Most of the cobalt mined in Congo ends up in China"', () => {
    expect(triples(run('A cargo of Nigerian crude is on its way to India.', 'en', defs))).toEqual(['NG>IN:oil']);
    expect(triples(run('Most of the cobalt mined in Congo ends up in China.', 'en', defs))).toEqual(['CD>CN:other']);
  });
  it('only goods end up somewhere: "the talks ended up in deadlock in China" move nothing', () => {
    expect(run('The talks ended up in deadlock in China after Nigeria walked out.', 'en', defs)).toEqual([]);
  });
});

describe('session 42: containers are goods, or hold the goods they are "of" or "with", or carry them', () => {
  const defs = [C('PT', ['Portugal'], ['portugueses']), C('KZ', ['Cazaquistão']), C('IR', ['Irã']), C('RU', ['Rússia']), C('BR', ['Brasil']), C('ES', ['Espanha']), CITY('Salvador', 'BR'), C('PE', ['Perú']), CITY('Manzanillo', 'MX')];
  it('"60 contentores para o Cazaquistão" are goods; "40 contentores de drones" are drones, counted by their containers', () => {
    expect(run('Portugal enviou 60 contentores para o Cazaquistão.', 'pt', defs).map((f) => `${f.f}>${f.t}:${f.category}:${f.quantity}`)).toEqual(['PT>KZ:other:60']);
    expect(run('O Irã enviou 40 contentores de drones para a Rússia.', 'pt', defs).map((f) => `${f.f}>${f.t}:${f.category}:${f.quantity}`)).toEqual(['IR>RU:weapons:40']);
  });
  it('containers "with" goods hold them: "doce contenedores con unos 280 metros cúbicos de cedro" measure 280', () => {
    expect(run('México decomisó en Manzanillo doce contenedores con unos 280 metros cúbicos de cedro procedentes de Perú.', 'es', defs).map((f) => `${f.f}>${f.t}:${f.quantity}`)).toEqual(['PE>Manzanillo@MX:280']);
  });
  it('containers the goods travel "in" are no goods: "Os embarques partem em contêineres refrigerados do porto de Salvador"', () => {
    expect(triples(run('O Brasil exporta soja para a Espanha. Os embarques partem em contêineres refrigerados do porto de Salvador.', 'pt', defs))).toEqual(['BR>ES:other']);
  });
});

describe('session 42: flying out of a place leaves it, for home or for the place of the purpose', () => {
  const defs = [C('RU', ['Russia'], ['Russian']), C('AM', ['Armenia']), C('BI', ['Burundi'], ['Burundian']), CITY('Bujumbura', 'BI', true), C('SO', ['Somalia'])];
  it('"About 100 Russian soldiers flew out of Armenia" go home', () => {
    expect(triples(run('About 100 Russian soldiers flew out of Armenia on Thursday.', 'en', defs))).toEqual(['AM>RU:troops']);
  });
  it('"850 Burundian soldiers flew out of Bujumbura to relieve troops serving in Somalia" go there', () => {
    expect(triples(run('A battalion of 850 Burundian soldiers flew out of Bujumbura on Wednesday to relieve troops serving with the African Union mission in Somalia.', 'en', defs))).toEqual(['Bujumbura@BI>SO:troops']);
  });
});

describe('session 42: seeking goods is the receiving half of the transfers the next sentence states', () => {
  const defs = [C('AM', ['Armenia']), C('IN', ['India']), C('FR', ['France']), C('AZ', ['Azerbaijan'])];
  it('"Armenia has sought weapons elsewhere. India has shipped rocket launchers, and France has delivered armoured vehicles."', () => {
    expect(triples(run('Armenia has sought weapons elsewhere. India has shipped rocket launchers, and France has delivered armoured vehicles.', 'en', defs))).toEqual(['FR>AM:vehicles', 'IN>AM:weapons']);
  });
  it('only goods: "Armenia sought talks with Azerbaijan. India shipped rocket launchers." pairs nothing', () => {
    expect(run('Armenia sought talks with Azerbaijan. India shipped rocket launchers.', 'en', defs)).toEqual([]);
  });
});

describe('session 42: after "e", a place with the article "a" right before its own verb is the next clause\'s subject', () => {
  const defs = [C('IN', ['Índia']), C('FR', ['França']), C('AM', ['Arménia']), C('NA', ['Namíbia']), C('ZM', ['Zâmbia']), C('AO', ['Angola'])];
  it('"A Índia enviou lança-foguetes e a França entregou blindados" sends nothing to France', () => {
    expect(triples(run('A Índia enviou lança-foguetes e a França entregou blindados à Arménia.', 'pt', defs)).filter((t) => t.includes('>FR'))).toEqual([]);
  });
  it('coordinated places keep their reading: "a Namíbia e a Zâmbia absorveram"', () => {
    expect(triples(run('Angola exportou cimento. A Namíbia e a Zâmbia absorveram 300 mil toneladas.', 'pt', defs))).toEqual(['AO>NA:other', 'AO>ZM:other']);
  });
});

describe('session 42: a gapped clause with a sender, a number and a destination of its own', () => {
  const defs = [C('FR', ['France', 'França', 'Francia']), C('TD', ['Chad', 'Chade', 'Tchad']), C('DE', ['Germany', 'Alemanha', 'Allemagne', 'Alemania']), C('NE', ['Niger', 'Níger'])];
  it('"France sent 300 soldiers to Chad and Germany 200 to Niger": Germany sends 200 to Niger, and receives nothing', () => {
    const want = ['DE>NE:troops:200', 'FR>TD:troops:300'];
    const q = (fs: Array<Flow & { f: string; t: string }>): string[] => fs.map((f) => `${f.f}>${f.t}:${f.category}:${f.quantity}`).sort();
    expect(q(run('France sent 300 soldiers to Chad and Germany 200 to Niger.', 'en', defs))).toEqual(want);
    expect(q(run('A França enviou 300 soldados ao Chade e a Alemanha 200 ao Níger.', 'pt', defs))).toEqual(want);
    expect(q(run("La France a envoyé 300 soldats au Tchad et l'Allemagne 200 au Niger.", 'fr', defs))).toEqual(want);
    expect(q(run('Francia envió 300 soldados a Chad y Alemania 200 a Níger.', 'es', defs))).toEqual(want);
  });
});

describe('session 42: an aside on the subject that says where it comes from gives the start of its coming', () => {
  const defs = [C('BG', ['Bulgaria', 'Bulgária', 'Bulgarie']), CITY('Cartagena', 'ES'), CITY('Santos', 'BR'), CITY('Marseille', 'FR')];
  it('"El cargamento de armas, procedente de Bulgaria, llegó a Cartagena", "vindo da Bulgária", "en provenance de Bulgarie"', () => {
    expect(triples(run('El cargamento de armas, procedente de Bulgaria, llegó a Cartagena.', 'es', defs))).toEqual(['BG>Cartagena@ES:weapons']);
    expect(triples(run('O carregamento de armas, vindo da Bulgária, chegou a Santos.', 'pt', defs))).toEqual(['BG>Santos@BR:weapons']);
    expect(triples(run("La cargaison d'armes, en provenance de Bulgarie, est arrivée à Marseille.", 'fr', defs))).toEqual(['BG>Marseille@FR:weapons']);
  });
});

describe('session 42: a restatement after "soit", "ou seja", "es decir" states no transfer of its own', () => {
  const defs = [C('RU', ['Russie', 'Rússia', 'Rusia']), C('CN', ['Chine', 'China'])];
  it('"La Russie a importé 1,06 million de voitures de Chine, soit plus de la moitié des ventes dans le pays" sends nothing to China', () => {
    expect(triples(run('La Russie a importé 1,06 million de voitures neuves de Chine, soit plus de la moitié des ventes dans le pays.', 'fr', defs))).toEqual(['CN>RU:vehicles']);
    expect(triples(run('A Rússia importou 1 milhão de carros da China, ou seja, metade das vendas no país.', 'pt', defs))).toEqual(['CN>RU:vehicles']);
    expect(triples(run('Rusia importó un millón de coches de China, es decir, la mitad de las ventas en el país.', 'es', defs))).toEqual(['CN>RU:vehicles']);
  });
});

describe('session 42: people who train themselves somewhere are trained by that place', () => {
  const defs = [C('TZ', ['Tanzania', 'Tanzânia', 'Tanzanie'], ['tanzanos', 'tanzanianos', 'tanzaniens']), C('KR', ['Corea', 'Coreia do Sul', 'Corée du Sud'])];
  it('"Sesenta maquinistas tanzanos se formaron durante cuatro meses en Corea", "formaram-se", "se sont formés"', () => {
    expect(triples(run('Sesenta maquinistas tanzanos se formaron durante cuatro meses en Corea.', 'es', defs))).toEqual(['KR>TZ:training']);
    expect(triples(run('Sessenta engenheiros tanzanianos formaram-se na Coreia do Sul.', 'pt', defs))).toEqual(['KR>TZ:training']);
    expect(triples(run('Soixante ingénieurs tanzaniens se sont formés en Corée du Sud.', 'fr', defs))).toEqual(['KR>TZ:training']);
  });
});

describe('session 42: people of a nationality who undergo a training somewhere, however far the verb from the training', () => {
  const defs = [C('IT', ['Italie']), C('LY', ['Libye'], ['libyens']), CITY('Tarente', 'IT')];
  it('"Trente-huit marins libyens doivent en outre suivre à partir de septembre une formation de deux mois à Tarente"', () => {
    expect(triples(run("L'Italie a livré des patrouilleurs à la Libye. Trente-huit marins libyens doivent en outre suivre à partir de septembre une formation de deux mois à Tarente, dans le sud de la péninsule.", 'fr', defs))).toEqual(['IT>LY:vehicles', 'Tarente@IT>LY:training']);
  });
});

describe('session 42: the places that take a share of remittances are where they come from', () => {
  const D = [C('NP', ['Nepal'], ['nepalíes']), C('MY', ['Malasia']), C('QA', ['Catar'])];
  it('after nationals "que trabajan en el extranjero" send to their country', () => {
    expect(triples(run('Los nepalíes que trabajan en el extranjero enviaron a su país 1,7 billones de rupias. Malasia y Catar concentran la mayor parte de esos envíos.', 'es', D))).toEqual(['MY>NP:money', 'QA>NP:money']);
  });
  it('after a sentence on the remittances a country depends on', () => {
    expect(triples(run('Nepal depende de las remesas de sus trabajadores en el extranjero. Malasia y Catar concentran la mayor parte de esos envíos.', 'es', D))).toEqual(['MY>NP:money', 'QA>NP:money']);
  });
});

describe('session 42: goods "acquired" from a seller, as "bought" or "ordered" ones', () => {
  const defs = [C('US', ['Estados Unidos', 'États-Unis']), C('PL', ['Polonia', 'Pologne']), C('IT', ['Itália']), C('BR', ['Brasil'])];
  it('"Los primeros tanques adquiridos a Estados Unidos llegaron a Polonia", "adquiridos à Itália", "acquis aux États-Unis"', () => {
    expect(triples(run('Los primeros tanques adquiridos a Estados Unidos llegaron a Polonia.', 'es', defs))).toEqual(['US>PL:vehicles']);
    expect(triples(run('Os primeiros blindados adquiridos à Itália chegaram ao Brasil.', 'pt', defs))).toEqual(['IT>BR:vehicles']);
    expect(triples(run('Les premiers chars acquis aux États-Unis sont arrivés en Pologne.', 'fr', defs))).toEqual(['US>PL:vehicles']);
  });
});

describe('session 42: a transfer noun that is the subject of an English past of coming, or of a verb of going, goes there', () => {
  const defs = [C('RU', ['Russia'], ['Russian']), C('CU', ['Cuba']), C('IN', ['India']), C('MN', ['Mongolia']), C('CN', ['China'])];
  it('"Russian oil shipments arrived in Cuba", "Mongolia\'s coal exports go to China"', () => {
    expect(triples(run('Russian oil shipments arrived in Cuba.', 'en', defs))).toEqual(['RU>CU:oil']);
    expect(triples(run("Mongolia's coal exports go to China.", 'en', defs))).toEqual(['MN>CN:other']);
  });
});

describe('session 42: a possessive on goods owns them after "most of", "half of"', () => {
  const defs = [C('MN', ['Mongolia']), C('CN', ['China']), C('BR', ['Brazil'])];
  it('"Most of Mongolia\'s coal goes to China", "Half of Brazil\'s soy is shipped to China"', () => {
    expect(triples(run("Most of Mongolia's coal goes to China.", 'en', defs))).toEqual(['MN>CN:other']);
    expect(triples(run("Half of Brazil's soy is shipped to China.", 'en', defs))).toEqual(['BR>CN:other']);
  });
});

describe('session 42: French "à" before a town is where people are trained, in the passive too', () => {
  const defs = [C('ID', ['Indonésie'], ['indonésiens']), CITY('Brest', 'FR'), C('FR', ['France'])];
  it('"Quarante-cinq sous-mariniers indonésiens seront formés à Brest"', () => {
    expect(triples(run('Quarante-cinq sous-mariniers indonésiens seront formés à Brest à partir de 2026.', 'fr', defs))).toEqual(['Brest@FR>ID:training']);
  });
});

describe('session 42: a sending with no destination shares the destination of the coordinated sending after it', () => {
  const defs = [C('JP', ['Japan', 'Japón', 'Japão', 'Japon']), C('KR', ['South Korea', 'Corea del Sur', 'Coreia do Sul', 'Corée du Sud']), C('NP', ['Nepal', 'Népal'])];
  it('"Japan donated $10 million and South Korea sent 50 tonnes of rice to Nepal", in the four languages', () => {
    const want = ['JP>NP:money', 'KR>NP:other'];
    expect(triples(run('Japón donó 10 millones de dólares y Corea del Sur envió 50 toneladas de arroz a Nepal.', 'es', defs))).toEqual(want);
    expect(triples(run('O Japão doou 10 milhões de dólares e a Coreia do Sul enviou 50 toneladas de arroz ao Nepal.', 'pt', defs))).toEqual(want);
    expect(triples(run('Le Japon a donné 10 millions de dollars et la Corée du Sud a envoyé 50 tonnes de riz au Népal.', 'fr', defs))).toEqual(want);
    expect(triples(run('Japan donated $10 million and South Korea sent 50 tonnes of rice to Nepal.', 'en', defs))).toEqual(['JP>NP:money', 'KR>NP:aid']);
  });
  it('not past a destination of its own that names no place: "donated $10 million to the World Food Programme"', () => {
    expect(triples(run('Japan donated $10 million to the World Food Programme and South Korea sent 50 tonnes of rice to Nepal.', 'en', defs))).toEqual(['KR>NP:aid']);
  });
});

describe('session 42: a transfer that "no longer" happens is suspended, not denied', () => {
  const defs = [C('CZ', ['Czech Republic', 'República Checa', 'République tchèque']), C('RU', ['Russia', 'Russie', 'Rússia'], ['Russian', 'russo', 'ruso', 'russe']), C('PL', ['Pologne', 'Polónia'])];
  it('"no longer receives", "ya no recibe", "já não recebe", "ne reçoit plus", "não envia mais"', () => {
    const st = (t: string, l: Lang): string[] => run(t, l, defs).map((f) => f.status);
    expect(st('The Czech Republic no longer receives Russian oil.', 'en')).toEqual(['suspended']);
    expect(st('La República Checa ya no recibe petróleo ruso.', 'es')).toEqual(['suspended']);
    expect(st('A República Checa já não recebe petróleo russo.', 'pt')).toEqual(['suspended']);
    expect(st('La République tchèque ne reçoit plus de pétrole russe.', 'fr')).toEqual(['suspended']);
    expect(st('La Russie ne livre plus de gaz à la Pologne.', 'fr')).toEqual(['suspended']);
    expect(st('A Rússia não envia mais gás à Polónia.', 'pt')).toEqual(['suspended']);
  });
  it('a plain negative still denies: "La Russie ne livre pas de gaz à la Pologne"', () => {
    expect(run('La Russie ne livre pas de gaz à la Pologne.', 'fr', defs).map((f) => f.status)).toEqual(['denied']);
  });
});

describe('session 42: a supplier of nothing named supplies the goods the latest flows brought to that country', () => {
  const defs = [C('TW', ['Taïwan']), CITY('Kaohsiung', 'TW'), CITY('Osaka', 'JP'), C('US', ['États-Unis']), C('JP', ['Japon']), C('TH', ['Thaïlande']), C('FR', ['France']), C('TD', ['Chad'])];
  it('"Taïwan a expédié 1 200 tonnes de riz vers Osaka. [...] Les États-Unis demeurent le premier fournisseur étranger du Japon, devant la Thaïlande"', () => {
    expect(triples(run('Taïwan a expédié 1 200 tonnes de riz depuis Kaohsiung vers Osaka depuis mars. Ces volumes restent modestes. Les États-Unis demeurent le premier fournisseur étranger du Japon, avec quelque 340 000 tonnes par an, devant la Thaïlande.', 'fr', defs))).toEqual(['Kaohsiung@TW>Osaka@JP:other', 'TH>JP:other', 'US>JP:other']);
  });
  it('with no such flow, nothing: "France is Chad\'s main supplier"', () => {
    expect(run("France is Chad's main supplier.", 'en', defs)).toEqual([]);
  });
});

describe('session 42: a country that resettles people receives them, from where they were', () => {
  const defs = [C('CA', ['Canada', 'Canadá']), C('PK', ['Pakistan', 'Pakistán', 'Paquistão']), C('AF', ['Afghanistan'], ['Afghan', 'afghans', 'afganos', 'afegãos'])];
  it('"Canada resettled 1,200 Afghan refugees from Pakistan", "reasentó", "reinstalou", "a réinstallé"', () => {
    expect(triples(run('Canada resettled 1,200 Afghan refugees from Pakistan.', 'en', defs))).toEqual(['PK>CA:people']);
    expect(triples(run('Canadá reasentó a 1.200 refugiados afganos procedentes de Pakistán.', 'es', defs))).toEqual(['PK>CA:people']);
    expect(triples(run('O Canadá reinstalou 1.200 refugiados afegãos vindos do Paquistão.', 'pt', defs))).toEqual(['PK>CA:people']);
    expect(triples(run('Le Canada a réinstallé 1 200 réfugiés afghans venus du Pakistan.', 'fr', defs))).toEqual(['PK>CA:people']);
  });
  it('a resettled person names no resettling: "um apoio de 10 mil euros por cada pessoa reinstalada"', () => {
    expect(run('O Canadá atribui ao Paquistão um apoio de 10 mil euros por cada pessoa reinstalada.', 'pt', defs).filter((f) => f.category === 'people')).toEqual([]);
  });
});

describe('session 43: a country named by its region\'s adjective is one of that region', () => {
  const defs = [C('ES', ['España', 'Spain'], ['español', 'Spanish']), C('UZ', ['Uzbekistán', 'Uzbekistan']), C('KZ', ['Kazakhstan']), C('RU', ['Russia']), C('ML', ['Mali']), C('FR', ['France']), C('CL', ['Chile']), C('SE', ['Suecia']), C('NO', ['Noruega'])];
  it('"la transferencia de tecnología a la compañía estatal del país centroasiático" is Uzbekistan\'s, not the lede\'s Spain', () => {
    expect(triples(run('El fabricante español Talgo entregará a Uzbekistán seis trenes. El contrato incluye la transferencia de tecnología a la compañía estatal del país centroasiático.', 'es', defs))).toEqual(['ES>UZ:technology', 'ES>UZ:vehicles']);
  });
  it('"al país nórdico": the latest Nordic country named; "to the Central Asian country" past other countries named since', () => {
    expect(triples(run('Chile compró 17 cazas a Suecia y Noruega. España también vendió dos fragatas al país nórdico.', 'es', defs))).toContain('ES>NO:vehicles');
    expect(triples(run('Russia sold 20 helicopters to Kazakhstan. France also delivered armoured vehicles to the Central Asian country.', 'en', defs))).toEqual(['FR>KZ:vehicles', 'RU>KZ:vehicles']);
  });
  it('with no country of the region named, the discourse\'s choice stands', () => {
    expect(triples(run('Russia sent 20 helicopters to Mali. France also delivered armoured vehicles to the African country.', 'en', defs))).toEqual(['FR>ML:vehicles', 'RU>ML:vehicles']);
  });
});

describe('session 43: police who go abroad "for training" are trained there', () => {
  const defs = [C('PA', ['Panama'], ['Panamanian']), C('CO', ['Colombia']), C('ES', ['Spain']), C('MR', ['Mauritania'])];
  it('"40 Panamanian police officers will go to Colombia for jungle training": Colombia trains Panama, no training the other way', () => {
    expect(withStatus(run('Forty Panamanian police officers a year will now go to Colombia for jungle training.', 'en', defs))).toEqual(['CO>PA:training:planned']);
    expect(withStatus(run('Spain will send 20 police officers to Mauritania for training.', 'en', defs))).toEqual(['MR>ES:training:planned']);
  });
});

describe('session 43: who trains "with" instructors of a nationality is trained by them', () => {
  const defs = [C('GH', [], ['Ghanaian']), C('FR', [], ['French']), C('CO', [], ['colombianos']), C('US', [], ['estadounidenses']), C('ML', [], ['maliens']), C('RU', [], ['russes'])];
  it('"Ghanaian troops trained with French instructors", "se entrenaron con asesores estadounidenses", "se sont entraînés avec des instructeurs russes"', () => {
    expect(triples(run('Ghanaian troops trained for six weeks with French instructors.', 'en', defs))).toEqual(['FR>GH:training']);
    expect(triples(run('Los soldados colombianos se entrenaron con asesores estadounidenses.', 'es', defs))).toEqual(['US>CO:training']);
    expect(triples(run('Les soldats maliens se sont entraînés avec des instructeurs russes.', 'fr', defs))).toEqual(['RU>ML:training']);
  });
  it('the instructors who train others still train them: "French instructors trained Ghanaian troops"', () => {
    expect(triples(run('French instructors trained Ghanaian troops.', 'en', defs))).toEqual(['FR>GH:training']);
  });
});

describe('session 43: people who arrive on boats that left a place come from there, whatever their nationality', () => {
  const defs = [C('SN', [], ['Sénégalais']), REGION('Canaries', 'ES'), C('MR', ['Mauritanie']), C('AL', [], ['Albanais']), C('FR', ['France']), C('GB', ['Angleterre'])];
  it('"L\'arrivée de 300 Sénégalais aux Canaries à bord de pirogues parties de Mauritanie": "parties" after a plural noun is a participle of leaving', () => {
    expect(triples(run("L'arrivée de 300 Sénégalais aux Canaries à bord de pirogues parties de Mauritanie inquiète Madrid.", 'fr', defs))).toEqual(['MR>Canaries@ES:people']);
    expect(triples(run("Les arrivées d'Albanais en Angleterre à bord d'embarcations parties des plages du nord de la France ont chuté.", 'fr', defs))).toEqual(['FR>GB:people']);
  });
  it('"une partie des", "font partie de" stay the noun', () => {
    expect(triples(run("L'arrivée de 300 Sénégalais aux Canaries, dont une partie de Mauritanie, inquiète Madrid.", 'fr', defs))).toEqual(['SN>Canaries@ES:people']);
  });
});

describe('session 43: goods with a nationality between the number and the noun are still the object', () => {
  const defs = [C('CO', ['Colombia']), C('SE', [], ['Swedish']), C('GH', [], ['Ghanaian']), C('TG', ['Togo'])];
  it('"signed a contract for 17 Swedish Gripen fighter jets": bought from Sweden, planned', () => {
    expect(withStatus(run('Colombia signed a contract for 17 Swedish Gripen fighter jets.', 'en', defs))).toEqual(['SE>CO:vehicles:planned']);
  });
  it('"Traders carried about 90,000 tonnes of Ghanaian cashew nuts over the frontier into Togo"', () => {
    expect(triples(run('Traders carried about 90,000 tonnes of Ghanaian cashew nuts over the frontier into Togo this year.', 'en', defs))).toEqual(['GH>TG:other']);
  });
});

describe('session 43: a Spanish verb with its pronoun joined is still the verb; an accused acts in a purpose clause too', () => {
  const defs = [C('RS', ['Serbia']), C('RU', ['Rusia']), C('VU', ['Vanuatu'], ['vanuatuense']), C('WS', ['Samoa']), C('FJ', ['Fiyi'], ['fiyiana'])];
  it('"Serbia recibió helicópteros, mientras que Rusia dejó de entregarle armamento"', () => {
    expect(withStatus(run('Serbia recibió 11 helicópteros de Alemania en 2023, mientras que Rusia, su antiguo proveedor, dejó de entregarle armamento por las sanciones.', 'es', [...defs, C('DE', ['Alemania'])]))).toEqual(['DE>RS:vehicles:stated', 'RU>RS:weapons:suspended']);
  });
  it('"Vanuatu y Samoa acusan a Fiyi de importar raíz para reexportarla": the accusers send nothing', () => {
    expect(triples(run('Vanuatu y Samoa acusan a Fiyi de comprar raíz de kava para reexportarla con etiqueta fiyiana.', 'es', defs)).filter((f) => f.startsWith('WS>') || f.startsWith('VU>FJ') === false && f.startsWith('VU>'))).toEqual([]);
  });
});

describe('session 43: the place between a verb of promising and its infinitive receives what the promiser sends', () => {
  const defs = [C('US', ['Estados Unidos', 'United States']), C('TW', ['Taiwán', 'Taiwan'])];
  it('"prometió a Taiwán vender 66 cazas", "promised Taiwan to sell 66 F-16 fighter jets"', () => {
    expect(withStatus(run('Estados Unidos prometió a Taiwán vender 66 cazas F-16.', 'es', defs))).toEqual(['US>TW:vehicles:planned']);
    expect(withStatus(run('The United States promised Taiwan to sell 66 F-16 fighter jets.', 'en', defs))).toEqual(['US>TW:vehicles:planned']);
  });
});

describe('session 43: a subject\'s own goods that "arrived from" a place came to the subject', () => {
  const defs = [C('RS', [], ['serbio', 'Serbian']), C('CN', ['China']), C('HU', ['Hungría'])];
  it('"El Ejército serbio exhibió sus misiles antiaéreos, que llegaron desde China", "showed off its missiles, which arrived from China"', () => {
    expect(triples(run('El Ejército serbio exhibió el domingo en Belgrado sus misiles antiaéreos, que llegaron desde China en 2022.', 'es', defs))).toEqual(['CN>RS:missiles']);
    expect(triples(run('The Serbian army showed off its air-defence missiles, which arrived from China in 2022.', 'en', defs))).toEqual(['CN>RS:missiles']);
  });
  it('not past another country: "El Ejército serbio exhibió en Hungría sus misiles, que llegaron desde China"', () => {
    expect(triples(run('El Ejército serbio exhibió en Hungría sus misiles antiaéreos, que llegaron desde China en 2022.', 'es', defs)).some((f) => f === 'CN>RS:missiles')).toBe(false);
  });
});

describe('session 43: French "se voir offrir"; goods a participle on the subject describes go where its verb of going takes them', () => {
  const defs = [C('NA', ['Namibie']), C('PL', ['Pologne']), CITY('Londres', 'GB', true), C('GB', ['Royaume-Uni']), C('US', ['États-Unis'])];
  it('"Londres s\'est vu offrir 5 000 animaux": London is offered, it offers nothing', () => {
    const out = withStatus(run("La Namibie a proposé d'envoyer 3 000 zèbres en Pologne. Londres s'est vu offrir 5 000 animaux de plus.", 'fr', defs));
    expect(out).toContain('NA>PL:other:planned');
    expect(out.some((f) => f.startsWith('GB>') || f.startsWith('Londres'))).toBe(false);
  });
  it('"Les peaux exportées par la Namibie partent vers les États-Unis": no end filled from the discourse, so the planned sending stays planned', () => {
    expect(withStatus(run("La Namibie a proposé d'envoyer 3 000 zèbres en Pologne. Les peaux exportées par la Namibie partent surtout vers les États-Unis.", 'fr', defs))).toContain('NA>PL:other:planned');
  });
});

describe('session 43: a proposal plans', () => {
  const defs = [C('NA', ['Namibia', 'Namibie']), C('PL', ['Poland', 'Pologne'])];
  it('"proposed sending", "a proposé mardi d\'envoyer"', () => {
    expect(withStatus(run('Namibia proposed sending 3,000 zebras to Poland.', 'en', defs))).toEqual(['NA>PL:other:planned']);
    expect(withStatus(run("La Namibie a proposé mardi d'envoyer 3 000 zèbres en Pologne.", 'fr', defs))).toEqual(['NA>PL:other:planned']);
  });
});

describe('session 43: a place after "rather than" is where nothing goes; French "emprunter" a route borrows nothing', () => {
  const defs = [C('DK', ['Denmark', 'Dinamarca']), C('XK', ['Kosovo']), C('KZ', [], ['kazakhes']), CITY('Novorossiïsk', 'RU'), C('DE', ["l'Allemagne"])];
  it('"expelled from Kosovo to their home countries rather than return to Denmark", "en lugar de volver a Dinamarca"', () => {
    expect(triples(run('The inmates will be expelled straight from Kosovo to their home countries rather than return to Denmark.', 'en', defs))).toEqual([]);
    expect(triples(run('Los presos serán expulsados desde Kosovo a sus países en lugar de volver a Dinamarca.', 'es', defs))).toEqual([]);
  });
  it('"L\'essentiel des exportations kazakhes emprunte toutefois l\'oléoduc du CPC jusqu\'au terminal de Novorossiïsk"', () => {
    const out = triples(run("L'essentiel des exportations kazakhes de brut emprunte toutefois toujours l'oléoduc du CPC jusqu'au terminal de Novorossiïsk.", 'fr', defs));
    expect(out).toContain('KZ>Novorossiïsk@RU:oil');
    expect(out.some((f) => f.endsWith(':money'))).toBe(false);
  });
});

describe('session 43: "informó la institución" is the institution just named speaking; scanners are technology', () => {
  const defs = [CITY('Turbo', 'CO'), CITY('Miami', 'US'), C('CO', ['Colombia']), C('US', ['Estados Unidos']), CITY('Cartagena', 'CO')];
  it('"La Policía de Colombia decomisó [...] fusiles enviados desde Miami, informó la institución": stated', () => {
    expect(withStatus(run('La Policía de Colombia decomisó en Turbo 30 fusiles que habían sido enviados desde Miami, informó la institución.', 'es', defs))).toEqual(['Miami@US>Turbo@CO:weapons:stated']);
  });
  it('"Estados Unidos donará dos escáneres para el puerto de Cartagena"', () => {
    expect(triples(run('Estados Unidos donará dos escáneres para el puerto de Cartagena.', 'es', defs))).toEqual(['US>Cartagena@CO:technology']);
  });
});

describe('session 43: dependence on goods "bought from" a seller; a possessive anaphor and an aside before the word of dependence', () => {
  const defs = [CITY('Lusaka', 'ZM', true), C('ZM', ['Zambia']), C('MW', ['Malawi']), C('TZ', ['Tanzania'])];
  it('"Malawi relies on 30,000 tonnes a year of sulphuric acid bought from Tanzania"', () => {
    expect(triples(run('Malawi relies on 30,000 tonnes a year of sulphuric acid bought from Tanzania.', 'en', defs))).toEqual(['TZ>MW:other']);
  });
  it('"LUSAKA (Reuters) - [...] The country\'s only copper smelter, near Kitwe, relies on chemicals bought from Tanzania"', () => {
    expect(triples(run("LUSAKA (Reuters) - Zambia raised its copper output by 12% last year. The country's only large smelter, near Kitwe, relies on chemicals bought from Tanzania.", 'en', defs))).toEqual(['TZ>ZM:other']);
  });
});

describe('session 43: a lot or shipment with no goods named that arrives somewhere is more of the latest flow to that country', () => {
  const defs = [C('AR', ['Argentina']), C('UZ', ['Uzbequistão', 'Uzbekistan']), CITY('Samarkand', 'UZ'), CITY('Samarcanda', 'UZ'), C('CN', [], ['Chinese'])];
  it('"A Argentina vendeu trigo ao Uzbequistão. O primeiro lote, de 2.000 toneladas, chegou a Samarcanda", "The first shipment arrived in Samarkand"', () => {
    expect(triples(run('A Argentina vendeu trigo ao Uzbequistão. O primeiro lote, de 2.000 toneladas, chegou a Samarcanda em março.', 'pt', defs))).toContain('AR>Samarcanda@UZ:other');
    expect(triples(run('Argentina sold wheat to Uzbekistan. The first shipment arrived in Samarkand in March.', 'en', defs))).toContain('AR>Samarkand@UZ:other');
  });
  it('not a lot of other goods, nor with no earlier flow to that country', () => {
    expect(triples(run('Argentina sold wheat to Uzbekistan. The first shipment of Chinese rice arrived in Samarkand in March.', 'en', defs)).some((f) => f.startsWith('AR>Samarkand'))).toBe(false);
    expect(triples(run('The first shipment arrived in Samarkand in March.', 'en', defs))).toEqual([]);
  });
});

describe('session 43: a capital that goods reach from a town is the place itself', () => {
  const defs = [C('CA', ['Canada']), CITY('Halifax', 'CA'), C('LV', ['Latvia'], ['Latvian']), CITY('Riga', 'LV', true), C('CN', ['China']), CITY('Beijing', 'CN', true), CITY('Mombasa', 'KE'), C('KE', ['Kenya'])];
  it('"Canada shipped 14 tanks from Halifax to the Latvian port of Riga", with Latvia named', () => {
    expect(triples(run('Latvia welcomed the delivery. Canada shipped 14 tanks from Halifax to the Latvian port of Riga.', 'en', defs))).toContain('Halifax@CA>Riga@LV:vehicles');
  });
  it('money a capital lends, or goods it sends, stay its country\'s: "Beijing lent $500 million to Mombasa"', () => {
    expect(triples(run('China has become Kenya\'s main creditor. Beijing lent $500 million to Mombasa for the port.', 'en', defs))).toContain('CN>Mombasa@KE:money');
  });
});

describe('session 43: the region a superlative apposition ranks its place subject within is no end', () => {
  const defs = [C('UG', ['Uganda']), C('CD', [], ['congoleños', 'Congolese']), REGION('África', ''), REGION('Africa', ''), C('KE', ['Kenya'])];
  it('"Uganda, el mayor país de acogida de África, recibió a 9.000 congoleños", "Uganda, Africa\'s largest refugee host, received"', () => {
    expect(triples(run('Uganda, el mayor país de acogida de África, recibió solo en enero a 9.000 congoleños.', 'es', defs))).toEqual(['CD>UG:people']);
    expect(triples(run("Uganda, Africa's largest refugee host, received 9,000 Congolese in January.", 'en', defs))).toEqual(['CD>UG:people']);
  });
});

describe('session 43: remittances of emigrants named by no nationality come from where they live', () => {
  const defs = [CITY('Lisboa', 'PT', true), C('PT', ['Portugal'], ['portugueses']), C('CH', ['Suíça'])];
  it('"Lisboa (Lusa) – [...] as remessas dos emigrantes instalados na Suíça somaram 900 milhões de euros": from Switzerland, home', () => {
    const out = triples(run('Lisboa, 2 mar 2025 (Lusa) – A Suíça acolheu 2.000 portugueses em 2024. Em sentido inverso, as remessas dos emigrantes instalados na Suíça somaram 900 milhões de euros.', 'pt', defs));
    expect(out).toContain('CH>PT:money');
    expect(out).not.toContain('PT>CH:money');
    expect(out).not.toContain('CH>PT:people');
  });
});

describe('session 43: goods sent with no category of their own never take the training or visit of the latest flow', () => {
  const defs = [C('ML', ['Mali'], ['malienses']), C('CH', ['Suiza']), C('RU', ['Rusia'], ['rusa']), C('GN', ['Guinea'])];
  it('"[...] formará en Rusia a 40 técnicos malienses. Otras 20 toneladas salieron de contrabando hacia Guinea": no Russian training for Guinea', () => {
    const out = triples(run('Mali exportó 60 toneladas de oro a Suiza. Una empresa rusa formará en Rusia a 40 técnicos malienses. Otras 20 toneladas salieron de contrabando hacia Guinea.', 'es', defs));
    expect(out.some((f) => f.endsWith('>GN:training'))).toBe(false);
  });
});

describe('session 43: goods after a gapped subject of their own are that subject\'s', () => {
  const defs = [C('GR', ['Grécia', 'Grecia']), C('TR', ['Turquia', 'Turquía']), C('EG', ['Egito', 'Egipto']), C('CY', ['Chipre'])];
  it('"A Grécia e a Turquia enviaram helicópteros para Chipre e o Egito uma equipa de 40 bombeiros"', () => {
    const out = triples(run('A Grécia e a Turquia enviaram helicópteros para Chipre e o Egito uma equipa de 40 bombeiros.', 'pt', defs));
    expect(out).toContain('EG>CY:aid');
    expect(out.some((f) => (f.startsWith('GR>') || f.startsWith('TR>')) && f.endsWith(':aid'))).toBe(false);
    expect(triples(run('Grecia y Turquía enviaron helicópteros a Chipre y Egipto un equipo de 40 bomberos.', 'es', defs))).toContain('EG>CY:aid');
    expect(triples(run('Greece and Turkey sent helicopters to Cyprus and Egypt a team of 40 firefighters.', 'en', [...defs, C('GR', ['Greece']), C('TR', ['Turkey']), C('EG', ['Egypt']), C('CY', ['Cyprus'])]))).toContain('EG>CY:aid');
  });
});

describe('session 43: who trains "with" a force of a nationality is trained by it', () => {
  const defs = [C('IE', [], ['Irish']), C('NL', [], ['Dutch']), C('PT', [], ['portugueses']), C('FR', [], ['francesa'])];
  it('"Thirty Irish sailors trained with the Dutch navy", "treinaram com a marinha francesa"', () => {
    expect(triples(run('Thirty Irish sailors trained with the Dutch navy last month.', 'en', defs))).toEqual(['NL>IE:training']);
    expect(triples(run('Trinta marinheiros portugueses treinaram com a marinha francesa.', 'pt', defs))).toEqual(['FR>PT:training']);
  });
});

describe('session 43: "levar" a quantity to no place named is buying it; live cattle', () => {
  const defs = [C('BR', ['Brasil'], ['brasileira']), C('PE', ['Peru'], ['peruanos']), C('CL', ['Chile']), C('ID', [], ['indonésios']), C('AU', ['Austrália'])];
  it('"O Peru comprou 30 mil toneladas de soja brasileira. O Chile levou 12 mil toneladas no período"', () => {
    expect(triples(run('O Peru comprou 30 mil toneladas de soja brasileira. O Chile levou 12 mil toneladas no período.', 'pt', defs))).toContain('BR>CL:other');
    // (not "levou mais de 100 mil pessoas a deixar": a number of people, no tonnes)
    expect(triples(run('O Brasil levou 200 toneladas de alimentos para o Peru.', 'pt', defs))).toEqual(['BR>PE:other']);
  });
  it('"Os indonésios importam quase todo o gado em pé da Austrália"', () => {
    expect(triples(run('Os indonésios importam quase todo o gado em pé da Austrália.', 'pt', defs))).toEqual(['AU>ID:other']);
  });
});

describe('session 43: buyers listed after an exporter named in the same sentence buy from it', () => {
  const defs = [C('IT', ['Italia'], ['italiana']), C('RU', ['Rusia']), C('DE', ['Alemania']), C('FR', ['Francia'])];
  it('"Italia compró trigo a Rusia. La pasta es uno de los productos estrella de la exportación italiana: Alemania y Francia absorbieron más del 40 % de las ventas"', () => {
    const out = triples(run('Italia compró trigo a Rusia. La pasta es uno de los productos estrella de la exportación italiana: Alemania y Francia absorbieron más del 40 % de las ventas.', 'es', defs));
    expect(out).toEqual(expect.arrayContaining(['IT>DE:other', 'IT>FR:other']));
    expect(out.some((f) => f.startsWith('RU>DE') || f.startsWith('RU>FR'))).toBe(false);
  });
});

describe('session 43: the places a ranking of destinations names receive remittances', () => {
  const defs = [C('ES', ['España']), C('PE', ['Perú']), C('BO', ['Bolivia'])];
  it('"Los inmigrantes en España enviaron 7.000 millones de euros en remesas. Perú fue el principal destino de esas remesas, seguido de Bolivia"', () => {
    const out = triples(run('Los inmigrantes residentes en España enviaron 7.000 millones de euros en remesas. Perú fue el principal destino de esas remesas, seguido de Bolivia.', 'es', defs));
    expect(out).toEqual(expect.arrayContaining(['ES>PE:money', 'ES>BO:money']));
    expect(out.some((f) => f === 'PE>ES:money' || f === 'BO>ES:money')).toBe(false);
  });
});

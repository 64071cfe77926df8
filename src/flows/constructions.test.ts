/**
 * Basic constructions in the four languages, end to end (analyze() = gazetteer places + flows): each sentence and the one flow
 * it states, as from>to:category:status, with countries by code and cities by name. A table of the plain forms every article
 * leans on (passive, double object, hedges, denials, suspensions, plans, relative clauses, people, money, visits, training),
 * written in the thirty-seventh session; the constructions it found missing were mended in the thirty-eighth and joined it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../extract';
import { testGazetteer } from '../places/test-gazetteer';
import type { Lang, Story } from '../story';
import type { Gazetteer } from '../places/gazetteer';

const CASES: Array<[Lang, string, string]> = [
  ['en', '20 tanks were delivered to Angola by Brazil.', 'BR>AO:vehicles:stated'],
  ['en', 'Angola received 20 tanks from Brazil.', 'BR>AO:vehicles:stated'],
  ['en', 'Brazilian tanks arrived in Angola.', 'BR>AO:vehicles:stated'],
  ['en', 'Brazil will send 20 tanks to Angola.', 'BR>AO:vehicles:planned'],
  ['en', 'Brazil reportedly sent 20 tanks to Angola.', 'BR>AO:vehicles:reported'],
  ['en', 'Brazil denied sending tanks to Angola.', 'BR>AO:vehicles:denied'],
  ['en', 'Brazil suspended deliveries of tanks to Angola.', 'BR>AO:vehicles:suspended'],
  ['en', 'Angola bought 20 tanks from Brazil.', 'BR>AO:vehicles:stated'],
  ['en', 'Brazil has agreed to supply 20 tanks to Angola.', 'BR>AO:vehicles:planned'],
  ['en', 'Brazil sent Angola 20 tanks.', 'BR>AO:vehicles:stated'],
  ['en', 'Brazil supplied Angola with 20 tanks.', 'BR>AO:vehicles:stated'],
  ['en', 'Brazil plans to deliver 20 tanks to Angola next year.', 'BR>AO:vehicles:planned'],
  ['en', 'Angola took delivery of 20 Brazilian tanks.', 'BR>AO:vehicles:stated'],
  ['en', 'The 20 tanks Brazil sold to Angola arrived on Monday.', 'BR>AO:vehicles:stated'],
  ['en', 'Angola was supplied with 20 tanks by Brazil.', 'BR>AO:vehicles:stated'],
  ['fr', "Les transferts de fonds de la France vers l'Angola ont atteint 500 millions d'euros.", 'FR>AO:money:stated'],
  ['pt', '20 tanques foram entregues a Angola pelo Brasil.', 'BR>AO:vehicles:stated'],
  ['pt', 'Angola recebeu 20 tanques do Brasil.', 'BR>AO:vehicles:stated'],
  ['pt', 'Tanques brasileiros chegaram a Angola.', 'BR>AO:vehicles:stated'],
  ['pt', 'O Brasil vai enviar 20 tanques para Angola.', 'BR>AO:vehicles:planned'],
  ['pt', 'O Brasil terá enviado 20 tanques para Angola.', 'BR>AO:vehicles:reported'],
  ['pt', 'O Brasil negou ter enviado tanques para Angola.', 'BR>AO:vehicles:denied'],
  ['pt', 'O Brasil suspendeu as entregas de tanques a Angola.', 'BR>AO:vehicles:suspended'],
  ['pt', 'Angola comprou 20 tanques ao Brasil.', 'BR>AO:vehicles:stated'],
  ['pt', 'O Brasil forneceu 20 tanques a Angola.', 'BR>AO:vehicles:stated'],
  ['pt', 'O Brasil aceitou fornecer 20 tanques a Angola.', 'BR>AO:vehicles:planned'],
  ['pt', 'Os 20 tanques que o Brasil vendeu a Angola chegaram na segunda-feira.', 'BR>AO:vehicles:stated'],
  ['pt', 'O Brasil entregou a Angola 20 tanques.', 'BR>AO:vehicles:stated'],
  ['es', '20 tanques fueron entregados a Angola por Brasil.', 'BR>AO:vehicles:stated'],
  ['es', 'Angola recibió 20 tanques de Brasil.', 'BR>AO:vehicles:stated'],
  ['es', 'Tanques brasileños llegaron a Angola.', 'BR>AO:vehicles:stated'],
  ['es', 'Brasil enviará 20 tanques a Angola.', 'BR>AO:vehicles:planned'],
  ['es', 'Brasil habría enviado 20 tanques a Angola.', 'BR>AO:vehicles:reported'],
  ['es', 'Brasil negó haber enviado tanques a Angola.', 'BR>AO:vehicles:denied'],
  ['es', 'Brasil suspendió las entregas de tanques a Angola.', 'BR>AO:vehicles:suspended'],
  ['es', 'Angola compró 20 tanques a Brasil.', 'BR>AO:vehicles:stated'],
  ['es', 'Brasil suministró 20 tanques a Angola.', 'BR>AO:vehicles:stated'],
  ['es', 'Brasil aceptó suministrar 20 tanques a Angola.', 'BR>AO:vehicles:planned'],
  ['es', 'Los 20 tanques que Brasil vendió a Angola llegaron el lunes.', 'BR>AO:vehicles:stated'],
  ['es', 'Brasil entregó a Angola 20 tanques.', 'BR>AO:vehicles:stated'],
  ['fr', '20 chars ont été livrés à l\'Angola par le Brésil.', 'BR>AO:vehicles:stated'],
  ['fr', 'L\'Angola a reçu 20 chars du Brésil.', 'BR>AO:vehicles:stated'],
  ['fr', 'Des chars brésiliens sont arrivés en Angola.', 'BR>AO:vehicles:stated'],
  ['fr', 'Le Brésil enverra 20 chars à l\'Angola.', 'BR>AO:vehicles:planned'],
  ['fr', 'Le Brésil aurait envoyé 20 chars à l\'Angola.', 'BR>AO:vehicles:reported'],
  ['fr', 'Le Brésil a démenti avoir envoyé des chars à l\'Angola.', 'BR>AO:vehicles:denied'],
  ['fr', 'Le Brésil a suspendu les livraisons de chars à l\'Angola.', 'BR>AO:vehicles:suspended'],
  ['fr', 'L\'Angola a acheté 20 chars au Brésil.', 'BR>AO:vehicles:stated'],
  ['fr', 'Le Brésil a fourni 20 chars à l\'Angola.', 'BR>AO:vehicles:stated'],
  ['fr', 'Le Brésil a accepté de fournir 20 chars à l\'Angola.', 'BR>AO:vehicles:planned'],
  ['fr', 'Les 20 chars que le Brésil a vendus à l\'Angola sont arrivés lundi.', 'BR>AO:vehicles:stated'],
  ['fr', 'Le Brésil a livré à l\'Angola 20 chars.', 'BR>AO:vehicles:stated'],
  ['en', 'The United States deported 120 Guatemalans to Guatemala on Tuesday.', 'US>GT:people:stated'],
  ['en', 'Some 300 Venezuelan migrants crossed into Colombia.', 'VE>CO:people:stated'],
  ['en', 'Japan evacuated 80 of its citizens from Sudan.', 'SD>JP:people:stated'],
  ['en', 'Kenya will deploy 1,000 police officers to Haiti.', 'KE>HT:troops:planned'],
  ['en', 'France trained 200 Malian soldiers last year.', 'FR>ML:training:stated'],
  ['en', 'The Chinese premier arrived in Jakarta on Monday.', 'CN>Jakarta:visit:stated'],
  ['en', 'India extended a $500 million credit line to Sri Lanka.', 'IN>LK:money:stated'],
  ['en', 'Saudi Arabia deposited $3 billion in the central bank of Pakistan.', 'SA>PK:money:stated'],
  ['en', 'Remittances from Spain to Colombia rose to $1.2 billion.', 'ES>CO:money:stated'],
  ['en', 'Germany will finance a hospital in Mozambique.', 'DE>MZ:money:planned'],
  ['en', 'Egypt imported 12 million tonnes of wheat, mostly from Russia.', 'RU>EG:other:stated'],
  ['en', 'Russia halted gas exports to Moldova in January.', 'RU>MD:oil:suspended'],
  ['pt', 'Os Estados Unidos deportaram 120 guatemaltecos para a Guatemala.', 'US>GT:people:stated'],
  ['pt', 'Cerca de 300 migrantes venezuelanos entraram na Colômbia.', 'VE>CO:people:stated'],
  ['pt', 'O Japão retirou 80 cidadãos do Sudão.', 'SD>JP:people:stated'],
  ['pt', 'O Quénia vai enviar mil polícias para o Haiti.', 'KE>HT:troops:planned'],
  ['pt', 'A França formou 200 militares malianos no ano passado.', 'FR>ML:training:stated'],
  ['pt', 'O primeiro-ministro chinês chegou a Jacarta na segunda-feira.', 'CN>Jakarta:visit:stated'],
  ['pt', 'A Índia concedeu uma linha de crédito de 500 milhões de dólares ao Sri Lanka.', 'IN>LK:money:stated'],
  ['pt', 'As remessas de Portugal para Angola subiram para 300 milhões de euros.', 'PT>AO:money:stated'],
  ['pt', 'A Alemanha vai financiar um hospital em Moçambique.', 'DE>MZ:money:planned'],
  ['pt', 'O Egito importou 12 milhões de toneladas de trigo, sobretudo da Rússia.', 'RU>EG:other:stated'],
  ['pt', 'A Rússia suspendeu as exportações de gás para a Moldávia.', 'RU>MD:oil:suspended'],
  ['es', 'Estados Unidos deportó a 120 guatemaltecos a Guatemala.', 'US>GT:people:stated'],
  ['es', 'Unos 300 migrantes venezolanos cruzaron a Colombia.', 'VE>CO:people:stated'],
  ['es', 'Japón evacuó a 80 ciudadanos de Sudán.', 'SD>JP:people:stated'],
  ['es', 'Kenia desplegará 1.000 policías en Haití.', 'KE>HT:troops:planned'],
  ['es', 'Francia formó a 200 soldados malienses el año pasado.', 'FR>ML:training:stated'],
  ['es', 'El primer ministro chino llegó a Yakarta el lunes.', 'CN>Jakarta:visit:stated'],
  ['es', 'India concedió una línea de crédito de 500 millones de dólares a Sri Lanka.', 'IN>LK:money:stated'],
  ['es', 'Las remesas de España a Colombia subieron a 1.200 millones de dólares.', 'ES>CO:money:stated'],
  ['es', 'Alemania financiará un hospital en Mozambique.', 'DE>MZ:money:planned'],
  ['es', 'Egipto importó 12 millones de toneladas de trigo, sobre todo de Rusia.', 'RU>EG:other:stated'],
  ['es', 'Rusia suspendió las exportaciones de gas a Moldavia.', 'RU>MD:oil:suspended'],
  ['fr', 'Les États-Unis ont expulsé 120 Guatémaltèques vers le Guatemala.', 'US>GT:people:stated'],
  ['fr', 'Quelque 300 migrants vénézuéliens sont entrés en Colombie.', 'VE>CO:people:stated'],
  ['fr', 'Le Japon a évacué 80 de ses ressortissants du Soudan.', 'SD>JP:people:stated'],
  ['fr', 'Le Kenya déploiera 1 000 policiers en Haïti.', 'KE>HT:troops:planned'],
  ['fr', 'La France a formé 200 soldats maliens l\'an dernier.', 'FR>ML:training:stated'],
  ['fr', 'Le Premier ministre chinois est arrivé à Jakarta lundi.', 'CN>Jakarta:visit:stated'],
  ['fr', 'L\'Inde a accordé une ligne de crédit de 500 millions de dollars au Sri Lanka.', 'IN>LK:money:stated'],
  ['fr', 'L\'Allemagne financera un hôpital au Mozambique.', 'DE>MZ:money:planned'],
  ['fr', 'L\'Égypte a importé 12 millions de tonnes de blé, surtout de Russie.', 'RU>EG:other:stated'],
  ['fr', 'La Russie a suspendu ses exportations de gaz vers la Moldavie.', 'RU>MD:oil:suspended'],
];

/** Status words: "Brazil <X> send 20 tanks to Angola" in the four languages, and the status each gives the one flow. */
const STATUSES: Array<[Lang, string, string]> = [
  ['en', 'Brazil is expected to send 20 tanks to Angola.', 'planned'],
  ['en', 'Brazil intends to send 20 tanks to Angola.', 'planned'],
  ['en', 'Brazil is set to send 20 tanks to Angola.', 'planned'],
  ['en', 'Brazil is due to send 20 tanks to Angola.', 'planned'],
  ['en', 'Brazil could send 20 tanks to Angola.', 'planned'],
  ['en', 'Brazil allegedly sent 20 tanks to Angola.', 'reported'],
  ['en', 'Brazil is believed to have sent 20 tanks to Angola.', 'reported'],
  ['en', 'Brazil is said to have sent 20 tanks to Angola.', 'reported'],
  ['en', 'Brazil has stopped sending tanks to Angola.', 'suspended'],
  ['en', 'Brazil froze deliveries of tanks to Angola.', 'suspended'],
  ['en', 'Brazil rejected claims that it sent tanks to Angola.', 'denied'],
  ['en', 'Brazil refused to send tanks to Angola.', 'denied'],
  ['en', 'Brazil postponed the delivery of 20 tanks to Angola.', 'suspended'],
  ['en', 'Brazil is considering sending 20 tanks to Angola.', 'planned'],
  ['pt', 'O Brasil prevê enviar 20 tanques para Angola.', 'planned'],
  ['pt', 'O Brasil pretende enviar 20 tanques para Angola.', 'planned'],
  ['pt', 'O Brasil deverá enviar 20 tanques para Angola.', 'planned'],
  ['pt', 'O Brasil poderá enviar 20 tanques para Angola.', 'planned'],
  ['pt', 'O Brasil estará a enviar 20 tanques para Angola.', 'reported'],
  ['pt', 'O Brasil alegadamente enviou 20 tanques para Angola.', 'reported'],
  ['pt', 'O Brasil deixou de enviar tanques para Angola.', 'suspended'],
  ['pt', 'O Brasil congelou as entregas de tanques a Angola.', 'suspended'],
  ['pt', 'O Brasil desmentiu ter enviado tanques para Angola.', 'denied'],
  ['pt', 'O Brasil recusou enviar tanques para Angola.', 'denied'],
  ['pt', 'O Brasil adiou a entrega de 20 tanques a Angola.', 'suspended'],
  ['pt', 'O Brasil estuda enviar 20 tanques para Angola.', 'planned'],
  ['pt', 'O Brasil planeja enviar 20 tanques para Angola.', 'planned'],
  ['pt', 'O Brasil vai passar a enviar 20 tanques para Angola.', 'planned'],
  ['es', 'Brasil prevé enviar 20 tanques a Angola.', 'planned'],
  ['es', 'Brasil pretende enviar 20 tanques a Angola.', 'planned'],
  ['es', 'Brasil deberá enviar 20 tanques a Angola.', 'planned'],
  ['es', 'Brasil podría enviar 20 tanques a Angola.', 'planned'],
  ['es', 'Brasil presuntamente envió 20 tanques a Angola.', 'reported'],
  ['es', 'Brasil supuestamente envió 20 tanques a Angola.', 'reported'],
  ['es', 'Brasil dejó de enviar tanques a Angola.', 'suspended'],
  ['es', 'Brasil congeló las entregas de tanques a Angola.', 'suspended'],
  ['es', 'Brasil desmintió haber enviado tanques a Angola.', 'denied'],
  ['es', 'Brasil se negó a enviar tanques a Angola.', 'denied'],
  ['es', 'Brasil aplazó la entrega de 20 tanques a Angola.', 'suspended'],
  ['es', 'Brasil estudia enviar 20 tanques a Angola.', 'planned'],
  ['es', 'Brasil planea enviar 20 tanques a Angola.', 'planned'],
  ['fr', 'Le Brésil prévoit d\'envoyer 20 chars à l\'Angola.', 'planned'],
  ['fr', 'Le Brésil compte envoyer 20 chars à l\'Angola.', 'planned'],
  ['fr', 'Le Brésil devrait envoyer 20 chars à l\'Angola.', 'planned'],
  ['fr', 'Le Brésil pourrait envoyer 20 chars à l\'Angola.', 'planned'],
  ['fr', 'Le Brésil aurait envoyé 20 chars à l\'Angola.', 'reported'],
  ['fr', 'Le Brésil a selon toute vraisemblance envoyé 20 chars à l\'Angola.', 'reported'],
  ['fr', 'Le Brésil a cessé d\'envoyer des chars à l\'Angola.', 'suspended'],
  ['fr', 'Le Brésil a gelé les livraisons de chars à l\'Angola.', 'suspended'],
  ['fr', 'Le Brésil a démenti avoir envoyé des chars à l\'Angola.', 'denied'],
  ['fr', 'Le Brésil a refusé d\'envoyer des chars à l\'Angola.', 'denied'],
  ['fr', 'Le Brésil a reporté la livraison de 20 chars à l\'Angola.', 'suspended'],
  ['fr', 'Le Brésil envisage d\'envoyer 20 chars à l\'Angola.', 'planned'],
  ['fr', 'Le Brésil s\'apprête à envoyer 20 chars à l\'Angola.', 'planned'],
];

/** Number formats: "Brazil sent <N> soldiers to Angola" in the four languages, and the quantity and qualifier the flow gets. */
const QUANTITIES: Array<[Lang, string, string]> = [
  ['en', 'Brazil sent more than 14,000 soldiers to Angola.', '14000 more than'],
  ['en', 'Brazil sent about 1.2 million tonnes of rice to Angola.', '1200000 about'],
  ['en', 'Brazil sent $2.5bn to Angola.', '2500000000'],
  ['en', 'Brazil sent nearly 300 soldiers to Angola.', '300 about'],
  ['fr', 'Le Brésil a envoyé une centaine de soldats en Angola.', '100 about'],
  ['es', 'Brasil envió una veintena de militares a Angola.', '20 about'],
  ['fr', 'Le Brésil a envoyé une douzaine de soldats en Angola.', '12'],
  ['en', 'Brazil sent up to 5,000 soldiers to Angola.', '5000 up to'],
  ['en', 'Brazil sent at least 40 tanks to Angola.', '40 at least'],
  ['en', 'Brazil sent two dozen tanks to Angola.', '24'],
  ['en', 'Brazil sent hundreds of soldiers to Angola.', ''],
  ['en', 'Brazil sent 3 billion dollars to Angola.', '3000000000'],
  ['en', 'Brazil sent twelve tanks to Angola.', '12'],
  ['en', 'Brazil sent $450m to Angola.', '450000000'],
  ['en', 'Brazil sent fewer than 100 soldiers to Angola.', '100 less than'],
  ['pt', 'O Brasil enviou mais de 14 mil soldados para Angola.', '14000 more than'],
  ['pt', 'O Brasil enviou cerca de 1,2 milhão de toneladas de arroz para Angola.', '1200000 about'],
  ['pt', 'O Brasil enviou US$ 2,5 bilhões para Angola.', '2500000000'],
  ['pt', 'O Brasil enviou 2,5 mil milhões de euros para Angola.', '2500000000'],
  ['pt', 'O Brasil enviou perto de 300 soldados para Angola.', '300 about'],
  ['pt', 'O Brasil enviou até 5 mil soldados para Angola.', '5000 up to'],
  ['pt', 'O Brasil enviou pelo menos 40 tanques para Angola.', '40 at least'],
  ['pt', 'O Brasil enviou doze tanques para Angola.', '12'],
  ['pt', 'O Brasil enviou 14.000 soldados para Angola.', '14000'],
  ['pt', 'O Brasil enviou menos de 100 soldados para Angola.', '100 less than'],
  ['pt', 'O Brasil enviou R$ 3 bi para Angola.', '3000000000'],
  ['es', 'Brasil envió más de 14.000 soldados a Angola.', '14000 more than'],
  ['es', 'Brasil envió unos 1,2 millones de toneladas de arroz a Angola.', '1200000 about'],
  ['es', 'Brasil envió 2.500 millones de dólares a Angola.', '2500000000'],
  ['es', 'Brasil envió casi 300 soldados a Angola.', '300 about'],
  ['es', 'Brasil envió hasta 5.000 soldados a Angola.', '5000 up to'],
  ['es', 'Brasil envió al menos 40 tanques a Angola.', '40 at least'],
  ['es', 'Brasil envió doce tanques a Angola.', '12'],
  ['es', 'Brasil envió 14 mil soldados a Angola.', '14000'],
  ['es', 'Brasil envió un millar de soldados a Angola.', '1000'],
  ['fr', 'Le Brésil a envoyé plus de 14 000 soldats en Angola.', '14000 more than'],
  ['fr', 'Le Brésil a envoyé environ 1,2 million de tonnes de riz en Angola.', '1200000 about'],
  ['fr', 'Le Brésil a envoyé 2,5 milliards de dollars en Angola.', '2500000000'],
  ['fr', 'Le Brésil a envoyé près de 300 soldats en Angola.', '300 about'],
  ['fr', 'Le Brésil a envoyé jusqu\'à 5 000 soldats en Angola.', '5000 up to'],
  ['fr', 'Le Brésil a envoyé au moins 40 chars en Angola.', '40 at least'],
  ['fr', 'Le Brésil a envoyé douze chars en Angola.', '12'],
  ['fr', 'Le Brésil a envoyé un millier de soldats en Angola.', '1000'],
];

/** (The open items this table found in the thirty-seventh session were mended in the thirty-eighth and joined the tables above.) */

const read = (s: Story): string => {
  const name = (id: string): string => {
    const p = s.places.find((x) => x.id === id);
    if (!p) return id;
    if (p.kind === 'country') return p.country ?? p.name;
    return p.name === 'Yakarta' || p.name === 'Jacarta' ? 'Jakarta' : p.name;
  };
  return s.flows.map((f) => `${name(f.from)}>${name(f.to)}:${f.category}:${f.status}`).sort().join(' ');
};

describe('basic constructions, four languages, end to end', () => {
  let gaz: Gazetteer;
  beforeAll(async () => {
    gaz = await testGazetteer();
  }, 120_000);
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(read(analyze(text, gaz, { lang }))).toBe(want);
  });
  it.each(STATUSES)('%s: %s', (lang, text, want) => {
    expect(analyze(text, gaz, { lang }).flows.map((f) => f.status).join(' ')).toBe(want);
  });
  it.each(QUANTITIES)('%s: %s', (lang, text, want) => {
    const f = analyze(text, gaz, { lang }).flows[0];
    expect(f ? `${f.quantity ?? ''} ${f.qualifier ?? ''}`.trim() : '-').toBe(want);
  });
  // (Thirty-eighth session: the country of a dateline's city, never named, joins the story as an end, with no mentions.)
  it('a dateline country the text never names is home: "Madrid, 5 feb (EFE).- El Ejército del Aire desplegará seis cazas en Bulgaria"', () => {
    const s = analyze('Madrid, 5 feb (EFE).- El Ejército del Aire y del Espacio desplegará en abril seis cazas Eurofighter en la base búlgara de Graf Ignatievo.', gaz, { lang: 'es' });
    expect(s.places.find((p) => p.id === 'country:ES')?.mentions).toEqual([]);
    // (The base is known since the thirty-ninth session's table of named sites: the most specific end.)
    expect(read(s)).toBe('ES>Graf Ignatievo:vehicles:planned');
    // (No flow, no extra place.)
    expect(analyze('Madrid, 5 feb (EFE).- El Ejército del Aire celebró su aniversario en Bulgaria.', gaz, { lang: 'es' }).places.some((p) => p.id === 'country:ES')).toBe(false);
  });

  it('a seat of government stands for its country even when the text never names it, which joins the story', () => {
    const s = analyze('The Kremlin said it had sent 200 military instructors to Mali.', gaz, { lang: 'en' });
    expect(read(s)).toBe('RU>ML:training:stated');
    expect(s.places.some((p) => p.id === 'country:RU')).toBe(true);
    // (a capital still stays a city when its country goes unnamed: "provient en grande partie de Londres")
    expect(read(analyze('Beijing has lent Nairobi $5 billion since 2014.', gaz, { lang: 'en' }))).toBe('Beijing>Nairobi:money:stated');
  });
});

/**
 * The world region a country anaphor names by its adjective: "o país centro-asiático", "el país andino", "le pays balte",
 * "the Central Asian country". Country codes per region are the UN M49 subregions (as the world-countries package lists
 * them), plus the groupings news writes of (the Balkans, M49's Southeast Europe with Slovenia and Greece; Nordic, Baltic,
 * Andean, Arab, Gulf, Maghreb, Sahel, Lusophone, Iberian).
 */

import { fold } from '../text/normalize';

const M49: Record<string, string> = {
  africa: 'AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW KE KM LR LS LY MA MG ML MR MU MW MZ NA NE NG RW SC SD SL SN SO SS ST SZ TD TG TN TZ UG ZA ZM ZW',
  asia: 'AE AF AM AZ BD BH BN BT CN GE ID IL IN IQ IR JO JP KG KH KP KR KW KZ LA LB LK MM MN MV MY NP OM PH PK PS QA SA SG SY TH TJ TL TM TR TW UZ VN YE',
  europe: 'AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM UA VA XK',
  oceania: 'AU FJ FM KI MH NR NZ PG PW SB TO TV VU WS',
  caribbean: 'AG BB BS CU DM DO GD HT JM KN LC TT VC',
  centralAmerica: 'BZ CR GT HN NI PA SV',
  southAmerica: 'AR BO BR CL CO EC GY PE PY SR UY VE',
  centralAsia: 'KG KZ TJ TM UZ',
  eastAsia: 'CN JP KP KR MN TW',
  southeastAsia: 'BN ID KH LA MM MY PH SG TH TL VN',
  southAsia: 'AF BD BT IN IR LK MV NP PK',
  westernAsia: 'AE AM AZ BH GE IL IQ JO KW LB OM PS QA SA SY TR YE',
  northAfrica: 'DZ EG EH LY MA SD TN',
  westAfrica: 'BF BJ CI CV GH GM GN GW LR ML MR NE NG SL SN TG',
  eastAfrica: 'BI DJ ER ET KE KM MG MU MW MZ RW SC SO SS TZ UG ZM ZW',
  southernAfrica: 'BW LS NA SZ ZA',
  balkans: 'AL BA BG HR ME MK RO RS SI XK GR',
  nordic: 'DK FI IS NO SE',
  baltic: 'EE LT LV',
  andean: 'BO CL CO EC PE VE',
  arab: 'AE BH DJ DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE',
  gulf: 'AE BH KW OM QA SA',
  maghreb: 'DZ LY MA MR TN',
  sahel: 'BF ML MR NE SN TD',
  lusophone: 'AO BR CV GQ GW MZ PT ST TL',
  iberian: 'AD ES PT',
};

const set = (...keys: string[]): ReadonlySet<string> => new Set(keys.flatMap((k) => M49[k]!.split(' ')));
const LATIN_AMERICA = new Set([...set('southAmerica', 'centralAmerica'), 'MX', 'CU', 'DO', 'HT']);
const MIDDLE_EAST = new Set([...set('westernAsia'), 'EG', 'IR']);

/**
 * Adjectives (folded, written as a Romance language puts them after "país"/"pays", or English before "country") and the
 * region each names. Longer, prefixed forms come first: "centro-asiático" is no "asiático".
 */
const ADJECTIVES: Array<[RegExp, ReadonlySet<string>]> = [
  [/^(?:centro-?asiatic[oa]s?|d'asie centrale|central asian)$/, set('centralAsia')],
  [/^(?:sul-?american[oa]s?|sudamerican[oa]s?|suramerican[oa]s?|sud-americaine?s?|south american)$/, set('southAmerica')],
  [/^(?:centro-?american[oa]s?|centramericaine?s?|central american)$/, set('centralAmerica')],
  [/^(?:latino-?american[oa]s?|latino-americaine?s?|latin american)$/, LATIN_AMERICA],
  [/^(?:norte-?african[oa]s?|norafrican[oa]s?|nord-africaine?s?|north african)$/, set('northAfrica')],
  [/^(?:oeste-?african[oa]s?|ouest-africaine?s?|west african)$/, set('westAfrica')],
  [/^(?:leste-?african[oa]s?|este-?african[oa]s?|est-africaine?s?|east african)$/, set('eastAfrica')],
  [/^(?:medio-?oriental(?:es)?|moyen-orientale?s?|middle eastern)$/, MIDDLE_EAST],
  [/^(?:southeast asian|south-east asian)$/, set('southeastAsia')],
  [/^(?:south asian|sul-?asiatic[oa]s?)$/, set('southAsia')],
  [/^(?:east asian)$/, set('eastAsia')],
  [/^(?:african[oa]s?|africaine?s?|african)$/, set('africa')],
  [/^(?:asiatic[oa]s?|asiatiques?|asian)$/, set('asia')],
  [/^(?:europe[uo]s?|europeias?|europeas?|europeen(?:ne)?s?|european)$/, set('europe')],
  [/^(?:caribenh[oa]s?|caribe(?:n[oa]s?)?|caribeen(?:ne)?s?|caribbean)$/, set('caribbean')],
  [/^(?:oceanic[oa]s?|oceanien(?:ne)?s?|pacific)$/, set('oceania')],
  [/^(?:balcanic[oa]s?|balkaniques?|balkan)$/, set('balkans')],
  [/^(?:nordic[oa]s?|nordiques?|nordic|escandinav[oa]s?|scandinaves?|scandinavian)$/, set('nordic')],
  [/^(?:baltic[oa]s?|baltes?|baltic)$/, set('baltic')],
  [/^(?:andin[oa]s?|andine?s?|andean)$/, set('andean')],
  [/^(?:arabes?|arab)$/, set('arab')],
  [/^(?:gulf)$/, set('gulf')],
  [/^(?:magrebin[oa]s?|magrebi(?:es)?|maghrebine?s?|maghrebi)$/, set('maghreb')],
  [/^(?:sahelian[oa]s?|saheliens?|sahelienne?s?|sahelian|sahel)$/, set('sahel')],
  [/^(?:lusofon[oa]s?|lusophones?|lusophone)$/, set('lusophone')],
  [/^(?:iberic[oa]s?|iberiques?|iberian)$/, set('iberian')],
];


/** The countries a regional adjective names ("centro-asiático", "Central Asian"), or undefined for any other word. */
export function regionOfAdjective(words: string): ReadonlySet<string> | undefined {
  // (lower case without accents, as the adjectives above are written)
  const w = fold(words.trim()).replace(/’/g, "'");
  for (const [re, codes] of ADJECTIVES) if (re.test(w)) return codes;
  return undefined;
}

/** The adjective right after a Romance "país"/"pays" (text from the noun's end): one hyphenated word, or "d'Asie centrale". */
const AFTER = /^\s+((?:d['’]Asie centrale)|[\p{L}]+(?:-[\p{L}]+)?)/u;

/** The countries of the region a Romance anaphor's adjective names: "o país centro-asiático" (text from the noun's end). */
export function regionAfter(textAfter: string): ReadonlySet<string> | undefined {
  const m = AFTER.exec(textAfter.slice(0, 40));
  return m ? regionOfAdjective(m[1]!) : undefined;
}

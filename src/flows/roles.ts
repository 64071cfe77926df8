/**
 * Grammatical roles of the place items of a sentence, read from the words before each mention:
 * "à Rússia" to, "pela Coreia do Norte" by, "na região de Kursk" in, "da Síria" of/from, a bare subject,
 * "Russia's" possessive, a demonym on a cargo noun (origin) or on an official (actor), coordination
 * ("à Polônia e à Bulgária") and elaboration ("seis países, como o Mali").
 */
import { beforeModelName, has, hasBefore, hasMark, hasTagMark, isCargo, isComma, isNumeral, isPlain, isTriggerWord, MB, namesModel, nationalityNoun, POSSESSIVES, prepRole, stationedForces, TERRITORY, THERE_TO, TRADERS, untagged, type Item } from './items';
import type { PrepRole } from './lexicon/types';
import { ELLIPSIS_BEFORE, MEASURES, MORE, SHARE_WORDS } from './quantity';
import { COMPANIES } from './lexicon/companies';
import { SHARE_ADVERBS } from './lexicon/index';

/** 'venue': where an event was held ("numa cerimónia em Lisboa"), never a flow's end. */
export type RoleKind = 'to' | 'in' | 'from' | 'of' | 'by' | 'between' | 'bare' | 'poss' | 'origin' | 'actor' | 'demonym' | 'venue';
export type Head = 'cargo' | 'trigger' | 'actor' | 'num' | 'other';

/**
 * Does the item after a possessive's goods end that noun phrase ("Peru's copper is shipped", "of Brazil's soybeans.")?
 * Not a noun after it, whose possessor the country is: "Russia's oil minister", "Brazil's soybean exports".
 */
function producePhraseEnd(it: Item | undefined): boolean {
  if (!it || it.tok === 'punct') return true;
  if (it.tags.some((g) => g.k === 'noun') || hasMark(it, MB.actor) || it.cap) return false;
  return prepRole(it) !== null || hasMark(it, MB.aux | MB.passiveAux | MB.rel) || BE_HAVE.has(it.lower);
}
const BE_HAVE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'goes', 'went', 'go']);

/**
 * The English possessive ("s") right after an official's or a body's title and name starting at k, within `span` of
 * its words ("president's", "Prime Minister Modi's", "army's"): its index, or -1.
 */
export function possessiveAfter(items: Item[], k: number, span: number): number {
  let j = k;
  while (j < items.length && j <= k + span && (hasMark(items[j], MB.actor) || items[j]!.cap) && !items[j]!.place) j++;
  return items[j]?.lower === 's' ? j : -1;
}

/** Goods that are a country's produce: raw materials, food, fuel (cargo of the categories other and oil). */
function commodity(it: Item | undefined): boolean {
  return !!it && it.tags.some((g) => g.k === 'cargo' && (g.cat === 'other' || g.cat === 'oil'));
}

export interface Role {
  role: RoleKind;
  weak?: boolean;
  head?: Head;
  /** Index of the place this one is coordinated with ("à Polônia e à Bulgária"). */
  coord?: number;
  /** A demonym used as a noun for people ("12 mil afegãos"): also the cargo. */
  asNoun?: boolean;
  /** Who goods were ordered from ("commandés aux États-Unis"): their seller, not a sender's. */
  seller?: boolean;
  /** Named after "followed by" or "ahead of" ("seguida pelos Estados Unidos"): ranked with the place before. */
  ranked?: boolean;
  /** A market named by its nationality after "in" ("no mercado brasileiro"): where a buyer buys from. */
  market?: boolean;
  /** Only locates the place before it ("Cotonou, au Bénin"): a venue, passed over in a list. */
  locator?: boolean;
  /** Where goods were made or loaded ("fabricados na França", "carregado no terminal de São Sebastião"). */
  made?: boolean;
  /** A port, terminal, airport or border post after "by" ("pelo terminal de Gante", "par le port d'Anvers"): where goods went in or out. */
  route?: boolean;
}

/** The "a"/"à" of ordering from someone ("encomendados à Suécia", "commandés aux États-Unis"), not "para"/"pour". */
const ORDER_FROM: ReadonlySet<string> = new Set(['a', 'à', 'ao', 'aos', 'às', 'au', 'aux']);

/**
 * "The Netherlands was the largest buyer, followed by Spain", "seguida pelos Estados Unidos", "à frente do
 * Reino Unido": is the place at i ranked after "followed by" or "ahead of" (or coordinated after one such:
 * "..., e pelo Chile", "com 2,6 mil, e pelo Reino Unido", "do Reino Unido, dos Países Baixos")?
 */
function rankedAt(items: Item[], roles: Array<Role | undefined>, i: number): boolean {
  let p = i - 1;
  if (hasMark(items[p], MB.det) && prepRole(items[p]) === null) p--;
  // ("31 000 tonnes, devant la France": French "devant" after a comma ranks by itself; "..., et l'Allemagne."
  // closing the sentence is ranked with it.)
  if (items[p]?.lower === 'devant' && isComma(items[p - 1])) return true;
  if (hasMark(items[p], MB.coord) && (!items[i + 1] || items[i + 1]!.tok === 'punct') && rankedBefore(items, roles, p - 1)) return true;
  const pr = prepRole(items[p]);
  if (!(pr === 'by' || pr === 'of' || pr === 'from') || items[p]!.place) return false;
  // (not a possessive: "ahead of Russia's import ban" names the ban)
  if (items[i + 1]?.lower === 's') return false;
  let w = items[p - 1];
  // ("seguido de lejos por", "suivi de loin par", "followed closely by": past a word of distance)
  if (DISTANCE.has(w?.lower ?? '') && (FOLLOWED.has(items[p - 2]?.lower ?? '') || (prepRole(items[p - 2]) !== null && FOLLOWED.has(items[p - 3]?.lower ?? '')))) {
    w = FOLLOWED.has(items[p - 2]!.lower) ? items[p - 2] : items[p - 3];
  }
  // ("à frente de", "por delante de": not "al frente de Járkov")
  const ranking = FOLLOWED.has(w?.lower ?? '') && (!SPATIAL.has(w!.lower) || ['à', 'a', 'por'].includes(items[p - 2]?.lower ?? ''));
  return ranking || ((hasMark(w, MB.coord) || isComma(w)) && rankedBefore(items, roles, p - 2));
}

/** Words of distance between "followed" and "by" ("de lejos", "de perto", "de loin", "closely"). */
const DISTANCE: ReadonlySet<string> = new Set(['lejos', 'cerca', 'longe', 'perto', 'loin', 'près', 'closely', 'distantly', 'far']);

/** Words of "ahead of" that are also spatial: ranking only in "à frente de", "por delante de". */
const SPATIAL: ReadonlySet<string> = new Set(['frente', 'delante']);

/** Words of "mostly" in an aside on people: "en grande majorité", "mostly", "en su mayoría", "na sua maioria". */
export const MOSTLY: ReadonlySet<string> = new Set(['mostly', 'mainly', 'largely', 'majorité', 'majoritairement', 'principalement', 'essentiellement', 'mayoría', 'mayoritariamente', 'principalmente', 'maioria', 'sobretudo', 'maioritariamente']);

/** Is the word at j the end of an aside "mostly" on a people noun before its comma ("migrants, mostly")? */
function mostlyAside(items: Item[], j: number): boolean {
  for (let k = j; k >= Math.max(1, j - 4); k--) {
    if (isComma(items[k])) {
      const c = items[k - 1]?.tags.find((g) => g.k === 'cargo');
      return k < j && !!c && c.k === 'cargo' && (c.cat === 'people' || c.cat === 'troops') && items.slice(k + 1, j + 1).some((x) => MOSTLY.has(x.lower));
    }
    if (items[k]!.place || items[k]!.trig) return false;
  }
  return false;
}

/**
 * Is the latest place up to 12 items back from k ranked after "followed by"? (A relative clause may stand
 * between: "seguidos pelo Japão, que comprou 1.350 toneladas, e pela Austrália".)
 */
function rankedBefore(items: Item[], roles: Array<Role | undefined>, k: number): boolean {
  for (let p = k; p >= Math.max(0, k - 12); p--) {
    if (items[p]!.place) return !!roles[p]?.ranked;
    if (items[p]!.tok === 'punct' && !isComma(items[p])) return false;
  }
  return false;
}

/** Makers and companies whose nationality sells: "le constructeur français", "the French maker". */
const MAKERS: ReadonlySet<string> = new Set(['constructeur', 'fabricant', 'groupe', 'grupo', 'group', 'industriel', 'fabricante', 'construtora', 'empresa', 'compañía', 'companhia', 'manufacturer', 'maker', 'company', 'firm', 'shipyard', 'estaleiro', 'astillero', 'chantier',
  // drug makers: "comprou do laboratório japonês Takeda"
  'laboratório', 'laboratórios', 'laboratorio', 'laboratorios', 'laboratoire', 'laboratoires', 'laboratory', 'farmacêutica', 'farmacéutica']);
/** "auprès du", "junto à" of ordering from a maker (not prepositions of their own in the lexicons). */
const FROM_MAKER: ReadonlySet<string> = new Set(['auprès', 'junto']);

/** "followed by", "ahead of" in each language: the place after it is ranked with the one before. */
export const FOLLOWED: ReadonlySet<string> = new Set(['followed', 'seguido', 'seguida', 'seguidos', 'seguidas', 'suivi', 'suivie', 'suivis', 'suivies', 'ahead', 'frente', 'delante']);

/** Nouns for countries or places, before a nationality: "30 países europeus", "20 pays africains". */
const PLACE_NOUNS: ReadonlySet<string> = new Set(['países', 'paises', 'pays', 'countries', 'nations', 'naciones', 'nações', 'estados', 'states', 'états', 'ciudades', 'cidades', 'villes', 'cities']);

/** Words for one country's relation to another, before its name: "dos vizinhos Argentina e Uruguai". */
export const RELATION: ReadonlySet<string> = new Set([
  'vizinho', 'vizinhos', 'vizinha', 'vizinhas', 'aliado', 'aliados', 'aliada', 'parceiro', 'parceiros', 'parceira',
  'vecino', 'vecinos', 'vecina', 'vecinas', 'socio', 'socios',
  'voisin', 'voisins', 'voisine', 'voisines', 'allié', 'alliés', 'alliée', 'partenaire', 'partenaires',
  'neighbour', 'neighbours', 'neighbor', 'neighbors', 'neighbouring', 'neighboring', 'ally', 'allies', 'partner', 'partners',
]);

/** "hasta"/"até": "up to" a place, or "even" when they open a clause. */
const EVEN: ReadonlySet<string> = new Set(['hasta', 'até']);

/**
 * Is the place at i, after ", in/to (the)" (maybe "in the province of"), a country or region holding the place
 * named right before the comma, itself an end?
 */
function locates(items: Item[], roles: Array<Role | undefined>, i: number): boolean {
  const p = items[i]!.place!;
  if (p.via === 'demonym' || (p.place.kind !== 'country' && p.place.kind !== 'region')) return false;
  let k = i - 1;
  if (hasMark(items[k], MB.det)) k--;
  // ("do Soyo, na província do Zaire", "Beira, in the province of Sofala": past the region's own noun.)
  if (prepRole(items[k]) === 'of' && hasMark(items[k - 1], MB.geo) && !items[k - 1]!.place) {
    k -= 2;
    if (hasMark(items[k], MB.det) && prepRole(items[k]) === null) k--;
  }
  const pr = prepRole(items[k]);
  if (pr !== 'in' && pr !== 'to') return false;
  const before = items[k - 2]?.place;
  if (!isComma(items[k - 1]) || !before || before.via === 'demonym' || before.place.kind === 'country') return false;
  // (The place before must be an end itself: not "la bahía de Matanzas, en el oeste de Cuba", a place noun's owner.)
  const r = roles[k - 2]?.role;
  // ("pelo porto de Nacala, na província de Nampula": after an agent's place too.)
  if (r !== 'to' && r !== 'in' && r !== 'from' && r !== 'bare' && r !== 'between' && r !== 'by') return false;
  // ("desde la planta de Punta Europa, en la isla de Bioko": a site, like a city, is located by its region.)
  return before.place.country === p.place.country && before.place.id !== p.place.id && (p.place.kind === 'country' || before.place.kind === 'city' || before.place.kind === 'other');
}

/** "Até a China enviou ajuda", "Hasta Rusia envió ayuda": the word at j opens a clause and means "even". */
function evenAt(items: Item[], j: number): boolean {
  return EVEN.has(items[j]?.lower ?? '') && (j === 0 || isComma(items[j - 1]) || hasMark(items[j - 1], MB.coord));
}

/** "Other" before a counted nationality ("hundreds of other Nepalis", "milhares de outros venezuelanos", "des milliers d'autres Soudanais"). */
const OTHER_WORDS: ReadonlySet<string> = new Set(['other', 'outros', 'outras', 'otros', 'otras', 'autres']);
/** Words for an organisation's seat before "in" ("com sede em", "con sede en", "headquartered in", "sediada em"). */
const SEAT_WORDS: ReadonlySet<string> = new Set(['sede', 'headquartered', 'sediada', 'sediado', 'sediadas', 'sediados']);
/** The seat words, "based" in the four languages and seat nouns after "with" ("com sede em", "avec siège à"): a maker's place (see makerBefore). */
export const SEATED: ReadonlySet<string> = new Set([...SEAT_WORDS, 'based', 'baseada', 'baseado', 'basada', 'basado', 'basée', 'basé', 'basées', 'basés', 'siège', 'headquarters']);
const IN_SEAT: ReadonlySet<string> = new Set(['em', 'en', 'in', 'no', 'na']);
/** Company names, lower-cased as items are. */
const COMPANY_WORDS: ReadonlySet<string> = new Set(COMPANIES.map(([n]) => n.toLowerCase()));
/** Words of having a seat with it ("com sede em", "con sede en", "with headquarters in"). */
const SEAT_WITH: ReadonlySet<string> = new Set(['com', 'con', 'with', 'avec']);

/**
 * Is the seat word or "based" at s said of a maker: "A Embraer, sediada em", "El astillero Navantia, con sede en", "A shipyard
 * based in", "Rheinmetall, based in" (a maker's word, or a known company, right before)?
 */
export function makerBefore(items: Item[], s: number): boolean {
  let h = s - 1;
  if (SEAT_WITH.has(items[h]?.lower ?? '')) h--;
  if (isComma(items[h])) h--;
  const it = items[h];
  if (!it || it.place) return false;
  return MAKERS.has(it.lower) || COMPANY_WORDS.has(it.lower) || ((!!it.cap || isPlain(it)) && MAKERS.has(items[h - 1]?.lower ?? ''));
}

/** The same as one item ("sede em"). */
const SEAT_PHRASES: ReadonlySet<string> = new Set(['sede em', 'sede en', 'sede no', 'sede na']);

/** Words of "rather than" in the four languages: the last word of each phrase, and the words before it. */
const INSTEAD: ReadonlyArray<readonly string[]> = [['rather', 'than'], ['instead', 'of'], ['en', 'lugar', 'de'], ['en', 'vez', 'de'], ['em', 'vez', 'de'], ['ao', 'invés', 'de'], ['em', 'lugar', 'de'], ['au', 'lieu', 'de'], ['au', 'lieu', 'd'], ['plutôt', 'que']];

/** Does "rather than" (or its Romance forms) stand at most four words before the place at i, with no punctuation or place between? */
function insteadBefore(items: Item[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
    const it = items[j]!;
    if (it.place || it.tok === 'punct') return false;
    for (const words of INSTEAD) {
      if (it.lower !== words[words.length - 1]) continue;
      if (words.every((w, d) => items[j - (words.length - 1) + d]?.lower === w)) return true;
    }
  }
  return false;
}

/** Superlatives and words of rank that open an apposition ranking its subject within a place. */
const SUPERLATIVES: ReadonlySet<string> = new Set(['mayor', 'mayores', 'maior', 'maiores', 'largest', 'biggest', 'greatest', 'leading', 'premier', 'première', 'primer', 'primera', 'primeiro', 'primeira', 'principal', 'principales', 'principais', 'main', 'top', 'plus']);

/**
 * Is the place at i the scope of a superlative in an apposition set off by a comma after a place: "de África" in "Uganda, el mayor
 * país de acogida de África,", "Africa's" in "Uganda, Africa's largest refugee host,"? The ranked place is a region or continent, not a
 * country; the superlative stands after the comma (past an article), at most five words before the place's "of", or right after an
 * English possessive that follows the comma; a comma closes the apposition.
 */
function rankScope(items: Item[], i: number): boolean {
  const closes = (k: number): boolean => {
    for (let j = k; j < Math.min(items.length, k + 6); j++) {
      if (isComma(items[j]) || (items[j]!.tok === 'punct' && items[j]!.lower !== '-')) return isComma(items[j]);
      if (items[j]!.place) return false;
    }
    return false;
  };
  // (The apposition is on a place, the subject, that the ranked place holds: "Uganda, [...] de África"; not "A Hidroeléctrica de Cahora
  // Bassa (HCB), maior produtora de energia de Moçambique", whose country is the company's own.)
  const onPlace = (comma: number): boolean => !!items[comma - 1]?.place && items[i]!.place!.place.kind !== 'country' && items[i]!.place!.via === 'name';
  // English: ", Africa's largest refugee host,"
  if (isComma(items[i - 1]) && items[i + 1]?.lower === 's' && SUPERLATIVES.has(items[i + 2]?.lower ?? '')) return onPlace(i - 1) && closes(i + 3);
  if (prepRole(items[i - 1]) !== 'of') return false;
  for (let k = i - 2; k >= Math.max(1, i - 6); k--) {
    const it = items[k]!;
    if (it.place || it.tok === 'punct') return false;
    if (!SUPERLATIVES.has(it.lower)) continue;
    const a = hasMark(items[k - 1], MB.det) ? k - 2 : k - 1;
    return isComma(items[a]) && onPlace(a) && closes(i + 1);
  }
  return false;
}

/** Roles of the place items of one sentence, left to right. */
export function placeRoles(items: Item[]): Array<Role | undefined> {
  const roles: Array<Role | undefined> = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    if (!items[i]!.place) continue;
    // "the Adriatic port of Split", "the Red Sea port of Jeddah": a place naming the region of a place noun
    // whose own place follows only locates it; the end is the place after "of".
    const g = items[i + 1];
    // ("from the Iranian city of Urmia": so does a nationality.)
    if (g && hasMark(g, MB.geo) && !g.place && prepRole(items[i + 2]) === 'of' && items[i + 3]?.place && items[i + 3]!.place!.via !== 'demonym') {
      roles[i] = { role: 'of', head: 'other' };
      continue;
    }
    // ("hasta el puerto georgiano de Poti", "la ville ukrainienne de Kharkiv": Romance order, the noun first.)
    if (items[i]!.place!.via === 'demonym' && hasMark(items[i - 1], MB.geo) && !items[i - 1]!.place && prepRole(items[i + 1]) === 'of' && items[i + 2]?.place && items[i + 2]!.place!.via !== 'demonym') {
      roles[i] = { role: 'of', head: 'other' };
      continue;
    }
    // "a agência da União Europeia, com sede em Varsóvia, que transferiu", "headquartered in Warsaw": the seat of an
    // organisation is no end of what the organisation gives or gets.
    // "missiles antichars Milan", "corbetas clase Incheon": a town's name for the goods' model is no place.
    // (A maker's seat is where it acts from: "A Embraer, sediada em São José dos Campos, entregou"; see residentSubject.)
    const seat = SEAT_WORDS.has(items[i - 2]?.lower ?? '') && IN_SEAT.has(items[i - 1]?.lower ?? '') ? i - 2 : SEAT_PHRASES.has(items[i - 1]?.lower ?? '') ? i - 1 : -1;
    if (namesModel(items, i) || (seat >= 0 && !makerBefore(items, seat)) || locatesPlaceBefore(items, i)) {
      roles[i] = { role: 'venue' };
      continue;
    }
    roles[i] = roleOf(items, i, roles);
    // ("shipped copper from its mines at Bor to China", "trucked to a smelter at Pirdop": a place locating the site a preposition
    // of origin or destination governs takes that preposition's role.)
    if (roles[i]!.role === 'in') {
      const site = governedSite(items, i);
      if (site) roles[i] = { role: site };
    }
    // ("Brazil sent 1,200 tonnes of relief there", "envió allí": "there" standing for a place (see buildItems) is where the goods went.)
    if (items[i]!.place!.via === 'anaphor' && THERE_TO.has(items[i]!.lower) && roles[i]!.role !== 'from') roles[i] = { role: 'to' };
    // ("the Kant air base near Bishkek", "a camp outside Riga": a place "near" or "outside" a base or camp is where, never who.)
    if (roles[i]!.role === 'bare' && NEAR.has(items[i - 1]?.lower ?? '') && (hasMark(items[i - 2], MB.geo) || SITES.has(items[i - 2]?.lower ?? ''))) roles[i] = { role: 'in' };
    // ("o gás argentino, que atravessa o território boliviano", "Argentine gas crosses Bolivian territory", "migrants who crossed
    // Guatemala": a place a verb of crossing has as its object is on the way, no end.)
    if ((roles[i]!.role === 'bare' || roles[i]!.role === 'demonym') && crossedObject(items, i)) roles[i] = { role: 'between' };
    // ("will be expelled straight from Kosovo to their home countries rather than return to Denmark", "en lugar de volver a España",
    // "au lieu de rentrer au Danemark": a place after "rather than" is where nothing goes.)
    if (insteadBefore(items, i)) roles[i] = { role: 'between' };
    // ("Uganda, el mayor país de acogida de África, recibió", "Uganda, Africa's largest refugee host, received": the place a
    // superlative in an apposition ranks within is its scope, no end.)
    if (rankScope(items, i)) roles[i] = { role: 'between' };
    // ("seguiram para França e para os Países Baixos": right after a verb that ends with its preposition of
    // destination, a place with no article of its own is where it goes.)
    if (roles[i]!.role === 'bare' && items[i - 1]?.trig && TO_ENDINGS.test(items[i - 1]!.lower)) roles[i] = { role: 'to' };
    // ("se embarcaron rumbo al gigante asiático", "rumbo a la India": right after a phrase of destination, where goods go.)
    // (Not where a ship sails, "El patrullero Furor zarpó de Rota rumbo al golfo de Guinea": its own voyage, no delivery.)
    // ("transferir 20 millones de euros a la Autoridad Palestina": a place closing a body's name after "to" and its article is
    // where the body is, the recipient.)
    if (roles[i]!.role === 'bare' && items[i - 1]?.cap && !items[i - 1]!.place && items[i - 1]!.tok === 'word' && untagged(items[i - 1]!) && hasMark(items[i - 2], MB.det) && prepRole(items[i - 2]) === null && prepRole(items[i - 3]) === 'to' && !items[i - 3]!.place) roles[i] = { role: 'to' };
    // ("rumbo al sur del Líbano", "en direction du sud du Liban": so past a compass noun and its "of".)
    const compass = (roles[i]!.role === 'bare' || roles[i]!.role === 'of') && prepRole(items[i - 1]) === 'of' && hasMark(items[i - 2], MB.geo) && !items[i - 2]!.place ? i - 2 : i;
    if ((roles[i]!.role === 'bare' || compass < i) && (hasMark(items[compass - 1], MB.dest) || (hasMark(items[compass - 1], MB.det) && hasMark(items[compass - 2], MB.dest))) && !hasBefore(items, i, 0, i, (x) => x.tags.some((g) => g.k === 'cargo' && g.cat === 'vehicles'))) roles[i] = { role: 'to' };
    // "importaron 900.000 toneladas de cebada, la mayor parte de Canadá": the share "of" a place is from it.
    // (Only in an aside after a comma: "to fund part of Syria's wage bill" names an owner.)
    if (roles[i]!.role === 'of' && prepRole(items[i - 1]) === 'of' && SHARE_WORDS.has(items[i - 2]?.lower ?? '') && items[i]!.place!.via !== 'demonym' && [3, 4, 5].some((d) => isComma(items[i - d]))) roles[i] = { role: 'from' };
    // "tonnes of New Zealand milk powder", "shipments of Ukraine grain": a country's name right before goods, after
    // "of" or opening the sentence, is where they come from.
    // (Not a buyer before goods and its purchase noun: "India oil imports from Russia".)
    const bought = !!items[i + 2]?.tags.some((g) => g.k === 'noun' && g.cls === 'receive');
    if ((roles[i]!.role === 'of' || (roles[i]!.role === 'bare' && i === 0)) && items[i]!.place!.via === 'name' && items[i]!.place!.place.kind === 'country' && isCargo(items[i + 1]) && !items[i + 1]!.place && !bought) roles[i] = { role: 'origin', head: 'cargo' };
    // ("deported 330 Myanmar nationals", "sent back 184 Myanmar soldiers", "received 300 more US tanks": a country's name or
    // abbreviation between a count, maybe with a word of more, and people or goods is their origin.)
    const counted = isNumeral(items[i - 1]) || (MORE.has(items[i - 1]?.lower ?? '') && isNumeral(items[i - 2]));
    if ((items[i]!.place!.via === 'name' || items[i]!.place!.via === 'abbreviation') && items[i]!.place!.place.kind === 'country' && counted && isCargo(items[i + 1]) && !items[i + 1]!.place) roles[i] = { role: 'origin', head: 'cargo' };
    // "Peru's copper is shipped to China", "China bought 70% of Brazil's soybeans": a country's produce is from it.
    // (Only commodities: "Ukraine's tanks" may have come from anywhere; nor before a transfer noun, whose owner the
    // possessive names: "Brazil's soybean exports".)
    if ((roles[i]!.role === 'poss' || (roles[i]!.role === 'of' && items[i + 1]?.lower === 's' && items[i + 1]!.start === items[i]!.end + 1)) && items[i]!.place!.via === 'name' && items[i]!.place!.place.kind === 'country' && commodity(items[i + 2]) && !items[i + 2]!.place && producePhraseEnd(items[i + 3])) roles[i] = { role: 'origin', head: 'cargo' };
    // "six U.S. lawmakers", "EU officials": an abbreviation before an official's noun names the officials' country.
    const abbrev = items[i]!.place!.via === 'abbreviation' || (!!items[i]!.cap && /^(?:[a-z]\.){2,3}$|^[a-z]\.[a-z]$/.test(items[i]!.lower));
    if (abbrev && roles[i]!.role === 'bare' && hasMark(items[i + 1], MB.actor) && !items[i + 1]!.place) roles[i] = { role: 'actor' };
    // ("U.S. Forces Korea, which keeps 28,500 troops in the country", "British Forces Cyprus": a place named right after a country's
    // "Forces" is where they are stationed, no subject.)
    if (roles[i]!.role === 'bare' && stationedForces(items, i)) roles[i] = { role: 'in' };
    // ("des émissaires russes et iraniens": a nationality coordinated with an actor's is an actor's too.)
    if (roles[i]!.role === 'demonym' && items[i]!.place!.via === 'demonym' && hasMark(items[i - 1], MB.coord) && roles[i - 2]?.role === 'actor' && items[i - 2]?.place?.via === 'demonym') roles[i] = { role: 'actor' };
    // ("com compras de 78 milhões, à frente do Reino Unido": a ranked place is one of "of"/"by"/"from", never "to", which
    // the "à" of "à frente de" would give it, and which a purchase noun reads as its seller.)
    if (rankedAt(items, roles, i)) roles[i] = { ...roles[i]!, ...(roles[i]!.role === 'to' ? { role: 'of' as const } : {}), ranked: true };
    // "shipments to West African buyers including Benin, Senegal": a nationality on a noun whose members
    // are listed names no end of its own; the list takes the role.
    if (items[i]!.place!.via === 'demonym' && roles[i]!.role === 'to' && listedAfter(items, i)) roles[i] = { role: 'demonym' };
    // "via l'aéroport d'Abéché, dans l'est du Tchad", "through Beira, in Mozambique": a place locating a
    // route is on the route too, not an end.
    if (roles[i]!.role === 'in' || roles[i]!.role === 'of') {
      const r = routeBefore(items, roles, i);
      if (r) roles[i] = r;
    }
    // "depuis le port de Cotonou, au Bénin", "aos portos de Itaqui, no Maranhão": a country or region after a
    // comma that holds the place right before it only locates that place; it is no end of its own.
    if (locates(items, roles, i)) roles[i] = { role: 'venue', locator: true };
  }
  return roles;
}

/** After the nationality at i, a noun then an elaboration naming places: "African buyers including Benin". */
function listedAfter(items: Item[], i: number): boolean {
  let k = i + 1;
  if (!isPlain(items[k]) && !items[k]?.cargo) return false;
  k++;
  if (isComma(items[k])) k++;
  if (!hasMark(items[k], MB.elab)) return false;
  k++;
  if (hasMark(items[k], MB.det)) k++;
  return !!items[k]?.place && items[k]!.place!.via !== 'demonym';
}

/** The route role of the place a comma apposition at i locates ("via X, dans l'est de Y"), else undefined. */
function routeBefore(items: Item[], roles: Array<Role | undefined>, i: number): Role | undefined {
  for (let k = i - 1; k >= Math.max(1, i - 8); k--) {
    const it = items[k]!;
    if (isComma(it)) return items[k - 1]?.place && roles[k - 1]?.role === 'between' ? roles[k - 1] : undefined;
    if (it.place || it.trig || it.cargo || !(hasMark(it, MB.det | MB.geo) || prepRole(it) === 'in' || prepRole(it) === 'of' || (isPlain(it) && !it.cap))) return undefined;
  }
  return undefined;
}

export function headOf(it: Item | undefined): Head {
  if (!it) return 'other';
  if (isCargo(it)) return 'cargo';
  if (isTriggerWord(it)) return 'trigger';
  if (hasMark(it, MB.actor)) return 'actor';
  if (it.tok === 'num' || has(it, (t) => t.k === 'num' || t.k === 'scale')) return 'num';
  return 'other';
}

/**
 * Is the people cargo ending at j (a list: "pilotos y técnicos") the complement of a training noun
 * ("formación de", "training of", "formation de")?
 */
export function trainees(items: Item[], j: number): boolean {
  let k = j;
  // (a count may stand before each: "formación de 150 pilotos y técnicos"; at most a dozen items back)
  const listed = (it: Item | undefined): boolean =>
    isCargo(it) || hasMark(it, MB.coord) || hasMark(it, MB.det) || isComma(it) || it?.tok === 'num' || !!it?.tags.some((g) => g.k === 'qual');
  while (k >= Math.max(0, j - 12) && listed(items[k])) {
    const c = items[k]!.tags.find((g) => g.k === 'cargo');
    if (c && c.k === 'cargo' && c.cat !== 'troops' && c.cat !== 'people') return false;
    k--;
  }
  if (k === j || prepRole(items[k]) !== 'of') return false;
  const head = items[k - 1]?.tags.find((g) => g.k === 'cargo');
  return !!head && head.k === 'cargo' && head.cat === 'training';
}


export function roleOf(items: Item[], idx: number, roles: Array<Role | undefined>): Role {
  const self = items[idx]!;
  let j = idx - 1;
  if (self.place!.via === 'demonym') {
    const prev = items[j];
    // "migrantes guatemaltecos y hondureños", "Dutch and Belgian troops": a nationality coordinated with
    // one that qualifies the cargo qualifies it too.
    const first = roles[j - 1];
    if ((hasMark(prev, MB.coord) || isComma(prev)) && items[j - 1]?.place?.via === 'demonym' && first?.head === 'cargo' && (first.role === 'origin' || first.role === 'to')) {
      return { ...first, coord: j - 1 };
    }
    // "dont 270 Maliens, 190 Guinéens et 150 Ivoiriens": counted nationalities listed one after another.
    if (headOf(prev) === 'num' && (hasMark(items[j - 1], MB.coord) || isComma(items[j - 1])) && items[j - 2]?.place?.via === 'demonym' && roles[j - 2]?.asNoun) {
      return { ...roles[j - 2]!, coord: j - 2 };
    }
    // "une commande passée auprès du constructeur français", "bought from the French maker": the maker's
    // nationality, in a phrase of whom goods come from, is the seller.
    if (MAKERS.has(prev?.lower ?? '')) {
      let p = j - 1;
      if (hasMark(items[p], MB.det) && prepRole(items[p]) === null) p--;
      // ("comprou do laboratório japonês": the Romance "de" right after a verb of buying.)
      if (prepRole(items[p]) === 'from' || FROM_MAKER.has(items[p]?.lower ?? '') || (prepRole(items[p]) !== null && FROM_MAKER.has(items[p - 1]?.lower ?? '')) || (prepRole(items[p]) === 'of' && !!items[p - 1]?.tags.some((g) => g.k === 'verb' && g.cls === 'receive'))) return { role: 'from' };
    }
    // "forneceu ao mercado português", "au marché français", "to the Portuguese market": the nationality of a
    // market goods go to is where they go.
    // ("un transfert de technologie vers le chantier indonésien": so is a maker's, goods go to.)
    // ("vendió 1.340 toneladas, sobre todo a compradores chinos": and buyers'.)
    const goesTo = (w: string | undefined): boolean => MAKERS.has(w ?? '') || BUYER_NOUN.test(w ?? '');
    if (goesTo(prev?.lower) || goesTo(items[idx + 1]?.lower)) {
      let p = goesTo(prev?.lower) ? j - 1 : j;
      // ("A fabricante brasileira Avibras": "a" opening the sentence is its article.)
      if (hasMark(items[p], MB.det) && (prepRole(items[p]) === null || p === 0)) p--;
      if (prepRole(items[p]) === 'to' && !items[p]!.place) return { role: 'to' };
      // ("o Egito prevê adquirir 250 mil toneladas no mercado brasileiro": a market goods are bought in.)
      if (prepRole(items[p]) === 'in' && !items[p]!.place && (MARKETS.has(prev?.lower ?? '') || MARKETS.has(items[idx + 1]?.lower ?? ''))) return { role: 'in', market: true };
    }
    // "A ministra da Saúde são-tomense", "el ministro de Asuntos Exteriores ruso": the nationality after an
    // official's portfolio is the official's.
    if (prev?.cap && !prev.place) {
      let k = j;
      for (let n = 0; n < 4 && items[k] && !items[k]!.place && !items[k]!.trig && (items[k]!.cap || (n > 0 && hasMark(items[k], MB.coord))); n++) k--;
      if (k < j && prepRole(items[k]) === 'of' && hasMark(items[k - 1], MB.actor) && !items[k - 1]!.place) return { role: 'actor' };
    }
    // ("20 mil toneladas de concentrado chinês": goods the lexicon does not know, counted by a measure, are goods too.)
    const measured = isPlain(prev) && !prev!.cap && prepRole(items[j - 1]) === 'of' && MEASURES.has(items[j - 2]?.lower ?? '');
    const h = measured ? 'cargo' : headOf(prev);
    // "la formación de mecánicos y técnicos peruanos", "training of Peruvian pilots": trainees' nationality
    // names who receives the training, not where the people come from.
    if (h === 'cargo' && trainees(items, j)) return { role: 'to', head: 'cargo' };
    // ("hosted Kenyan President William Ruto": after a verb, a nationality before an official's noun is the official's.)
    // (Not an official's thing: "welcomed the Chinese president's remarks".)
    const official = h === 'trigger' && hasMark(items[idx + 1], MB.actor) && !items[idx + 1]!.place && !!prev?.tags.some((g) => g.k === 'verb') && !prev.tags.some((g) => g.k === 'noun') && possessiveAfter(items, idx + 1, 4) < 0;
    if (h === 'cargo' || (h === 'trigger' && !official)) return { role: 'origin', head: h };
    // "60 000 migrants, en grande majorité éthiopiens,", "refugees, mostly Sudanese,": the nationality of most
    // of the people just named, in an aside.
    if (mostlyAside(items, j)) return { role: 'origin', head: 'cargo' };
    // "blindés Patria finlandais", "obuses K9 surcoreanos": a model name between the goods and their nationality.
    {
      const k = beforeModelName(items, j, 2);
      if (k < j && isCargo(items[k])) return { role: 'origin', head: 'cargo' };
    }
    // The goods' make, after them: "des radars, de fabrication suédoise", "fuzis de origem russa"; or
    // before its noun: "rifles of Russian origin".
    const goodsBefore = (k: number): boolean => isCargo(items[k]) || (isComma(items[k]) && isCargo(items[k - 1]));
    if (hasTagMark(prev, 'make') && prepRole(items[j - 1]) === 'of' && goodsBefore(j - 2)) return { role: 'origin', head: 'cargo' };
    if (hasTagMark(items[idx + 1], 'make') && prepRole(prev) === 'of' && goodsBefore(j - 1)) return { role: 'origin', head: 'cargo' };
    // "chars Leopard allemands et obusiers ZK-7 coréens": a model name the lexicon does not know, listed after
    // goods of a nationality, takes its own nationality the same way.
    {
      const k = beforeModelName(items, j, 3);
      const before = roles[k - 1];
      if (k < j && (hasMark(items[k], MB.coord) || isComma(items[k])) && items[k - 1]?.place?.via === 'demonym' && before?.role === 'origin' && before.head === 'cargo') {
        return { ...before, coord: k - 1 };
      }
    }
    // "mísseis de cruzeiro iranianos", "missiles de croisière iraniens": the demonym after a cargo's own complement.
    // "312 garimpeiros brasileiros": the nationality of counted people (or goods) the lexicon does not know.
    // (not a noun of places after "to": "para 30 países europeus" is where they go)
    if (isPlain(prev) && !prev!.cap && !hasMark(prev, MB.geo) && !PLACE_NOUNS.has(prev!.lower) && items[j - 1]?.tok === 'num' && prepRole(items[j - 2]) !== 'to') return { role: 'origin', head: 'cargo' };
    // ("1.400 toneladas de camarón hondureño": goods the lexicon does not know, after a counted measure.)
    if (isPlain(prev) && prepRole(items[j - 1]) === 'of' && !items[j - 1]!.place && (isCargo(items[j - 2]) || (isPlain(items[j - 2]) && items[j - 3]?.tok === 'num'))) return { role: 'origin', head: 'cargo' };
    // ...of two words: "systèmes de défense antiaérienne russes", "sistemas de defensa aérea rusos".
    // ("défense" is also an institution word: a word with only an actor or place-noun mark still qualifies.)
    const modifier = (x: Item | undefined): boolean => isPlain(x) || (!!x && !x.place && x.tok === 'word' && !x.trig && !x.cargo && x.prep === null && (x.marks & ~(MB.actor | MB.geo)) === 0);
    if (modifier(prev) && modifier(items[j - 1]) && prepRole(items[j - 2]) === 'of' && !items[j - 2]!.place && isCargo(items[j - 3])) return { role: 'origin', head: 'cargo' };
    // "gás natural liquefeito (GNL) russo", "gaz naturel liquéfié russe": after a parenthetical and up to
    // two adjectives, still the cargo's nationality.
    {
      let k = j;
      if (items[k]?.tok === 'punct' && (items[k]!.lower === ')' || items[k]!.lower === ']')) {
        k--;
        while (k >= 0 && items[k]!.paren) k--;
        if (items[k]?.tok === 'punct' && (items[k]!.lower === '(' || items[k]!.lower === '[')) k--;
      }
      for (let n = 0; n < 2 && modifier(items[k]) && !items[k]!.cap; n++) k--;
      if (k < j && isCargo(items[k])) return { role: 'origin', head: 'cargo' };
    }
    // A demonym used as a noun after a quantity: "7,7 milhões de venezolanos", "thousands of Syrians".
    // ("Hundreds of other Nepalis", "milhares de outros venezuelanos": past "other".)
    const o = OTHER_WORDS.has(prev?.lower ?? '') ? 1 : 0;
    if (h === 'num' || (prepRole(items[j - o]) === 'of' && headOf(items[j - 1 - o]) === 'num')) {
      // (past a model name with digits: "six Chinese Y-20 transport planes" are planes)
      let n1 = idx + 1;
      while (n1 < idx + 3 && items[n1]?.cap && !items[n1]!.place && !items[n1]!.trig && !isCargo(items[n1]) && /\d/.test(items[n1]!.lower)) n1++;
      const nx = headOf(items[n1]);
      // ("six Chinese officials", "seis deputados brasileiros": counted officials are actors, who visit.)
      if (nx === 'actor' && !isCargo(items[idx + 1]) && OFFICIALS.has(items[idx + 1]!.lower)) return { role: 'actor' };
      return { role: 'origin', head: 'cargo', ...(nx === 'cargo' || nx === 'actor' ? {} : { asNoun: true }) };
    }
    // ("Many Syrians returned from Lebanon", "Syrians fled to Turkey", "muitos sírios regressaram": so is a plural nationality
    // opening its noun phrase right before a verb of going back or of leaving, the people who go.)
    let vn = idx + 1;
    while (vn < idx + 3 && hasMark(items[vn], MB.aux | MB.passiveAux)) vn++;
    const verbNext = items[vn];
    if (nationalityNoun(items, idx) && verbNext?.trig && verbNext.tags.some((g) => g.k === 'verb' && ((g.cls === 'move' && g.sense === 'home') || g.cls === 'leave') && g.mood !== 'inf')) return { role: 'origin', head: 'cargo', asNoun: true };
    if (h === 'actor') {
      // "suministró a las Fuerzas Armadas venezolanas", "livré à l'armée malienne": the nationality of an
      // institution in the indirect object is the receiver.
      let p = j - 1;
      if (hasMark(items[p], MB.det)) p--;
      if (prepRole(items[p]) === 'to' && !items[p]!.place && !items[p]!.cargo) return { role: 'to', head: 'actor' };
      return { role: 'actor' };
    }
    // Adjective before the demonym: "tecnologias militares sensíveis russas" / "programa de mísseis balísticos norte-coreano".
    // ("Dutch and Belgian navy ships": past a coordinated place, the noun they share.)
    const nIdx = hasMark(items[idx + 1], MB.coord) && items[idx + 2]?.place ? idx + 3 : idx + 1;
    const next = items[nIdx];
    const nh = headOf(next);
    // "to Russian-controlled territory", "à la frontière russe": a demonym after a preposition is a place.
    const afterPrep = prepRole(prev) !== null || (hasMark(prev, MB.det) && prepRole(items[j - 1]) !== null);
    if (!hasMark(prev, MB.geo)) {
      // An adjective before its noun: "North Korean troops", "the first batch of Chinese-made J-10C fighter jets".
      const skip = next && (isPlain(next) || (next.cap && !next.place && !next.trig && next.marks === 0)) ? 1 : 0;
      const nh2 = skip ? headOf(items[nIdx + 1]) : nh;
      if (nh2 === 'cargo' || nh2 === 'trigger') return { role: 'origin', head: nh2 };
      if (nh2 === 'actor') {
        // "handed over two frigates to the Egyptian Navy": the nationality of an institution after "to" receives.
        let p = j;
        if (hasMark(items[p], MB.det)) p--;
        if (prepRole(items[p]) === 'to' && !items[p]!.place && !items[p]!.cargo) return { role: 'to' };
        return { role: 'actor' };
      }
      if (!afterPrep) return { role: 'demonym' };
    }
  }
  // "airdropped 20 tonnes of aid over northern Gaza", "quatre largages au-dessus du nord de Gaza": where an airdrop goes.
  if (airdropOver(items, idx)) return { role: 'to' };
  // "dos vizinhos Argentina e Uruguai", "from its ally Belarus", "de la voisine Algérie": a word for the
  // place's relation to another stands in the phrase of the place it names.
  if (RELATION.has(items[j]?.lower ?? '') && !items[j]!.place && (hasMark(items[j - 1], MB.det) || prepRole(items[j - 1]) !== null)) j--;
  // "into Sudan's Darfur region": a place after another's possessive takes that place's role.
  const owner = possessorAt(items, roles, j, 0);
  if (owner !== undefined) return { ...roles[owner]!, coord: owner };
  // "região de Kursk", "cidade costeira de Wonsan": skip "[geo] [adj] de".
  // "base aérienne 101 de Niamey", "the Russian city of Bryansk": up to three modifiers after the geo noun.
  if (hasMark(items[j], MB.det) && prepRole(items[j - 1]) === 'of' && !items[j - 1]!.place) j--;
  if (prepRole(items[j]) === 'of') {
    if (hasMark(items[j - 1], MB.geo)) {
      j -= 2;
      // "the Adriatic port of Split", "the Iranian city of Urmia": the region or nationality naming the place
      // noun belongs to it.
      if (items[j]?.place) j--;
    }
    else {
      for (let g = j - 1; g >= Math.max(0, j - 4); g--) {
        const x = items[g]!;
        if (hasMark(x, MB.geo)) {
          j = g - 1;
          // "the Russian city of": a demonym before the geo noun belongs to it.
          if (items[j]?.place?.via === 'demonym') j--;
          break;
        }
        if (!(isPlain(x) || x.tok === 'num' || x.place?.via === 'demonym')) break;
      }
    }
  } else if (hasMark(items[j], MB.geo) && prepRole(items[j]) === null) j--;
  // ("made at a plant in central Bulgaria", "in coastal Kenya": a lower-case adjective of position, as "northern" is.)
  else if (POSITION_ADJ.has(items[j]?.lower ?? '') && !items[j]!.cap && !items[j]!.place) j--;
  // "the border town of Adre": stacked geo nouns.
  while (j > 0 && hasMark(items[j], MB.geo) && prepRole(items[j]) === null && !items[j]!.place) j--;
  // "to Poland's eastern city of Lublin", "to Moldova's breakaway Transnistria region", "Haiti's capital Port-au-Prince": past
  // its geo noun and up to two lower-case words, a place after its own country's possessive takes that country's role.
  const country = possessorAt(items, roles, j, 2);
  if (country !== undefined && country < idx - 2 && items[country]!.place!.place.kind === 'country' && items[country]!.place!.place.country === self.place?.place.country) {
    return { ...roles[country]!, coord: country };
  }
  // "a seis países africanos, como o Mali e o Burkina Faso": the listed places take the phrase's role.
  if (hasMark(items[j], MB.det) && hasMark(items[j - 1], MB.elab)) j--;
  if (hasMark(items[j], MB.elab)) {
    for (let k = j - 1; k >= Math.max(0, j - 6); k--) {
      const pr = prepRole(items[k]);
      if (pr === 'to' || pr === 'in') return { role: pr };
      // "l'aide de trois pays, dont l'Italie", "arms from several states, including Iran": the givers.
      if ((pr === 'of' || pr === 'from') && !items[k]!.place) return withHead(items, k, pr);
      if ((items[k]!.place && items[k]!.place!.via !== 'demonym') || items[k]!.trig) break;
    }
  }
  const shared = sharedOf(items, roles, hasMark(items[j], MB.det) && prepRole(items[j - 1]) === 'of' ? j - 1 : j);
  if (shared) return shared;
  const it = items[j];
  // ("A Bélgica recebeu 520 mil toneladas pelo terminal de Gante", "por el puerto de Amberes", "par le port d'Anvers": a port,
  // terminal, airport or border post "by" which goods pass is where they went in or out, not who sent them (but see `route`).)
  if (idx > j + 1 && ROUTE_NOUNS.has(items[j + 1]!.lower) && prepRole(hasMark(it, MB.det) && prepRole(it) === null ? items[j - 1] : it) === 'by') return { role: 'in', route: true };
  if (hasMark(it, MB.det)) {
    const pr = prepRole(it);
    const before = prepRole(items[j - 1]);
    if (before && evenAt(items, j - 1)) return { role: 'bare' };
    if (before) return withHead(items, j - 1, before);
    // ("A Índia enviou lança-foguetes e a França entregou blindados": after "e", an article's "a" on a place right before its own
    // verb opens a clause; that place is its subject, not where the goods before went.)
    // ("e a Alemanha 200 ao Níger": so before a count of its own and a place, a clause with its verb left out.)
    const ownVerb = !items[j - 2]?.place && !!items[idx + 1]?.tags.some((g) => g.k === 'verb' && g.mood !== 'part' && g.mood !== 'inf' && g.mood !== 'ger');
    if (pr === 'to' && hasMark(items[j - 1], MB.coord) && (ownVerb || (items[idx + 1]?.tok === 'num' && countThenPlace(items, idx + 1)))) return { role: 'bare' };
    if (pr === 'to') return { role: 'to', weak: true };
    j--;
  }
  const pr = prepRole(items[j]);
  // ("Most of Mongolia's coal goes to China": a possessive on goods owns them, whatever preposition the phrase opens with.)
  if (pr === 'of' && items[idx + 1]?.lower === 's' && items[idx + 1]!.start === self.end + 1 && isCargo(items[idx + 2]) && !items[idx + 2]!.place) return { role: 'poss' };
  if (pr && evenAt(items, j)) return { role: 'bare' };
  if (pr) return withHead(items, j, pr);
  const next = items[idx + 1];
  if (next && next.lower === 's' && next.start === self.end + 1) return { role: 'poss' };
  const cj = items[j];
  // "à Síria e o Irã vendeu drones": a place followed by its own verb starts a new clause.
  // (past a French clitic of place or quantity: "au Laos, le Vietnam y a engagé", "la France en a livré")
  const nx = (items[idx + 1]?.lower === 'y' || items[idx + 1]?.lower === 'en') && hasMark(items[idx + 2], MB.aux | MB.passiveAux) ? items[idx + 2] : items[idx + 1];
  // ("acolherá 95 estudantes angolanos e Cuba outros 60": so does a name with a count of its own after a nationality,
  // a clause with its verb left out.)
  // ("France sent 300 soldiers to Chad and Germany 200 to Niger", "e a Alemanha 200 ao Níger": so does a name with a count of its own
  // after a place, when a place of destination follows the count.)
  const gappedAfterNationality = self.place!.via !== 'demonym' && (items[j - 1]?.place?.via === 'demonym' || (!!items[j - 1]?.place && nx?.tok === 'num' && countThenPlace(items, idx + 1))) && (ELLIPSIS_BEFORE.has(nx?.lower ?? '') || nx?.tok === 'num');
  const startsClause = !!nx && ((nx.trig && !nx.cargo) || hasMark(nx, MB.aux | MB.condAux | MB.neg | MB.plan | MB.passiveAux) || gappedAfterNationality);
  // ...unless the first conjunct is itself a subject: "companies in the UAE and Hong Kong channelled".
  const prevR = roles[j - 1];
  const subjectPair = !!prevR && (prevR.role === 'bare' || prevR.role === 'actor') && hasMark(cj, MB.coord);
  // (...or the places a subject comes from or is of: "Tourists from Germany and France arrived", "Vessels from Taiwan, South Korea
  // and the United States paid", "Turistas da Alemanha e França chegaram".)
  const fromPair = !!prevR && (prevR.role === 'from' || prevR.role === 'of') && hasMark(cj, MB.coord) && (j === idx - 1 || (j === idx - 2 && hasMark(items[idx - 1], MB.det)));
  if (cj && (!startsClause || subjectPair || fromPair) && (hasMark(cj, MB.coord) || isComma(cj)) && items[j - 1]?.place) {
    const r = roles[j - 1];
    if (r) return { ...r, coord: j - 1 };
  }
  // "training at Fort Sill, Oklahoma", "shipped from Fort Bragg, North Carolina": a place after a comma that follows a
  // site's name (capitalised words a preposition governs) locates the site, and takes the preposition's role.
  if (isComma(cj) && self.place!.via !== 'demonym') {
    let k = j - 1;
    let n = 0;
    while (k >= 0 && n < 4 && items[k]!.cap && !items[k]!.place && isPlain(items[k])) {
      k--;
      n++;
    }
    const pr = n > 0 ? prepRole(items[k]) : null;
    if (pr === 'in' || pr === 'to' || pr === 'from') return { role: pr };
  }
  if (self.place!.via === 'demonym') return { role: 'demonym' };
  return { role: 'bare' };
}

/**
 * "aos portos de Itaqui, no Maranhão, e de Suape", "from the ports of Santos and of Paranaguá": a "de" place
 * coordinated after an earlier "de" place (past that one's own location) shares its role.
 */
function sharedOf(items: Item[], roles: Array<Role | undefined>, p: number): Role | undefined {
  if (prepRole(items[p]) !== 'of' || !hasMark(items[p - 1], MB.coord)) return undefined;
  for (let k = p - 2, n = 0; k >= 1 && n < 8; k--, n++) {
    const it = items[k]!;
    // ("de Montoir-de-Bretagne (Loire-Atlantique) et de Dunkerque": past a parenthesis.)
    if (it.paren || it.lower === '(' || it.lower === ')') continue;
    if (it.place) {
      const q = hasMark(items[k - 1], MB.det) ? k - 2 : k - 1;
      if (prepRole(items[q]) !== 'of') continue;
      const r = roles[k];
      return r && (r.role === 'to' || r.role === 'from' || r.role === 'in') ? { ...r, coord: k } : undefined;
    }
    if (!(isComma(it) || prepRole(it) === 'in' || hasMark(it, MB.det))) return undefined;
  }
  return undefined;
}

export function withHead(items: Item[], prepIdx: number, role: PrepRole): Role {
  let h = prepIdx - 1;
  // ("repatriados à força da Lunda Norte", "expulsés de force du pays", "deported by force from": "by force"
  // stands between the verb and its place.)
  // (Only right after a verb: "sent soldiers to the force of the African Union" names a force, no manner.)
  if (FORCE.has(items[h]?.lower ?? '') && !items[h]!.cap) {
    const det = hasMark(items[h - 1], MB.det) ? 1 : 0;
    const p = items[h - 1 - det];
    if (p && MANNER_PREPS.has(p.lower) && items[h - 2 - det]?.trig) h -= 2 + det;
  }
  // ("chegam sobretudo dos Emirados", "come mainly from": an adverb of degree or manner right after a verb of moving.)
  if ((MANNER.test(items[h]?.lower ?? '') || SHARE_ADVERBS.has(items[h]?.lower ?? '')) && !items[h]!.cap && items[h - 1]?.trig && items[h - 1]!.tags.some((g) => g.k === 'verb' && g.cls === 'move')) h--;
  if (hasMark(items[h], MB.det)) h--;
  // "17 caças Gripen da Suécia", "Su-30 jets": a model name after the cargo noun.
  if (items[h]?.cap && !items[h]!.place && untagged(items[h]!) && isCargo(items[h - 1])) h--;
  // "une aide similaire de Madrid", "ayuda adicional de España": an adjective after the cargo noun.
  else if (role === 'of' && isPlain(items[h]) && !items[h]!.cap && isCargo(items[h - 1])) h--;
  // ("uma empresa estatal de Omã": so may an actor noun; "à Marinha Real do Camboja": a body's name, capitalised.)
  else if (role === 'of' && isPlain(items[h]) && (!items[h]!.cap || !!items[h - 1]?.cap) && hasMark(items[h - 1], MB.actor)) h--;
  // "ramené 80 Sénégalais de Tripoli": people counted by a demonym noun are the cargo the "de" completes.
  const head = items[h]?.place?.via === 'demonym' && headOf(items[h - 1]) === 'num' ? 'cargo' : headOf(items[h]);
  // "citizens of Lesotho", "ressortissants du Mali": a place owning citizens is their nationality, as a
  // demonym would be. (Not the Iberian "cidadãos do Líbano", which may say where they are brought from.)
  // ("Le Japon a évacué 80 de ses ressortissants du Soudan", "its citizens from": citizens a possessive gives to the subject
  // come from the place after them; they are not its nationals.)
  if (role === 'of' && items[h]?.tags.some((g) => g.k === 'cargo' && g.unit === 'citizens') && POSSESSIVES.has(items[h - 1]?.lower ?? '')) return { role: 'from', head: 'cargo' };
  // ("outros 60 cidadãos do arquipélago aguardam deportação no Texas": so is a word standing for a country of the discourse, "do país",
  // "do arquipélago", whatever the language: they are its nationals.)
  if (role === 'of' && (items[prepIdx]?.lower === 'of' || /^ressortissant/.test(items[h]?.lower ?? '') || items[prepIdx + 1]?.place?.via === 'anaphor' || items[prepIdx + 2]?.place?.via === 'anaphor') && items[h]?.tags.some((g) => g.k === 'cargo' && g.unit === 'citizens'))
    return { role: 'origin', head: 'cargo' };
  // ("Por ordem de Luanda, foram expulsos", "on the orders of Kigali", "sur ordre de Paris": who ordered the transfer is its agent.)
  if ((role === 'of' || role === 'from') && ORDERS.has(items[h]?.lower ?? '') && BY_ORDER.has(items[hasMark(items[h - 1], MB.det) ? h - 2 : h - 1]?.lower ?? '')) return { role: 'by' };
  // "a tour of China, Japan and South Korea", "una gira por China", "uma digressão pela China e pelo Japão": the places a tour
  // goes through are where it goes.
  // ("pela China e pelo Japão": so do the places coordinated after it with the same preposition.)
  if (role === 'of' || role === 'by') {
    let t = h;
    while ((hasMark(items[t], MB.coord) || isComma(items[t])) && items[t - 1]?.place) {
      let q = t - 2;
      if (hasMark(items[q], MB.det) && prepRole(items[q]) === null) q--;
      if (prepRole(items[q]) !== role) break;
      t = q - 1;
    }
    // (A world region names the tour, no stop: "una gira por el Golfo que lo llevará después a Doha".)
    const stop = items[prepIdx + 1]?.place ?? items[prepIdx + 2]?.place;
    if ((role === 'of' ? TOURS_OF : TOURS_THROUGH).has(items[t]?.lower ?? '') && stop?.place.country) return withHead(items, prepIdx, 'to');
  }
  // "refuelling stops in Algeria and Niger", "com escala em Lisboa", "avec une escale à Dakar": a stop on the
  // way is on the route, no end.
  // (Not a call that is the point of the trip: "el buque hará escala en Mahé".)
  // ("con una escala técnica en Madrid": past an adjective.)
  if (role === 'in' || role === 'to') {
    const stop = STOPOVERS.has(items[h]?.lower ?? '') ? h : isPlain(items[h]) && !items[h]!.cap && STOPOVERS.has(items[h - 1]?.lower ?? '') ? h - 1 : -1;
    if (stop >= 0 && [1, 2, 3].some((d) => WITH_WORDS.has(items[stop - d]?.lower ?? ''))) return { role: 'between' };
  }
  // "officials in Seoul", "ambassador to Russia": a place qualifying a person is no endpoint.
  // ("front companies in the UAE ... channelled": where the actor is based stands for the actor.)
  if (role === 'in' && head === 'actor') return { role: 'actor' };
  // "numa cerimónia em Lisboa", "at a summit in Astana", "lors d'une cérémonie à Toulon": where an event
  // was held is neither end of the transfer announced at it.
  // ("lors d'une cérémonie à Belgrade": French "à" too.)
  if ((role === 'in' || role === 'to') && hasTagMark(items[h], 'event')) return { role: 'venue' };
  // "helicópteros fabricados na França", "drones made in Iran": where goods are made is where they come from.
  if (role === 'in' && madeBefore(items, h)) return { role: 'from', made: true };
  // ("fabriqués au Brésil", "extraites à Kolwezi": French "à" after a making participle says where, not whither.)
  if (role === 'to' && MADE_AT.has(items[prepIdx]?.lower ?? '') && madeBefore(items, h)) return { role: 'from', made: true };
  // "hélicoptères commandés aux États-Unis", "caças encomendados à Suécia": who goods were ordered or bought
  // "from" ("à") is their seller. (English says "from" itself; "ordered to" is a command.)
  // ("acheté principalement à Trinité-et-Tobago": past an adverb.)
  if (role === 'to' && (hasTagMark(items[h], 'ordered') || (isPlain(items[h]) && MANNER.test(items[h]!.lower) && hasTagMark(items[h - 1], 'ordered'))) && ORDER_FROM.has(items[prepIdx]?.lower ?? '')) return { role: 'from', seller: true };
  // ("Les Ivoiriens installés au Canada", "établis aux États-Unis": French "à" after a participle of residence says where.)
  if (role === 'to' && residesAt(items, prepIdx)) return { role: 'in' };
  // "desde campamentos en Chad", "from camps in Chad": where people come from is the place of the camps.
  // (Not a time: "El Salvador mantiene desde mayo en el país a 70 soldados", "since March in Chad".)
  if (role === 'in' && (isPlain(items[h]) || hasMark(items[h], MB.geo)) && !TIME_NOUNS.has(items[h]?.lower ?? '') && prepRole(items[h - 1]) === 'from' && !items[h - 1]!.place) return { role: 'from' };
  // ("60 soldados do Exército para Temuco": the actor owns goods or troops before it, whose "to" it is.)
  // ("seguiu acompanhado pela delegação para Pequim": an actor after "by" is company or agent; the "to" is the verb's.)
  const afterBy = prepRole(items[h - 1]) === 'by' || (hasMark(items[h - 1], MB.det) && prepRole(items[h - 2]) === 'by');
  if (role === 'to' && head === 'actor' && !(prepRole(items[h - 1]) === 'of' && isCargo(items[h - 2])) && !afterBy) return { role: 'between' };
  // "à população da Etiópia", "al ejército de Myanmar", "aux déplacés du nord du Burkina": a recipient noun
  // after "to" hands its role to the place that owns it.
  // "a cultivadores de café de Huila": the traders named by their goods own the place.
  if (role === 'of' && isPlain(items[h]) && prepRole(items[h - 1]) === 'of' && TRADERS.has(items[h - 2]?.lower ?? '')) h -= 2;
  if (role === 'of' && (head === 'actor' || hasMark(items[h], MB.benef) || TRADERS.has(items[h]?.lower ?? ''))) {
    let b = h - 1;
    if (hasMark(items[b], MB.det)) b--;
    // ("às Forças Armadas de Defesa de Moçambique": past a body's name of several words joined by "de".)
    // (Not from the sentence's opening article: "A ministra da Defesa de Portugal chegou".)
    let chained = false;
    for (let n = 0; n < 2 && prepRole(items[b]) === 'of' && !items[b]!.place && !items[b - 1]?.place && (hasMark(items[b - 1], MB.actor) || !!items[b - 1]?.cap); n++) {
      b -= 2;
      chained = true;
      if (hasMark(items[b], MB.det) && prepRole(items[b]) === null) b--;
    }
    if (prepRole(items[b]) === 'to' && !items[b]!.place && !items[b]!.cargo && !(chained && b <= 0)) return { role: 'to' };
  }
  // "via le poste frontière de Rosso", "through the port of Beira": a place owning the nouns a route
  // preposition introduces is on the route too.
  // ("routing the payment through a bank in Dubai", "a través de un banco en Panamá": so is a place the nouns are "in".)
  if ((role === 'of' || role === 'in') && !items[h]?.place && (hasMark(items[h], MB.geo) || isPlain(items[h]))) {
    for (let k = h - 1, n = 0; k >= 0 && n < 5; k--, n++) {
      const it = items[k]!;
      if (it.place || it.trig || it.cargo) break;
      if (prepRole(it) === 'between' && ROUTE.has(it.lower)) return { role: 'between' };
      if (!(hasMark(it, MB.geo) || hasMark(it, MB.det) || isPlain(it))) break;
    }
  }
  // "dans un camp du sud-ouest de la France", "no porto de Odessa": a place owning a chain of place nouns
  // after "in"/"to"/"from" takes that preposition's role (the camp in the south-west of France is in France).
  if (role === 'of' && (hasMark(items[h], MB.geo) || (isPlain(items[h]) && !items[h]!.cap && hasMark(items[h - 1], MB.geo))) && !items[h]!.place) {
    for (let k = h - 1, n = 0; k >= 0 && n < 8; k--, n++) {
      const it = items[k]!;
      if (it.place || it.trig || it.cargo) break;
      const pr = prepRole(it);
      if (pr === 'in' || pr === 'to' || pr === 'from') return { role: pr };
      // ("en el aeropuerto internacional de la capital haitiana", "the international airport of": an adjective next to a place noun.)
      const adjective = isPlain(it) && !it.cap && (hasMark(items[k - 1], MB.geo) || hasMark(items[k + 1], MB.geo));
      if (!(hasMark(it, MB.geo) || hasMark(it, MB.det) || pr === 'of' || adjective)) break;
    }
  }
  // ("para as fábricas de Ílhavo", "às unidades de secagem de Ílhavo", "aos Caminhos de Ferro de Moçambique": so do
  // plain nouns, or a body's name, after "to" in a transfer's clause; and after an explicit "from": "prevé enviar
  // desde las presas de Chihuahua".)
  const nounWord = (it: Item | undefined): boolean => !!it && it.tok === 'word' && !it.place && !it.trig && !it.cargo && (isPlain(it) || (!!it.cap && untagged(it)));
  // ("a centros de acogida de Málaga": a noun's complement that is a verb's form, "acogida", is part of the noun.)
  const compound = prepRole(items[h - 1]) === 'of' && nounWord(items[h - 2]) && !!items[h] && !items[h]!.place && !items[h]!.cargo && !items[h]!.cap && items[h]!.tags.length > 0 && items[h]!.tags.every((g) => g.k === 'verb');
  // (Not an event named after the place: "depuis la chute de Bukavu" is when, not where from.)
  if (role === 'of' && (nounWord(items[h]) || compound) && !OFFSHORE.has(items[h]!.lower) && !SHARE_WORDS.has(items[h]!.lower) && !EVENT_NOUNS.has(items[h]!.lower)) {
    for (let k = h - 1, n = 0; k >= 0 && n < 5; k--, n++) {
      const it = items[k]!;
      if (it.place || it.trig || it.cargo) break;
      const pr = prepRole(it);
      // ("desde a queda de Nyala": "a" after a preposition is an article.)
      // ("para a fábrica de liquefação de Darwin": but after "para" it is the article of "to".)
      if (pr === 'to' && hasMark(it, MB.det) && prepRole(items[k - 1]) !== null) {
        if (prepRole(items[k - 1]) === 'to' && !THANKS.has(items[k - 2]?.lower ?? '') && hasBefore(items, k - 1, 0, 10, (x) => !!x.trig)) return { role: 'to' };
        break;
      }
      const inClause = hasBefore(items, k, 0, 10, (x) => !!x.trig);
      if (pr === 'from' && FROM_WORDS.has(it.lower) && inClause) return { role: pr };
      // (Not "grâce à une médiation du Qatar", "graças a": thanks to someone is no destination; nor "han dejado a
      // buena parte del país sin electricidad", outside a transfer's clause.)
      if (pr === 'to') return THANKS.has(items[k - 1]?.lower ?? '') || !inClause ? { role, head } : { role: pr };
      // (Nor "au large de la Grèce", "ao largo da Grécia": off a coast; nor a share.)
      if (SHARE_WORDS.has(it.lower) || OFFSHORE.has(it.lower) || !(hasMark(it, MB.det) || pr === 'of' || (pr === null && nounWord(it)))) break;
    }
  }
  return role === 'of' ? { role, head } : { role };
}

/** A delegation or an envoy of officials ("delegação", "delegation", "délégation", "comitiva", "emissário", "envoy"). */
export const DELEGATION = /^(?:delega[cçt]|d[ée]l[ée]gation|comitiva|emiss[aá]ri|envoy|enviad[oa]s?$)/;

/**
 * "from its mines at Bor", "to a smelter at Pirdop": when the place at `i` follows "at" right after a plain noun (with an article
 * or a possessive before it) that "from" or "to" governs, that preposition's role ('from' or 'to'), else undefined.
 */
function governedSite(items: Item[], i: number): 'from' | 'to' | undefined {
  let k = i - 1;
  if (hasMark(items[k], MB.det)) k--;
  if (prepRole(items[k]) !== 'in' || items[k]!.lower !== 'at') return undefined;
  k--;
  const noun = items[k];
  if (!noun || !isPlain(noun) || noun.cap) return undefined;
  k--;
  if (hasMark(items[k], MB.det) || POSSESSIVES.has(items[k]?.lower ?? '')) k--;
  const r = prepRole(items[k]);
  return r === 'from' || r === 'to' ? r : undefined;
}

/**
 * The place whose English possessive ("'s") stands at j, or up to `skip` lower-case words or geo nouns before it ("Poland's eastern
 * city of"), with a role of its own; else undefined.
 */
function possessorAt(items: Item[], roles: Array<Role | undefined>, j: number, skip: number): number | undefined {
  let k = j;
  for (let n = 0; n < skip && k > 1 && items[k]!.lower !== 's' && !items[k]!.cap && (isPlain(items[k]) || hasMark(items[k], MB.geo)) && !items[k]!.place && prepRole(items[k]) === null; n++) k--;
  const owner = items[k - 1];
  return items[k]?.lower === 's' && owner?.place && roles[k - 1] && items[k]!.start === owner.end + 1 ? k - 1 : undefined;
}

/** Verbs of crossing a place on the way ("atravesando", "atravessou", "traversant", "crossing", "cruzado"). */
export const CROSSING = /^(?:atraves|atravess|travers|cross|cruz)/;

/** Is the place at `i` the object of a verb of crossing, past an article and a word for territory ("atravessa o território boliviano")? */
function crossedObject(items: Item[], i: number): boolean {
  let j = i - 1;
  if (TERRITORY.has(items[j]?.lower ?? '')) j--;
  if (hasMark(items[j], MB.det)) j--;
  return !!items[j]?.trig && CROSSING.test(items[j]!.lower);
}

/** A multiword verb ending with a preposition of destination ("seguiram para", "went to", "se dirigen hacia"). */
const TO_ENDINGS = / (?:para|to|into|towards|hacia|vers|rumo a)$/;

/** Events named after a place ("a queda de Cabul", "the fall of Kabul"): the place is when, not where from. */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'chute', 'queda', 'caída', 'fall', 'prise', 'tomada', 'toma', 'capture', 'siège', 'cerco', 'sitio', 'siege', 'bataille', 'batalha',
  'batalla', 'battle', 'libération', 'libertação', 'liberación', 'liberation', 'invasion', 'invasão', 'invasión', 'massacre', 'masacre',
]);

/** "force" in the four languages, as in "by force", "à força", "por la fuerza", "de force". */
const FORCE: ReadonlySet<string> = new Set(['force', 'força', 'fuerza']);
/** The prepositions of "by force" in the four languages ("by", "à", "pela", "por", "a", "de", "par"). */
const MANNER_PREPS: ReadonlySet<string> = new Set(['by', 'à', 'pela', 'por', 'a', 'de', 'par']);

/** Route prepositions (single words; "with a stopover in" and the like name their place directly). */
const ROUTE: ReadonlySet<string> = new Set(['via', 'through', 'a través de', 'a través del', 'através de', 'através do', 'através da', 'à travers']);

/** French participles of residence: "installés", "établie", "basés", "vivant", "résidant", "domiciliés". */
const RESIDING_AT = /^(?:install|bas|domicili)(?:é|ée|és|ées)$|^établi(?:e|s|es)?$|^(?:vivant|résidant|habitant)$/;

/** The French "à" at p says where people live: "installés au Canada", "établis aux États-Unis". */
export function residesAt(items: Item[], p: number): boolean {
  return MADE_AT.has(items[p]?.lower ?? '') && RESIDING_AT.test(items[p - 1]?.lower ?? '');
}

/** English adjectives of position a preposition may govern a place through ("in central Bulgaria"); the others are geo words. */
const POSITION_ADJ: ReadonlySet<string> = new Set(['central', 'coastal']);
/** Adverbs of manner or degree, by their ending ("principalement", "principalmente", "mainly"). */
const MANNER = /^\p{L}{3,}(?:ment|mente|ly)$/u;
/** French "à" and its contractions, which say where as well as whither. */
const MADE_AT: ReadonlySet<string> = new Set(['à', 'au', 'aux']);

/** "fabricados na", "made in", "fabricados pela Embraer em", "built by Naval Group in": a making participle before "in". */
function madeBefore(items: Item[], h: number): boolean {
  // ("carregados em Omã, na Índia e nos Emirados": a place listed after one made there, with an "in" of its own.)
  if ((isComma(items[h]) || hasMark(items[h], MB.coord)) && items[h - 1]?.place) {
    const p = hasMark(items[h - 2], MB.det) ? h - 3 : h - 2;
    // ("chargés à Ras Tanura et à Bassora": so with the French "à".)
    if ((prepRole(items[p]) === 'in' || MADE_AT.has(items[p]?.lower ?? '')) && !items[p]!.place) return madeBefore(items, p - 1);
  }
  for (let k = h; k >= Math.max(0, h - 4); k--) {
    const it = items[k];
    if (hasTagMark(it, 'made')) return true;
    // ("assembled at the Airbus plant in Seville": past the plant's own "at" or "in".)
    if (!it || it.place || !(it.cap || hasMark(it, MB.det) || prepRole(it) === 'by' || (prepRole(it) === 'in' && k < h) || isPlain(it))) return false;
  }
  return false;
}

/** Months and units of time, which "since"/"desde"/"depuis" may govern. */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  'janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro',
  'enero', 'febrero', 'marzo', 'mayo', 'junio', 'julio', 'septiembre', 'octubre', 'noviembre', 'diciembre',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'semana', 'semanas', 'mês', 'meses', 'mes', 'ano', 'anos', 'año', 'años', 'dia', 'dias', 'día', 'días', 'week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days',
  'semaine', 'semaines', 'mois', 'an', 'ans', 'année', 'années', 'jour', 'jours', 'então', 'entonces', 'lors', 'then',
]);

/** A market, as where goods go ("ao mercado português", "to the Chinese market"). */
const MARKETS: ReadonlySet<string> = new Set(['mercado', 'market', 'marché', 'mercados', 'markets', 'marchés']);

/** "thanks", "owing" and "in response" before "to" ("grâce à", "devido à", "face à", "debido a", "thanks to"): no destination. */
const THANKS: ReadonlySet<string> = new Set(['grâce', 'graças', 'gracias', 'thanks', 'merci', 'devido', 'debido', 'face', 'frente', 'resposta', 'respuesta', 'réponse', 'relação', 'relación', 'quanto', 'cuanto', 'due', 'owing', 'response', 'reação', 'reacción', 'réaction', 'alusão', 'alusión']);

/** "au large de", "ao largo de", "a lo largo de": off a coast or along, no destination. */
const OFFSHORE: ReadonlySet<string> = new Set(['large', 'largo']);

/** Prepositions that say "from" and nothing else (not "de", also "of"). */
const FROM_WORDS: ReadonlySet<string> = new Set(['desde', 'from', 'depuis']);

/** Officials as people (not an institution: "100 Japanese navy officers" are trainees, "six Chinese air force planes" goods). */
const OFFICIALS: ReadonlySet<string> = new Set([
  'officials', 'lawmakers', 'legislators', 'senators', 'congressmen', 'parliamentarians', 'diplomats', 'ministers',
  'deputados', 'parlamentares', 'senadores', 'congressistas', 'diplomatas', 'ministros', 'governantes',
  'legisladores', 'diputados', 'congresistas', 'parlamentarios', 'diplomáticos', 'funcionarios',
  'députés', 'parlementaires', 'sénateurs', 'élus', 'diplomates', 'ministres', 'responsables',
]);

/** Nouns of a destination or buyer ("principal destino", "main buyer", "premier client", "mercado"). */
export const BUYER_NOUN = /^(?:destin|comprador|compradores|buyers?$|clients?$|clientes?$|mercados?$|markets?$|march[ée]s?$|importador|importateur|importers?$|acheteurs?$|customers?$|compradoras?$)/;

/** Stops on the way ("refuelling stops in", "escala em", "une escale à"). */
/** Where an airdrop falls: "over", "above", "au-dessus (de)", "sur", "sobre". */
const OVER: ReadonlySet<string> = new Set(['over', 'above', 'au-dessus', 'sur', 'sobre']);
/** Words of an airdrop (the lexicons' verbs and nouns). */
const AIRDROP = /^(?:air-?drop|largage|parachut)/;

/**
 * Is the place at idx where an airdrop falls: after "over"/"au-dessus de"/"sur", past at most four words of the place's
 * part ("northern", "du nord de la bande de"), with a word of airdropping at most fourteen items before?
 */
function airdropOver(items: Item[], idx: number): boolean {
  for (let k = idx - 1; k >= Math.max(0, idx - 6); k--) {
    const it = items[k]!;
    if (OVER.has(it.lower)) {
      for (let j = k - 1; j >= Math.max(0, k - 14); j--) if (AIRDROP.test(items[j]!.lower) && items[j]!.trig) return true;
      return false;
    }
    if (it.place || it.trig || it.tok !== 'word' || (it.cap && !hasMark(it, MB.geo))) return false;
  }
  return false;
}

/** Orders, and the prepositions of acting on them ("por ordem de", "por orden de", "on the orders of", "sur ordre de"). */
const ORDERS: ReadonlySet<string> = new Set(['ordem', 'ordens', 'orden', 'órdenes', 'ordre', 'ordres', 'order', 'orders']);
const BY_ORDER: ReadonlySet<string> = new Set(['por', 'sur', 'on', 'under']);
/** Nouns of a tour, whose "of" names the places it goes to ("a tour of Asia"). */
const TOURS_OF: ReadonlySet<string> = new Set(['tour', 'tours']);
/** Nouns of a trip, whose "por"/"pela" names the places it goes through ("una gira por Asia", "uma viagem pela China"). */
// (Not a journey, "un largo periplo por China", "a viagem pela Líbia": migrants' routes go through places.)
const TOURS_THROUGH: ReadonlySet<string> = new Set(['gira', 'giras', 'digressão', 'digressões', 'turnê', 'giro']);
const STOPOVERS: ReadonlySet<string> = new Set(['stop', 'stops', 'stopover', 'stopovers', 'layover', 'escala', 'escalas', 'escale', 'escales']);

/** "with" in the four languages (a stop made on the way: "with refuelling stops in", "com escala em"). */
export const WITH_WORDS: ReadonlySet<string> = new Set(['with', 'com', 'con', 'avec']);

/** Words of compass direction ("north of Colombo", "au nord de Dakar", "ao norte de Luanda", "al sur de Lima"). */
const COMPASS = /^(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|norte|sul|sur|nord|sud|est|ouest|oeste|nordeste|noroeste|sudeste|sudoeste|nord-est|nord-ouest|sud-est|sud-ouest)$/;

/**
 * Is the town at i only the landmark that locates a place named right before it ("from Negombo, north of Colombo", "à Mbour,
 * à 80 km au sud de Dakar", "em Caxito, a norte de Luanda")? Then it is no end.
 */
function locatesPlaceBefore(items: Item[], i: number): boolean {
  // (A town as the landmark: "in the west of Cuba", "no norte da Austrália" name the country the place lies in, read elsewhere.)
  if (prepRole(items[i - 1]) !== 'of' || items[i]?.place?.place.kind !== 'city') return false;
  let k = i - 2;
  if (hasMark(items[k], MB.det)) k--;
  if (!COMPASS.test(items[k]?.lower ?? '')) return false;
  k--;
  if (hasMark(items[k], MB.det) || items[k]?.prep) k--;
  // (past a distance: "80 km", "50 miles")
  if (items[k] && /^(?:km|kms|kilometres|kilometers|quilómetros|quilômetros|kilómetros|miles)$/.test(items[k]!.lower) && items[k - 1]?.tok === 'num') k -= 2;
  if (items[k]?.prep) k--;
  return isComma(items[k]) && !!items[k - 1]?.place && items[k - 1]!.place!.via === 'name';
}

/** English words of nearness before a place ("near Bishkek", "outside Riga"). */
const NEAR: ReadonlySet<string> = new Set(['near', 'outside', 'nearby']);
/** After the count at n, within four words (no clause break), a preposition and a place: "200 au Niger", "200 to Niger". */
function countThenPlace(items: Item[], n: number): boolean {
  for (let k = n + 1; k <= n + 4 && k < items.length; k++) {
    if (items[k]!.place) return prepRole(items[k - 1]) !== null || (hasMark(items[k - 1], MB.det) && prepRole(items[k - 2]) !== null);
    if (items[k]!.tok === 'punct') return false;
  }
  return false;
}

/** Ways in and out of a country: ports, terminals, airports, border posts. */
const ROUTE_NOUNS: ReadonlySet<string> = new Set(['port', 'ports', 'porto', 'portos', 'puerto', 'puertos', 'terminal', 'terminais', 'terminales', 'terminaux', 'aeroporto', 'aeropuerto', 'aéroport', 'airport', 'posto', 'paso', 'poste']);
/** Sites that a place "near" locates ("air base near Bishkek"). */
const SITES: ReadonlySet<string> = new Set(['base', 'bases', 'camp', 'camps', 'airport', 'airfield', 'port', 'facility', 'plant', 'depot', 'terminal']);

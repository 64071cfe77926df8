/**
 * Cargo: the nouns a trigger governs (lists give one flow each), their categories, quantities and units;
 * elaborations ("tecnologias, como sistemas..."), modifiers ("tecnologias militares"), carriers
 * ("avions chargés d'aide"), prices ("por US$ 300 milhões") and reciprocity ("em troca de petróleo").
 */
import { CAPTIVE, chargeAt, TRAFFICKING } from './triggers';
import { CAPITALISED_MODELS, MODEL_NAMES, modelName } from './lexicon/models';
import { actorNationality, CENTRES, has, hasBefore, hasMark, isCargo, isComma, isNumeral, isPlain, isRegional, MB, POSSESSIVES, prepRole, WITH, type Item } from './items';
import { ENERGY, MEASURES, quantityAt, readLeft, VAGUE, VESSEL, type Quantity } from './quantity';
import { MOSTLY, trainees, type Role } from './roles';
import type { Trigger } from './triggers';
import type { FlowCategory, Lang } from '../story';

/** Facilities named by the goods they make ("dos plantas de carbonato de litio", "a fábrica de munições"). */
const FACILITIES: ReadonlySet<string> = new Set(['planta', 'plantas', 'fábrica', 'fábricas', 'refinería', 'refinerías', 'refinaria', 'refinarias', 'usina', 'usinas', 'usine', 'usines', 'raffinerie', 'raffineries', 'factory', 'factories', 'refinery', 'refineries', 'plant', 'plants']);
/** Words that frame a transfer in a programme ("under", "no âmbito de", "ao abrigo de", "dans le cadre de", "en el marco de", "al amparo de"). */
const FRAME: ReadonlySet<string> = new Set(['under', 'âmbito', 'ambito', 'cadre', 'marco', 'abrigo', 'amparo', 'dentro', 'within']);
/** Units of parts ("componentes", "spare parts"): parts of a weapon take the weapon's category. */
const PARTS: ReadonlySet<string> = new Set(['components', 'spare parts', 'parts']);

export interface CargoHit {
  cat: FlowCategory;
  /** Language-neutral unit key: the lexicon's English gloss ("soldiers") or an ISO 4217 code. */
  unit: string;
  /** A money amount introduced as a price ("por US$ 300 milhões", "for $2bn"). */
  price?: boolean;
  /** The cargo's own word in the article ("soldados"), shown beside the quantity; absent for currencies. */
  word?: string;
  q: Quantity | null;
  reversed: boolean;
  /** The item index of the cargo word in the sentence, when the hit comes from one. */
  at?: number;
  /** A money amount that is the value of goods listed after it ("US$ 53 bilhões, principalmente máquinas"). */
  listedValue?: boolean;
  /** A money amount that is the price of counted goods the lexicon does not know ("400 Zorks for $2bn"). */
  ofGoods?: boolean;
  /** Named after a carrier's verb ("un avion transportant des blindés"): the load, not the carrier. */
  carried?: boolean;
}

/**
 * Walking back from the cargo word at k over at most `span` items that `pass` lets through, is there one that `hit` accepts (the
 * phrase a cargo word stands in: "its rural electrification programme", "durante la cosecha", "la fábrica de fusiles y")?
 */
function phraseBefore(items: Item[], k: number, span: number, hit: (j: number) => boolean, pass: (x: Item) => boolean): boolean {
  for (let j = k - 1; j >= Math.max(0, k - span); j--) {
    if (hit(j)) return true;
    if (!pass(items[j]!)) return false;
  }
  return false;
}

/** A plain lower-case word. */
const lowerPlain = (x: Item): boolean => isPlain(x) && !x.cap;

/** Does a possessive stand before the programme at `k`, past up to three plain modifiers ("its rural electrification programme")? */
const ownProgramme = (items: Item[], k: number): boolean => phraseBefore(items, k, 4, (j) => POSSESSIVES.has(items[j]!.lower), lowerPlain);

/** A number, a scale word or a word of quantity ("700,000", "millions", "several"). */
const isCounted = (it: Item | undefined): boolean => !!it && (it.tok === 'num' || it.tags.some((g) => g.k === 'scale' || g.k === 'num') || VAGUE.has(it.lower));

/** English verbs of going that the lexicon reads as sending: their subject is what goes. */
const GO_TO = /^(?:go|goes|went) to$/;
export const goesTo = (it: Item): boolean => GO_TO.test(it.lower);

/** Services done on people ("custody", "custodia", "housing", "acogida", "accueil", "detention"). */
const SERVICE_NOUNS: ReadonlySet<string> = new Set(['custody', 'custodia', 'custódia', 'garde', 'housing', 'accommodation', 'hosting', 'acogida', 'acolhimento', 'accueil', 'hébergement', 'alojamiento', 'alojamento', 'detention', 'detención', 'detenção', 'détention', 'reception', 'recepción', 'receção', 'recepção', 'maintenance', 'manutención', 'care', 'cuidado']);

/** Prepositions of a span of time ("durante", "during", "pendant", "durant", "lors de"). */
export const DURING: ReadonlySet<string> = new Set(['durante', 'during', 'pendant', 'durant', 'lors']);

/** Is the cargo word at k in a phrase of time, "durante la cosecha", "during the coffee harvest" (past an article and two words)? */
const afterDuring = (items: Item[], k: number): boolean =>
  phraseBefore(items, k, 3, (j) => DURING.has(items[j]!.lower), (x) => hasMark(x, MB.det) || !!x.cargo || lowerPlain(x));

/**
 * Is the cargo word at k in a phrase of purpose that names a harvest, "para la cosecha de kiwi", "for the kiwi harvest", "pour la
 * récolte des fraises" (the work people are sent to do, not goods sent)?
 */
function forHarvest(items: Item[], k: number): boolean {
  const harvest = (x: Item): boolean => x.tags.some((g) => g.k === 'cargo' && g.unit === 'harvest');
  return phraseBefore(items, k, 4, (j) => BENEFIT.has(items[j]!.lower) && hasBefore(items, Math.min(items.length, k + 2), j + 1, k + 1 - j, harvest), (x) => hasMark(x, MB.det) || !!x.cargo || lowerPlain(x) || prepRole(x) === 'of');
}

/**
 * Are the people at k those a service named before them is done on ("por la custodia de los presos", "for the housing of asylum
 * seekers")?
 */
function servicedPeople(items: Item[], k: number): boolean {
  let o = k - 1;
  if (hasMark(items[o], MB.det)) o--;
  if (prepRole(items[o]) !== 'of') return false;
  o--;
  if (hasMark(items[o], MB.det)) o--;
  return SERVICE_NOUNS.has(items[o]?.lower ?? '');
}

/** Words of a plant that makes goods ("fábrica", "factory", "usine"). */
const PLANTS: ReadonlySet<string> = new Set(['fábrica', 'fábricas', 'fabrica', 'factory', 'factories', 'usine', 'usines', 'manufacture']);

/** Is the cargo word at k the product of a plant named right before it ("la fábrica de fusiles y munición", "factory of rifles")? */
const madeByPlant = (items: Item[], k: number): boolean =>
  phraseBefore(items, k, 5, (j) => j > 0 && prepRole(items[j]) === 'of' && PLANTS.has(items[j - 1]!.lower), (x) => hasMark(x, MB.det | MB.coord) || isComma(x) || !!x.cargo);

/** Partitive relatives that open a share of what was just counted ("of whom", "dos quais", "de los cuales", "dont"). */
const PARTITIVE = /^(?:of (?:whom|which)|d[oa]s quais|de (?:los|las) cuales|dont|among them|entre (?:eles|elas|ellos|ellas|eux))$/;

/** Does the cargo at k follow the cargo at `prev` through a comma and a partitive relative, with at most a number between? */
function partOfPrevious(items: Item[], prev: number | undefined, k: number): boolean {
  if (prev === undefined || prev >= k || k - prev > 7) return false;
  const between = items.slice(prev + 1, k);
  if (!between.length || !isComma(between[0])) return false;
  const words = between.slice(1).filter((x) => x.tok !== 'num' && !x.tags.some((g) => g.k === 'num')).map((x) => x.lower);
  for (let n = 1; n <= Math.min(3, words.length); n++) if (PARTITIVE.test(words.slice(0, n).join(' '))) return words.length - n <= 1;
  return false;
}

/**
 * Are the goods at k what a ban or an embargo is on: right before its noun ("arms embargo", "arms ban"), or after it past articles,
 * prepositions and plain words ("embargo sur les armes", "embargo à venda de armas", "ban on arms sales")?
 */
function bannedGoods(items: Item[], k: number): boolean {
  if (hasMark(items[k + 1], MB.hypo) && BAN_NOUN.test(items[k + 1]!.lower)) return true;
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    const it = items[j]!;
    if (hasMark(it, MB.hypo)) return EMBARGO.test(it.lower) || (j < k - 1 && prepRole(items[j + 1]) !== null);
    if (!(hasMark(it, MB.det) || prepRole(it) !== null || (isPlain(it) && !it.cap) || it.trig)) return false;
  }
  return false;
}
/** The nouns of an embargo. */
const EMBARGO = /^embargo(?:e?s)?$/;
/** The nouns of a ban or embargo that may follow the goods ("arms embargo", "arms ban"). */
const BAN_NOUN = /^(?:embargo(?:e?s)?|bans?)$/;

/** Cargo nouns a trigger governs, in order, with quantities; lists give several. */
export function collectCargo(items: Item[], t: Trigger, L: number, R: number, passive: boolean, lang: Lang, decimalComma: boolean, roles?: Array<Role | undefined>): CargoHit[] {
  const ranges: Array<[number, number]> = [];
  const noun = t.mood === 'noun';
  if (noun) {
    ranges.push([t.idx + 1, R]);
    if (lang === 'en') ranges.push([Math.max(L, t.idx - 3), t.idx - 1]);
  } else if (t.cls === 'presence') {
    ranges.push([L, t.idx - 1]);
  } else if (t.cls === 'move' || t.cls === 'leave') {
    // Who travels: the subject, or an inverted subject right after the verb ("chegaram 300 refugiados").
    let end = R;
    for (let k = t.idx + 1; k <= R; k++) if (items[k]!.place || (items[k]!.prep !== null && items[k]!.prep !== 'of')) { end = k - 1; break; }
    ranges.push([L, t.idx - 1], [t.idx + 1, end]);
    // ("Seguirão em novembro para São Tomé 40 militares": a Romance inverted subject after the destination.)
    if (lang !== 'en' && !items.slice(t.idx + 1, end + 1).some((x) => x.cargo || x.place)) {
      let p = t.idx + 1;
      while (p <= R && !items[p]!.place && items[p]!.tok !== 'punct') p++;
      // ("partiu de Sines o primeiro carregamento de ovinos": past an article and an ordinal, a consignment of goods.)
      let q = p + 1;
      if (hasMark(items[q], MB.det)) q++;
      if (isPlain(items[q]) && !items[q]!.cap && hasMark(items[q + 1], MB.pack)) q++;
      // ("chegaram a Creta desde janeiro mais de 7.300 migrantes": past a short phrase of time and a qualifier of the count.)
      const counted = (x: Item | undefined): boolean => isNumeral(x) || !!x?.cargo;
      if (!counted(items[q]) && !hasMark(items[q], MB.pack)) {
        let r = p + 1;
        while (r < R && r <= p + 5 && !counted(items[r]) && !items[r]!.place && !items[r]!.trig && items[r]!.tok !== 'punct') r++;
        if (counted(items[r]) && items.slice(p + 1, r).some((x) => x.tags.some((g) => g.k === 'qual'))) q = r;
      }
      const n = items[q];
      if (p < R && items[p]!.place && n && (counted(n) || (q > p + 1 && hasMark(n, MB.pack) && prepRole(items[q + 1]) === 'of' && isCargo(items[q + 2])))) {
        let e = p + 1;
        while (e < R && !items[e + 1]!.place && items[e + 1]!.tok !== 'punct' && (items[e + 1]!.prep === null || items[e + 1]!.prep === 'of')) e++;
        ranges.push([p + 1, e]);
      }
    }
    // What they bring: "arrivé au port de Beyrouth avec 60 tonnes de matériel médical".
    // ("A Turkish frigate arrived in Tripoli carrying medical supplies": the load a carrier's participle names.)
    for (let k = end + 1; k < R; k++) if ((WITH.has(items[k]!.lower) || hasMark(items[k], MB.carrier)) && !items[k]!.place) { ranges.push([k + 1, R]); break; }
  } else if (passive) {
    // ("Los soldados contarán con 15 carros de combate Leopard 2E, que fueron trasladados": a passive right after a relative pronoun
    // carries the goods the pronoun stands for, not the main clause's.)
    let rel = t.idx - 1;
    while (rel > L && hasMark(items[rel], MB.aux | MB.passiveAux | MB.plan | MB.condAux)) rel--;
    const head = rel > L && rel < t.idx - 1 && hasMark(items[rel], MB.rel) ? cargoHeadBefore(items, isComma(items[rel - 1]) ? rel - 2 : rel - 1) : -1;
    // (the whole goods phrase, past "of" and "and": "1 000 tonnes de riz et de farine, qui doivent être acheminées")
    if (head >= 0) ranges.push([antecedentStart(items, head, L), head], [t.idx + 1, R]);
    else {
      // ("Os mísseis Exocet que vão equipar os navios foram comprados da França": a relative clause on the subject's goods, before
      // the verb, tells of other goods; the goods are the subject's.)
      let e = t.idx - 1;
      for (let k = L + 1; k < t.idx - 1; k++) {
        if (hasMark(items[k], MB.rel) && isCargo(items[k - 1]) && !isComma(items[k - 1])) {
          e = k - 1;
          break;
        }
      }
      ranges.push([L, e], [t.idx + 1, R]);
    }
  } else if (t.cls === 'send' && goesTo(items[t.idx]!)) {
    // ("About 4,000 Tajik workers went to South Korea", "most of the wheat went to Egypt": what goes is the subject, in its own
    // clause, past the last comma.)
    let a = t.idx - 1;
    while (a > L && !isComma(items[a - 1])) a--;
    ranges.push([a, t.idx - 1], [t.idx + 1, R]);
  } else {
    ranges.push([t.idx + 1, R]);
    // "un petrolero con 700.000 barriles de crudo ruso descargó en Matanzas": with no object, a subject
    // vehicle's load is what it delivers.
    if (t.cls === 'send') {
      let v = L;
      while (v < t.idx && !items[v]!.cargo) v++;
      let object = false;
      for (let k = t.idx + 1; k <= R && !object; k++) object = !!items[k]!.cargo;
      if (!object && v < t.idx && isVehicle(items[v]) && (hasMark(items[v + 1], MB.carrier) || carriesWith(items, v, t.idx - 1))) ranges.push([v, t.idx - 1]);
    }
    // "the rifles and mortars that Tehran has sent to Caracas", "les obus que Belgrade a livrés":
    // the object of a verb in a relative clause is the cargo its pronoun stands for.
    const ante = cargoAntecedent(items, t.idx, lang === 'en');
    if (ante >= 0) ranges.unshift([antecedentStart(items, ante), ante]);
    // ("Em troca de soja brasileira, a China forneceu ao Brasil fertilizantes", "In exchange for Brazilian soybeans, China
    // supplied": a phrase of exchange opening the sentence names what goes the other way.)
    const r0 = [0, 1].find((k) => hasMark(items[k], MB.recipFor));
    if (r0 !== undefined && r0 < t.idx) {
      let c = r0 + 1;
      while (c < t.idx && !isComma(items[c])) c++;
      if (c < t.idx && c - r0 <= 8) ranges.unshift([r0, c - 1]);
    }
  }

  const out: CargoHit[] = [];
  const investing = investsAt(items, t);
  // (A verb of lending lends the goods it names, see paidFor below; a noun of lending only when its clause names no money:
  // "Brazil's loan of 20 tanks"; "a $2 billion loan [...] covers 20 tanks" pays for them.)
  const lends = t.sense === 'lend' && (t.mood !== 'noun' || !ranges.some(([a, b]) => hasBefore(items, Math.min(items.length, b + 1), a, b - a + 1, (x) => x.tags.some((g) => g.k === 'cur' || (g.k === 'cargo' && g.cat === 'money')))));
  for (const [a, b] of ranges) {
    let elabCat: FlowCategory | undefined;
    let reversed = false;
    let carried = false;
    let lastCargo = -10;
    for (let k = a; k <= b; k++) {
      const it = items[k]!;
      // "The fighters, who previously guarded oil fields, landed": a relative clause in the subject names no cargo.
      if (hasMark(it, MB.rel) && isComma(items[k - 1]) && k < t.idx) {
        while (k < b && !isComma(items[k + 1])) k++;
        continue;
      }
      // ("Transfers from Russia, home to some 800,000 Kyrgyz migrants, made up $940 million": an apposition on a place saying who
      // lives there names no cargo.)
      if (it.lower === 'home' && prepRole(items[k + 1]) === 'to' && isComma(items[k - 1]) && items[k - 2]?.place) {
        while (k < b && !isComma(items[k + 1])) k++;
        continue;
      }
      // "..., selon des images satellites": the attribution names no cargo.
      if (hasMark(it, MB.hedge) && k > t.idx) break;
      // "verser 20 millions pour compléter les soldes des militaires": a purpose infinitive's object is not
      // what is sent (a Romance infinitive after "pour"/"para").
      if (k > t.idx && lang !== 'en' && BENEFIT.has(it.lower) && isPlain(items[k + 1]) && !items[k + 1]!.cap && INFINITIVE.test(items[k + 1]!.lower)) break;
      // (English "to" before a plain word and goods: "most of them to pick fruit".)
      // ("to stop small boats crossing": a verb the lexicon marks, and an adjective before the goods.)
      // ("given $5 million to feed displaced families": after the goods sent, past an article and up to two modifiers.)
      if (k > t.idx && lang === 'en' && it.lower === 'to' && infinitiveAt(items[k + 1]) && (isCargo(items[k + 2]) || (isPlain(items[k + 2]) && !items[k + 2]!.cap && isCargo(items[k + 3])) || (lastCargo >= 0 && cargoPastModifiers(items, k + 2)))) break;
      if (hasMark(it, MB.recipFor)) reversed = true;
      if (hasMark(it, MB.carrier)) carried = true;
      if (hasMark(it, MB.elab) && lastCargo >= 0) elabCat = out[out.length - 1]?.cat;
      if (it.tok === 'punct' && (it.lower === ';' || it.lower === ')')) elabCat = undefined;
      let cargo: { cat: FlowCategory; unit: string } | undefined;
      if (it.place && roles?.[k]?.asNoun) {
        out.push({ cat: 'people', unit: 'people', word: it.lower, q: quantityAt(items, k, decimalComma), reversed });
        lastCargo = k;
        continue;
      }
      for (const g of it.tags) {
        if (g.k === 'cargo') cargo = { cat: g.cat, unit: g.unit };
        else if (g.k === 'cur' && !cargo) cargo = { cat: 'money', unit: g.code };
      }
      if (!cargo || it.place) continue;
      // ("an arms embargo on Zimbabwe", "un embargo sur les armes à destination du Zimbabwe": goods a ban is on are not sent.)
      if (bannedGoods(items, k)) continue;
      // ("un prêt … pour son programme d'électrification", "for its rural electrification programme": a programme of the
      // receiver's own is what the money is for, no goods.)
      if (cargo.unit === 'programme' && ownProgramme(items, k)) continue;
      // ("Barrels, recoil systems and other spares for the fleet": barrels uncounted are gun barrels or casks, no oil; oil comes in
      // a number of them, "700,000 barrels a day", "millions of barrels".)
      if (cargo.unit === 'barrels' && ![1, 2, 3].some((d) => isCounted(items[k - d]))) continue;
      // ("invested $5 billion in uranium mining", "investiu na mineração de urânio": the sector a verb of investing puts its money
      // into names no goods sent.)
      if (investing && k > t.idx && cargo.cat !== 'money' && sectorAt(items, k)) continue;
      // ("as remessas familiares", "las remesas familiares": in the Romance languages a word for people right after a transfer noun or
      // money is its adjective, no people sent.)
      if (lang !== 'en' && cargo.cat === 'people' && !!items[k - 1]?.tags.some((g) => g.k === 'noun' || (g.k === 'cargo' && g.cat === 'money'))) continue;
      // ("transferts de fonds des migrants", "remittances of migrant workers": the people who send money are no goods.)
      if (cargo.cat === 'people' && prepRole(items[k - 1]) === 'of' && items[k - 2]?.tags.some((g) => g.k === 'cargo' && g.cat === 'money')) continue;
      // ("remittances sent by migrants", "remessas enviadas para Portugal pelos emigrantes em França": nor are the people after
      // "by" who send money, or who are somewhere else.)
      if (cargo.cat === 'people' && prepRole(items[hasMark(items[k - 1], MB.det) && prepRole(items[k - 1]) === null ? k - 2 : k - 1]) === 'by' && (out.some((h) => h.cat === 'money') || [0, 1, 2].some((d) => !!items[t.idx - d]?.tags.some((g) => 'cat' in g && g.cat === 'money')) || (prepRole(items[k + 1]) === 'in' && !!(items[k + 2]?.place ?? items[k + 3]?.place)))) continue;
      // ("Argentina importó un buque de GNL desde Brasil", "received two ships of graphite": a vessel of goods bought or received only
      // carries them; the goods travel. Only commodities: "un buque de apoyo" is a kind of ship; nor a truck or an aircraft.)
      // (Not a kind of vehicle: "aviones de entrenamiento", "avions d'entraînement" are training aircraft.)
      if (cargo.cat === 'vehicles' && t.cls === 'receive' && VESSEL.test(it.lower) && prepRole(items[k + 1]) === 'of' && !items[k + 1]!.place && items[k + 2]?.tags.some((g) => g.k === 'cargo' && (g.cat === 'oil' || g.cat === 'other'))) continue;
      // ("conditionné en balles": French "en balles" is bales, a packing, not bullets.)
      if (lang === 'fr' && it.lower === 'balles' && items[k - 1]?.lower === 'en') continue;
      // "a fourni le nombre exact des chars", "gave no details of the shipment": information about goods a
      // verb gives is no goods.
      if (k > t.idx && aboutGoods(items, k)) continue;
      // "une base de drones", "a fábrica de munições", "la base aérienne de drones": goods naming a site (past
      // one adjective) are no goods.
      // ("dos plantas de carbonato de litio": or past a plain noun of its own.)
      if (prepRole(items[k - 1]) === 'of') {
        const g = isPlain(items[k - 2]) && !items[k - 2]!.cap ? k - 3 : k - 2;
        if (hasMark(items[g], MB.geo) && !items[g]!.place) continue;
        if (prepRole(items[g]) === 'of' && (hasMark(items[g - 1], MB.geo) || FACILITIES.has(items[g - 1]?.lower ?? '')) && !items[g - 1]!.place) continue;
        if (FACILITIES.has(items[g]?.lower ?? '') || CENTRES.has(items[g]?.lower ?? '') || CENTRES.has(items[k - 2]?.lower ?? '')) continue;
      }
      // "Le pétrolier, parti de Skikda, doit accoster à Beyrouth": a tanker that travels carries fuel.
      if ((t.cls === 'move' || t.cls === 'leave') && k < t.idx && cargo.unit === 'tankers') cargo = { cat: 'oil', unit: 'tankers' };
      // "48 F-35 fighters", "jet fighters": fighters named after an aircraft are the aircraft.
      if (lang === 'en' && cargo.unit === 'fighters' && items[k - 1]?.tags.some((g) => g.k === 'cargo' && g.cat === 'vehicles')) cargo = { cat: 'vehicles', unit: 'fighter jets' };
      // ("presos por tráfico de drogas": the goods of the charge someone is held for are not sent.)
      if (prepRole(items[k - 1]) === 'of' && [k - 2, k - 3].some((j) => j > 0 && TRAFFICKING.test(items[j]!.lower) && chargeAt(items, j))) continue;
      // ("produit intérieur brut", "poids brut": French "brut" alone is crude only as a noun, after an article,
      // "de" or "en".)
      if (it.lower === 'brut' && !(hasMark(items[k - 1], MB.det) || prepRole(items[k - 1]) === 'of' || items[k - 1]?.lower === 'en')) continue;
      // "aid after the typhoon": an everyday word that is also a model name is cargo only capitalised.
      if (!it.cap && CAPITALISED_MODELS.has(modelName(it.lower))) continue;
      // "pour les déplacés", "para os refugiados": people after "for" are the beneficiaries, not the cargo.
      // ("$5 million for displaced families": past up to two modifiers.)
      if (cargo.cat === 'people' && phraseBefore(items, k, 4, (j) => prepRole(items[j]) === 'to', (x) => hasMark(x, MB.det) || lowerPlain(x) || hasMark(x, MB.benef))) continue;
      // ("destinó 6 millones de dólares a ese programa", "allocated $5 million to the programme": a programme money goes to is
      // where it goes, not technology sent.)
      if (t.cls === 'send' && cargo.unit === 'programme' && (prepRole(items[k - 1]) === 'to' || ((hasMark(items[k - 1], MB.det) || (isPlain(items[k - 1]) && !items[k - 1]!.cap)) && prepRole(items[k - 2]) === 'to'))) continue;
      // ("shipped tea to Iran to settle a debt for crude oil that Tehran supplied": goods an object relative clause
      // gives a sender and a verb of their own belong to that verb, not to this one.)
      if (k > t.idx && ownedByRelative(items, k, t.idx)) continue;
      // "delivered to Kenya's armed forces", "entregues às Forças Armadas de Angola": a recipient named by
      // its forces is no troops sent.
      if (cargo.cat === 'troops' && k > t.idx && recipientForces(items, k)) continue;
      // "Rapid Support Forces", "Forças Armadas": a capitalised cargo word inside a name.
      // (A model name is capitalised by nature: "trois Rafale", "Leopard 2".)
      // (Not a currency named with its country: "4.7 billion Danish crowns".)
      if (it.cap && !it.acro && k > 0 && it.tok === 'word' && !isRegional(it) && !MODEL_NAMES.has(modelName(it.lower)) && cargo.cat !== 'money') continue;
      // "locomotivas a diesel", "bateaux à vapeur": the fuel a vehicle runs on is no cargo.
      if (cargo.cat === 'oil' && (items[k - 1]?.lower === 'a' || items[k - 1]?.lower === 'à') && k - 2 === lastCargo && out[out.length - 1]?.cat === 'vehicles') continue;
      // A cargo word right after another is a modifier ("tecnologias militares"); in English the first is.
      if (lang !== 'en' && k - 1 === lastCargo) continue;
      // "612 missiles antichars Javelin": a model name right after its kind (past one adjective) names it again.
      if (lastCargo >= 0 && k - lastCargo === 2 && isPlain(items[k - 1]) && !items[k - 1]!.cap && MODEL_NAMES.has(modelName(it.lower))) continue;
      // (so after a transfer noun: "as exportações oficiais")
      if (hasMark(it, MB.adj) && (isPlain(items[k - 1]) || isCargo(items[k - 1]) || !!items[k - 1]?.tags.some((t) => t.k === 'noun'))) continue;
      // (So past one lower-case modifier: "Javelin anti-tank missiles", "Patriot air-defence systems".)
      if (lang === 'en' && ((isCargo(items[k + 1]) && k + 1 <= b) || (isPlain(items[k + 1]) && !items[k + 1]!.cap && items[k + 1]!.lower.includes('-') && isCargo(items[k + 2]) && !items[k + 2]!.place && k + 2 <= b))) {
        lastCargo = k;
        continue;
      }
      // "tecnologia de drones": a cargo noun after "de" + cargo is a modifier.
      // (Money first: "8,2 milliards d'euros d'armements" are armaments worth that much.)
      // "cargaisons de GPL", "un lote de tractores": the content replaces its container (the count of
      // containers is no quantity of the content).
      if (lang !== 'en' && prepRole(items[k - 1]) === 'of' && lastCargo >= 0 && hasMark(items[lastCargo], MB.pack) && measuredBetween(items, lastCargo, k - 1) && out.length > 0 && cargo.cat !== 'money') {
        out[out.length - 1] = { cat: cargo.cat, unit: cargo.unit, word: it.lower, q: quantityAt(items, k, decimalComma), reversed };
        lastCargo = k;
        continue;
      }
      if (lang !== 'en' && prepRole(items[k - 1]) === 'of' && k - 2 === lastCargo && out[out.length - 1]?.cat !== 'money') {
        // "componentes de mísseis", "composants de drones": parts of a weapon travel as that weapon.
        // ("20 000 conteneurs de munitions", "40 contentores de drones": so do the containers of goods, counted by them.)
        const prev = out[out.length - 1];
        if (prev && (PARTS.has(prev.unit) || prev.unit === 'containers') && cargo.cat !== 'technology' && cargo.cat !== 'other') out[out.length - 1] = { ...prev, cat: cargo.cat };
        continue;
      }
      // "combustible para aviones", "fuel for aircraft", "munitions pour les canons": what the cargo is for.
      // (Money "pour l'aide humanitaire" measures the aid: categorize() reads that pair.)
      // ("food assistance for Rohingya refugees", "fuel for Ukrainian aircraft": past up to two modifiers.)
      if (lastCargo >= 0 && out[out.length - 1]?.cat !== 'money') {
        let fb = k - 1;
        for (let n = 0; n < 2 && fb > lastCargo + 1 && (isPlain(items[fb]) || items[fb]!.place?.via === 'demonym'); n++) fb--;
        if (hasMark(items[fb], MB.det)) fb--;
        if (fb - 1 === lastCargo && BENEFIT.has(items[fb]!.lower)) continue;
      }
      // "no valor de 326 milhões de euros", "worth $2bn": a value, not a payment; it measures the cargo
      // before it when that has no number ("a package of aid worth £113 million").
      // (With no cargo before it, "as peças, avaliadas em 3 milhões de euros": a valuation participle still
      // gives a value, no payment; "a loan worth $2 billion" is the loan's amount.)
      if (cargo.cat === 'money' && (out.length > 0 || (t.cat !== 'money' && !hasMark(items[t.idx], MB.pack))) && hasBefore(items, k, a, 6, (x) => hasMark(x, MB.worth) && (out.length > 0 || VALUATION.test(x.lower)))) {
        const prev = out[out.length - 1];
        // ("will buy 36 launchers from Israel in a deal worth about 700 million euros": the value of goods bought
        // or sold, counted apart, is what the buyer pays: a price.)
        // (Only the worth of a deal, or "for an amount of": not "each worth $20,000" nor "a modernisation plan worth".)
        if (prev && prev.cat !== 'money' && prev.cat !== 'aid' && prev.q && BUY_SELL.test(items[t.idx]!.lower) && dealWorth(items, k, a)) {
          out.push({ cat: 'money', unit: cargo.unit, q: quantityAt(items, k, decimalComma), reversed: false, price: true, at: k });
          continue;
        }
        const q = !prev || prev.q ? null : quantityAt(items, k, decimalComma);
        if (prev && q) out[out.length - 1] = { cat: prev.cat, unit: cargo.unit, q, reversed: prev.reversed };
        continue;
      }
      // "transféré une cargaison de gazole à un autre pétrolier", "transferred to another tanker": a vessel
      // receiving the cargo is no cargo.
      if (cargo.cat === 'vehicles' && out.length > 0 && afterTo(items, k)) continue;
      // "la formación de pilotos y técnicos", "training of 40 pilots": the people a training is of are its
      // trainees, not people sent (read by their nationality as the training's recipient).
      if ((cargo.cat === 'troops' || cargo.cat === 'people') && out.length > 0 && out[out.length - 1]!.cat === 'training' && trainees(items, k)) continue;
      // "un contingente de 250 médicos", "a contingent of 50 firefighters": the people named are what is sent.
      if (cargo.unit === 'contingents' && prepRole(items[k + 1]) === 'of') {
        let n = k + 2;
        // ("d'une cinquantaine de militaires": past a count noun and its "de")
        while (n < k + 6 && items[n] && !items[n]!.cargo && (items[n]!.tok === 'num' || hasMark(items[n], MB.det) || APPROX.has(items[n]!.lower) || items[n]!.tags.some((g) => g.k === 'num' || g.k === 'scale') || (prepRole(items[n]) === 'of' && n > k + 2))) n++;
        if (items[n]?.cargo) continue;
      }
      // "avions chargés d'aide humanitaire": the vehicle carries the cargo, it is not what is sent.
      // ("un navire des garde-côtes chargé de vivres": the vehicle's owner may stand between.)
      if (cargo.cat === 'vehicles' && (hasMark(items[k + 1], MB.carrier) || hasMark(items[k + 2], MB.carrier) || carrierPastOwner(items, k) || carriesWith(items, k, b))) continue;
      // "llevados en aviones de la Policía", "flown by military plane", "à bord d'un navire": the means
      // of transport after the verb is no cargo.
      // ("num avião fretado que partiu de Beirute", "aboard an Omani plane": before the verb too.)
      // ("doce contenedores con unos 280 metros cúbicos de cedro": containers "with" goods hold them; the goods are the cargo.)
      if (cargo.unit === 'containers' && WITH.has(items[k + 1]?.lower ?? '')) continue;
      // ("Os embarques partem em contêineres refrigerados", "shipped in containers": so are containers the goods travel in.)
      const means = cargo.cat === 'vehicles' || cargo.unit === 'containers' ? byMeans(items, k) : undefined;
      // ("cruzarán el Estrecho en barco [...], y desde allí serán trasladadas": so is an earlier verb's means.)
      if (means !== undefined && (k > t.idx || ABOARD.has(means) || hasBefore(items, k, 0, 6, (x) => !!x.trig))) continue;
      // "programa de mísseis", "missile programme": the programme is the cargo.
      if (prepRole(items[k - 1]) === 'of' && hasMark(items[k - 2], MB.program)) continue;
      // "donated under a Kyiv-led programme", "no âmbito do programa", "dans le cadre du programme": a
      // programme framing the transfer is no cargo.
      if (hasMark(it, MB.program) && hasBefore(items, k, a, 4, (x) => FRAME.has(x.lower))) continue;
      if (lang === 'en' && hasMark(items[k + 1], MB.program)) continue;
      lastCargo = k;
      const inner = innerCount(items, k, cargo.cat, decimalComma);
      let q = inner?.q ?? quantityAt(items, k, decimalComma);
      // "un appui budgétaire de 150 millions d'euros", "a grant of $50 million": the amount after a money
      // noun, not its article, is the quantity, in that currency.
      // ("une aide de 100 millions d'euros", "una ayuda de 100 millones": so after an aid noun.)
      let currency: string | undefined;
      if ((cargo.cat === 'money' || cargo.cat === 'aid') && it.tok === 'word' && (!q || q.quantity === 1)) {
        const amt = amountAfter(items, k, b);
        const aq = amt >= 0 ? quantityAt(items, amt, decimalComma) : null;
        const cur = amt >= 0 ? items[amt]!.tags.find((g) => g.k === 'cur') : undefined;
        if (aq && cur && cur.k === 'cur') {
          q = aq;
          currency = cur.code;
        }
      }
      // "90 metros cúbicos de pinho", "cubic metres of teak": a volume of goods the lexicon does not
      // know is those goods, not gas.
      // (Not when the phrase names gas itself, "metros cúbicos de gas de esquisto", nor for an adjective on
      // goods that follow: "cubic metres of liquefied gas".)
      const volume = cargo.unit === 'cubic metres' && !GAS.test(it.lower) ? measuredAt(items, k, b) : -1;
      const named = volume >= 0 && unknownGoods(items, volume) ? volume : -1;
      if (named >= 0) {
        out.push({ cat: 'other', unit: cargo.unit, word: items[named]!.lower, q, reversed, at: k });
        continue;
      }
      // ("1,2 milhões de metros cúbicos de madeira", "cubic metres of timber": so is a volume of goods the lexicon
      // knows, other than gas: their category, counted in the volume.)
      // ("cubic metres of round logs": past one adjective.)
      const known = volume < 0 ? -1 : isCargo(items[volume]) ? volume : isPlain(items[volume]) && !items[volume]!.cap && isCargo(items[volume + 1]) && volume + 1 <= b ? volume + 1 : -1;
      const kt = known >= 0 ? items[known]!.tags.find((g) => g.k === 'cargo') : undefined;
      if (kt && kt.k === 'cargo' && kt.cat !== 'oil') {
        out.push({ cat: kt.cat, unit: cargo.unit, word: items[known]!.lower, q, reversed, at: k });
        k = known;
        lastCargo = k;
        continue;
      }
      // "US$ 1,2 bilhão em ajuda militar": the amount measures the aid.
      // (Not after a verb of investing: "invested $5 billion in uranium mining" puts the money into a sector.)
      if (cargo.cat === 'money' && it.tok === 'sym' && !investing) {
        const next = q ? items.findIndex((x, xi) => xi > k && x.start >= q!.end) : -1;
        let at = next > 0 && next <= b && prepRole(items[next]) === 'in' ? next + 1 : next;
        // "$300 million worth of drone components".
        if (at > 0 && hasMark(items[at], MB.worth)) at += prepRole(items[at + 1]) === 'of' ? 2 : 1;
        if (lang === 'en' && at > 0 && isCargo(items[at]) && isCargo(items[at + 1]) && at + 1 <= b) at++;
        if (at > 0 && at <= b && isCargo(items[at]) && !has(items[at], (g) => g.k === 'cur')) {
          const tgt = items[at]!.tags.find((g) => g.k === 'cargo');
          if (tgt && tgt.k === 'cargo') {
            out.push({ cat: tgt.cat, unit: cargo.unit, q, reversed, at });
            k = at;
            lastCargo = k;
            continue;
          }
        }
      }
      // "32 militares armenios capturados", "captured soldiers": soldiers held captive are people handed back.
      // (So are soldiers given back in exchange: "a cambio de dos soldados azerbaiyanos".)
      // ("recibió durante la cosecha cafetalera a 18.000 recolectores", "during the harvest", "pendant la récolte": goods named
      // after a preposition of time name a season, not what is sent.)
      if (afterDuring(items, k)) continue;
      // ("enviar 300 trabajadores para la cosecha de kiwi", "for the kiwi harvest": nor do those after "for" a harvest.)
      if (forHarvest(items, k)) continue;
      // ("financia la fábrica de fusiles y munición de Maracay", "funds a factory of rifles": what a plant makes is no cargo of a
      // verb of funding, which funds the plant.)
      if (t.cat === 'money' && madeByPlant(items, k)) continue;
      const cat = elabCat ?? (cargo.cat === 'troops' && (reversed || captive(items, k)) ? 'people' : cargo.cat);
      // "un préstamo de 150 millones a Perú para obras de agua potable": goods a sum of money is for are its
      // purpose, not goods sent.
      if (t.cat === 'money' && cat !== 'money' && k > t.idx && forPurpose(items, k)) continue;
      // "pagaram US$ 1 bilhão por sistemas": what is paid for travels the other way.
      // Only a payment verb sends goods the other way; "financed 12 vessels for the Philippines" sends them along.
      // "pay for 20 tanks for Ukraine": goods bought for a third party go from the payer to it.
      // ("paid for with crude oil", "pagos com petróleo": goods paid with travel with the money.)
      // (Goods lent go along with the lending: "ont prêté quatre avions au Canada".)
      // (Nor aid: "a versé 30 millions d'euros pour l'aide humanitaire au Tchad" funds it.)
      // ("pagará a El Salvador 6 millones por la custodia de los presos", "paid Rwanda for the housing of asylum seekers": people a
      // payment keeps or houses are a service paid for; they come from nowhere.)
      if (cat === 'people' && t.cat === 'money' && t.cls === 'send' && servicedPeople(items, k)) continue;
      const paidFor = t.cat === 'money' && t.cls === 'send' && cat !== 'money' && cat !== 'aid' && !lends && !forPlace(items, k, b) && !paidWith(items, k);
      // ("40 bombeiros, dos quais 12 especialistas em fogos florestais", "400 troops, of whom 30 medics": a share of goods just
      // counted, after a partitive relative, is part of them; no cargo of its own.)
      if (out.length > 0 && partOfPrevious(items, out[out.length - 1]!.at, k)) continue;
      out.push({
        cat,
        unit: currency ?? cargo.unit,
        word: inner ? inner.word : it.tok === 'word' && cargo.cat !== 'money' && !currency ? it.lower : undefined,
        price: cat === 'money' && priced(items, k, a),
        ...(cat === 'money' && valueOfListed(items, k, b) ? { listedValue: true } : {}),
        ...(cat === 'money' && boughtGoods(items, t.idx, k) ? { ofGoods: true } : {}),
        q,
        // ("paid Chad $20 million in exchange for oil": both say the oil goes the other way; they do not cancel.)
        reversed: reversed || paidFor,
        at: k,
        ...(carried ? { carried: true } : {}),
      });
    }
  }
  return out;
}

const PRICE = new Set(['por', 'for', 'pour', 'par', 'contre']);
/** Is the troops noun at k held captive: a word of captivity right before it or after it (past its nationality)? */
function captive(items: Item[], k: number): boolean {
  const after = items[k + 1]?.place?.via === 'demonym' ? items[k + 2] : items[k + 1];
  return CAPTIVE.test(after?.lower ?? '') || CAPTIVE.test(items[k - 1]?.lower ?? '');
}
/** Goods at j, past an article and up to two lower-case modifiers (plain words, or words of need such as "displaced")? */
function cargoPastModifiers(items: Item[], j: number): boolean {
  if (hasMark(items[j], MB.det)) j++;
  for (let n = 0; n < 2 && !isCargo(items[j]) && !items[j]?.cap && (isPlain(items[j]) || hasMark(items[j], MB.benef)); n++) j++;
  return isCargo(items[j]);
}
/** Could the item be an English bare infinitive: a lower-case word that is no trigger, goods, place, article or preposition? */
export function infinitiveAt(it: Item | undefined): boolean {
  return !!it && it.tok === 'word' && !it.cap && !it.trig && !it.place && !it.cargo && it.prep === null && !hasMark(it, MB.det);
}
/** Is the nearest preposition before the goods at k (within four items) the purpose "para" ("para obras de agua")? */
function forPurpose(items: Item[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const it = items[j]!;
    if (it.lower === 'para') return true;
    if (it.prep !== null && prepRole(it) !== 'of') return false;
    if (it.place || it.trig || it.tok === 'punct') return false;
  }
  return false;
}
/** The goods at k are what a payment is made with: "with crude oil", "com petróleo", "avec du pétrole". */
function paidWith(items: Item[], k: number): boolean {
  // ("com carregamentos de petróleo", "with shipments of oil": past a word of consignment and its "of")
  if (prepRole(items[k - 1]) === 'of' && CONSIGNMENT_WORDS.test(items[k - 2]?.lower ?? '')) k -= 2;
  return WITH.has(items[k - 1]?.lower ?? '') || (hasMark(items[k - 1], MB.det) && WITH.has(items[k - 2]?.lower ?? ''));
}
/** Words of consignment goods may be counted in ("carregamentos", "cargamentos", "cargaisons", "shipments", "cargoes"). */
const CONSIGNMENT_WORDS = /^(?:carregamentos?|cargamentos?|cargaisons?|shipments?|cargoes|cargo|envios?|entregas?|livraisons?|remessas?)$/;
/** Romance infinitive endings ("compléter", "financiar", "garantir", "pagar"). */
export const INFINITIVE = /(?:ar|er|ir|re)$/;
/** Prepositions of purpose or beneficiary ("para", "for", "pour"). */
export const BENEFIT: ReadonlySet<string> = new Set(['para', 'for', 'pour']);

/** A beneficiary place after the cargo at k ("tanks for Ukraine", "tanques para a Ucrânia"), within the window. */
function forPlace(items: Item[], k: number, b: number): boolean {
  for (let j = k + 1; j <= Math.min(b, k + 6); j++) {
    const it = items[j]!;
    if (it.trig || (it.tok === 'punct' && it.lower !== '-')) return false;
    if (!BENEFIT.has(it.lower)) continue;
    const m = hasMark(items[j + 1], MB.det) ? j + 2 : j + 1;
    const n = items[m];
    // ("for the Lebanese army": a nationality on an actor names the beneficiary too.)
    return (!!n?.place && n.place.via !== 'demonym') || actorNationality(items, m) >= 0;
  }
  return false;
}

/**
 * Is the money at k the value of goods listed after it: "importou US$ 53 bilhões, principalmente máquinas",
 * "imported $53 billion, mainly machinery"? (An amount, a comma, a word of "mostly", goods.)
 */
function valueOfListed(items: Item[], k: number, b: number): boolean {
  let j = k + 1;
  while (j <= b && (items[j]!.tok === 'num' || has(items[j], (g) => g.k === 'scale' || g.k === 'cur'))) j++;
  // (past the place it came from or went to: "$53 billion from China, mainly machinery")
  if (prepRole(items[j]) !== null && items[j + 1]?.place) j += 2;
  if (!isComma(items[j]) || !MOSTLY.has(items[j + 1]?.lower ?? '')) return false;
  j += 2;
  if (hasMark(items[j], MB.det)) j++;
  return j <= b && isCargo(items[j]) && !has(items[j], (g) => g.k === 'cur');
}

/** Is the money at k a price: "por"/"for"/"pour" within the few words before it (its number, qualifier)? */
function priced(items: Item[], k: number, a: number): boolean {
  for (let j = k - 1; j >= Math.max(a, k - 5); j--) {
    const it = items[j]!;
    if (PRICE.has(it.lower)) return true;
    if (it.place || it.trig || (it.cargo && !has(it, (g) => g.k === 'cur')) || it.tok === 'punct') return false;
  }
  return false;
}

/** After a unit at m ("metros cúbicos de", "tonnes of"), the index of what it measures, right after "de"/"of"; or -1. */
function measuredAt(items: Item[], m: number, R: number): number {
  let k = m + 1;
  if (k <= R && isPlain(items[k]) && !items[k]!.cap && prepRole(items[k + 1]) === 'of') k++; // "metros cúbicos de"
  if (prepRole(items[k]) !== 'of') return -1;
  return k + 1 <= R ? k + 1 : -1;
}

/** Is the item at g a lower-case noun the lexicon does not tag, not an adjective on goods that follow ("cubic metres of liquefied gas")? */
function unknownGoods(items: Item[], g: number): boolean {
  return isPlain(items[g]) && !items[g]!.cap && !isCargo(items[g + 1]);
}

/**
 * After a unit at m, "de"/"of" and a lower-case noun the lexicon does not tag: the goods it measures ("litros de soro",
 * "tonnes of cobalt"; "metros cúbicos de pinho"); its index, or -1.
 */
export function namedGoods(items: Item[], m: number, R: number): number {
  const g = measuredAt(items, m, R);
  return g >= 0 && unknownGoods(items, g) ? g : -1;
}

const GAS = /\bga[sz]\b|\bgás\b/u;

/** Words of approximation before an amount ("about", "unos", "environ"). */
export const APPROX: ReadonlySet<string> = new Set(['about', 'around', 'some', 'roughly', 'nearly', 'approximately', 'unos', 'unas', 'uns', 'umas', 'cerca', 'de', 'environ', 'près', 'quelque', 'aproximadamente']);

/**
 * "bought 400 Zorks for about $2bn", "vendió 12 Zorks a Chile por US$ 40 millones": the amount at k is
 * the price of counted goods named between the verb at v and the price word right before the amount
 * ("por segunda vez US$ 40 millones", "par ailleurs 40 millions" name no goods: not a price).
 */
function boughtGoods(items: Item[], v: number, k: number): boolean {
  let j = k - 1;
  while (j > v && k - j <= 3 && APPROX.has(items[j]!.lower)) j--;
  if (j <= v || !PRICE.has(items[j]!.lower)) return false;
  for (let m = v + 1; m < j - 1; m++) {
    const n = items[m + 1]!;
    if (items[m]!.tok === 'num' && n.tok === 'word' && !n.place && !n.cargo && !hasMark(n, MB.det)) return true;
  }
  return false;
}

/** A carrier phrase after the vehicle at k and its owner ("of"/"des" and up to two words, no place or goods). */
function carrierPastOwner(items: Item[], k: number): boolean {
  if (prepRole(items[k + 1]) !== 'of') return false;
  for (let j = k + 2; j <= k + 4 && j < items.length; j++) {
    const it = items[j]!;
    if (hasMark(it, MB.carrier)) return j > k + 2;
    if (it.place || it.cargo || it.trig || it.tok !== 'word') return false;
  }
  return false;
}

/** "navios com combustível", "un buque con munición", "a tanker with 100,000 tonnes of fuel": the vehicle only carries. */
const MEANS: ReadonlySet<string> = new Set(['en', 'em', 'num', 'numa', 'by', 'par', 'aboard', 'bord', 'board']);
/** Means words that name a carrier wherever it stands. */
const ABOARD: ReadonlySet<string> = new Set(['num', 'numa', 'aboard', 'bord', 'board']);
const ONE: ReadonlySet<string> = new Set(['un', 'una', 'um', 'uma', 'a', 'an', 'd', 'de', 'des', 'unos', 'unas', 'uns', 'umas']);

/**
 * The goods at k head an object relative clause whose subject, another country than the main verb's, sent them:
 * "crude oil that Tehran supplied", "les obus que Pyongyang a livrés", "el crudo que Caracas vendió" (past more goods,
 * their modifiers and "and": "shells and missiles that Pyongyang sent"). Not goods its subject bought ("the S-400
 * missiles that Turkey bought" are what the main verb delivered), nor goods the main subject promised again ("the
 * tanks that Berlin promised").
 */
function ownedByRelative(items: Item[], k: number, ti: number): boolean {
  for (let j = k + 1; j <= k + 5 && j < items.length; j++) {
    const it = items[j]!;
    if (hasMark(it, MB.rel)) {
      const subj = items[j + 1]?.place;
      if (isComma(items[j - 1]) || !subj || subj.via === 'demonym') return false;
      let main: Item | undefined;
      for (let m = 0; m < ti && !main; m++) if (items[m]!.place) main = items[m];
      if (main?.place?.place.country && main.place.place.country === subj.place.country) return false;
      for (let v = j + 2; v <= j + 4 && v < items.length; v++) if (items[v]!.tags.some((g) => g.k === 'verb' && g.cls === 'send')) return true;
      return false;
    }
    if (!(it.cargo || hasMark(it, MB.coord) || (isPlain(it) && !it.cap))) return false;
  }
  return false;
}

/** The troops noun at k names the recipient: "to [the] [X's] [armed] forces". */
function recipientForces(items: Item[], k: number): boolean {
  let p = k - 1;
  if (isPlain(items[p])) p--; // "armed"
  if (items[p]?.lower === 's' && items[p - 1]?.place) p -= 2; // "Kenya's"
  // ("retirou as suas tropas": Portuguese "a"/"as" before a possessive is the article; the preposition is written "à"/"às".)
  if (hasMark(items[p], MB.det) && !((items[p - 1]?.lower === 'as' || items[p - 1]?.lower === 'a') && POSSESSIVES.has(items[p]!.lower))) p--;
  return prepRole(items[p]) === 'to' && !items[p]!.place;
}

/** The vehicle at k follows a preposition of means ("en aviones", "em um avião", "by plane", "à bord d'un"). */
function byMeans(items: Item[], k: number): string | undefined {
  let p = k - 1;
  // "aboard a Qatari military jet": up to two modifiers (a nationality, a plain word) may stand between.
  // ("aboard navy ships": the means word itself is no modifier)
  const modifier = (it: Item): boolean => (it.place ? it.place.via === 'demonym' : it.tok === 'word' && !it.prep && !it.cargo && !it.trig && !ONE.has(it.lower) && !MEANS.has(it.lower) && !it.tags.some((g) => g.k === 'num'));
  for (let n = 0; n < 2 && p > 0 && modifier(items[p]!); n++) p--;
  // "en tres aviones", "à bord de quatre hélicoptères": a count of the vehicles may stand between.
  if (items[p]?.tok === 'num' || items[p]?.tags.some((g) => g.k === 'num')) p--;
  if (ONE.has(items[p]?.lower ?? '')) p--;
  const w = items[p]?.lower ?? '';
  // (A place right before the means word does not make it a place's preposition: "a Panamá en un avión".)
  return MEANS.has(w) ? w : undefined;
}

const isCargoOf = (it: Item | undefined, cat: FlowCategory): boolean => !!it?.cargo && it.tags.some((g) => g.k === 'cargo' && g.cat === cat);

/** A vehicle cargo noun ("petrolero", "tanker"): its nationality is the carrier's, whatever it carries. */
export function isVehicle(it: Item | undefined): boolean {
  return isCargoOf(it, 'vehicles');
}

function carriesWith(items: Item[], k: number, b: number): boolean {
  // "dois aviões da FAB com 30 toneladas", "two planes of the air force with": the vehicle's owner may stand between.
  let w = k + 1;
  // ("an A400M Atlas with 9 tonnes", "um avião KC-390 com": a name after the model.)
  if (items[w]?.cap && !items[w]!.place && items[w]!.tags.every((x) => x.k === 'cargo' && x.cat === 'vehicles')) w++;
  if (!WITH.has(items[w]?.lower ?? '') && items[w]?.tags.some((x) => x.k === 'prep' && x.role === 'of')) {
    w++;
    // (The owner may carry a nationality: "da Marinha Portuguesa com".)
    const ownerWord = (it: Item): boolean => it.tok === 'word' && !it.cargo && !it.trig && (!it.place || it.place.via === 'demonym');
    while (w <= Math.min(b, k + 6) && items[w] && !WITH.has(items[w]!.lower) && ownerWord(items[w]!)) w++;
  }
  if (!WITH.has(items[w]?.lower ?? '')) return false;
  for (let j = w + 1; j <= Math.min(b, w + 6); j++) {
    const it = items[j]!;
    const counted = items[j - 1]?.tok === 'num';
    // "com 68 brasileiros", "with 120 soldiers": counted people or troops are carried too.
    if (it.place?.via === 'demonym' && counted) return true;
    // "con unas 20 toneladas de khat": a counted measure of goods the lexicon may not know.
    if (counted && MEASURES.has(it.lower) && !ENERGY.has(it.lower)) return true;
    if (it.place || (it.trig && !it.cargo) || (it.tok === 'punct' && it.lower !== '.')) return false;
    if (!it.cargo) continue;
    const g = it.tags.find((x) => x.k === 'cargo');
    return !!g && g.k === 'cargo' && g.cat !== 'vehicles' && (counted || (g.cat !== 'troops' && g.cat !== 'people'));
  }
  return false;
}

export function categorize(t: Trigger, cargo: CargoHit[], apart?: (a: CargoHit, b: CargoHit) => boolean): CargoHit[] {
  // Presence states a deployment only for troops or people.
  // ("French instructors remain in Mali": and trainers, who train there.)
  if (t.cls === 'presence') return cargo.filter((h) => h.cat === 'troops' || h.cat === 'people' || (h.cat === 'training' && h.unit === 'instructors')).slice(-1);
  // Only people are released: "released 32 soldiers" (as people), not "released funds" or "a statement".
  if (t.cls === 'release') {
    const c0 = cargo.find((h) => h.cat === 'people' || h.cat === 'troops');
    if (c0) return [{ cat: 'people', unit: c0.unit, word: c0.word && c0.q ? c0.word : undefined, q: c0.q, reversed: false }];
    // ("released $5 million in emergency aid for Uganda", "o FMI liberou 800 milhões de dólares": a counted amount of money
    // released is sent, as aid when it is aid's.)
    const funds = cargo.find((h) => h.cat === 'money' && h.q?.quantity);
    if (funds) return [cargo.some((h) => h.cat === 'aid') ? { cat: 'aid', unit: funds.unit, q: funds.q, reversed: false } : { ...funds, reversed: false }];
    // "libertou 20 pescadores ucranianos": people named by their nationality only (the end needs it).
    return cargo.length === 0 ? [{ cat: 'people', unit: 'people', q: null, reversed: false }] : [];
  }
  const fixed: FlowCategory | undefined =
    t.cls === 'train' ? 'training' : t.cls === 'visit' ? 'visit' : t.cls === 'deport' ? 'people' : undefined;
  if (fixed) {
    // (Money is no count of trainees: "pagado 400 millones de dólares y que Moscú habría enviado instructores" trains no 400 million.)
    const c0 = fixed === 'training' ? cargo.find((h) => h.cat !== 'money') : cargo[0];
    // "expulsou os militares americanos": expelled soldiers are troops.
    if (fixed === 'people' && c0?.cat === 'troops') return [{ ...c0, reversed: false }];
    // "fósseis devolvidos ao Brasil", "repatriated antiquities": goods sent back stay goods.
    if (fixed === 'people' && c0 && c0.cat !== 'people') return cargo.filter((h) => h.cat !== 'people' && h.cat !== 'troops').map((h) => ({ ...h, reversed: false }));
    // (A visit counts only its visitors: "esteve em Lisboa para negociar uma dívida de 40 milhões de euros" counts no visit.)
    const counted = fixed !== 'visit' || c0?.cat === 'people' || c0?.cat === 'troops';
    return [{ cat: fixed, unit: fixed === 'people' ? c0?.unit ?? 'people' : fixed, word: c0?.word && c0.q && counted ? c0.word : undefined, q: counted ? c0?.q ?? null : null, reversed: false }];
  }
  let hits = cargo;
  // ("Las remesas de los trabajadores hondureños en Estados Unidos", "remittances from Filipino workers": the people of a money
  // noun are who sends it; what travels is money.)
  if (t.mood === 'noun' && t.cat === 'money' && hits.length > 0 && hits.every((h) => h.cat === 'people' || h.cat === 'troops')) return [{ cat: 'money', unit: 'money', q: null, reversed: false }];
  // "a visita de Putin ..., e prevê assistência militar": a visit noun names a visit, whatever follows.
  if (t.mood === 'noun' && t.cat === 'visit') return [{ cat: 'visit', unit: 'visit', q: null, reversed: false }];
  if (t.cls === 'move' || t.cls === 'leave') {
    // What travels: people, troops, vehicles, or goods named as the subject ("200 caminhões com alimentos entraram").
    // ("Chinese investment flowed into Mexico": what flows may be money; with nothing named, nothing.)
    // ("desde Estados Unidos llegaron 8.950 millones de dólares": so may an amount of money that arrives, as the
    // verb's inverted subject.)
    // (Technology travels only as hardware named as the subject: "A missile system flown into Luzon".)
    let moving = cargo.filter((h) => (h.cat !== 'money' || t.sense === 'goods' || (!!h.q?.quantity && h.at !== undefined && h.at > t.idx && h.at <= t.idx + 5)) && (h.cat !== 'technology' || (HARDWARE.has(h.unit) && h.at !== undefined && h.at < t.idx && t.idx - h.at <= 4)) && (h.cat !== 'training' || h.unit === 'instructors'));
    // "200 caminhões com alimentos entraram", "un navire ... avec 60 tonnes de matériel médical": the vehicle carries.
    if (moving.some((h) => h.cat === 'vehicles') && moving.some((h) => h.cat === 'aid' || h.cat === 'oil' || h.cat === 'other' || h.cat === 'weapons' || h.cat === 'munitions')) {
      moving = moving.filter((h) => h.cat !== 'vehicles' || h.carried);
    }
    hits = moving.length > 0 ? moving : [];
    // (Goods named as what travels, "the satellite was flown to", are no visit either; goods after the verb
    // may be what a visitor brings: "arrived in Beijing with a list of technology requests".)
    if (hits.length === 0) return t.sense === 'goods' || (!t.cat && cargo.some((h) => h.at !== undefined && h.at < t.idx)) ? [] : [{ cat: t.cat ?? 'visit', unit: t.cat ?? 'visit', q: null, reversed: false }];
  }
  if (hits.length === 0 && t.cat) return [{ cat: t.cat, unit: t.cat, q: null, reversed: false }];
  // "pacote de ajuda de 500 milhões de euros", "aid package of $400 million": the amount measures the aid.
  // Only with an aid word: "ajudando Caracas a driblar sanções", "um pacote de 20 milhões de euros" stay money.
  if (hits.some((h) => h.cat === 'aid') && hits.some((h) => h.cat === 'money') && hits.every((h) => h.cat === 'aid' || h.cat === 'money')) {
    const m = hits.find((h) => h.cat === 'money')!;
    const base = hits.find((h) => h.cat === 'aid') ?? { cat: 'aid' as const, unit: m.unit, q: null, reversed: m.reversed };
    hits = [base.q ? base : { cat: 'aid', unit: m.unit, q: m.q, reversed: base.reversed }];
  }
  // "comprou 24 caças por US$ 300 milhões": the money is the price and travels against the goods.
  // Without "por"/"for" the amount is the deal's value ("under a $350 million loan agreement"): no
  // direction can be read for it, so it is dropped rather than guessed.
  // ("gave $20 million to Chad in exchange for oil": goods that answer the money make it what the verb sends.)
  const answered = hits.some((h) => h.cat !== 'money' && h.reversed) && hits.some((h) => h.cat === 'money' && !h.reversed);
  // "exportó a China bienes por 2.300 millones de dólares", "sold coffee for $2bn": with a trade verb, the price
  // of commodities is their value, the quantity traded, not a payment of its own.
  // ("exportó flores por 2.000 millones de dólares": with no goods the lexicon knows, the priced goods are
  // those traded, measured by their value.)
  // ("importou US$ 53 bilhões, principalmente máquinas e eletrônicos": so is an amount the goods after it detail.)
  const listed = !answered ? hits.find((h) => h.cat === 'money' && h.listedValue && !h.reversed) : undefined;
  // ("Uruguay vendió a China bienes por 1.900 millones": so with any verb, for goods named only as goods.)
  const generic = hits.some((h) => h.cat === 'other' && (h.unit === 'goods' || h.unit === 'products'));
  const value = listed ?? ((t.cat === 'other' || generic) && !answered ? hits.find((h) => h.cat === 'money' && h.price && !h.reversed) : undefined);
  if (value && (listed || hits.every((h) => h.cat === 'money' || h.cat === 'other' || h.cat === 'oil'))) {
    const goods = hits.filter((h) => h.cat !== 'money');
    hits = goods.length === 0 ? [{ ...value, cat: 'other' }] : goods.map((h, i) => (i === 0 && !h.q ? { ...h, q: value.q, unit: value.unit, word: undefined } : h));
  } else if (t.cat !== 'money' && !answered && hits.some((h) => h.cat === 'money') && hits.some((h) => h.cat !== 'money')) {
    hits = hits.filter((h) => h.cat !== 'money' || h.price).map((h) => (h.cat === 'money' ? { ...h, reversed: !h.reversed } : h));
  } else if (t.cat !== 'money' && hits.length > 0 && hits.every((h) => h.cat === 'money' && h.ofGoods)) {
    // "bought 400 Zorks for $2bn": a price for goods the lexicon does not know travels against them too.
    hits = hits.map((h) => ({ ...h, reversed: !h.reversed }));
  }
  // ("shipped a cargo of crude to Malaysia", "uma carga de petróleo": a generic word for a load, with the goods it is of right
  // after it, names those goods, no goods of its own.)
  hits = hits.filter((h) => {
    const at = h.at;
    return !(h.cat === 'other' && LOAD_UNITS.has(h.unit) && at !== undefined && hits.some((o) => o !== h && !LOAD_UNITS.has(o.unit) && o.at !== undefined && o.at > at && o.at - at <= 3));
  });
  return oneEach(hits, true, apart);
}

/** Units of generic words for a load or goods ("cargo", "carga", "cargaison", "goods", "mercadorias"). */
const LOAD_UNITS: ReadonlySet<string> = new Set(['cargo', 'goods']);

/**
 * One hit per category and direction, the first with a quantity. With `counted`, goods of one category
 * counted apart at different places stay apart ("500 soldiers to Lithuania and 300 soldiers to Latvia"):
 * the caller pairs them with their destinations, or calls this again without `counted`; so do goods that
 * `apart` says are named apart ("Rafale jets from France and MiG-29s from Russia").
 */
export function oneEach(hits: CargoHit[], counted = false, apart?: (a: CargoHit, b: CargoHit) => boolean): CargoHit[] {
  const seen = new Map<string, CargoHit>();
  for (const h of hits) {
    let key = `${h.cat}|${h.reversed}`;
    const prev = seen.get(key);
    if (counted && prev && prev.at !== undefined && h.at !== undefined && prev.at !== h.at && ((prev.q && h.q) || apart?.(prev, h))) key += `|${h.at}`;
    const same = seen.get(key);
    // ("un petrolero con 100.000 barriles de crudo": the load's measure, not the count of tankers, is the quantity.)
    if (!same || (!same.q && h.q) || (same.unit === 'tankers' && h.q && h.unit !== 'tankers')) seen.set(key, h);
  }
  return seen.size === hits.length ? hits : [...seen.values()];
}

/** A currency amount introduced by "de"/"of" within four items after the noun at k (adjectives between), or -1. */
function amountAfter(items: Item[], k: number, b: number): number {
  let j = k + 1;
  while (j <= b && j <= k + 3 && isPlain(items[j]) && prepRole(items[j]) !== 'of') j++;
  if (prepRole(items[j]) !== 'of') return -1;
  // (up to six words: "de 2 mil milhões de dólares", "de 1,5 mil milhões de euros")
  for (let m = j + 1; m <= Math.min(b, j + 6); m++) {
    const it = items[m]!;
    if (it.tags.some((g) => g.k === 'cur')) return m;
    if (it.place || it.trig || it.cargo || it.tok === 'punct') return -1;
  }
  return -1;
}

/** Is the noun at k the object of a "to" preposition ("à un autre pétrolier", "to another tanker")? */
function afterTo(items: Item[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const it = items[j]!;
    if (prepRole(it) === 'to' && !it.place) return true;
    if (!(hasMark(it, MB.det) || isPlain(it) || it.tok === 'num' || it.tags.some((g) => g.k === 'num'))) return false;
  }
  return false;
}

/** Between a container and its content, only "de", a number and a unit ("un lot de 12 tonnes de", "de 5 millions de litres de"). */
function measuredBetween(items: Item[], a: number, b: number): boolean {
  if (b - a > 8) return false;
  for (let k = a + 1; k < b; k++) {
    const it = items[k]!;
    if (!(prepRole(it) === 'of' || it.tok === 'num' || it.tags.some((g) => g.k === 'num' || g.k === 'scale') || (isPlain(it) && !it.cap))) return false;
  }
  return true;
}

/** Nouns of information about something ("the number of", "les détails de", "a localização dos"). */
const INFO: ReadonlySet<string> = new Set([
  'details', 'detail', 'location', 'locations', 'whereabouts', 'information', 'figures', 'data',
  'detalhes', 'localização', 'paradeiro', 'informação', 'informações', 'dados', 'números',
  'detalles', 'ubicación', 'paradero', 'información', 'datos', 'cifras',
  'détails', 'emplacement', 'emplacements', 'localisation', 'informations', 'chiffres', 'données',
]);
/** "number" only with a definite article: "the number of tanks" is information, "a number of tanks" are tanks. */
const COUNT_INFO: ReadonlySet<string> = new Set(['number', 'nombre', 'número']);
const DEFINITE: ReadonlySet<string> = new Set(['the', 'le', 'o', 'el', 'its', 'their', 'seu', 'su', 'son', 'leur']);

/** Is the goods word at k what a noun of information right before it ("le nombre de", "the location of") is about? */
function aboutGoods(items: Item[], k: number): boolean {
  let j = k - 1;
  if (hasMark(items[j], MB.det) && prepRole(items[j - 1]) === 'of') j--;
  if (prepRole(items[j]) !== 'of') return false;
  const w = items[j - 1]?.lower ?? '';
  return INFO.has(w) || (COUNT_INFO.has(w) && DEFINITE.has(items[j - 2]?.lower ?? ''));
}

/** Valuation participles among the worth markers ("avaliadas em", "valued at", "valorados en", "évalués à"). */
const VALUATION = /^(?:avaliad|valued|valorad|évalué|estimad)/;
/** Nouns of a contract or deal ("contrato", "contract", "deal", "accord", "acuerdo", "acordo"). */
export const CONTRACT = /^(?:contrat|contrato|contract|deal|accord|acuerdo|acordo)/;
/** Nouns of a deal a worth may be of: a contract, an agreement, an order. */
export const DEAL = (w: string): boolean => CONTRACT.test(w) || /^(?:agreement|transac|transaç|order|encomenda|pedido|commande|negócio|negocio|package|pacote|paquete|sale|venda|venta|vente|marché|operación|operação)/.test(w);
/** Words of a price per unit ("each", "cada", "chacun", "apiece", "unit"). */
const EACH = /^(?:each|apiece|cada|uno|chacun|chacune|unité|unit|per)$/;
/** Is the worth before the amount at k a deal's ("in a deal worth", "a contract London valued at") or "for an amount of"? */
function dealWorth(items: Item[], k: number, a: number): boolean {
  for (let j = k - 1; j >= Math.max(a, k - 6); j--) {
    const it = items[j]!;
    if (EACH.test(it.lower)) return false;
    if (!hasMark(it, MB.worth)) continue;
    if (PRICE.has(it.lower.split(' ')[0]!)) return true;
    // (or right after the goods' seller or the goods themselves: "from the United States worth $12 billion")
    if (items[j - 1]?.place || isCargo(items[j - 1])) return true;
    for (let d = j - 1; d >= Math.max(a, j - 3); d--) if (DEAL(items[d]!.lower)) return true;
    return false;
  }
  return false;
}
/**
 * Is the goods word at k in what is invested in: right after "in"/"em"/"en"/"dans" (maybe past an article), or after a sector
 * noun and "de" ("na mineração de urânio")?
 */
function sectorAt(items: Item[], k: number): boolean {
  const p = hasMark(items[k - 1], MB.det) ? k - 2 : k - 1;
  return prepRole(items[p]) === 'in' || (prepRole(items[p]) === 'of' && SECTOR_NOUNS.test(items[p - 1]?.lower ?? ''));
}
const SECTOR_NOUNS = /^(?:minera|mineria|minería|mining|extra[cç]|explora|produ|indústria|industria|industrie|industry|sector|setor|secteur)/;
/** Verbs of investing ("invested", "investiu", "invirtió", "inverte", "a investi"). */
const INVESTS = /^(?:invest|invert|invirt|inviert)/;
/** Is the trigger a verb (not a noun) of investing? What follows it is where the money goes, no goods. */
export const investsAt = (items: Item[], t: Trigger): boolean => t.mood !== 'noun' && INVESTS.test(items[t.idx]!.lower);
/** Verbs and nouns of buying and selling ("buy", "purchase", "order", "comprar", "vender", "acheter", "commande"). */
const BUY_SELL = /^(?:buy|bought|purchas|order|sell|sold|sale|compr|vend|venta|achat|achet|command|adquir|acqui|encomend)/;


/**
 * For an active verb at idx in a relative clause on a cargo noun ("rifles that Tehran has sent"): the
 * index of the last item before the relative pronoun when it is cargo, else -1. Between the pronoun and the
 * verb only a place or a subject pronoun (the clause's subject), articles and auxiliaries may stand; an English
 * clause with no relative pronoun counts ("the drones it acquired"). collectCargo reads the goods there; extractFlows
 * keeps such a clause's buyer from being refined to a place after the verb.
 */
export function cargoAntecedent(items: Item[], idx: number, english = false): number {
  for (let k = idx - 1; k >= Math.max(1, idx - 6); k--) {
    const it = items[k]!;
    // ("The tanks, which France delivered to Chad": set off by a comma too.)
    if (hasMark(it, MB.rel)) return isCargo(items[k - 1]) ? k - 1 : isComma(items[k - 1]) && isCargo(items[k - 2]) ? k - 2 : cargoHeadBefore(items, k - 1);
    // ("the Turkish drones it acquired": an English clause with no relative pronoun, right after the goods.)
    // (Not on the object of a verb of transfer before it in its clause: "sent the last of 18 jets it had pledged to
    // Romania" is what "sent" sends.)
    // ("the tanks Germany sent to Ukraine", "the weapons the United States supplied": so with a place named as its subject.)
    const head = (it.lower === 'it' || it.lower === 'they') && isCargo(items[k - 1]) ? k - 1 : english && it.place && it.place.via !== 'demonym' && !it.place.org && !objectAfter(items, idx) ? goodsHead(items, k - 1) : -1;
    if (head >= 0) {
      // (A coordinated phrase starts afresh: "the tanks Germany sent to Ukraine and the howitzers Slovakia has supplied".)
      for (let j = head - 1; j >= 0 && !isComma(items[j]) && !(hasMark(items[j], MB.coord) && english && it.place); j--) if (items[j]!.trig) return -1;
      return head;
    }
    // ("the drones that it bought", "les drones qu'elle a achetés": past the subject pronoun of the relative clause.)
    if (!(it.place || hasMark(it, MB.det | MB.aux | MB.plan | MB.condAux | MB.passiveAux) || REL_SUBJECT_PRONOUNS.has(it.lower))) return -1;
  }
  return -1;
}
/**
 * Where the goods phrase ending at the antecedent `ante` begins: up to eight words back, not past a preposition, a comma, a
 * verb of transfer or a place named ("The shells add to the Leopard tanks Germany sent": the tanks, not the shells; "the
 * rifles and mortars that Tehran has sent": both). With `pastOf`, down to that index instead, past "of" ("1 000 tonnes de riz et de
 * farine, qui doivent être acheminées"), but not past a verb or an auxiliary.
 */
function antecedentStart(items: Item[], ante: number, pastOf?: number): number {
  let k = ante;
  while (k > (pastOf === undefined ? Math.max(0, ante - 8) : pastOf)) {
    const x = items[k - 1]!;
    if ((prepRole(x) !== null && !(pastOf !== undefined && prepRole(x) === 'of')) || x.trig || x.tok === 'punct' || (x.place && x.place.via !== 'demonym')) break;
    // ("The soldiers will use 15 tanks, which were shipped" are the tanks only)
    if (pastOf !== undefined && (x.tags.some((g) => g.k === 'verb') || hasMark(x, MB.aux | MB.plan | MB.condAux | MB.passiveAux))) break;
    k--;
  }
  return k;
}
/**
 * The goods at j, or at j - 1 before an article, when they are named (not a mere load: "the biggest single cargo Pakistan has
 * bought", whose goods an earlier clause named); else -1.
 */
function goodsHead(items: Item[], j: number): number {
  const g = isCargo(items[j]) ? j : hasMark(items[j], MB.det) && isCargo(items[j - 1]) ? j - 1 : -1;
  return g >= 0 && items[g]!.tags.some((t) => t.k === 'cargo' && t.unit !== 'cargo') ? g : -1;
}
/** Goods or a number within three words after the verb at idx: its own object ("Aluminium Bahrain shipped 310,000 tonnes"). */
function objectAfter(items: Item[], idx: number): boolean {
  for (let k = idx + 1; k <= idx + 3 && k < items.length; k++) if (isCargo(items[k]) || items[k]!.tok === 'num') return true;
  return false;
}
const REL_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'il', 'elle', 'ils', 'elles']);

/**
 * The cargo noun a short complement ends with at j ("véhicules de combat", "chars T-72", "véhicules de combat BVP-1",
 * "vehículos blindados"): up to four words back over "of", articles, lower-case words and model names; or -1.
 */
function cargoHeadBefore(items: Item[], j: number): number {
  for (let k = j; k >= Math.max(0, j - 3); k--) {
    const it = items[k]!;
    if (isCargo(it)) return k;
    const pr = prepRole(it);
    // ("drones turcos que compró": past the goods' nationality after them.)
    if (it.place?.via === 'demonym' && k === j && isCargo(items[k - 1])) continue;
    if (it.place || it.trig || (it.tok !== 'word' && it.tok !== 'num') || (pr !== null && pr !== 'of')) return -1;
  }
  return -1;
}

/**
 * "un bataillon de 750 Casques bleus", "a battalion of 600 troops", "uma companhia de 150 fuzileiros": the
 * number inside a unit of troops counts what is sent (the unit's own count, "un", counts units).
 */
function innerCount(items: Item[], k: number, cat: FlowCategory, decimalComma: boolean): { q: Quantity; word: string | undefined } | null {
  if (cat !== 'troops' || prepRole(items[k + 1]) !== 'of' || items[k + 2]?.tok !== 'num') return null;
  let j = k + 2;
  while (items[j + 1]?.tags.some((t) => t.k === 'scale')) j++;
  const q = readLeft(items, j, decimalComma);
  const next = items[j + 1];
  // (The unit shown is the counted word: "750 casques", "1,000 police".)
  return q ? { q, word: next?.tok === 'word' && !next.place ? next.lower : undefined } : null;
}

/** Technology units that are hardware (systems, radars), which can travel. */
const HARDWARE: ReadonlySet<string> = new Set(['systems', 'radars', 'satellites', 'air defence', 'ground stations']);

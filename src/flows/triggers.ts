/**
 * Triggers of a sentence (send/receive/train/help/move/visit/deport/withdraw verbs and their
 * nominalisations), with verb-versus-noun decided from context, and clause boundaries.
 */
import { beforeModelName, CENTRES, GOODS_WORDS_BACK, has, hasBefore, hasMark, isCargo, isComma, isNumeral, isPeople, isPlain, isTriggerWord, MB, namesModel, nationalityNoun, POSSESSIVES, prepRole, PRONOUNS, SUBJECT_PRONOUNS, WITH, type Item } from './items';
import { COME_FROM, COME_PARTICIPLE, REMITTANCES, type Tag } from './lexicon/index';
import { MEASURES, PERCENT, REST_WORDS } from './quantity';
import type { Mood, TriggerClass, VerbSense } from './lexicon/types';
import type { FlowCategory, Lang } from '../story';

/** Plural demonstratives of things just told ("those", "esos", "esses", "ces"). */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['these', 'those', 'estes', 'estas', 'esses', 'essas', 'estos', 'esos', 'esas', 'ces']);
/** Forms of "to follow" that also mean "to remain" ("seguem paradas", "sigue suspendida"). */
const REMAIN: ReadonlySet<string> = new Set(['segue', 'seguem', 'seguia', 'seguiam', 'seguiu', 'seguiram', 'sigue', 'siguen', 'seguía', 'seguían', 'siguió', 'siguieron']);

export interface Trigger {
  idx: number;
  cls: TriggerClass;
  mood: Mood | 'noun';
  cat?: FlowCategory;
  /** A verbless destination ("um petroleiro com destino a Cuba", "a convoy bound for Kherson"). */
  dest?: boolean;
  /** The verb's lexicon sense, when it has one (see VerbSense). */
  sense?: VerbSense;
  /** The last item of the trigger's clause, when the trigger fixes it ("Chinese investment in Brazil[, Chile and Peru]"). */
  until?: number;
  /** A verb of coming read with its "from" ("comes from", "vem da"): its clause is the whole subject before it. */
  come?: boolean;
}

/** Forms of Spanish "encargar" (to order; reflexive, to take charge). */
const ENCARGAR = /^encarg/;

/** Forms of French "gagner" (to reach, to win, to earn). */
const GAGNER = /^gagn/;

/** English "carried", "carries" (lexicon en.ts): what they carry may be people, and "carried out" carries nothing. */
const CARRIED: ReadonlySet<string> = new Set(['carried', 'carries']);

/** English verbs of change after a plural transfer noun ("imports totalled", "exports rose", "shipments hit"). */
const CHANGE_VERB = /(?:ed|rose|fell|grew|rise|fall|grow|hit)$/;

/** English forms of "pay", and what one pays that is no money ("paid a visit", "paid tribute", "pays its respects"). */
const PAY: ReadonlySet<string> = new Set(['pay', 'pays', 'paid', 'paying']);
const PAID_IDIOMS: ReadonlySet<string> = new Set(['visit', 'visits', 'tribute', 'homage', 'respects', 'attention', 'heed', 'call', 'lip']);

/**
 * Is the form of "pay" at i one of an idiom: with its object right after ("paid a state visit"), 'object'; with a relative
 * clause's antecedent before, 'visited' for a visit ("a visit that Aliyev paid to Warsaw"), else 'object'; else undefined.
 */
function paidIdiom(items: Item[], i: number): 'object' | 'visited' | undefined {
  for (let k = i + 1; k <= i + 3 && k < items.length && prepRole(items[k]) === null; k++) if (PAID_IDIOMS.has(items[k]!.lower)) return 'object';
  for (let k = i - 1; k >= Math.max(1, i - 6); k--) {
    if (!hasMark(items[k], MB.rel)) continue;
    const w = items[k - 1]!.lower;
    return w === 'visit' || w === 'visits' ? 'visited' : PAID_IDIOMS.has(w) ? 'object' : undefined;
  }
  return undefined;
}

/** English conjunctions that open a clause ("while purchases from Russia slipped"): a form right after them has no subject before it. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['while', 'whereas', 'although', 'though']);
/** Conjunctions that open one only after a comma ("…, and imports from Russia fell"; "buys coal and imports from Russia gas" shares its subject). */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['but', 'and', 'as']);

/** English particles that make a phrasal verb of another meaning ("carried out", "carried on"). */
const PHRASAL_PARTICLES: ReadonlySet<string> = new Set(['out', 'on', 'over', 'off']);

/** Adjectives of rank that stand before a noun, never before a finite verb ("el principal destino", "o maior envio", "the main source"). */
const RANK_ADJECTIVES: ReadonlySet<string> = new Set([
  'principal', 'principales', 'principais', 'mayor', 'mayores', 'maior', 'maiores', 'primer', 'primera', 'primeiro', 'primeira', 'segundo', 'segunda',
  'tercer', 'tercera', 'terceiro', 'terceira', 'premier', 'première', 'deuxième', 'troisième', 'último', 'última', 'dernier', 'dernière',
  'main', 'largest', 'biggest', 'top', 'leading', 'major', 'key', 'primary', 'chief', 'sole', 'only', 'second', 'third', 'first',
]);

/** Trigger items of a sentence with their class and mood (verb vs noun decided from context). */
export function findTriggers(items: Item[], lang: Lang): Trigger[] {
  const out: Trigger[] = [];
  let lastVerb = -10;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.place) continue;
    let verb: Extract<Tag, { k: 'verb' }> | undefined;
    let noun: Extract<Tag, { k: 'noun' }> | undefined;
    let part: Extract<Tag, { k: 'verb' }> | undefined;
    for (const t of it.tags) {
      if (t.k === 'verb' && !verb) verb = t;
      else if (t.k === 'noun' && !noun) noun = t;
      if (t.k === 'verb' && t.mood === 'part') part = t;
    }
    // ("la livraison de deux radars et d'un lot de missiles": a batch noun coordinated into a transfer's goods is more goods.)
    if (noun && !verb && hasMark(it, MB.pack)) {
      // (past an adjective: "et d'un premier lot")
      const d = !hasMark(items[i - 1], MB.det) && isPlain(items[i - 1]) ? i - 2 : i - 1;
      // (past a model's name: "deux radars Ground Master 200 et d'un lot")
      let c = d - 3;
      while (c > d - 7 && items[c] && !isCargo(items[c]) && (items[c]!.cap || items[c]!.tok === 'num')) c--;
      if (hasMark(items[d], MB.det) && prepRole(items[d - 1]) === 'of' && hasMark(items[d - 2], MB.coord) && isCargo(items[c])) noun = undefined;
      // ("entregaram quatro helicópteros de transporte e um lote de munições", "delivered 20 trucks and a batch of shells": so after
      // the goods of a verb, past a short complement of theirs.)
      if (noun && hasMark(items[d], MB.det) && hasMark(items[d - 1], MB.coord) && prepRole(items[d - 1]) === null) {
        let g = d - 2;
        while (g > d - 5 && items[g] && !isCargo(items[g]) && (prepRole(items[g]) === 'of' || (isPlain(items[g]) && !items[g]!.cap))) g--;
        if (isCargo(items[g]) && !items[g]!.trig) noun = undefined;
      }
    }
    // ("El resto de las exportaciones se repartió entre Brasil y Rusia", "The rest of the exports went to Brazil": a transfer noun
    // that only says what the rest is of leaves the clause to its verb.)
    // (After an article it is no verb: "the rest of the exports".)
    if (noun) {
      const det = hasMark(items[i - 1], MB.det) && prepRole(items[i - 1]) === null;
      const d = det ? i - 2 : i - 1;
      if ((!verb || det) && prepRole(items[d]) === 'of' && REST_WORDS.has(items[d - 1]?.lower ?? '') && d - 1 <= 2) {
        noun = undefined;
        verb = undefined;
      }
    }
    if (!verb && !noun) continue;
    // ("se encargó de la ayuda", "took charge of": Spanish reflexive "encargarse" orders nothing.)
    if (verb && !noun && ENCARGAR.test(it.lower) && items[i - 1]?.lower === 'se') continue;
    // ("que recebe ajuda dos Estados Unidos", "envía ayuda a Cuba": right after a finite verb of transfer, a form that is
    // also goods ("ajuda", "ayuda" help/aid) is its object, the goods.)
    if (verb && verb.mood === 'fin' && isCargo(it) && lastVerb === i - 1 && out[out.length - 1]?.idx === i - 1 && out[out.length - 1]!.mood !== 'noun') continue;
    const hadNoun = noun !== undefined;
    const prev = items[i - 1];
    // "fournis par Paris", "radars ... fournis": a form that is also a participle reads as one after
    // cargo or an auxiliary, or before an agent.
    // ("The tanker unloaded 700,000 barrels": not after goods with goods of its own next, an object.)
    if (verb && part && verb !== part && ((isCargo(prev) && !directObject(items, i)) || hasMark(prev, MB.passiveAux | MB.aux) || prepRole(items[i + 1]) === 'by')) verb = part;
    // "Turkey imports most of its gas", "Belarus supplies Russia with ammunition": after a country's bare name,
    // with a determiner, a number, a place or goods next, an English verb/noun form is the verb.
    const nx0 = items[i + 1];
    // ("Brazil, which China supplies with fertiliser": so right after a relative pronoun and the place, its subject.)
    const relSubject = hasMark(items[i - 2], MB.rel) || (hasMark(items[i - 2], MB.det) && hasMark(items[i - 3], MB.rel));
    // ("the oil India imports from Russia": and in a clause with no relative pronoun on goods just named, past their article.)
    const contactSubject = isCargo(items[i - 2]) && hasMark(items[i - 3], MB.det) && !CHANGE_VERB.test(nx0?.lower ?? '');
    const nameSubject = (lang === 'en' && !!prev?.place && prev.place.via === 'name' && !!nx0 && (hasMark(nx0, MB.det) || nx0.tok === 'num' || QUANT_WORDS.has(nx0.lower) || (!!nx0.place && nx0.place.via === 'name') || (nx0.cargo && !nx0.trig) || relSubject || contactSubject)) || goodsSubject(items, i, lang);
    const prevIsDet = hasMark(prev, MB.det) || (prepRole(prev) !== null && !prev?.place);
    // ("volvió a ser el principal destino", "la primera visita oficial": after an adjective of rank, a form that is also a
    // finite verb, or one only with its accent, "destinó", is a noun.)
    if (verb && verb.mood === 'fin' && lang !== 'en' && RANK_ADJECTIVES.has(prev?.lower ?? '')) verb = undefined;
    // ("Portugal was the main source of Angola's wine imports": so is an English verb form after an article and an adjective of
    // rank; "source" there is a noun, not "to source", whose "of Angola" would read as the seller.)
    if (verb && !noun && lang === 'en' && (verb.mood === 'fin' || verb.mood === 'inf') && RANK_ADJECTIVES.has(prev?.lower ?? '') && hasMark(items[i - 2], MB.det)) verb = undefined;
    if (verb && noun) {
      // "agreed to supply radars": English "to" before a base form is the infinitive's, not a preposition.
      const infTo = lang === 'en' && prev?.lower === 'to' && (verb.mood === 'inf' || verb.mood === 'fin');
      // "abolished export levies", "lifted import duties": between a past form and a plain noun, an English form
      // is a noun modifying the next one. (Not after an adverb, nor before a quantity: "still imports most of".)
      const compound = lang === 'en' && !infTo && isPlain(prev) && prev!.lower.endsWith('ed') && isPlain(nx0) && !nx0!.cap && !QUANT_WORDS.has(nx0!.lower);
      // ("Imports of gas from Russia into Germany fell": an English form opening the sentence before "of" is a noun.)
      // ("Imports from China reached $14.2 billion, while purchases from Russia slipped": so before "from" or "to", and after a
      // conjunction with no subject between.)
      // ("Purchases by India exceeded 9 million barrels": and before "by", the buyer's.)
      const opening = lang === 'en' && (!prev || (prev.tok === 'punct' && prev.lower !== ',') || CLAUSE_OPENERS.has(prev.lower) || (CLAUSE_JOINERS.has(prev.lower) && isComma(items[i - 2]))) && (prepRole(nx0) === 'of' || prepRole(nx0) === 'from' || prepRole(nx0) === 'to' || prepRole(nx0) === 'by');
      const nounish = !infTo && !nameSubject && (prevIsDet || compound || opening || (lang === 'en' && (isCargo(prev) || !!prev?.place || possessiveEn(prev?.lower) || possessed(items, i))));
      if (nounish) verb = undefined;
      else noun = undefined;
    }
    // English "ship", "supply": a base form that is also a cargo noun is a verb only after "to" or a modal.
    // ("Belarus, which supplies Russia with": after a relative pronoun it is the clause's verb.)
    // ("It also ships LNG to Turkey": not after a subject pronoun, maybe past an adverb.)
    const pronoun = (x: Item | undefined): boolean => SUBJECT_PRONOUNS.has(x?.lower ?? '') || PRONOUNS.has(x?.lower ?? '');
    const pronounBefore = pronoun(prev) || (SUBJECT_ADVERBS.has(prev?.lower ?? '') && pronoun(items[i - 2]));
    if (verb && lang === 'en' && isCargo(it) && (verb.mood === 'inf' || verb.mood === 'fin') && prepRole(prev) !== 'to' && !hasMark(prev, MB.plan | MB.rel) && !nameSubject && !pronounBefore) verb = undefined;
    // "esteve em Lisboa", "estuvo en Washington": a stay is a visit only with a place it was in right after ("esteve
    // exilado em", "estuvo hospitalizado en", "estuvo atracado en", "esteve à frente da embaixada" are no visits; a
    // participle after it is the verb).
    // ("que esteve também em Luanda": past an adverb)
    const nx1 = nx0 && (STAY_ADVERBS.has(nx0.lower) || /mente$/.test(nx0.lower)) ? items[i + 2] : nx0;
    if (verb && verb.cls === 'visit' && STAYS.has(it.lower) && !(prepRole(nx1) === 'in' && !nx1!.place)) verb = undefined;
    // ("Pékin a accepté en 2023 de rééchelonner une partie de cette dette", "agreed and accepted to reschedule": accepting to do
    // something receives nothing.)
    if (verb && verb.cls === 'receive' && /^accept/.test(it.lower) && acceptsToDo(items, i)) verb = undefined;
    // ("32 véhicules blindés, débarqués dans le port de Beira puis acheminés par la route", "unloaded at Durban and then trucked to":
    // where goods were unloaded on their way, before a verb that carries them on, is a stop, no end.)
    if (verb && verb.mood === 'part' && UNLOADING.test(it.lower) && carriedOn(items, i)) verb = undefined;
    // "deux avions militaires transportant des tentes": the carrier's participle, not a new transfer.
    // ("ont atterri à Beyrouth, transportant 12 tonnes de vivres": so is one after where a verb of moving took the carrier.)
    if (verb && verb.mood === 'ger' && hasMark(it, MB.carrier) && (isCargo(prev) || isCargo(items[i - 2]) || ((!!prev?.place || (isComma(prev) && !!items[i - 2]?.place)) && out.some((t) => t.cls === 'move' && t.mood !== 'noun')))) verb = undefined;
    // ("as vendas à Rússia seguem paradas", "siguen suspendidas": "to remain" before a participle is no journey.)
    // (Only before a word of suspension: "seguiu acompanhado pela comitiva para Pequim" is a journey.)
    if (verb && verb.cls === 'move' && REMAIN.has(it.lower) && hasMark(nx0, MB.suspend)) verb = undefined;
    // (", given US sanctions on Tehran", "Given the risks": English "given" opening a phrase is "considering".)
    // (Not the participle of giving: "The tanks, given to Ukraine by Germany, ...".)
    // ("carried out strikes", "carried on": a phrasal verb, no carrying.)
    if (verb && lang === 'en' && CARRIED.has(it.lower) && PHRASAL_PARTICLES.has(nx0?.lower ?? '')) verb = undefined;
    // ("As Filipinas levaram 21 mil toneladas no período", "Vietnam se llevó el 20 %": taking a quantity of goods to no place named
    // is buying it.)
    if (verb && verb.cls === 'send' && (lang === 'pt' || lang === 'es') && /^(?:lev|llev)/.test(it.lower) && tookQuantity(items, i)) verb = { ...verb, cls: 'receive', sense: 'goods' };
    // ("L'essentiel des exportations emprunte l'oléoduc du CPC": French "emprunter" a route takes it, no borrowing; past an adverb
    // too, "emprunte toutefois l'oléoduc".)
    if (verb && lang === 'fr' && /^emprunt/.test(it.lower) && [1, 2, 3, 4].some((d) => FR_ROUTES.has(items[i + d]?.lower ?? '') && !items.slice(i + 1, i + d).some((x) => !!x.place || x.cargo || x.tok !== 'word'))) verb = undefined;
    if (verb && lang === 'en' && it.lower === 'given' && (!prev || isComma(prev) || prev.tok === 'punct') && prepRole(nx0) !== 'to' && prepRole(nx0) !== 'by') verb = undefined;
    // ("paid a state visit to Poland", "a visit that Aliyev paid to Warsaw", "paid tribute to", "pays its respects": an English
    // idiom of paying moves no money; the visit is read from its own noun.)
    // (A visit a relative clause says someone paid somewhere is a verb of visiting: "a visit that Aliyev paid to Warsaw".)
    if (verb && lang === 'en' && PAY.has(it.lower)) {
      const idiom = paidIdiom(items, i);
      if (idiom === 'visited') verb = { ...verb, cls: 'visit', cat: undefined };
      else if (idiom) verb = undefined;
    }
    if (!verb && !noun) continue;
    if (verb) {
      if (verb.mood === 'part' && hasMark(prev, MB.det)) continue; // "o enviado", "the deployed"
      // "by train", "the transfer": a verb form after an article or a preposition (other than an
      // infinitive's "to"/"para"/"a") is a noun.
      // (French "en" right before a finite verb is its pronoun: "le Portugal en enverra trois".)
      const enClitic = lang === 'fr' && prev?.lower === 'en' && (verb.mood === 'fin' || verb.mood === 'fut' || verb.mood === 'cond');
      // ("La Russie a depuis déployé des instructeurs": "depuis" between an auxiliary and its participle is an adverb.)
      const adverb = lang === 'fr' && prev?.lower === 'depuis' && hasMark(items[i - 2], MB.aux);
      const pr = prev && !prev.place && !enClitic && !adverb ? prev.prep : null;
      // "recebeu caças F-16 doados pela Dinamarca": a participle on the object of an earlier verb modifies it.
      // (A model name may follow the cargo noun, with its number: "aviones Cessna 208 donados por".)
      // (Or a town's name for the class, maybe after a word for it: "corbetas clase Incheon vendidas por".)
      const model =
        (prev?.tok === 'num' && items[i - 2]?.cap && !items[i - 2]!.place && isCargo(items[i - 3])) ||
        namesModel(items, i - 1);
      // ("tres lanchas rápidas donadas por": an adjective may stand between.)
      // (Not a pronoun subject past the earlier verb's clause: "received Chinese drones, adding to the Turkish drones it
      // acquired" is a clause of its own; "sent the last of 18 jets it had pledged to Romania" still sends them.)
      const own = (prev?.lower === 'it' || prev?.lower === 'they') && lastVerb >= 0 && hasBefore(items, i, lastVerb + 1, i - lastVerb - 1, isComma);
      // ("six véhicules blindés Cobra II achetés à la Turquie": past a model's name of several capitalised words.)
      const c = beforeModelName(items, i - 1, 3);
      const obj = isCargo(prev) || (!!prev && !prev.place && (prev.cap || (isPlain(prev) && prev.tok === 'word' && !own)) && isCargo(items[i - 2])) || model || (c < i - 2 && isCargo(items[c]));
      if (verb.mood === 'part' && lastVerb >= 0 && obj && !hasMark(prev, MB.passiveAux)) continue;
      // (", flown in by six Chinese transport planes": a participle of going set off after an earlier verb, with the craft as its
      // agent, says how that verb's goods came.)
      if (verb.mood === 'part' && verb.cls === 'move' && lastVerb >= 0 && isComma(prev) && craftAgent(items, i)) continue;
      // "y lo descargó en Mersin", "et les a livrés": an object pronoun before a form that is only a verb.
      const clitic = !hadNoun && (verb.mood === 'fin' || verb.mood === 'fut' || verb.mood === 'cond') && CLITICS.has(prev?.lower ?? '');
      if (!clitic && verb.mood !== 'inf' && verb.mood !== 'ger' && ((hasMark(prev, MB.det) && pr === null) || (pr !== null && pr !== 'to'))) continue;
      // "estão no norte do Níger", "remain in Chad": presence only before an "in" (or "to") place.
      if (verb.cls === 'presence' && !presenceBefore(items, i)) continue;
      // ("annuler 850 millions de dollars de la dette", "forgave the debt": forgiving transfers only a debt named ahead;
      // "a annulé sa visite" sends nothing.)
      if (verb.sense === 'debt' && !debtAhead(items, i)) continue;
      // ("injected $10 billion into the economy", "injecter dans l'économie": injecting sends only into something;
      // "injected the soldiers with vaccines" sends nothing.)
      if (INJECT.test(it.lower) && !intoAhead(items, i)) continue;
      // "deu início às entregas de tanques", "dio luz verde a la venta": a verb that transfers only goods as its
      // object, with none ahead, leaves the clause to the transfer noun after it.
      // (What is carried may be people: "a chartered plane carried 120 deportees".)
      // ("carried out three airdrops": carrying out performs, no carrying.)
      if (verb.sense === 'object' && (!objectGoods(items, i, items.length - 1, CARRIED.has(it.lower)) || (CARRIED.has(it.lower) && items[i + 1]?.lower === 'out'))) continue;
      // ("extended a $500 million credit line", "repaid $95 million", "a remboursé 95 millions": a verb that gives only money as its
      // object; "extend a steel fence", "repaid the favour", "rembourse les frais médicaux" give nothing.)
      if (verb.sense === 'money' && !objectMoney(items, i, items.length - 1)) continue;
      // ("Portugal destacou 200 militares", "a détaché 300 gendarmes": detaching sends only troops; "destacou a importância" none.)
      if (verb.sense === 'troops' && !objectTroops(items, i, verb.mood === 'part')) continue;
      // "dar de baja a un buque", "dar baixa": to decommission is no giving.
      if (verb.sense === 'object' && (items[i + 1]?.lower === 'baixa' || (items[i + 1]?.lower === 'de' && items[i + 2]?.lower === 'baja'))) continue;
      // (French "gagner" reaches only a place named right after it: "ont gagné l'Égypte", not "a gagné 3 millions".)
      if (lang === 'fr' && GAGNER.test(it.lower)) {
        const at = hasMark(items[i + 1], MB.det) ? items[i + 2] : items[i + 1];
        if (!at?.place || at.place.via === 'demonym') continue;
      }
      // (A verb of settling moves only people counted or named as people: "2.300 portugueses fixaram-se em Angola";
      // not "the price of Brazilian coffee settled in London", nor "as empresas chinesas instalaram-se".)
      if ((verb.sense === 'persons' || verb.sense === 'host') && !personsAhead(items, i, verb.cls === 'move' || verb.sense === 'host', verb.sense === 'host')) continue;
      // ("waiting for an apology from Russia over the drones": waiting receives only goods it is waiting for.)
      if (WAITING.test(it.lower) && !objectGoods(items, i, items.length - 1)) continue;
      // ("admit up to 2,000 workers": admitting people only counted right after it; "admitted Bolivian workers had been
      // underpaid" admits a fact.)
      const nx1 = items[i + 1];
      if (/^admit/.test(it.lower) && !(nx1?.tok === 'num' || QUANT_WORDS.has(nx1?.lower ?? '') || !!nx1?.tags.some((g) => g.k === 'qual'))) continue;
      // ("O Brasil manteve-se como principal destino", "a China se manteve", "Chile se mantuvo", "la Chine s'est maintenue":
      // keeping oneself is remaining, not keeping forces somewhere.)
      if (verb.sense === 'keep' && reflexiveAt(items, i)) continue;
      // ("se sont éloignées de la frontière", "se renvoyer la responsabilité": reflexive, it moves no one away.)
      if (verb.sense === 'persons' && lang === 'fr' && reflexiveAt(items, i)) continue;
      // "will take 24 Typhoons from Qatar", "gets 70% of its gas from Texas": English "take" and "get" receive only goods
      // taken from a place ("took stakes in", "took control of", "got approval" are none).
      // ("China took 131 million tonnes", "Refiners in South Korea took four cargoes": so is a counted load, whose seller the
      // discourse gives.)
      // ("were taken by bus from Islamabad to Torkham", "the equipment was taken to Dunkirk": English "taken" in the passive, with a
      // place it goes to ahead, moves what it is said of there.)
      const takenThere = lang === 'en' && it.lower === 'taken' && (hasMark(prev, MB.passiveAux) || hasMark(prev, MB.coord)) && toPlaceAhead(items, i);
      if (takenThere) {
        out.push({ idx: i, cls: 'send', mood: 'part', cat: verb.cat, dest: false });
        lastVerb = i;
        continue;
      }
      // ("Britain took 1,300 Kyrgyz fruit pickers": so is a counted group of people of a nationality, taken in.)
      // ("Switzerland took 43% of the metal": or a share of goods, the buyer's.)
      if (TAKE.has(it.lower) && !((objectGoods(items, i, items.length - 1) && (fromPlaceAhead(items, i) || hasBefore(items, i + 4, i + 1, 3, (x) => PERCENT.has(x.lower)))) || countedLoad(items, i) || countedNationals(items, i))) continue;
      // ("Os investimentos chineses voltaram": a nationality alone is no people going back.)
      if (verb.sense === 'home' && !personsAhead(items, i, true)) continue;
      // "voltou a enviar", "volvió a enviar", "revient à livrer": going back to doing something is doing it again.
      if (verb.sense === 'home' && prepRole(items[i + 1]) === 'to' && items[i + 2]?.trig) continue;
      // "provided training to 300 Hungarian pilots", "deu formação a", "a dispensé une formation": giving
      // training is training, whose trainees receive it.
      // "O Brasil embarcou 3,2 milhões de toneladas de açúcar": to embark goods (or a count of them) is to ship them.
      // ("Un lote de 210 toneladas fue embarcado hacia Corea del Sur": so is goods embarked towards a place, in the
      // passive; "foi embarcado no porto de Odessa" says where they left.)
      const shipped = verb.cls === 'leave' && EMBARK.test(it.lower) && (objectGoods(items, i, items.length - 1) || items[i + 1]?.tok === 'num' || (verb.mood === 'part' && hasMark(prev, MB.passiveAux) && prepRole(items[i + 1]) === 'to' && !items[i + 1]!.place && items[i + 1]!.lower !== 'a' && items[i + 1]!.lower !== 'à'));
      // "Spain returned 30 migrants to Morocco": English "return" with the people as its object sends them back (the
      // going-back reading has no object: "30 migrants returned to Morocco").
      // ("Thousands fled Iran and sought asylum in Canada": seeking refuge or asylum after fleeing, in one clause, is the
      // end of that flight, not a journey of its own.)
      const last = out[out.length - 1];
      if (verb.cls === 'move' && verb.cat === 'people' && last && last.idx === lastVerb && last.cls === 'move' && last.cat === 'people' && i - lastVerb <= 8 && hasMark(prev, MB.coord)) continue;
      const sentBack = lang === 'en' && verb.sense === 'home' && RETURN_EN.test(it.lower) && (directObject(items, i) || countedNationals(items, i));
      // ("bringing to 11 the number of aircraft it has bought", "brings the total to 40": bringing a count to a number raises it,
      // nothing is brought.)
      if (lang === 'en' && BRING.test(it.lower) && bringsCount(items, i)) continue;
      // ("Mexico flew 300 Haitians back to Haiti", "Turkey flew 40 tonnes of aid": English "fly" with an object of its own sends it.)
      const flewThem = lang === 'en' && verb.cls === 'move' && FLY.test(it.lower) && verb.mood === 'fin' && (directObject(items, i) || countedNationals(items, i));
      const cls = verb.cls === 'send' && trainingNext(items, i) ? 'train' : shipped || sentBack || flewThem ? 'send' : verb.cls;
      out.push({ idx: i, cls, mood: verb.mood, cat: verb.cat, dest: false, ...(verb.sense ? { sense: verb.sense } : {}) });
      lastVerb = i;
    } else if (noun) {
      if (isCargo(it) && i - lastVerb <= 8) continue; // "enviou ajuda", "provided training": cargo, not a trigger
      // ("the transit of Russian gas to Slovakia": some nouns are a transfer only with their goods after "of"; "transit fees", "a
      // transit and processing fee", "in transit" name none.)
      if (noun.ofGoods && prepRole(items[i + 1]) !== 'of') continue;
      // ("A plane carrying 40 tonnes of aid flew from Dubai", "un navire chargé d'aide": so in a carrier's load.)
      if (isCargo(it) && carriedAt(items, i)) continue;
      // ("Aid was delivered to Gaza by Jordan", "A ajuda foi enviada": so as the subject of a passive verb of transfer.)
      if (isCargo(it) && passiveTransferAfter(items, i)) continue;
      // "presos no Brasil por tráfico de drogas", "jailed for drug trafficking": the charge a person is held
      // or convicted for is no transfer.
      if (TRAFFICKING.test(it.lower) && chargeAt(items, i)) continue;
      // "un contrat pour deux sous-marins": a contract is a purchase only with goods as its object ("un contrato
      // para adquirir 17 cazas" leaves the purchase to the verb).
      const after1 = items[i + 1];
      if (CONTRACT_FOR.test(it.lower) && (!objectGoods(items, i, items.length - 1) || !(hasMark(after1, MB.det) || after1?.tok === 'num' || !!after1?.tags.some((g) => g.k === 'num') || isCargo(after1)))) continue;
      // "seis aviones de entrenamiento", "avions d'entraînement", "training aircraft": training that names
      // the kind of a vehicle is no transfer of its own.
      if (noun.cls === 'train' && (vehicleAt(items, i + 1) || (prepRole(prev) === 'of' && vehicleAt(items, i - 2)))) continue;
      // "pacote de ajuda", "package of aid": a cargo noun right after a transfer noun is its cargo.
      const lastT = out[out.length - 1];
      if (isCargo(it) && lastT && lastT.mood === 'noun' && i - lastT.idx <= 3) continue;
      // "a accordé un prêt de 150 millions", "granted a loan of": a money noun right in a giving verb's
      // object is what the verb gives, not a second transfer.
      const lastV = out[out.length - 1];
      // ("concedeu um empréstimo a Angola", "granted loans to Kenya": with no amount, still money.)
      if (noun.cat === 'money' && lastV && lastV.idx === lastVerb && lastV.cls === 'send' && i - lastVerb <= 3) {
        lastV.cat ??= 'money';
        continue;
      }
      // "recebeu um novo lote de drones": a package in a verb's object is the cargo's container.
      if (hasMark(it, MB.pack) && i - lastVerb <= 8) continue;
      // "received the last instalment of $2 billion from", "recebeu o último pagamento": what the verb
      // receives (the amount, or else money).
      if (noun.cat === 'money' && lastV && lastV.idx === lastVerb && lastV.cls === 'receive' && i - lastVerb <= 5 && objectWords(items, lastVerb, i)) {
        lastV.cat ??= 'money';
        continue;
      }
      // "Peru ships roughly half its copper exports to the US", "enviou 40% das suas exportações": a
      // transfer noun in a sending verb's object, after only a share of it, is what the verb sends.
      if (noun.cls === 'send' && lastV && lastV.idx === lastVerb && lastV.cls === 'send' && i - lastVerb <= 7 && shareOf(items, lastVerb, i)) continue;
      // "Argelia prometió en septiembre un donativo de 500.000 barriles": a donation in a giving verb's object is
      // what the verb gives.
      const inObject = !!lastV && lastV.idx === lastVerb && i - lastVerb <= 12 && !items.slice(lastVerb + 1, i).some((x) => x.lower === ',' || hasMark(x, MB.coord));
      if (noun.cls === 'send' && hasMark(it, MB.gift) && inObject && lastV!.cls === 'send' && i - lastVerb <= 7) continue;
      // ("Angola received a shipment of 200,000 vaccines from China", "recebeu da China um donativo de", "a reçu une
      // livraison de": a consignment in a receiving verb's object is what the verb receives.)
      if (noun.cls === 'send' && (hasMark(it, MB.gift | MB.pack) || CONSIGNMENTS.has(it.lower)) && inObject && lastV!.cls === 'receive' && lastV!.mood !== 'noun' && i - lastVerb <= 7 && directConsignment(items, lastVerb, i)) continue;
      // ("a réceptionné ses deux premiers Rafale, sur une commande passée auprès de Dassault": an order the goods a
      // verb just moved were bought on is no transfer of its own.)
      // (Nor one with no goods of its own: "o Paquistão ampliou as encomendas e deverá receber 90 mil toneladas".)
      // (Nor a cancelled one: "a annulé la commande de 100 chars".)
      if (ORDER_NOUNS.has(it.lower) && ((inObject && (lastV!.cls === 'receive' || lastV!.cls === 'send' || lastV!.cls === 'seize')) || !objectGoods(items, i, items.length - 1) || [1, 2, 3].some((d) => CANCEL.test(items[i - d]?.lower ?? '')))) continue;
      // "le paquet d'accords", "um pacote de medidas", "a package of reforms": a package of something that is no
      // goods (a plain word after "of") is no transfer.
      if (hasMark(it, MB.pack) && packOfNonGoods(items, i)) continue;
      const until = noun.withOrigin ? investedIn(items, i) : -1;
      if (noun.withOrigin && until < 0) continue;
      // "la formación de Le Pen", "a formação de Bolsonaro": a party; training only of people ("formación de pilotos").
      // ("25 técnicos moçambicanos concluíram uma formação na Índia": or with the people trained before it, in its clause.)
      // ("will of course return", "en el curso de la guerra", "no curso das negociações", "in the course of": idioms, no course taken.)
      if (noun.sense === 'home' && !returneesAfter(items, i)) continue;
      if (noun.ofPeople && COURSE_IDIOM.test(`${items[i - 2]?.lower ?? ''} ${prev?.lower ?? ''} ${it.lower}`)) continue;
      if (noun.ofPeople && !peopleOf(items, i) && !peopleFor(items, i) && !hasBefore(items, i, Math.max(0, lastVerb + 1), 8, (x) => x.tags.some((g) => g.k === 'cargo' && (g.cat === 'people' || g.cat === 'troops')))) continue;
      // "el centro de adiestramiento de Toledo", "a training centre", "la base de formation": a transfer noun
      // naming a facility is no transfer.
      // ("pelos centros de formação", "los centros de entrenamiento": so does a noun of centres.)
      if ((prepRole(prev) === 'of' && !prev?.place && (hasMark(items[i - 2], MB.geo) || CENTRES.has(items[i - 2]?.lower ?? ''))) || (lang === 'en' && hasMark(items[i + 1], MB.geo) && !items[i + 1]!.place)) continue;
      // ("Estados Unidos originó el 81,5 % de esos envíos", "accounted for half of those shipments": a share of the transfers just
      // told is no transfer of its own; the sentence ranks a partner of them.)
      if (noun.cls === 'send' && DEMONSTRATIVES.has(prev?.lower ?? '') && prepRole(items[i - 2]) === 'of' && !items[i + 1]?.place && prepRole(items[i + 1]) !== 'to') continue;
      // "cualquier cargamento de armas", "any shipment": hypothetical, states no transfer.
      // A denial keeps it: "nega qualquer envio de armas" is a denied transfer.
      // "Bruselas prohibió en 2023 la importación", "to discuss the sale of": banned or discussed, not made.
      if (hypoBefore(items, i) && !denied(items, i)) continue;
      // English noun compounds: "loan agreement", "supply deal": a transfer noun modifying a plain noun
      // names the agreement, not a transfer.
      const nx = items[i + 1];
      // ("Japan's LNG imports totalled 66 million tonnes", "exports rose": not a plural before a past or present verb of change.)
      if (lang === 'en' && !isCargo(it) && nx && isPlain(nx) && !nx.cap && nx.tok === 'word' && !(/s$/.test(it.lower) && CHANGE_VERB.test(nx.lower))) continue;
      // ("Rome's export credit agency SACE": so is one modifying a compound of its own.)
      const nx2 = items[i + 2];
      if (lang === 'en' && !isCargo(it) && nx && isCargo(nx) && !nx.cap && nx2 && !nx2.place && (hasMark(nx2, MB.actor) || (isPlain(nx2) && !nx2.cap))) continue;
      // ("As remessas dos emigrantes portugueses em França": Portuguese "remessas" of people are their remittances, money.)
      const remitted = !noun.cat && lang === 'pt' && REMITTANCES.test(it.lower) && prepRole(nx) === 'of' && (isPeople(items[i + 2]) || items[i + 2]?.place?.via === 'demonym');
      out.push({ idx: i, cls: noun.cls, mood: 'noun', cat: remitted ? 'money' : noun.cat, dest: false, ...(until >= 0 ? { until } : {}), ...(noun.sense ? { sense: noun.sense } : {}) });
    }
  }
  // ("Most of the wheat Egypt consumes comes from Russia", "Metade do trigo consumido em Angola vem da Rússia", "La moitié du
  // blé consommé en Égypte provient de Russie": with no verb of transfer before it, goods or people coming from a place
  // move, read like "arrive from".)
  for (let i = 1; i < items.length; i++) {
    if (prepRole(items[i]) !== 'from' || !COME_FROM.test(items[i]!.lower) || !(items[i + 1]?.place || (hasMark(items[i + 1], MB.det) && items[i + 2]?.place))) continue;
    // (A verb of a relative clause on the goods may stand before: "El 60 % del gas que importa España viene de Argelia".)
    const onGoods = (v: number): boolean => [1, 2, 3].some((d) => hasMark(items[v - d], MB.rel) && isCargo(items[v - d - 1]));
    if (out.some((t) => t.idx < i && t.mood !== 'noun' && !onGoods(t.idx)) || !hasBefore(items, i, Math.max(0, i - 14), Math.min(i, 14), isCargo)) continue;
    // (A participle, "peregrinos vindos da Indonésia", "migrantes venidos de Venezuela", moves people or goods only in a sentence
    // with no other word of transfer: "las importaciones de fertilizantes procedentes de Marruecos" are the noun's.)
    if (COME_PARTICIPLE.test(items[i]!.lower) && out.length > 0) continue;
    out.push({ idx: i, cls: 'move', mood: 'fin', cat: undefined, dest: false, come: true });
    out.sort((a, b) => a.idx - b.idx);
    break;
  }
  // ("Belgium suspended military aid to Rwanda", "A Bélgica suspendeu a ajuda militar ao Ruanda": with no trigger before them in the
  // sentence, goods of aid named in words of aid, which the lexicon reads as one item, suspended, are the noun of transfer.)
  const firstTrigger = out.reduce((m, t) => Math.min(m, t.idx), items.length - 1);
  for (let i = 0; i <= firstTrigger; i++) {
    const it = items[i]!;
    if (!it.tags.some((g) => g.k === 'cargo' && g.unit === 'aid')) continue;
    // (Only as the object of a verb of suspending, which no other reading of the sentence finds: elsewhere, "announced 5 million in
    // humanitarian aid", the goods and their amount are read as such.)
    if (!hasBefore(items, i, 0, 8, (x) => hasMark(x, MB.suspend))) continue;
    it.trig = true;
    out.unshift({ idx: i, cls: 'send', mood: 'noun', cat: 'aid' });
    break;
  }
  // "Um petroleiro russo com destino a Cuba": with no trigger before it, a destination phrase states the
  // transfer of what precedes it, read like a passive participle ("destinado a").
  for (let i = 0; i < items.length; i++) {
    if (!hasMark(items[i], MB.dest) || !items[i + 1]?.place && !items[i + 2]?.place) continue;
    if (out.some((t) => t.idx < i)) break;
    out.unshift({ idx: i, cls: 'send', mood: 'part', cat: undefined, dest: true });
    break;
  }
  // "chegou a enviar", "passed on to sell", "prometeu enviar": a verb governing an infinitive trigger is
  // its auxiliary; the infinitive carries the flow and the subject before both.
  return out.filter((t, k) => {
    // "des cargaisons de GPL qatari ont été renvoyées vers...": a package noun that is the subject of the
    // next verb is only its cargo's container; the verb carries the transfer.
    if (t.mood === 'noun') {
      // "deposited $2.7 billion in payments for Iranian gas": an amount "in payments" names what the money
      // is, not a transfer of its own.
      // (After a sending verb only: "received $5 billion in payments from India for oil" keeps the payment's reading.)
      if (t.cat === 'money' && out[k - 1]?.cls === 'send' && AS_PREPS.has(items[t.idx - 1]?.lower ?? '') && amountBefore(items, t.idx - 1)) return false;
      const n = out[k + 1];
      return !(n && n.mood !== 'noun' && n.idx - t.idx <= 8 && hasMark(items[t.idx], MB.pack) && !between(items, t.idx, n.idx, isBoundary));
    }
    if (t.mood === 'inf') return true;
    const n = out[k + 1];
    if (!n || n.mood !== 'inf') return true;
    // (Up to two words between: a preposition or an adverb, "ofreció también enviar", "offered to also send".)
    const gap = n.idx - t.idx;
    if (gap > 3) return true;
    for (let k = t.idx + 1; k < n.idx; k++) {
      const it = items[k]!;
      if (it.place || it.cap || !(prepRole(it) !== null || isPlain(it))) return true;
    }
    return false;
  });
}

/** "in payments", "as payment", "em pagamentos", "en pagos", "en paiement". */
const AS_PREPS: ReadonlySet<string> = new Set(['in', 'as', 'em', 'en', 'como', 'comme']);
/** A currency amount within the three items before k. */
function amountBefore(items: Item[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (items[j]!.tags.some((g) => g.k === 'cur')) return true;
  return false;
}

/** After the participle at i (and a particle, "flown in"): "by", numbers, articles, nationalities and plain words, then a vehicle. */
function craftAgent(items: Item[], i: number): boolean {
  let k = i + 1;
  if (items[k]?.lower === 'in' || items[k]?.lower === 'out') k++;
  if (prepRole(items[k]) !== 'by') return false;
  for (let j = k + 1; j <= k + 5 && j < items.length; j++) {
    const x = items[j]!;
    if (isCargo(x)) return x.tags.some((g) => g.k === 'cargo' && g.cat === 'vehicles');
    if (!(hasMark(x, MB.det) || isNumeral(x) || x.place?.via === 'demonym' || isPlain(x) || (x.cap && !x.place))) return false;
  }
  return false;
}
/** English forms of "bring". */
const BRING = /^(?:bring|brings|brought|bringing)$/;
/** Words for a count ("the total", "the number", "the tally"). */
const COUNT_NOUNS: ReadonlySet<string> = new Set(['total', 'number', 'tally', 'count', 'toll', 'figure']);
/** After "bring" at i: "to" and a number, or a count noun and then "to" and a number ("bringing to 11 the number", "brings the total to 40"). */
function bringsCount(items: Item[], i: number): boolean {
  if (items[i + 1]?.lower === 'to' && isNumeral(items[i + 2])) return true;
  for (let k = i + 1; k <= i + 4 && k < items.length; k++) {
    if (COUNT_NOUNS.has(items[k]!.lower)) {
      for (let j = k + 1; j <= k + 6 && j + 1 < items.length; j++) if (items[j]!.lower === 'to' && isNumeral(items[j + 1])) return true;
      return false;
    }
  }
  return false;
}
/** English finite forms of "fly" (not the base form, an infinitive in "learning to fly the aircraft"). */
const FLY = /^(?:flies|flew)$/;
/** "Of course", "in the course", "en el curso", "no curso", "durante el curso": idioms of the words for a course. */
const COURSE_IDIOM = /(?:^|\s)(?:of course|(?:in|during) the course|(?:en|durante) el curso|(?:no|durante o|ao longo do) curso)$/;
/** English "take" and "get": receiving verbs only with goods taken from a place (fromPlaceAhead), a counted load, or counted people of a nationality. */
export const TAKE: ReadonlySet<string> = new Set(['take', 'takes', 'took', 'taken', 'taking', 'get', 'gets', 'got', 'gotten', 'getting']);
/** Words of a great many ("thousands", "milhares", "miles", "milliers", "millions"). */
const MANY = /^(?:hundreds|thousands|millions|centenas|milhares|milhões|cientos|miles|millones|centaines|milliers)$/;
/** A "from" preposition before a place within ten items after i, in the clause. */
function fromPlaceAhead(items: Item[], i: number): boolean {
  for (let k = i + 1; k < Math.min(items.length - 1, i + 11); k++) {
    const it = items[k]!;
    if (it.tok === 'punct' && it.lower !== ',') return false;
    if (prepRole(it) === 'from' && !it.place && (items[k + 1]?.place || (hasMark(items[k + 1], MB.det) && items[k + 2]?.place))) return true;
  }
  return false;
}

/** Loads counted in trade (English): what "took" takes when it buys ("took 131 million tonnes", "took four cargoes"). */
const LOADS: ReadonlySet<string> = new Set(['tonnes', 'tons', 'barrels', 'cargoes', 'cargos', 'shipments', 'consignments', 'containers', 'bales', 'bushels']);
/** Right after the verb at i, a number (maybe with its scale and "about") counting loads. */
function countedLoad(items: Item[], i: number): boolean {
  let k = i + 1;
  if (QUANT_WORDS.has(items[k]?.lower ?? '')) k++;
  if (!isNumeral(items[k])) return false;
  for (let j = k + 1; j <= k + 3 && j < items.length; j++) if (LOADS.has(items[j]!.lower)) return true;
  return false;
}

function between(items: Item[], a: number, b: number, pred: (items: Item[], k: number) => boolean): boolean {
  for (let k = a + 1; k < b; k++) if (pred(items, k)) return true;
  return false;
}

/** Quantity words that open an English object ("imports most of its gas", "imports less gas"). */
const QUANT_WORDS: ReadonlySet<string> = new Set(['most', 'much', 'all', 'some', 'half', 'more', 'less', 'fewer', 'nearly', 'about', 'over', 'around', 'almost']);

/**
 * Are the people who go back named after the return noun at i: past a place it is from or to, "of" and a count ("o regresso de 300
 * angolanos", "el regreso desde Rusia de 15 ciudadanos", "le retour au Mali de 200 réfugiés")?
 */
function returneesAfter(items: Item[], i: number): boolean {
  let j = i + 1;
  const pr = prepRole(items[j]);
  if (pr === 'from' || pr === 'to') {
    j++;
    if (hasMark(items[j], MB.det) && prepRole(items[j]) === null) j++;
    if (!items[j]?.place) return false;
    j++;
  }
  if (prepRole(items[j]) !== 'of') return false;
  let k = j + 1;
  while (k <= j + 4 && items[k] && (hasMark(items[k], MB.det) || isNumeral(items[k]) || items[k]!.tags.some((g) => g.k === 'qual' || g.k === 'scale'))) k++;
  const it = items[k];
  if (!it) return false;
  if (it.place) return it.place.via === 'demonym' && !isCargo(items[k + 1]);
  return isPeople(it);
}

/**
 * "formación de [los] pilotos", "formação de 40 mecânicos": people, troops or a lower-case noun after "de"
 * (an article or number between), not a name ("formación de Le Pen").
 */
function peopleOf(items: Item[], i: number): boolean {
  let j = i + 1;
  // "la formación en Chile de enfermeros": where, before whom
  if (prepRole(items[j]) === 'in') {
    j++;
    if (hasMark(items[j], MB.det)) j++;
    if (!items[j]?.place) return false;
    j++;
  }
  if (prepRole(items[j]) !== 'of') return false;
  let k = j + 1;
  while (k <= j + 3 && items[k] && (hasMark(items[k], MB.det) || items[k]!.tok === 'num')) k++;
  const it = items[k];
  if (!it || it.place || it.cap) return false;
  const c = it.tags.find((g) => g.k === 'cargo');
  return c ? c.k === 'cargo' && (c.cat === 'troops' || c.cat === 'people') : isPlain(it);
}

/** "courses for Iraqi commanders", "courses to 40 Malian pilots": people of a nationality after "for"/"to". */
function peopleFor(items: Item[], i: number): boolean {
  const p = items[i + 1]?.lower;
  if (p !== 'for' && p !== 'to') return false;
  let k = i + 2;
  while (k <= i + 4 && items[k] && (hasMark(items[k], MB.det) || items[k]!.tok === 'num')) k++;
  if (items[k]?.place?.via !== 'demonym') return false;
  const it = items[k + 1];
  const c = it?.tags.find((g) => g.k === 'cargo');
  return !!it && (c ? c.k === 'cargo' && (c.cat === 'troops' || c.cat === 'people') : isPlain(it) && !it.cap);
}

/** Between a verb at v and a noun at i only articles, conjunctions and plain words ("the second and final"). */
function objectWords(items: Item[], v: number, i: number): boolean {
  for (let k = v + 1; k < i; k++) {
    const it = items[k]!;
    if (!(hasMark(it, MB.det) || hasMark(it, MB.coord) || isPlain(it))) return false;
  }
  return true;
}

/** Between a verb at v and a noun at i, only a share: articles, numbers, "about", "of", plain words, "%". */
function shareOf(items: Item[], v: number, i: number): boolean {
  if (i - v < 2) return false;
  for (let k = v + 1; k < i; k++) {
    const it = items[k]!;
    if (!(hasMark(it, MB.det) || isPlain(it) || it.tok === 'num' || prepRole(it) === 'of' || it.lower === '%' || it.tags.some((g) => g.k === 'qual' || g.k === 'num' || g.k === 'scale'))) return false;
  }
  return true;
}

/** After the package noun at i: "of"/"de" and a plain lower-case word ("d'accords", "de medidas", "of reforms"). */
function packOfNonGoods(items: Item[], i: number): boolean {
  if (prepRole(items[i + 1]) !== 'of' || items[i + 1]!.place) return false;
  const k = hasMark(items[i + 2], MB.det) ? i + 3 : i + 2;
  const w = items[k];
  // ("a second batch of radar equipment": a plain word before goods modifies them; "um pacote de apoio de
  // 50 mil milhões de euros": an amount makes it money.)
  if (!w || !isPlain(w) || w.cap || isCargo(items[k + 1]) || isCargo(items[k + 2])) return false;
  for (let j = k + 1; j <= k + 3 && j < items.length; j++) if (items[j]!.tok === 'num' || items[j]!.tags.some((g) => g.k === 'cur' || g.k === 'num' || g.k === 'scale')) return false;
  return true;
}

/** Is the item at i goods of the vehicles category (aircraft, ships, tanks)? */
function vehicleAt(items: Item[], i: number): boolean {
  const it = items[i];
  return !!it && !it.place && it.tags.some((t) => t.k === 'cargo' && t.cat === 'vehicles');
}

/** Object clitics before a finite verb ("y lo descargó", "et les a livrés", "que os reexportou"). */
export const CLITICS: ReadonlySet<string> = new Set(['lo', 'la', 'los', 'las', 'le', 'les', 'os', 'as']);

/** A hypothetical/ban/discussion marker in the few words before the noun at i, within its phrase. */
function hypoBefore(items: Item[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const it = items[k]!;
    if (hasMark(it, MB.hypo)) return true;
    if (it.place || it.trig || it.cargo || it.tok === 'punct') return false;
  }
  return false;
}

function denied(items: Item[], i: number): boolean {
  for (let k = 0; k < i; k++) if (hasMark(items[k], MB.deny | MB.neg)) return true;
  return false;
}

/** Adverbs that may stand between goods as a subject and their verb ("Azerbaijani gas already supplies Turkey", "já", "déjà", "ya"). */
const SUBJECT_ADVERBS: ReadonlySet<string> = new Set(['already', 'also', 'still', 'now', 'currently', 'mostly', 'mainly', 'largely', 'já', 'também', 'ainda', 'déjà', 'aussi', 'encore', 'ya', 'también', 'todavía']);

/**
 * Is the verb at `i` one whose subject is goods of a nationality right before it (past an adverb), with a place named by its name as
 * its object ("Azerbaijani gas already supplies Turkey", "Norwegian gas supplies Germany", "o gás azeri abastece a Turquia")? English
 * "Gas supplies to Turkey" stays a noun.
 */
export function goodsSubject(items: Item[], i: number, lang: Lang): boolean {
  let s = SUBJECT_ADVERBS.has(items[i - 1]?.lower ?? '') ? i - 2 : i - 1;
  // ("le gaz azerbaïdjanais, qui alimente déjà la Turquie": past a relative pronoun on the goods.)
  if (hasMark(items[s], MB.rel) && isComma(items[s - 1])) s -= 2;
  let o = SUBJECT_ADVERBS.has(items[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  if (hasMark(items[o], MB.det) || (lang !== 'en' && prepRole(items[o]) === 'to')) o++;
  const nx = items[o];
  // (Not a ship's or model's name: "the Iranian arms ship Monchegorsk".)
  if (!nx?.place || nx.place.via !== 'name' || namesModel(items, o)) return false;
  // (Romance order, the nationality after the goods: "o gás azeri abastece", "le gaz azerbaïdjanais alimente".)
  // (Goods named, not people, who act for themselves, "Os emigrantes portugueses enviaram para Portugal", nor a mere word for loads,
  // "a smaller cargo went to Tema", whose goods the discourse names.)
  const goods = (it: Item | undefined): boolean => isCargo(it) && !it!.trig && !isPeople(it) && !it!.tags.some((g) => g.k === 'cargo' && g.unit === 'cargo');
  if (lang !== 'en') return items[s]?.place?.via === 'demonym' && goods(items[s - 1]);
  return goods(items[s]) && items[s - 1]?.place?.via === 'demonym';
}

export function isBoundary(items: Item[], i: number): boolean {
  const it = items[i]!;
  if (it.tok === 'punct' && it.lower === ';') return true;
  // "attack drones", "combat troops": a breaker before a cargo noun modifies it.
  // ("compró 24 cazas F-16 usados a Dinamarca": right after goods and before whom they came from, "used" is
  // second-hand; "usados en la guerra", "usados contra Ucrania" still end the clause.)
  // ("importou 62 mil viaturas usadas, quase todas provenientes do Japão": so before a comma and where they came from.)
  if (USED.has(it.lower) && isCargo(items[i - 1]) && (prepRole(items[i + 1]) === 'to' || prepRole(items[i + 1]) === 'of' || prepRole(items[i + 1]) === 'from' || (isComma(items[i + 1]) && fromWithin(items, i + 2, 3)))) return false;
  return hasMark(it, MB.breaker) && !isTriggerWord(it) && !isCargo(items[i + 1]);
}
/** A "from" preposition within `n` items from i, past words only (no place, punctuation or trigger: "quase todas provenientes do"). */
function fromWithin(items: Item[], i: number, n: number): boolean {
  for (let k = i; k < i + n && k < items.length; k++) {
    const it = items[k]!;
    if (prepRole(it) === 'from') return true;
    if (it.place || it.trig || it.tok !== 'word') return false;
  }
  return false;
}
/** "Used" after goods in the Romance languages (second-hand, or employed). */
const USED: ReadonlySet<string> = new Set(['usados', 'usadas', 'usado', 'usada', 'utilisés', 'utilisées', 'utilisé', 'utilisée']);

/** An "in"/"to" preposition (or a place) within the two items after i, with a place within four. */
function presenceBefore(items: Item[], i: number): boolean {
  let prep = false;
  for (let k = i + 1; k <= i + 4 && k < items.length; k++) {
    const it = items[k]!;
    if (it.place) return prep;
    const pr = prepRole(it);
    if (pr === 'in' || pr === 'to') prep = true;
    else if (!(prep && pr === 'of') && !hasMark(it, MB.det | MB.geo) && !(k <= i + 2 && isPlain(it))) return false;
  }
  return false;
}

/**
 * Does the verb at i take goods as its direct object, within six words up to R ("flew relief supplies", "secured
 * a $2 billion loan", "deu ao Paquistão 5 bilhões de dólares")? Goods or an amount of money (with `travellers`,
 * troops and people too), or a loan or package noun ("secured a loan of"); the receiver may come first.
 */
export function objectGoods(items: Item[], i: number, R: number, travellers = false): boolean {
  const k = objectAt(items, i, R);
  if (k < 0) return false;
  const it = items[k]!;
  if (it.cargo) return travellers || !it.tags.some((g) => g.k === 'cargo' && (g.cat === 'people' || g.cat === 'troops' || g.cat === 'visit'));
  return hasMark(it, MB.pack) || it.tags.some((g) => g.k === 'noun' && g.cat === 'money') || GOODS_WORDS_BACK.has(it.lower);
}

/** Money as the direct object of the verb at i, within six words up to R ("extended a $500 million credit line", "repaid the loan"). */
function objectMoney(items: Item[], i: number, R: number): boolean {
  const money = (k: number): boolean => k >= 0 && items[k]!.tags.some((g) => g.k === 'cur' || (g.k === 'cargo' && g.cat === 'money') || (g.k === 'noun' && g.cat === 'money'));
  // ("extended Vietnam a loan": past a place named as the indirect object.)
  const p = items[i + 1]?.place?.via === 'name' ? i + 1 : i;
  return money(objectAt(items, p, R));
}

/** Troops as the object of the verb at i ("destacou 200 militares"), or named just before its participle ("militares destacados"). */
function objectTroops(items: Item[], i: number, participle: boolean): boolean {
  const troops = (it: Item | undefined): boolean => !!it?.tags.some((g) => g.k === 'cargo' && g.cat === 'troops');
  if (participle && troops(items[i - 1])) return true;
  // ("700 militares espanhóis estão destacados na Letónia", "continuam destacados": past an auxiliary and a nationality.)
  if (participle && hasMark(items[i - 1], MB.passiveAux)) {
    let k = i - 2;
    if (items[k]?.place?.via === 'demonym') k--;
    if (troops(items[k])) return true;
  }
  // ("vai destacar uma fragata e 150 militares": troops anywhere in the object's list.)
  for (let k = objectAt(items, i, items.length - 1); k >= 0 && k <= i + 10; k++) {
    const it = items[k]!;
    if (troops(it)) return true;
    if (it.place || it.tok === 'punct' || (it.prep !== null && it.prep !== 'of')) return false;
  }
  return false;
}

/** The first cargo word or transfer noun within six words after i, before a place, a punctuation or a preposition (not 'of'); -1 if none. */
function objectAt(items: Item[], i: number, R: number): number {
  for (let k = i + 1; k <= Math.min(R, i + 6); k++) {
    const it = items[k]!;
    if (it.cargo || it.trig) return k;
    // ("took 43% of the metal": a word for the goods just named, after a share of them)
    if (GOODS_WORDS_BACK.has(it.lower) && k > i + 2 && hasBefore(items, k, i + 1, k - i - 1, (x) => PERCENT.has(x.lower))) return k;
    if (k === i + 1 && it.prep === 'to' && !it.place && items[k + 1]?.place) {
      k++;
      continue;
    }
    // ("a contract for 17 Swedish fighter jets": a nationality on the goods is passed over.)
    if (it.place?.via === 'demonym' && k > i + 1 && (items[k + 1]?.cargo || (isPlain(items[k + 1]) && items[k + 2]?.cargo))) continue;
    if (it.place || (it.tok === 'punct' && it.lower !== '%') || (it.prep !== null && it.prep !== 'of')) return -1;
  }
  return -1;
}

/**
 * People or troops (a word for them, or a nationality used as a noun) within six words after i, or within
 * eight before it ("27 000 Haïtiens ... qui les a renvoyés", "les ressortissants que Paris comptait renvoyer").
 */
function personsAhead(items: Item[], i: number, counted = false, adjectives = false): boolean {
  // (counted: a nationality only as a noun after a number, "500 Syrians", not on any noun.)
  const person = (k: number): boolean => {
    const it = items[k]!;
    // (counted: after a number, or "thousands of", "milhares de", "2 millones de", "des milliers de")
    const count = (j: number): boolean => isNumeral(items[j]) || has(items[j], (g) => g.k === 'scale') || MANY.test(items[j]?.lower ?? '');
    // (adjectives: or an official of a nationality, "welcomed Kenyan President William Ruto")
    const official = adjectives && it.place?.via === 'demonym' && hasMark(items[k + 1], MB.actor) && !items[k + 1]!.place;
    // (or a plural nationality opening its noun phrase, a noun: "Many Syrians returned", not "Os investimentos chineses voltaram")
    return it.tags.some((g) => g.k === 'cargo' && (g.cat === 'people' || g.cat === 'troops')) || official || (it.place?.via === 'demonym' && (!counted || nationalityNoun(items, k) || count(k - 1) || (prepRole(items[k - 1]) === 'of' && count(k - 2))));
  };
  // ("Onze enfants ukrainiens emmenés en Russie ou dans les territoires occupés ont pu regagner": a long subject,
  // past eight words only within its clause: not across a comma or a relative pronoun.)
  for (let k = i - 1; k >= Math.max(0, i - 12); k--) {
    if (person(k)) return true;
    if (i - k >= 8 && (items[k]!.tok === 'punct' || hasMark(items[k], MB.rel))) break;
  }
  // ("a renvoyé jeudi vers la France un premier groupe de 14 migrants": past a destination named first, after "to" or "in": "a renvoyé
  // en Afghanistan 27 000 migrants afghans".)
  const destination = (k: number): boolean => { const r = prepRole(items[k - 1]); return r === 'to' || r === 'in' || (hasMark(items[k - 1], MB.det) && prepRole(items[k - 2]) === 'to'); };
  for (let k = i + 1; k <= i + 10 && k < items.length; k++) {
    const it = items[k]!;
    if (person(k)) return true;
    // ("terá reenviado para o Líbano, desde março, cerca de 600 sírios": past a short time phrase set off by commas.)
    if (isComma(it)) {
      let c = k + 1;
      while (c < items.length && c <= k + 5 && !isComma(items[c]) && !items[c]!.trig && !items[c]!.place && items[c]!.tok !== 'punct') c++;
      if (isComma(items[c]) && c > k + 1) {
        k = c;
        continue;
      }
    }
    // (adjectives: past a nationality on the noun, "is home to French troops")
    if (it.trig || it.tok === 'punct' || (it.place && !destination(k) && !(adjectives && it.place.via === 'demonym'))) return false;
  }
  return false;
}

/** After a verb of accepting at i, past a short phrase of time, an infinitive's "de"/"d'"/"to" and a verb ("accepté en 2023 de rééchelonner")? */
function acceptsToDo(items: Item[], i: number): boolean {
  for (let k = i + 1; k <= i + 5 && k < items.length; k++) {
    const it = items[k]!;
    if (it.place || it.cargo || it.trig || (it.tok === 'punct' && !isComma(it))) return false;
    if (it.lower === 'de' || it.lower === 'd' || it.lower === 'to') {
      const v = items[k + 1];
      return !!v && !v.cap && !v.place && !v.cargo && v.tok === 'word' && (v.tags.some((g) => g.k === 'verb') || /(?:er|ir|re)$/.test(v.lower) || it.lower === 'to');
    }
  }
  return false;
}

/** Verbs of unloading goods ("débarqués", "unloaded", "desembarcados", "descarregados", "descargados"). */
const UNLOADING = /^(?:unload|offload|débarqu|desembarc|descarreg|descarg)/;
/** Words of what comes next ("puis", "then", "depois", "luego", "ensuite", "después"; "avant de", "before", "antes de"). */
const THEN_WORDS: ReadonlySet<string> = new Set(['puis', 'ensuite', 'then', 'depois', 'luego', 'después', 'despues', 'avant', 'before', 'antes']);

/** Past the place of an unloading participle at i, does "then" and a verb carry the goods on (within its clause)? */
function carriedOn(items: Item[], i: number): boolean {
  for (let k = i + 1; k < Math.min(items.length, i + 12); k++) {
    const it = items[k]!;
    if (it.tok === 'punct' && !isComma(it)) return false;
    if (THEN_WORDS.has(it.lower)) {
      for (let j = k + 1; j <= k + 3 && j < items.length; j++) if (items[j]!.tags.some((g) => g.k === 'verb')) return true;
      return false;
    }
  }
  return false;
}

/** French "être" as an auxiliary ("se sont éloignées", "sont arrivés", "est rentré"). */
export const ETRE: ReadonlySet<string> = new Set(['est', 'sont', 'était', 'étaient', 'sera', 'seront', 'soit', 'soient']);
/**
 * Third-person reflexive pronouns before a Romance verb ("se", French elided "s'"): the subset of extract.ts REFLEXIVE
 * that news uses; "nous renvoyons" is a subject, not a reflexive.
 */
const REFLEXIVE_3P: ReadonlySet<string> = new Set(['se', 's']);
/** Auxiliaries between a reflexive pronoun and its participle ("se han formado", "se sont formés", "se tinham formado"). */
const REFLEXIVE_AUX: ReadonlySet<string> = new Set([...ETRE, 'ha', 'han', 'había', 'habían', 'haya', 'hayan', 'tem', 'têm', 'tinha', 'tinham']);
/** The verb at v is reflexive: "formaram-se", "se formaron", "se han formado", "se sont formés", "s'est entraîné". */
export function reflexiveAt(items: Item[], v: number): boolean {
  const before = (k: number): boolean => REFLEXIVE_3P.has(items[k]?.lower ?? '');
  return items[v + 1]?.lower === '-se' || before(v - 1) || ((hasMark(items[v - 1], MB.aux) || REFLEXIVE_AUX.has(items[v - 1]?.lower ?? '')) && before(v - 2));
}
/** Trafficking nouns ("tráfico de", "trafic de", "trafficking of"): a charge, after "held for". */
export const TRAFFICKING = /^(?:tr[aá]fico|trafic|trafficking|contrabando|contrebande|smuggling)$/;
/** Prepositions of a charge ("por", "for", "pour"). */
const CHARGE_FOR: ReadonlySet<string> = new Set(['por', 'for', 'pour']);
/** Words of being held, charged or convicted ("presos", "condenados", "jailed", "convicted", "détenus", "accusés"). */
/** Words of captivity: "capturados", "prisonniers", "detenidos", "détenus" (soldiers held are people, cargo.ts). */
export const CAPTIVE = /^(?:captur|prisioneir|prisioner|prisonnier|prisoners?$|detenid|d[ée]tenu|detid)/;
const CHARGED = /^(?:pres[oa]s$|condenad|convicted|jailed|arrested|detained|charged|accused|sentenced|acusad|condamn|accus|arr[eê]t|inculp|imprisoned|encarcelad)/;
const HELD = (w: string): boolean => CAPTIVE.test(w) || CHARGED.test(w);
/**
 * Is the noun at i a charge: after "por"/"for"/"pour" within three items ("por crimes como tráfico"), itself
 * within six items after a word of being held or convicted?
 */
export function chargeAt(items: Item[], i: number): boolean {
  for (let p = i - 1; p >= Math.max(0, i - 3); p--) {
    if (!CHARGE_FOR.has(items[p]!.lower)) continue;
    for (let k = p - 1; k >= Math.max(0, p - 6); k--) if (HELD(items[k]!.lower)) return true;
    return false;
  }
  return false;
}

/** Training is the object right after the verb at i (past an article): "provided training", "deu formação". */
function trainingNext(items: Item[], i: number): boolean {
  const k = hasMark(items[i + 1], MB.det) ? i + 2 : i + 1;
  const o = items[k];
  // ("sent training aircraft", "training equipment": then training only modifies the goods.)
  return !!o && o.tags.some((g) => g.k === 'cargo' && g.cat === 'training') && !isCargo(items[k + 1]);
}

/** Goods follow the verb at i as its object, past an article and a number: "unloaded the 700,000 barrels". */
export function directObject(items: Item[], i: number): boolean {
  let j = i + 1;
  while (j < i + 4 && items[j] && !items[j]!.place && (hasMark(items[j], MB.det) || items[j]!.tok === 'num' || QUANT_WORDS.has(items[j]!.lower))) j++;
  // ("trained 500 Vietnamese sailors": past the goods' or people's nationality)
  if (items[j]?.place?.via === 'demonym' && isCargo(items[j + 1]) && !items[j + 1]!.place) j++;
  // ("carried 3,000 tonnes of wheat": past a measure and its "of")
  if (j > i + 1 && MEASURES.has(items[j]?.lower ?? '') && prepRole(items[j + 1]) === 'of') j += 2;
  return isCargo(items[j]) && !items[j]!.place;
}

/** An English possessive before a noun ("Brazil's" is split into "brazil", "s"; "its", "their": the shared list). */
const possessiveEn = (w: string | undefined): boolean => w === 's' || w === 'our' || POSSESSIVES.has(w ?? '');

/** "Brazil's soybean exports", "its oil sales": an English form after a possessive and one word of goods is a noun. */
function possessed(items: Item[], i: number): boolean {
  const prev = items[i - 1];
  return !!prev && (isCargo(prev) || (isPlain(prev) && prev.tok === 'word' && !prev.cap)) && possessiveEn(items[i - 2]?.lower);
}

/** Counted people of a nationality right after the verb at i: "returned 20 Haitians", "30 Moroccan minors". */
function countedNationals(items: Item[], i: number): boolean {
  const n = items[i + 1];
  const d = items[i + 2];
  return isNumeral(n) && !!d?.place && d.place.via === 'demonym';
}

/**
 * The investor named right next to the noun at i and the places invested in right after: the index of the last of
 * those places, or -1. The investor is a nationality before or after the noun ("Chinese investment in Brazil",
 * "investimento chinês em Angola", "investissements chinois au Sénégal"), a country's possessive ("China's investment
 * in Kenya"), or "from"/"de" and a country ("investment from Japan in Vietnam"). What is invested in may be no place
 * ("investissements chinois dans le nickel" sends no nickel), and a place named like a company or club is none
 * ("investment in Manchester City", "Investment from Santander").
 */
function investedIn(items: Item[], i: number): number {
  const demonym = (it: Item | undefined): boolean => !!it?.place && it.place.via === 'demonym';
  // ("banco de investimento americano", "fonds d'investissement": a noun's complement, not the investment; "US$ 2
  // bilhões de investimento chinês" is one.)
  const b = items[i - 2];
  if (prepRole(items[i - 1]) === 'of' && b && !b.place && b.tok === 'word' && !b.tags.some((g) => g.k === 'scale' || g.k === 'cur' || g.k === 'num')) return -1;
  /** The index of the place after a preposition of one of `roles` at `at`, or -1. */
  const placeAfter = (at: number, roles: ReadonlyArray<string>, country: boolean): number => {
    const r = prepRole(items[at]);
    const k = hasMark(items[at + 1], MB.det) ? at + 2 : at + 1;
    const p = items[k]?.place;
    if (r === null || !roles.includes(r) || !p || p.via === 'demonym' || (country && p.place.kind !== 'country')) return -1;
    const nx = items[k + 1];
    return nx && nx.cap && !nx.place && nx.tok === 'word' ? -1 : k;
  };
  // ("US investment in Mexico", "Chinese direct investment in Brazil", "investimento direto chinês no Brasil": a country's
  // abbreviation or name as a modifier, and one plain adjective between.)
  const country = (it: Item | undefined): boolean => !!it?.place && it.place.via !== 'anaphor' && it.place.place.kind === 'country';
  const plain = (it: Item | undefined): boolean => isPlain(it) && !it!.cap && it!.tok === 'word';
  // The investor's index, and where the places invested in may begin.
  let investor: number;
  let after = i + 1;
  if (demonym(items[i + 1])) [investor, after] = [i + 1, i + 2];
  else if (plain(items[i + 1]) && demonym(items[i + 2])) [investor, after] = [i + 2, i + 3];
  else if (demonym(items[i - 1]) || (country(items[i - 1]) && items[i - 1]!.place!.via === 'abbreviation')) investor = i - 1;
  else if ((plain(items[i - 1]) && demonym(items[i - 2])) || (items[i - 1]?.lower === 's' && items[i - 2]?.place?.place.kind === 'country')) investor = i - 2;
  else {
    investor = placeAfter(i + 1, ['from', 'of'], true);
    if (investor < 0) return -1;
    after = investor + 1;
  }
  let last = placeAfter(after, ['in', 'to'], false);
  // ("US investment in New Mexico": a country's investment at home is no transfer.)
  if (last >= 0 && items[last]!.place!.place.country === items[investor]!.place!.place.country) return -1;
  // ("no Brasil, na Argentina e no Chile": a list of places invested in)
  while (last >= 0 && (isComma(items[last + 1]) || hasMark(items[last + 1], MB.coord))) {
    const next = placeAfter(last + 2, ['in', 'to'], false);
    const bare = hasMark(items[last + 2], MB.det) ? last + 3 : last + 2;
    if (next >= 0) last = next;
    // (not a place that opens a clause of its own: "UK investment in Ireland and the US investment in Mexico")
    else if (items[bare]?.place && items[bare]!.place!.via !== 'demonym' && !items[bare + 1]?.trig) last = bare;
    else break;
  }
  return last;
}

/**
 * Is the consignment noun at i the receiving verb's own object: no preposition between them but "from"/"de" and its
 * place ("received the first delivery", "recebeu da China um donativo")? Not a noun about it: "received reports of a
 * shipment", "recebeu um pedido para a entrega", "a reçu des critiques pour la livraison".
 */
function directConsignment(items: Item[], verb: number, i: number): boolean {
  for (let k = verb + 1; k < i; k++) {
    const r = prepRole(items[k]);
    if (r === null || items[k]!.place) continue;
    const p = hasMark(items[k + 1], MB.det) ? k + 2 : k + 1;
    if ((r === 'from' || r === 'of') && items[p]?.place) {
      k = p;
      continue;
    }
    return false;
  }
  return true;
}

/** Nouns of a consignment of goods ("shipment", "remessa", "envío", "livraison"). */
const CONSIGNMENTS: ReadonlySet<string> = new Set([
  'shipment', 'shipments', 'delivery', 'deliveries', 'consignment', 'consignments',
  'remessa', 'remessas', 'envio', 'envios', 'entrega', 'entregas', 'carregamento', 'carregamentos',
  'envío', 'envíos', 'cargamento', 'cargamentos', 'embarque', 'embarques',
  'livraison', 'livraisons', 'envoi', 'envois', 'cargaison', 'cargaisons', 'expédition', 'expéditions',
]);

/** The English verb "return" ("returned", "returning"). */
const RETURN_EN = /^return(?:s|ed|ing)?$/;

/** To embark ("embarcou", "embarcó", "a embarqué"): a leaving verb, or with goods as its object a shipping one. */
const EMBARK = /^(?:embarc|embarqu)/;

/** Waiting for goods ("waiting for", "awaiting", "awaits"). */
const WAITING = /^(?:waiting for|awaiting|awaits)$/;
/** Words of weight or share after a number, maybe past a word of scale ("toneladas", "%"). */
const TAKEN_UNITS = /^(?:toneladas?|tonnes?|quilos|kilos|%|por)$/;

/**
 * After the verb at i, a number with a unit of weight or a share within four words, and no place after "to" ("para", "a") in the next
 * eight: "levaram 21 mil toneladas no período", "se llevó el 20 % del total".
 */
function tookQuantity(items: Item[], i: number): boolean {
  let n = -1;
  // (past a word of scale: "21 mil toneladas")
  for (let k = i + 1; k <= Math.min(items.length - 2, i + 4); k++) if (items[k]!.tok === 'num' && (TAKEN_UNITS.test(items[k + 1]!.lower) || TAKEN_UNITS.test(items[k + 2]?.lower ?? ''))) n = k;
  if (n < 0) return false;
  for (let k = i + 1; k <= Math.min(items.length - 1, i + 8); k++) if (items[k]!.place && (prepRole(items[k - 1]) === 'to' || (hasMark(items[k - 1], MB.det) && prepRole(items[k - 2]) === 'to'))) return false;
  return true;
}

/** French routes one "emprunte" ("emprunter l'oléoduc", "la route", "le corridor"). */
const FR_ROUTES: ReadonlySet<string> = new Set(['oléoduc', 'oléoducs', 'gazoduc', 'gazoducs', 'pipeline', 'route', 'routes', 'voie', 'voies', 'corridor', 'chemin', 'itinéraire', 'autoroute', 'pont', 'tunnel', 'détroit', 'canal', 'ligne', 'axe', 'passage', 'col', 'couloir', 'piste', 'fleuve', 'frontière']);
/** "contract for", "contrat pour", "contrato para": a purchase noun only before goods. */
const CONTRACT_FOR = /^(?:contracts? for|contrats? pour|contratos? para)$/;

/** Nouns of an order placed ("commande"; not "encomenda", also a parcel). */
export const ORDER_NOUNS: ReadonlySet<string> = new Set(['commande', 'commandes']);
/** Cancelling ("annulé", "cancelou", "canceló", "anuló", "cancelled"). */
export const CANCEL = /^(?:annul|cancel|anul)/;

/** Forms of "to be (somewhere)" read as a visit ("esteve em Lisboa", "estuvo en Washington"). */
const STAYS: ReadonlySet<string> = new Set(['esteve', 'estiveram', 'estuvo', 'estuvieron']);
/** Adverbs between a stay and its place ("esteve também em Luanda", "estuvo ya en Lima"). */
const STAY_ADVERBS: ReadonlySet<string> = new Set(['também', 'ainda', 'já', 'igualmente', 'também', 'también', 'ya', 'aún', 'antes', 'recientemente']);

/** Nouns of debt ("deuda", "dívida", "dette", "debt"). */
const DEBT_NOUNS: ReadonlySet<string> = new Set(['debt', 'debts', 'deuda', 'deudas', 'dívida', 'dívidas', 'dette', 'dettes']);
/** Does the item name a debt, alone or in its own phrase ("annuler la dette")? */
export const namesDebt = (it: Item): boolean => it.lower.split(' ').some((w) => DEBT_NOUNS.has(w));

/** A debt named within the eight items after the verb at i (or in its own phrase), not in a phrase of cause ("for the debt dispute"). */
function debtAhead(items: Item[], i: number): boolean {
  for (let k = i; k < items.length && k <= i + 8; k++) {
    if (!namesDebt(items[k]!)) continue;
    return ![1, 2, 3].some((d) => k - d > i && CAUSE.has(items[k - d]!.lower));
  }
  return false;
}
/** Words of cause before a noun ("for the debt", "pour la dette", "por la deuda", "pela dívida"). */
const CAUSE: ReadonlySet<string> = new Set(['for', 'over', 'pour', 'por', 'pela', 'pelo', 'because']);

/** Verbs of injecting ("inject", "injetar", "inyectar", "injecter"). */
const INJECT = /^(?:inject|injet|inyect)/;
/** "into", "dans", "em"/"na"/"no", "en" within eight items after the verb at i, with no "with"/"com"/"con"/"avec" before it. */
function intoAhead(items: Item[], i: number): boolean {
  for (let k = i + 1; k < items.length && k <= i + 8; k++) {
    const w = items[k]!.lower;
    if (WITH.has(w)) return false;
    if (INTO.has(w)) return true;
  }
  return false;
}
const INTO: ReadonlySet<string> = new Set(['into', 'dans', 'em', 'na', 'no', 'nas', 'nos', 'en']);

/** Is the goods noun at i in the load of a carrier a few words before it ("carrying 40 tonnes of aid", "loaded with aid")? */
function carriedAt(items: Item[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const x = items[k]!;
    if (hasMark(x, MB.carrier)) return true;
    if (x.trig || x.place || (x.tok === 'punct' && x.lower !== '%')) return false;
  }
  return false;
}

/** Is the goods noun at i the subject of a passive verb of sending right after it ("Aid was delivered", "aid has been flown in")? */
function passiveTransferAfter(items: Item[], i: number): boolean {
  let k = i + 1;
  if (!hasMark(items[k], MB.passiveAux | MB.aux)) return false;
  while (k < i + 4 && hasMark(items[k], MB.passiveAux | MB.aux)) k++;
  return !!items[k]?.tags.some((g) => g.k === 'verb' && g.mood === 'part' && (g.cls === 'send' || g.cls === 'move'));
}

/** A place after "to" within eight words after i, past a means of transport and a place of origin ("by bus from Islamabad to Torkham"). */
function toPlaceAhead(items: Item[], i: number): boolean {
  for (let k = i + 1; k <= i + 8 && k < items.length; k++) {
    const x = items[k]!;
    if (x.trig || (x.tok === 'punct' && !isComma(x))) return false;
    if (x.place && prepRole(items[k - 1]) === 'to') return true;
    if (x.place && hasMark(items[k - 1], MB.det) && prepRole(items[k - 2]) === 'to') return true;
  }
  return false;
}

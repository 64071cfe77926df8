/**
 * Flows: who sent what to whom, from the article text and its resolved places, in one pass over the
 * sentences. Only sentences that can state a flow are read (two places, or one plus "o país" or a recent
 * flow, and a trigger word — a cheap scan without tokenizing). Per sentence:
 *   1. items: mentions + lexicon phrases (items.ts, lexicon/); each place item gets a grammatical role
 *      from the words around it (roles.ts: "à Rússia" to, "pela Coreia do Norte" by, "na região de
 *      Kursk" in, bare subject, demonym on a cargo noun = origin, demonym on "ministro" = actor);
 *   2. triggers (triggers.ts: send/receive/train/help/move/visit/deport/withdraw verbs and their
 *      nominalisations) split the sentence into windows; each trigger maps the roles in its window to
 *      source and destination by its class and voice (active, passive, nominal) — sentenceFlows() here;
 *   3. cargo nouns in the window give categories (a list gives one flow each), quantities and units
 *      (cargo.ts, quantity.ts);
 *   4. status from hedges, conditionals, negation, denial, plan and suspension markers (status.ts);
 *   5. an end the sentence leaves implicit is filled from the discourse: after "em troca"/"in exchange"
 *      the earlier transfer's sender; the destination of the sentence's main clause ("..., mientras que
 *      Rusia donó petróleo"); otherwise the partner of the latest flow (<= 4 sentences back) involving the
 *      known end. A filled end never turns a known flow of that category around. "O país"/"the country"
 *      opening a sentence is the previous sentence's topic; "no país africano" another country than the
 *      sentence's own. Flows merge by (from, to, category) with all their quotes; the status is stated if
 *      any quote states it, else the strongest (mergeStatus); a country-level restatement of a flow the
 *      same sentence gives more specifically ("chegou a Maputo para uma visita a Moçambique") is dropped.
 *      Organisations and people the article ties to a country ("a fabricante brasileira Embraer", "o Presidente
 *      moçambicano, Daniel Chapo") stand for it when named again (organisations.ts, persons.ts).
 * Also: leaving verbs and destination phrases ("deixou Primorsk com destino a Cuba", "bound for"),
 * package nouns ("pacote de ajuda", "a package of aid worth £113m"), auxiliaries before an infinitive
 * trigger ("chegou a enviar"), relative clauses around the subject, attributions ("segundo a
 * inteligência sul-coreana") whose places are sources, not ends. Units are the article's own words
 * (Flow.unit "soldados", Flow.unitKey "soldiers").
 * Endpoints: the most specific place named for that end (a region or city of the chosen country); a
 * capital in an actor role ("Pyongyang teria enviado") stands for its country when the article names that
 * country (a place of kind country exists); otherwise the city is kept — no place is invented. Visits,
 * people and troops keep cities as written ("chegou a Pequim").
 * Cost is linear in the text: each sentence is tokenized once, each trigger scans only its window, and
 * status/discourse look-ups are bounded (REACH items, MEMORY_ENTRIES flows).
 */
import type { Flow, FlowCategory, FlowStatus, Lang, Place, Span } from '../story';
import { splitSentences } from '../text/sentences';
import { fold, isWordCode } from '../text/normalize';
import { APPROX, BENEFIT, cargoAntecedent, categorize, collectCargo, CONTRACT, DEAL, DURING, goesTo, INFINITIVE, infinitiveAt, investsAt, isVehicle, namedGoods, oneEach, type CargoHit } from './cargo';
import { buyerPhrase, escapeRe, hasNone, hasSequence, nextInRanking, OWNER_RELATIVE, ranksPartner, sharePhrase, sourcePredicate, supplierPredicate } from './buyers';
import { actorNationality, buildItems, GOODS_WORDS_BACK, has, hasBefore, hasMark, hasTagMark, isCargo, isComma, isNumeral, isPeople, isPlain, MB, PARTNERS, pluralNationality, POSSESSIVES, prepRole, PRONOUNS, SUBJECT_PRONOUNS, THERE_TO, untagged, WITH, type AnaphorResolver, type BitMarker, type Item, type MentionRef, type PlaceRef } from './items';
import { COME_PARTICIPLE, compiled, REMITTANCE_NOUNS, REMITTANCES, type Tag } from './lexicon/index';
import type { PrepRole, TriggerClass } from './lexicon/types';
import { ELLIPSIS_BEFORE, ENERGY, MEASURES, PERCENT, quantityAt, readLeft, REST_WORDS, SHARE_WORDS, VESSEL, YEAR, type Quantity } from './quantity';
import { COMPANIES } from './lexicon/companies';
import { METONYMS } from './lexicon/metonyms';
import { BUYER_NOUN, CROSSING, DELEGATION, EVENT_NOUNS, FOLLOWED, makerBefore, MOSTLY, placeRoles, possessiveAfter, RELATION, residesAt, SEATED, TIME_NOUNS, trainees, WITH_WORDS, type Role, type RoleKind } from './roles';
import { CHARGED, COMPLEMENTIZERS, CONTRAST, dativeRelativeComma, hedgedFor, LOCATIVE_REL, REACH, relativeBefore, relativeOpen, statusOf } from './status';
import { hasWord, WordSet } from './tokens';
import { organisationMentions } from './organisations';
import { datelineMention } from './dateline';
import { learnPersons, namesPerson, type Persons } from './persons';
import { CLITICS, directObject, ETRE, findTriggers, goodsSubject, isBoundary, namesDebt, objectGoods, reflexiveAt, TAKE, type Trigger } from './triggers';

interface Memory {
  sentence: number;
  from: Place;
  to: Place;
  cat: FlowCategory;
  status?: FlowStatus;
  /** The unit (and the article's word for it) of what it carried. */
  unit: string;
  word: string | undefined;
  /** The party that acted: the receiver of a purchase or import, else the giver. */
  actor: Place;
}

const STATUS_RANK: Record<FlowStatus, number> = { stated: 4, reported: 3, planned: 2, suspended: 1, denied: 0 };
const KIND_RANK: Record<Place['kind'], number> = { city: 0, region: 1, other: 2, country: 3 };
/** How specific a place is (lower is more): a site inside a country (a mine, a base, a port the gazetteer files as "other") is more
 * specific than its region, a little less than a town; a world region, with no country, less than a region. */
const rankOf = (p: Place): number => (p.kind === 'other' && p.country ? 0.5 : KIND_RANK[p.kind]);
/** Categories whose endpoints stay as written (a city stays a city); others read a capital as its country. */
const LITERAL_CATS = new Set<FlowCategory>(['visit', 'people', 'troops']);
/** Categories of arms: the particular ones are some of "weapons" in general. */
const ARMS = new Set<FlowCategory>(['weapons', 'vehicles', 'munitions', 'missiles', 'technology']);
/**
 * May a one-ended transfer of `a` be completed by one of `b`? The same goods, or particular arms and arms in general
 * ("Myanmar's junta has imported $1 billion worth of weapons. Russian entities supplied Su-30 fighter jets").
 */
const sameGoods = (a: FlowCategory, b: FlowCategory): boolean => a === b || (ARMS.has(a) && ARMS.has(b) && (a === 'weapons' || b === 'weapons'));
const MEMORY_SENTENCES = 4;
/** And at most this many recent flows, so run-on text stays linear. */
const MEMORY_ENTRIES = 64;
/** How many sentences back a transfer with one end may find its other end (see halfPartner). */
const HALF_BACK = 2;
// ("o governo", "le gouvernement": a cheap test; items.ts decides whether an article makes it an anaphor)
/** One to three words of goods after "of"/"de" ("de tabaco em folha ", "of soybeans "). */
const GOODS_WORDS = String.raw`(?:of|d[oa]s?|de|del|du|des|d['’])\s*(?:[^\s,.;]+\s+){1,3}`;
/** A preposition of origin, maybe with an article, right before a place ("from", "do", "de la", "du", "desde el"). */
const ORIGIN_PREP = String.raw`(?:from|of|d[oa]s?|de|del|du|des|desde|d['’])\s*(?:(?:the|la|le|el|o|a|l['’])\s*)?$`;
/**
 * An export noun and its origin preposition right before a place: "exports from", "exportações de", "exportations du";
 * up to three words of goods may stand between ("exportações de tabaco em folha do", "exports of soybeans from").
 */
const EXPORTS_FROM = new RegExp(String.raw`export\S*\s+(?:${GOODS_WORDS})?${ORIGIN_PREP}`);
const ANAPHOR_HINT = /pa[ií]s\b|country|pays\b|govern|gouvern|gobierno|kingdom|reino|royaume|cidade|\bcity\b|ciudad|\bville\b|\bilha\b|\bisla\b|\bisland\b|\bîle\b|archip|arquip|gigante|\bgiant\b|\bgéant|territ/i;
/**
 * A verb of accounting for an amount, right before it: "respondeu por 4,1 milhões", "accounted for 40,000 tonnes",
 * "representó el 30 %", "a représenté 1,2 million" (a number or an approximation word must follow).
 */
const ACCOUNTED_FOR: Record<Lang, RegExp> = {
  pt: /\b(?:(?:respondeu|responderam|respondia|respondiam|responde|respondem) por|originou|originaram|origina|originam)\s+(?:cerca de |quase |perto de |mais de |menos de )?(?:\d|metade|um terço|um quarto)/i,
  es: /\b(?:representó|representaron|representa|representan|supuso|supusieron|originó|originaron|origina|originan) (?:el |un |casi |cerca de |más de |unos |unas )?(?:\d|la mitad|un tercio|un cuarto)/i,
  fr: /\b(?:(?:a|ont|avait|avaient) représenté|représente|représentent) (?:près de |environ |plus de |quelque )?(?:\d|la moitié|un tiers|un quart)/i,
  en: /\baccount(?:ed|s)? for (?:about |nearly |almost |some |more than |over |around )?(?:\$?\d|half|a third|a quarter)/i,
};
/** "of them", "de ellos", "deles", "d'entre eux": some of the people just named. */
const PARTITIVE_THEM = /\b(?:of them|among them|de ell[oa]s|entre ell[oa]s|del[ea]s|d'entre (?:eux|elles)|parmi eux)\b/i;
/** Words that count some of what an earlier sentence named ("La France en a accueilli 800", "800 of them"): French "en", or a partitive. */
const SOME_OF_THEM = new RegExp(`\\ben (?:a|ont|avait|avaient|aurait|auraient|a été|ont été)\\b|${PARTITIVE_THEM.source}`, 'i');
/**
 * Goods said to come from a place ("Most of the oil came from Russia", "A maior parte veio da Rússia", "La mayor parte llegó
 * de Rusia", "L'essentiel provient du Nigeria"): read with the one-place sentence before, which may say who received them.
 */
const CAME_FROM = /\b(?:came from|come from|comes from|coming from|veio d|vieram d|vem d|vêm d|provém d|provêm d|proveio d|chegou d|chegaram d|llegó de|llegaron de|llega de|llegan de|procede de|proceden de|procedía de|provino de|provenía de|provient d|proviennent d|provenait d|venait d|est venu d|sont venus d|est arrivée? d)/i;
/** Right after a buyer phrase, goods of a place: "do café do ", "del cobre de ", "of coffee from " (one to three words of goods). */
const GOODS_OF_PLACE = new RegExp(String.raw`^\s*${GOODS_WORDS}${ORIGIN_PREP}`, 'i');
/** A sentence opening with "the country" as its subject ("Le pays a par ailleurs importé", "El país importó"). */
const COUNTRY_SUBJECT_OPENING = /^\s*(?:o|el|le|the)\s+(?:pa[ií]s|pays|country)\b/i;
/** A Portuguese or Spanish sentence opening with a verb in the preterite, of the third person ("Comprou", "Exportaram", "Compró", "Vendieron"). */
const NULL_SUBJECT_OPENING = /^\s*\p{Lu}\p{Ll}+(?:ou|aram|eu|eram|iu|iram|ó|aron|ió|ieron)\s/u;
/** A sentence opening with a pronoun that can stand for a country ("It", "Il", "Elle", "Ils", "Elles"). */
const PLACE_PRONOUN_OPENING = /^\s*(?:(?:Selon|D['’]après|According to)[^,.;]{1,60},\s*(?:it|il|elle|ils|elles)|It|Il|Elle|Ils|Elles)\s/;
/** Nouns for a country's own trade or industry as a whole ("the sector", "factories", "les raffineries"), with no place named. */
const SECTOR_NOUNS: ReadonlySet<string> = new Set(
  `sector sectors industry industries factories mills refiners refineries importers manufacturers producers farmers
  setor sector indústria industria fábricas fabricas refinarias refinerías refinerias importadores fabricantes produtores productores agricultores industriais industriales
  secteur filière industrie usines raffineries importateurs fabricants producteurs agriculteurs industriels
  millers growers moageiras minoteries frigoríficos frigorificos`.split(/\s+/),
);
/** Dashes that close a dateline. */
const DASHES: ReadonlySet<string> = new Set(['-', '–', '—', '--']);
/** Articles before a sector noun opening a sentence ("El sector", "Les usines"). */
const SECTOR_ARTICLES: ReadonlySet<string> = new Set(['the', 'o', 'a', 'os', 'as', 'el', 'la', 'los', 'las', 'le', 'les', 'l']);
/**
 * A sentence opening with a sector noun, maybe after an article and a short opening phrase or a dateline ("El sector importa",
 * "Factories bought", "En sentido contrario, el sector importa", "Maputo, 3 mar (Lusa) - As fábricas"): the cheap pre-check.
 */
const SECTOR_OPENING = new RegExp(`^\\s*(?:[^,.;:]{1,30},\\s*|[^\\n]{0,80}?[-–—]\\s+)?(?:(?:${[...SECTOR_ARTICLES].filter((w) => w !== 'l').join('|')})\\s+|l['’])?(?:[\\p{L}-]+\\s+){0,2}?(?:${[...SECTOR_NOUNS].join('|')})\\b`, 'iu');
/** Kingdoms (ISO 3166-1), what "the kingdom", "o reino", "le royaume" may stand for. */
const KINGDOMS: ReadonlySet<string> = new Set(['GB', 'ES', 'NL', 'BE', 'NO', 'SE', 'DK', 'SA', 'MA', 'JO', 'TH', 'KH', 'BT', 'BH', 'LS', 'SZ', 'TO']);
/** Island countries and territories, which "the island" may stand for (reviewable data). */
const ISLAND_COUNTRIES: ReadonlySet<string> = new Set([
  'CU', 'JM', 'HT', 'DO', 'BS', 'BB', 'TT', 'DM', 'LC', 'VC', 'GD', 'AG', 'KN', 'PR', 'CW', 'AW',
  'PH', 'JP', 'TW', 'LK', 'MV', 'SG', 'TL', 'BH', 'CY', 'MT', 'IS', 'IE', 'GL', 'FO',
  'MG', 'MU', 'SC', 'KM', 'CV', 'ST', 'RE', 'YT',
  'NZ', 'FJ', 'SB', 'VU', 'WS', 'TO', 'KI', 'TV', 'NR', 'MH', 'FM', 'PW', 'NC', 'PF', 'GU',
]);
/** Dependent territories (ISO 3166-1 codes of their own), what "the territory", "o território" may stand for (reviewable data). */
const TERRITORIES: ReadonlySet<string> = new Set(['MO', 'HK', 'PR', 'GU', 'VI', 'AS', 'MP', 'NC', 'PF', 'WF', 'RE', 'YT', 'GP', 'MQ', 'GF', 'PM', 'BL', 'MF', 'GL', 'FO', 'AW', 'CW', 'SX', 'BQ', 'BM', 'GI', 'KY', 'VG', 'TC', 'AI', 'MS', 'FK', 'SH', 'IM', 'JE', 'GG', 'AX', 'CK', 'NU', 'TK', 'NF', 'CX', 'CC', 'EH']);
/** A place named after an "of" within the noun phrase from j on, before its verb, a comma or a relative pronoun ("a refinaria de
 * Cabinda", "the refinery of Cabinda"). */
function placeInNounPhrase(items: Item[], j: number): boolean {
  for (let k = j; k < Math.min(items.length, j + 5); k++) {
    const it = items[k]!;
    if (it.place) return it.place.via !== 'demonym' && (prepRole(items[k - 1]) === 'of' || (hasMark(items[k - 1], MB.det) && prepRole(items[k - 2]) === 'of'));
    if (it.trig || it.tok === 'punct' || hasMark(it, MB.aux | MB.passiveAux | MB.condAux | MB.rel | MB.neg)) return false;
  }
  return false;
}

/** Object pronouns standing for a place just named ("to help it", "pour l'aider", "para ajudá-lo"). */
const PRONOUN_OBJECTS: ReadonlySet<string> = new Set(['it', 'them', 'lo', 'la', 'los', 'las', 'le', 'les', 'l']);
/** Relative pronouns of place: their antecedent is where something happens, not who does it. */
/** The end of the text between a supplier noun and its owner: a preposition, maybe an article ("de armas do", "of", "du"). */
const OWNER_PREP = /(?:^|[\s'’])(?:of|to|for|de|do|da|dos|das|del|du|des|à|au|aux|ao|à|para|d['’])\s*(?:(?:the|o|a|os|as|el|la|los|las|le|les|l['’])\s*)?$/i;
/** The text before a place without a relation word right before it ("to neighbouring Armenia", "à voisine" -> "to "). */
const TRAILING_WORD = /([\p{L}-]+)\s*$/u;
function withoutRelation(gap: string): string {
  const m = TRAILING_WORD.exec(gap);
  return m && RELATION.has(m[1]!.toLowerCase()) ? gap.slice(0, m.index) : gap;
}
/** Roles that name no buyer in a buyer list (unless ranked after "followed by"): owners, origins, sources, agents, locations. */
const NOT_BUYER_ROLES: ReadonlySet<RoleKind> = new Set(['poss', 'of', 'from', 'by', 'in', 'origin']);

/**
 * The places a ranking or buyer phrase lists, past their roles: not a place after "of", "from", "by" or "in", nor a
 * possessive or a nationality, unless ranked ("followed by") or after "of" an institution ("the governments of Chile").
 */
function rankedPlaces(its: Item[], inSentence: MentionRef[]): MentionRef[] {
  const roles = placeRoles(its);
  const roleAt = new Map<number, Role | undefined>();
  its.forEach((it, k) => { if (it.place) roleAt.set(it.start, roles[k]); });
  const listed = (r: Role | undefined): boolean => !r || !NOT_BUYER_ROLES.has(r.role) || !!r.ranked || (r.role === 'of' && r.head === 'actor');
  return inSentence.filter((m) => m.via !== 'demonym' && listed(roleAt.get(m.start)));
}
/** Between an owner and places ranked with it: "ahead of", "devant", "à frente de", "por delante de", "followed by", "suivie de", and the other way, "behind", "derrière", "atrás de". */
const AHEAD_OF = /(?:^|,)\s*(?:well |just |far |loin |muito |muy )?(?:ahead of|behind|derrière|(?:por )?(?:atrás|detrás) d[eoa]s?|devant|à frente d[eoa]s?|por delante de|delante de|followed by|suivi(?:e|s|es)? de|suivi(?:e|s|es)? par|seguid[oa]s? de|seguid[oa]s? por|seguid[oa]s? pel[oa]s?)\s*(?:(?:the|o|a|os|as|el|la|los|las|le|les|l['’])\s*)?$/i;
/** "On the part of" ("por parte de", "de la part de", "da parte de"). */
const ON_THE_PART = /^(?:por parte|de la part|da parte)/;
/** Between places ranked one after another: a comma or "and", the preposition maybe repeated ("seguida de Estados Unidos y de Rusia", "seguidos pelo Canadá e pela Colômbia"). */
const RANK_COORD = /^\s*(?:,|,?\s*(?:and|e|y|et))\s*(?:(?:de|do|da|dos|das|del|of|du|des|d['’]|by|por|pel[oa]s?|par)\s*)?(?:(?:the|o|a|os|as|el|la|los|las|le|les|l['’])\s*)?$/i;
/** Nouns of emigration ("a emigração açoriana", "l'émigration marocaine", "Filipino emigration" is read elsewhere). */
const EMIGRATION = /^(?:emigra[cç][ãa]o|emigraci[oó]n|[ée]migration|emigration|êxodo|éxodo|exode)$/;
/** Works that carry goods across places: pipelines, power lines, cables, railways, roads, bridges. */
const WORKS = /^(?:pipelines?|gas pipelines?|oil pipelines?|gazoducs?|oléoducs?|gasodutos?|oleodutos?|gasoductos?|oleoductos?|lines?|linhas?|l[ií]neas?|cables?|cabos?|railways?|ferrovias?|roads?|estradas?|carreteras?|routes?|bridges?|pontes?|puentes?|ponts?|corridors?|corredores?)$/;
/** Investor nouns, whose place is where they invest ("investor in Hungary"). */
const INVESTOR = /^(?:investors?|investisseurs?|investidor(?:a|es)?|inversor(?:a|es)?|inversionistas?)$/i;
/** A preposition of place right before a place ("in", "em", "no", "en", "au"), an article maybe after it. */
const IN_PREP = /(?:^|\s)(?:in|em|no|na|nos|nas|en|au|aux)\s+(?:(?:the|o|a|os|as|el|la|los|las|le|les|l['’])\s*)?$/i;
/** A preposition (any language) right before a place: "from China", "de Kiel", "à Paris", "en España" (not "a", also an article: "A China"). */
const PREP_BEFORE = /(?:^|[\s'’])(?:from|of|in|at|to|for|by|de|do|da|dos|das|del|du|des|em|no|na|en|à|au|aux|ao|para|por|par|desde|d['’])\s*(?:(?:the|o|a|os|as|el|la|los|las|le|les|l['’])\s*)?$/i;
/** A recipient's preposition at the end of a gap: "to", "para", "a", "à", "au", with an article. */
const TO_PREP = /(?:^|\s)(?:to|para|a|à|ao|aos|às|au|aux)\s+(?:(?:the|o|os|as|los|las|les)\s+)?$/i;
/** Between two coordinated places: a comma or "and" (maybe an article after it). */
const COORD_GAP = /^\s*(?:,|,?\s*(?:and|e|y|et))\s*(?:(?:the|o|a|os|as|el|la|los|las|le|les|l['’])\s*)?$/i;
/** Words of ranking between a supplier noun and a place: the place is a rival, not the owner. */
const RANKING = /\b(?:after|ahead|behind|than|atrás|frente|seguid[oa]|delante|detrás|devant|derrière|après|que)\b/i;
/** An English possessive right after a place: "Chad's". */
const POSSESSIVE = /^['’]s\b/;
/**
 * Between two stops of a journey: "and" maybe with a preposition ("y a", "and"), or a comma with one
 * (", y a", ", to"); a comma and a bare name may start a new clause ("…a Quito, y Colombia anunció").
 */
const STOP_LIST = (() => {
  const and = '(?:and|y|e|et)\\s+';
  const to = '(?:to|a|à|para|en|au|aux|por|pelo|pela)\\s+';
  return new RegExp(`^\\s*(?:${and}(?:${to})?|,\\s*(?:${and})?${to})(?:(?:the|el|la|o|a|l['’])\\s*)?$`, 'i');
})();
// No lookbehind for the word start: the engine then finds candidates by their first letters instead of
// trying the whole list at every position (three times faster); the letter before is checked by hand.
const METONYM_RE = new RegExp(`(?:${[...METONYMS, ...COMPANIES].sort((a, b) => b[0].length - a[0].length).map(([n]) => escapeRe(n)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const METONYM_CC = new Map([...METONYMS, ...COMPANIES]);
const COMPANY_NAMES: ReadonlySet<string> = new Set(COMPANIES.map(([n]) => n));
/** After a company's name: a longer name ("Rheinmetall Denel Munition") or a possessive ("Repsol's Peruvian unit"). */
const NOT_THE_COMPANY = /^(?:[ -]\p{Lu}|['’]s?(?!\p{L}))/u;

/**
 * "The State Department approved the sale…", "o Itamaraty informou": a seat of government named for its
 * country acts for that country, when the story has the country to point at (a place never invented).
 * Returns the mentions with the country added where no place was recognised (sorted order kept).
 */
function withMetonyms(text: string, mentions: MentionRef[], countryByCode: Map<string, Place>, impliedCountry?: (code: string) => Place | undefined): MentionRef[] {
  if (countryByCode.size === 0 && !impliedCountry) return mentions;
  const extra: MentionRef[] = [];
  /** Recognised mentions inside a company's name the text ties to its country ("la surcoreana Korea Aerospace Industries"). */
  let inner: Set<MentionRef> | undefined;
  let mi = 0;
  for (const m of text.matchAll(METONYM_RE)) {
    const start = m.index!;
    if (start > 0 && isWordCode(text.charCodeAt(start - 1))) continue;
    const cc = METONYM_CC.get(m[0]) ?? '';
    // (A seat of government stands for its country even when the text never names it: "the Kremlin said it had sent"; a company
    // only for a country the text names, see organisations.ts.)
    const place = countryByCode.get(cc) ?? (COMPANY_NAMES.has(m[0]) ? undefined : impliedCountry?.(cc));
    if (!place) continue;
    const end = start + m[0].length;
    if (!COMPANY_NAMES.has(m[0])) {
      extra.push({ start, end, place, via: 'name' });
      continue;
    }
    // ("la sueca Saab", "le groupe français Naval Group", "Russia's Rosneft": a company the text ties to its country
    // right before is read with that tie (see organisations.ts).)
    while (mi < mentions.length && mentions[mi]!.end <= start) mi++;
    const before = mentions[mi - 1];
    if (before && start - before.end <= 24 && before.place.country === place.country) {
      // (A place its name holds, "Korea" in it, is the company's name, no end of its own: the tie before it speaks for it.)
      for (let k = mi; k < mentions.length && mentions[k]!.start < end; k++) if (mentions[k]!.end <= end) (inner ??= new Set()).add(mentions[k]!);
      continue;
    }
    // ("Rheinmetall Denel Munition" is a South African company: a longer name is another company; "Repsol's Peruvian unit",
    // "Petrobras's subsidiary in Argentina": what a company owns abroad acts for where it is.)
    if (NOT_THE_COMPANY.test(text.slice(end, end + 3))) continue;
    extra.push({ start, end, place, via: 'name', org: true });
  }
  return mergeMentions(inner ? mentions.filter((m) => !inner!.has(m)) : mentions, extra);
}

/**
 * Adds the sorted `extra` mentions to the sorted `mentions`; one that overlaps a recognised mention is
 * dropped, except a seat of government over a town of the same country ("Itamaraty").
 */
function mergeMentions(mentions: MentionRef[], extra: MentionRef[]): MentionRef[] {
  if (extra.length === 0) return mentions;
  // One merge of two sorted lists (linear: a long article may name the Kremlin thousands of times).
  const merged: MentionRef[] = [];
  /** Mentions a longer name drops: "asiático" (Asia) inside "el gigante asiático" (China). */
  const dropped = new Set<MentionRef>();
  const push = (m: MentionRef): void => {
    if (!dropped.has(m)) merged.push(m);
  };
  let i = 0;
  for (const e of extra) {
    while (i < mentions.length && mentions[i]!.end <= e.start) push(mentions[i++]!);
    let overlap = false;
    const inside: MentionRef[] = [];
    for (let k = i; k < mentions.length && mentions[k]!.start < e.end; k++) {
      const m = mentions[k]!;
      if (m.end <= e.start) continue;
      overlap = true;
      // ("Itamaraty" is also a town in Brazil: the seat of government of the same country wins.)
      if (m.start === e.start && m.end === e.end && m.place.kind !== 'country' && m.place.country === e.place.country) mentions[k] = e;
      else inside.push(m);
    }
    // ("o gigante asiático", "le géant sud-américain": a continent's nationality inside a country's nickname is the country.)
    // ("l'Africa Corps": so is a continent's name inside an organisation's, Russia's.)
    if (inside.length === 1 && (e.org ? inside[0]!.via === 'name' : inside[0]!.via === 'demonym') && !inside[0]!.place.country && inside[0]!.start >= e.start && inside[0]!.end <= e.end) {
      dropped.add(inside[0]!);
      merged.push(e);
      continue;
    }
    if (!overlap) merged.push(e);
  }
  while (i < mentions.length) push(mentions[i++]!);
  return merged;
}

/** An institution's name before a place it is named after ("University of the Philippines", "Universidade de Coimbra", "Institut de"). */
const INSTITUTION_OF = /\b(?:University|Universidade|Universidad|Université|Institute|Instituto|Institut|College|Museum|Museu|Museo|Musée)\s+(?:of|de|do|da|del|des|du|d['’])\s*(?:the\s+|la\s+|el\s+|le\s+|l['’])?$/;
/**
 * "pro-", "anti-", "pró-" right before a nationality: an allegiance ("pro-Russian parties"), not an origin; "non-", "não-",
 * "no-": a negation ("non-European students" come from anywhere but Europe).
 */
const ALLEGIANCE = /(?:^|[^\p{L}])(?:pro|pró|anti|non|não|no)-?$/iu;
/** A place this close to its sentence's start is the sentence's topic (subject position). */
const TOPIC_CHARS = 24;
/** A frame of data reported, opening a sentence ("Dados do MDIC mostram que", "Figures showed that", "Les chiffres montrent que"). */
const REPORT_FRAME = /^(?:(?:os|as|the|les|los|las|des)\s+)?(?:dados|data|figures|statistics|números|cifras|datos|chiffres|données|statistiques|estatísticas|estadísticas)\b[^.;:]{0,80}?\b(?:mostram|mostra|mostraram|indicam|indica|revelam|revela|apontam|aponta|show|shows|showed|indicate|indicates|indicated|muestran|muestra|mostraron|indican|revelan|revela|montrent|montre|indiquent|indique|révèlent|révèle)\s+(?:que|that|qu['’])\s*/i;
/** A dateline opening a sentence, up to its closing bracket or dash ("DHAKA, Nov 18 (Reuters) - ", "Lisboa, 18 mar 2025 (Lusa) - "). */
const DATELINE_OPENING = /^[^.\n]{0,80}?(?:\)\s*[-–—.]*|[-–—])\s*/;
/** A preposition of origin right before a sentence's first place, after a word ("Power from Nepal", "gás vindo da Argélia"). */
const FROM_TOPIC = /\S\s+(?:from|desde|depuis|procedentes?\s+de|provenientes?\s+de|en\s+provenance\s+d[eu']|vind[oa]s?\s+d[eoa]s?)\s+(?:the\s+|la\s+|el\s+|l['’])?$/i;
/** Financial assets traded for money ("Treasuries", "bonds", "títulos", "swaps", "acciones", "obligations", "stake"). */
const FINANCIAL = /^(?:treasur|bonds?$|t[ií]tulos?$|swaps?$|reservas?$|d[ií]vida|deuda|dette|shares$|stake$|a[cç][cç][oõ]es$|acciones$|obligations?$|actions$|participa[cç])/;

/** Words of the whole world ("mundiais", "do mundo", "in the world", "world's", "du monde", "del mundo"). */
const WORLDWIDE = /\bmundia(?:l|is|les)\b|\bdo mundo\b|\bdel mundo\b|\bdu monde\b|\bin the world\b|\bworld['’]s\b|\bglobal\b|\bmondia(?:l|ux)\b/i;

/** A transfer noun and its "to" before a sentence's first place: a destination, no topic ("Sales to", "Exportações para"; not "Para o Brasil, ..."). */
const GOVERNED_TOPIC = /\b(?:sales|exports|shipments|imports|deliveries|vendas|exportações|importações|envios|embarques|remessas|ventas|exportaciones|importaciones|envíos|ventes|exportations|importations|livraisons)\s+(?:to|into|para|a|à|ao|aos|às|al|hacia|vers|au|aux)\s+(?:the\s+|a\s+|o\s+|os\s+|la\s+|el\s+|les\s+|l['’])?$/i;


/**
 * Directed flows stated by `text`, between the given places. `sentences` defaults to splitSentences(text). `impliedCountry`
 * gives the country of a dateline's city as a place when `places` has none; it is asked at most once, and the caller adds the place
 * it gave when a flow names it.
 */
export function extractFlows(text: string, places: Place[], lang: Lang, sentences?: Span[], impliedCountry?: (code: string) => Place | undefined): Flow[] {
  const sents = sentences ?? splitSentences(text);
  const c = compiled(lang);
  const decimalComma = c.lex.decimalComma;

  const countryByCode = new Map<string, Place>();
  for (const p of places) if (p.kind === 'country' && p.country && !countryByCode.has(p.country)) countryByCode.set(p.country, p);

  const recognised: MentionRef[] = [];
  for (const p of places) {
    // ("the county sent crews to repair Route 9", "salt trucked from the depot to Elm Street": a street, road or river
    // the places stage could only put at the article's town is where things happen, not a sender or receiver; its
    // point is borrowed, so a line to it would mislead. A village named after a cue, "locality:", still is an end.)
    if (p.within && p.id.startsWith('street:')) continue;
    for (const m of p.mentions) {
      // Bad offsets from an upstream stage are skipped, never trusted.
      if (!(m.start >= 0 && m.end > m.start && m.end <= text.length)) continue;
      // ("funding pro-Russian parties in Moldova", "grupos antiamericanos": an allegiance names no end of a flow.)
      if (m.via === 'demonym' && ALLEGIANCE.test(text.slice(Math.max(0, m.start - 5), m.start))) continue;
      // ("an economist at the University of the Philippines", "Universidade de Lisboa": a place in an institution's name is no end.)
      if (INSTITUTION_OF.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
      recognised.push({ start: m.start, end: m.end, place: p, via: m.via ?? 'name' });
    }
  }
  recognised.sort((a, b) => a.start - b.start || b.end - a.end);
  const governed = withMetonyms(text, recognised, countryByCode, impliedCountry);
  const all = mergeMentions(governed, organisationMentions(text, governed, countryByCode));
  // The dateline ("Santo Domingo, 6 jul (EFE).-") says where the story was filed, not what its first sentence is
  // about: its place is no end of that sentence's flows (it gives the home of officials named by office alone).
  const datelineAt = datelineMention(text, all);
  const mentions = datelineAt ? all.filter((m) => m !== datelineAt) : all;

  const flows = new Map<string, Flow>();
  const memory: Memory[] = [];
  /** Facts about a sentence read once, whatever the number of its flows (a run-on sentence stays linear). */
  const sentenceFacts = new Map<string, boolean>();
  const sentenceHas = (si: number, what: string, read: () => boolean): boolean => {
    const key = `${si}|${what}`;
    let v = sentenceFacts.get(key);
    if (v === undefined) sentenceFacts.set(key, (v = read()));
    return v;
  };
  /** People the article introduced with their nationality ("o Presidente moçambicano, Daniel Chapo"). */
  const persons: Persons = new Map();
  const isActor = (w: string): boolean => c.actorWords.has(w);
  const knownPerson = (w: string): boolean => !!persons.get(w);
  let mi = 0;
  let lastMentioned: Place | undefined;
  let lastCity: MentionRef | undefined;
  let lastBefore: Place | undefined;
  /** The countries the discourse's flows came from and went to, and the one that sent most (at least two). */
  const sent = new Set<string>();
  const received = new Set<string>();
  const sentCount = new Map<string, number>();
  let mainSender: Place | undefined;
  let mainSenderCount = 1;
  /** The country most flows went to (at least two), and each country's count. */
  const receivedCount = new Map<string, number>();
  let mainReceiver: Place | undefined;
  let mainReceiverCount = 1;
  /** The country at an end of most flows, and each country's count. */
  const partyCount = new Map<string, number>();
  let mainParty: Place | undefined;
  let mainPartyCount = 0;
  let topic: { sentence: number; place: Place } | undefined;
  /** The latest topic, when this sentence opens with a pronoun that may stand for it ("Il a reçu des véhicules"). */
  let pronounTopic: Place | undefined;
  /**
   * The country the story is about, for a sector noun with no place ("El sector importa"): the dateline's, else the lede's
   * topic, else (with no country named) the dateline's own place.
   */
  let storyPlace: Place | undefined;
  /** The topic of the story's first or second sentence: the country the story is about. */
  let ledeTopic: Place | undefined;
  let exporter: { sentence: number; place: Place; cat: FlowCategory | undefined; lede?: true } | undefined;
  /** Flows emitted for the current sentence (to drop a country-level restatement of a specific one). */
  const sentFlows = new Set<string>();
  /** "from|to" of every flow kept, whatever its category. */
  const pairs = new Set<string>();
  /** "fromCountry|toCountry|category" of every flow kept (a city stands for its country). */
  const countryFlows = new Set<string>();
  /** How many flows the text stated with both ends in their own sentence (none filled from the discourse). */
  let ownEnds = 0;
  /** Place mentions of the latest sentences skipped for naming a single place, by sentence index. */
  const alone = new Map<number, MentionRef[]>();
  /** Their one-ended transfers, read on demand (most are never asked for). */
  const halves = new Map<number, RawFlow[]>();

  /** Relief words in sentence si or the one before (asked only when food is sent: most text never asks). */
  const reliefNear = (si: number): boolean => {
    const s = sents[si]!;
    const p = si > 0 ? sents[si - 1]! : undefined;
    return hasWord(text, s.start, s.end, c.reliefWords) || (!!p && hasWord(text, p.start, p.end, c.reliefWords));
  };
  /**
   * The exporter this sentence or one up to five back named ("exportações bolivianas", "exports from Somaliland"): a wire story
   * names it in its lede and its buyers a paragraph or two later.
   */
  const recentExporter = (si: number): { sentence: number; place: Place; cat: FlowCategory | undefined } | undefined =>
    exporter && si - exporter.sentence <= 5 ? exporter : undefined;
  const countryOf = (p: Place): Place => (p.kind !== 'country' && p.country ? countryByCode.get(p.country) ?? p : p);
  /**
   * The dateline's country as home: named, or else implied while the story has opened on no country of its own but the other end's
   * (`to`): "MADRID (EFE) - El Ejército del Aire desplegará seis cazas en la base búlgara".
   */
  const unnamedHome = (to?: Place): Place | undefined =>
    home ?? (impliedHome && (!ledeTopic || countryOf(ledeTopic).country === impliedHome.country || (to !== undefined && countryOf(ledeTopic).country === countryOf(to).country)) ? impliedHome : undefined);
  /** A sender as the discourse recalls it: a region or informal region stays itself ("Le Québec a exporté"), else its country. */
  const senderOf = (p: Place): Place => ((p.kind === 'region' || p.kind === 'other') && p.country ? p : countryOf(p));
  /** The country of the dateline's place, if the text opens with a dateline ("Luanda, 22 set 2025 (Lusa) -"). */
  const dateline = datelineAt?.place;
  const home = dateline?.country ? countryByCode.get(dateline.country) : undefined;
  // (A dateline's country the text never names, "MADRID (EFE) - El Ejército del Aire desplegará": only for a sender or traveller
  // left unnamed, and only in a story that opens on no other country, "LONDON (Reuters) - Zambia's debt talks stalled", read
  // below as `unnamedHome()`.)
  // (Nor a seat of international bodies, whose datelines tell where they speak: "Genève (AFP) - Plus de 3.000 migrants ont été
  // expulsés vers le Niger, selon l'OIM".)
  const impliedHome = !home && dateline?.country && !BODY_SEATS.has(fold(dateline.name)) ? impliedCountry?.(dateline.country) : undefined;
  const capitalCountry = (p: Place): Place => {
    if (p.kind !== 'city' || !p.capital || !p.country) return p;
    return countryByCode.get(p.country) ?? p;
  };

  for (let si = 0; si < sents.length; si++) {
    const s = sents[si]!;
    // (Only the latest HALF_BACK sentences can pair: older entries go, so the maps stay small.)
    alone.delete(si - HALF_BACK - 1);
    halves.delete(si - HALF_BACK - 1);
    const inSentence: MentionRef[] = [];
    while (mi < mentions.length && mentions[mi]!.start < s.start) {
      if (!mentions[mi]!.org) lastMentioned = mentions[mi]!.place;
      if (!mentions[mi]!.org && mentions[mi]!.via === 'name' && mentions[mi]!.place.kind === 'city') lastCity = mentions[mi];
      mi++;
    }
    // (The city named last in the two sentences before: "the city" of this one, if it names none first; but a city the
    // latest flow went to there comes first, "deslocou 250 militares para Walvis Bay [...] fez escala na Cidade do Cabo [...]
    // chegaram à cidade portuária".)
    const lastTo = memory.length > 0 && si - memory[memory.length - 1]!.sentence <= 2 ? memory[memory.length - 1]!.to : undefined;
    const cityBefore = lastTo?.kind === 'city' ? lastTo : lastCity && si >= 1 && lastCity.start >= sents[Math.max(0, si - 2)]!.start ? lastCity.place : undefined;
    let mj = mi;
    while (mj < mentions.length && mentions[mj]!.start < s.end) {
      const m = mentions[mj]!;
      const prev = inSentence[inSentence.length - 1];
      if (!prev || m.start >= prev.end) inSentence.push(m);
      mj++;
    }
    const before = lastMentioned;
    lastBefore = before;
    if (inSentence.length > 0) learnPersons(text, inSentence, s.start, isActor, countryOf, persons);
    // The topic of the latest sentence with a place: its first place, when it opens the sentence
    // ("O México também passou a vender diesel... O país enviou": the country is Mexico, not the last
    // place named). Read by "o país"/"the country" opening the next sentence.
    const prevTopic = topic && si - topic.sentence <= 2 ? topic.place : undefined;
    // (A company named for its country is no topic: "Gazprom halted gas to Poland. The country then bought LNG" is Poland.)
    const named = inSentence.some((m) => m.org) ? inSentence.filter((m) => !m.org) : inSentence;
    if (named.length > 0) {
      const m0 = named[0]!;
      // (A sentence that only names the topic's country again, later on, keeps it the topic.)
      const kept = topic && named.every((m) => countryOf(m.place).country === countryOf(topic!.place).country) ? topic : undefined;
      // (Not a place a preposition of direction or place governs: "Sales to Indonesia grew" are about the seller.)
      // (It leaves the topic as it was.)
      // (Nor one of origin: "Power from Nepal began reaching Bangladesh. The country also buys" is about Bangladesh.)
      // (Measured past a dateline: "DHAKA, Nov 18 (Reuters) - Bangladesh has paid".)
      const opening = s.start + (datelineAt && datelineAt.start >= s.start && datelineAt.end <= s.end ? (DATELINE_OPENING.exec(s.text)?.[0].length ?? 0) : 0);
      // (And past a frame of data reported: "Dados do MDIC mostram que o Brasil exportou", "Figures showed that Chile".)
      const frame = REPORT_FRAME.exec(text.slice(opening, s.end))?.[0].length ?? 0;
      const open = opening + (opening + frame <= m0.start ? frame : 0);
      // (Nor the origin of imported goods: "As importações de trigo russo somaram".)
      const governed = m0.start - open <= TOPIC_CHARS && (GOVERNED_TOPIC.test(text.slice(open, m0.start)) || FROM_TOPIC.test(text.slice(open, m0.start)) || IMPORTS_OPENING.test(text.slice(open, m0.start)));
      topic = governed ? topic : m0.start >= open && m0.start - open <= TOPIC_CHARS ? { sentence: si, place: m0.place } : kept;
    }
    // ("O Egito importa trigo. Comprou 12 milhões de toneladas à Rússia", "Compró": a Portuguese or Spanish sentence opening with a past
    // verb has the topic as its unexpressed subject.)
    pronounTopic = prevTopic !== undefined && (PLACE_PRONOUN_OPENING.test(s.text) || ((lang === 'pt' || lang === 'es') && NULL_SUBJECT_OPENING.test(s.text))) ? prevTopic : undefined;
    if (!ledeTopic && topic && si <= 1) ledeTopic = topic.place;
    storyPlace = home ?? ledeTopic ?? dateline;
    // A flow needs two distinct places: two in the sentence, or one plus "o país" or a recent flow to
    // fill the other end from. Anything less cannot yield a flow (same result, less work).
    let distinct = 0;
    for (let k = 0; k < inSentence.length && distinct < 2; k++) if (k === 0 || inSentence[k]!.place !== inSentence[0]!.place) distinct++;
    const recent = memory.length > 0 && si - memory[memory.length - 1]!.sentence <= MEMORY_SENTENCES;
    // "As exportações brasileiras de carne": the exporter a buyer list in the next sentence refers to.
    // ("Épernay (Marne), 16 janvier (AFP) - Les expéditions de champagne ont reculé": exports of no place named, opening the
    // story, are its dateline country's.)
    const exporterHere = exporterOf(s, inSentence) ?? (si <= 1 && dateline !== undefined && !exporter ? ledeExports(s) : undefined);
    const prevExporter = exporter && si - exporter.sentence <= 1 ? exporter : undefined;
    if (exporterHere) exporter = { sentence: si, ...exporterHere };
    // (Nor a sentence after one that stated a transfer with one end: together they may make one.)
    // (Nor one after an exporter was named: "As vendas à Ucrânia estão suspensas" are its sales.)
    // (Nor one naming a person the article introduced with a nationality: "Lavrov visited Wonsan"; nor one counting some
    // of what the single-place sentence before it sent off: "La France en a accueilli 800".)
    // (Nor one opening with a pronoun that may stand for the latest topic: "Le Tchad diversifie ses partenaires. Il a reçu des
    // véhicules blindés des Émirats", "It has received armoured vehicles from the UAE".)
    // (Nor, in a story with a dateline, one naming an official, who may travel from the dateline's country; nor one deporting or
    // sending people home, who may leave it: "HONIARA (Reuters) - [...] The 31 crew members will be repatriated to Vietnam".)
    /** Can a sentence with fewer than two places still pair with the discourse (read only when needed)? */
    const pairable = (): boolean =>
      inSentence.length > 0 && (((home ?? impliedHome) !== undefined && (hasWord(text, s.start, s.end, c.actorWords) || c.deportTriggers.has(text, s.start, s.end))) || pronounTopic !== undefined || (storyPlace !== undefined && (SECTOR_OPENING.test(s.text) || IMPORTS_OPENING.test(s.text))) || halfBefore(si) || recentExporter(si) !== undefined || (persons.size > 0 && c.triggers.has(text, s.start, s.end) && namesPerson(s.text, persons)) || (alone.has(si - 1) && (SOME_OF_THEM.test(s.text) || CAME_FROM.test(s.text))) || ((alone.has(si - 1) || alone.has(si - 2)) && (ranksPartner(s.text, lang) || ACCOUNTED_FOR[lang].test(s.text))));
    // (A sentence let through only for a word that may stand for a place, "the country", "o governo", "la ciudad", is read as
    // one with a single place when its items resolve no such word: see below.)
    const hinted = distinct < 2 && !recent && ANAPHOR_HINT.test(s.text);
    if (distinct < 2 && !recent && !hinted && !pairable()) {
      // Kept for a later sentence that may pair with its one-ended transfer (read only then: see halfFlows).
      if (inSentence.length > 0) alone.set(si, inSentence);
      continue;
    }
    const memBefore = memory.length;
    const ownBefore = ownEnds;
    const quote: Span = { start: s.start, end: s.end, text: s.text };
    if (!c.triggers.has(text, s.start, s.end)) {
      ownPhrases(si, s, inSentence, quote, prevExporter);
      continue;
    }
    const resolveAnyAnaphor: AnaphorResolver = ({ last: lastInSentence, located, first: firstInSentence, prior, object = false, kingdomAt = -1, islandAt = -1, territoryAt = -1, afterVerb = false, lastDemonym = false, toVerb = false, whence = false, toward = false, neighbour = false, government = false, returning = false }) => {
      if (returning && lastDemonym && lastInSentence) return countryOf(lastInSentence);
      // ("La Habana (EFE).- [...] Aun así, el Gobierno envió a China": the government of the dateline's country.)
      // ("JUBA (Reuters) - [...] China National Petroleum Corp has lent the government $500 million": as the object of a verb whose
      // subject is another country, still the dateline country's.)
      if (government && home && (lastInSentence ? object && countryOf(lastInSentence).country !== home.country && countryOf(lastInSentence).kind === 'country' : !located)) return home;
      // ("O Brasil importou 28 mil veículos argentinos e ampliou as compras de autopeças do país vizinho": a neighbour is another
      // country than the one the sentence opens with, the latest such.)
      if (neighbour && firstInSentence) {
        const own = countryOf(firstInSentence).country;
        for (const p of [lastInSentence, prevTopic, before]) if (p && countryOf(p).country !== own && countryOf(p).kind === 'country') return countryOf(p);
      }
      // ("Boa parte da carga segue de trem até Termez, no sul do Uzbequistão [...]. O país vizinho, por sua vez, comprou outras 900 mil
      // toneladas do grão cazaque": opening the sentence, the latest country named by its name before it, not one the sentence names.)
      if (neighbour && !firstInSentence) {
        const own = new Set(inSentence.map((m) => countryOf(m.place).country));
        for (let k = mi - 1; k >= Math.max(0, mi - MEMORY_ENTRIES); k--) {
          const m = mentions[k]!;
          if (m.via === 'demonym' || m.org) continue;
          const p = countryOf(m.place);
          if (p.kind === 'country' && !own.has(p.country)) return p;
        }
      }
      // "the kingdom", "o reino", "le royaume": the latest kingdom named before it (none named: no place); "the island", "a
      // ilha", "la isla", "l'île": the latest island country ("la isla también vendía azúcar a Rusia" is Cuba, not Vietnam).
      // ("Portugal vendeu ao território mercadorias": the latest dependent territory named, itself.)
      if (territoryAt >= 0) {
        for (let k = mj - 1; k >= Math.max(0, mj - MEMORY_ENTRIES); k--) {
          const m = mentions[k]!;
          if (m.start >= territoryAt || m.via === 'demonym') continue;
          if (TERRITORIES.has(m.place.country ?? '') && m.place.kind !== 'city') return m.place;
        }
        return undefined;
      }
      if (kingdomAt >= 0 || islandAt >= 0) {
        const at = kingdomAt >= 0 ? kingdomAt : islandAt;
        const codes = kingdomAt >= 0 ? KINGDOMS : ISLAND_COUNTRIES;
        // ("Tokyo has provided $2.8 billion for barracks on the island": a located one is another than the sentence's own place.)
        const own = located && lastInSentence ? countryOf(lastInSentence).country : undefined;
        for (let k = mj - 1; k >= Math.max(0, mj - MEMORY_ENTRIES); k--) {
          const m = mentions[k]!;
          if (m.start >= at) continue;
          const p = countryOf(m.place);
          if (p.kind === 'country' && codes.has(p.country ?? '') && p.country !== own) return p;
        }
        // ("Riyadh signed for drones under an agreement that includes transferring technology to the kingdom": with no other
        // kingdom named, the sentence's own; never a country of another kind filled in from the discourse.)
        const mine = own !== undefined && codes.has(own) ? countryByCode.get(own) : undefined;
        return mine ?? (lastInSentence && codes.has(countryOf(lastInSentence).country ?? '') ? countryOf(lastInSentence) : undefined);
      }
      // "Lisboa mantém 60 instrutores no país africano": a located "país" is another country than the
      // one this sentence already names; the latest place before the sentence in another country.
      if (located && lastInSentence) {
        const own = countryOf(lastInSentence).country;
        // "A China, principal credora de Luanda, concedeu ao país": the place the subject's apposition names.
        // ("…landed in Hanoi. Australia has given the country A$3 million": a verb's object is the latest recipient.)
        const m = memory[memory.length - 1];
        if (object && m && si - m.sentence <= 2 && countryOf(m.to).country !== own) return countryOf(m.to);
        // ("A Guiné exportou bauxite. [...] a Índia, que comprou ao país perto de 2 milhões": the exporter just named.)
        // (Only right after the verb: "Portugal enviou 20 toneladas de ajuda ao país" is the country just named.)
        const ex = afterVerb ? recentExporter(si) : undefined;
        if (ex && countryOf(ex.place).country !== own) return countryOf(ex.place);
        // ("Pakistan sent troops to Saudi Arabia, which in return supplied the country with crude", "à Arábia Saudita, que em troca
        // forneceu petróleo ao país": past the subject of its verb, the place named before that subject.)
        if (prior && countryOf(prior).country !== own && countryOf(prior).kind === 'country') return countryOf(prior);
        // ("38 mil angolanos entraram em Portugal. [...] 4.100 cabo-verdianos chegaram ao país": the country people of a
        // nationality go "to" is where the latest flow went, not the latest topic.)
        if (toVerb && lastDemonym && m && si - m.sentence <= 2 && countryOf(m.to).country !== own && countryOf(m.to).kind === 'country') return countryOf(m.to);
        // ("Hanoi wants beef: Brazilian meatpackers were cleared to ship to the country": past a nationality, the first place.)
        if (firstInSentence && countryOf(firstInSentence).country !== own) return countryOf(lastDemonym || (object && prior !== undefined) ? firstInSentence : lastInSentence);
        // ("Guatemala envió 150 militares a Haití. [...] El Salvador mantiene desde mayo en el país a 70 soldados": the country
        // the flow of the sentence just before went to.)
        // (Not "of the country": "jornaleros del país centroamericano", "parceiro histórico do país".)
        if (!whence && m && si - m.sentence <= 1 && countryOf(m.to).kind === 'country' && countryOf(m.to).country !== own) return countryOf(m.to);
        for (const p of [prevTopic, before]) if (p && countryOf(p).country !== own) return countryOf(p);
      }
      // ("Portugal importou de Espanha 10.400 GWh. As vendas ao país vizinho ficaram-se pelos 3.100 GWh", "Russia sent arms to
      // Mali. Shipments to the country rose": "to the country", or "the neighbouring country", in a sentence naming no place
      // is the other end of the flow just before, when the topic is at one end of it; not "o país asiático".)
      if (toward && !lastInSentence && prevTopic) {
        const m = memory[memory.length - 1];
        const tc = countryOf(prevTopic).country;
        if (m && si - m.sentence <= 1) {
          const a = countryOf(m.from);
          const b = countryOf(m.to);
          if (a.country === tc && b.kind === 'country' && b.country !== tc) return b;
          if (b.country === tc && a.kind === 'country' && a.country !== tc) return a;
        }
      }
      // ("O Brasil embarcou açúcar para a China [...] Já a Indonésia reduziu as encomendas. Em sentido inverso, o
      // país importou": with no place in the sentence, a topic that the discourse's flows have only ever
      // supplied is not "the country"; their main sender is.)
      if (!lastInSentence && prevTopic && !located) {
        const tc = countryOf(prevTopic).country ?? '';
        // (Only when the sentence turns the other way, "Em sentido inverso, o país importou", or the topic is older
        // than the sentence before: "O Mali vive uma crise. O país enviou" is Mali.)
        // (Or "in turn" after "the country": "Costa Rica también compró energía guatemalteca. El país, a su vez, importa de México" is
        // Guatemala, the seller, buying in its turn.)
        const contrary = CONTRARY.test(s.text);
        const turns = contrary || IN_TURN.test(s.text) || (topic !== undefined && topic.sentence < si - 1);
        if (turns && mainSender && mainSender.country !== tc && received.has(tc) && !sent.has(tc)) return mainSender;
        // ("As importações brasileiras de trigo [...] A Argentina respondeu por 4,1 milhões. Na direção contrária, o país
        // exportou": a topic that has only sent, past an explicit turn, is not "the country"; the main receiver is.)
        if (contrary && mainReceiver && mainReceiver.country !== tc && sent.has(tc) && !received.has(tc)) return mainReceiver;
      }
      // ("República Dominicana recibió remesas [...] España aportó 512 millones [...] los residentes en el país": with no
      // place in the sentence, the country at an end of most of the discourse's flows, far ahead of the latest place.)
      // (Not over a topic a recent sentence opened with: "O México também passou a vender diesel. O país enviou".)
      if (!lastInSentence && !prevTopic && mainParty) {
        const cand = before;
        const cc = cand ? countryOf(cand).country ?? '' : '';
        // (Not over a country newly named, at no end of any flow yet: "un terremoto sacudió Marruecos. El país recibió".)
        const n = partyCount.get(cc) ?? 0;
        if (cc !== mainParty.country && n > 0 && mainPartyCount >= 3 && mainPartyCount >= 2 * n + 1) return mainParty;
      }
      // ("Genève (AFP) - Les exportations suisses d'or [...] Les livraisons vers la Turquie ont chuté. Le pays a par ailleurs
      // importé": with no recent topic, the country the lede is about, when it is at an end of as many of the discourse's
      // flows as any other country.)
      // (Only as the subject opening the sentence: "Lavrov chegou ao país" is where the latest place is.)
      if (!lastInSentence && !prevTopic && ledeTopic && before && COUNTRY_SUBJECT_OPENING.test(s.text)) {
        const lede = countryOf(ledeTopic);
        if (lede.kind === 'country' && lede.country !== countryOf(before).country && (partyCount.get(lede.country ?? '') ?? 0) >= mainPartyCount) return lede;
      }
      const last = lastInSentence ?? prevTopic ?? before;
      return last ? countryOf(last) : undefined;
    };
    /**
     * "o país centro-asiático", "the Andean country": a country of the region its adjective names; when the discourse's choice
     * is none, the latest such country named before it.
     */
    const resolveAnaphor: AnaphorResolver = (a) => {
      const p = resolveAnyAnaphor(a);
      const region = a.region;
      if (!region || (p && region.has(countryOf(p).country ?? ''))) return p;
      for (let k = mj - 1; k >= Math.max(0, mi - MEMORY_ENTRIES); k--) {
        const m = mentions[k]!;
        if (m.org || (a.at !== undefined && m.start >= a.at)) continue;
        const q = countryOf(m.place);
        if (q.kind === 'country' && region.has(q.country ?? '')) return q;
      }
      return p;
    };
    const items = buildItems(text, s.start, s.end, inSentence, c, resolveAnaphor, cityBefore);
    if (hinted && !items.some((it) => it.place?.via === 'anaphor') && !pairable()) {
      if (inSentence.length > 0) alone.set(si, inSentence);
      continue;
    }
    sentFlows.clear();
    for (const f of sentenceFlows(items, lang, decimalComma, si, reliefNear, knownPerson)) emit(f, si, quote);
    if (memory.length !== memBefore) journey(si, inSentence, memBefore, quote);
    if (memory.length !== memBefore) courseAbroad(si, s, inSentence, memBefore, quote);
    if (memory.length !== memBefore) shares(si, inSentence, memBefore, quote, items);
    // The sentence's own phrases, when it stated no flow whose two ends it names (an end filled from the
    // discourse does not count: "A China continuou a ser o principal destino, seguida pelos Estados Unidos,
    // que compraram 780 mil toneladas" is still a buyer list).
    // (Nor does a purchase from the exporter just named: "A Espanha continuou a ser o principal destino,
    // enquanto Portugal comprou ao país outras 900 toneladas".)
    if (ownEnds === ownBefore) ownPhrases(si, s, inSentence, quote, prevExporter, items);
    else if (prevExporter && memory.slice(memBefore).every((m) => m.sentence === si && countryOf(m.from).country === countryOf(prevExporter.place).country)) buyerList(si, s, inSentence, quote, prevExporter, items);
  }

  /**
   * "O Brasil vendeu carne bovina ao Cazaquistão. O primeiro lote, de 3.000 toneladas, chegou a Almaty", "The first shipment arrived
   * in Almaty": a lot or shipment opening the sentence, with no goods named, that arrives at a place is more of the goods the
   * latest flow (one or two sentences back) brought to that place's country, from where that flow came.
   */
  function lotArrived(si: number, quote: Span, items: Item[]): void {
    let lot = -1;
    for (let k = 0; k < Math.min(items.length, 4); k++) if (LOTS.has(items[k]!.lower)) lot = k;
    if (lot < 0) return;
    const v = items.findIndex((x, k) => k > lot && k <= lot + 12 && x.tags.some((g) => g.k === 'verb' && g.cls === 'move' && g.mood !== 'inf' && g.mood !== 'ger'));
    if (v < 0 || items.slice(0, v).some((x) => isCargo(x) && !LOTS.has(x.lower) && !x.tags.some((g) => g.k === 'cargo' && g.cat === 'vehicles'))) return;
    const roles = placeRoles(items);
    let at = -1;
    for (let k = v + 1; k < Math.min(items.length, v + 4) && at < 0; k++) if (items[k]!.place && (roles[k]?.role === 'to' || roles[k]?.role === 'in') && items[k]!.place!.via === 'name') at = k;
    if (at < 0) return;
    const to = items[at]!.place!.place;
    const m = latestMemory(si, 2, (x) => x.sentence < si && countryOf(x.to).country === countryOf(to).country && x.to.id !== to.id && !LITERAL_CATS.has(x.cat));
    if (!m) return;
    // ("de 3.000 toneladas", "of 3,000 tonnes": the lot's size, read from the word counted.)
    const n = items.findIndex((x, j) => j > lot && j < v && x.tok === 'num');
    const q = n > 0 ? quantityAt(items, n + 1, decimalComma) ?? quantityAt(items, n + 2, decimalComma) : null;
    emitRead(m.from, to, m.cat, '', undefined, q, hedgedFor(items, v) ? 'reported' : 'stated', si, quote, false);
  }

  /**
   * A flow a sentence-level reading found with both ends chosen (countries unless `fromCountry` is false
   * for the sender): stated as a sending between actors, with no end left to the discourse.
   */
  function emitRead(from: Place, to: Place, cat: FlowCategory, unit: string, word: string | undefined, q: Quantity | null, status: FlowStatus, si: number, quote: Span, fromCountry = true, earlier?: Span): void {
    emit({ from, to, fromActor: true, toActor: true, cat, unit, word, q, status, reversed: false, recip: false, fromCountry, dstIn: false, pron: false, byActor: false, fill: false, there: false, inherit: 0, cls: 'send' }, si, quote, earlier);
  }

  /**
   * "120 policías hondureños llegaron a Bogotá para un curso", "Honduran officers arrived in Colombia for a training course":
   * people of a nationality who travel to a place for a course are trained there, by its country. For each flow of people or
   * troops the sentence stated to a place of another country, followed (within 40 characters, no clause break) by a course
   * as its purpose, a flow of training from that country to the travellers' own.
   */
  function courseAbroad(si: number, s: Span, inSentence: MentionRef[], memBefore: number, quote: Span): void {
    for (const m of memory.slice(memBefore)) {
      if (m.sentence !== si || (m.cat !== 'people' && m.cat !== 'troops')) continue;
      const at = inSentence.find((x) => x.place === m.to);
      if (!at || !COURSE_PURPOSE.test(text.slice(at.end, Math.min(s.end, at.end + 80)))) continue;
      // (The destination's country, or the place itself when the article never names that country: "arrivés à Abidjan".)
      const trainer = capitalCountry(countryOf(m.to));
      const trainee = countryOf(m.from);
      if (!trainer.country || trainee.kind !== 'country' || trainer.country === trainee.country) continue;
      emitRead(trainer, trainee, 'training', 'training', undefined, null, m.status ?? 'stated', si, quote);
    }
  }

  /**
   * "Vietnam exportó 5,2 millones de toneladas de arroz, gracias a las compras de Indonesia y Malasia", "exports rose, driven by demand
   * from China and India": the places whose purchases or demand a sending of the sentence with no destination owed itself to buy
   * its goods.
   */
  function demandBuyers(si: number, s: Span, inSentence: MentionRef[], quote: Span): void {
    const own = sendingWithoutDestination(si);
    if (!own) return;
    const m = DEMAND_OF[lang].exec(s.text);
    if (!m) return;
    const at = s.start + m.index + m[0].length;
    let k = inSentence.findIndex((x) => x.start >= at);
    if (k < 0 || inSentence[k]!.start - at > 4) return;
    const origin = senderOf(own.from!);
    for (const m of coordinatedFrom(inSentence, k)) {
      const to = countryOf(m.place);
      if (to.kind === 'country' && to.country !== origin.country) emitRead(origin, to, own.cat, own.unit, own.word, null, own.status, si, quote, origin.kind === 'country');
    }
  }

  /** This sentence's own sending with no destination named, if any ("Russia shipped 55 million tonnes of wheat abroad"). */
  function sendingWithoutDestination(si: number) {
    return halves.get(si)?.find((h) => h.from && !h.to && h.cls === 'send');
  }

  /** The mention at k and the ones coordinated with it ("vers l'Éthiopie et le Kenya", "by China and India"). */
  function coordinatedFrom(inSentence: MentionRef[], k: number): MentionRef[] {
    let j = k + 1;
    while (j < inSentence.length && SHARE_COORD.test(text.slice(inSentence[j - 1]!.end, inSentence[j]!.start))) j++;
    return inSentence.slice(k, j);
  }

  /**
   * "1,2 million de tonnes d'engrais vers l'Afrique subsaharienne, dont 400 000 tonnes pour le seul Nigeria, le reste étant parti
   * vers l'Éthiopie et le Kenya", "to Africa, of which 400,000 tonnes went to Nigeria", "para África, das quais 400 mil para a
   * Nigéria": a share of what a flow of this sentence sent, set off after its destination and going to places of its own, is a
   * flow of the same goods from the same sender to each of them (with the share's own amount).
   */
  function shares(si: number, inSentence: MentionRef[], memBefore: number, quote: Span, items: Item[]): void {
    for (const m of memory.slice(memBefore)) {
      if (m.sentence !== si || LITERAL_CATS.has(m.cat)) continue;
      const k0 = inSentence.findIndex((x) => x.place === m.to);
      if (k0 < 0) continue;
      let k = k0 + 1;
      let from = inSentence[k0]!.end;
      while (k < inSentence.length) {
        const gap = text.slice(from, inSentence[k]!.start);
        const part = SHARE_OF.exec(gap);
        if (!part) break;
        const a = from + part.index;
        const measured = amountBetween(items, a, inSentence[k]!.start, decimalComma, m.cat);
        // (a bare number counts the same goods: "das quais 400 mil para a Nigéria")
        const n = measured.q ? -1 : items.findIndex((it) => it.start >= a && it.start < inSentence[k]!.start && it.tok === 'num');
        const q = measured.q ?? (n >= 0 ? readLeft(items, numberEnd(items, n, items.length - 1), decimalComma) : null);
        const unit = measured.q ? measured.unit : '';
        // (the place and the ones coordinated with it: "vers l'Éthiopie et le Kenya")
        const run = coordinatedFrom(inSentence, k);
        for (const x of run) {
          if (x.place !== m.to && countryOf(x.place).country !== countryOf(m.from).country && x.via !== 'demonym') emitRead(m.from, x.place, m.cat, unit || m.unit, m.word, q, m.status ?? 'stated', si, quote, m.from.kind === 'country');
        }
        from = run[run.length - 1]!.end;
        k += run.length;
      }
    }
  }

  /**
   * "40 Iraqi officers are studying at military academies in Italy and Spain", "Otros 40 oficiales nicaragüenses cursan estudios
   * en academias militares de Bielorrusia": people of a nationality studying at a military academy or school in another country
   * are trained by it (each country named after the academy).
   */
  function studyAbroad(si: number, s: Span, inSentence: MentionRef[], quote: Span): void {
    // (Trainees are named by their nationality: a sentence with none is never searched for a verb of studying, a slow
    // case-blind Unicode search.)
    if (!inSentence.some((m) => m.via === 'demonym' && !m.org)) return;
    const v = STUDYING.exec(s.text);
    if (!v) return;
    const verbAt = s.start + v.index;
    const a = ACADEMY.exec(text.slice(verbAt, s.end));
    if (!a) return;
    const academyAt = verbAt + a.index;
    const trainee = inSentence.filter((m) => m.via === 'demonym' && m.end <= verbAt && !m.org).pop();
    if (!trainee) return;
    const home = countryOf(trainee.place);
    if (home.kind !== 'country') return;
    for (const m of inSentence) {
      if (m.start < academyAt || m.via === 'demonym' || m.org) continue;
      // (only the academy's own places, joined by "and" or commas: not a later clause's)
      if (/[;:.]|\b(?:where|onde|donde|où|while|enquanto|mientras|tandis)\b/i.test(text.slice(academyAt, m.start))) break;
      const trainer = countryOf(m.place);
      if (trainer.kind !== 'country' || trainer.country === home.country) continue;
      emitRead(trainer, home, 'training', 'training', undefined, null, 'stated', si, quote);
    }
  }

  /**
   * The sentence-level readings, in turn until one states a flow: a buyer list, a supplier or source
   * predicate, goods a shipment includes, an announced amount, a dependence, a debt. (Each first checks a
   * cheap word or phrase.)
   */
  function ownPhrases(si: number, s: Span, inSentence: MentionRef[], quote: Span, prevExp: { place: Place; cat: FlowCategory | undefined } | undefined, items?: Item[]): void {
    const mem = memory.length;
    // (Each of the first seven readings takes an end of its flows from the places the sentence names: a sentence naming none,
    // let through for a word that may stand for a place, is spared their searches.)
    if (inSentence.length > 0) {
      buyerList(si, s, inSentence, quote, prevExp, items);
      if (memory.length === mem) supplierFlow(si, s, inSentence, quote, items);
      if (memory.length === mem) sourceList(si, s, inSentence, quote, items);
      if (memory.length === mem) cameFrom(si, s, inSentence, quote);
      if (memory.length === mem) accountedFor(si, s, inSentence, quote, items);
      if (memory.length === mem) studyAbroad(si, s, inSentence, quote);
      if (memory.length === mem) demandBuyers(si, s, inSentence, quote);
      if (memory.length === mem && items) lotArrived(si, quote, items);
    }
    // (One scan for the cue words of the four readings below, which need two places or, for goods a
    // shipment includes, a flow just before: most sentences have none.)
    if (memory.length !== mem) return;
    // (An anaphor the items resolved counts: "The country's first lithium plant relies on acid bought from Zambia".)
    if (inSentence.length < 2 && !(mem > 0 && si - memory[mem - 1]!.sentence <= 1) && !(items && twoPlaces(items))) return;
    if (!hasWord(text, s.start, s.end, ownCueWords(lang))) return;
    included(si, s, inSentence, quote, items);
    if (memory.length === mem) announced(si, s, inSentence, quote, items);
    if (memory.length === mem) reliance(si, s, inSentence, quote, items);
    if (memory.length === mem) owes(si, s, inSentence, quote, items);
  }

  /**
   * "arrived in Moscow ... before travelling on to Vienna", "viajará a Bogotá y luego a Brasilia", "a gagné
   * Tunis, puis Rome": a destination after a sequence word goes on from the previous destination. A leg
   * the clause read from the traveller's home to the later place is replaced by it.
   */
  function journey(si: number, inSentence: MentionRef[], memBefore: number, quote: Span): void {
    let leg: Memory | undefined;
    for (let k = memBefore; k < memory.length; k++) if (memory[k]!.cat === 'visit' && memory[k]!.to.country && !inRelative(memory[k]!.to)) { leg = memory[k]; break; }
    if (!leg) return;
    /** Is the place's first mention here in a relative clause after a comma ("Chapo, que esteve em Luanda, seguirá")? An aside, no leg. */
    function inRelative(p: Place): boolean {
      const m = inSentence.find((x) => x.place === p);
      if (!m) return false;
      const comma = quote.start + text.slice(quote.start, m.start).lastIndexOf(',');
      return comma >= quote.start && RELATIVE_OPEN.test(text.slice(comma + 1, m.start));
    }
    /** Drops the visit from → to when this sentence alone states it. */
    const unsay = (from: Place, to: Place): void => {
      const key = `${from.id}|${to.id}|visit`;
      const f = flows.get(key);
      if (f && f.quotes.length === 1 && f.quotes[0]!.start === quote.start) flows.delete(key);
    };
    // a tour of Africa that starts in Dakar: the region the tour covers is no visit of its own
    for (let k = memBefore; k < memory.length; k++) {
      const m = memory[k]!;
      if (m.cat === 'visit' && !m.to.country && m.from === leg.from) unsay(m.from, m.to);
    }
    let k = inSentence.findIndex((m) => m.place === leg!.to);
    if (k < 0) return;
    let prev = leg.to;
    let chained = false;
    let planned = false;
    // ("primera etapa de una gira que lo llevará después a Seúl", "a tour that will also take him to Uganda and
    // Zimbabwe": stops a tour is to take the traveller to are visits from home, not legs from the first stop.)
    let tour = false;
    for (let j = k + 1; j < inSentence.length; j++) {
      const m = inSentence[j]!;
      const next = m.place;
      // (a world region names the tour, "une tournée au Moyen-Orient", not a stop)
      if (next === prev || m.via === 'demonym' || !next.country) continue;
      // once the journey goes on, further places joined by "and" or a comma are its next stops ("un viaje
      // que la llevará a Quito y a Bogotá")
      const gap = text.slice(inSentence[j - 1]!.end, m.start);
      // "une tournée qui doit le conduire ensuite au Congo": once a word of plan governs a move (in its own
      // clause: "où il doit signer trois accords, puis s'est rendu au Tchad" plans no move), the stops after
      // it are planned, whatever the first leg was.
      const g0 = Math.max(inSentence[k]!.end, text.lastIndexOf(',', m.start) + 1, text.lastIndexOf(';', m.start) + 1);
      // (So does a future that takes the traveller on: "una gira que lo llevará después a Seúl", "a tour that will also
      // take him to Uganda".)
      const takes = hasWord(text, g0, m.start, TAKES_ON) || TAKE_HIM.test(text.slice(g0, m.start));
      // (Such a future is a sequence of its own, past a longer gap: "arrived in Laos on Tuesday for a two-day visit, the first
      // leg of a regional tour that will then take him to Cambodia".)
      if (!hasSequence(gap, lang) && !(takes && gap.length <= 160 && !/[;:.!?]/.test(gap)) && !(chained && j === k + 1 && STOP_LIST.test(gap))) continue;
      if (countryOf(next).country === countryOf(prev).country) continue;
      if (takes && !chained) tour = true;
      if (leg.status !== 'denied' && (hasWord(text, g0, m.start, planWords(lang)) || takes)) planned = true;
      const status: FlowStatus = planned ? 'planned' : leg.status ?? 'stated';
      if (tour) {
        emit({ from: leg.from, to: next, fromActor: false, toActor: false, cat: 'visit', unit: '', word: undefined, q: null, status, reversed: false, recip: false, fromCountry: false, dstIn: false, pron: false, byActor: false, fill: false, there: false, inherit: 0, cls: 'move' }, si, quote);
        prev = next;
        k = j;
        chained = true;
        continue;
      }
      unsay(leg.from, next);
      emit({ from: prev, to: next, fromActor: false, toActor: false, cat: 'visit', unit: '', word: undefined, q: null, status, reversed: false, recip: false, fromCountry: false, dstIn: false, pron: false, byActor: false, fill: false, there: false, inherit: 0, cls: 'move' }, si, quote);
      prev = next;
      k = j;
      chained = true;
    }
  }

  /**
   * "L'Espagne et la Slovénie figurent parmi les principaux acheteurs du gaz algérien", "A China,
   * principal destino do produto, ... seguida pelos Estados Unidos": in a sentence that stated no flow of
   * its own, a buyer phrase makes each country named a destination of the exporter — the demonym just
   * after the phrase, else the sender of the previous sentence's flow, else the previous sentence's
   * "exportações brasileiras". The cargo is the one named after the phrase, else that flow's.
   */
  function buyerList(si: number, s: Span, inSentence: MentionRef[], quote: Span, prevExp: { place: Place; cat: FlowCategory | undefined } | undefined, items?: Item[]): void {
    // ("Em seguida vieram a Malásia, com 14,6 milhões, e Omã": further down the ranking, the same buying.)
    const buyerWords = buyerPhrase(s.text, lang);
    let bp: { start: number; end: number; after?: true } | null = buyerWords ?? nextInRanking(s.text, lang);
    /** Further down a ranking with no buyer phrase: of buyers, or of suppliers after a purchase (read below). */
    const ranking = !buyerWords && bp !== null;
    // ("L'Espagne et le Portugal [...] arrivent ensuite": a verb going on down the ranking has its subject before it.)
    if (bp?.after && !inSentence.some((m) => m.via !== 'demonym' && m.start < s.start + bp!.start)) return;
    if (!bp) {
      // (A share's taker is its subject: a place named before it. "A Petrobras, responsável por metade das
      // vendas, nega ... por pressão de Washington" names no buyer.)
      const share = sharePhrase(s.text);
      const first = inSentence.find((m) => m.via !== 'demonym');
      // ("Of these volumes, Spain took about a quarter": one naming the goods just exported may come first.)
      if (!share || !first || (first.start - s.start >= share.start && !share.fronted)) return;
      // ("Nepal recibió 11.000 millones de dólares en remesas. Malasia, Catar y los Emiratos concentran la mayor parte de esos envíos":
      // the takers of a share of what a place received, from no sender named, are where it came from.)
      const receipt = halfPartner(si, undefined, 'to');
      const sending = halfPartner(si, undefined, 'from');
      // (A verb that accounts for a share with its amount is read by accountedFor: "Estados Unidos originó el 81,5 % de esos envíos".)
      if (receipt && (!sending || sending.quote.start < receipt.quote.start) && !share.fronted && !ACCOUNTED_FOR[lang].test(s.text)) {
        for (const m of inSentence) {
          const from = countryOf(m.place);
          if (m.start - s.start >= share.start || m.via === 'demonym' || m.org || from.kind !== 'country' || from.country === receipt.place.country) continue;
          emitRead(from, receipt.place, receipt.cat, receipt.unit, receipt.word, null, 'stated', si, quote, true, receipt.quote);
        }
        return;
      }
      bp = share;
    }
    const at = s.start + bp.end;
    let origin: Place | undefined;
    // (a country's: "segundo comprador asiático de carne española" is Spanish meat)
    // ("del vino mendocino": a region's nationality stays the region, the more specific end.)
    // ("Os principais compradores do café do Uganda foram", "los compradores del café de Uganda": goods of a place named.)
    for (const m of inSentence) {
      if (m.start < at || m.start - at > 40 || countryOf(m.place).kind !== 'country') continue;
      // (Within the phrase's own complement: "dos maiores compradores, embora as vendas para o mercado brasileiro" is
      // another clause's market.)
      if (/[,;:()]/.test(text.slice(at, m.start))) break;
      // ("O principal cliente do Chile é a China", "le premier client du Chili": the owner right after the phrase sells.)
      if (m.via !== 'demonym' && !GOODS_OF_PLACE.test(text.slice(at, m.start)) && !OF_ONLY.test(text.slice(at, m.start))) continue;
      origin = senderOf(m.place);
      break;
    }
    // ("Chile's largest customer is China": an exporter's possessive right before the phrase.)
    if (!origin) {
      for (const m of inSentence) {
        if (m.via === 'demonym' || m.end > s.start + bp.start || s.start + bp.start - m.end > 4 || !POSSESSIVE.test(text.slice(m.end, m.end + 3))) continue;
        if (countryOf(m.place).kind === 'country') origin = senderOf(m.place);
      }
    }
    // (the latest flow of an earlier sentence: this one's own guesses are what the list corrects)
    let last: Memory | undefined;
    for (let k = memory.length - 1; k >= 0 && !last; k--) if (memory[k]!.sentence < si) last = memory[k];
    const lastOk = last && si - last.sentence <= 1 ? last : undefined;
    // ("Iraq and Saudi Arabia came next among its suppliers", "Brasil y Argentina le siguen como proveedores": among
    // suppliers, the places further down the ranking are more sources of the buyer; among producers or exporters, none of
    // the flow's. "Ukraine bought the most weapons from the US. Next came Poland" still ranks buyers.)
    if (ranking && OTHER_SELLERS.test(s.text)) return;
    // ("Argelia fue el primer proveedor de gas de España. Le siguió Estados Unidos": a ranking going on with no noun of its own
    // goes on down the previous sentence's, a ranking of suppliers when that one was.)
    // (Only a noun of supplying, not "according to industry sources"; nor past a buyer noun of its own, "Next came Saudi Arabia, the
    // world's second-largest arms importer".)
    const prevText = si > 0 ? sents[si - 1]!.text : '';
    if (ranking && lastOk && (SUPPLIER_RANK.test(s.text) || (lastOk.sentence === si - 1 && SUPPLIER_NOUN.test(prevText) && !s.text.toLowerCase().split(/[^\p{L}]+/u).some((w) => BUYER_NOUN.test(w)) && !buyerPhrase(prevText, lang)))) {
      const buyer = countryOf(lastOk.to);
      const seen0 = new Set<string>();
      for (const m of rankedPlaces(items ?? buildItems(text, s.start, s.end, inSentence, c, () => undefined), inSentence)) {
        const from = countryOf(m.place);
        if (m.org || from.kind !== 'country' || from.country === buyer.country || seen0.has(from.id)) continue;
        seen0.add(from.id);
        emitRead(from, buyer, lastOk.cat, lastOk.unit, lastOk.word, null, 'stated', si, quote);
      }
      return;
    }
    // ("Russia shipped 55 million tonnes of wheat abroad, with Egypt and Iran its biggest buyers": this
    // sentence's own sending with no destination.)
    const own = sendingWithoutDestination(si);
    const sender = senderOf;
    if (!origin && own) origin = sender(own.from!);
    // ("La pasta es uno de los productos estrella de la exportación italiana: Alemania y Francia absorbieron más del 40 % de las
    // ventas": the exporter this sentence names sells, before the latest flow's sender.)
    if (!origin && exporter?.sentence === si && !inSentence.some((m) => m.start >= s.start + bp!.start && countryOf(m.place).country === countryOf(exporter!.place).country)) origin = sender(exporter.place);
    if (!origin) origin = lastOk ? sender(lastOk.from) : prevExp?.place;
    // ("O Brasil embarcou 3,2 milhões de toneladas de açúcar. A China se manteve como principal destino": a
    // recent sending stated with no destination.)
    let earlierHalf = origin || si === 0 ? undefined : halfPartner(si, undefined, 'from');
    if (earlierHalf && earlierHalf.quote.start !== sents[si - 1]!.start) earlierHalf = undefined;
    if (earlierHalf) origin = earlierHalf.place;
    // (Last, the latest flow two sentences back: "Chile, Singapura e Vietnã completam a lista dos cinco maiores
    // compradores" after a sentence on another buyer.)
    // (Not a general ranking, "os maiores compradores mundiais de petróleo", "the largest buyers of weapons in the world".)
    const lastTwo = !origin && last && si - last.sentence === 2 && !WORLDWIDE.test(s.text) ? last : undefined;
    if (lastTwo) origin = sender(lastTwo.from);
    if (!origin || !(origin.kind === 'country' || (origin.kind !== 'city' && origin.country))) return;
    let cat: FlowCategory | undefined;
    const its = items ?? buildItems(text, s.start, s.end, inSentence, c, () => undefined);
    // Only the phrase's own complement ("acheteurs du gaz algérien"), not a later clause's cargo.
    let stop = s.end;
    for (const m of inSentence) if (m.start >= at && m.via !== 'demonym') { stop = m.start; break; }
    for (const it of its) {
      if (it.start < at) continue;
      if (it.start >= stop) break;
      const t = it.tags.find((x) => x.k === 'cargo');
      if (t && t.k === 'cargo') { cat = t.cat; break; }
    }
    // ("Russia remains the main destination for Uzbek migrants": people the phrase itself names go there too.)
    const named = cat;
    if (own && sender(own.from!) === origin) cat ??= own.cat;
    // (a list of goods of its own, other than that flow's, names no buyers of it)
    if (lastTwo && named !== undefined && named !== lastTwo.cat) return;
    const earlierCat = lastOk && sender(lastOk.from) === origin ? lastOk.cat : prevExp && prevExp.place === origin ? prevExp.cat : earlierHalf?.cat;
    cat ??= lastTwo?.cat;
    cat ??= earlierCat;
    cat ??= 'other';
    // ("China se mantuvo como primer destino, con 15 buques": ships counting the fuel just exported carry it; they are not sold.)
    if (named === 'vehicles' && (own?.cat ?? earlierCat) === 'oil') cat = 'oil';
    if (cat === 'visit' || cat === 'training' || ((cat === 'people' || cat === 'troops') && named !== cat)) return;
    const seen = new Set<string>();
    // ("Nepal depende de las remesas de sus trabajadores en el extranjero. Malasia, Catar y los Emiratos concentran la mayor parte de
    // esos envíos": the places that take a share of remittances named in this sentence or the three before are where they are sent
    // from, to the country they are about.)
    // (Not a ranking of destinations: "Colombia fue el principal destino de esas remesas" received them.)
    const remittedFrom = cat === 'money' && !DESTINATION_RANK.test(text.slice(s.start + bp.start, s.start + bp.end)) && hasWord(text, sents[Math.max(0, si - 3)]!.start, s.end, REMITTANCE_WORDS);
    // (The buyers are the phrase's subjects and the places ranked or listed with them: not a place after
    // "of", "from", "by" or "in", nor a possessive: "Poland has become one of the world's biggest arms
    // buyers since Russia's invasion of Ukraine, also ordering tanks from the United States".)
    const buyers = rankedPlaces(its, inSentence);
    // ("A Armênia se tornou um dos maiores compradores de armas da Índia, segundo relatório do Sipri": a ranking a third party
    // gives is reported.)
    const phraseAt = its.findIndex((x) => x.start >= s.start + bp.start);
    // (Not the parties' own figures: "según los datos oficiales", "according to Azerbaijan's energy ministry".)
    const parties = new Set([origin.country ?? '', ...buyers.map((m) => countryOf(m.place).country ?? '')]);
    const status: FlowStatus = phraseAt >= 0 && hedgedFor(its, phraseAt, parties, origin.country) ? 'reported' : 'stated';
    for (let k = 0; k < buyers.length; k++) {
      const m = buyers[k]!;
      const to = countryOf(m.place);
      if (to.kind !== 'country' || to.country === origin.country || seen.has(to.id)) continue;
      seen.add(to.id);
      // (Not a buyer the sentence's own flow already reached, with its own status: "Les expéditions vers l'Indonésie,
      // premier débouché asiatique, ont été suspendues".)
      if (memory.some((x) => x.sentence === si && countryOf(x.to) === to && x.cat === cat)) continue;
      // "España fue el principal comprador, con pedidos por 310 millones de dólares": a buyer's own amount.
      const { q, unit } = amountBetween(its, m.end, buyers[k + 1]?.start ?? s.end, decimalComma, cat);
      if (remittedFrom) emitRead(to, origin, cat, unit, undefined, q, status, si, quote, true);
      else emitRead(origin, to, cat, unit, undefined, q, status, si, quote, origin.kind === 'country');
    }
  }

  /**
   * "France is Chad's main arms supplier", "A China é a maior credora de Angola": the copula's subject gives
   * to the supplier noun's owner (a possessive before the noun, else the place right after it), the goods
   * the phrase names or the noun's own category (see supplierPredicate); a supplier of nothing named, or one
   * negated ("no longer"), states no flow.
   */
  function supplierFlow(si: number, s: Span, inSentence: MentionRef[], quote: Span, items?: Item[]): void {
    const sp = supplierPredicate(s.text, lang);
    if (!sp) return;
    const cop = s.start + sp.copula;
    const nounStart = s.start + sp.start;
    const nounEnd = s.start + sp.end;
    let subject: MentionRef | undefined;
    // (An apposition's subject is the place right before its comma: "The United States, the largest donor to Uganda,". Not
    // one a preposition governs, "Selon l'Institut de Kiel, Prague figure parmi les principaux donateurs", "ordered from China,
    // Pakistan's largest arms supplier"; nor when the sentence already stated a flow, whose status the apposition would override.)
    if (sp.apposition && (memory.length > 0 && memory[memory.length - 1]!.sentence === si)) return;
    for (const m of inSentence) if (m.end <= cop && cop - m.end <= (sp.apposition ? 0 : 60)) subject = m;
    if (sp.apposition && subject && (PREP_BEFORE.test(text.slice(Math.max(s.start, subject.start - 12), subject.start)) || inSentence.some((m) => m.start > cop && m.end <= nounStart && !POSSESSIVE.test(text.slice(m.end, m.end + 3))))) return;
    let owner: MentionRef | undefined;
    for (const m of inSentence) if (m.start >= cop && m.end <= nounStart && POSSESSIVE.test(text.slice(m.end, m.end + 3))) owner = m;
    // ("India and Nigeria are major suppliers": every subject coordinated with the last.)
    const subjects = subject ? coordinatedBefore(inSentence, subject) : [];
    // (After the noun, only a place its preposition introduces: "fornecedor de armas do Chade", not "the
    // second-largest donor after the United States" or "ahead of Russia".)
    if (!owner) {
      for (const m of inSentence) {
        if (m.start < nounEnd || m.start - nounEnd > 40) continue;
        const gap = text.slice(nounEnd, m.start);
        // ("suppliers of nurses to British hospitals": a nationality after a recipient's preposition.)
        if (m.via === 'demonym' && !TO_PREP.test(gap)) continue;
        // ("supplier to neighbouring Armenia": past a word of relation, as roles.ts reads it.)
        // ("le premier investisseur étranger en Hongrie", "the largest foreign investor in Hungary": an investor's is where it invests.)
        if ((OWNER_PREP.test(withoutRelation(gap)) || (sp.cat === 'money' && INVESTOR.test(text.slice(nounStart, nounEnd)) && IN_PREP.test(gap))) && !RANKING.test(gap)) owner = m;
        break;
      }
    }
    // ("Kenya has also asked China, its largest bilateral creditor, to convert": an apposition's possessive is the clause's
    // subject's, the place the sentence opens with.)
    if (!owner && sp.apposition && subject && ITS_OPENING.test(text.slice(cop + 1, nounStart))) {
      const first = inSentence[0];
      if (first && first !== subject && first.end < subject.start && first.start - s.start <= TOPIC_CHARS) owner = first;
    }
    if (!subject || !owner) return;
    const to = countryOf(owner.place);
    const from = countryOf(subject.place);
    if (from.kind !== 'country' || to.kind !== 'country' || from.country === to.country) return;
    // The goods the phrase names: "arms supplier", "fornecedor de armas do".
    // ("Russia remains India's biggest supplier of weapons": after the noun too.)
    let cat: FlowCategory | undefined;
    const its = items ?? buildItems(text, s.start, s.end, inSentence, c, () => undefined);
    // "Russia is no longer India's main supplier", "n'est plus le premier fournisseur": nothing stated.
    if (its.some((it) => it.start >= subject!.end && it.start < nounStart && hasMark(it, MB.neg))) return;
    const end = owner.start > nounEnd ? owner.start : nounEnd + 24;
    for (const it of its) {
      if (it.start < Math.max(cop, nounStart - 24) || it.start >= end) continue;
      const g = it.tags.find((x) => x.k === 'cargo');
      if (g && g.k === 'cargo' && g.cat !== 'visit') {
        cat = g.cat;
        break;
      }
    }
    // ("Taïwan a expédié 1 200 tonnes de riz vers Osaka. [...] Les États-Unis demeurent le premier fournisseur étranger du Japon": a
    // supplier of nothing named supplies the goods the discourse's latest flows brought to that country, in the two sentences before.)
    if (!cat && sp.cat === 'other') cat = latestMemory(si, 2, (m) => m.sentence < si && countryOf(m.to).country === to.country)?.cat;
    // A supplier of nothing named states no category: no flow.
    if (!cat && sp.cat === 'other') return;
    cat ??= sp.cat;
    for (const m of subjects) {
      const f = countryOf(m.place);
      if (f.kind === 'country' && f.country !== to.country) emitRead(f, to, cat, '', undefined, null, 'stated', si, quote);
    }
    // ("le premier investisseur étranger en Hongrie, devant l'Allemagne et la Corée du Sud", "the largest supplier to Chad, ahead of
    // France": the places ranked after the owner supply it too.)
    for (const m of rankedAfter(owner, inSentence)) {
      const f = countryOf(m.place);
      if (f.kind === 'country' && f.country !== to.country && !subjects.some((x) => countryOf(x.place).country === f.country)) emitRead(f, to, cat, '', undefined, null, 'stated', si, quote);
    }
  }

  /**
   * The places ranked after `anchor` ("ahead of France", "devant l'Allemagne et la Corée du Sud", "seguidos pelo Canadá e pela
   * Colômbia"): the next place, after a word of ranking within 80 characters (past an aside: "de España, con el 39 % de las
   * importaciones, seguida de Estados Unidos y de Rusia"), and each one coordinated with it.
   */
  function rankedAfter(anchor: MentionRef, inSentence: MentionRef[]): MentionRef[] {
    const k0 = inSentence.indexOf(anchor) + 1;
    const next = inSentence[k0];
    if (!next || next.start - anchor.end > 80 || !AHEAD_OF.test(text.slice(anchor.end, next.start))) return [];
    const out = [next];
    for (let k = k0 + 1; k < inSentence.length && RANK_COORD.test(text.slice(inSentence[k - 1]!.end, inSentence[k]!.start)); k++) out.push(inSentence[k]!);
    return out;
  }

  /** The mention `last` and the ones coordinated before it, in order ("India and Nigeria", "Spain, Italy and Greece"). */
  function coordinatedBefore(inSentence: MentionRef[], last: MentionRef): MentionRef[] {
    const out = [last];
    for (let k = inSentence.indexOf(last) - 1; k >= 0; k--) {
      const m = inSentence[k]!;
      const gap = text.slice(m.end, out[0]!.start);
      // (a list ends with "and": "After Russia, Norway is" is no pair)
      if (m.via === 'demonym' || !COORD_GAP.test(gap) || (out.length === 1 && !/[a-z]/i.test(gap))) break;
      out.unshift(m);
    }
    return out;
  }

  /**
   * "A Índia importou 4,5 milhões de barris. A maior parte veio da Rússia", "Most of it came from Russia": the places
   * right after a phrase of coming from are where the goods a one-ended receipt of the sentences just before came from.
   */
  function cameFrom(si: number, s: Span, inSentence: MentionRef[], quote: Span): void {
    const m = CAME_FROM.exec(s.text);
    if (!m) return;
    const at = s.start + m.index + m[0].length;
    const srcs = inSentence.filter((x) => x.start >= at && x.start - at <= 40 && !x.org && x.via !== 'demonym');
    if (srcs.length === 0 || inSentence.some((x) => x.start < at && !x.org)) return;
    const half = halfPartner(si, undefined, 'to');
    if (!half) return;
    // ("Nearly half of it came from New Zealand, followed by the United States and Australia": and the places ranked after them.)
    const first = srcs.slice(0, 3);
    for (const x of rankedAfter(first[0]!, inSentence)) if (!first.includes(x) && x.via !== 'demonym' && !x.org) first.push(x);
    for (const x of first) {
      const from = countryOf(x.place);
      if (from.country && from.country !== countryOf(half.place).country) emitRead(from, half.place, half.cat, half.unit, half.word, null, 'stated', si, quote, true, half.quote);
    }
  }

  /**
   * "As importações brasileiras de trigo somaram 6,4 milhões de toneladas. A Argentina respondeu por 4,1 milhões e o
   * Uruguai por 870 mil", "Kenya exported 142,000 tonnes. The Netherlands accounted for 40,000": the places a sentence
   * says accounted for an amount are where the goods a one-ended receipt of the sentences just before came from, or
   * where a one-ended sending went. Each takes the first amount after it.
   */
  function accountedFor(si: number, s: Span, inSentence: MentionRef[], quote: Span, items?: Item[]): void {
    const m = ACCOUNTED_FOR[lang].exec(s.text);
    if (!m) return;
    const at = s.start + m.index;
    const its = items ?? buildItems(text, s.start, s.end, inSentence, c, () => undefined);
    // (Subjects only, no place a preposition governs: "wired from Canada, which accounted for $780 million" is a source the
    // sentence itself states.)
    const roles = placeRoles(its);
    const bare = new Set<number>();
    // ("A Argentina respondeu": the sentence's first word is its article, not "to".)
    its.forEach((it, k) => { if (it.place && (roles[k]?.role === 'bare' || (k === 1 && its[0]!.cap && hasMark(its[0], MB.det)))) bare.add(it.start); });
    // ("Os Estados Unidos responderam por 58% das autorizações, seguidos pelo Canadá e pela Colômbia": places ranked after the
    // subject take their share too.)
    const subject = [...inSentence].reverse().find((x) => x.end <= at && bare.has(x.start));
    if (subject) for (const m of rankedAfter(subject, inSentence)) if (m.start > at) bare.add(m.start);
    let places = inSentence.filter((x) => !x.org && x.via !== 'demonym' && countryOf(x.place).kind === 'country' && bare.has(x.start));
    // ("South Africa deported 47,500 foreigners. Zimbabweans accounted for about 24,000 of those removed, followed by some 11,000
    // Mozambicans": people of the nationalities counted, sent off with no destination, went home.)
    const nationals = inSentence.filter((x) => !x.org && x.via === 'demonym' && countryOf(x.place).kind === 'country');
    const peopleSent = nationals.some((x) => x.end <= at) ? halfPartner(si, undefined, 'from', true) : undefined;
    if (peopleSent && peopleSent.cat === 'people' && !places.some((x) => x.end <= at)) {
      places = nationals;
    }
    // (A subject before the phrase: "Segundo a Argentina, o trigo respondeu por" names none.)
    if (!places.some((x) => x.end <= at)) return;
    const receipt = places === nationals ? undefined : halfPartner(si, undefined, 'to');
    const sending = places === nationals ? peopleSent : receipt ? undefined : halfPartner(si, undefined, 'from');
    const half = receipt ?? sending;
    if (!half || (LITERAL_CATS.has(half.cat) && places !== nationals)) return;
    const seen = new Set<string>();
    for (let k = 0; k < places.length; k++) {
      const x = places[k]!;
      const p = countryOf(x.place);
      if (!p.country || p.country === countryOf(half.place).country || seen.has(p.id)) continue;
      seen.add(p.id);
      const { q, unit } = amountBetween(its, x.end, places[k + 1]?.start ?? s.end, decimalComma, half.cat);
      if (receipt) emitRead(p, half.place, half.cat, unit || half.unit, half.word, q, 'stated', si, quote, true, half.quote);
      else emitRead(half.place, p, half.cat, unit || half.unit, half.word, q, 'stated', si, quote, true, half.quote);
    }
  }

  /**
   * "Saudi Arabia was the largest source of the money, with $5.2 billion, followed by the United Arab
   * Emirates at $4.6 billion", "Estados Unidos siguió siendo el principal origen de los envíos, seguido de
   * España": in a sentence that stated no flow, a source phrase as a copula's predicate makes its subject,
   * and each place after "followed by", a sender to the recipient the text names: a place right after the
   * phrase ("source of Brazil's imports"), else the recipient of the latest flow (this sentence or the one
   * before), else a recent receipt that named no sender ("Colombia recibió 6.210 millones en remesas"). The
   * cargo is the one named after the phrase, else that flow's; each sender's amount is the first one after
   * it (a share in per cent is none).
   */
  function sourceList(si: number, s: Span, inSentence: MentionRef[], quote: Span, items?: Item[]): void {
    const sp = sourcePredicate(s.text, lang);
    if (!sp) return;
    const cop = s.start + sp.copula;
    const at = s.start + sp.end;
    let subject: MentionRef | undefined;
    for (const m of inSentence) if (m.end <= cop && cop - m.end <= 60) subject = m;
    if (!subject) return;
    // ("Alger, qui a rompu ses relations avec Rabat et dont la Russie reste le principal fournisseur": whose supplier a relative
    // says is the antecedent's, which may lie far back; no guess.)
    if (OWNER_RELATIVE.test(text.slice(Math.max(s.start, subject.start - 24), subject.start))) return;
    const its = items ?? buildItems(text, s.start, s.end, inSentence, c, () => undefined);
    // The list goes on after "followed by", "seguido de", "ahead of", "devant".
    let followed = s.end;
    for (const it of its) if (it.start >= at && ranks(it.lower)) { followed = it.start; break; }
    let cat: FlowCategory | undefined;
    let owner: MentionRef | undefined;
    for (const m of inSentence) {
      if (m.start < at || m.start >= followed || m.start - at > 48) continue;
      if (OWNER_PREP.test(text.slice(at, m.start)) || m.via === 'demonym' || POSSESSIVE.test(text.slice(m.end, m.end + 3))) owner = m;
      break;
    }
    for (const it of its) {
      if (it.start < at) continue;
      if (it.start >= Math.min(followed, owner?.start ?? followed)) break;
      const g = it.tags.find((x) => x.k === 'cargo');
      if (g && g.k === 'cargo') { cat = g.cat; break; }
    }
    // (An investor invests money, whatever goods the discourse moved last: "Germany was the largest investor in the sector".)
    if (s.text.slice(sp.start, sp.end).split(/\s+/).some((w) => INVESTOR.test(w))) cat = 'money';
    let to = owner ? countryOf(owner.place) : undefined;
    let earlierQuote: Span | undefined;
    if (!to) {
      const last = memory[memory.length - 1];
      if (last && si - last.sentence <= 1 && (!cat || cat === last.cat)) {
        to = countryOf(last.to);
        cat ??= last.cat;
      }
    }
    // ("O Brasil importou 41,2 milhões de toneladas de fertilizantes, e a Rússia se manteve como principal fornecedora": an import this
    // sentence stated with no seller of its own.)
    if (!to) {
      const own = halves.get(si)?.find((h) => h.to && !h.from && h.status !== 'denied' && (cat ? sameGoods(h.cat, cat) : !LITERAL_CATS.has(h.cat)) && countryOf(h.to).country !== countryOf(subject!.place).country);
      if (own) {
        to = countryOf(endpoint(own.to!, own.toActor, own.cat));
        cat ??= own.cat;
      }
    }
    if (!to) {
      const half = halfPartner(si, cat, 'to');
      if (!half) return;
      to = half.place;
      cat ??= half.cat;
      earlierQuote = half.quote;
    }
    if (!cat || LITERAL_CATS.has(cat) || cat === 'training') return;
    const senders = [subject, ...inSentence.filter((m) => m.start >= followed)];
    const seen = new Set<string>();
    for (let k = 0; k < senders.length; k++) {
      const m = senders[k]!;
      const from = countryOf(m.place);
      if (from.country === to.country || seen.has(from.id)) continue;
      seen.add(from.id);
      // Its amount: the first after it, before the next sender ("with $5.2 billion", "at $4.6 billion").
      const { q, unit } = amountBetween(its, k === 0 ? Math.max(m.end, at) : m.end, senders[k + 1]?.start ?? s.end, decimalComma, cat);
      emitRead(from, to, cat, unit, undefined, q, 'stated', si, quote, true, earlierQuote);
    }
  }

  /**
   * "The package also includes 2,000 artillery shells", "le lot comprenait également des milliers d'obus",
   * "o carregamento incluía ainda…": in a sentence that stated no flow, a definite shipment that contains
   * goods sends them along the latest transfer (this sentence or the one before), with their own category
   * and amount; attributed, they are reported.
   */
  function included(si: number, s: Span, inSentence: MentionRef[], quote: Span, items?: Item[]): void {
    const last = memory[memory.length - 1];
    if (!last || si - last.sentence > 1 || LITERAL_CATS.has(last.cat) || !hasWord(text, s.start, s.end, CONTAIN_WORDS)) return;
    const its = items ?? buildItems(text, s.start, s.end, inSentence, c, () => undefined);
    const v = its.findIndex((it) => CONTAINS.has(it.lower));
    if (v < 1) return;
    // The subject: a shipment noun with a definite or demonstrative article, a few words before the verb.
    // ("el contrato incluye además municiones", "the deal also includes missiles": or the contract the goods were bought
    // under, which is with the buyer's country.)
    let shipment = false;
    let contract = false;
    for (let k = v - 1; k >= Math.max(1, v - 4) && !shipment; k--) {
      const it = its[k]!;
      if (it.place || it.tok === 'punct') break;
      const art = its[k - 1]!.lower;
      // (English "a" is indefinite: "A package included…" names no package yet.)
      const shipped = hasMark(it, MB.pack) || it.tags.some((g) => g.k === 'noun' && g.cls === 'send');
      contract = !shipped && DEAL(it.lower);
      shipment = (shipped || contract) && ((DEFINITE.has(art) && !(lang === 'en' && art === 'a')) || DEFINITE_PL.has(art));
    }
    if (!shipment) return;
    const to = contract ? countryOf(last.to) : last.to;
    const status: FlowStatus = hedgedFor(its, v) ? 'reported' : last.status ?? 'stated';
    const seen = new Set<FlowCategory>();
    /** After "for" up to the next comma or "and": what the goods are for ("ammunition for Patriot systems"). */
    let purpose = false;
    for (let k = v + 1; k < its.length; k++) {
      const it = its[k]!;
      // (A place named right before goods names their model: "59 Bradley fighting vehicles".)
      if ((it.place && !(isCargo(its[k + 1]) && prepRole(its[k - 1]) === null)) || it.trig || (it.tok === 'punct' && it.lower !== ',')) break;
      if (BENEFIT.has(it.lower)) purpose = true;
      else if (isComma(it) || hasMark(it, MB.coord)) purpose = false;
      const g = it.tags.find((x) => x.k === 'cargo');
      // ("la formación de pilotos y técnicos colombianos": the trainees of a training are no troops sent.)
      if (g && g.k === 'cargo' && (g.cat === 'troops' || g.cat === 'people') && trainees(its, k)) continue;
      if (!g || g.k !== 'cargo' || purpose || g.cat === last.cat || seen.has(g.cat) || LITERAL_CATS.has(g.cat) || g.cat === 'money') continue;
      seen.add(g.cat);
      emit({ from: last.from, to, fromActor: false, toActor: false, cat: g.cat, unit: g.unit, word: it.lower, q: quantityAt(its, k, decimalComma), status, reversed: false, recip: false, fromCountry: false, dstIn: false, pron: false, byActor: false, fill: false, there: false, inherit: 0, cls: 'send' }, si, quote);
    }
  }

  /**
   * In a sentence naming two places or more, each word of the lexicon list `key` ("relies", "owes") that
   * has a place for its subject (placeSubject): the sentence's items, the word's index and the subject's.
   */
  function* predicateWords(s: Span, inSentence: MentionRef[], items: Item[] | undefined, key: 'rely' | 'owe'): Generator<{ its: Item[]; v: number; subject: number }> {
    const words = lexWords(lang, key);
    // (A place may be an anaphor the items resolved: "The country's first lithium plant relies on acid bought from Zambia".)
    if (!words || (inSentence.length < 2 && !(items && twoPlaces(items))) || !hasWord(text, s.start, s.end, words.ws)) return;
    const its = items ?? buildItems(text, s.start, s.end, inSentence, c, () => undefined);
    for (let v = 1; v < its.length; v++) {
      if (!words.set.has(its[v]!.lower)) continue;
      const subject = placeSubject(its, v);
      if (subject >= 0) yield { its, v, subject };
    }
  }

  /**
   * "Vietnam has long relied on Russia for most of its weapons", "Portugal depende do gás argelino", "le
   * Tchad dépend de la France pour son carburant": in a sentence that stated no flow, the place a word of
   * dependence (lexicon `rely`) has for its subject receives the goods named after "for"/"para"/"pour" from
   * the place after the word's preposition, or from the country of the demonym on the goods. With no
   * goods named nothing is stated ("depends on China for growth"), nor after a negation ("no longer relies").
   */
  function reliance(si: number, s: Span, inSentence: MentionRef[], quote: Span, items?: Item[]): void {
    for (const { its, v, subject } of predicateWords(s, inSentence, items, 'rely')) {
      // ("sigue sin depender del gas argelino": an infinitive after "without" says it does not.)
      if (WITHOUT.has(its[v - 1]?.lower ?? '')) continue;
      // The preposition right after the word, maybe past an adverb or two ("relies heavily on").
      let k = v + 1;
      while (k < Math.min(its.length, v + 3) && isPlain(its[k]) && !RELY_PREPS.has(its[k]!.lower)) k++;
      if (!RELY_PREPS.has(its[k]?.lower ?? '')) continue;
      k++;
      while (k < its.length && !its[k]!.place && hasMark(its[k], MB.det)) k++;
      let sender: Place | undefined;
      let goods = -1;
      const at = its[k];
      if (at?.place && at.place.via !== 'demonym') {
        sender = at.place.place;
        // "... for most of its weapons": the goods after the purpose preposition
        let purpose = false;
        for (let j = k + 1; j < Math.min(its.length, k + 10) && goods < 0; j++) {
          const it = its[j]!;
          if (it.place || it.trig || it.tok === 'punct') break;
          if (BENEFIT.has(it.lower)) purpose = true;
          else if (purpose && it.cargo) goods = j;
        }
      } else {
        // "on Russian gas", "do gás argelino", "du pétrole algérien": goods, their demonym before or after
        for (let j = k; j < Math.min(its.length, k + 4); j++) {
          const it = its[j]!;
          if (it.tok === 'punct' || it.trig) break;
          if (it.cargo) goods = j;
          if (it.place) {
            if (it.place.via === 'demonym') sender = it.place.place;
            if (goods < 0 && isCargo(its[j + 1])) goods = j + 1;
            break;
          }
        }
        // ("relies on about 40,000 tonnes a year of sulphuric acid bought from Zambia": past a quantity, the goods, and their seller
        // after "from", maybe past a participle of buying.)
        if (goods < 0 && !sender) for (let j = k; j < Math.min(its.length, k + 10) && goods < 0; j++) {
          const it = its[j]!;
          if (it.tok === 'punct' && !isComma(it)) break;
          if (it.place || it.trig) break;
          if (it.cargo) goods = j;
        }
        if (goods >= 0 && !sender) {
          for (let j = goods + 1; j < Math.min(its.length, goods + 4); j++) {
            const it = its[j]!;
            if (it.place) {
              if (it.place.via === 'name' && prepRole(its[j - 1]) === 'from' && (j === goods + 2 || its[j - 2]?.tags.some((x) => x.k === 'verb' && x.mood === 'part'))) sender = it.place.place;
              break;
            }
            if (it.tok === 'punct') break;
          }
        }
      }
      if (!sender || goods < 0) continue;
      // ("relies on China for oil revenue", "for its gas sales": the subject's own sales, not what it receives.)
      if (SALES_NOUNS.has(its[goods + 1]?.lower ?? '') || SALES_NOUNS.has(its[goods - 1]?.lower ?? '')) continue;
      const g = its[goods]!.tags.find((x) => x.k === 'cargo');
      if (!g || g.k !== 'cargo' || g.cat === 'visit') continue;
      const from = countryOf(sender);
      const to = countryOf(its[subject]!.place!.place);
      if (from.country === to.country) continue;
      const status: FlowStatus = hedgedFor(its, v) ? 'reported' : 'stated';
      emitRead(from, to, g.cat, g.unit, its[goods]!.lower, null, status, si, quote);
      return;
    }
  }

  /**
   * "Angola owes China $17 billion", "Ecuador aún debe 3.000 millones de dólares a bancos chinos", "le Niger
   * doit 200 millions d'euros à la France": in a sentence that stated no flow, a debt is money the creditor
   * lent the debtor. The subject owes; the amount follows the verb with only numbers, qualifiers or "still"
   * between (another verb, "deve gastar", "doit rembourser", is no debt: Portuguese "deve" is also "must");
   * the creditor is the place after "to"/"à"/"a" ("a bancos chinos": its nationality), or in English the
   * bare object ("owes China $17 billion").
   */
  function owes(si: number, s: Span, inSentence: MentionRef[], quote: Span, items?: Item[]): void {
    for (const { its, v, subject } of predicateWords(s, inSentence, items, 'owe')) {
      // ("China is owed $17 billion by Angola": the passive is the creditor's side; skip it.)
      if (hasMark(its[v - 1], MB.passiveAux | MB.aux) && its[v]!.lower === 'owed') continue;
      let amount = -1;
      let creditor = -1;
      // The amount right after the verb: only an English bare creditor, qualifiers, numbers or an adverb of
      // time between ("deve gastar 2 mil milhões", "doit rembourser": another verb, no debt).
      for (let k = v + 1; k < Math.min(its.length, v + 8) && amount < 0; k++) {
        const it = its[k]!;
        if (it.tags.some((g) => g.k === 'cur')) amount = k;
        else if (it.place && k === v + 1 && lang === 'en') creditor = k;
        else if (!(it.tok === 'num' || hasMark(it, MB.det) || prepRole(it) === 'of' || it.tags.some((g) => g.k === 'qual' || g.k === 'num' || g.k === 'scale') || STILL.has(it.lower) || APPROX.has(it.lower))) break;
      }
      // The creditor after the amount, introduced by "to"/"à"/"a" ("a bancos chinos": its nationality).
      for (let k = amount + 1; amount >= 0 && creditor < 0 && k < Math.min(its.length, amount + 10); k++) {
        const it = its[k]!;
        if (it.trig || (it.tok === 'punct' && !isComma(it))) break;
        if (prepRole(it) !== 'to' || it.place) continue;
        for (let j = k + 1; j <= k + 4 && j < its.length; j++) {
          if (its[j]!.place) { creditor = j; break; }
          if (its[j]!.tok === 'punct' || its[j]!.trig) break;
        }
        break;
      }
      if (amount < 0 || creditor < 0) continue;
      const cur = its[amount]!.tags.find((g) => g.k === 'cur');
      const from = countryOf(its[creditor]!.place!.place);
      const to = countryOf(its[subject]!.place!.place);
      if (from.kind !== 'country' || from.country === to.country) continue;
      const status: FlowStatus = hedgedFor(its, v) ? 'reported' : 'stated';
      emitRead(from, to, 'money', cur && cur.k === 'cur' ? cur.code : '', undefined, quantityAt(its, amount, decimalComma), status, si, quote);
      return;
    }
  }

  /**
   * "O Reino Unido anunciou 1,5 milhão de libras em ajuda humanitária para os deslocados do Kasai", "Britain
   * announced £20 million in aid for Sudan": in a sentence that stated no flow, a place announcing an amount
   * gives it to the place it is "for" (or "to"); the goods it measures ("em ajuda") give the category, else money.
   */
  function announced(si: number, s: Span, inSentence: MentionRef[], quote: Span, items?: Item[]): void {
    if (inSentence.length < 2 || !hasWord(text, s.start, s.end, ANNOUNCE_WORDS)) return;
    const its = items ?? buildItems(text, s.start, s.end, inSentence, c, () => undefined);
    const v = its.findIndex((it) => ANNOUNCE.has(it.lower));
    if (v < 1) return;
    // the amount: a currency symbol or word with its number, within a few words
    let amount = -1;
    for (let k = v + 1; k <= Math.min(its.length - 1, v + 6) && amount < 0; k++) {
      const it = its[k]!;
      if (it.place || it.trig || it.tok === 'punct') break;
      if (it.tags.some((g) => g.k === 'cur')) amount = k;
    }
    const q = amount >= 0 ? quantityAt(its, amount, decimalComma) : null;
    if (!q) return;
    let giver: number | undefined;
    for (let k = v - 1; k >= 0; k--) if (its[k]!.place) { giver = k; break; }
    if (giver === undefined || prepRole(its[giver - 1]) !== null || prepRole(its[giver - 2]) !== null) return;
    const roles = placeRoles(its);
    let dst: number | undefined;
    let cat: FlowCategory = 'money';
    for (let k = amount + 1; k < its.length; k++) {
      const it = its[k]!;
      // ("in humanitarian aid for Syrian refugees in Lebanon", "pour les réfugiés soudanais au Tchad": the people the aid is for
      // are named by their nationality; where they are receives it.)
      if (it.place?.via === 'demonym' && beneficiaryNationality(its, k)) continue;
      if (it.place) {
        let p = k - 1;
        while (p > amount && (prepRole(its[p]) !== null || hasMark(its[p], MB.det) || its[p]!.place?.via === 'demonym')) p--;
        if (roles[k]?.role === 'to' || ((roles[k]?.role === 'in' || roles[k]?.role === 'actor') && isPeople(its[p]))) dst = k;
        break;
      }
      if (it.trig || (it.tok === 'punct' && it.lower !== ',')) break;
      const g = it.tags.find((x) => x.k === 'cargo');
      if (g && g.k === 'cargo' && g.cat !== 'money' && cat === 'money') cat = g.cat;
    }
    if (dst === undefined || LITERAL_CATS.has(cat)) return;
    const from = its[giver]!.place!.place;
    const to = its[dst]!.place!.place;
    if (countryOf(from).country === countryOf(to).country) return;
    const cur = its[amount]!.tags.find((x) => x.k === 'cur');
    emit({ from, to, fromActor: true, toActor: false, cat, unit: cur && cur.k === 'cur' ? cur.code : '', word: undefined, q, status: hedgedFor(its, v) ? 'reported' : 'stated', reversed: false, recip: false, fromCountry: false, dstIn: false, pron: false, byActor: false, fill: false, there: false, inherit: 0, cls: 'send' }, si, quote);
  }

  /**
   * Exports that open the sentence (past a dateline), with no place named before their goods ("Épernay (Marne) (AFP) - Les
   * expéditions de champagne ont reculé"): the home country's, or with no country named, the dateline's own place.
   */
  function ledeExports(s: Span): { place: Place; cat: FlowCategory | undefined; lede: true } | undefined {
    const m = LEDE_EXPORTS.exec(s.text);
    // (With no country named in the story, the dateline's own place stands for it.)
    const place = home ?? dateline;
    if (!m || !place) return undefined;
    const at = s.start + m.index + m[0].length;
    return { place, cat: cargoAfter(at, s.end), lede: true };
  }

  /** What is exported: the category of the first goods named within 48 characters after `at` ("de material de defensa"). */
  function cargoAfter(at: number, end: number): FlowCategory | undefined {
    for (const it of buildItems(text, at, Math.min(end, at + 48), [], c, () => undefined)) {
      const t = it.tags.find((x) => x.k === 'cargo');
      if (t && t.k === 'cargo') return t.cat;
    }
    return undefined;
  }

  /** A demonym on an exports noun ("exportações brasileiras", "Russian exports"), or a country exporting ("La France a exporté"). */
  function exporterOf(s: Span, inSentence: MentionRef[]): { place: Place; cat: FlowCategory | undefined } | undefined {
    // (Every language's word starts "export"/"exporta": a sentence without it names no exporter.)
    if (inSentence.length === 0 || !EXPORT_STEM.test(s.text)) return undefined;
    for (const m of inSentence) {
      // (up to three words of goods between: "exportações de açaí do Pará", "exports of soybeans from Brazil")
      const before = text.slice(Math.max(s.start, m.start - 40), m.start).toLowerCase();
      const after = text.slice(m.end, Math.min(s.end, m.end + 24)).toLowerCase();
      // "exportações brasileiras", "Russian exports"; or a country that exports: "La France a exporté".
      // ("Livestock exports from Somaliland", "las exportaciones de Perú", "les exportations du Chili": the place after the noun.)
      // ("O Brasil embarcou 3,2 milhões de toneladas de açúcar", "Canada shipped 2 million tonnes", "La France a expédié
      // 9 000 tonnes": a country embarking or shipping an amount of goods exports them.)
      const exp = m.via === 'demonym' ? /export\S*\s+$/.test(before) || /^\s+export/.test(after) : (m.place.kind === 'country' && SHIPPED_AMOUNT.test(after)) || EXPORTS_FROM.test(before);
      if (!exp) continue;
      // What is exported: the first cargo named right after ("exportaciones españolas de material de defensa").
      // (A region or city named as the origin stays itself: "exports from Somaliland", "exportaciones de vino de
      // Mendoza".)
      return { place: m.via !== 'demonym' && m.place.kind !== 'country' && m.place.country && EXPORTS_FROM.test(before) ? m.place : countryOf(m.place), cat: cargoAfter(m.end, s.end) };
    }
    return undefined;
  }

  /**
   * Would a flow whose end the discourse supplied turn a kept one around? The reverse of a flow already
   * found, of the same category, is the guess misreading the clause, not a second transfer; so is the
   * reverse between the same two countries ("soy reached Rosario from Brazil" makes no Argentine soy to
   * Brazil). Nor does an import with no source take it from a country the importer has only sold to
   * ("sales to Norway fell. Chile is importing more gas" names no Norwegian gas).
   */
  function turnsAround(from: Place, to: Place, f: RawFlow): boolean {
    if (flows.has(`${to.id}|${from.id}|${f.cat}`)) return true;
    if (from.country !== to.country && countryFlows.has(`${to.country}|${from.country}|${f.cat}`)) return true;
    return f.cls === 'receive' && f.cat !== 'money' && pairs.has(`${to.id}|${from.id}`) && !pairs.has(`${from.id}|${to.id}`);
  }

  /** Count a flow's ends: the countries that sent and received, and the main sender (at least two flows). */
  function tally(from: Place, to: Place): void {
    const fc = countryOf(from);
    const tc = countryOf(to).country;
    if (tc) received.add(tc);
    if (tc && countryOf(to).kind === 'country') {
      const n = (receivedCount.get(tc) ?? 0) + 1;
      receivedCount.set(tc, n);
      if (n > mainReceiverCount) [mainReceiver, mainReceiverCount] = [countryOf(to), n];
    }
    for (const p of [countryOf(from), countryOf(to)]) {
      if (!p.country || p.kind !== 'country') continue;
      const n = (partyCount.get(p.country) ?? 0) + 1;
      partyCount.set(p.country, n);
      if (n > mainPartyCount) [mainParty, mainPartyCount] = [p, n];
    }
    if (!fc.country) return;
    sent.add(fc.country);
    if (fc.kind !== 'country') return;
    const n = (sentCount.get(fc.country) ?? 0) + 1;
    sentCount.set(fc.country, n);
    if (n > mainSenderCount) [mainSender, mainSenderCount] = [fc, n];
  }

  /** Keep a transfer stated with one end for a later sentence that names the other (not one read from the discourse). */
  function keepHalf(si: number, f: RawFlow): void {
    if (f.inherit || f.there || f.pron) return;
    const hs = halves.get(si) ?? [];
    if (hs.length === 0) halves.set(si, hs);
    hs.push(f);
  }

  /** The latest flow in memory, at most `within` sentences back from sentence `si`, that `pred` accepts. */
  function latestMemory(si: number, within: number, pred: (m: Memory) => boolean): Memory | undefined {
    for (let k = memory.length - 1; k >= Math.max(0, memory.length - MEMORY_ENTRIES); k--) {
      const m = memory[k]!;
      if (si - m.sentence > within) return undefined;
      if (pred(m)) return m;
    }
    return undefined;
  }

  /** The latest flow of one of `cats` remembered within `within` sentences of sentence `si`. */
  function latestGoods(si: number, within: number, cats: ReadonlySet<FlowCategory>): Memory | undefined {
    return latestMemory(si, within, (m) => cats.has(m.cat));
  }

  /** `earlierQuote`: an earlier sentence that gave one end (quoted too, in text order). */
  function emit(f: RawFlow, si: number, quote: Span, earlierQuote?: Span): void {
    // "O modelo ... já foi exportado para o Gana": the latest goods of a model kind, within the discourse's memory.
    // ("Parte das cargas russas chega a Itaqui": so is "the cargo", within the discourse's memory.)
    // ("México entregó 1.200 millones de metros cúbicos de agua [...] Estados Unidos cedió 1.760 millones de metros
    // cúbicos": bare cubic metres after goods counted in them are those goods, not gas.)
    if (f.unit === 'cubic metres' && f.cat === 'oil' && !GAS_WORD.test(f.word ?? '')) {
      const m = latestGoods(si, 2, BULK_CATS);
      if (m && m.unit === f.unit && m.cat === 'other') [f.cat, f.word] = [m.cat, m.word];
    }
    const cargoWord = f.inherit === 2 && f.unit === 'cargo';
    const g = f.inherit === 4 || cargoWord ? (cargoWord ? latestGoods(si, MEMORY_SENTENCES, CARGO_CATS) : latestGoods(si, MEMORY_SENTENCES, GOODS_CATS)) : undefined;
    if (g) [f.cat, f.unit, f.word] = [g.cat, g.unit, g.word];
    else if (f.inherit === 4) return;
    else if (f.inherit === 3) {
      // "the men": troops when the latest flow, within two sentences, moved troops; else people.
      const m = memory[memory.length - 1];
      if (m && si - m.sentence <= 2 && m.cat === 'troops') f.cat = 'troops';
    } else if (f.inherit) {
      const m = memory[memory.length - 1];
      // ("Argentina exportó litio. [...] una empresa surcoreana invertirá 830 millones. Estados Unidos recibió el 4 %
      // del total": a share bought with no seller is of the exporter's goods, not the latest money.)
      const exp0 = m && m.cat === 'money' && f.cls === 'receive' && !f.from ? recentExporter(si) : undefined;
      if (exp0 && exp0.cat !== 'money' && countryOf(exp0.place).country !== countryOf(m!.from).country) {
        f.cat = exp0.cat ?? 'other';
      } else if (m && si - m.sentence <= 1 && !((WEIGHTS.test(f.unit) || f.unit === 'other') && (m.cat === 'training' || m.cat === 'visit') && latestGoods(si, MEMORY_SENTENCES, BULK_CATS))) {
        f.cat = m.cat;
        f.unit = m.unit;
        f.word = m.word;
      } else {
        // (Goods, or tonnes, are not the training or the visit of the latest flow: "La empresa rusa formará a 40 técnicos. [...] otras 30
        // toneladas salieron de contrabando hacia Togo" are more of the gold exported before.)
        // ("Perú recibió préstamos. Los préstamos fueron concedidos por México": the goods of a recent
        // transfer stated with one end.)
        const whence = !f.from && !!f.to && f.cls === 'receive' && f.inherit === 1;
        const half = (!f.from) !== (!f.to) ? ownHalf(si, f) ?? halfPartner(si, undefined, f.from ? 'to' : 'from', whence) : undefined;
        // ("As exportações bolivianas de castanha somaram US$ 212 milhões. [...] Os Estados Unidos compraram 4,1
        // mil toneladas": a purchase of unnamed goods buys what the recent exporter exports.)
        // ("A Índia comprou ao país perto de 2 milhões": so does a purchase from that exporter.)
        // ("As vendas à Ucrânia estão suspensas": sales with no seller are the exporter's.)
        const exp = (f.cls === 'receive' && (!f.from || countryOf(f.from).country === recentExporter(si)?.place.country)) || (f.cls === 'send' && !f.from) ? recentExporter(si) : undefined;
        // (A weight or volume bought is goods, not the money a half-stated sale was counted in; so is a share of goods,
        // "Más del 70 % del metal", after "ventas de 1.480 millones de dólares".)
        if (half && !(half.cat === 'money' && (MEASURES.has(f.unit) || f.unit === 'cargo'))) {
          // ("As exportações portuguesas de cortiça atingiram 1.227 milhões de euros. França [...] absorvendo 18%
          // das vendas": a share of the exports counted in money is of the goods the exporter exports.)
          f.cat = half.cat === 'money' && exp && exp.cat !== 'money' && f.cls === 'receive' ? exp.cat ?? 'other' : half.cat;
          // (its goods' unit too, when the purchase names none: "China compró 61.000")
          if (f.unit === 'other' && half.unit) [f.unit, f.word] = [half.unit, half.word];
        }
        else if (exp) f.cat = exp.cat ?? 'other';
        // (Tonnes with nothing to inherit are goods still, the discourse's latest bulk goods if any: "A Indonésia
        // comprou 1,1 milhão de toneladas do Brasil".)
        else if (f.inherit === 1 && WEIGHTS.test(f.unit)) f.cat = latestGoods(si, MEMORY_SENTENCES, BULK_CATS)?.cat ?? 'other';
        else if (f.inherit === 1) return;
        // (5: goods, when there is nothing to inherit)
      }
    }
    // ("trasladados por mar desde el puerto de Santander hasta Riga": a capital that goods reach from a town is the place itself, no
    // stand-in for its government; goods only, and a capital no actor: "Pequim emprestou 500 milhões a Moçâmedes" is China's money.)
    // (Not a capital they leave: "Astana livre du pétrole [...] acheminées vers la raffinerie de Schwedt" is the government's sale.)
    const goods = f.cat !== 'money' && f.cat !== 'training' && f.cat !== 'technology' && f.cat !== 'aid';
    const townFrom = goods && !!f.from && !f.fromCountry && f.from.kind === 'city' && !f.from.capital;
    let from = f.from ? (f.fromCountry ? countryOf(f.from) : endpoint(f.from, f.fromActor, f.cat)) : undefined;
    // ("A plane carrying relief supplies landed in Hanoi": where a carrier arrives is the city itself.)
    let to = f.to ? ((f.cls === 'move' && !f.toActor) || (townFrom && f.to.kind === 'city' && !f.toActor) ? f.to : endpoint(f.to, f.toActor, f.cat)) : undefined;
    let filled = false;
    let earlier = earlierQuote;
    // "From there, they were transported to Crimea": the end of the latest transfer, else the place last named.
    if (!from && to && f.there) {
      const m = memory[memory.length - 1];
      from = m && si - m.sentence <= 1 ? m.to : lastBefore;
      if (from && countryOf(from).country === countryOf(to).country && from.kind === 'country') from = undefined;
    }
    // "Russia deployed troops in Mali. It has also sent helicopters", "Também mandou helicópteros": a pronoun
    // or unexpressed subject gives as the latest actor (within a sentence) did: the giver, or the buyer of
    // a purchase ("Norway ordered launchers from South Korea. The army plans to send officers").
    if (!from && f.pron && (f.cls === 'send' || f.cls === 'help')) {
      const m = memory[memory.length - 1];
      if (m && si - m.sentence <= 1) from = f.byActor ? m.actor : m.from;
    }
    // ("Le Tchad diversifie ses partenaires. Il a reçu des véhicules blindés des Émirats": a pronoun opening the sentence
    // receives for the latest topic.)
    if (from && !to && f.pronReceiver && pronounTopic && countryOf(pronounTopic).country !== countryOf(from).country) to = countryOf(pronounTopic);
    // ("Dhaka, Jan 15 (Reuters) - Bangladesh's garment exports rose [...] Factories bought cotton from China": a sector named
    // with no place buys for the dateline's country, else for the country the lede is about.)
    if (from && !to && f.sectorReceiver && storyPlace && countryOf(storyPlace).country !== countryOf(from).country) to = countryOf(storyPlace);
    // "Ela deve seguir para Pemba": a pronoun subject travels as the latest traveller did.
    // (A visitor may be taken up again past a paragraph on what the visit brings: "Le chef de l'État doit ensuite
    // se rendre à Shenzhen".)
    // ("Duda will start in Baku, returning a visit that Aliyev paid to Warsaw last year. He will then travel to Tbilisi": a planned
    // visit goes on the latest planned trip, past a visit told in passing.)
    if (!from && to && f.pron) {
      const within = f.cat === 'visit' || f.cat === 'people' ? 4 : 2;
      const planned = f.cat === 'visit' && f.status === 'planned' ? latestMemory(si, within, (m) => m.cat === 'visit' && m.status === 'planned') : undefined;
      from = (planned ?? latestMemory(si, within, (m) => m.cat === f.cat))?.from;
    }
    // ("Luanda, 22 set 2025 (Lusa) - O ministro dos Recursos Minerais viaja a Nova Deli": an official named by office
    // alone travels from the dateline's country.)
    const own = unnamedHome(to);
    if (!from && to && f.homeOfficial && own && own.country !== countryOf(to).country) from = own;
    // "O Presidente moçambicano, Daniel Chapo, [...] Chapo, que esteve em Luanda": a traveller named as a person
    // the article introduced with a nationality travels from that country.
    if (!from && to && f.named) {
      for (const w of f.named) {
        const p = persons.get(w);
        if (p && p.country !== countryOf(to).country) {
          from = p;
          break;
        }
      }
    }
    // ("La Suisse a importé 112 tonnes d'or du Pérou. [...] l'essentiel du métal est réexporté vers l'Inde": goods re-exported with no
    // start named leave where the discourse's latest goods of their kind went, within two sentences.)
    if (!from && to && f.reexport) {
      const m = latestMemory(si, 2, (x) => x.sentence < si && sameGoods(x.cat, f.cat) && x.cat !== 'money');
      if (m && countryOf(m.to).country !== countryOf(to).country) {
        from = m.to;
        filled = true;
      }
    }
    // "400 personas han entrado en Ceuta. [...] 65 menores fueron trasladados a Málaga": people transferred on, with
    // no start named, leave where the discourse last brought people (not "Otros 5.000", more people from elsewhere).
    if (!from && to && f.onward && (f.cat === 'people' || f.cat === 'troops') && !sentenceHas(si, 'others', () => hasWord(text, quote.start, quote.end, OTHER_PEOPLE))) {
      for (let k = memory.length - 1; k >= Math.max(0, memory.length - MEMORY_ENTRIES); k--) {
        const m = memory[k]!;
        if (si - m.sentence > 2) break;
        if (m.cat !== f.cat || m.to.kind === 'country') continue;
        if (m.to.id !== to.id) {
          from = m.to;
          filled = true;
        }
        break;
      }
    }
    // "400 personas han entrado en Ceuta. [...] Las autoridades españolas devolvieron a Marruecos a 180 de ellos": some
    // of the people just brought somewhere in a country leave from there, not from the country at large.
    if (from && to && from.kind === 'country' && f.cat === 'people' && sentenceHas(si, 'them', () => PARTITIVE_THEM.test(quote.text))) {
      for (let k = memory.length - 1; k >= Math.max(0, memory.length - MEMORY_ENTRIES); k--) {
        const m = memory[k]!;
        if (si - m.sentence > 2) break;
        if (m.sentence === si || m.cat !== 'people') continue;
        if (m.to.kind !== 'country' && m.to.country === from.country && m.to.id !== to.id) from = m.to;
        break;
      }
    }
    // ("BISHKEK (AFP) - [...] 4,300 workers left for South Korea, and 250 fruit pickers flew to Britain": people leaving or
    // travelling to another country with no start named leave the dateline's country.)
    // (So are people sent or deported with no sender named: "a second group, most of them Vietnamese, would be sent home".)
    // (So do troops going home with no start named: "Bissau (Lusa) – Os primeiros 150 militares senegaleses regressam a Dakar".)
    // (Troops only from a home the text names: "LONDON (Reuters) - The first 150 Senegalese soldiers will return to Dakar" names
    // none.)
    const leftHome = f.cat === 'troops' ? home : own;
    if (!from && to && (f.cat === 'people' || (f.cat === 'troops' && f.goingHome)) && (f.cls === 'leave' || f.cls === 'move' || f.cls === 'send' || f.cls === 'deport') && !f.pron && leftHome && leftHome.country !== countryOf(to).country) {
      from = leftHome;
      filled = true;
    }
    if (!from || !to) {
      filled = true;
      // "Niamey n'a bénéficié d'aucun financement de la Banque mondiale": a negated transfer whose other
      // end the sentence does not name states nothing about any place the discourse offers.
      if (f.status === 'denied' && hasNone(quote, lang)) return;
      const known = from ?? to;
      // Travellers never take an end from the discourse, except people a country receives ("Egypt has
      // received another 400,000 refugees" after "Sudanese have fled into Chad").
      if (!known || !f.fill || f.cat === 'visit' || (f.cat === 'people' && !(f.cls === 'receive' && !from))) {
        // (People who left, for no place named, stay for a later "La France en a accueilli 800"; so do people deported: "South Africa
        // deported 47,500 foreigners. Zimbabweans accounted for about 24,000 of those removed".)
        if (f.cat === 'people' && from && !to && (f.cls === 'leave' || f.cls === 'deport')) keepHalf(si, f);
        return;
      }
      // ("the government hoped to sell more flour, copper and steel abroad", "vender más cobre al exterior": goods sent abroad go
      // to no place the discourse offers; kept for a buyer list after them.)
      // (Past every place the sentence names: "has to be bought abroad: Morocco shipped 210,000 tonnes" leaves Morocco's shipment open.)
      if (from && !to && f.cls === 'send' && sentenceHas(si, 'abroad', () => abroadLast(quote))) {
        keepHalf(si, f);
        return;
      }
      // "Venezuela despachó ayuda a Cuba, mientras que Rusia donó petróleo": the same sentence's destination.
      const sameSentence = f.cls === 'send' && from && !f.recip ? sentenceDestination(si, from) : undefined;
      // (Goods only: "compras por 95 millones" is money, and a purchase's money goes the other way.)
      const exp = f.cls === 'receive' && !from && f.cat !== 'money' ? recentExporter(si) : undefined;
      const partner =
        sameSentence ??
        (f.cls === 'receive' && !from ? ownHalf(si, f)?.place : undefined) ??
        recall(known, si, f.recip && !!from) ??
        (exp && (exp.cat === undefined || exp.cat === f.cat) && countryOf(exp.place).country !== countryOf(known).country ? exp.place : undefined) ??
        // ("Les exportations de champagne vers les États-Unis ont reculé": exports of no place named, in a story that opened
        // with exports of no place named, are the dateline's.)
        (f.cls === 'send' && !from && f.cat !== 'money' && EXPORT_STEM.test(quote.text) && exporter?.lede ? recentExporter(si)?.place : undefined) ??
        // ("Imports from China reached $14.2 billion [...] Wheat exports to Uzbekistan slowed": exports of no place named, after
        // goods of the same kind told from their importer's side, are that importer's, not its supplier's.)
        (f.cls === 'send' && !from && !f.dstIn && f.cat !== 'money' && SALES_STEM.test(quote.text) ? sameCategoryImporter(si, f.cat, known) : undefined) ??
        (f.cls === 'send' ? (from ? sameCategoryDestination(si, f.cat, from) : f.dstIn ? undefined : sameCategorySource(si, f.cat)) : f.cls === 'receive' && !from ? sameCategorySource(si, f.cat) : undefined) ??
        // ("Madrid (EFE). España enviará dos aviones a Grecia. [...] Además, 60 bomberos partirán la próxima semana hacia
        // Canadá": rescuers or troops leaving for a place with no start named leave from the dateline's country, else from
        // the giver of the flow just before.)
        (f.cls === 'leave' && !from && (f.cat === 'aid' || f.cat === 'troops') ? (home && home.country !== countryOf(known).country ? home : latestGiver(si, countryOf(known).country)) : undefined) ??
        // ("Namibia imported electricity from Zambia. Imports from Zimbabwe were halted in March": imports from a place with no
        // importer named are the latest importer's of the same goods.)
        (f.importFrom && from && !to ? latestMemory(si, 2, (m) => m.cat === f.cat && m.sentence < si && countryOf(m.to).country !== countryOf(from!).country)?.to : undefined);
      // "Le Kenya a envoyé 400 policiers en Haïti. Les États-Unis ont livré des véhicules blindés": a giver
      // with no recipient gives to the recipient the article has just named, whatever the cargo.
      let partnerAny = partner ?? (f.cls === 'send' && from && !f.recip ? recentDestination(si, from) : undefined);
      // "Le Sénégal a expédié 14 millions de barils, a annoncé le ministère à Dakar. Une cargaison serait partie
      // vers l'Inde": the other end of a transfer of the same category that a recent sentence stated with one
      // end only. (At least one of the two sentences names two places or follows a recent flow: two sentences
      // of one place each are not read, to keep plain text cheap.)
      // (Only a giving or receiving clause: a route "across Kazakhstan" or a port of call names no end.)
      // (So does goods' arrival: "República Dominicana recibió 10.756 millones. Desde Estados Unidos llegaron 8.950".)
      // (Only for its missing destination: a route "across Kazakhstan" is no arrival.)
      if (!partnerAny && !f.recip && (f.cls === 'send' || f.cls === 'receive' || (f.cls === 'move' && !!from && !LITERAL_CATS.has(f.cat)))) {
        // (A share of the goods just named pairs with their sale counted in money: "con ventas de 1.480 millones de
        // dólares. Más del 70 % del metal se envió a Estados Unidos".)
        const shareOfGoods = f.inherit === 2 && f.unit === 'cargo' && f.cat === 'other';
        const half = halfPartner(si, shareOfGoods ? undefined : f.cat, from ? 'to' : 'from', !from && f.cls === 'receive' && f.inherit === 1);
        if (half && countryOf(half.place).country !== countryOf(known).country) {
          partnerAny = half.place;
          earlier = half.quote;
        }
      }
      if (!partnerAny) {
        // (kept for a later sentence that names the other end)
        keepHalf(si, f);
        return;
      }
      const partnerEnd = partnerAny;
      if (from) to = partnerEnd;
      else from = partnerEnd;
    }
    if (!from || !to || from.id === to.id) return;
    // ("… costea la formación de otros 150 en la academia de Mödling": training from a place to its own country trains no one.)
    if (f.cat === 'training' && from.country !== undefined && from.country === to.country) return;
    if (f.reversed) [from, to] = [to, from];
    const key = `${from.id}|${to.id}|${f.cat}`;
    // (The half stays for a later sentence: "es exportado. Los Emiratos compraron la mayor parte de esos envíos".)
    // ("En sentido inverso, las compras de productos chinos sumaron...": unless the sentence says it turns around.)
    // ("Portugal importou de Espanha 10.400 GWh. As vendas ao país vizinho ficaram-se pelos 3.100 GWh": sales or exports
    // whose seller is the one the flow just before said bought or imported turn around of themselves.)
    // (Only with an amount of their own: "Les ventes au pays voisin ont reculé" names no goods sold.)
    const importerSells = (): boolean => {
      const m = memory[memory.length - 1];
      return f.cls === 'send' && !f.from && !!m && m.actor === from && m.to === from && m.from === to && si - m.sentence <= 1 && /\d/.test(quote.text) && SALES_STEM.test(quote.text);
    };
    if (filled && !f.recip && !CONTRARY.test(quote.text) && turnsAround(from, to, f) && !importerSells()) {
      if ((!f.from) !== (!f.to)) keepHalf(si, f);
      return;
    }
    // "chegou a Maputo para uma visita de três dias a Moçambique": one visit, kept at its most specific.
    // (Keys "end|category|other end's country" of the sentence's specific ends: O(1) per flow.)
    if (to.kind === 'country' && sentFlows.has(`>${f.cat}|${from.id}|${to.country}`)) return;
    if (from.kind === 'country' && sentFlows.has(`<${f.cat}|${to.id}|${from.country}`)) return;
    if (to.kind !== 'country') sentFlows.add(`>${f.cat}|${from.id}|${to.country}`);
    if (from.kind !== 'country') sentFlows.add(`<${f.cat}|${to.id}|${from.country}`);
    let flow = flows.get(key);
    if (!flow) {
      flow = { id: `${f.cat}:${from.id}>${to.id}`, from: from.id, to: to.id, category: f.cat, status: f.status, quotes: [] };
      flows.set(key, flow);
      pairs.add(`${from.id}|${to.id}`);
      if (from.country && to.country) countryFlows.add(`${from.country}|${to.country}|${f.cat}`);
    }
    // (A guess from the discourse does not restate a flow this sentence stated: "vai reforçar [...] para pagar obras".)
    else if (!(filled && flow.quotes[flow.quotes.length - 1]?.start === quote.start)) flow.status = mergeStatus(flow.status, f.status);
    // Sentences arrive in order, so a repeated quote can only be the last one.
    if (earlier && !flow.quotes.some((x) => x.start === earlier!.start)) {
      flow.quotes.push(earlier);
      flow.quotes.sort((a, b) => a.start - b.start);
    }
    if (flow.quotes[flow.quotes.length - 1]?.start !== quote.start) flow.quotes.push(quote);
    if (f.q && flow.quantity === undefined) {
      flow.quantity = f.q.quantity;
      if (f.q.magnitude !== undefined) flow.magnitude = f.q.magnitude;
      if (f.q.qualifier) flow.qualifier = f.q.qualifier;
      flow.quantityText = text.slice(f.q.start, f.q.end);
      // The unit shown is the article's own word ("soldados", not "soldiers"); unitKey is language-neutral.
      flow.unit = f.word ?? f.unit;
      flow.unitKey = f.unit;
    }
    memory.push({ sentence: si, from, to, cat: f.cat, status: f.status, unit: f.unit, word: f.word, actor: f.cls === 'receive' && !f.reversed ? to : from });
    tally(from, to);
    if (!filled) ownEnds++;
  }

  /**
   * "Argentina vendió 142.000 toneladas de calamar: China compró 61.000": a purchase with no seller buys from
   * this sentence's own sending with no recipient (kept in `halves` when emitted).
   */
  function ownHalf(si: number, f: RawFlow): { place: Place; cat: FlowCategory; unit?: string; word?: string } | undefined {
    if (f.cls !== 'receive' || f.from) return undefined;
    // (the same goods, or none named: "exportó trigo y China compró petróleo" pairs nothing)
    const h = halves.get(si)?.find((x) => x.from && !x.to && x.cls === 'send' && x.status !== 'denied' && (f.inherit !== 0 || x.cat === f.cat));
    if (!h) return undefined;
    // (a breakaway or informal region selling as a state stays itself, as in sameCategorySource)
    const p = h.from!;
    return { place: senderOf(p), cat: h.cat, unit: h.unit, word: h.word };
  }

  /** Did one of the HALF_BACK sentences before si, read in full, state a transfer with one end? */
  function halfBefore(si: number): boolean {
    for (let k = si - 1; k >= Math.max(0, si - HALF_BACK); k--) if ((halves.get(k)?.length ?? 0) > 0 && !alone.has(k)) return true;
    return false;
  }

  /**
   * The one-ended transfers of sentence k, when it was skipped for naming a single place: its transfers
   * with a sender and no recipient, or a recipient and no sender, as the sentence alone reads them.
   */
  function halfFlows(k: number): RawFlow[] {
    let out = halves.get(k);
    if (out) return out;
    out = [];
    const ms = alone.get(k);
    const s = sents[k];
    if (ms && s && c.triggers.has(text, s.start, s.end)) {
      // ("Près de 1 200 médecins tunisiens ont quitté le pays": "the country" of the sentence's own place.)
      const its = buildItems(text, s.start, s.end, ms, c, ({ last, located }) => (last && !located ? countryOf(last) : undefined));
      for (const f of sentenceFlows(its, lang, decimalComma, k, reliefNear)) if (!f.from !== !f.to && !f.inherit && !f.there && !f.pron) out.push(f);
    }
    halves.set(k, out);
    return out;
  }

  /**
   * The end (`want`) of a one-ended transfer of category `cat` in one of the HALF_BACK sentences before si,
   * the nearest first, when that sentence was skipped for naming a single place; with that sentence.
   */
  function halfPartner(si: number, cat: FlowCategory | undefined, want: 'from' | 'to', whence = false): { place: Place; quote: Span; cat: FlowCategory; unit: string; word?: string } | undefined {
    // (`whence`: "1 200 médecins tunisiens ont quitté le pays. La France en a accueilli 800": some of the people or
    // goods a recent sentence sent off, received, come from where they left.)
    if (cat && LITERAL_CATS.has(cat) && !whence) return undefined;
    for (let k = si - 1; k >= Math.max(0, si - HALF_BACK); k--) {
      for (const f of alone.has(k) ? halfFlows(k) : halves.get(k) ?? []) {
        const end = want === 'to' ? f.to : f.from;
        // (A ship or people leaving a place have not reached anywhere yet.)
        if (!end || (cat ? !sameGoods(f.cat, cat) : LITERAL_CATS.has(f.cat) && !whence) || f.status === 'denied' || (f.cls === 'leave' && !whence)) continue;
        const s = sents[k]!;
        return { place: countryOf(endpoint(end, want === 'to' ? f.toActor : f.fromActor, f.cat)), quote: { start: s.start, end: s.end, text: s.text }, cat: f.cat, unit: f.unit, word: f.word };
      }
    }
    return undefined;
  }

  function endpoint(p: Place, actor: boolean, cat: FlowCategory): Place {
    return actor || !LITERAL_CATS.has(cat) ? capitalCountry(p) : p;
  }

  /** The sender of the latest flow within two sentences, when it is a country other than `other`'s. */
  function latestGiver(si: number, other: string | undefined): Place | undefined {
    const m = memory[memory.length - 1];
    if (!m || si - m.sentence > 2) return undefined;
    const g = countryOf(m.from);
    return g.kind === 'country' && g.country !== other ? g : undefined;
  }

  /** "Russia halted gas to Poland. Supplies to Finland would also stop.": the sender of the latest flow of that category. */
  function sameCategorySource(si: number, cat: FlowCategory): Place | undefined {
    // (a breakaway or informal region sending as a state stays itself: "exports from Somaliland")
    const m = latestMemory(si, 2, (x) => x.cat === cat);
    return m ? senderOf(m.from) : undefined;
  }

  /**
   * The importer of the latest flow of goods of `cat` (within two sentences), when it was told as an import or purchase, is the
   * dateline's country and is not `other`'s country.
   */
  function sameCategoryImporter(si: number, cat: FlowCategory, other: Place): Place | undefined {
    const m = latestMemory(si, 2, (x) => x.cat === cat);
    return m && m.actor === m.to && home !== undefined && countryOf(m.to).country === home.country && home.country !== countryOf(other).country ? home : undefined;
  }

  /** Does the sentence say "abroad" after the last place it names? */
  function abroadLast(quote: Span): boolean {
    const m = ABROAD.exec(quote.text);
    if (!m) return false;
    const k = firstFrom(mentions, quote.start + m.index);
    return !(k < mentions.length && mentions[k]!.start < quote.end);
  }

  /** The destination of this sentence's first flow (its main clause), when another country sends it. */
  function sentenceDestination(si: number, from: Place): Place | undefined {
    let m: Memory | undefined;
    for (let k = memory.length - 1; k >= Math.max(0, memory.length - MEMORY_ENTRIES) && memory[k]!.sentence === si; k--) m = memory[k];
    if (!m) return undefined;
    const fc = countryOf(from).country;
    if (countryOf(m.from).country === fc || countryOf(m.to).country === fc) return undefined;
    return countryOf(m.to);
  }

  /** "A Dinamarca doou caças à Ucrânia. A Noruega prometeu enviar outros seis aviões": the same recipient. */
  function sameCategoryDestination(si: number, cat: FlowCategory, from: Place): Place | undefined {
    if (cat === 'money' || cat === 'visit' || cat === 'people' || cat === 'training') return undefined;
    const fc = countryOf(from).country;
    for (let k = memory.length - 1; k >= Math.max(0, memory.length - MEMORY_ENTRIES); k--) {
      const m = memory[k]!;
      if (si - m.sentence > 3) break;
      if (m.cat === cat && countryOf(m.to).country !== fc) return countryOf(m.to);
    }
    return undefined;
  }

  /** The recipient of the latest flow of any goods category within two sentences, when `from`'s country is neither end. */
  function recentDestination(si: number, from: Place): Place | undefined {
    const fc = countryOf(from).country;
    for (let k = memory.length - 1; k >= Math.max(0, memory.length - MEMORY_ENTRIES); k--) {
      const m = memory[k]!;
      if (si - m.sentence > 2) break;
      // Trainees' country is no recipient of what others send to the training ("sent instructors to help").
      if (m.cat === 'visit' || m.cat === 'people' || m.cat === 'training') continue;
      if (countryOf(m.to).country === fc || countryOf(m.from).country === fc) return undefined;
      return countryOf(m.to);
    }
    return undefined;
  }

  /** The other end of the latest flow involving `known`'s country, within a few sentences. */
  function recall(known: Place, si: number, reciprocal: boolean): Place | undefined {
    const kc = countryOf(known).country;
    for (let k = memory.length - 1; k >= Math.max(0, memory.length - MEMORY_ENTRIES); k--) {
      const m = memory[k]!;
      if (si - m.sentence > MEMORY_SENTENCES) break;
      // (A later leg of a trip, from a stop the traveller reached, is no partner of that stop's country: "arrivé à Yokohama
      // [...] une tournée qui doit le mener ensuite à Séoul. Tokyo s'est engagé à livrer 12 000 tonnes de riz" is no rice for
      // Seoul. The first leg is: a visit to Kyiv, then "Canada will provide", gives to Ukraine.)
      if (m.cat === 'visit' && memory.some((x) => x.cat === 'visit' && x.to.id === m.from.id)) continue;
      const fc = countryOf(m.from).country;
      const tc = countryOf(m.to).country;
      if (reciprocal) {
        if (tc === kc && fc !== kc) return countryOf(m.from);
        continue;
      }
      if (fc === kc && tc !== kc) return countryOf(m.to);
      // (a region that sent stays itself, as in ownHalf: "Le Québec a exporté [...] suivie du Japon")
      if (tc === kc && fc !== kc) return senderOf(m.from);
    }
    return reciprocal ? recall(known, si, false) : undefined;
  }

  return specificFlows(specificVisits([...flows.values()], places), places);
}

/**
 * Status of a flow supported by several statements: the strongest, stated > reported > planned >
 * suspended > denied. So it is stated only when some statement asserts it; an allegation stays reported
 * when the accused party denies it in another sentence ("Teerã nega ter enviado armas"): the article
 * still reports it. A denial in the same sentence ("..., a charge Abu Dhabi denies") marks it denied.
 */
export function mergeStatus(a: FlowStatus, b: FlowStatus): FlowStatus {
  return STATUS_RANK[a] >= STATUS_RANK[b] ? a : b;
}

interface RawFlow {
  from: Place | undefined;
  to: Place | undefined;
  fromActor: boolean;
  toActor: boolean;
  cat: FlowCategory;
  unit: string;
  word: string | undefined;
  q: Quantity | null;
  status: FlowStatus;
  reversed: boolean;
  recip: boolean;
  /** The source is the country of the place named ("instrucción en Toledo": Spain trains). */
  fromCountry: boolean;
  /** The destination is only a place "in" which it happens ("payments ... in Turkey"): too weak to guess a sender for. */
  dstIn: boolean;
  /** The clause's subject is a personal pronoun ("Ela", "He"). */
  pron: boolean;
  /** That unsaid giver is the latest actor (a pronoun, unexpressed or institution subject), not the latest giver. */
  byActor: boolean;
  /** May a missing end be filled from the discourse? */
  fill: boolean;
  /** "From there, they were moved to Crimea": a missing source is where the previous transfer ended. */
  there: boolean;
  /**
   * The category of the latest flow: 1 no cargo named after "from there" (none: no flow); 2 "the cargo" (none:
   * goods); 3 "the men"; 4 "the model" (the latest goods with models within the discourse's memory; none: no flow); 5 as 1,
   * but goods when there is nothing to inherit ("Malaysian exports to India rose").
   */
  inherit: 0 | 1 | 2 | 3 | 4 | 5;
  cls: TriggerClass;
  /** A visit with no source: the capitalised words before the verb that may name the traveller ("Chapo, que esteve"). */
  named?: string[];
  /** A verb of transferring on ("trasladados", "transferred"): people moved from where they already are. */
  onward?: boolean;
  /** A receiving verb whose subject is the pronoun opening the sentence ("Il a reçu", "It has also bought"). */
  pronReceiver?: boolean;
  /** A receiving verb whose subject is a sector noun opening the sentence ("El sector importa", "Factories bought"). */
  sectorReceiver?: true;
  /** A visit by an official named by office alone ("O ministro dos Recursos Minerais viaja a Nova Deli"): from the dateline's country. */
  homeOfficial?: true;
  /** Goods re-exported or resold ("est réexporté vers l'Inde"): with no start named, from where the discourse's latest goods went. */
  reexport?: true;
  /** Travellers of the destination's nationality going home ("militares senegaleses regressam a Dakar"), no start named. */
  goingHome?: true;
  /** An import noun whose source a preposition of origin names ("Imports from Zimbabwe"), with no importer named. */
  importFrom?: true;
}

/** Classes whose object is the receiver, so coordinated verbs can share it. */
const SHARE_OBJECT: ReadonlySet<TriggerClass> = new Set(['send', 'train', 'help']);

function sentenceFlows(items: Item[], lang: Lang, decimalComma: boolean, si = 0, reliefNear?: (si: number) => boolean, person?: (w: string) => boolean): RawFlow[] {
  const triggers = welcomedOfficials(items, withoutPackages(items, withoutTotals(items, withoutRestatements(items, findTriggers(items, lang)))));
  if (triggers.length === 0) return [];
  const roles = placeRoles(items);
  // (Goods of one kind each before its own source stay apart, to be paired with their sources.)
  const sourceBetween = (a: CargoHit, b: CargoHit): boolean => {
    for (let k = Math.min(a.at!, b.at!) + 1; k < Math.max(a.at!, b.at!); k++) if (roles[k]?.role === 'from' || (roles[k]?.role === 'of' && roles[k]?.head === 'cargo')) return true;
    return false;
  };
  const out: RawFlow[] = [];
  const sentenceRecip = items.some((it) => hasMark(it, MB.recip) || hasMark(it, MB.recipFor));
  const pronounSubject = PRONOUNS.has(items[0]?.lower ?? '');
  /** Does the sentence name aid goods or rescuers (read once, when first asked)? */
  let aid: boolean | undefined;
  const aidInSentence = (): boolean => (aid ??= items.some((x) => x.tags.some((g) => g.k === 'cargo' && g.cat === 'aid')));
  /** A personal pronoun, "it" included, opens the sentence: its giver is the discourse's latest. */
  const givingPronoun = pronounSubject || SUBJECT_PRONOUNS.has(items[0]?.lower ?? '');
  let inheritedSubject: number | undefined;
  let prevHits: CargoHit[] | undefined;
  let prevSrcCountry: string | undefined;
  let prevDst: number | undefined;
  let lastTravelSrc: number | undefined;
  /** Indices of the sentence's quotation marks (found once, when first asked). */
  let quotes: number[] | undefined;
  const pending: Array<{ t: Trigger; flows: RawFlow[]; endsWithCoord: boolean; src: Place | undefined; dst: Place | undefined; srcIdx: number }> = [];
  /** Each trigger's status as statusOf read it (none for a trigger skipped before): what a purpose infinitive after it inherits. */
  const readAt: Array<FlowStatus | undefined> = [];

  /** Where the previous trigger's clause starts. */
  let prevL = 0;
  // The exporter the sentence opens with ("Peru's zinc exports"), found once per sentence on first need.
  let sentenceExporter: { at: number; goods: number; noun: number } | null | undefined;
  /** A verb of helping whose object a sending before it went to ("sent 11,000 troops to help Russia"): read with it. */
  let helpSent = -1;
  for (let ti = 0; ti < triggers.length; ti++) {
    const t = triggers[ti]!;
    // ("pediu ajuda a Portugal": help asked for is no helping; the place asked gives, if anything, in a verb of its own.)
    if (t.idx === helpSent || (t.cls === 'help' && t.mood !== 'noun' && requestBefore(items, t.idx))) {
      pending.push({ t, flows: [], endsWithCoord: false, src: undefined, dst: undefined, srcIdx: -1 });
      continue;
    }
    let L = ti > 0 && !t.come ? triggers[ti - 1]!.idx + 1 : 0;
    for (let k = t.idx - 1; k >= L; k--) {
      if (!isBoundary(items, k)) continue;
      // ("La Côte d'Ivoire envisage une mesure similaire mais continue d'expédier sa récolte vers le Vietnam": French "mais"
      // right before a second predicate with no subject of its own joins it to the first, whose subject it shares.)
      // (Only a verb's own words after it, an auxiliary or one verb and its "de"/"à": "mais continue d'expédier", "mais a renoncé";
      // "mais plusieurs voisins ont expédié" has a subject of its own.)
      if (items[k]!.lower === 'mais' && t.idx - k <= 4 && predicateOnly(items, k + 1, t.idx)) continue;
      L = k + 1;
      break;
    }
    // ("La Chine a reçu la moitié des cargaisons, devant la Californie et la Corée du Sud, et un premier pétrolier a livré du brut
    // canadien à l'Inde": after a comma and a conjunction, the verb's own subject, people or goods and its auxiliary, opens its
    // clause; the places listed before it are the clause before's.)
    // (That subject is the verb's own: it inherits none from the verb before.)
    let ownNounSubject = false;
    // (Only after another verb: "Forty tanks, 20 howitzers, and the ammunition were delivered" lists one subject.)
    if (t.mood !== 'noun' && ti > 0 && triggers[ti - 1]!.mood !== 'noun') for (let k = t.idx - 2; k > L && k >= t.idx - 11; k--) if (isComma(items[k - 1]) && hasMark(items[k], MB.coord) && subjectOfNext(items, k + 1, t.idx)) { L = k + 1; ownNounSubject = true; break; }
    // ("Argentina importó gas de Trinidad, mientras que las compras de gas a Bolivia terminaron": a transfer noun in a clause
    // of contrast has its own places.)
    let contrastAt = -1;
    if (t.mood === 'noun') for (let k = t.idx - 1; k > L; k--) if (CONTRAST.has(items[k]!.lower) && isComma(items[k - 1])) { L = k + 1; contrastAt = k; break; }
    // ("Pakistan, which fought a war with India in May, also sent troops": a word that ends a window inside a relative
    // clause on the subject does not cut the subject off.)
    /** The relative clause set off right before the verb, if any (read once: the subject, the gap and the status use it). */
    const relBefore = relativeBefore(items, t.idx);
    const relSubject = relativeSubjectBefore(items, relBefore, ti > 0 ? triggers[ti - 1]!.idx + 1 : 0);
    if (relSubject !== undefined && relSubject < L) L = relSubject;
    // ("French troops stationed at Port-Bouët will leave Ivory Coast", "Quelque 600 militaires français stationnés à Port-Bouët
    // quitteront la Côte d'Ivoire": a participle on the goods or people before the verb, naming no place of its own, leaves them
    // the verb's subject.)
    if (ti > 0 && t.mood !== 'noun' && !t.come) {
      const p = triggers[ti - 1]!;
      // ("Les Rafale commandés en 2015 ont été livrés au Qatar": so does a participle of ordering or buying on the goods.)
      if (p.mood === 'part' && (p.cls === 'presence' || p.cls === 'send' || p.cls === 'receive') && (isCargo(items[p.idx - 1]) || (items[p.idx - 1]?.place?.via === 'demonym' && isCargo(items[p.idx - 2]))) && !items.slice(p.idx + 1, t.idx).some((x) => !!x.place || isComma(x)) && prevL < L) L = prevL;
      // ("Nineteen crew members of a bulk carrier seized by Yemen's Houthi rebels in the Red Sea were flown from Sanaa to Muscat": past a
      // participle of seizing on the vessel, with its agent and place, the people before it are the passive verb's.)
      else if (p.mood === 'part' && p.cls === 'seize' && t.cls === 'move' && hasMark(items[t.idx - 1], MB.passiveAux) && prevL < L && !items.slice(p.idx + 1, t.idx).some((x) => isComma(x) || !!x.trig) && hasBefore(items, p.idx, prevL, p.idx - prevL, (x) => isPeople(x))) L = prevL;
    }
    const lastL = prevL;
    prevL = L;
    let R = ti + 1 < triggers.length ? triggers[ti + 1]!.idx - 1 : items.length - 1;
    // ("UK investment in Ireland and the US investment in Mexico": before another trigger, an investment's clause ends
    // with the places invested in.)
    if (t.until !== undefined && ti + 1 < triggers.length) R = Math.min(R, t.until);
    const Rmax = R;
    /** Where the goods of the next verb's English clause with no relative pronoun begin ("and the howitzers Slovakia has supplied"), or -1. */
    const nextT = triggers[ti + 1];
    const nextAnte = lang === 'en' && nextT && nextT.mood !== 'noun' && nextT.idx <= R + 1 ? cargoAntecedent(items, nextT.idx, true) : -1;
    // "enviou 2.500 soldados para combater os insurgentes no norte de Moçambique": past a purpose verb
    // only a place in the "in" role still counts, as where the cargo goes.
    let purposeEnd = -1;
    // ("dispatched 35 soldiers to help clear roads on Tongatapu", "enviou 30 militares para ajudar a reconstruir escolas em
    // Moçambique": so past a verb of helping in the purpose, with no place as its object, up to the next comma.)
    // (Not for money: "a prêté 200 millions de dollars pour financer des projets dans la région de Kaolack" lent to the state.)
    if (t.cls === 'send' && t.mood !== 'noun' && t.cat !== 'money' && nextT && nextT.cls === 'help' && nextT.mood !== 'noun' && nextT.idx === R + 1 && prepRole(items[R]) === 'to' && !items[R]!.place) {
      let k = nextT.idx + 1;
      while (hasMark(items[k], MB.det) || prepRole(items[k]) === 'to' || prepRole(items[k]) === 'of') k++;
      if (k < items.length && !items[k]!.place) {
        purposeEnd = nextT.idx;
        // (through the verbs of the purpose, "to help rebuild", "pour aider à combattre"; not past a comma or a relative pronoun,
        // nor far: "to help fight the virus first detected in Wuhan" sends nobody to Wuhan)
        while (purposeEnd + 1 < items.length && purposeEnd < nextT.idx + 5 && !isComma(items[purposeEnd + 1]) && !hasMark(items[purposeEnd + 1], MB.rel) && !hasMark(items[purposeEnd + 1], MB.coord) && items[purposeEnd + 1]!.tok !== 'punct') purposeEnd++;
      }
    }
    /** The first infinitive of purpose after the verb ("para ampliar"), or -1. */
    let purposeAt = -1;
    // "Já a Indonésia, que no ano passado comprou 1,1 milhão de toneladas do Brasil, reduziu as encomendas depois de
    // uma safra local": a verb in a relative clause set off by commas ends at the comma before the main verb.
    let relOpen = relativeOpen(items, t.idx, Math.max(L, t.idx - REACH));
    // (Not before a ranking of the antecedent: "Britain, which took in 6,000 nurses, remains the top destination,
    // followed by Saudi Arabia" ranks more receivers.)
    if (relOpen) for (let k = t.idx + 1; k <= Math.min(Rmax, t.idx + REACH) && relOpen; k++) if (FOLLOWED.has(items[k]!.lower)) relOpen = false;
    let lastCommaAt = -1;
    for (let k = t.idx + 1; k <= R; k++) {
      // ("importó gasolina de Estados Unidos, pese a la entrada en operación de la refinería de Dos Bocas", "despite", "malgré":
      // a concession closes the clause; its places are none of the verb's.)
      if (k > t.idx + 1 && concessionAt(items, k)) {
        R = k - 1;
        break;
      }
      // ("deployed 1,000 soldiers to South Sudan, days after clashes in Upper Nile state", "dias depois de", "quelques jours
      // après": a time clause after a comma tells of another event; its places are none of the verb's.)
      // (So does an English clause of "as" with a subject of its own: "..., as the two countries deepen military ties in the
      // face of China's assertiveness in the South China Sea".)
      if (k > t.idx + 1 && isComma(items[k - 1]) && (timeClauseAt(items, k) || (lang === 'en' && items[k]!.lower === 'as' && (hasMark(items[k + 1], MB.det) || !!items[k + 1]?.place || SUBJECT_PRONOUNS.has(items[k + 1]?.lower ?? ''))))) {
        R = k - 2;
        break;
      }
      // ("un paquete de capacitación: unos 70 marinos argentinos fueron formados en Noruega": a colon before a clause with a verb
      // of its own closes a transfer noun's window; that clause tells its own transfer.)
      if (t.mood === 'noun' && items[k]!.tok === 'punct' && items[k]!.lower === ':' && ti + 1 < triggers.length && triggers[ti + 1]!.mood !== 'noun') {
        R = k - 1;
        break;
      }
      // ('"Sem o atum importado, metade das linhas parava", disse o administrador de uma conserveira de Peniche': the
      // quotation holding the verb closes at its closing mark; the attribution's places are the speaker's.)
      if (items[k]!.tok === 'punct' && QUOTES.has(items[k]!.lower) && (isComma(items[k + 1]) || hasTagMark(items[k + 1], 'say'))) {
        quotes ??= quoteMarks(items);
        if (quotes.some((q) => q < t.idx)) {
          R = k - 1;
          break;
        }
      }
      // "..., the Department of Home Affairs said on Tuesday, as police stepped up raids in Gauteng": an
      // attribution set off by commas closes the clause; what follows is another statement.
      if (isComma(items[k])) {
        if (lastCommaAt > t.idx && hasBefore(items, k, lastCommaAt, k - lastCommaAt, (x) => hasTagMark(x, 'say')) && CLAUSE_OPENERS_AFTER_SAY.has(items[k + 1]?.lower ?? '')) {
          R = lastCommaAt - 1;
          break;
        }
        lastCommaAt = k;
      }
      // (Not before the goods it includes: "où le Canada a promis un paquet d'aide, comprenant des drones".)
      // (Nor before an adverb leading on to the destination: "..., mostly to China", "..., principalmente a Cuba".)
      // ("A Índia, que comprou petróleo à Rússia, foi criticada pelos Estados Unidos": so at a main verb that opens with
      // its auxiliary.)
      if (relOpen && isComma(items[k]) && ((isPlain(items[k + 1]) && !INCLUDING.test(items[k + 1]!.lower) && !/(?:ly|mente|ment)$/.test(items[k + 1]!.lower) && !LEADING.has(items[k + 1]!.lower) && !items[k + 1]!.cap && items[k + 1]!.tok === 'word' && !isComma(items[k + 2]) && !hasMark(items[k + 2], MB.coord)) || (hasMark(items[k + 1], MB.aux | MB.passiveAux | MB.condAux) && !items[k + 1]!.cap))) {
        R = k - 1;
        break;
      }
      // A relative clause after the object is another statement: "drones que foram decisivos em Nagorno-Karabakh".
      // (Unless it is set off by commas with the destination after it: "doó 9.000 dosis, que protegen
      // contra la fiebre amarilla, a Perú".)
      if (hasMark(items[k], MB.rel) && isComma(items[k - 1])) {
        const close = parentheticalRelative(items, k, Rmax);
        if (close > 0) {
          k = close;
          continue;
        }
      }
      // ("are due to be delivered in 2027, and Kazakh pilots will be trained there": ", and" before a subject and the
      // auxiliary of the next verb opens another clause.)
      if (isComma(items[k - 1]) && hasMark(items[k], MB.coord) && k > t.idx + 1 && ti + 1 < triggers.length && triggers[ti + 1]!.mood !== 'noun' && (items[k + 1]?.place || hasMark(items[k + 1], MB.det)) && hasMark(items[triggers[ti + 1]!.idx - 1], MB.aux | MB.passiveAux | MB.condAux)) {
        R = k - 2;
        break;
      }
      // ("Le Kazakhstan fournit 40 % de l'uranium consommé en France et il est le troisième fournisseur de pétrole brut de la France": a
      // conjunction before a subject pronoun opens another clause, with a subject of its own.)
      if (k > t.idx + 1 && hasMark(items[k], MB.coord) && SUBJECT_PRONOUNS.has(items[k + 1]?.lower ?? '')) {
        R = isComma(items[k - 1]) ? k - 2 : k - 1;
        break;
      }
      // "..., com 30% das cargas, mas a Espanha passou a figurar": a contrast with a subject of
      // its own is another statement.
      // (", while its crude oil imports from Russia also rose": "while", "enquanto", "mientras", "tandis", "whereas" open a clause
      // of their own when a transfer word follows in the sentence.)
      // ("chegam sobretudo dos Emirados, segundo operadores do setor, enquanto a refinaria de Cabinda só deverá arrancar em 2026": so
      // does "while" before a subject of its own, a place in its noun phrase.)
      const whileSubject = WHILE.has(items[k]!.lower) && hasMark(items[k + 1], MB.det) && !items[k + 2]?.place && placeInNounPhrase(items, k + 3);
      if (isComma(items[k - 1]) && CONTRAST.has(items[k]!.lower) && (items[k + 1]?.place || (hasMark(items[k + 1], MB.det) && items[k + 2]?.place) || whileSubject || (WHILE.has(items[k]!.lower) && ti + 1 < triggers.length && triggers[ti + 1]!.idx > k))) {
        R = k - 2;
        break;
      }
      // "evacuated 110 students from Urmia, taking them by bus across the border into Armenia": a gerund after a
      // comma is another predicate, with ends of its own.
      // ("..., eludiendo las sanciones impuestas por Washington": so does one the lexicon does not know, by its form;
      // not one of including, "..., comprenant des drones".)
      // (Not a carrier's participle, which names the load: "ont atterri à Beyrouth, transportant 12 tonnes de vivres".)
      if (isComma(items[k - 1]) && !hasMark(items[k], MB.carrier) && (items[k]!.tags.some((g) => g.k === 'verb' && g.mood === 'ger') || (isPlain(items[k]) && !items[k]!.cap && GERUND[lang].test(items[k]!.lower) && !NOT_GERUNDS.has(items[k]!.lower) && !INCLUDING.test(items[k]!.lower)))) {
        R = k - 2;
        break;
      }
      // ("concederá a Honduras un crédito de 40 millones para ampliar la red de agua de San Pedro Sula": past a purpose
      // infinitive the lexicon does not know, after "para"/"pour", the places are what the goods are for, not their
      // sender; see the sending verbs.)
      if (lang !== 'en' && purposeAt < 0 && k > t.idx + 2 && purposeBefore(items, k, true) && isPlain(items[k]) && !items[k]!.cap && ROMANCE_INF[lang]!.test(items[k]!.lower) && !NOT_PURPOSE_INF.has(items[k]!.lower)) purposeAt = k;
      // (So does one after ", and": "..., keeping flats in Leeds, and spending the money on cars".)
      if (hasMark(items[k - 1], MB.coord) && isComma(items[k - 2]) && k - 2 > t.idx && (items[k]!.tags.some((g) => g.k === 'verb' && g.mood === 'ger') || (isPlain(items[k]) && !items[k]!.cap && GERUND[lang].test(items[k]!.lower) && !NOT_GERUNDS.has(items[k]!.lower) && !INCLUDING.test(items[k]!.lower)))) {
        R = k - 3;
        break;
      }
      // "30 millions de tonnes de GNL, dont une part croissante vers l'Asie", "of which half to Asia": a
      // share of the goods, not another statement (a verb of its own would end the window first).
      // ("forme 900 imams étrangers, dont 270 Maliens, 190 Guinéens": so is a list of counted nationalities.)
      // ("180,000 tonnes, of which 95,000 came from Russia", "de las que 95.000 procedían de Rusia": or of where
      // the goods came from.)
      if (partitiveRel(items, k) && (shareTo(items, k, Rmax) || countedNationalities(items, k))) continue;
      // (", the department said on Tuesday, the biggest such haul at the city's airport": an attribution after a comma ends the
      // clause; what follows it is about the report.)
      if (k > t.idx + 1 && isComma(items[k]) && attributionAfter(items, k)) {
        R = k - 1;
        break;
      }
      // ("…, which were flown in by Chinese transport planes in 2022, and about 150 Serbian officers have been trained in China": a
      // comma and a conjunction before the next verb's own subject, people or goods and its auxiliary, end this verb's clause.)
      if (k > t.idx + 1 && isComma(items[k - 1]) && hasMark(items[k], MB.coord) && nextT && nextT.mood !== 'noun' && nextT.idx <= Rmax + 1 && subjectOfNext(items, k + 1, nextT.idx)) {
        R = k - 2;
        break;
      }
      // ("the tanks Germany sent to Ukraine and the howitzers Slovakia has supplied": "and" before the goods of the next verb's
      // clause with no relative pronoun ends this one.)
      if (lang === 'en' && hasMark(items[k], MB.coord) && nextAnte > k) {
        R = k - 1;
        break;
      }
      // "expelled 60 diplomats and closed the consulate in Yekaterinburg", "expulsou 60 diplomatas e fechou o consulado
      // em Ecaterimburgo": after expelling people, "and" before a verb the lexicon does not know and its object's
      // article starts another predicate, with ends of its own. (Only there: "deployed 300 troops and set up a base in
      // Syria", "enviou médicos e abriu um hospital em Harare" still send to that place.)
      if (t.cls === 'deport' && k > t.idx + 1 && hasMark(items[k], MB.coord) && isPlain(items[k + 1]) && !items[k + 1]!.cap && hasMark(items[k + 2], MB.det)) {
        R = k - 1;
        break;
      }
      // ("a Zâmbia compra o combustível que consome aos Emirados", "achète le gaz qu'elle consomme à la Russie": a relative
      // clause of one plain verb on the goods leaves the place after it to the main verb.)
      // (The window then ends at the next comma: "…aos Emirados e à Arábia Saudita, e a carga chega ao país".)
      const shortAt = !isBoundary(items, k) && hasMark(items[k], MB.rel) && (t.cls === 'receive' || t.cls === 'send') ? shortRelative(items, k) : -1;
      if (shortAt >= 0) {
        for (let c = shortAt + 1; c <= R; c++) if (isComma(items[c])) { R = c - 1; break; }
        k++;
        continue;
      }
      if (isBoundary(items, k) || hasMark(items[k], MB.rel)) {
        if (hasMark(items[k], MB.breaker) && prepRole(items[k - 1]) === 'to' && !items[k - 1]!.place) {
          purposeEnd = k;
          // ("para combater os incêndios que lavram no distrito de Viseu": through a restrictive relative clause.)
          while (purposeEnd < Rmax && !isBoundary(items, purposeEnd + 1) && !(hasMark(items[purposeEnd + 1], MB.rel) && LOCATIVE_REL.has(items[purposeEnd + 1]!.lower)) && !isComma(items[purposeEnd + 1])) purposeEnd++;
        }
        R = isComma(items[k - 1]) ? k - 2 : k - 1;
        break;
      }
    }
    const noun = t.mood === 'noun';
    const thereAt = markBefore(items, t.idx, MB.there);
    // ("Plus d'un million d'Ukrainiens, pour la plupart des enfants, sont arrivés": French "être" before a verb of going
    // makes no passive; "were flown to Baku", "ont été transférés" are ones.)
    const etreMove = lang === 'fr' && t.cls === 'move' && ETRE.has(items[t.idx - 1]?.lower ?? '');
    // ("El oro nicaragüense se envió a Estados Unidos", "exportaram-se 2 milhões de toneladas para a China": a sending verb
    // with "se" is a passive in Spanish and Portuguese; a country does not send itself.)
    // (Not a verb of keeping: "Chile se mantuvo como principal destino" is where the goods stayed going.)
    const sePassive = !noun && (lang === 'es' || lang === 'pt') && t.cls === 'send' && t.sense !== 'keep' && t.mood === 'fin' && (items[t.idx - 1]?.lower === 'se' || (lang === 'pt' && items[t.idx + 1]?.lower === '-se'));
    // ("Londres s'est vu offrir 10 000 animaux", "l'Ukraine se verra livrer des chars": French "se voir" before an infinitive makes
    // its subject the one the transfer is done to.)
    const seVoir = lang === 'fr' && !noun && t.mood === 'inf' && SE_VOIR.test(items[t.idx - 1]?.lower ?? '') && [2, 3].some((d) => REFLEXIVE_SE.has(items[t.idx - d]?.lower ?? ''));
    const passive =
      t.dest === true ||
      sePassive ||
      seVoir ||
      (!noun &&
      !etreMove &&
      t.mood === 'part' &&
      // ("s'est rendu", "se sont réfugiés": "être" after a reflexive pronoun makes no passive.)
      ([1, 2, 3].some((d) => t.idx - d >= L && hasMark(items[t.idx - d], MB.passiveAux) && !REFLEXIVE.has(items[t.idx - d - 1]?.lower ?? '')) ||
        // ("Dakar a reçu un lot offert par la Suisse": after "a"/"has" the participle is an active
        // perfect; the agent belongs to a later participle.)
        // ("Kenya received 34,000 tonnes of fertiliser donated by Russia": English, whose past is its participle, so
        // past a participle on the goods.)
        // (Not a place ranked "followed by": "Switzerland bought 43% of the metal, followed by China with 21%".)
        (hasRole(items, roles, t.idx + 1, R, 'by') && !rankedAgentsOnly(roles, t.idx + 1, R) && !activePerfect(items, t.idx) && !(lang === 'en' && participleBeforeAgent(items, roles, t.idx, R))) ||
        // Reduced relative: "soldados norte-coreanos enviados à Rússia", "North Korean troops deployed in Kursk".
        // (English "The tanker unloaded 700,000 barrels": a past form with goods as its object is active.)
        (isCargo(items[t.idx - 1]) && !(lang === 'en' && directObject(items, t.idx))) ||
        // ("Le Maroc importe de l'ammoniac, acheté principalement à Trinité-et-Tobago": so, past the comma setting it off, is one of
        // buying whose seller follows.)
        (t.cls === 'receive' && isComma(items[t.idx - 1]) && isCargo(items[t.idx - 2]) && t.idx - 1 > L && roles.slice(t.idx + 1, t.idx + 5).some((r) => !!r?.seller)) ||
        // "un contrat financé en partie par des prêts": a participle with its "par"/"by" a few words on.
        (!hasMark(items[t.idx - 1], MB.aux) && [1, 2, 3].some((d) => prepRole(items[t.idx + d]) === 'by' && !items[t.idx + d]!.place)) ||
        (lang !== 'en' && roles[t.idx - 1]?.role === 'origin') ||
        // ("The tanks were built in Changwon and shipped to Geelong", "foram fabricados em Taubaté e enviados para Angola": a
        // participle coordinated with a passive one of making shares its auxiliary.)
        madePassiveBefore(items, t.idx, L)));

    // Subject: nearest eligible place before an active verb.
    let subject: number | undefined;
    // "Spain, for years Peru's main arms supplier, sold": an apposition between the subject and its verb.
    // ("O Luxemburgo, parceiro histórico do país, anunciou um donativo": a transfer noun right in the object of the
    // verb after the apposition reads it as that verb would.)
    const verbBefore = noun ? announcingVerb(items, t.idx, L) : undefined;
    const appos = !passive && (!noun || verbBefore !== undefined) ? apposition(items, roles, verbBefore ?? t.idx, L, lang) : undefined;
    const agentGap = !noun && !passive ? agentApposition(items, t.idx, L) : undefined;
    const subjectLike = (r: Role): boolean =>
      r.role === 'bare' || r.role === 'poss' || r.role === 'actor' || (r.role === 'to' && !!r.weak) || (r.role === 'of' && r.head === 'actor');
    /** The nearest place from `from` down to `lo` in a subject's role, outside parentheses (and, unless `demonyms`, no nationality). */
    const subjectBack = (from: number, lo: number, demonyms = true): number | undefined => {
      for (let b = from; b >= lo; b--) {
        const r = roles[b];
        if (r && !items[b]!.paren && (demonyms || items[b]!.place!.via !== 'demonym') && subjectLike(r)) return b;
      }
      return undefined;
    };
    let noFill = false;
    /** The people of a remittance noun's "of", where they live: they send the money, and are no transfer of their own. */
    let remitters = false;
    // ("Les trophées exportés par le Botswana partent surtout vers les États-Unis": goods a participle on the subject opening the
    // sentence describes go where the clause's own verb of going takes them, to no end the discourse fills.)
    const nextGo = triggers[ti + 1];
    if (!noun && passive && t.cls === 'send' && t.mood === 'part' && t.idx <= 3 && nextGo && (nextGo.cls === 'leave' || nextGo.cls === 'move') && nextGo.mood !== 'noun' && nextGo.mood !== 'part' && nextGo.idx - t.idx <= 6) noFill = true;
    let helped: number | undefined;
    let opening: number | undefined;
    if (!noun && !passive) {
      if (lang === 'en' && items[t.idx - 1]?.lower === 'to' && items[t.idx - 2]?.place && items[t.idx - 2]!.place!.via === 'name' && items[t.idx - 3]?.lower === 'for') {
        // ("an agreement for Turkey to supply 300 megawatts", "plans for Germany to send tanks": "for X to" names the
        // infinitive's subject.)
        subject = t.idx - 2;
      } else if ((opening = openingClauseSubject(items, roles, t)) !== undefined) {
        // ("After receiving tanks from Spain, Ukraine asked for more", "Having received…", "Tras recibir tanques de España,
        // Ucrania pidió más", "Après avoir reçu": an opening clause of a verb form with no subject of its own has the main
        // clause's, the place right after its comma.)
        subject = opening;
      } else if (t.mood === 'ger' && isComma(items[t.idx - 1])) {
        // ", exporting ...": the main clause's subject.
        for (let k = Math.max(0, t.idx - REACH); k < t.idx; k++) {
          const r = roles[k];
          if (r && !items[k]!.paren && subjectLike(r)) {
            subject = k;
            break;
          }
        }
      } else if (t.mood === 'ger' && ti > 0 && triggers[ti - 1]!.cls === 'help' && triggers[ti - 1]!.mood !== 'noun' && (helped = placeBetween(items, triggers[ti - 1]!.idx, t.idx)) !== undefined) {
        // "L'Algérie a aidé la Tunisie en lui livrant du gaz", "ajudou a Tunísia enviando-lhe gás": the helper gives,
        // by the gerund, to the one helped (who is no subject of it).
        // (Only after a verb of helping: after "overtook", "angered", "caught", "watched" the object is no receiver,
        // and may be the gerund's own subject: "caught Iran shipping oil to China".)
        const mainVerb = triggers[ti - 1]!.idx;
        for (let k = Math.max(0, mainVerb - REACH); k < mainVerb; k++) {
          const r = roles[k];
          if (r && !items[k]!.paren && subjectLike(r)) {
            subject = k;
            break;
          }
        }
        if (subject === undefined) helped = undefined;
      } else if (appos) {
        subject = appos.subject;
      } else if (inheritedSubject !== undefined && !ownNounSubject && coordinatedStart(items, t.idx, t.mood) && (isComma(items[coordIdx(items, t.idx) - 1]) || !hasMarkIn(items, triggers[ti - 1]?.idx ?? inheritedSubject, t.idx, MB.rel))) {
        // ("..., cujo governo agradeceu e enviou": without a comma, not across a relative clause since the
        // previous verb.)
        // "a Argentina recebeu 500 bolivianos que passaram por Salta..., e acolheu 80 sírios": a
        // verb opened by "e"/"and" shares the first verb's subject, not a place of the clause between.
        subject = inheritedSubject;
      } else {
        let rel = false;
        let pronounInRelative = false;
        // ("Espanha, o primeiro país a responder ao pedido de Lisboa, enviou": a place subject set off by an
        // apposition opening with an article; the apposition's places are not the clause's.)
        const ap = articleApposition(items, Math.max(0, t.idx - 24), t.idx);
        if (ap !== undefined && roles[ap] && subjectLike(roles[ap]!)) subject = ap;
        for (let k = t.idx - 1; k >= L && subject === undefined; k--) {
          // ("Japan takes 80% of the catch, although Spanish producers have begun to sell": a clause of concession has a
          // subject of its own.)
          if (CONCESSIVE.has(items[k]!.lower)) break;
          // ("aterrizado en Bata, la mayor ciudad de Guinea Ecuatorial, … para entrenar": a place in an apposition on another place,
          // set off by commas and opening with an article, describes that place; it is no subject.)
          if (items[k]!.place && inPlaceApposition(items, k, t.idx)) continue;
          // ("..., adding to the Turkish drones it acquired in 2021": an English clause with no relative pronoun on goods,
          // whose pronoun subject is the main clause's.)
          if (lang === 'en' && (items[k]!.lower === 'it' || items[k]!.lower === 'they') && isCargo(items[k - 1])) {
            subject = subjectBack(k - 2, Math.max(0, k - REACH), false);
            break;
          }
          if (hasMark(items[k], MB.rel) && !items[k]!.paren) {
            // "..., que enviou": the subject is the antecedent of the relative pronoun, if it is a place;
            // otherwise ("o que ajudou") it is no place, and the discourse must not supply one.
            rel = true;
            // "..., onde militares portugueses treinam": the antecedent is a place where, not who.
            if (LOCATIVE_REL.has(items[k]!.lower)) break;
            let a = k - 1;
            if (hasMark(items[a], MB.det)) a--; // "o que"
            if (isComma(items[a])) {
              a--;
              // ("L'Algérie voisine, qui achète": past an adjective of the antecedent.)
              if (isPlain(items[a]) && !items[a]!.cap && items[a - 1]?.place) a--;
            }
            // ("a agência da União Europeia, com sede em Varsóvia, que transferiu": past the seat of the organisation.)
            if (roles[a]?.role === 'venue' && items[a]!.place!.via !== 'demonym') {
              let b = a - 1;
              while (b > Math.max(0, a - 5) && !isComma(items[b])) b--;
              // (the organisation's place may stand a few words before the comma: "the European Union's border agency,")
              if (isComma(items[b])) for (let q = b - 1; q >= Math.max(0, b - 4); q--) if (items[q]!.place) { a = q; break; }
            }
            // The antecedent is the subject whatever its role in the main clause: "..., produzida na
            // Noruega, que prometeu enviar", "to Moscow, which sent".
            if (items[a]?.place && roles[a] && (subjectLike(roles[a]!) || isComma(items[k - 1]))) subject = a;
            // "revendió parte del gasóleo que importa de Colombia": goods the relative clause is about are
            // its object; its subject is the clause's own.
            else if (isCargo(items[k - 1]) && !isComma(items[k - 1]) && inheritedSubject !== undefined && inheritedSubject < k) subject = inheritedSubject;
            // ("Etiopía ya opera drones turcos que compró en 2021": with no verb before, the main clause's subject, past the
            // goods' nationality.)
            else if (inheritedSubject === undefined && (isCargo(items[k - 1]) || (items[k - 1]?.place?.via === 'demonym' && isCargo(items[k - 2]))) && !SUBJECT_PRONOUNS.has(items[k + 1]?.lower ?? '')) {
              // (for a purchase, past a verb of using that ends windows: "A Ucrânia usou os drones turcos que comprou")
              subject = subjectBack(k - 1, Math.max(t.cls === 'receive' ? 0 : L, k - REACH), false);
              if (subject === undefined) noFill = true;
            } else if (SUBJECT_PRONOUNS.has(items[k + 1]?.lower ?? '')) {
              // "Egypt denied reports that it had shipped weapons": the pronoun is the main clause's subject.
              subject = subjectBack(k - 1, Math.max(0, k - REACH));
              if (subject === undefined) noFill = true;
            } else noFill = true;
            break;
          }
          // "Turkey, which backs the government in Tripoli, has sent": skip the relative clause.
          // ("Pakistan, which borders India, sent troops": so right before the verb.)
          // ("A Guiné Equatorial, onde decorreu a cimeira, vende petróleo a Espanha": a locative one right before the verb too.)
          if (isComma(items[k]) && (k < t.idx - 1 || relSubject !== undefined || (k === t.idx - 1 && locativeRelativeBefore(items, k)))) {
            // ("Angola, à qual Portugal comprou petróleo, vendeu", "from which", "a la que", "auquel": one opened by "to"
            // or "from" too; its own subject is none of the verb's.)
            if (relBefore && k === relBefore[1] && !hasMark(items[relBefore[0] + 1], MB.rel)) {
              const a = relBefore[0] - 1;
              if (items[a]?.place && roles[a] && subjectLike(roles[a]!)) subject = a;
              break;
            }
            let j = k - 1;
            while (j > L && !isComma(items[j]) && !hasMark(items[j], MB.rel)) j--;
            // ("Hokkaido, where most scallops are farmed, sells": a locative one too, past its closing comma.)
            if (hasMark(items[j], MB.rel) && isComma(items[j - 1])) {
              const a = items[j - 2];
              if (a?.place && roles[j - 2] && subjectLike(roles[j - 2]!)) subject = j - 2;
              break;
            }
          }
          // ("Turkey, which has supplied Ukraine with drones, said it would also send": a pronoun subject of the verb
          // stands for the place a relative clause before it is about, not for a place inside that clause.)
          // (A pronoun that opens a possessive relative clause, "aux Philippines, dont elle formera les équipages",
          // "às Filipinas, cujas tripulações ela formará", is that clause's subject: the main clause's, not a place before it.)
          if (SUBJECT_PRONOUNS.has(items[k]!.lower) && t.idx - k <= 4 && ownedRelative(items, k)) {
            pronounInRelative = true;
            break;
          }
          if (SUBJECT_PRONOUNS.has(items[k]!.lower) && t.idx - k <= 4) {
            const a = relativeAntecedent(items, roles, k);
            if (a !== undefined) {
              subject = a;
              break;
            }
          }
          const r = roles[k];
          if (!r || items[k]!.paren || (agentGap && k > agentGap[0] && k < agentGap[1])) continue;
          // "Havana's ally has stepped up deliveries": the ally, not Havana, acts.
          if (r.role === 'poss' && relationAfter(items, k, lang)) {
            noFill = true;
            break;
          }
          if (subjectLike(r)) {
            subject = k;
            break;
          }
          // "L'Institut de formation des imams, à Rabat, forme": a place set off by commas right before the
          // verb locates its subject, which acts for it.
          if ((r.role === 'to' || r.role === 'in') && (t.cls === 'send' || t.cls === 'train') && locatesSubject(items, k, t.idx)) {
            subject = k;
            break;
          }
          // ("In neighbouring Thailand, police extradited a South Korean man to Seoul", "En Tailandia, la policía deportó": a place
          // opening the clause locates the authority that acts, named by no place of its own.)
          if ((r.role === 'in' || r.role === 'to') && t.cls === 'deport' && authorityIn(items, L, k, t.idx)) {
            subject = k;
            break;
          }
        }
        // Coordinated or purpose verbs share the subject: "treinando ..., fornecendo", "para treinar".
        const purpose = t.mood === 'inf' && prepRole(items[t.idx - 1]) === 'to';
        // (Not past a word opening a clause of concession or contrast: "Japón absorbe el 80 %, aunque los productores españoles
        // han empezado a vender pescado a Estados Unidos" are the Spanish producers'.)
        if (subject === undefined && (!rel || pronounInRelative) && !ownNounSubject && (t.mood !== 'inf' || purpose) && !hasBefore(items, t.idx, L, t.idx - L, (x) => CONCESSIVE.has(x.lower))) subject = inheritedSubject;
        // "A União Europeia aprovou 20 milhões para financiar a missão": a purpose infinitive's subject is the
        // clause's, though its verb is no transfer.
        if (subject === undefined && !rel && purpose) {
          for (let k = L; k < t.idx && k <= L + 3; k++) {
            const r = roles[k];
            if (r && !items[k]!.paren && subjectLike(r)) { subject = k; break; }
          }
        }
      }
      // "Saudi Arabia, which has hosted talks in Jeddah, pledged": the subject before a relative clause.
      // (Auxiliaries may stand between: "Turkey, which backs the government, has sent".)
      let c = t.idx - 1;
      while (c > t.idx - 4 && c > 0 && hasMark(items[c], MB.aux | MB.passiveAux | MB.plan | MB.condAux)) c--;
      if (subject === undefined && isComma(items[c])) {
        for (let k = c - 1; k >= Math.max(1, t.idx - REACH); k--) {
          if (items[k]!.tok === 'punct' && items[k]!.lower === ';') break;
          if (hasMark(items[k], MB.rel) && isComma(items[k - 1]) && !LOCATIVE_REL.has(items[k]!.lower)) {
            const a = items[k - 2];
            if (a?.place && roles[k - 2] && subjectLike(roles[k - 2]!)) subject = k - 2;
            break;
          }
        }
      }
      if (subject !== undefined) inheritedSubject = subject;
    }

    // "A Ucrânia acusa a Bielorrússia de receber drones", "accused Belarus of supplying": the accused acts.
    if (!noun && (t.mood === 'inf' || t.mood === 'ger' || t.mood === 'part')) {
      // ("Rabat acusa al Frente Polisario de desviar parte de la ayuda": an accused that is no place leaves the verb no subject;
      // the accuser does not act.)
      const acc = accusedBefore(items, t.idx, lang);
      if (acc === null) subject = undefined;
      else if (acc !== undefined) subject = acc;
    }
    // One pass over each side of the window finds the nearest place in every role the classes use.
    let agentR: number | undefined;
    let fromRight: number | undefined;
    let originR: number | undefined;
    let toStrong: number | undefined;
    let toWeak: number | undefined;
    let inR: number | undefined;
    let afterIn: number | undefined;
    let bareR: number | undefined;
    let demonymR: number | undefined;
    let actorR: number | undefined;
    let ofR: number | undefined;
    let afterIdx: number | undefined;
    let visitorR: number | undefined;
    let leftR: number | undefined;
    /** A place "in" after a "to" with no known place of its own, before any other destination (see leftR). */
    let inAfterTo: number | undefined;
    let backR = false;
    // Places ranked with no preposition of agency: "devant la France", "seguida da China" (not "seguida pela China",
    // which is the agent).
    const rankedBare: number[] = [];
    /** A word of destination after a sending verb ("destinés", "bound for", "com destino a"). */
    let destAt = -1;
    for (let k = t.idx + 1; k <= R; k++) {
      const it = items[k]!;
      // ("vendeu trigo a moinhos brasileiros, e a China, cujas vendas…": a place opening a clause of its own ends the window.)
      if (it.place && k > t.idx + 1 && clauseConjunct(items, k)) break;
      if (afterIdx === undefined && hasMark(it, MB.after)) afterIdx = k;
      if (hasMark(it, MB.back)) backR = true;
      if (destAt < 0 && t.cls === 'send' && !it.place && (hasMark(it, MB.dest) || BOUND_PARTICIPLE.test(it.lower))) destAt = k;
      const r = roles[k];
      if (!r || it.paren) continue;
      // ("a maior parte chegava da Argentina e pelo porto chileno de Arica": a port goods come by is on their way; "a carga saiu
      // pelos portos de Santos e de Paranaguá" names where it left, but for no destination the sentence gives.)
      if (r.route && (t.cls === 'move' || (t.cls === 'leave' && !roles.some((x, j) => j > k && j <= R && x?.role === 'to')))) continue;
      // ("une tournée en Europe centrale qui le conduira ensuite en Slovaquie", "a tour of Central Europe": a continent or
      // world region right after a noun of a trip is its scope, no stop.)
      // (Only when a stop follows: "une tournée en Afrique de l'Ouest" alone goes there.)
      if (noun && t.cat === 'visit' && k <= t.idx + 3 && it.place && it.place.place.kind === 'other' && !it.place.place.country && hasBefore(items, items.length, k + 1, items.length - k - 1, (x) => !!x.place && !!x.place.place.country)) continue;
      if (r.ranked && (r.role === 'bare' || r.role === 'from' || r.role === 'of')) rankedBare.push(k);
      // What a leaving verb leaves: its first place object ("deixou o porto de Primorsk", "quitté la base d'Agadez"),
      // before any destination ("partiram para a Austrália ao abrigo do programa do Pacífico" leaves no ocean).
      // ("partiram hoje para Rukla, na Lituânia", "left for a base in Lithuania": past a "to" whose place the gazetteer does not know,
      // a place "in" locates that destination; it is not what was left.)
      // (Right after it: "embarcam para universidades estrangeiras ao abrigo do programa [...], anunciou hoje em Luanda" is no such place.)
      if (inAfterTo === undefined && leftR === undefined && toStrong === undefined && toWeak === undefined && r.role === 'in' && locatesDestination(items, t.idx, k)) inAfterTo = k;
      else if (leftR === undefined && toStrong === undefined && toWeak === undefined && (r.role === 'bare' || r.role === 'of' || r.role === 'from' || r.role === 'in')) leftR = k;
      switch (r.role) {
        case 'by':
          // "llevados a Panamá en un avión fletado por Canadá": the agent of another participle is not this verb's.
          if (!otherParticipleAgent(items, t.idx, k)) agentR ??= k;
          break;
        // ("enviou à Ucrânia mísseis encomendados à Alemanha": who sold the goods is not who sends them.)
        // ("compraron 210.000 toneladas, seguidos de Estados Unidos": a place ranked after "followed by" is none.)
        case 'from': if (!(r.seller && t.cls === 'send') && !r.ranked) fromRight ??= k; break;
        case 'of':
          // ("destinés aux camps de réfugiés de l'est du Tchad": past a word of destination, the place the goods are bound
          // for, not where the people named on the way come from.)
          if (destAt >= 0 && t.cls === 'send' && toStrong === undefined && toWeak === undefined) {
            toWeak = k;
            break;
          }
          if ((r.head === 'cargo' || r.head === 'trigger' || r.head === 'num') && !r.ranked) fromRight ??= k;
          if (!r.ranked) ofR ??= k;
          if (r.head === 'actor') visitorR ??= k;
          // ("depositou 3 mil milhões no banco central do Paquistão", "à la banque centrale du Pakistan": the place of
          // an institution that a preposition of place or direction governs is where the money goes.)
          if (t.cls === 'send' && !r.ranked) {
            const pr = institutionPrep(items, k);
            if (pr === 'in' && afterIdx === undefined) inR ??= k;
            else if (pr === 'to') toStrong ??= k;
          }
          break;
        case 'origin': originR ??= k; break;
        case 'to':
          // ("1 500 demandeurs d'asile hébergés à Montréal vers l'Ontario", "tanques comprados a Alemania": the place that a
          // later participle of another kind governs is where the goods are or came from, not where this verb sends them.)
          if (t.cls === 'send' && otherParticiple(items, roles, k, t.idx)) break;
          if (r.weak) toWeak ??= k;
          else toStrong ??= k;
          // "recibió al canciller iraní": an official received is a visitor.
          if (r.head === 'actor') visitorR ??= k;
          break;
        case 'in':
          // ("O café foi exportado pelo porto de Santos para a Alemanha": the port goods are sent by is where they leave, read as
          // the agent of the sending.)
          // (So is one abroad that goods are received or bought by: "Le Burkina importe par le port de Tema une partie de son carburant".)
          if (r.route && (t.cls === 'send' || (t.cls === 'receive' && routeAbroad(items, L, t.idx, k)))) {
            if (!otherParticipleAgent(items, t.idx, k)) agentR ??= k;
            break;
          }
          // ("levadas de Boa Vista, em Roraima, até Lethem": a place set off by commas that locates the one before it is no end.)
          if ((t.cls === 'send' || t.cls === 'move') && locatesPlaceBefore(items, k)) break;
          // ("remessas enviadas para Portugal pelos emigrantes em França", "sent by migrants in the United States": where the people
          // after "by" are is where the agent is.)
          if (byLocated(items, k) && !otherParticipleAgent(items, t.idx, k)) {
            agentR ??= k;
            break;
          }
          if (afterIdx === undefined) inR ??= k;
          // ("chega a Itaqui depois de transbordo na costa do Togo": where goods changed ships is on the way.)
          else if (!transitBetween(items, afterIdx, k)) afterIn ??= k;
          break;
        case 'bare': bareR ??= k; break;
        case 'demonym':
          demonymR ??= k;
          // ("formation de 40 sauveteurs par la Sécurité civile française", "training by the French civil protection
          // agency": a nationality on the body that trains, after "by", is the trainer, not a trainee.)
          if (t.cls === 'train' && byBody(items, k) && !otherParticipleAgent(items, t.idx, k)) agentR ??= k;
          break;
        case 'actor':
          actorR ??= k;
          visitorR ??= k;
          // ("enviado por el Gobierno británico": a nationality on an actor after "by" is the agent.)
          if (byActor(items, k) && !otherParticipleAgent(items, t.idx, k)) agentR ??= k;
          break;
        default: break;
      }
    }
    if (inR === undefined && toStrong === undefined) {
      for (let k = R + 2; k <= purposeEnd; k++) if (roles[k]?.role === 'in' && !items[k]!.paren) { inR = k; break; }
    }
    let agentL: number | undefined;
    let fromL: number | undefined;
    let originL: number | undefined;
    let possCand: number | undefined;
    let actorL: number | undefined;
    let subjL: number | undefined;
    let subjDemL: number | undefined;
    let demonymL: number | undefined;
    let ofSubjL: number | undefined;
    let inL: number | undefined;
    let originFarL: number | undefined;
    // "Unos 300 soldados chilenos, casi todos del Regimiento Sur, con base en Valdivia, llegaron": the
    // apposition's own places are not the clause's, and the words before it are as near as if it were not there.
    let gap = noun || passive ? undefined : appositionGap(items, t.idx, L) ?? agentGap;
    // ("El gigante asiático, que abrió una investigación contra la carne de cerdo de la Unión Europea, compró 560.000
    // toneladas": the places of a relative clause on the subject are none of the verb's.)
    if (!gap && !noun && relSubject !== undefined) gap = relBefore;
    // (Not one that names the nationality the counted word lacks: "600 migrants, pour la plupart des Tunisiens, sont arrivés".)
    if (gap && etreMove && items.slice(gap[0] + 1, gap[1]).some((x) => !!x.place)) gap = undefined;
    /** Past a colon, leftwards: an agent there is another clause's ("não entra pelo porto de Maputo: é desembarcada em Durban"). */
    let pastColon = false;
    for (let k = t.idx - 1; k >= L; k--) {
      if (items[k]!.lower === ':') pastColon = true;
      const r = roles[k];
      if (!r || items[k]!.paren) continue;
      // (Save the nationality of the people the aside is about: "60 000 migrants, en grande majorité éthiopiens,".)
      // (Nor where the aside says the subject comes from: "El cargamento de armas, procedente de Bulgaria, llegó a Cartagena", "The arms
      // shipment, which came from Bulgaria, arrived".)
      if (gap && k > gap[0] && k < gap[1] && !(r.role === 'origin' && items[k]!.place!.via === 'demonym' && r.head === 'cargo') && !(r.role === 'from' && !r.ranked && !r.seller)) continue;
      const d = gap && k < gap[0] ? t.idx - k - (gap[1] - gap[0] + 1) : t.idx - k;
      if (r.role === 'by' && !pastColon) agentL ??= k;
      if (d <= 6 && (r.role === 'from' || (r.role === 'of' && (r.head === 'cargo' || r.head === 'trigger' || r.head === 'num')))) fromL ??= k;
      // ("O petróleo é carregado no terminal de São Sebastião, no estado de São Paulo, e exportado para": where passive goods
      // were made or loaded, however far.)
      if ((passive || t.mood === 'part') && r.made) fromL ??= k;
      // ("Desde los puertos neerlandeses, buena parte del grano se reexporta a Alemania": a source fronted before a
      // comma at the sentence's start reaches its clause, however far the verb.)
      // (Goods only: "From Honduras, the Comfort is scheduled to sail to Cartagena" is a ship's route.)
      // (Not where a speaker is: "Desde Nueva York, el presidente anunció que Perú recibirá…".)
      if (r.role === 'from' && L === 0 && (t.cls === 'send' || t.cls === 'receive') && isComma(items[k + 1]) && frontedAt(items, k) && !hasBefore(items, t.idx, k + 1, t.idx - k - 1, (x) => hasTagMark(x, 'say') || COMPLEMENTIZERS.has(x.lower))) fromL ??= k;
      // ("New Zealand milk powder, butter and cheese were shipped": past the goods it names, however many.)
      // ("des obus suisses destinés aux chars Gepard auraient été livrés": past a short complement of the goods.)
      if (r.role === 'origin' && (d <= 6 || (r.head === 'cargo' && (goodsUpTo(items, k + 1, t.idx) || (d <= 9 && t.cls === 'send' && t.mood === 'part' && plainUpTo(items, k + 1, t.idx)))))) originL ??= k;
      if ((r.role === 'origin' && isVehicle(items[k - 1])) || ((r.role === 'bare' || r.role === 'of' || r.role === 'origin') && ownsVehicle(items, k))) originFarL ??= k;
      if (d <= 4 && (r.role === 'poss' || r.role === 'bare' || r.role === 'origin') && !(r.role === 'poss' && relationAfter(items, k, lang))) possCand ??= k;
      // ("Kenya's president began a tour of": a place owning an official is the official's, however far a noun of travel.)
      if (r.role === 'actor' || (r.role === 'of' && r.head === 'actor') || (noun && t.cls === 'move' && r.role === 'poss' && hasMark(items[k + 2], MB.actor) && !items[k + 2]!.place)) actorL ??= k;
      // (Not a partner after "with": "In talks with the Mongolian president, he signed a loan" is the pronoun's.)
      if (subjectLike(r) && !(r.role === 'poss' && relationAfter(items, k, lang)) && !(r.role === 'actor' && partnerWith(items, k))) subjL ??= k;
      if (r.role === 'demonym' || r.role === 'origin' || r.role === 'actor') subjDemL ??= k;
      if (r.role === 'demonym') demonymL ??= k;
      // ("Depuis la chute de Bukavu, 300 000 personnes ont fui": an event named after a place is when, not who.)
      // (An invasion of a country is where people flee from: "Since the invasion of Ukraine, 8 million people have fled".)
      const event = items[hasMark(items[k - 1], MB.det) ? k - 3 : k - 2]?.lower ?? '';
      if (r.role === 'of' && !(EVENT_NOUNS.has(event) && !/^inva/.test(event))) ofSubjL ??= k;
      if (r.role === 'in') inL ??= k;
    }
    let agent = agentR ?? (passive ? agentL : undefined);
    let alsoTo: number | undefined;
    let moreTo: number[] = [];
    // ("were shipped to China, followed by Australia and the United States": a passive's places ranked after a
    // destination are more destinations, not its agent.)
    if (t.cls === 'send' && passive && agent !== undefined && roles[agent]?.ranked && (followedBy(items, agent) || prepRole(items[agent - 1]) === 'by')) {
      alsoTo = agent;
      agent = undefined;
    }
    let alsoFrom: number | undefined;
    // ("Los 130 militares españoles regresaron en diciembre de la base de Ämari a Albacete": past a short phrase of time after a verb of
    // going, "de" a place, or a place noun of a place, is where they come from, as right after the verb.)
    if ((t.cls === 'move' || t.cls === 'leave') && !noun && fromRight === undefined && ofR !== undefined && ofR > t.idx) {
      let p = t.idx + 1;
      while (p < ofR && p <= t.idx + 4 && prepRole(items[p]) !== 'of' && !items[p]!.place && !items[p]!.trig && !items[p]!.cargo && items[p]!.tok !== 'punct') p++;
      let q = p + 1;
      while (q < ofR && (hasMark(items[q], MB.det | MB.geo) || prepRole(items[q]) === 'of')) q++;
      // (The phrase of time only: "em dezembro", "en 2024", "in the month"; not "venus travailler dans les fermes du Québec".)
      const time = p - 1 > t.idx + 1 && p - 1 <= t.idx + 3 && prepRole(items[t.idx + 1]) === 'in' && (TIME_NOUNS.has(items[p - 1]!.lower) || items[p - 1]!.tok === 'num') && (p - 1 === t.idx + 2 || hasMark(items[t.idx + 2], MB.det));
      if (time && p < ofR && prepRole(items[p]) === 'of' && q === ofR) fromRight = ofR;
    }
    // ("coltan dug at Rubaya, in eastern Congo's North Kivu province, were carried": where goods were made is the place right after the
    // word of making; the places after it locate that one.)
    if (fromL !== undefined && roles[fromL]?.made && !madeAt(items, fromL)) {
      for (let k = fromL - 1; k >= Math.max(L, fromL - 12); k--) {
        if (items[k]!.trig) break;
        if (roles[k]?.made && madeAt(items, k)) {
          fromL = k;
          break;
        }
      }
    }
    let from = fromRight ?? fromL;
    const objectR = bareR !== undefined && bareR <= t.idx + 2 ? bareR : undefined;
    const possL = lang === 'en' && noun ? possCand : undefined;
    const actorAny = actorL ?? actorR;
    // ("Ghana is one of the country's main sources of gold, and Indian refiners bought $3.8 billion of it from the West
    // African nation": after ", and", people named by their nationality right before the verb are its subject, not a
    // place of the clause before.)
    // ("Au Panama, le gouvernement a annoncé qu'un consortium sud-coréen investira": so after a verb of saying and its complementizer,
    // which open a clause of its own; not "tandis qu'".)
    if (!noun && !passive && subject !== undefined && subjDemL !== undefined && subjDemL > subject && nationalSubject(items, subjDemL, t.idx)) {
      for (let k = subject + 1; k < subjDemL; k++) {
        if ((isComma(items[k]) && hasMark(items[k + 1], MB.coord)) || (COMPLEMENTIZERS.has(items[k]!.lower) && hasTagMark(items[k - 1], 'say'))) {
          subject = undefined;
          break;
        }
      }
    }
    // A nationality in the subject: "Um navio de carga russo descarregou", "Chinese companies exported".
    const subjectDemonym = !noun && !passive && subject === undefined ? subjDemL : undefined;
    // The subject of the verb governing a nominalisation: "A Alemanha suspendeu as exportações de armas".
    // ("A Argélia continuou a vender gás a Espanha e aumentou as vendas a Itália": a place the verb before sent to, after a weak
    // "a", is no subject of a later transfer noun; that verb's sender is.)
    const prevP = pending[pending.length - 1];
    const nounSubject = noun ? (subjL !== undefined && subjL === prevDst && roles[subjL]?.role === 'to' && roles[subjL]?.weak && prevP && prevP.srcIdx >= 0 ? prevP.srcIdx : subjL) : undefined;

    let src: number | undefined;
    let dst: number | undefined;
    let givenBy: { at: number; gift: boolean } | undefined;
    let exporter: { at: number; goods: number; noun: number } | undefined;
    let srcActor = false;
    let dstActor = false;
    let srcCountry = false;
    /** A verb of crossing with no end named ("atravesando Azerbaiyán"): a route, no transfer. */
    let routeOnly = false;
    /** The helped place, when it is followed by what it is helped to do (its help is only goods named before the verb or given "with"). */
    let helpToDo: number | undefined;
    /** "Unos 30 pilotos filipinos recibieron formación": the count of people who undergo training. */
    let trainedCount: Quantity | null = null;
    /** People who give from abroad ("received $21 billion from its citizens in the United States"): givers, not goods. */
    let peopleGiver: number | undefined;
    switch (t.cls) {
      case 'send': {
        // "O governo colombiano pediu mais ajuda": whoever asks for the transfer receives it.
        const asked = noun && nounSubject !== undefined && hasBetween(items, nounSubject, t.idx, 'request');
        // "transferiu mercenários da Síria para a Líbia": an explicit origin (fromRight) beats the mover.
        // ("ces pièces avaient été acheminées par la Pologne": with no destination of its own, the agent of a
        // conveying verb is a route or a carrier of a transfer told elsewhere, not a sender.)
        const conveyed = passive && toStrong === undefined && toWeak === undefined && inR === undefined && compiled(lang).conveyWords.has(items[t.idx]!.lower);
        const byAgent = (passive || noun) && !conveyed ? agent : undefined;
        // ("comprou petróleo russo e os pagamentos...": the nationality of another clause's goods is not the noun's.)
        const nounOrigin = noun && originL !== undefined && !(roles[originL]?.head === 'cargo' && hasBetween(items, originL, t.idx, 'coord')) ? originL : undefined;
        // "Os emigrantes que vivem na Suíça mandaram…", "les travailleurs sénégalais établis en France ont
        // envoyé…": where the people or bodies of the subject are is where what they send leaves from.
        // ("os trabalhadores timorenses em quintas da Austrália enviaram": or a place "of" a plural noun of work or stay that "in" governs,
        // right before the verb.)
        const stayAt = passive || noun ? undefined : inL ?? workplaceBefore(items, roles, L, t.idx);
        const resident = stayAt !== undefined && t.idx - stayAt - asideBefore(items, stayAt, t.idx) <= 6 ? residentSubject(items, stayAt, L) : -1;
        const residentIn = resident >= 0 ? stayAt : undefined;
        // ("Los bolivianos en Argentina enviaron…": the nationality is the people's, not the sender's place; so is a country's name or
        // a nationality right before the people's noun, "Myanmar workers in Thailand remitted".)
        const sender = subject !== undefined && (subject === resident || (resident >= 0 && subject === resident - 1 && !!items[subject]!.place)) ? residentIn : subject;
        const ownFrom = fromRight !== undefined && purposeAt >= 0 && fromRight > purposeAt && sender !== undefined ? undefined : fromRight;
        // ("ajuda para os refugiados sudaneses no Chade", "aid for Sudanese refugees": the nationality of the people it is for
        // sends nothing.)
        const forPeople = (k: number | undefined): boolean => k !== undefined && beneficiaryNationality(items, k);
        src = first(byAgent, ownFrom, sender, from, forPeople(originR) ? undefined : originR, forPeople(nounOrigin) ? undefined : nounOrigin, passive ? originL : undefined, possL, noun && !asked ? nounSubject : undefined, residentIn, noun || passive ? undefined : subjectDemonym);
        // ("Portugal doou à Guiné-Bissau duas lanchas construídas em Viana do Castelo": a town in the giver's own country
        // where the goods were made is no sender; the giver is.)
        if (src !== undefined && src === fromRight && byAgent === undefined && sender !== undefined && sender < t.idx && madeAt(items, src) && countryAt(items, sender) === countryAt(items, src)) src = sender;
        srcActor = src !== undefined && (src === byAgent || src === subject || src === possL || src === nounSubject);
        // "enviou para Angola vacinas doadas por Portugal", "shipped to Angola vaccine donated by the Portuguese
        // government": a sender that is no place sends what the giver named by a giving participle on the goods gave.
        if (src === undefined && !passive && !noun) {
          givenBy = giverOfGoods(items, t.idx, Math.min(items.length - 1, t.idx + 16));
          if (givenBy) {
            src = givenBy.at;
            srcActor = true;
          }
        }
        // ("foi repartido entre o Japão e a Turquia": the places goods are shared out among.)
        // ("Os veículos que Praga cedeu a Kiev foram modernizados na Eslováquia": a weak "a" before the verb group of another
        // clause is the destination, not the place that clause names.)
        const inBeyond = inR !== undefined && toWeak !== undefined && toWeak < inR && hasMarkIn(items, toWeak, inR, MB.aux | MB.passiveAux);
        dst = first(toStrong, (lang === 'en' && !noun && !passive) || SHARED_OUT.test(items[t.idx]!.lower) ? objectR : undefined, inBeyond ? toWeak : inR, toWeak, asked ? nounSubject : undefined);
        // ("Os trabalhadores timorenses em quintas da Austrália e do Reino Unido enviaram para o país": "the country" people of a nationality
        // living abroad send to is their own, not the last place they live in.)
        const nationality = resident >= 0 ? [resident, resident + 1].find((k) => items[k]?.place?.via === 'demonym') : undefined;
        if (residentIn !== undefined && src === residentIn && dst !== undefined && items[dst]!.place!.via === 'anaphor' && nationality !== undefined && countryAt(items, nationality) !== countryAt(items, residentIn)) dst = nationality;
        // "Peru's zinc exports fell, while shipments to China grew": a transfer noun with no giver sends
        // from the exporter the sentence opened with.
        // (Only a trade or shipment noun, not aid, money or troops; and only with no goods of its own, below.)
        // (A shipment noun defaults to aid but names no goods itself: "os embarques"; "aid" itself is goods.)
        if (noun && dst !== undefined && (t.cat === undefined || t.cat === 'other' || hasMark(items[t.idx], MB.pack) || (t.cat === 'aid' && !items[t.idx]!.cargo))) {
          if (sentenceExporter === undefined) sentenceExporter = exporterIn(items, roles) ?? null;
          if (sentenceExporter && sentenceExporter.noun < t.idx) exporter = sentenceExporter;
        }
        if (asked && dst === nounSubject) noFill = true;
        // ("O Luxemburgo, parceiro histórico do país, anunciou um donativo": a noun's giver is the apposition's subject.)
        if (noun && appos && src === undefined) {
          src = appos.subject;
          srcActor = true;
        }
        if (dst === undefined && appos?.owner !== undefined && (src === subject || src === appos.subject)) {
          dst = appos.owner;
          dstActor = true;
        }
        // "apreendeu em Foz do Iguaçu 40 fuzis contrabandeados do Paraguai": goods sent from one country and
        // found in a place of another came to it.
        if (dst === undefined && passive && t.mood === 'part' && src !== undefined && inL !== undefined && inL < src) {
          if (countryAt(items, inL) !== countryAt(items, src)) dst = inL;
        }
        // ("El Salvador encerró en su cárcel a 250 presos enviados por Estados Unidos", "Ukraine fired missiles supplied by the
        // United States": goods an agent sent to nowhere named are with the place the clause holding them opens with.)
        if (dst === undefined && passive && t.mood === 'part' && src !== undefined && src === byAgent && isCargo(items[t.idx - 1])) {
          const h = holderSubject(items, roles, L, t.idx - 1);
          if (h !== undefined && countryAt(items, h) !== countryAt(items, src)) {
            dst = h;
            dstActor = true;
          }
        }
        // ("Los nepalíes en el extranjero enviaron 11.000 millones de dólares a su país", "Nepalis abroad sent home": nationals abroad send
        // to their own country, from no place named; a later sentence may name where, "Malasia y Catar concentran la mayor parte de
        // esos envíos".)
        // ("Los trabajadores nepalíes enviaron a su país", "sent to their country": so do nationals sending to their own country.)
        const toOwnCountry = dst !== undefined && src !== undefined && countryAt(items, dst) === countryAt(items, src) && POSSESSIVES.has(items[dst - 1]?.lower ?? '');
        if (src !== undefined && src === subjectDemonym && !passive && !noun && (abroadAfter(items, src) || toOwnCountry) && (dst === undefined || countryAt(items, dst) === countryAt(items, src))) {
          dst = src;
          src = undefined;
          dstActor = true;
        }
        // People of one country sending from another, to nowhere named, send home: from where they send
        // ("trabajadores ecuatorianos enviaron dinero desde España"), from where they live, read above as the
        // source ("Los venezolanos que viven en Colombia enviaron…"), or from where the subject's nationals
        // live ("Des émigrés sénégalais installés en Espagne ont transféré...", "Venezuelans living in Colombia
        // sent..."). Their nationality is the people's own word or the subject's.
        if (dst === undefined && src !== undefined) {
          const people = src === residentIn && items[resident]?.place?.via === 'demonym' ? resident : subjectDemonym;
          const abroad =
            src === residentIn || (src === fromRight && !passive && !noun && people !== undefined && qualifiesPeople(items, people))
              ? src
              : src === subjectDemonym && inL !== undefined && inL > src
                ? inL
                : undefined;
          const home = people !== undefined && abroad !== undefined ? countryAt(items, people) : undefined;
          if (home && countryAt(items, abroad!) !== home) {
            dst = people;
            src = abroad;
            srcActor = false;
            dstActor = true;
          }
        }
        // ("Remittances sent home by Mexicans living in the United States", "las remesas enviadas por los mexicanos
        // residentes en Estados Unidos": an agent named by its nationality and placed in another country sends from where
        // it lives to its own, not to where it lives.)
        if (byAgent !== undefined && src === byAgent && dst === inR && inR !== undefined && items[byAgent]!.place?.via === 'demonym' && residentsIn(items, inR, byAgent - 1) === byAgent && countryAt(items, byAgent) !== countryAt(items, inR)) {
          src = inR;
          dst = byAgent;
          srcActor = false;
          dstActor = true;
        }
        // ("Remittances from Mexicans in the United States", "las remesas de los mexicanos en Estados Unidos": so does a money
        // noun's own people of a nationality placed in another country.)
        // (Remittances only: "os investimentos portugueses em Angola" are invested where they are.)
        else if (noun && REMITTANCES.test(items[t.idx]!.lower) && src !== undefined && src > t.idx && (dst === undefined || dst === inR) && inR !== undefined && items[src]!.place?.via === 'demonym' && [src, src + 1].includes(residentsIn(items, inR, src - 1)) && countryAt(items, src) !== countryAt(items, inR)) {
          dst = src;
          src = inR;
          srcActor = false;
          dstActor = true;
        }
        // ("as remessas dos emigrantes instalados em França", "remittances from migrants living in Spain": emigrants named by no
        // nationality send from where they live, home to the country the story is about, filled from the discourse.)
        else if (noun && REMITTANCES.test(items[t.idx]!.lower) && src === undefined && inR !== undefined && inR > t.idx && (dst === undefined || dst === inR) && residentsIn(items, inR, t.idx) > t.idx) {
          src = inR;
          dst = undefined;
          srcActor = false;
          remitters = true;
        }
        break;
      }
      case 'receive':
        // "unos 200 exmilitares fueron reclutados para combatir en Ucrania": with no recruiter
        // named, recruits go where they are to fight.
        if (t.sense === 'enlist' && purposeEnd > t.idx && agent === undefined && (passive || subject === undefined) && originL !== undefined) {
          // ("pour combattre au Tchad": "au" may read as "to".)
          let at = inR !== undefined && inR > t.idx ? inR : undefined;
          for (let k = R + 1; at === undefined && k <= purposeEnd; k++) if ((roles[k]?.role === 'in' || roles[k]?.role === 'to') && !items[k]!.paren) at = k;
          if (at !== undefined) {
            src = originL;
            dst = at;
            srcCountry = true;
            break;
          }
        }
        if (!passive && subject === undefined && originL !== undefined && windowHas(items, t.idx + 1, R, 'training')) {
          // "4.000 soldados ucranianos han recibido instrucción en Toledo": trainees receive, the country
          // where they are trained gives.
          dst = originL;
          src = first(from, inR);
          srcCountry = true;
          break;
        }
        // "des armes achetées en Floride", "grain bought in Ukraine": a bare participle on the cargo, with no
        // buyer named, is located where the goods were bought, their origin, not where they went.
        // (Also "as armas foram compradas nos Estados Unidos": bought there by no one named, they come from there.)
        if (t.mood === 'part' && agent === undefined && inR !== undefined && (subject === undefined || passive) && (!hasMark(items[t.idx - 1], MB.passiveAux) || passive)) {
          src = inR;
          break;
        }
        // "As tropas ucranianas receberam tanques dos EUA": the nationality of the receiving subject.
        // "las importaciones argentinas de fertilizantes procedentes de Marruecos": the importer's nationality.
        // ("Indian imports of Russian oil": in English the nationality stands before the noun.)
        // ("las compras uruguayas de productos chinos": so before goods of another nationality.)
        const goodsOrigin = noun && originR === t.idx + 1 ? originOfGoodsAfter(roles, originR, R) : undefined;
        const importer = !noun
          ? undefined
          : originR !== undefined && originR === t.idx + 1 && ((fromRight !== undefined && fromRight !== originR) || (goodsOrigin !== undefined && countryAt(items, goodsOrigin) !== countryAt(items, originR)))
            ? originR
            : lang === 'en' && originL !== undefined && originL === t.idx - 1 && (fromRight ?? originR) !== undefined
              ? originL
              : undefined;
        const frame = frameIn(items, roles, L);
        // "A China comprou 110 mil toneladas, seguida pelos Estados Unidos e pelo Chile": the places after
        // "followed by" are more buyers, not sellers.
        // ("importou a soja do Brasil, seguida pelos Estados Unidos": after a source they are more sources.)
        if (agent !== undefined && (followedBy(items, agent) || !!roles[agent]?.ranked)) {
          if (from !== undefined) alsoFrom = agent;
          else alsoTo = agent;
          agent = undefined;
        }
        // ("Le Maroc en a absorbé près d'un quart, devant la France": so is a ranked place with no preposition;
        // "A Bélgica absorveu 38 mil toneladas, seguida da China": or after "de".)
        else if (agent === undefined && rankedBare.length > 0 && from === undefined && toStrong === undefined) {
          alsoTo = rankedBare[0];
          moreTo = rankedBare.slice(1);
        }
        // "La Marina chilena recibió dos lanchas donadas por Japón": the giver named on the goods (then, as
        // with a source, the nationality of the subject receives).
        if (!passive && !noun && from === undefined && agent === undefined) givenBy = giverOfGoods(items, t.idx, Math.min(items.length - 1, t.idx + 16));
        // ("Refiners in South Korea took four cargoes", "Os importadores na China compraram": buyers the subject places
        // somewhere receive there.)
        const buyersIn = !passive && !noun && inL !== undefined ? locatedSubject(items, L, inL) : undefined;
        // ("A compra de 40 caças à Suécia pelo Brasil", "the purchase of jets from Sweden by Brazil": a purchase noun's agent,
        // after its seller, buys; not "a compra de obuses produzidos por empresas ucranianas".)
        // ("Chinese importers bought Brazilian soybeans": goods of another nationality after the verb name the seller, so the
        // nationality before it is the buyer's, as with a source.)
        // ("Les importateurs chinois ont acheté du soja brésilien": so is the nationality of the subject's traders, in Romance order.)
        const buyerNationality = !passive && !noun && originR !== undefined && originR > t.idx ? [originL, subjDemL !== undefined && subjDemL < t.idx && roles[subjDemL]?.role === 'demonym' ? subjDemL : undefined].find((k) => k !== undefined && countryAt(items, k) !== countryAt(items, originR)) : undefined;
        // ("las compras argentinas de gas a Bolivia": a nationality right after a purchase noun is the buyer's, not the goods'.)
        const buyersNoun = noun && originR === t.idx + 1 && PT_BUY_NOUN.test(items[t.idx]!.lower);
        // ("la compra por parte de España de 24 aviones de fabricación turca", "the purchase by Spain of": so is an agent right after
        // the noun.)
        const buyerAgent = noun && agent !== undefined && agent > t.idx && agent - t.idx <= 4 && !items.slice(t.idx + 1, agent).some((x) => x.place || x.cargo);
        // ("la compra por parte de España", "l'achat de la part de la France": "on the part of", which names a giver after a noun of
        // giving, names the buyer after one of buying.)
        const onThePart = noun && fromRight !== undefined && fromRight > t.idx && fromRight - t.idx <= 3 && ON_THE_PART.test(items[hasMark(items[fromRight - 1], MB.det) && prepRole(items[fromRight - 1]) === null ? fromRight - 2 : fromRight - 1]?.lower ?? '') ? fromRight : undefined;
        if (onThePart !== undefined && from === onThePart) from = undefined;
        dst = first(onThePart, passive || (noun && agent !== undefined && ([toStrong, toWeak, fromRight].some((k) => k !== undefined && k > t.idx && k < agent!) || buyerAgent)) ? agent : subject, importer, buyersNoun ? originR : undefined, !passive && !noun && (from !== undefined || agent !== undefined || givenBy) ? originL : undefined, buyerNationality, inR, noun ? nounSubject : undefined, frame, buyersIn);
        // ("Imports of gas from Russia into Germany fell", "Imports of Russian gas into Germany": an import noun goes into the place
        // its "into" names.)
        const into = first(toStrong, toWeak);
        if (dst === undefined && noun && lang === 'en' && IMPORT_NOUN.test(items[t.idx]!.lower) && into !== undefined && into > t.idx && items[into - 1]?.lower === 'into') dst = into;
        dstActor = dst !== undefined && dst !== inR && dst !== frame;
        // ("Australia operates 75 tanks bought from the United States": goods bought from a place, in the object of a verb whose
        // clause opens with another place, were bought by it.)
        if (dst === undefined && passive && t.mood === 'part' && from !== undefined && isCargo(items[t.idx - 1])) {
          const h = holderSubject(items, roles, L, t.idx - 1);
          if (h !== undefined && countryAt(items, h) !== countryAt(items, from)) {
            dst = h;
            dstActor = true;
          }
        }
        // ("a frigate ordered from China, Pakistan's largest arms supplier": with no buyer named, the place the seller's
        // apposition supplies buys.)
        if (dst === undefined && from !== undefined) {
          const o = trailingSupplierOwner(items, roles, from, lang);
          if (o !== undefined) {
            dst = o;
            dstActor = true;
          }
        }
        // "acheter à X", "comprar a X", "encomendados ao Brasil": bought from X (in the Romance languages).
        // "recebeu caças doados pela Dinamarca": the donor.
        // (Not goods "destinados à Ucrânia", "destinés à", "destinados a": that is where they go.)
        // ("comprou 36 obuses a Israel", "a compra de tanques à Rússia": in Portuguese, "a" before a country named without
        // an article is the preposition, and a purchase noun buys from its "a"/"à" too.)
        // ("las compras de gas a Bolivia": so in Spanish.)
        const ptBuy = (lang === 'pt' || lang === 'es') && (noun ? PT_BUY_NOUN : BUY).test(items[t.idx]!.lower);
        // (Not the article of a new clause's subject: "comprou petróleo, e a Rússia vendeu armas".)
        const clauseSubject = (k: number): boolean => {
          const nx = items[k + 1];
          return isComma(items[k - 2]) || hasMark(items[k - 2], MB.coord) || (!!nx && (!!nx.trig || hasMark(nx, MB.aux | MB.condAux | MB.neg | MB.plan | MB.passiveAux)));
        };
        const sellerAt = toStrong ?? (ptBuy && toWeak !== undefined && toWeak > t.idx && !clauseSubject(toWeak) ? toWeak : undefined);
        const seller = sellerAt !== undefined && (lang === 'fr' || lang === 'es' || (lang === 'pt' && (!noun || ptBuy))) && !hasBefore(items, sellerAt, t.idx + 1, 3, (x) => DESTINED.test(x.lower)) && !hasBefore(items, sellerAt, t.idx + 1, 2, (x) => TOWARDS.has(x.lower)) ? sellerAt : undefined;
        // ("los aviones comprados por Chile a Noruega": the buyer named as the agent receives; the seller gives.)
        src = first(from, dst === originR || buyersNoun ? undefined : originR, dst === importer ? goodsOrigin : undefined, dst === originL ? undefined : originL, dst === agent ? undefined : agent, seller, givenBy?.at, noun && !hasBefore(items, t.idx + 1, L, 14, (x) => CONTRACT.test(x.lower)) ? undefined : contractPartner(items, roles, L, t.idx), appos?.seller);
        // "importou 40 mil toneladas de sal grosso da Namíbia": goods the lexicon does not know leave "de X"
        // read as "of"; after a verb of importing it is where they come from.
        // ("comprou 1,1 milhão de toneladas do Brasil": so after a verb of buying.)
        if (src === undefined && !noun && lang !== 'en' && (t.cat === 'other' || (t.cat === undefined && t.sense === undefined)) && ofR !== undefined && ofR !== dst) src = ofR;
        // ("adquirir 250 mil toneladas no mercado brasileiro": bought in a market, from its country.)
        if (src === undefined && inR !== undefined && roles[inR]?.market && inR !== dst) src = inR;
        // ("Guatemala received $21.5 billion from its citizens in the United States", "recebeu 200 milhões dos seus emigrantes em
        // Portugal": people who give from another country give from where they are.)
        if (!passive && !noun && dst !== undefined && inR !== undefined && inR > t.idx && inR !== dst) {
          const g = peopleIn(items, inR, t.idx);
          if (g >= 0 && (src === undefined || src === g) && countryAt(items, inR) !== countryAt(items, dst)) {
            src = inR;
            peopleGiver = g;
          }
        }
        break;
      case 'seize':
        // "ont saisi à Marseille du cannabis arrivé d'Algérie", "decomisó en Algeciras cocaína procedente de
        // Ecuador": the seized goods came from their origin to where they were found (or to the seizer).
        dst = first(inR, toStrong, toWeak, passive ? agent : subject, subjectDemonym, passive ? undefined : ofSubjL);
        dstActor = dst !== undefined && dst !== inR && dst !== toStrong && dst !== toWeak;
        src = first(from, originR, originL);
        // ("Police seized two Vietnamese fishing boats caught with nine tonnes of sea cucumber": the nationality of a seized
        // vessel is its flag, no place its catch or cargo came from.)
        // ("incautó dos lanchas ecuatorianas": the nationality after the vessel, in the Romance languages; not "200 Chinese cars
        // smuggled through Manzanillo", goods of a make.)
        if (src !== undefined && src !== from && items[src]!.place?.via === 'demonym' && [src - 2, src - 1, src + 1, src + 2].some((k) => VESSEL.test(items[k]?.lower ?? '') || CRAFT.test(items[k]?.lower ?? ''))) src = undefined;
        noFill = true;
        break;
      case 'withdraw':
        src = first(from, inR);
        // ("Les troupes syriennes se sont retirées du Liban": troops named by their nationality go home.)
        // ("the withdrawal of French troops from Mali", "Washington completed the withdrawal of its troops":
        // the noun's troops go home to their nationality, else to the clause's subject.)
        dst = noun ? first(toStrong, originR, nounSubject) : first(toStrong, passive ? agent : subject, passive ? undefined : subjectDemonym);
        dstActor = dst === subject || (noun && dst === nounSubject);
        // "32 brasileiros e familiares palestinos retirados de Gaza": people taken out, named by a nationality
        // just before the participle that is not the place's, go home.
        // (An arrival verb in the sentence says where they go: "pousou em Guarulhos com 229 brasileiros retirados do Líbano".)
        if (dst === undefined && t.mood === 'part' && src !== undefined && !triggers.some((x) => x.cls === 'move')) {
          for (let k = t.idx - 1; k >= Math.max(L, t.idx - 6) && dst === undefined; k--) {
            const r = roles[k];
            if (items[k]!.place?.via === 'demonym' && r?.role === 'origin' && countryAt(items, k) !== countryAt(items, src)) dst = k;
          }
        }
        break;
      case 'train': {
        // "..., técnicos rusos formarán a ...": trainers named by nationality right before the verb are its
        // subject, whatever place the clause named earlier.
        let near: number | undefined;
        if (!passive && !noun) {
          let k = t.idx - 1;
          while (k > L && hasMark(items[k], MB.aux | MB.plan | MB.condAux)) k--;
          if (roles[k]?.role === 'origin' && isCargo(items[k - 1]) && (subject === undefined || subject < k)) near = k;
          // ("Indian instructors trained 500 Vietnamese sailors": in English the nationality comes before the trainers.)
          else if (k > 0 && TRAINERS.test(items[k]?.lower ?? '') && items[k - 1]?.place?.via === 'demonym' && (subject === undefined || subject < k - 1)) near = k - 1;
        }
        // ("a força treinou três semanas com instrutores dos carabinieri italianos", "the unit trained with French instructors": who
        // trains "with" instructors of a nationality is trained by them.)
        const withTrainers = !noun ? trainersWith(items, t.idx, R) : undefined;
        if (withTrainers !== undefined) {
          // (Where they train, a place of the trainers' country, is the end: "with the Dutch navy at Den Helder".)
          const at = inR !== undefined && inR > withTrainers && countryAt(items, inR) === countryAt(items, withTrainers) ? inR : undefined;
          src = at ?? withTrainers;
          srcCountry = at === undefined;
          const trainee = subject ?? originL ?? subjDemL;
          dst = trainee !== undefined && trainee < t.idx && countryAt(items, trainee) !== countryAt(items, withTrainers) ? trainee : undefined;
          dstActor = true;
          break;
        }
        // ("40 pilotes marocains en formation sur F-16 dans l'Arizona", "Moroccan pilots in training in Arizona": people of a
        // nationality "in training" are trainees, trained where they are, by a place of another country.)
        // (French "au"/"en" before a country, "à" before a town: "in" too.)
        const frenchIn = lang === 'fr' && toStrong !== undefined && AU_EN.has(items[toStrong - 1]?.lower ?? '') ? toStrong : undefined;
        const frenchAtTown = lang === 'fr' && toStrong !== undefined && items[toStrong - 1]?.lower === 'à' && items[toStrong]!.place!.place.kind === 'city' ? toStrong : undefined;
        const trainedIn = inR ?? frenchIn;
        if ((noun || items[t.idx]!.lower === 'training') && originL !== undefined && originL >= t.idx - 4 && IN_TRAINING.has(items[t.idx - 1]?.lower ?? '') && trainedIn !== undefined && countryAt(items, trainedIn) !== countryAt(items, originL)) {
          src = trainedIn;
          dst = originL;
          dstActor = true;
          break;
        }
        // "Ghanaian cadets will train in Morocco": with no object, the subject trains (is trained) where it goes.
        // ("Sesenta maquinistas tanzanos se formaron durante cuatro meses en Corea", "formaram-se", "se sont formés": so does one that
        // trains itself, wherever the place stands in its clause.)
        const trainsItself = lang !== 'en' && !noun && reflexiveAt(items, t.idx);
        const selfTrainee = originL ?? (trainsItself && subjDemL !== undefined && subjDemL < t.idx && roles[subjDemL]?.role === 'demonym' ? subjDemL : undefined);
        if ((!passive || trainsItself) && !noun && near === undefined && subject === undefined && selfTrainee !== undefined && inR !== undefined && (prepRole(items[t.idx + 1]) === 'in' || trainsItself)) {
          src = inR;
          srcCountry = true;
          dst = selfTrainee;
          dstActor = true;
          break;
        }
        // "25 técnicos moçambicanos concluíram uma formação na Índia", "Nigerian pilots completed conversion training
        // in Sardinia": people who complete or undergo training are trained, by the place (of another country)
        // where they train.
        // (Not trainers who begin it: "instrutores russos iniciaram uma formação no Mali".)
        // ("garde-côtes libyens ont achevé une formation": or a body of people named by its nationality.)
        // ("Trente-huit marins libyens doivent en outre suivre à partir de septembre une formation": people named by their nationality
        // before a verb of undergoing, however far that verb stands from the training.)
        const traineesL = originL ?? undergoingNationals(items, roles, L, t.idx) ?? (subjDemL !== undefined && roles[subjDemL]?.role === 'demonym' && hasMark(items[subjDemL - 1], MB.actor | MB.benef) ? subjDemL : undefined);
        const trainers = traineesL !== undefined && [traineesL - 1, traineesL + 1].some((k) => TRAINERS.test(items[k]?.lower ?? ''));
        // ("Des officiers sénégalais ont suivi en Côte d'Ivoire une formation": the place may stand before the training.)
        // ("une formation sur F-16 au Danemark": French "au"/"en" before a country is "in".)
        // ("uma formação ministrada por instrutores russos": trainers named by nationality after "by" train, wherever.)
        const byTrainers = trainersBy(items, t.idx, R);
        // ("suivre une formation de deux mois à Tarente".)
        const trainedAt = byTrainers ?? inR ?? (inL !== undefined && traineesL !== undefined && inL > traineesL ? inL : undefined) ?? frenchIn ?? frenchAtTown;
        // (Not when the training's object names trainees of another country: "militares brasileiros fizeram a formação de
        // 300 soldados angolanos" are the trainers.)
        // (A nationality after "par"/"by" is the trainers': "dispensée par des instructeurs ivoiriens".)
        const otherTrainees = traineesL !== undefined && trainedNationality(items, t.idx, R, countryAt(items, traineesL));
        if (noun && traineesL !== undefined && trainedAt !== undefined && !trainers && !otherTrainees && hasBefore(items, t.idx, traineesL + 1, 6, (x) => UNDERGO.test(x.lower)) && countryAt(items, trainedAt) !== countryAt(items, traineesL)) {
          src = trainedAt;
          // (Training at several places of one country is that country's: "en Zaragoza, y en la Academia de Toledo".)
          if (trainedAt === byTrainers) srcCountry = true;
          else for (let k = trainedAt + 1; k <= Rmax; k++) if ((roles[k]?.role === 'in' || roles[k]?.role === 'of') && items[k]!.place!.place.id !== items[trainedAt]!.place!.place.id && countryAt(items, k) === countryAt(items, trainedAt)) srcCountry = true;
          dst = traineesL;
          dstActor = true;
          if (isCargo(items[traineesL - 1]) || hasMark(items[traineesL - 1], MB.actor | MB.benef)) trainedCount = quantityAt(items, traineesL - 1, decimalComma);
          // ("About 100 Vietnamese sailors": in English the people follow their nationality.)
          else if (isCargo(items[traineesL + 1])) trainedCount = quantityAt(items, traineesL + 1, decimalComma);
          break;
        }
        // ("22 pilotos brasileiros já concluíram o treinamento na base aérea de Såtenäs, no sudoeste do país nórdico": people who
        // complete training where no place of another country is named are still its trainees; the trainer is left to the
        // discourse.)
        if (noun && traineesL !== undefined && trainedAt === undefined && !trainers && !otherTrainees && hasBefore(items, t.idx, traineesL + 1, 6, (x) => UNDERGO.test(x.lower))) {
          dst = traineesL;
          dstActor = true;
          if (isCargo(items[traineesL - 1]) || hasMark(items[traineesL - 1], MB.actor | MB.benef)) trainedCount = quantityAt(items, traineesL - 1, decimalComma);
          break;
        }
        // ("Chinese officers have been training local forces": the trainers' nationality, past auxiliaries.)
        // ("la formation d'officiers béninois dans les écoles militaires rwandaises", "at Rwandan military academies": schools of a
        // nationality where the training happens train, whoever signed for it.)
        const schools = schoolNationality(items, t.idx, R);
        // ("Les États-Unis ont suspendu en juillet leur programme de formation des forces spéciales béninoises": a training noun a
        // verb of suspending governs, with no trainer of its own, is the clause's subject's.)
        const halted = noun && hasBefore(items, t.idx, Math.max(L, t.idx - 6), 6, (x) => hasMark(x, MB.suspend));
        // ("Quarante-cinq sous-mariniers indonésiens seront formés à Brest".)
        src = passive ? first(agent, byDemonym(items, roles, t.idx, R), schools, inR, frenchAtTown) : first(agent, schools, near, subject, originL, possL, subjectDemonym, halted ? nounSubject : undefined);
        srcActor = true;
        // "um acordo para treinar pilotos argentinos em bases francesas": with no trainer named, where they train.
        if (src === undefined && !passive && inR !== undefined) {
          src = inR;
          srcCountry = true;
        }
        // ("The aircraft, assembled in Seville, Spain, [...] and Kazakh pilots will be trained there": "there" after the verb is
        // the place named last before it, of another country than the trainees'.)
        if (src === undefined && passive && (THERE_TO.has(items[t.idx + 1]?.lower ?? '') || THERE_TO.has(items[t.idx + 2]?.lower ?? ''))) {
          const tc = originL !== undefined ? countryAt(items, originL) : subjDemL !== undefined ? countryAt(items, subjDemL) : undefined;
          for (let k = t.idx - 1; k >= 0 && src === undefined && tc !== undefined; k--) {
            const r = roles[k]?.role;
            if (items[k]!.place && r !== 'demonym' && r !== 'origin' && countryAt(items, k) !== tc) src = k;
          }
          srcCountry = src !== undefined;
        }
        // "Os pilotos do Chile serão formados em Lisboa": the trainees' country; where they train is the
        // trainer's only outside it ("... e em Walvis Bay" trains no one).
        // ("About 60 Azerbaijani pilots and technicians have already been trained by": the subject's
        // nationality, however long the list of trainees.)
        // ("un équipage de 45 marins sénégalais, formés à Lorient": a participle set off after the trainees' nationality.)
        const setOff = t.mood === 'part' && isComma(items[t.idx - 1]) && items[t.idx - 2]?.place?.via === 'demonym' ? t.idx - 2 : undefined;
        // ("former des techniciens calédoniens à Perth", "treinar técnicos angolanos em Lisboa": trainees named by their nationality
        // are trained, wherever the training happens.)
        const traineesR = (): number | undefined => (originR !== undefined && originR > t.idx && (traineeWord(items[originR - 1]) || traineeWord(items[originR + 1])) ? originR : undefined);
        // ("Quarante-cinq marins sénégalais, formés à Lorient": the nationality read as the trainer is the trainees'; the
        // place after the participle, of another country, trains them.)
        if (setOff !== undefined && src === setOff) {
          const at = first(inR, toStrong);
          src = at !== undefined && at > t.idx && countryAt(items, at) !== countryAt(items, setOff) ? at : undefined;
        }
        dst = passive
          ? first(originL, demonymL, ofSubjL, toStrong, subjDemL !== undefined && roles[subjDemL]?.role === 'origin' && subjDemL !== src ? subjDemL : undefined)
          : first(objectR, bareR, traineesR(), toStrong, toWeak, originR, ofR, demonymR, actorObject(items, t.idx, actorR, agentR));
        if (setOff !== undefined && (dst === undefined || dst === toStrong)) dst = setOff;
        // (the schools' nationality trains; the trainees are the nationality before it)
        if (schools !== undefined && dst === schools) {
          dst = undefined;
          for (let k = t.idx + 1; k < schools; k++) if (items[k]!.place?.via === 'demonym' && (traineeWord(items[k - 1]) || traineeWord(items[k + 1]))) { dst = k; break; }
        }
        dstActor = true;
        // ("180 Pakistani sailors who trained for five months at a naval base on Turkey's coast": people of a nationality who
        // train with no one trained after the verb are trainees; a place of another country after it trains them.)
        // (English, with a preposition right after the verb: "técnicos rusos formarán a una treintena de ingenieros" trains.)
        // ("300 pilotos sauditas formaram-se em Portugal", "los marinos saudíes se han formado en Ferrol": so is a Romance
        // reflexive verb of training.)
        const intransitive = lang === 'en' ? INTRANSITIVE_NEXT.has(items[t.idx + 1]?.lower ?? '') : reflexiveAt(items, t.idx);
        // (The subject's nationality past a relative clause on it too: "los marinos saudíes que operarán las corbetas se han formado".)
        // ("Uzbekistán, cuyas tripulaciones se formaron en la ciudad": or the owner of the people a possessive relative names.)
        const owner = src !== undefined && src < t.idx && isComma(items[src + 1]) && POSSESSIVE_REL.has(items[src + 2]?.lower ?? '') && (peopleNoun(items, src + 3, src + 3) || (isPlain(items[src + 3]) && !items[src + 3]!.cap));
        // ("Saudi Arabia has sent 40 pilots to train on the Typhoon at Decimomannu": so are people, no instructors, a sending before
        // the verb of purpose sent.)
        const before = triggers[ti - 1];
        const sentTrainees = before !== undefined && (before.cls === 'send' || before.cls === 'move') && src !== undefined && src < before.idx && purposeBefore(items, t.idx) && items.slice(before.idx + 1, t.idx).some((x) => isPeople(x) && !TRAINERS.test(x.lower));
        if (intransitive && !passive && !noun && src !== undefined && (((src === originL || (src < t.idx && roles[src]?.role === 'origin') || owner) && (owner || peopleNoun(items, src - 1, src + 1) || groupNounAfter(items, src))) || sentTrainees) && !peopleNoun(items, t.idx + 1, R)) {
          let trainer: number | undefined;
          for (let k = t.idx + 1; k <= R && trainer === undefined; k++) if (items[k]!.place && items[k]!.place!.via !== 'demonym' && countryAt(items, k) !== countryAt(items, src)) trainer = k;
          // ("sent 40 pilots to Italy to train on the Typhoon": else where the sending took them.)
          for (let k = before?.idx ?? t.idx; sentTrainees && trainer === undefined && k < t.idx; k++) if (roles[k]?.role === 'to' && countryAt(items, k) !== countryAt(items, src)) trainer = k;
          if (trainer !== undefined) [src, dst, srcCountry] = [trainer, src, true];
          else src = undefined;
        }
        // ("adiestrará a guardacostas somalíes en Berbera": training at home names no trainer either.)
        if (src !== undefined && src === inR && dst !== undefined && countryAt(items, src) === countryAt(items, dst)) src = undefined;
        // "Em Nacala, instrutores portugueses treinaram 400 fuzileiros": with no trainee named, the place
        // (of another country) where the training happens receives it.
        if (dst === undefined && !passive && src !== undefined) {
          const sc = countryAt(items, src);
          let at = first(inR, inL);
          // "... o centro de formação de Nacala, onde instrutores portugueses treinaram": the antecedent of "onde".
          for (let k = t.idx - 1; at === undefined && k >= Math.max(1, t.idx - 8); k--) {
            if (!LOCATIVE_REL.has(items[k]!.lower)) continue;
            const a = isComma(items[k - 1]) ? k - 2 : k - 1;
            if (items[a]?.place && items[a]!.place!.via !== 'demonym') at = a;
            break;
          }
          if (at !== undefined && countryAt(items, at) !== sc) {
            dst = at;
            dstActor = false;
          }
        }
        break;
      }
      case 'help':
        src = first(passive ? agent : undefined, subject, possL);
        srcActor = true;
        // "financed the militias of Niger": the owner of the object helped.
        // ("para financiar a polícia guineense": the nationality of what is funded.)
        // ("financiam a desminagem em Angola": where the funded work is done.)
        // ("financiar a marinha timorense", "funds the Somali coastguard": an official body of a nationality, helped.)
        // ("A Alemanha vai financiar um hospital em Moçambique", "va a financiar": an infinitive a plan governs is the verb, no purpose.)
        const planned = t.mood === 'inf' && (hasMark(items[t.idx - 1], MB.plan) || (items[t.idx - 1]?.lower === 'a' && hasMark(items[t.idx - 2], MB.plan)));
        dst = first(objectR, toWeak, toStrong, bareR, ofR, passive ? undefined : demonymR, t.cat === 'money' && (t.mood !== 'inf' || planned) ? inR : undefined, passive ? undefined : objectBody(items, t.idx, actorR));
        // ("La Hongrie est approvisionnée en pétrole par la Russie": in the passive, the subject is helped.)
        if (passive && dst === undefined && subjL !== undefined && subjL !== src) dst = subjL;
        dstActor = dst !== inR;
        // ("helped Ukraine repel the attack", "ajudar Moçambique a reconstruir as estradas", "aider le Mali à reconstruire
        // son armée": helping a place do something gives it nothing by that verb; goods named before it are still given.)
        // (Not the purpose of a sending before it: "a dépêché trois avions au Tchad pour aider le pays à contenir" is aid to it.)
        const purposeOfSending = ti > 0 && triggers[ti - 1]!.cls === 'send' && purposeBefore(items, t.idx);
        // (The verb only: "France's help allowed Mali to repel" is aid given.)
        // (The helped place right after the verb, and no help given "with" further on: "ayudó a Cuba a superar la crisis con
        // envíos de petróleo" is help of oil.)
        const rightAfter = dst !== undefined && dst > t.idx && dst - t.idx <= 3 && items.slice(t.idx + 1, dst).every((x) => hasMark(x, MB.det) || x.lower === 'a');
        if (t.cat === 'aid' && !noun && !passive && !purposeOfSending && rightAfter && helpsToDo(items, dst!, lang) && !withBetween(items, dst!, R + 1)) helpToDo = dst;
        break;
      case 'move':
        // "Australia flew relief supplies into Port Vila", "began flying aid into...": a travel verb with goods
        // as its object is a sending by its subject.
        // ("France flew 300 soldiers to Chad", "landed 2,000 marines": in English, troops or people too; a
        // Romance verb of travel puts its subject after it: "desembarcaram 11 deportados" is who landed.)
        if (!noun && !passive && objectGoods(items, t.idx, R, lang === 'en' && (t.mood === 'fin' || t.mood === 'ger') && items[t.idx - 1]?.lower !== 'to')) {
          // ("desde Estados Unidos llegaron 8.950 millones de dólares": with no subject, a source before the verb.)
          src = first(fromRight, subject, fromL, originFarL, originL, actorAny);
          srcActor = src !== undefined && src !== fromRight && src !== fromL;
          // ("Chegaram dez blindados doados pelo Canadá": goods arriving with no start come from the giver named on them.)
          if (src === undefined) {
            givenBy = giverOfGoods(items, t.idx, Math.min(items.length - 1, t.idx + 16));
            if (givenBy) {
              src = givenBy.at;
              srcActor = true;
            }
          }
          dst = first(toStrong, toWeak, inR);
          break;
        }
        // "fled Myanmar for Bangladesh": a fleeing verb's object is where people leave; "reached Italy": where they go.
        // "un navire affrété par la France est arrivé": the charterer, when nothing better.
        // "Dos buques de la Armada de México ... llegaron": the owner named in the subject.
        // "Un petrolero ruso con unos 700.000 barriles de crudo atracó en...": the vehicle's nationality, however
        // long the cargo phrase it carries.
        // (An official named in the subject travels from home: "Le ministre français s'est rendu à Alger pour
        // parler de ressortissants algériens" — a nationality further on in the clause is not where he left.)
        // "la visita del canciller peruano a Seúl, [ingenieros coreanos ...]": a visit noun's own visitor first.
        // ("Argentine President Javier Milei will travel to Spain", "Argentina's president flew to Madrid": the
        // country right before an official's title in the subject is home.)
        // ("landed in Hanoi after floods in Vietnam": a country holding the destination is where it happened, not a start.)
        const dst0 = first(toStrong, toWeak, t.cat === 'people' ? undefined : inR);
        const holds = (k: number | undefined): number | undefined =>
          k !== undefined && dst0 !== undefined && items[k]!.place!.place.kind === 'country' && countryAt(items, k) === countryAt(items, dst0) ? undefined : k;
        // ("Parte das cargas russas chega a Itaqui depois de transbordo no Mediterrâneo": goods named by their
        // nationality come from there, whatever they passed through.)
        // ("A Chinese missile system arrived": in English the nationality comes first, maybe past a modifier.)
        const goodsAt = (k: number): boolean => !!items[k]?.tags.some((g) => g.k === 'cargo' && g.cat !== 'people' && g.cat !== 'troops');
        const cargoNation = originL !== undefined && (goodsAt(originL - 1) || (lang === 'en' && (goodsAt(originL + 1) || (isPlain(items[originL + 1]) && goodsAt(originL + 2))))) ? originL : undefined;
        const migrants = subjDemL !== undefined && migrantNationals(items, subjDemL, t.idx, L, lang) ? subjDemL : undefined;
        src = first(from, migrants, cargoNation, holds(afterIn), holds(afterOpening(items, t.idx, roles)), t.cat === 'people' && t.sense !== 'home' ? objectR : undefined, noun && t.cat === 'visit' ? visitorR ?? actorBefore(items, roles, t.idx) : undefined, officialHome(items, subject ?? possCand), originL, actorL !== undefined && roles[actorL]?.role === 'actor' ? actorL : undefined, originR, actorAny, agentL, ofSubjL, subject === undefined || subject === originFarL ? originFarL : undefined);
        // "ont franchi la frontière tchadienne": the border crossed, a few words on.
        // ("ont rejoint ce mois-ci la base de Tapa": the object past a time phrase and its place nouns.)
        // ("ont pu regagner l'Ukraine": a verb of going home has where it goes as its object.)
        // ("de allí por ferrocarril hasta Taskent, atravesando Azerbaiyán": a place crossed is on the route, no end.)
        const crossed = CROSSING.test(items[t.idx]!.lower);
        // ("Les arrivées d'Albanais sur les côtes anglaises à bord d'embarcations parties des plages du nord de la France": people of a
        // nationality who come on a vessel that left a place of another country come from that place.)
        if (noun && src !== undefined && items[src]!.place!.via === 'demonym') {
          const left = triggers.find((x) => x.cls === 'leave' && x.mood === 'part' && x.idx > src! && x.idx <= R + 1);
          for (let k = left ? left.idx + 1 : items.length; k < Math.min(items.length, left ? left.idx + 10 : 0); k++) {
            if (items[k]!.trig || isComma(items[k]) || /^[;:.]$/.test(items[k]!.lower)) break;
            if (items[k]!.place?.via === 'name' && (roles[k]?.role === 'of' || roles[k]?.role === 'from') && countryAt(items, k) !== countryAt(items, src)) {
              src = k;
              break;
            }
          }
        }
        dst = first(toStrong, toWeak, t.cat === 'people' ? undefined : inR, (t.cat === 'people' && t.sense !== 'home') || crossed ? undefined : objectR ?? farObject(items, t.idx, bareR), t.cat === 'people' ? undefined : demonymR);
        // ("Quelque 14 000 travailleurs guatémaltèques sont venus travailler dans les fermes du Québec": where people came to work, a
        // place after "in" a plural noun of work and its "of".)
        if (dst === undefined && !noun) for (let k = t.idx + 2; k <= R && dst === undefined; k++) if (items[k]!.place?.via === 'name' && workplaceIn(items, k - 1) > t.idx) dst = k;
        // ("Most of the wheat Egypt consumes comes from Russia", "O gás consumido em Itália chega da Argélia", "Italy's gas
        // arrives from Algeria": goods coming from a place go to the one their subject names as their user or buyer.)
        if (dst === undefined && !noun && src !== undefined && src > t.idx) dst = consumerBefore(items, roles, Math.max(0, t.idx - 20), t.idx);
        // (With none, "comes from" states no transfer of its own: "Iraq said most of its oil came from Russia" is no half of
        // India's imports the sentence before.)
        // ("Em Timor-Leste, as autoridades esperam milhares de peregrinos vindos da Indonésia", "au Québec, dont plus de 600 venues de
        // France", "En Chile viven 500.000 migrantes venidos de Venezuela": people come from a place are where the clause has them.)
        if (t.come && dst === undefined && !noun && COME_PARTICIPLE.test(items[t.idx]!.lower) && src !== undefined && src > t.idx && inL !== undefined && peopleBefore(items, t.idx) && countryAt(items, inL) !== countryAt(items, src)) dst = inL;
        if (t.come && dst === undefined) routeOnly = true;
        // "réfugiés syriens rentrés du Liban": people going back, with no destination named, go to the
        // country of their nationality.
        if (dst === undefined && t.sense === 'home') {
          const home = first(originL, originR);
          if (home !== undefined && src !== undefined && countryAt(items, home) !== countryAt(items, src)) dst = home;
        }
        // "o primeiro-ministro croata esteve em Madrid para uma visita oficial": where the visitor was.
        if (noun && t.cat === 'visit' && dst === undefined && src !== undefined && inL !== undefined && inL > src) dst = inL;
        // "cruzaram a fronteira entre a Venezuela e o Brasil": of the two countries a border lies between,
        // people go to the one that is not theirs.
        // (Not people going back: "venezolanos que vivían en Colombia cruzaron la frontera de regreso".)
        if (dst === undefined && src !== undefined && src < t.idx && !backR) {
          const pair = betweenPair(items, roles, t.idx, R);
          const home = countryAt(items, src);
          if (pair && home !== undefined && countryAt(items, pair[0]) !== countryAt(items, pair[1])) {
            if (countryAt(items, pair[0]) === home) dst = pair[1];
            else if (countryAt(items, pair[1]) === home) dst = pair[0];
          }
        }
        // (crossing with no end named, not even a border between two countries, moves nothing from anywhere: no
        // half-stated transfer for a later sentence)
        if (crossed && dst === undefined) routeOnly = true;
        // ("un gazoduc qui franchit la frontière à Kilis", "a pipeline that crosses Turkey": works that cross a place carry, but
        // travel nowhere themselves.)
        if (!noun && hasBefore(items, t.idx, Math.max(0, t.idx - 3), 3, (x) => WORKS.test(x.lower)) && !hasBefore(items, t.idx, Math.max(0, t.idx - 3), 3, (x) => isCargo(x) || !!x.place)) routeOnly = true;
        // ("the Brazilian pilots who fly them": a verb of travel with a pronoun as its object and no destination moves a vehicle
        // about, no journey.)
        if (dst === undefined && !noun && (items[t.idx + 1]?.lower === 'them' || items[t.idx + 1]?.lower === 'it')) routeOnly = true;
        // "Onze enfants ukrainiens emmenés en Russie ont pu regagner l'Ukraine": people going home leave where
        // the subject says they were, not their own country.
        if (t.sense === 'home' && dst !== undefined && from === undefined && (src === undefined || countryAt(items, src) === countryAt(items, dst)) && inL !== undefined && inL < t.idx && countryAt(items, inL) !== countryAt(items, dst)) src = inL;
        // "fuyant les combats à El Fasher", "fled fighting in Darfur": where people flee from.
        if (t.cat === 'people' && src === undefined && inR !== undefined) src = inR;
        else if (t.cat === 'people' && dst === undefined) dst = inR;
        break;
      case 'leave':
        // "deixou o porto de Primorsk com destino a Cuba", "zarparon del terminal de José", "left Kabul for Doha".
        // (A goods noun's genitive past the destination is no start: "partiram para a Austrália ao abrigo do
        // programa do Pacífico"; "partiu para Cuba do porto de Santos" still leaves Santos.)
        dst = first(toStrong, toWeak, inAfterTo);
        // ("Une trentaine d'officiers maliens sont partis en Russie": French "partir en" goes there; "quitter" leaves.)
        const partirEn = lang === 'fr' && dst === undefined && leftR !== undefined && leftR === inR && /^part/.test(items[t.idx]!.lower) && items[leftR - 1]?.lower === 'en';
        if (partirEn) dst = leftR;
        // ("No ano passado partiram 3.800 trabalhadores timorenses para a Austrália": a Romance subject after the verb, by its nationality.)
        src = first(fromRight !== undefined && roles[fromRight]?.role === 'of' && roles[fromRight]?.head === 'cargo' && dst !== undefined && dst < fromRight ? undefined : fromRight, partirEn ? undefined : leftR, fromL, originL, lang !== 'en' && originR !== undefined && (dst === undefined || originR < dst) && isPeople(items[originR - 1]) ? originR : undefined, actorAny);
        // ("Desde Melilla salieron 85 migrantes hacia Málaga": a start fronted before the verb.)
        if (dst !== undefined && src !== undefined && dst < src) dst = undefined;
        // ("Twelve Boxer vehicles for the German army left the port of Brisbane": goods bound for a place, named in the subject.)
        if (dst === undefined && src !== undefined && src > t.idx) for (let k = L; k < t.idx; k++) if (roles[k]?.role === 'to' && !roles[k]!.weak && prepRole(items[hasMark(items[k - 1], MB.det) ? k - 2 : k - 1]) === 'to' && hasBefore(items, k, L, 9, isCargo)) dst = k;
        // ("a emigração açoriana continua a abrandar: cerca de 300 pessoas partiram para o Canadá": people leaving with no start
        // named, after a clause on the emigration of a nationality, leave its place.)
        if (src === undefined && dst !== undefined) {
          for (let k = t.idx - 1; k >= 0; k--) {
            if (items[k]!.place?.via === 'demonym' && EMIGRATION.test(items[k - 1]?.lower ?? '') && countryAt(items, k) !== countryAt(items, dst)) {
              src = k;
              break;
            }
          }
        }
        // ("850 Burundian soldiers flew out of Bujumbura to relieve troops serving with the African Union mission in Somalia": the place
        // of the purpose people leave for; "The ship left Rotterdam to work in Qatar" sends no ship.)
        if (dst === undefined && src !== undefined && inR !== undefined && inR > src && originL !== undefined && qualifiesPeople(items, originL) && purposeBetween(items, src, inR)) dst = inR;
        // "Les derniers soldats français ont quitté le Gabon": troops or nationals leaving another country,
        // with no destination said, go home.
        if (dst === undefined && src !== undefined && src !== originL && originL !== undefined && qualifiesPeople(items, originL) && countryAt(items, originL) !== countryAt(items, src))
          dst = originL;
        break;
      case 'visit':
        // ("Oficiais filipinos visitaram a fábrica": people of a nationality named as the subject visit from there.)
        src = first(actorAny, from, subject !== undefined && roles[subject]?.role === 'poss' ? subject : undefined, relativeOwner(items, roles, t.idx), originL !== undefined && peopleNationality(items, originL) ? originL : undefined);
        dst = first(noun ? undefined : objectR, toStrong, toWeak, inR, noun ? undefined : bareR);
        break;
      case 'presence':
        // "cerca de 900 militares chadianos estão no norte do Níger": troops or people of one country in another.
        src = first(originL, subjectDemonym);
        srcCountry = true;
        dst = first(inR, toStrong, toWeak);
        if (src !== undefined && dst !== undefined && countryAt(items, src) === countryAt(items, dst)) dst = undefined;
        noFill = true;
        break;
      case 'release':
        // "Azerbaijan released 32 Armenian servicemen", "foram libertados pela Rússia": the holder frees them home.
        // ("Deux ressortissants français détenus en Iran ont été libérés": with no agent, where they were held.)
        src = passive ? first(agent, inR, from, inL) : first(subject, subjectDemonym);
        srcActor = true;
        // ("Belgium released an Iranian diplomat jailed for a bomb plot": so does an official's nationality after the verb.)
        dst = first(toStrong, toWeak, passive ? originL : originR, passive ? originR : originL, passive ? demonymL : demonymR, !passive && actorR !== undefined && actorR > t.idx && items[actorR]!.place!.via === 'demonym' ? actorR : undefined);
        if (dst !== undefined && src !== undefined && countryAt(items, dst) === countryAt(items, src)) dst = undefined;
        noFill = true;
        break;
      case 'exchange':
        // "Russia and Ukraine exchanged 150 prisoners": each coordinated subject sends to the other (below).
        // (A "mediated by" later in the clause may have made the participle look passive: the parties are on the left.)
        src = subject ?? subjL;
        noFill = true;
        break;
      case 'deport': {
        if (noun && subject === undefined) subject = nounSubject;
        // With a destination ("deportou crianças ucranianas para a Rússia") people leave their country;
        // without one ("deportaron migrantes guatemaltecos a sus países") they are sent home by the subject.
        // "evacuou 84 cidadãos retidos no Sudão", "rapatrié des ressortissants bloqués au Liban": people
        // brought out are taken from where they are, to the subject's country.
        // ("bloqués au Soudan", "stranded in": where they are stuck, whatever the preposition.)
        // ("1,000 Indian nationals stranded in Mashhad are to be brought out": so may the subject.)
        const stuckAt = [toStrong, toWeak, inR, inL].find((k) => k !== undefined && (STRANDED.has(items[k - 1]?.lower ?? '') || STRANDED.has(items[k - 2]?.lower ?? '')));
        // The people's nationality, if the clause gives one: on the people or as the people ("300
        // guatemaltecos"), not on their carrier ("aboard a Qatari plane").
        const nationals = [originR, originL].find((k) => k !== undefined && (qualifiesPeople(items, k) || !!roles[k]?.asNoun));
        // (Foreigners "repatriated" are sent home: "Chile repatrió a 20 reos bolivianos".)
        const own = nationals === undefined || subject === undefined || countryAt(items, nationals) === countryAt(items, subject);
        const rescue = RESCUE.test(items[t.idx]!.lower) && own && from === undefined && (stuckAt !== undefined || (toStrong === undefined && toWeak === undefined));
        if (rescue) from = stuckAt ?? inR ?? whereTheyWere(items, roles, t.idx);
        // ("repatriaram 9 300 moçambicanos, a maioria detidos na província de Gauteng": where foreigners sent home were
        // held is where they leave, no destination.)
        // ("held at immigration depots in Sabah": past a short phrase of the place held in.)
        const heldIn = !rescue && inR !== undefined && [2, 3, 4, 5, 6].some((d) => HELD.has(items[inR - d]?.lower ?? '') || STRANDED.has(items[inR - d]?.lower ?? '')) ? inR : undefined;
        if (heldIn !== undefined) from ??= heldIn;
        const there = rescue ? undefined : first(toStrong, toWeak, heldIn === undefined ? inR : undefined);
        const origin = first(nationals, from);
        const peopleOf = nationals ?? (subjDemL !== undefined && roles[subjDemL]?.role === 'origin' && qualifiesPeople(items, subjDemL) ? subjDemL : undefined);
        if (there !== undefined) {
          dst = there;
          const thereCc = countryAt(items, there);
          // "Afghans were deported from Pakistan to Afghanistan": the nationals go home, from where they were.
          // "as estátuas foram entregues de volta ao Peru pela Itália": in the passive, the agent sends.
          // (A nationality of no one country, "centroamericanos", names no place they leave: the subject sends.)
          // ("Sixty-two Canadians were evacuated from Goma to Gisenyi": a place the clause says they leave comes before their
          // nationality.)
          // ("Cyprus deported 600 Syrians to Lebanon", "Syrians deported by Cyprus to Lebanon": a deporter of a third country, neither the
          // people's nor the destination's, sends them from its own territory, where they lived; their nationality names no start.)
          // (Not children of a nationality, taken from their country in a war: "Russia has deported Ukrainian children to Belarus".)
          const deporter = passive ? agent : subject;
          const deporterCc = deporter === undefined ? undefined : countryAt(items, deporter);
          const children = nationals !== undefined && [nationals - 1, nationals + 1].some((j) => !!items[j]?.tags.some((g) => g.k === 'cargo' && g.unit === 'children'));
          const fromDeporter = from === undefined && nationals !== undefined && !children && deporterCc !== undefined && deporterCc !== thereCc && deporterCc !== countryAt(items, nationals);
          src = fromDeporter ? deporter : from !== undefined && from > t.idx && countryAt(items, from) !== thereCc ? from : origin !== undefined && countryAt(items, origin) !== undefined && countryAt(items, origin) !== thereCc ? origin : from !== undefined && countryAt(items, from) !== thereCc ? from : passive && agent !== undefined ? agent : subject;
          // ("Por ordem de Luanda, foram expulsos": an agent or subject that sends is the government its capital stands for.)
          srcActor = src !== undefined && (src === agent || src === subject);
        } else if (!noun && t.mood === 'part' && subject === undefined && fromRight !== undefined) {
          // "180 venezolanos deportados desde Estados Unidos aterrizó en Maiquetía": a participle on the
          // people names where they come from; where they go is the arrival verb's (joined below).
          src = fromRight;
          // "Plus de 300 Maliens ont été expulsés d'Algérie": with no arrival verb after it, the nationals
          // are sent home.
          if (ti === triggers.length - 1 && origin !== undefined && origin !== fromRight && countryAt(items, origin) !== countryAt(items, fromRight)) dst = origin;
        } else if (rescue && from !== undefined && subject === undefined && peopleOf !== undefined && countryAt(items, from) !== countryAt(items, peopleOf)) {
          // "A group of Indian nationals stranded in Mashhad is to be brought out": with no rescuer named, the
          // people come home from where they are stuck (however long the subject).
          src = from;
          dst = peopleOf;
        } else if (from !== undefined && (subject ?? subjectDemonym) !== undefined && (nationals === undefined || rescue) && countryAt(items, from) !== countryAt(items, (subject ?? subjectDemonym)!)) {
          // "Spain evacuated 120 citizens from Morocco", "repatriou 200 cidadãos do Líbano": people the subject
          // brings out of a place come to the subject's country.
          src = from;
          dst = subject ?? subjectDemonym;
          dstActor = true;
        } else {
          // "2 500 Haïtiens renvoyés en mai par les Bahamas" in a passive clause: the agent sends them home
          // (not after a bare participle on the people, "venezolanos deportados por…", whose clause goes on).
          const clausePassive = passive && (hasMark(items[t.idx - 1], MB.passiveAux) || hasMark(items[t.idx - 2], MB.passiveAux));
          // ("Los migrantes haitianos expulsados por República Dominicana superaron los 250.000": a bare participle with its agent
          // right after it, and no verb of moving after, is the agent's sending.)
          const bareAgent = t.mood === 'part' && ti === 0 && agent !== undefined && agent > t.idx && agent - t.idx <= 3 && !triggers.slice(ti + 1).some((x) => x.cls === 'move' || x.cls === 'leave');
          src = (clausePassive || bareAgent) && agent !== undefined && agent !== origin ? agent : subject ?? subjectDemonym;
          // ("Ukraine expelled 13 Russian diplomats", "expulsou o embaixador russo": officials expelled go home.)
          // (Not where they were deported from, named before the verb: "41 cidadãos deportados da América do Norte, 29 expulsos pelos
          // Estados Unidos".)
          dst = (origin !== heldIn && !(origin === from && from !== undefined && from < t.idx && deportedFrom(items, from)) ? origin : undefined) ?? (noun ? undefined : envoysOf(items, roles, t.idx, R));
          // ("vuelos de deportación desde Estados Unidos": with no one named who deports, nor the people's nationality, the place
          // they are deported from is where they leave, not their home.)
          // (Only right after the noun, or the participle, "41 cidadãos deportados da América do Norte": "la deportación de 300
          // migrantes de Marruecos" names where the people are from.)
          // (The people's nationality, if any, elsewhere: "Unos 260 guatemaltecos llegaron a Guatemala en vuelos de deportación desde
          // Estados Unidos" go home from there.)
          if ((noun || t.mood === 'part') && src === undefined && from !== undefined && from > t.idx && from - t.idx <= 4 && (noun || deportedFrom(items, from)) && !hasBefore(items, from, t.idx + 1, 3, (x) => isPeople(x)) && (dst === from || (nationals !== undefined && dst === nationals && countryAt(items, nationals) !== countryAt(items, from)))) [src, dst] = [from, dst === from ? undefined : dst];
        }
        break;
      }
    }
    // "condonará 60 millones de euros de la deuda de Bolivia", "forgave $100 million of Laos's debt", "debt owed by
    // Laos": forgiving a debt sends its money to the debtor the debt is named for.
    // (The debt's place is no source of the money: "$850 million of Mauritania's debt"; the subject forgives it.)
    // ("Angola was supplied with 20 tanks by Brazil", "foi abastecida com": in the passive of "supply X with Y" the subject receives.)
    if (t.cls === 'send' && passive && !noun && dst === undefined && WITH.has(items[t.idx + 1]?.lower ?? '')) {
      let k = t.idx - 1;
      while (k > L && hasMark(items[k], MB.aux | MB.passiveAux | MB.plan | MB.condAux)) k--;
      if (items[k]?.place && roles[k]?.role === 'bare' && k !== src) dst = k;
    }
    const owed = t.sense === 'debt' ? debtor(items, roles, t.idx, R) : undefined;
    if (owed === null) routeOnly = true;
    if (t.sense === 'debt' && dst === undefined && owed !== null) {
      const d = owed;
      if (d !== undefined && src === d) src = passive ? agent : subject;
      if (d !== undefined && src !== undefined && d !== src) {
        dst = d;
        dstActor = true;
      }
    }
    // "o Vietnã, maior produtor de robusta, que reduziu suas vendas à Europa": a transfer noun with a
    // possessive is its clause's subject's (the antecedent of a relative pronoun, else the clause's first).
    let ownerSrc = false;
    // ("Malaysian exports to India", "as exportações brasileiras para a China": trade named by its nationality.)
    const nationalTrade = noun && t.cls === 'send' && src !== undefined && Math.abs(src - t.idx) === 1 && roles[src]?.role === 'origin' && COMMERCIAL.test(items[t.idx]!.lower);
    // ("Russia increased its sales to India", "Rusia aumentó sus ventas a la India": a country's own trade.)
    // ("Uruguay y Paraguay cerraron el año con retrocesos en sus envíos a Pekín": so are its shipments.)
    const ownTrade = noun && t.cls === 'send' && src !== undefined && POSSESSIVES.has(items[t.idx - 1]?.lower ?? '') && (COMMERCIAL.test(items[t.idx]!.lower) || (SHIPMENTS.test(items[t.idx]!.lower) && !hasBefore(items, t.idx, 0, t.idx, (x) => hasMark(x, MB.rel))));
    // ("Ecuador's exports to China fell 40%", "Las exportaciones de Ecuador a China cayeron", "As exportações do Equador para a
    // China": so is trade its owner's name or possessive governs.)
    const ownerTrade = noun && t.cls === 'send' && src !== undefined && (roles[src]?.role === 'poss' || (roles[src]?.role === 'of' && roles[src]?.head === 'trigger')) && Math.abs(src - t.idx) <= 3 && COMMERCIAL.test(items[t.idx]!.lower);
    // ("India bought palm oil from Indonesia, while its crude oil imports from Russia rose": what a country's own imports bring
    // goes to the subject the sentence opened with.)
    // ("As importações brasileiras de trigo somaram 6,4 milhões", "Brazilian imports of wheat": a nationality right next to a
    // noun of buying or importing is the buyer's, not the goods'.)
    // ("Japan's LNG imports totalled 66 million tonnes": so is a possessive before them, past their goods.)
    // ("Portugal was the main source of Angola's wine imports": so after "of", where the possessive still owns the imports.)
    const possImporter = (k: number): boolean => lang === 'en' && k < t.idx && (roles[k]?.role === 'poss' || (roles[k]?.role === 'of' && items[k + 1]?.lower === 's')) && items.slice(k + 2, t.idx).every((x) => isCargo(x));
    // ("Portugal was the main source of Angola's wine imports": the owner of the imports, after "of", imports them, whatever the
    // clause's subject; the subject's share the source phrase reads, see sourceList.)
    // ("Portugal foi a principal origem das importações de vinho de Angola": so is the place after imports a source phrase names.)
    const sourceOfImports = lang !== 'en' && [2, 3].some((d) => SOURCE_NOUN.test(items[t.idx - d]?.lower ?? '') && prepRole(items[t.idx - d + 1]) === 'of');
    if (noun && t.cls === 'receive' && dst !== undefined && src !== undefined && dst < src && roles[src]?.role === 'of' && (possImporter(src) || (sourceOfImports && src > t.idx))) {
      dst = src;
      src = undefined;
      dstActor = true;
    }
    if (noun && t.cls === 'receive' && dst === undefined && src !== undefined && (possImporter(src) || (src === (lang === 'en' ? t.idx - 1 : t.idx + 1) && items[src]!.place!.via === 'demonym' && roles[src]?.role === 'origin'))) {
      dst = src;
      src = undefined;
      dstActor = true;
    }
    if (noun && t.cls === 'receive' && dst === undefined && src !== undefined) {
      let p = t.idx - 1;
      while (p > 0 && isCargo(items[p])) p--;
      if (POSSESSIVES.has(items[p]?.lower ?? '')) {
        for (let k = 0; k < p && dst === undefined; k++) if (roles[k]?.role === 'bare' && countryAt(items, k) !== countryAt(items, src)) dst = k;
        dstActor = dst !== undefined;
      }
    }
    if (noun && t.cls === 'send' && src === undefined && dst !== undefined && POSSESSIVES.has(items[t.idx - 1]?.lower ?? '')) {
      src = possessiveOwner(items, roles, L, t.idx);
      srcActor = true;
      ownerSrc = src !== undefined;
    }
    // ("Portugal depende da China, que lhe fornece petróleo", "dépend de l'Algérie, qui lui fournit", "que le suministra": a
    // dative pronoun in a relative clause on the giver a word of dependence governs stands for that word's subject. Not
    // in a ranking: "loin devant la Chine et l'Allemagne, qui lui a vendu" is the buyer's.)
    // ("Estados Unidos prometió a Taiwán venderle 66 cazas", "The United States promised Taiwan to sell": the place between a verb of
    // promising or offering and the infinitive it governs is the recipient, and the promiser sells.)
    if (t.cls === 'send' && (t.mood === 'inf' || (lang === 'en' && items[t.idx - 1]?.lower === 'to')) && ti > 0 && triggers[ti - 1]!.mood !== 'noun' && triggers[ti - 1]!.mood !== 'inf' && t.idx - triggers[ti - 1]!.idx <= 4 && PROMISE.test(items[triggers[ti - 1]!.idx]!.lower)) {
      const p = triggers[ti - 1]!.idx;
      let between: number | undefined;
      for (let k = p + 1; k < t.idx; k++) if (items[k]!.place?.via === 'name' && (roles[k]?.role === 'to' || roles[k]?.role === 'bare')) between = k;
      const promiser = between !== undefined ? placeSubjectBefore(items, roles, p, subjectLike) : undefined;
      if (between !== undefined && promiser !== undefined && countryAt(items, promiser) !== countryAt(items, between)) {
        src = promiser;
        dst = between;
      }
    }
    if (t.cls === 'send' && !noun && !passive && dst === undefined && src !== undefined && src < t.idx) {
      let j = t.idx - 1;
      while (j > src && hasMark(items[j], MB.aux | MB.condAux)) j--;
      const words = DATIVES.has(items[j]!.lower) && hasMark(items[j - 1], MB.rel) && isComma(items[j - 2]) && j - 3 === src ? lexWords(lang, 'rely') : null;
      if (words && [1, 2, 3].some((d) => words.set.has(items[src! - d]?.lower ?? ''))) {
        const main = placeSubjectBefore(items, roles, src, subjectLike);
        if (main !== undefined && countryAt(items, main) !== countryAt(items, src)) dst = main;
      }
    }
    // ("O Governo angolano pediu ajuda a Portugal, que enviou 20 toneladas de medicamentos": the place asked for help that
    // sends, in a relative clause on it, sends to whoever asked.)
    if (t.cls === 'send' && !noun && !passive && dst === undefined && src !== undefined && src < t.idx && hasMark(items[src + 2], MB.rel) && isComma(items[src + 1]) && prepRole(items[src - 1]) === 'to' && ti > 0 && triggers[ti - 1]!.cls === 'help' && triggers[ti - 1]!.idx === src - 2 && requestBefore(items, src - 2)) {
      const asker = placeSubjectBefore(items, roles, src - 3, subjectLike);
      if (asker !== undefined && countryAt(items, asker) !== countryAt(items, src)) dst = asker;
    }
    // "desembarcou em Djibuti, de onde seguiu para Adis Abeba", "From there, they were moved to Crimea":
    // the source is the place named just before "de onde"/"from there", or, with none, the discourse's.
    let fromThere = false;
    if (thereAt >= 0 && t.cls !== 'receive') {
      src = undefined;
      for (let k = thereAt - 1; k >= 0 && src === undefined; k--) if (items[k]!.place && roles[k]?.role !== 'demonym' && roles[k]?.role !== 'origin') src = k;
      // "en Mersin, en el sur de Turquía, desde donde": the city, not the country that locates it.
      if (src !== undefined && items[src]!.place!.place.kind === 'country') {
        const cc = countryAt(items, src);
        for (let k = src - 1; k >= Math.max(0, src - 8); k--) {
          const p = items[k]!.place?.place;
          if (p && p.kind !== 'country' && p.country === cc) {
            src = k;
            break;
          }
        }
      }
      // ("a la comarca de Guna Yala, en el Caribe, desde donde zarpan", "to Tijuana, in the north, from where": the place a
      // comma-set locative apposition locates, not the wider place that locates it.)
      // ("to Djibouti, a small state on the Horn of Africa, from where": so does a noun apposition, opened by an article.)
      if (src !== undefined) {
        const c = appositionStart(items, src);
        if (c > 1 && items[c - 1]!.place && items[c - 1]!.place!.via !== 'demonym') src = c - 1;
      }
      fromThere = src === undefined;
    }
    // ("Portugal continua a depender da Irlanda, de onde chegam vacinas", "dépend de la Norvège, d'où arrive l'essentiel de
    // son gaz": what comes from the place a word of dependence has for its object goes to that word's subject.)
    if (thereAt >= 0 && thereAt < t.idx && t.cls === 'move' && src !== undefined && src < thereAt && dst === undefined) {
      const words = lexWords(lang, 'rely');
      for (let v = src - 1; words && v >= Math.max(0, src - 6); v--) {
        if (!words.set.has(items[v]!.lower)) continue;
        const subject = placeSubject(items, v);
        if (subject >= 0 && countryAt(items, subject) !== countryAt(items, src)) dst = subject;
        break;
      }
    }
    // ("provient de Londres, d'où la Suisse a importé 180 tonnes", "Durban, de onde o Malawi recebe": what is received
    // from there comes from the place named before it.)
    if (thereAt >= 0 && thereAt < t.idx && t.cls === 'receive' && src === undefined && dst !== undefined && dst > thereAt) {
      for (let k = thereAt - 1; k >= 0 && src === undefined; k--) if (items[k]!.place && roles[k]?.role !== 'demonym' && roles[k]?.role !== 'origin') src = k;
      if (src !== undefined && countryAt(items, src) === countryAt(items, dst)) src = undefined;
    }
    // ("Os 250 militares portugueses que estão na República Centro-Africana regressam em março a Lisboa": people going home with no start
    // named leave where a relative clause on them says they are.)
    if ((t.cls === 'move' || t.cls === 'leave') && t.sense === 'home' && !noun && dst !== undefined && dst > t.idx && (src === undefined || countryAt(items, src) === countryAt(items, dst))) {
      for (let k = t.idx - 1; k >= Math.max(0, L - 3); k--) {
        if (items[k]!.trig && !(hasMark(items[k - 1], MB.rel) || hasMark(items[k - 2], MB.rel))) break;
        if (items[k]!.place && items[k]!.place!.via === 'name' && roles[k]?.role === 'in' && hasBefore(items, k, 0, 6, (x) => hasMark(x, MB.rel)) && countryAt(items, k) !== countryAt(items, dst)) {
          src = k;
          break;
        }
      }
    }
    // ("Timor-Leste exporta cada vez mais mão de obra: no ano passado partiram 3.800 trabalhadores para a Austrália", "Iran has also
    // stepped up removals: about 5,000 Afghan nationals were sent back to Afghanistan": a clause after a colon tells the one before it in
    // detail; people or goods leaving, sent or deported with no start named leave the subject of that clause.)
    // (Or with only their nationality for a start, that of where they go: "Afghan nationals were sent back to Afghanistan".)
    // (The clause's subject, or the start of its transfer noun: "Iran has also stepped up removals:".)
    const colonSubject = inheritedSubject ?? (pending.length > 0 && pending[pending.length - 1]!.srcIdx >= 0 ? pending[pending.length - 1]!.srcIdx : undefined);
    if (dst !== undefined && (src === undefined || countryAt(items, src) === countryAt(items, dst)) && (t.cls === 'leave' || t.cls === 'send' || t.cls === 'deport') && colonSubject !== undefined && ti > 0 && colonSubject < triggers[ti - 1]!.idx && colonBetween(items, triggers[ti - 1]!.idx + 1, t.idx) && countryAt(items, colonSubject) !== countryAt(items, dst)) src = colonSubject;
    const travel = t.cls === 'visit' || t.cls === 'move' || t.cls === 'leave';
    if (src === undefined && travel && lastTravelSrc !== undefined) src = lastTravelSrc;
    if (travel && src !== undefined) lastTravelSrc = src;
    // "Bangladeshi migrant workers sent home $29.8 billion": money people of a nationality send home goes to
    // their country, from wherever they work (a sender the clause does not name).
    // (English reads "workers sent home" as a passive participle too; the money after it says it is not.)
    let sentHome = false;
    // ("Los trabajadores vanuatuenses enviaron a casa": in the Romance languages the people come before their nationality.)
    // ("Filipinos working abroad sent home a record $38.3 billion": or a nationality standing for its people.)
    const nationals = src !== undefined && src < t.idx && pluralNationality(items[src]) && !isCargo(items[src + 1]) && !isCargo(items[src - 1]);
    if (dst === undefined && backR && t.cls === 'send' && src !== undefined && ((src === originL && originL < t.idx && (peopleAfter(items, originL, t.idx) || isPeople(items[originL - 1]))) || nationals) && windowHas(items, t.idx + 1, R, 'money')) {
      dst = src;
      src = undefined;
      sentHome = true;
    }
    // "Money sent home by Mexican workers in Canada": money before the verb, sent home by people of a nationality,
    // goes from where they work to their country.
    else if ((dst === undefined || dst === inR) && backR && t.cls === 'send' && originR !== undefined && isCargo(items[t.idx - 1]) && items[t.idx - 1]!.tags.some((g) => g.k === 'cargo' && g.cat === 'money') && peopleAfter(items, originR - 1, originR + 2)) {
      dst = originR;
      src = inR !== undefined && inR > originR && countryAt(items, inR) !== countryAt(items, originR) ? inR : undefined;
      sentHome = true;
    }
    // "mandados de volta pelos EUA", "sent back": people go back to the country their demonym names.
    if (dst === undefined && backR && (t.cls === 'send' || t.cls === 'deport')) {
      // ("a second group of about 200 workers, most of them Vietnamese, would be sent home": or the nationality of most of them.)
      const home = first(originL, originR, mostlyNationality(items, L, t.idx));
      if (home !== undefined && (src === undefined || countryAt(items, home) !== countryAt(items, src))) dst = home;
    }
    // "Russia supplied 45% of India's arms imports", "a fourni 70 % des armes importées par l'Algérie": who
    // imports the share sent receives it; "China bought 60% of Brazil's soy exports": who exports it sends.
    let shared = false;
    if (!noun && ((t.cls === 'send' && dst === undefined) || (t.cls === 'receive' && src === undefined))) {
      const o = shareOwner(items, t.idx, R, t.cls === 'send' ? 'receive' : 'send');
      shared = o !== undefined;
      if (o !== undefined && (t.cls === 'send' ? src : dst) !== o) {
        if (t.cls === 'send') dst = o;
        else src = o;
      }
    }
    // ("o Canadá, que embarcou potássio para portos brasileiros, e a China, cujas vendas ao país dobraram": "the country"
    // a place sends to is no other than the sender, so it is the latest other country named before the sender; "o
    // chanceler venezuelano afirmou que milhares de cidadãos regressaram do Brasil ao país" is Venezuela.)
    // (Only "to the country": "the largest arms export in the country's history" names no end.)
    // (Nor a possessive: "North Korea moved soldiers to its territory" is its own.)
    // (Not people of a nationality going home: "35 cabo-verdianos, que regressaram ao país".)
    if (src !== undefined && dst !== undefined && src < dst && items[dst]!.place!.via === 'anaphor' && COUNTRY_NOUN.test(items[dst]!.lower) && roles[dst]?.role === 'to' && countryAt(items, src) === countryAt(items, dst) && !(t.sense === 'home' && items[src]!.place!.via === 'demonym')) {
      for (let k = src - 1; k >= L; k--) {
        // (Not a place named "with" another: "reforzar la frontera con Afganistán".)
        if (items[k]!.place && items[k]!.place!.via !== 'anaphor' && roles[k]?.role !== 'between' && !items[k]!.paren && countryAt(items, k) !== countryAt(items, src)) {
          dst = k;
          break;
        }
      }
    }
    // ("Angola e a Zâmbia assinaram um acordo que prevê o fornecimento ao país vizinho": of two countries joined as the
    // subject, "the neighbouring country" a transfer goes to is the second; the first gives.)
    // (Each once: neither end is then a list.)
    let neighbours = false;
    if (src !== undefined && dst !== undefined && neighbourAfter(items, t.idx, R)) {
      const a = partnerBefore(items, src, L);
      if (a !== undefined && countryAt(items, a) === countryAt(items, dst) && countryAt(items, a) !== countryAt(items, src)) {
        dst = src;
        src = a;
        neighbours = true;
      }
    }
    // Most specific end: a region or city of the chosen country named in the same role family.
    // ("moved refugees to Bhasan Char, a silt island in the Bay of Bengal": a sea or world region in an apposition on a
    // destination the gazetteer does not know only locates it; it is no end. A country or region that contains it stays one:
    // "envió a Petten, en los Países Bajos".)
    if (dst !== undefined && dst > t.idx && items[dst]!.place!.place.kind === 'other') {
      const c = appositionStart(items, dst);
      let n = c - 1;
      while (n > t.idx && items[n]!.cap && !items[n]!.place && items[n]!.tok === 'word') n--;
      if (c > 0 && n < c - 1 && prepRole(items[n]) === 'to') dst = undefined;
    }
    // (Not a buyer before a relative clause on the goods: "used the drones that it bought from Turkey in its offensive in
    // Tigray" were bought by Ethiopia, and used in Tigray.)
    // ("paid $173 million to India for electricity from a plant at Godda": a payee is not refined past what it is paid for.)
    let refineEnd = R;
    if (PAY.test(items[t.idx]!.lower) && dst !== undefined && dst > t.idx) for (let k = dst + 1; k <= R; k++) if (PAID_FOR.has(items[k]!.lower)) { refineEnd = k - 1; break; }
    // ("aprovou um empréstimo de 250 milhões a Moçambique para a reabilitação do porto de Nacala", "un prêt au Mozambique pour la
    // réhabilitation du port de Nacala": money lent or given to a country goes to it; a place in a noun phrase of purpose after
    // it is where the money is to be spent, as a place past an infinitive of purpose is, see above.)
    // (So is a place the phrase of purpose holds that was read as the destination: the country named before it gets the money.)
    if (dst !== undefined && dst > t.idx && moneyBetween(items, t, refineEnd)) {
      const before = purposeNounAt(items, t.idx + 1, dst - 1);
      if (before >= 0) {
        // (Or right before a noun of lending: "concedeu a Moçambique um empréstimo [...] para a reabilitação do porto de Nacala".)
        for (let k = before - 1; k >= Math.max(L, t.idx - (noun ? 4 : 0)); k--) {
          if (k === t.idx) continue;
          // (or the object of a verb of giving: "will lend Mozambique $250 million for the rehabilitation of".)
          if (items[k]!.place && (roles[k]?.role === 'to' || (roles[k]?.role === 'bare' && !noun && k === t.idx + 1)) && countryAt(items, k) === countryAt(items, dst)) {
            dst = k;
            break;
          }
        }
      }
      const at = purposeNounAt(items, dst + 1, refineEnd);
      if (at >= 0) refineEnd = at - 1;
    }
    // (the goods paid for come from the most specific place the clause gives: "for electricity from its plant at Godda")
    const paidGoodsFrom = refineEnd < R ? refine(items, roles, dst, t.idx + 1, R, (r) => r.role === 'in' || r.role === 'to' || r.role === 'from' || r.role === 'demonym', true) : undefined;
    if (!(t.cls === 'receive' && dst !== undefined && dst < t.idx && cargoAntecedent(items, t.idx, lang === 'en') >= 0)) dst = refine(items, roles, dst, t.idx + 1, refineEnd, (r, k) => (r.role === 'in' || r.role === 'to' || r.role === 'demonym') && !(t.cls === 'send' && otherParticiple(items, roles, k, t.idx)), true);
    // (Not a place named for an event: "depuis la prise de Goma", "since the fall of Kabul".)
    // (Nor one in an elaboration on the goods: "26 presos, entre ellos mandos del Cártel de Sinaloa".)
    let srcEnd = R;
    // (Nor the maker's after an active verb: "robots de déminage fabriqués par une PME de Bretagne".)
    for (let k = t.idx + 1; k <= R; k++) if (hasMark(items[k], MB.elab) || (!passive && !noun && prepRole(items[k]) === 'by' && PARTICIPLE.test(items[k - 1]!.lower))) { srcEnd = k - 1; break; }
    // (Nor a town of the giver's country where the goods were made: "doou duas lanchas construídas em Viana do Castelo".)
    src = refine(items, roles, src, Math.max(L, t.idx - 6), srcEnd, (r, k) => (r.role === 'from' || (r.role === 'of' && !EVENT_NOUNS.has(items[k - 2]?.lower ?? ''))) && !(t.cls === 'send' && k > t.idx && madeAt(items, k)));
    // ("Thailand extradited to South Korea a man accused of running a phone-scam call centre from Pattaya": a place in the charge
    // is no end; the subject sends.)
    if (t.cls === 'deport' && src !== undefined && src > t.idx && hasBefore(items, src, t.idx + 1, src - t.idx - 1, (x) => CHARGED.test(x.lower))) {
      src = subject !== undefined && subject < t.idx && (dst === undefined || countryAt(items, subject) !== countryAt(items, dst)) ? subject : undefined;
    }
    // ("Guinea Ecuatorial exportó 41 cargamentos desde la planta de Punta Europa, en la isla de Bioko", "Le Canada a exporté 380 000
    // barils par jour depuis le terminal Westridge, à Burnaby": a place of the exporter's own country after an export verb, "in" or
    // "à" it, is where the goods leave, no buyer: exports leave the country.)
    if (t.cls === 'send' && !noun && EXPORT_STEM.test(items[t.idx]!.lower) && src !== undefined && dst !== undefined && dst > t.idx && (roles[dst]?.role === 'in' || roles[dst]?.role === 'to') && items[src]!.place!.place.kind === 'country' && countryAt(items, src) === countryAt(items, dst)) {
      src = dst;
      dst = undefined;
    }
    // ("Ottawa va transférer 1 500 demandeurs d'asile hébergés à Montréal vers l'Ontario": people a government moves within
    // its country leave from where they are housed.)
    if (t.cls === 'send' && src !== undefined && dst !== undefined) {
      for (let k = t.idx + 2; k < dst; k++) {
        const v = items[k]!.place ? otherParticiple(items, roles, k, t.idx) : undefined;
        if (!v) continue;
        if (v.sense === 'host' && countryAt(items, k) === countryAt(items, src) && countryAt(items, k) === countryAt(items, dst)) src = k;
        break;
      }
    }
    // ("Les Pays-Bas ont rapatrié 120 ressortissants néerlandais depuis le Liban", "France evacuated 300 French nationals from
    // Lebanon": a country bringing its own people home brings them from the place they leave.)
    if (t.cls === 'deport' && !noun && src !== undefined && dst !== undefined && countryAt(items, src) === countryAt(items, dst)) {
      const away = first(fromRight, ofR);
      if (away !== undefined && away > t.idx && countryAt(items, away) !== countryAt(items, dst)) src = away;
    }
    // ("le Vietnam y a engagé 5,5 milliards", "Elle y a envoyé 500 soldats": French "y" before the verb is where it goes.)
    // ("Francia, que lidera el batallón de la OTAN en Rumanía, envió allí otros 300 soldados", "sent there": so does "there" right
    // after the verb.)
    if (!noun && !passive && t.cls === 'send' && dst === undefined && src !== undefined && src < t.idx) {
      let y = t.idx - 1;
      while (y > src && hasMark(items[y], MB.aux | MB.passiveAux)) y--;
      const there = THERE_TO.has(items[t.idx + 1]?.lower ?? '') && !items[t.idx + 1]!.place;
      if ((lang === 'fr' && items[y]?.lower === 'y' && y === src + 1) || there) {
        for (let k = there ? t.idx - 1 : src - 1; k >= 0; k--) {
          if (items[k]!.tok === 'punct' && !isComma(items[k])) break;
          if (items[k]!.place && (roles[k]?.role === 'in' || roles[k]?.role === 'to') && countryAt(items, k) !== countryAt(items, src)) {
            dst = k;
            break;
          }
        }
      }
    }
    // ("Na agenda com o governo guianense está a doação de dez viaturas": the nationality of an official body a transfer noun's
    // clause is "with" is the partner's, not the giver's.)
    if (noun && hasMark(items[t.idx], MB.gift) && src !== undefined && src < t.idx && withBody(items, src)) src = undefined;
    // ("O Brasil, que a China abastece de fertilizantes", "Brazil, which China supplies with fertiliser", "le Mali, que la
    // Russie arme": a relative whose own subject is a place stands for the verb's object, who is supplied, trained or visited.)
    if (dst === undefined && src !== undefined && src < t.idx && !noun && !passive && (t.cls === 'send' || t.cls === 'help' || t.cls === 'train' || t.cls === 'visit')) {
      const a = objectRelative(items, src, t.idx);
      if (a !== undefined && countryAt(items, a) !== countryAt(items, src)) dst = a;
    }
    // '"We will send 1,000 police officers to Haiti," the Kenyan president said': inside a quotation with no
    // giver named, the speaker's country gives.
    // ('"Recibimos el gas de Argelia", dijo un gerente de una planta en Tarragona': a receiver speaking in the first person
    // plural receives where the speaker is.)
    if (((src === undefined && (t.cls === 'send' || t.cls === 'help' || t.cls === 'train')) || (dst === undefined && t.cls === 'receive')) && !passive) {
      quotes ??= quoteMarks(items);
      const sp = quotes.length >= 2 ? quotedSpeaker(items, roles, t.idx, quotes) : undefined;
      if (sp && t.cls === 'receive') {
        if (sp.we && (src === undefined || countryAt(items, sp.at) !== countryAt(items, src))) {
          dst = sp.at;
          dstActor = true;
        }
      } else if (sp && (dst === undefined || countryAt(items, sp.at) !== countryAt(items, dst))) {
        src = sp.at;
        srcActor = true;
      }
    }
    // "Hanwha will ship 20 guns to Chile, the South Korean manufacturer said": a company announcing its own
    // sale, named by its nationality in the closing attribution, gives for its country.
    if (src === undefined && (t.cls === 'send' || t.cls === 'help') && !passive && !noun && dst !== undefined) {
      const co = companySpeaker(items, t.idx);
      if (co !== undefined && countryAt(items, co) !== countryAt(items, dst)) {
        src = co;
        srcActor = true;
      }
    }
    // "Four JF-17 jets were handed over to Azerbaijan, Pakistan's military said": a state institution closing a
    // passive handover with no giver named announces its own.
    // ("Sinopec shipped Angolan crude to Europe", "CNPC sells Kazakh oil": a company trades other countries' produce; the
    // goods' nationality is where they come from.)
    if (src !== undefined && items[src]!.place?.org && (t.cls === 'send' || t.cls === 'receive')) {
      for (let k = Math.max(L, t.idx - 4); k <= Math.min(R, t.idx + 6); k++) {
        if (items[k]!.place?.via === 'demonym' && (isCargo(items[k + 1]) || isCargo(items[k - 1])) && countryAt(items, k) !== countryAt(items, src) && (dst === undefined || countryAt(items, k) !== countryAt(items, dst))) {
          src = k;
          srcActor = false;
          break;
        }
      }
    }
    // "North Korea has sent 11,000 troops to help Russia", "enviou 500 militares para ajudar Moçambique", "pour aider le
    // Mali": a sending with no destination of its own goes to whom its purpose helps, and that help is no other flow.
    if (t.cls === 'send' && !noun && !passive && dst === undefined && src !== undefined) {
      const h = triggers[ti + 1];
      const to = h ? h.idx - 1 : -1;
      // (Only goods the lexicon knows, named between the verb and the purpose: "sent engineers to help Pakistan" stays
      // help, aid; nor a list of those helped, "to help Türkiye and Syria", each of which the help reaches.)
      let goods = false;
      for (let k = t.idx + 1; k < to && !goods; k++) goods = isCargo(items[k]);
      if (h && goods && h.cls === 'help' && to > t.idx && to <= R + 1 && prepRole(items[to]) === 'to' && !items[to]!.place) {
        for (let k = h.idx + 1; k <= h.idx + 3 && k < items.length; k++) {
          const it = items[k]!;
          const listed = hasMark(items[k + 1], MB.coord) || (isComma(items[k + 1]) && !!items[k + 2]?.place);
          if (listed) break;
          // ("pour aider l'armée béninoise", "to help the Russian army": or the army of a nationality.)
          const army = actorNationality(items, k);
          const at = army >= 0 ? army : it.place && it.place.via !== 'demonym' ? k : -1;
          if (at >= 0 && countryAt(items, at) !== countryAt(items, src)) {
            dst = at;
            dstActor = true;
            helpSent = h.idx;
            break;
          }
          if (!(hasMark(it, MB.det) || prepRole(it) === 'to')) break;
        }
      }
    }
    // ("retomar a compra de energia elétrica da Venezuela para abastecer Roraima", "buy gas from Qatar to supply Pakistan's
    // power plants": what is bought with no buyer named goes to the place a purpose of supplying names.)
    // ("Pakistan bought LNG from Qatar to supply Karachi": with a buyer named, a place of its own supplied is no other flow.)
    if (t.cls === 'receive' && src !== undefined) {
      const h = triggers[ti + 1];
      const before = items[(h?.idx ?? 0) - 1]?.lower ?? '';
      if (h && (before === 'to' || (h.mood === 'inf' && BENEFIT.has(before))) && SUPPLY_INF.test(items[h.idx]!.lower) && h.idx - 1 <= R + 1) {
        let k = h.idx + 1;
        if (items[k]?.lower === 'a' && !items[k]!.place) k++;
        if (hasMark(items[k], MB.det)) k++;
        if (items[k]?.place && items[k]!.place!.via !== 'demonym' && countryAt(items, k) !== countryAt(items, src)) {
          if (dst === undefined) {
            dst = k;
            helpSent = h.idx;
          } else if (countryAt(items, k) === countryAt(items, dst)) helpSent = h.idx;
        }
      }
    }
    // ("envoyer 2 000 hommes pour épauler l'armée béninoise face aux groupes actifs au Burkina Faso": the army of a nationality
    // that a Romance infinitive of purpose supports receives what is sent, not a place named past it.)
    // ("deployed soldiers to support the Nigerien army against groups active in Mali": the English infinitive too, found here
    // only for a send.)
    if (t.cls === 'send' && !noun && src !== undefined) {
      let purposeVerb = purposeAt;
      if (lang === 'en' && purposeVerb < 0) for (let k = t.idx + 1; k < Math.min(Rmax, t.idx + 8) && purposeVerb < 0; k++) if (items[k]!.lower === 'to' && infinitiveAt(items[k + 1])) purposeVerb = k + 1;
      const army = purposeVerb >= 0 && (dst === undefined || dst > purposeVerb) ? actorNationality(items, hasMark(items[purposeVerb + 1], MB.det) ? purposeVerb + 2 : purposeVerb + 1) : -1;
      if (army >= 0 && countryAt(items, army) !== countryAt(items, src)) {
        dst = army;
        dstActor = true;
      }
    }
    // (A handover only: "weapons were smuggled to Yemen, the Saudi military said" is another state's account.)
    if (src === undefined && t.cls === 'send' && passive && !noun && agent === undefined && dst !== undefined && HANDOVER.test(items[t.idx]!.lower)) {
      const st = companySpeaker(items, t.idx, INSTITUTIONS);
      if (st !== undefined && countryAt(items, st) !== countryAt(items, dst)) {
        src = st;
        srcActor = true;
      }
    }
    // "Nicaragua expelled 135 prisoners, who were flown to Guatemala", "que fueron trasladados a Guatemala": a passive
    // with no giver in a relative clause on the main clause's object sends from the main clause's subject.
    if (src === undefined && passive && agent === undefined && dst !== undefined && relOpen && (t.cls === 'send' || t.cls === 'deport' || t.cls === 'move')) {
      const pluperfect = [2, 3, 4].some((d) => PLUPERFECT.has(items[t.idx - d]?.lower ?? ''));
      const m = pluperfect ? undefined : mainSubject(items, roles, t.idx);
      if (m !== undefined && countryAt(items, m) !== countryAt(items, dst)) src = m;
    }
    // ("L'Allemagne a aidé l'Ukraine, à qui elle a livré des chars", "Rusia apoya a Venezuela, a quien vendió 24 cazas",
    // "Russia backs Venezuela, to which it sold fighters": a relative clause of giving to the place before it gives to
    // that place, from the main clause's subject.)
    // ("Portugal ajudou Angola a formar os seus diplomatas", "Turkey has helped Azerbaijan train its drone pilots", "ajudou
    // Angola a reforçar a sua marinha com três lanchas": the helped place does what it is helped to do with the helper,
    // who trains or gives.)
    // ("a aidé le Kenya à construire un chemin de fer grâce à un prêt": so is a transfer noun the help is given with.)
    const givenWith = noun && (t.cls === 'send' || t.cat === 'money') && withBetween(items, Math.max(0, t.idx - 4), t.idx + 1);
    // (Not paying: "a grant to help Moldova pay for electricity imports" pays the seller.)
    if ((t.cls === 'train' || t.cls === 'send' || givenWith) && !passive && (!noun || givenWith) && !PAY.test(items[t.idx]!.lower)) {
      // (Not after help asked for: "pediu ajuda a Portugal, que enviou 20 toneladas" is Portugal's sending.)
      const prevHelp = ti > 0 && !(triggers[ti - 1]!.cls === 'help' && requestBefore(items, triggers[ti - 1]!.idx)) ? triggers[ti - 1]! : undefined;
      const h = helpedTask(items, roles, prevHelp, t.idx, subjectLike, givenWith);
      if (h) [src, dst, srcActor, dstActor] = [h.helper, h.helped, true, true];
    }
    // (A relative clause set off by a comma closes at the next one: "Iran, to which Russia sold jets, supplies drones to
    // Moscow" — the drones are no part of the sale.)
    if (t.cls === 'send' && !passive && !noun) {
      const d = dativeRelative(items, roles, t.idx, subjectLike);
      if (d) {
        [src, dst, srcActor, dstActor] = [d.giver, d.to, true, true];
        R = beforeComma(items, t.idx, R);
      }
    }
    // ("França, à qual Espanha comprou 7.000 GWh", "a la que España compró", "from which Spain bought": the place before a
    // relative of buying "from" sells; the clause's subject, or the main clause's, buys.)
    if (t.cls === 'receive' && !passive && !noun) {
      const d = dativeRelative(items, roles, t.idx, subjectLike, true);
      if (d) {
        [src, dst, srcActor, dstActor] = [d.to, d.giver, false, true];
        R = beforeComma(items, t.idx, R);
      }
    }
    // "Omã, para onde foram embarcadas 9,2 milhões de toneladas", "Japón, Filipinas y Corea del Sur, adonde se enviaron":
    // the places before a relative adverb of direction are where the clause's goods go; "Niamey, d'où partent les vols",
    // "de onde saíram": of origin, where they leave from.
    let relDsts: number[] | undefined;
    if ((t.cls === 'send' || t.cls === 'move' || t.cls === 'leave') && !noun) {
      const rel = placeRelative(items, t.idx);
      if (rel && rel.way === 'to' && dst === undefined && (src === undefined || countryAt(items, src) !== countryAt(items, rel.places[0]!))) {
        dst = rel.places[rel.places.length - 1]!;
        relDsts = rel.places;
        dstActor = false;
      } else if (rel && rel.way === 'from' && src === undefined && (dst === undefined || countryAt(items, dst) !== countryAt(items, rel.places[0]!))) {
        src = rel.places[rel.places.length - 1]!;
        srcActor = false;
      }
    }
    const giverUnsaid =
      src === undefined && (t.cls === 'send' || t.cls === 'help') && !passive && (givingPronoun || nullSubject(items, t, lang) || institutionSubject(items, t, L));
    // ("para manter o contingente": keeping sends only to a place the clause names, maybe by a place noun:
    // "mantiene tropas en la isla".)
    if (t.sense === 'keep' && dst === undefined && !inPlaceNoun(items, t.idx, R)) {
      pending.push({ t, flows: [], endsWithCoord: false, src: undefined, dst: undefined, srcIdx: -1 });
      continue;
    }
    // ("The four-hour trip from Paris to Amsterdam includes two stops", "A viagem de Lisboa a Luanda dura oito horas": a
    // journey noun between two named ends, said to last or include something (in the present), in a sentence naming no one who
    // travels, describes a route; "made the trip", "the pope's trip", "He made the trip" are journeys.)
    if (noun && t.cat === 'visit' && src !== undefined && src === from && dst !== undefined && items.some((it) => ROUTE_PREDICATES.has(it.lower)) && !namesTraveller(items)) routeOnly = true;
    // ("o gás azeri abastece a Turquia", "le gaz azerbaïdjanais alimente la Turquie": goods of a nationality as the subject of a
    // verb of supplying come from that nationality's country.)
    // ("Uma nova linha de crédito, pedida pelo governo angolano", "a loan requested by Kenya": who asked for what is sent is its
    // receiver, no giver.)
    if (noun && t.cls === 'send' && src !== undefined && src > t.idx && src - t.idx <= 8 && requestedBy(items, src)) [src, dst] = [undefined, dst ?? src];
    const suppliedGoods = (t.cls === 'send' || t.cls === 'help') && goodsSubject(items, t.idx, lang);
    if (src === undefined && !noun && !passive && originL !== undefined && suppliedGoods) src = originL;
    // ("Guatemala recibió 61.430 migrantes retornados, de los cuales unos 38.900 llegaron en vuelos desde Estados Unidos", "received
    // 9,000 refugees, of whom 1,400 arrived by air": a share of what a place received arrives there.)
    if (dst === undefined && !noun && t.cls === 'move' && ti > 0 && triggers[ti - 1]!.cls === 'receive' && triggers[ti - 1]!.mood !== 'noun' && prevDst !== undefined && prevDst < triggers[ti - 1]!.idx && partitiveBetween(items, Math.max(triggers[ti - 1]!.idx + 1, t.idx - 6), t.idx) && (src === undefined || countryAt(items, src) !== countryAt(items, prevDst))) dst = prevDst;
    if ((src === undefined && dst === undefined && !noun && !giverUnsaid) || routeOnly) {
      pending.push({ t, flows: [], endsWithCoord: false, src: undefined, dst: undefined, srcIdx: -1 });
      continue;
    }

    // Weak beneficiary: a demonym in the object ("programa ... norte-coreano") when nothing better.
    if (dst === undefined && t.cls === 'send' && demonymR !== undefined && src !== undefined) {
      if (countryAt(items, demonymR) !== countryAt(items, src) && !sentenceRecip) dst = demonymR;
    }

    // "Vinte estátuas levadas de Cuzco foram devolvidas": a participle on the subject leaves the
    // subject (what is sent back) in the clause before it.
    const prevT = triggers[ti - 1];
    let subjectStart = passive && !noun && t.cls === 'deport' && prevT && L === prevT.idx + 1 && prevT.mood === 'part' && !hasMark(items[prevT.idx - 1], MB.aux | MB.passiveAux) ? lastL : L;
    // "déployé trois frégates ..., et le ministre italien s'est rendu à Sfax": a new clause opened by a comma
    // and a conjunction has its own subject; the goods of the clause before are not its cargo.
    if (!noun && subjectStart === L) {
      for (let k = t.idx - 2; k > L; k--) {
        // (So does a clause of place: "..., d'où les troupes syriennes sont parties", ", where Russian troops".)
        const opener = hasMark(items[k], MB.coord) || LOCATIVE_REL.has(items[k]!.lower) || hasMark(items[k], MB.there);
        // (Only after a verb of its own: "Forty tanks, 20 howitzers, and the ammunition were delivered" is one list.)
        if (isComma(items[k - 1]) && opener && (hasMark(items[k + 1], MB.det) || !!items[k + 1]?.place) && prevT !== undefined && prevT.idx < k) {
          subjectStart = k + 1;
          break;
        }
      }
    }
    // "o Vietname comprou a castanha guineense, que é [...] depois reexportada para os Estados Unidos": goods
    // re-exported leave from whoever just received them, not from their origin.
    let sentOn = false;
    if (onward(items, t.idx) && prevDst !== undefined && prevDst < t.idx && (src === undefined || roles[src]?.role === 'origin' || roles[src]?.role === 'demonym') && countryAt(items, prevDst) !== (dst === undefined ? undefined : countryAt(items, dst))) {
      src = prevDst;
      srcActor = true;
      sentOn = true;
    }
    // "Bolivia firmó con el Gobierno argentino un acuerdo para importar 300.000 toneladas", "signed a deal with Argentina to
    // import": a buying or selling infinitive that a deal with a partner is for. The signer buys from, or sells to, the partner.
    let dealFor = false;
    if (t.mood !== 'noun' && (t.cls === 'receive' || t.cls === 'send')) {
      const deal = dealWith(items, roles, t.idx);
      if (deal) {
        [src, dst] = t.cls === 'receive' ? [deal.partner, deal.signer] : [deal.signer, deal.partner];
        srcActor = dstActor = srcCountry = true;
        dealFor = true;
      }
    }
    // ("México envió dos aviones a Israel para repatriar a 300 mexicanos", "sent planes to Beirut to evacuate its nationals":
    // people brought home by the aircraft a sending just took somewhere leave from there.)
    const carrierSent = ti > 0 && t.cls === 'deport' && (t.mood === 'inf' || items[t.idx - 1]?.lower === 'to') && purposeBefore(items, t.idx) ? triggers[ti - 1]! : undefined;
    if (carrierSent && carrierSent.cls === 'send' && fromRight === undefined && prevDst !== undefined && prevDst > carrierSent.idx && prevDst < t.idx && dst !== undefined && (src === undefined || countryAt(items, src) === countryAt(items, dst)) && countryAt(items, prevDst) !== countryAt(items, dst)) {
      src = prevDst;
      srcActor = false;
    }
    // ("Argentina importó gas de Trinidad, mientras que las compras de gas a Bolivia terminaron": a purchase noun in a clause
    // of contrast, with no buyer of its own, is the buyer's of the clause before.)
    if (noun && t.cls === 'receive' && dst === undefined && src !== undefined && contrastAt >= 0 && prevDst !== undefined && prevDst < contrastAt && countryAt(items, prevDst) !== countryAt(items, src)) {
      dst = prevDst;
      dstActor = true;
    }
    if (dst !== undefined) prevDst = dst;
    // ("Norwegian gas supplies Germany": goods as the subject of an English verb of supplying are what it sends.)
    let cargo = collectCargo(items, t, subjectStart, R, passive || suppliedGoods, lang, decimalComma, roles);
    // ("O café é o principal produto de exportação de Timor-Leste, vendido sobretudo aos Estados Unidos", "Coffee is the country's
    // main export, sold mostly to Germany": a participle of sending with no goods of its own sends the goods the sentence opens
    // with as the subject of a copula.)
    if (cargo.length === 0 && t.mood === 'part' && t.cls === 'send' && dst !== undefined) {
      const cop = copulaOpening(items, lang);
      // (Not past a speaker, whose participle it is: "Oil is the main export of Nigeria, said the ambassador, sent to Beijing".)
      if (cop > 0 && !hasBefore(items, t.idx, cop + 1, t.idx - cop - 1, (x) => hasTagMark(x, 'say') || hasMark(x, MB.hedge | MB.actor) || isPeople(x))) cargo = collectCargo(items, t, 0, cop - 1, true, lang, decimalComma, roles);
    }
    // ("Las remesas que los guatemaltecos envían desde Estados Unidos", "the money Filipinos send from Saudi Arabia": money people of a
    // nationality send from where they live, with no end named, goes to their country.)
    // (Remittances only: "Los polacos enviaron desde Alemania 5 millones de euros" after a receipt named is no money home.)
    if (t.cls === 'send' && !noun && !passive && dst === undefined && src !== undefined && src === fromRight && originL !== undefined && originL < t.idx && pluralNationality(items[originL]) && countryAt(items, originL) !== countryAt(items, src) && cargo.length > 0 && cargo.every((h) => h.cat === 'money') && items.some((x) => REMITTANCES.test(x.lower))) dst = originL;
    const parties = new Set<string>();
    for (const e of [src, dst]) {
      const c = e === undefined ? undefined : items[e]!.place?.place.country;
      if (c) parties.add(c);
    }
    // ("as remessas enviadas de Portugal [...], enquanto as transferências para a Índia": a sender left unsaid is
    // the sentence's previous sender, a party too.)
    if (src === undefined && prevSrcCountry) parties.add(prevSrcCountry);
    if (src !== undefined) prevSrcCountry = items[src]!.place?.place.country;
    // (the end that makes the transfer: the giver, or the taker of a purchase or reception)
    // (a deporter as the verb's subject: "Malaysia said it had deported"; not the nationality of the people deported, "Russia has
    // deported Ukrainian children to Belarus, Kyiv says")
    const agentEnd = t.cls === 'receive' ? dst : t.cls === 'send' || t.cls === 'help' || t.cls === 'train' || t.cls === 'visit' || t.cls === 'leave' || (t.cls === 'deport' && !passive && src !== undefined && src === subject) ? src : undefined;
    const agentCountry = agentEnd === undefined ? undefined : items[agentEnd]!.place?.place.country;
    const read = statusOf(items, t, L, hedgedFor(items, t.idx, parties, agentCountry, relBefore), relBefore);
    readAt[ti] = read;
    // (what a deal is for is yet to be done)
    // ("A Malásia deverá enviar em abril instrutores para formar 120 técnicos": what a planned sending is for is planned too.)
    const sending = ti > 0 ? triggers[ti - 1]! : undefined;
    // (And what a denied one is for is denied: "Portugal não vai enviar instrutores para formar".)
    const sendingStatus = t.mood === 'inf' && sending !== undefined && (sending.cls === 'send' || sending.cls === 'train') && t.idx - sending.idx <= 8 && purposeBefore(items, t.idx) ? readAt[ti - 1] : undefined;
    const purposeOfPlan = read === 'stated' && sendingStatus === 'planned';
    // ("un contrat d'environ 2 milliards d'euros pour l'acquisition de deux sous-marins", "un accord prévoyant la formation de 300
    // policiers": a transfer noun that a contract or a deal is for is yet to be done.)
    const dealNoun = noun && dealBefore(items, t.idx);
    const status = sendingStatus === 'denied' ? 'denied' : (dealFor || purposeOfPlan || dealNoun) && read === 'stated' ? 'planned' : read;
    const recip = sentenceRecip;
    // (What the workers send home is the money, not themselves.)
    // ("ready to help Sudan in any way the Sudanese people need": people helped are no goods; the help is aid.)
    const given = t.cls === 'help' && !noun ? cargo.filter((h) => !(h.cat === 'people' && h.at !== undefined && hasMark(items[h.at], MB.benef))) : cargo;
    // ("O investimento chinês no Brasil concentra-se em energia": what is invested in is no goods sent.)
    // ("Chinese firms have invested $5 billion in uranium mining in Namibia": so is the sector a verb of investing puts money into.)
    const investing = t.cat === 'money' && investsAt(items, t) && given.some((h) => h.cat === 'money');
    let hits = categorize(t, sentHome || remitters || t.until !== undefined || investing ? given.filter((h) => h.cat === 'money') : peopleGiver !== undefined ? given.filter((h) => h.at !== peopleGiver) : given, sourceBetween);
    // ("El cargamento, enviado por Irán a Venezuela, incluía 2 millones de barriles de gasolina": a word of cargo in general names no goods
    // of its own beside the goods it is said to hold.)
    if (hits.some((h) => h.unit === 'cargo' && h.cat === 'other') && hits.some((h) => h.unit !== 'cargo')) hits = hits.filter((h) => !(h.unit === 'cargo' && h.cat === 'other'));
    // ("Part of the crude delivered to Rotterdam is then resold to Germany", "serait ensuite revendue en Allemagne": goods sent on in
    // the passive, with none named in its own clause, are the ones the clause before brought there.)
    if (sentOn && passive && hits.length === 0 && cargo.length === 0 && prevHits) hits = prevHits.filter((h) => h.cat !== 'money' && h.cat !== 'visit');
    // ("Most chicken shipments leave the port of Itajaí bound for Veracruz": a verb of going right after a noun of transfer, its subject,
    // carries that noun's goods.)
    // (So does one after a relative clause of presence on its subject: "Os 250 militares portugueses que estão na República Centro-Africana
    // regressam".)
    else if ((t.cls === 'leave' || t.cls === 'move') && !noun && hits.every((h) => h.cat === 'visit') && cargo.length === 0 && prevHits && ti > 0 && ((triggers[ti - 1]!.mood === 'noun' && t.idx - triggers[ti - 1]!.idx <= 2) || (triggers[ti - 1]!.cls === 'presence' && [1, 2].some((d) => hasMark(items[triggers[ti - 1]!.idx - d], MB.rel))))) hits = prevHits.filter((h) => h.cat !== 'money' && h.cat !== 'visit');
    // ("extraditó a Estados Unidos a un exalcalde acusado de facilitar el tráfico de cocaína": only people are extradited, whatever
    // goods the charge names.)
    if (t.cls === 'deport' && EXTRADITE.test(items[t.idx]!.lower) && hits.some((h) => h.cat !== 'people')) {
      const p = hits.find((h) => h.cat === 'people');
      hits = [p ?? { cat: 'people', unit: 'people', q: null, reversed: false }];
    }
    // ("Remittances sent by Filipinos working in Saudi Arabia", "los envíos de fondos realizados por": a participle with no goods of its
    // own on a transfer noun right before it sends what that noun names.)
    const head = ti > 0 ? triggers[ti - 1]! : undefined;
    if (hits.length === 0 && t.mood === 'part' && t.cls === 'send' && head && head.idx === t.idx - 1 && head.mood === 'noun' && head.cls === 'send' && head.cat !== undefined && head.cat !== 'visit') hits = [{ cat: head.cat, unit: head.cat, q: null, reversed: false }];
    // ("30 pilotos filipinos recibieron formación": so are people counted as the subject of receiving it.)
    if (!trainedCount && t.cls === 'receive' && !passive && hits.some((h) => h.cat === 'training' && !h.q)) {
      for (let k = t.idx - 1; k >= Math.max(L, t.idx - 4) && !trainedCount; k--) {
        if (items[k]!.trig) break;
        if (isPeople(items[k])) trainedCount = quantityAt(items, k, decimalComma);
      }
    }
    if (trainedCount) hits = hits.map((h) => (h.cat === 'training' && !h.q ? { ...h, q: trainedCount } : h));
    // ("India has sent back 184 Myanmar soldiers", "A Índia devolveu 184 soldados birmaneses": soldiers another country
    // sends to their own country are people returned, not troops deployed.)
    // (Not a force expelled: "Niamey a expulsé les derniers militaires américains" sends troops home.)
    if ((t.cls === 'send' || (t.cls === 'deport' && !EXPEL.test(items[t.idx]!.lower))) && !noun && src !== undefined && dst !== undefined && countryAt(items, src) !== countryAt(items, dst)) {
      const dc = countryAt(items, dst);
      hits = hits.map((h) => (h.cat === 'troops' && h.at !== undefined && [items[h.at - 1], items[h.at + 1]].some((x) => !!x?.place && x.place.place.country === dc && x.place.via !== 'anaphor') ? { ...h, cat: 'people' } : h));
    }
    // ("120 professores portugueses chegou a Timor-Leste para formar docentes timorenses": people sent or arriving to train
    // others bring training.)
    const next = triggers[ti + 1];
    // (The aircraft or ships sent to bring people home carry them: "envió dos aviones a Israel para repatriar a 300 mexicanos"
    // sends no aircraft.)
    if (next && next.cls === 'deport' && (next.mood === 'inf' || items[next.idx - 1]?.lower === 'to') && t.cls === 'send' && purposeBefore(items, next.idx) && hits.length > 0 && hits.every((h) => h.cat === 'vehicles')) hits = [];
    if (next && next.cls === 'train' && (next.mood === 'inf' || items[next.idx - 1]?.lower === 'to') && purposeBefore(items, next.idx) && (t.cls === 'send' || t.cls === 'move')) hits = hits.map((h) => (h.cat === 'people' ? { ...h, cat: 'training' } : h));
    // ("missiles intercepteurs Patriot PAC-3", "Patriot interceptor missiles": a system's name right after or before goods
    // of another kind names their model, not more goods.)
    if (hits.length > 1) {
      const catAt = (k: number): FlowCategory | undefined => (items[k]?.tags.find((g) => g.k === 'cargo') as { cat?: FlowCategory } | undefined)?.cat;
      const model = (h: CargoHit): boolean => h.cat === 'technology' && h.at !== undefined && !!items[h.at]!.cap && [catAt(h.at - 1), catAt(h.at + 1)].some((c) => c !== undefined && c !== 'technology' && hits.some((o) => o.cat === c));
      if (hits.some(model)) hits = hits.filter((h) => !model(h));
    }
    // ("La tonelada de urea se paga en el puerto de Tarragona a unos 420 euros", "a tonne is paid $420", "le baril se paie":
    // a price per unit is no payment made to anyone.)
    if (PAY.test(items[t.idx]!.lower) && !noun && [1, 2, 3, 4, 5, 6].some((d) => t.idx - d >= L && PER_UNIT.has(items[t.idx - d]!.lower) && (hasMark(items[t.idx - d - 1], MB.det) || PER.has(items[t.idx - d - 1]?.lower ?? '')))) hits = [];
    // ("A Grécia pediu ajuda a Portugal", "El Gobierno heleno había pedido ayuda también a Portugal, que la descartó", "asked
    // Portugal for help": aid asked for is no transfer, and the place asked is no recipient.)
    if (hits.length > 0 && hits.every((h) => h.cat === 'aid') && requestBefore(items, t.idx)) hits = [];
    // ("Most of those on board had entered the United States from Mexico", "Most of them crossed into Chad from Sudan": a
    // pronoun or a partitive of people as the subject of a verb of entering, with a start and an end in two countries, is people.)
    if (t.cls === 'move' && !noun && cargo.length === 0 && hits.every((h) => h.cat === 'visit') && src !== undefined && dst !== undefined && src > t.idx && dst > t.idx && countryAt(items, src) !== countryAt(items, dst) && peoplePronounSubject(items, L, t.idx)) {
      hits = [{ cat: 'people', unit: 'people', q: null, reversed: false }];
    }
    // ("4,500 Nepali workers left to work in Saudi Arabia", "partiram para trabalhar na Arábia Saudita", "sont partis
    // travailler dans les pays du Golfe": the place where people leave to work or live is where they go; "salieron del
    // país para trabajar en Arabia Saudita" past a start of their own.)
    // (Not home, then: "left to work in Saudi Arabia" is no Nepali's return.)
    if (t.cls === 'leave' && (dst === undefined || dst < t.idx) && hits.length > 0 && hits.every((h) => h.cat === 'people')) {
      const w = workPurpose(items, t.idx);
      // (or a place a place noun governs there: "dans les pays du Golfe")
      const at = w < 0 ? undefined : [inR, leftR].find((k) => k !== undefined && k > w && (roles[k]?.role === 'in' || roles[k]?.role === 'to' || (roles[k]?.role === 'of' && hasMark(items[k - 2], MB.geo | MB.anaphor))));
      if (at !== undefined) {
        dst = at;
        // (past an aside on the people: "quelque 4 500 Malgaches, en grande majorité des femmes, sont partis travailler")
        if (src === at) src = first(fromL, originL, subjectDemonym, demonymL, demonymBefore(items, t.idx, Math.max(L, t.idx - 12)));
      }
    }
    // ("O Brasil vai receber 450 refugiados da República Democrática do Congo que vivem hoje em campos da Tanzânia", "refugees from
    // Congo living in Uganda", "devolvió a su país a 5.000 refugiados burundeses que vivían en el campo de Nduta": people a relative
    // clause or a participle of living places in another country than their own come from there; in the sender's own country, from
    // that more specific place.)
    if (src !== undefined && dst !== undefined && hits.length > 0 && hits.every((h) => h.cat === 'people') && hits[0]!.at !== undefined) {
      const at = residenceAfter(items, hits[0]!.at, Rmax);
      if (at !== undefined && countryAt(items, at) !== countryAt(items, dst) && at !== src) {
        const own = countryAt(items, at) === countryAt(items, src);
        // (The people's own country: a nationality, or a place named between them and where they live, "refugees from Congo living in".)
        const nationality = items[src]!.place!.via === 'demonym' || (src > hits[0]!.at && src < at);
        if (own ? rankOf(items[at]!.place!.place) < rankOf(items[src]!.place!.place) : nationality) src = at;
      }
    }
    // ("300 Ethiopian officers left for Russia to study at military academies", "partiram para Portugal para se formar": people
    // going abroad to study or be trained take training from where they go.)
    if ((t.cls === 'move' || t.cls === 'leave') && src !== undefined && dst !== undefined && hits.length > 0 && hits.every((h) => h.cat === 'people' || h.cat === 'troops') && studyPurpose(items, t.idx)) {
      hits = hits.map((h) => ({ ...h, cat: 'training' }));
      [src, dst] = [dst, src];
      [srcActor, dstActor] = [dstActor, srcActor];
    }
    // ("the couple flew from Lyon to Lisbon for a wedding", "a young cook's journey from Seoul to New York": a private
    // person's travel is no official's visit.)
    if (hits.length > 0 && hits.every((h) => h.cat === 'visit') && (t.cls === 'move' || t.cls === 'visit') && privateTraveller(items, L, t.idx)) hits = [];
    // ("ajudar Cabo Verde a modernizar os portos, com 30 milhões de euros", "grâce à un prêt": goods given "with" still are.)
    // ("les nouvelles arrivées de Nicaraguayens au Canada", "the arrival of Haitians in Chile", "la llegada de venezolanos": a noun of
    // arriving of people named by their nationality brings people, no visitors.)
    // (A plural, after a bare "de"/"of": not "la llegada del japonés Fumio Kishida", "la visite du Français Emmanuel Macron".)
    if (noun && hits.length > 0 && hits.every((h) => h.cat === 'visit') && BARE_OF.has(items[t.idx + 1]?.lower ?? '') && pluralNationality(items[t.idx + 2]) && !isCargo(items[t.idx + 3]) && !items[t.idx + 3]?.cap) {
      hits = [{ cat: 'people', unit: 'people', q: null, reversed: false }];
    }
    if (helpToDo !== undefined) hits = hits.filter((h) => h.at !== undefined && (h.at < t.idx || withBetween(items, helpToDo!, h.at)));
    // "La France commandait 3 000 soldats au Tchad": commanding troops is no purchase (ordering goods is).
    // ("Britain took 1,300 Kyrgyz fruit pickers": but taking a counted group of people of a nationality takes them in.)
    if (t.sense === 'goods') hits = hits.filter((h) => (h.cat !== 'troops' && h.cat !== 'people') || (TAKE.has(items[t.idx]!.lower) && !!h.q && h.at !== undefined && [1, 2, 3].some((d) => items[h.at! - d]?.place?.via === 'demonym')));
    // (what is given by helping goes to the one helped, unless the gerund names another end)
    if (helped !== undefined && (dst === undefined || dst === helped)) dst = helped;
    if (helped !== undefined && src === helped) src = subject;
    // ("needed money for rent, all the while maintaining flats in Leeds": what a verb of keeping keeps is its object,
    // not goods named before it in another clause; "maintained gas supplies to Hungary" still keeps them going.)
    if (t.sense === 'keep' && !passive) hits = hits.filter((h) => h.at === undefined || h.at > t.idx);
    // ("Israel absorbed 200 Iranian missiles", "a China absorveu 135 milhões de toneladas": a market absorbs goods of trade only.)
    if (ABSORB.test(items[t.idx]!.lower)) hits = hits.filter((h) => h.cat === 'other' || h.cat === 'oil');
    // ("a débloqué 200 camions d'aide bloqués à Rafah": unblocking sends nothing but funds; "a débloqué 5 millions de dollars
    // d'aide pour l'Ouganda" sends aid measured in money.)
    if (/^débloqu/.test(items[t.idx]!.lower)) {
      const funds = cargo.some((h) => h.cat === 'money');
      hits = hits.filter((h) => h.cat === 'money' || (funds && h.cat === 'aid'));
    }
    // ("reforçar em 500 milhões de euros a linha de crédito": reinforcing by an amount right after the verb adds money.)
    if (t.sense === 'military') hits = hits.filter((h) => MILITARY_CATS.has(h.cat) || (h.cat === 'money' && h.at !== undefined && h.at > t.idx && h.at <= t.idx + 5));
    // People recruited to fight are troops.
    // (So are people an army recruited: "ciudadanos que habían sido reclutados por el ejército ruso", "recruited by the Russian army".)
    const byArmy = t.sense === 'enlist' && prepRole(items[t.idx + 1]) === 'by' && [2, 3, 4].some((d) => ARMIES.has(items[t.idx + d]?.lower ?? ''));
    if (t.sense === 'enlist' && (purposeEnd > t.idx || byArmy)) hits = hits.map((h) => (h.cat === 'people' ? { ...h, cat: 'troops' } : h));
    // ("Hundreds of Nepalis have travelled to Russia to fight as contract soldiers", "viajaram para a Rússia para combater": so are
    // people who travel to fight; not firefighters sent "to fight the fires", who are no people of this kind.)
    if ((t.cls === 'move' || t.cls === 'leave') && hits.some((h) => h.cat === 'people' && h.unit === 'people') && goesToFight(items, t.idx, Math.min(items.length - 1, t.idx + 16))) {
      hits = hits.map((h) => (h.cat === 'people' && h.unit === 'people' ? { ...h, cat: 'troops' } : h));
    }
    // ("cientos de colombianos combaten en Ucrania", "Colombians are fighting in Ukraine": people fighting somewhere are troops there.)
    if (t.cls === 'presence' && t.cat === 'troops') hits = hits.map((h) => (h.cat === 'people' ? { ...h, cat: 'troops' } : h));
    // (The exporter's goods are what the transfer noun carries: "Peru's copper exports ..., shipments to China".)
    if (cargo.length === 0 && exporter && exporter.goods >= 0 && hits.every((h) => h.unit === t.cat)) {
      const g = items[exporter.goods]!.tags.find((x) => x.k === 'cargo');
      if (g && g.k === 'cargo') {
        hits = [{ cat: g.cat, unit: g.unit, word: items[exporter.goods]!.lower, q: null, reversed: false }];
        src ??= exporter.at;
      }
      // ("As exportações portuguesas de conservas atingiram 412 milhões, impulsionadas pelas vendas para França": goods the
      // lexicon does not know are still the exporter's.)
    } else if (cargo.length === 0 && exporter && exporter.goods < 0 && hits.every((h) => h.cat === 'other')) {
      if (hits.length === 0) hits = [{ cat: 'other', unit: 'other', word: items[exporter.noun]!.lower, q: null, reversed: false }];
      src ??= exporter.at;
    }
    // "emprestou 900 computadores ao Paraguai": counted goods the lexicon does not know, lent, are goods.
    if (cargo.length === 0 && t.cat === 'money' && t.mood !== 'noun' && t.sense === 'lend') {
      const g = countedObject(items, t.idx, R);
      if (g >= 0) hits = [{ cat: 'other', unit: 'other', word: items[g]!.lower, q: quantityAt(items, g, decimalComma), reversed: false }];
      // "prestar su territorio", "prestó apoyo", "lend its voice": a plain noun lent that is no money or goods lends nothing.
      else if (lentNoun(items, t.idx, R)) hits = [];
    }
    // "L'armée syrienne s'est retirée du Liban", "the Russian forces withdrew from", "les troupes ... se sont
    // retirées": an army or troops named as the subject withdraw troops.
    if (t.cls === 'withdraw' && hits.length === 0 && hasBefore(items, t.idx, L, 6, (it) => ARMIES.has(it.lower) || it.tags.some((g) => g.k === 'cargo' && g.cat === 'troops'))) {
      hits = [{ cat: 'troops', unit: 'troops', q: null, reversed: false }];
    }
    // "qui forment avec le Bénin une alliance", "formam um bloco": "former"/"formar" with a partner or a body
    // as its object is "to form", not "to train".
    // ("sous forme liquéfiée", "en forme de": the noun "form", no verb.)
    if (t.sense === 'form' && (formsBody(items, t.idx) || FORM_NOUN_BEFORE.has(items[t.idx - 1]?.lower ?? ''))) hits = [];
    // "trigo doado pela Ucrânia", "sorgho offert par le Japon": food given away is aid, not trade.
    // (So is food a government sends, not sells, where the article speaks of relief: "O Brasil enviou 30
    // toneladas de alimentos" after "as vítimas do ciclone"; or receives: "Madagascar is to receive 1,000 tonnes of rice as cyclone
    // relief".)
    // (Any traded goods given away are aid too: "34,000 tonnes of potash donated by Russia", "urea donada por Rusia".)
    // (For goods other than food, only a word of donation: French "offre"/"offert", Portuguese "oferecidos" also offer for sale:
    // "La Russie offre des engrais au Brésil à prix réduit".)
    const giftHere = hasBefore(items, R + 1, L, R + 1 - L, (x) => hasMark(x, MB.gift) && DONATION.test(x.lower));
    if (hits.some((h) => h.cat === 'other' && (giftHere || FOOD_UNITS.has(h.unit))) && (giftHere || hasMarkIn(items, L, R, MB.gift) || ((t.cls === 'send' || t.cls === 'move' || (t.cls === 'receive' && t.mood !== 'noun')) && t.cat !== 'other' && !COMMERCIAL.test(items[t.idx]!.lower) && !!reliefNear?.(si)))) {
      hits = hits.map((h) => (h.cat === 'other' && (giftHere || FOOD_UNITS.has(h.unit)) ? { ...h, cat: 'aid' as const } : h));
    }
    // "plans to send 40 officers to South Korea for training", "enviar 30 pilotos ao Brasil para treinamento":
    // people sent for training are trained where they go; the training flows back to their sender.
    // (Who is sent may be a counted noun the lexicon does not know: "send 40 officers".)
    // (Only trainees: instructors, advisers and troops sent "for training exercises" train or drill themselves.)
    if ((t.cls === 'send' || t.cls === 'move') && !noun && !hits.some((h) => h.cat === 'troops' && !TRAINEE_UNITS.has(h.unit)) && (hits.some((h) => TRAINEE_UNITS.has(h.unit) || h.cat === 'people') || countedObject(items, t.idx, R) >= 0)) {
      const tr = hits.find((h) => h.cat === 'training' && h.at !== undefined && forTraining(items, h.at) && !EXERCISES.test(items[h.at + 1]?.lower ?? ''));
      if (tr) hits = hits.filter((h) => h.cat !== 'troops' && h.cat !== 'people').map((h) => (h === tr ? { ...tr, reversed: true } : h));
    }
    // "ont également dépêché des contingents au Canada" after "les incendies", or with "200 sapeurs-pompiers"
    // in the sentence: a contingent sent where the article speaks of relief is a relief team.
    if (hits.some((h) => h.unit === 'contingents') && t.cls === 'send' && !militaryNear(items, t.idx) && (!!reliefNear?.(si) || aidInSentence())) hits = hits.map((h) => (h.unit === 'contingents' ? { ...h, cat: 'aid' as const } : h));
    // "India sold antibiotics to Nigeria", "exported 20 tonnes of insulin": medicines traded are goods, not aid.
    // "Brazil exported $5 billion to China", "o Brasil importou da China US$ 53 bilhões": trade stated by its
    // value alone moves goods worth that much, not money.
    // (Not financial assets: "bought $20 billion of US Treasuries", "vendeu US$ 1 bilhão em swaps cambiais".)
    if (t.mood !== 'noun' && hits.length > 0 && hits.every((h) => h.cat === 'money' && !h.reversed && h.unit !== 'money') && COMMERCIAL.test(items[t.idx]!.lower) && !hasBefore(items, Math.min(R, t.idx + 10), t.idx, 10, (x) => FINANCIAL.test(x.lower))) {
      hits = hits.map((h) => ({ ...h, cat: 'other' as const }));
    }
    // ("vendió a Caracas medicamentos por 45 millones de dólares": so are they measured by their price.)
    const soldAid = (h: CargoHit): boolean => h.cat === 'aid' && (MEDICINE_UNITS.has(h.unit) || CURRENCY_CODE.test(h.unit));
    // ("Do lado das importações, o país depende da Irlanda, de onde chegam vacinas": so in a sentence about trade.)
    if (hits.some(soldAid) && (t.cat === 'other' || COMMERCIAL.test(items[t.idx]!.lower) || hasBefore(items, t.idx, 0, t.idx, (x) => COMMERCIAL.test(x.lower))) && !hasMarkIn(items, L, R, MB.gift)) {
      hits = hits.map((h) => (soldAid(h) ? { ...h, cat: 'other' as const } : h));
    }
    // ("One South Korean chose to remain in the United States", "200 Indian fishermen remain in Sri Lankan custody": people who
    // stay where they are are no transfer; troops that remain abroad still are a deployment.)
    if (t.cls === 'presence' && REMAIN.test(items[t.idx]!.lower)) hits = hits.filter((h) => h.cat !== 'people');
    // (Goods a giver donated are aid: "vacinas doadas por Portugal".)
    if (givenBy?.gift) hits = hits.map((h) => (h.cat === 'other' ? { ...h, cat: 'aid' as const } : h));
    let elidedTraveller = false;
    // ("Le chef de l'État doit ensuite se rendre à Shenzhen": so for a verb of visiting.)
    if (t.cls === 'visit' && t.mood !== 'noun' && src === undefined && actorAny === undefined && unnamedTraveller(items, L, t.idx)) elidedTraveller = true;
    // ("Luanda (Lusa) - O ministro dos Recursos Minerais viaja a Nova Deli": an official named by office alone, the
    // dateline's; emit gives the visit its start when the text has a dateline. The subject is that official, so a
    // nationality after the verb is no traveller's: "viajará a Caracas para reunirse con autoridades venezolanas".)
    // ("MADRID (EFE) - El Ejército del Aire desplegará seis cazas en Bulgaria": so does a state body named by no place, sending.)
    const homeOfficial = ((t.cls === 'visit' || t.cls === 'move' || t.cls === 'leave') && t.mood !== 'noun' && (src === undefined || (src > t.idx && items[src]!.place!.via === 'demonym')) && (actorAny === undefined || actorAny > t.idx) && !elidedTraveller && officeOnly(items, L, t.idx)) || (giverUnsaid && institutionSubject(items, t, L));
    if (homeOfficial) src = undefined;
    // ("Outros 1.300 cidadãos seguiram para França": more of the people the discourse just moved, from where they did.)
    // (Not people transferred on, "Otros 40 migrantes fueron trasladados a Almería": from where, the clause does not say.)
    if ((t.cls === 'move' || t.cls === 'send') && !noun && src === undefined && hits.length > 0 && hits.every((h) => h.cat === 'people') && !ONWARD.test(items[t.idx]!.lower) && otherPeopleBefore(items, L, t.idx)) elidedTraveller = true;
    // A journey with no cargo is a visit only when someone travels (an official, a pronoun, a people
    // noun); otherwise a coordinated verb moves what the previous one did ("Os obuses foram transportados
    // até a Polônia e dali seguiram para Kharkiv"), or nothing.
    if ((t.cls === 'move' || t.cls === 'leave') && t.mood !== 'noun' && !t.cat && hits.length === 1 && hits[0]!.cat === 'visit' && cargo.length === 0) {
      // "Depois, seguirá para Minsk", "A comitiva seguirá para Minsk": an official or a delegation with no
      // nationality, or no subject at all, travels as the discourse's latest traveller did. A stop it is said
      // to leave is the leg's start, as "Lavrov chegou ao país após participar de uma reunião na Malásia" is a
      // visit from Malaysia ("De Luanda, o ministro segue para Windhoek", "Tras su paso por China, el mandatario
      // viajará a Dubái").
      const stop = src !== undefined && src < t.idx && (roles[src]!.role === 'from' || roles[src]!.role === 'of' || hasMark(items[src - 1], MB.after));
      const unnamed = actorAny === undefined && (src === undefined || stop) && unnamedTraveller(items, L, t.idx);
      if (unnamed && src === undefined) elidedTraveller = true;
      const traveller =
        unnamed ||
        homeOfficial ||
        // ("Blankets sent by the British government arrived": the agent of the goods' participle travels not.)
        (actorAny !== undefined && !byActor(items, actorAny)) ||
        pronounSubject ||
        (src !== undefined && !byActor(items, src) && (roles[src]!.role === 'actor' || !!roles[src]!.asNoun || roles[src]!.head === 'actor')) ||
        // ("Iran's president arrived in Nairobi": a country's official, by the possessive.)
        (src !== undefined && src < t.idx && officialHome(items, src) === src && !byActor(items, src)) ||
        namedBefore(items, L, t.idx, person);
      // "600,000 Sudanese ... and about 20,000 arrived in Adre": the travellers are people.
      const numQ = barePeopleNumber(items, t.idx, L, decimalComma);
      if (src !== undefined && (roles[src]!.asNoun || migrantNationals(items, src, t.idx, L, lang))) hits = [{ cat: 'people', unit: 'people', q: null, reversed: false }];
      // ("Chegaram a Lisboa cinco angolanos vindos do Brasil", "Llegaron a Madrid 200 senegaleses": a Romance subject after the
      // verb, counted people named by their nationality.)
      else if (lang !== 'en' && originR !== undefined && originR > t.idx && !!roles[originR]!.asNoun && isNumeral(items[originR - 1])) hits = [{ cat: 'people', unit: 'people', q: quantityAt(items, originR, decimalComma), reversed: false }];
      // ("Unas 16.000 temporeras marroquíes llegarán a Huelva": counted people the lexicon does not know, by
      // their nationality.)
      else if (src !== undefined && src < t.idx && roles[src]!.role === 'origin' && items[src]!.place!.via === 'demonym' && qualifiesPeople(items, src))
        // (In English the people follow their nationality, and a headline may open with it: "RUSSIAN TROOPS ENTER KURSK".)
        hits = [{ cat: 'people', unit: 'people', word: items[src - 1]?.lower, q: src > 0 ? quantityAt(items, src - 1, decimalComma) : null, reversed: false }];
      // "About 20,000 arrived in Chad from Darfur", "Unos 3.000 llegaron a...": a bare number as the subject
      // of a journey counts people.
      else if (numQ) {
        // ("Uzbekistan sent 41,000 workers to South Korea, while some 27,500 went to Britain": after a transfer of
        // people in the sentence, the number counts more of them, leaving from where they did.)
        const prevPeople = prevHits?.find((h) => h.cat === 'people' || h.cat === 'troops');
        hits = [{ cat: prevPeople?.cat ?? 'people', unit: prevPeople?.unit ?? 'people', word: prevPeople?.word, q: numQ, reversed: false }];
        elidedTraveller = !!prevPeople && src === undefined;
      }
      else if (!traveller) {
        // ("Blankets sent by the British government arrived in Maiduguri": goods a participle in the subject sent
        // are what arrives.)
        // ("armas compradas en Florida llegaron a Port-de-Paix": so are goods bought, from where they were bought; not
        // "cazas comprados por Argentina aterrizaron", where the buyer is no start.)
        const pp = ti > 0 ? triggers[ti - 1]! : undefined;
        const participleSubject = !!pp && pp.mood === 'part' && L === pp.idx + 1 && (pp.cls === 'send' || (pp.cls === 'receive' && !hasRoleBetween(roles, pp.idx, t.idx, 'by')));
        const coordinated = hasMark(items[t.idx - 1], MB.coord) || hasMark(items[t.idx - 2], MB.coord) || thereAt >= 0 || participleSubject;
        hits = coordinated && prevHits ? prevHits.filter((h) => h.cat !== 'money') : [];
      }
    }
    // "O Brasil enviará em janeiro uma delegação a Riade", "sent a delegation to Kyiv": officials sent somewhere visit.
    // (The place the delegation goes "to" is read here: "a delegation to Kyiv to negotiate the delivery of missiles"
    // leaves the later noun no destination of its own.)
    // ("China sent a medical delegation to Zambia with 10 tonnes of vaccines": with goods, the goods go there.)
    const delegation = t.cls === 'send' && !noun && !passive ? delegationObject(items, t.idx, R) : -1;
    if (delegation >= 0) {
      const bare = cargo.length === 0 && hits.length === 0;
      if (bare) hits = [{ cat: 'visit', unit: 'visit', q: null, reversed: false }];
      // (goods only when the delegation brings them: "a delegation to Zambia with 10 tonnes of vaccines")
      if (dst === undefined && items[delegation + 1]?.prep === 'to' && (bare || hasBefore(items, Math.min(R, delegation + 8), delegation, 8, (x) => WITH.has(x.lower)))) {
        const d = hasMark(items[delegation + 2], MB.det) ? delegation + 3 : delegation + 2;
        if (items[d]?.place) dst = d;
      }
    }
    // ("..., while some 27,500 went to Britain": so with a verb of going that moves goods or people.)
    if (t.cls === 'send' && !noun && cargo.length === 0 && hits.length === 0) {
      const numQ = barePeopleNumber(items, t.idx, L, decimalComma);
      const prevPeople = prevHits?.find((h) => h.cat === 'people' || h.cat === 'troops');
      if (numQ && prevPeople) {
        hits = [{ cat: prevPeople.cat, unit: prevPeople.unit, word: prevPeople.word, q: numQ, reversed: false }];
        elidedTraveller = src === undefined;
      }
    }
    // "From there, they were taken to Crimea": no cargo named; what the previous transfer carried (in this
    // sentence, else the discourse's latest flow, read in emit).
    // ("deported 9,100 Malawians, of whom about 1,400 were flown from Johannesburg": the verb moves the share.)
    if (!noun && hits.length > 0) {
      const pq = partitiveSubject(items, L, t.idx, decimalComma);
      if (pq) hits = hits.map((h) => ({ ...h, q: pq }));
    }
    // "Las exportaciones chinas a Uruguay sumaron 2.300 millones de dólares", "imports of Chinese goods totalled
    // $2.3bn": the amount a trade noun sums to is the value of its goods, not money sent.
    // ("Chile's exports of copper to China totalled $21.4 billion": with the goods named, the amount is their value.)
    if (noun && hits.length > 0 && COMMERCIAL.test(items[t.idx]!.lower)) {
      const s = sumVerbAfter(items, t.idx, R);
      // ("Les exportations suisses d'or [...] ont atteint 193 tonnes, d'une valeur de 16 milliards de francs": a measure right after
      // the verb is the goods' own.)
      let measure = s >= 0 ? measureAfter(items, s, R) : -1;
      if (measure >= 0 && hasBefore(items, measure, s + 1, measure - s - 1, (x) => x.tags.some((g) => g.k === 'cur'))) measure = -1;
      const m = s >= 0 && measure < 0 ? hits.find((h) => h.cat === 'money' && !h.reversed && h.q) : undefined;
      const goods = hits.filter((h) => h.cat !== 'money');
      if (m) hits = goods.length === 0 ? [{ ...m, cat: 'other' }] : goods.map((h, i) => (i === 0 && !h.q ? { ...h, q: m.q, unit: m.unit, word: undefined } : h));
      // (Goods the lexicon does not know, measured and valued: "ont atteint 52 tonnes, d'une valeur de 3 milliards".)
      else if (measure >= 0 && goods.length === 0 && hits.length > 0 && hits.every((h) => h.cat === 'money' && !h.reversed)) hits = [{ ...hits[0]!, cat: 'other', unit: items[measure]!.lower, word: undefined, q: quantityAt(items, measure, decimalComma) }];
      // (Nor a total over several destinations: "somaram 9.400 toneladas, principalmente para o Chile e o Paraguai".)
      else if (s >= 0 && goods.length > 0 && (!goods[0]!.q || (measure >= 0 && goods[0]!.q.start > items[measure]!.start)) && destinations(roles, t.idx + 1, R) < 2) {
        const v = measure >= 0 ? { q: quantityAt(items, measure, decimalComma), unit: items[measure]!.lower } : goods.length === hits.length ? valueAfter(items, s, R, decimalComma) : null;
        if (v?.q) hits = goods.map((h, i) => (i === 0 ? { ...h, q: v.q, unit: v.unit, word: undefined } : h));
      }
    }
    let inherit: 0 | 1 | 2 | 3 | 4 | 5 = 0;
    // "The shipments were flown from Tehran to Moscow", "Os carregamentos foram levados de...": a definite
    // shipment noun as the subject is the latest transfer's cargo (none within a sentence: nothing).
    // (The shipment noun may be a trigger of its own right before the verb, where this clause starts: "The shipment left Odesa".)
    const shipStart = ti > 0 && triggers[ti - 1]!.mood === 'noun' && t.idx - triggers[ti - 1]!.idx <= 3 && triggers[ti - 1]!.idx < L ? triggers[ti - 1]!.idx : L;
    const shipment = cargo.length === 0 && t.mood !== 'noun' && t.cls !== 'visit' && t.cls !== 'train' && (hits.length === 0 || hits.every((h) => h.unit === t.cat || h.cat === 'visit')) ? definiteShipment(items, shipStart, t.idx) : 0;
    if (shipment) {
      hits = [{ cat: 'other', unit: 'other', q: null, reversed: false }];
      inherit = shipment === 2 ? 4 : 1;
    }
    // "Le premier navire, parti de Tamatave avec 5 200 tonnes à son bord, est arrivé à Marseille", "a ship carrying
    // 40,000 tonnes docked": a vehicle carrying a weight of goods the clause does not name brings the latest goods.
    if (!shipment && (t.cls === 'move' || t.cls === 'leave') && hits.length === 1 && hits[0]!.cat === 'vehicles' && cargo.every((h) => h.cat === 'vehicles')) {
      const w = carriedWeight(items, L, R);
      if (w >= 0) {
        hits = [{ cat: 'other', unit: items[w]!.lower, q: quantityAt(items, w, decimalComma), reversed: false }];
        inherit = 1;
      }
    }
    // "O resto foi repartido entre o Japão e a Turquia", "the rest went to Japan": the rest of the latest goods.
    // ("La mitad se vendió a Estados Unidos", "Three quarters were sold to": so is a bare share as a passive's subject.)
    const share = cargo.length === 0 && !noun ? shareSubject(items, L, t.idx) : undefined;
    const restBefore = cargo.length === 0 && !noun && hasBefore(items, t.idx, L, 4, (x) => REST_WORDS.has(x.lower));
    if (!shipment && cargo.length === 0 && hits.length === 0 && !noun && t.cls === 'send' && (passive ? share === 'bare' || restBefore : share === 'bare' && dst !== undefined)) {
      hits = [{ cat: 'other', unit: 'other', q: null, reversed: false }];
      inherit = 1;
      // ("India took a fifth of the cargoes, while the rest went to Spain": the share is the subject; a place before it
      // is another clause's.)
      if (!passive && src !== undefined && src < t.idx && hasBefore(items, t.idx, src + 1, t.idx - src - 1, (x) => isShareWord(x.lower))) src = undefined;
    }
    // ("Le reste, conditionné en balles, est parti vers la Chine", "La mitad salió hacia Europa": a share leaving for a
    // place is goods going there, not a traveller.)
    let goodsLeave = false;
    // (Past an aside on the share: "Le reste, conditionné localement en balles, est parti".)
    const openingRest = REST_WORDS.has(items[L]!.lower) || (hasMark(items[L], MB.det) && REST_WORDS.has(items[L + 1]?.lower ?? ''));
    if (!shipment && cargo.length === 0 && !noun && dst !== undefined && (t.cls === 'leave' || t.cls === 'move') && hits.every((h) => h.cat === 'visit') && (share === 'bare' || openingRest || restBefore)) {
      hits = [{ cat: 'other', unit: 'other', q: null, reversed: false }];
      inherit = 1;
      goodsLeave = true;
    }
    // ("vendeu o modelo à Índia", "a venda do modelo à Índia": the model as the transfer's object, the same.)
    if (!shipment && cargo.length === 0 && hits.length === 0 && (t.cls === 'send' || t.cls === 'receive') && modelObject(items, t.idx)) {
      hits = [{ cat: 'other', unit: 'other', q: null, reversed: false }];
      inherit = 4;
    }
    // "las exportaciones hondureñas de camarón a Taiwán": goods the lexicon does not know, named right after a
    // transfer noun (past its nationality), are goods of their own.
    // (Exports and imports only, with the goods' destination or source right after them.)
    if (noun && (t.cls === 'send' || t.cls === 'receive') && cargo.length === 0 && hits.length === 0 && TRADE_NOUN.test(items[t.idx]!.lower)) {
      const g = namedGoods(items, items[t.idx + 1]?.place?.via === 'demonym' ? t.idx + 1 : t.idx, R);
      const end = prepRole(items[g + 1]);
      if (g >= 0 && (end === 'to' || end === 'from')) hits = [{ cat: t.cat === 'money' ? 'other' : t.cat ?? 'other', unit: 'other', word: items[g]!.lower, q: null, reversed: false }];
      // ("Brazil's soybean exports to China": in English the goods come first, after the exporter's possessive.)
      const pre = items[t.idx - 1];
      if (hits.length === 0 && lang === 'en' && isPlain(pre) && !pre!.cap && pre!.tok === 'word' && items[t.idx - 2]?.lower === 's' && items[t.idx - 3]?.place && prepRole(items[t.idx + 1]) === 'to') {
        hits = [{ cat: t.cat === 'money' ? 'other' : t.cat ?? 'other', unit: 'other', word: pre!.lower, q: null, reversed: false }];
      }
    }
    // "French wheat exports to Morocco rose, while shipments to Algeria fell": a bare transfer noun with no
    // cargo of its own carries what the sentence's previous transfer carried.
    if (t.mood === 'noun' && t.cls === 'send' && !t.cat && cargo.length === 0 && hits.length === 0 && prevHits && prevHits.length > 0) {
      // ("as remessas enviadas para o Nepal somaram 61 milhões, enquanto as transferências para a Índia": money
      // itself, when that is all the previous transfer carried.)
      hits = prevHits.every((h) => h.cat === 'money') ? prevHits.map((h) => ({ ...h, q: null })) : prevHits.filter((h) => h.cat !== 'money').map((h) => ({ ...h, q: null }));
    } else if (t.mood === 'noun' && t.cls === 'send' && !t.cat && cargo.length === 0 && hits.length === 0 && !prevHits && (repeatsTransfer(items, t.idx) || (dst !== undefined && roles[dst]?.role === 'to' && (ownerSrc || (src === undefined && bareTransferNoun(items, t.idx)) || nationalTrade || ownTrade || ownerTrade)))) {
      // ("Paris plans its own shipment", "another shipment", "outra remessa": across sentences, what
      // the discourse's latest transfer carried, read in emit; none within a sentence: nothing.)
      // ("Shipments to Benin, Senegal and Ivory Coast jumped": so does a bare one with only a destination.)
      // ("Malaysian exports to India rose": trade of a nationality, with nothing to inherit, is of goods; so is a
      // country's own, "Russia increased its sales to India".)
      hits = [{ cat: 'other', unit: 'other', q: null, reversed: false }];
      inherit = nationalTrade || ownTrade || ownerTrade ? 5 : 1;
    } else if (t.mood === 'noun' && t.cls === 'receive' && !t.cat && cargo.length === 0 && hits.length === 0 && !prevHits && dst === undefined && src !== undefined && src > t.idx && roles[src]?.role === 'from' && IMPORT_NOUN.test(items[t.idx]!.lower) && !hasBefore(items, R + 1, t.idx + 1, R - t.idx, (x) => prepRole(x) === 'by')) {
      // ("Namibia imported electricity from Zambia. Imports from Zimbabwe were halted": so does a bare import noun with only a
      // source, an importer to be read from the discourse in emit.)
      hits = [{ cat: 'other', unit: 'other', q: null, reversed: false }];
      inherit = 1;
    }
    // "Armenia, which re-exported them to Russia", "que os reexportou", "qui les a réexportés": an object
    // pronoun stands for what the sentence's previous transfer carried.
    // ("sold gas to China, now exports almost none": so does a quantifier, whatever goods the verb names by default.)
    const none = NONE_OBJECT.has(items[t.idx + 1]?.lower ?? '') || (ALMOST.has(items[t.idx + 1]?.lower ?? '') && NONE_OBJECT.has(items[t.idx + 2]?.lower ?? ''));
    // ("moved 600 troops out of Syria, sending most of them to Iraq": so does a share of them.)
    if (t.mood !== 'noun' && (t.cls === 'send' || t.cls === 'receive') && cargo.length === 0 && (hits.length === 0 || none) && prevHits && prevHits.length > 0 && (none || pronounObject(items, t.idx) || shareObject(items, t.idx, true))) {
      hits = prevHits.filter((h) => h.cat !== 'money').map((h) => ({ ...h, q: null }));
      // (A gerund after a comma sends them on from where the verb before moved them out of, with no end there:
      // "moved 600 troops out of Syria, sending them to Jordan" is Syria's, not the subject's. So after a withdrawal:
      // "retiró 600 soldados de Siria, enviando la mayoría de ellos a Irak" did not bring them home.)
      const before = pending[pending.length - 1];
      // (Not when the gerund takes them home too: "withdrew 2,000 soldiers from Armenia, bringing them back home to Russia".)
      const notHome = before?.t.cls === 'withdraw' && before.dst !== undefined && src !== undefined && items[src]!.place?.place === before.dst && dst !== undefined && countryAt(items, dst) !== before.dst.country;
      if (t.cls === 'send' && t.mood === 'ger' && isComma(items[t.idx - 1]) && before && before.t === prevT && before.srcIdx >= 0 && (before.dst === undefined || notHome) && before.srcIdx > before.t.idx && dst !== undefined && (src === undefined || src < before.t.idx)) {
        src = before.srcIdx;
        if (notHome) before.flows = before.flows.filter((f) => f.to !== before.dst);
      }
    }
    // ("A consignment of fertiliser donated by Russia was unloaded at Mombasa", "medicamentos donados por China fueron
    // descargados en"): the goods a participle right before gave its giver are this verb's too.
    if (t.mood !== 'noun' && (t.cls === 'send' || t.cls === 'move') && cargo.length === 0 && hits.length === 0 && prevHits && prevHits.length > 0 && prevT?.mood === 'part' && agentOnlyBetween(items, prevT.idx, t.idx)) {
      hits = prevHits.filter((h) => h.cat !== 'money');
      // (the participle's agent gives as an actor: "servicemen released by Kyiv were flown to Moscow" are Ukraine's)
      if (src !== undefined && src > prevT.idx && src < t.idx) srcActor = true;
    }
    // ("… desembarcada em Paranaguá, de onde segue de caminhão para as lavouras de Mato Grosso": a verb of going from there, with no
    // traveller named, moves the goods just landed, no visitor.)
    const goodsGoOn = t.cls === 'move' && !noun && cargo.length === 0 && hits.length > 0 && hits.every((h) => h.cat === 'visit') && !!prevHits?.some((h) => h.cat !== 'money' && h.cat !== 'visit');
    if (thereAt >= 0 && (hits.length === 0 || goodsGoOn)) {
      if (prevHits && prevHits.length > 0) hits = prevHits.filter((h) => h.cat !== 'money');
      else {
        hits = [{ cat: 'other', unit: 'other', q: null, reversed: false }];
        inherit = 1;
      }
    }
    // "O Canadá vendeu 2 milhões de toneladas": a weight with no goods named measures what the
    // latest transfer (within a sentence) carried; with none, nothing.
    // "Portugal will send three more", "Alemania acogió otro millón", "le Portugal en enverra trois autres":
    // an elliptical quantity repeats the latest transfer's cargo (read in emit), counted anew.
    if (cargo.length === 0 && t.mood !== 'noun' && (t.cls === 'send' || t.cls === 'receive' || t.cls === 'deport')) {
      const e = ellipsis(items, t.idx, R, lang);
      if (e >= 0) {
        hits = [{ cat: 'other', unit: 'other', q: readLeft(items, e, decimalComma), reversed: false }];
        inherit = 1;
      }
    }
    // "Estados Unidos recibió el 80 % de los envíos", "a China comprou a maior parte", "took most of them": a
    // share of goods the clause does not name is of the latest transfer's cargo (read in emit).
    if (cargo.length === 0 && t.mood !== 'noun' && (t.cls === 'send' || t.cls === 'receive') && inherit === 0 && (hits.length === 0 || hits.every((h) => h.unit === t.cat)) && shareObject(items, t.idx)) {
      hits = [{ cat: 'other', unit: 'other', q: null, reversed: false }];
      inherit = 1;
    }
    // ("A Bolívia importa quase todo o diesel que consome. Até o ano passado, a maior parte chegava da Argentina": a share of the
    // discourse's goods, with nothing after it, as the subject of a verb of coming moves those goods.)
    if (cargo.length === 0 && t.mood !== 'noun' && t.cls === 'move' && inherit === 0 && hits.length === 0 && share === 'bare') {
      hits = [{ cat: 'other', unit: 'other', q: null, reversed: false }];
      inherit = 1;
    }
    // (An export verb's own fallback, goods, stands when there is none: "exportou 2 milhões de toneladas".)
    // ("reduziu as aquisições para 160 mil toneladas": so does a trade noun's.)
    if (cargo.length === 0 && (t.cls === 'send' || t.cls === 'receive') && (t.mood !== 'noun' || (hits.length === 0 && COMMERCIAL.test(items[t.idx]!.lower)))) {
      const m = measureAfter(items, t.idx, R);
      if (m >= 0) {
        // "60 mil litros de soro", "40 tonnes of cobalt": goods the lexicon does not know, named after the unit.
        const g = namedGoods(items, m, R);
        // (Donated, they are aid, as below.)
        const cat = t.cat ?? (g >= 0 && (hasMark(items[t.idx], MB.gift) || givenBy?.gift) ? 'aid' : 'other');
        hits = [{ cat, unit: items[m]!.lower, word: g >= 0 ? items[g]!.lower : items[m]!.lower, q: quantityAt(items, m, decimalComma), reversed: false }];
        // (An electricity unit, or goods named after the unit: nothing to inherit.)
        inherit = ENERGY.has(items[m]!.lower) || g >= 0 ? 0 : t.cat ? 2 : 1;
        // ("Un méthanier chargé de gaz naturel liquéfié [...] a déchargé ses quelque 70 000 tonnes": tonnes of the
        // bulk goods the sentence named before the verb.)
        if (inherit === 1 && WEIGHTS.test(items[m]!.lower)) {
          for (let k = Math.max(L, t.idx - REACH); k < t.idx; k++) {
            const b = items[k]!.tags.find((x) => x.k === 'cargo');
            if (b && b.k === 'cargo' && BULK_CATS.has(b.cat)) {
              hits = [{ ...hits[0]!, cat: b.cat, word: items[k]!.lower }];
              inherit = 0;
              break;
            }
          }
        }
      }
    }
    // "Brazil shipped about 120 million eggs to the United States", "Two giant pandas were flown from China to San
    // Diego", "entregó 83 piezas arqueológicas a México": counted goods the lexicon does not know, as the verb's
    // object (or a passive's subject), are goods of their own.
    // (A verb of going moves its counted subject: "Two giant pandas from China arrived in San Diego".)
    // (Only to a place the clause names: "Atlanta's four pandas are due to return" goes where the discourse says.)
    if (cargo.length === 0 && hits.length === 0 && !noun && (t.cls === 'send' || t.cls === 'receive' || (t.cls === 'move' && (toStrong ?? toWeak ?? inR) !== undefined))) {
      const g = countedGoods(items, t.idx, L, R, passive || t.cls === 'move', lang);
      if (g >= 0) hits = [{ cat: 'other', unit: items[g]!.lower, word: items[g]!.lower, q: quantityAt(items, g, decimalComma), reversed: false }];
    }
    // "Hokkaido has also started selling directly to Mexico": selling with no object sells the discourse's goods.
    // ("sells scallops to Mexico": or goods the lexicon does not know, one plain word right before the destination.)
    // ("O Uruguai ainda vende volumes modestos ao mercado brasileiro": so does selling mere quantities, the discourse's goods.)
    const amounts = AMOUNT_WORDS.has(items[t.idx + 1]?.lower ?? '') ? 1 : AMOUNT_WORDS.has(items[t.idx + 2]?.lower ?? '') && isPlain(items[t.idx + 1]) ? 2 : 0;
    const amountsTo = amounts > 0 && [1, 2].some((d) => prepRole(items[t.idx + amounts + d]) === 'to' && (d === 1 || isPlain(items[t.idx + amounts + 1])));
    if (cargo.length === 0 && hits.length === 0 && t.cls === 'send' && !noun && !passive && t.mood !== 'part' && dst !== undefined && SELL.test(items[t.idx]!.lower) && (amountsTo || prepRole(items[t.idx + 1]) === 'to' || prepRole(items[t.idx + 2]) === 'to')) {
      const named = prepRole(items[t.idx + 2]) === 'to' && isPlain(items[t.idx + 1]) && !items[t.idx + 1]!.cap && items[t.idx + 1]!.tok === 'word' && !/(?:ly|mente|ment)$/.test(items[t.idx + 1]!.lower);
      hits = [{ cat: 'other', unit: named ? 'other' : 'cargo', word: named ? items[t.idx + 1]!.lower : undefined, q: null, reversed: false }];
      inherit = named ? 0 : 2;
    }
    // "India also buys spot cargoes from the United States", "importa pescado de Noruega": buying goods the lexicon does not
    // know from a place names them; a word for shipments ("cargoes", "remessas") buys the discourse's goods.
    if (cargo.length === 0 && hits.length === 0 && t.cls === 'receive' && !noun && !passive && t.mood !== 'part' && src !== undefined && src > t.idx && BUY.test(items[t.idx]!.lower)) {
      let a = t.idx + 1;
      if (hasMark(items[a], MB.det)) a++;
      let b = a;
      while (b < src && b - a < 3 && isPlain(items[b]) && !items[b]!.cap && items[b]!.tok === 'word' && !NOT_GOODS.has(items[b]!.lower) && !/(?:ly|mente|ment)$/.test(items[b]!.lower)) b++;
      const pr = prepRole(items[b]);
      if (b > a && (pr === 'from' || (pr === 'of' && lang !== 'en') || (pr === 'to' && lang !== 'en')) && (items[b + 1] === items[src] || (hasMark(items[b + 1], MB.det) && items[b + 2] === items[src]))) {
        const head = items[lang === 'en' ? b - 1 : a]!.lower;
        const generic = SHIPMENT_WORDS.has(head);
        hits = [{ cat: 'other', unit: generic ? 'cargo' : 'other', word: generic ? undefined : head, q: null, reversed: false }];
        inherit = generic ? 2 : 0;
      }
    }
    // ("Nicaragua exportó oro [...] Más del 70 % del metal se envió a Estados Unidos": a share of a plain noun sent, in
    // the passive, is a share of the goods the discourse has just named.)
    if (cargo.length === 0 && hits.length === 0 && t.cls === 'send' && passive && !noun && agent === undefined && src === undefined && dst !== undefined && share === 'of') {
      hits = [{ cat: 'other', unit: 'cargo', q: null, reversed: false }];
      inherit = 2;
    }
    // "otras 5.000 toneladas se vendieron a ...": a passive with no agent whose subject is a bare
    // measure repeats the latest transfer (within a sentence): its goods and, unsaid, its giver.
    // ("Two more cargoes were sold to buyers in China": so does a plain word for loads, the discourse's goods.)
    let elidedGiver = false;
    const loadsOnly = cargo.length > 0 && cargo.every((h) => h.cat === 'other' && h.unit === 'cargo');
    if ((cargo.length === 0 || loadsOnly) && passive && !noun && agent === undefined && src === undefined && dst !== undefined && t.cls === 'send') {
      let m = -1;
      for (let k = t.idx - 1; k >= Math.max(L, t.idx - 16) && m < 0; k--) if (loadsOnly ? items[k]!.tags.some((g) => g.k === 'cargo' && g.unit === 'cargo') : MEASURES.has(items[k]!.lower)) m = k;
      if (m >= 0) {
        hits = [{ cat: 'other', unit: loadsOnly ? 'cargo' : items[m]!.lower, word: loadsOnly ? undefined : items[m]!.lower, q: loadsOnly ? null : quantityAt(items, m, decimalComma), reversed: false }];
        inherit = loadsOnly ? 2 : ENERGY.has(items[m]!.lower) ? 0 : 1;
        // ("150 tonnes de coltan extraites à Rubaya, dans le Nord-Kivu, auraient été acheminées vers le Rwanda":
        // goods extracted or made somewhere in the subject come from there.)
        const madeAt = madeIn(items, roles, m, t.idx);
        if (madeAt !== undefined && countryAt(items, madeAt) !== countryAt(items, dst)) src = madeAt;
        else elidedGiver = true;
      }
    }
    // ("O navio carregou 60 mil toneladas de minério no porto de Itaqui, [...] com destino à China", "The ship loaded crude at
    // Ras Tanura bound for Japan": where goods were loaded is where they leave.)
    if (t.cls === 'send' && src === undefined && dst !== undefined && !noun) {
      let ld = -1;
      for (let k = L; k < t.idx && ld < 0; k++) if (LOADED.test(items[k]!.lower) && !items[k]!.place) ld = k;
      // (The first place after the verb, "at"/"in" or French "à": "a chargé 50 000 tonnes de blé à Rouen".)
      for (let k = ld + 1; ld >= 0 && k < t.idx; k++) {
        const r = roles[k]?.role;
        if (!items[k]!.place || (r !== 'in' && r !== 'to')) continue;
        if (countryAt(items, k) !== countryAt(items, dst) && (r === 'in' || lang === 'fr')) src = k;
        break;
      }
      // (The vessel that loads is the carrier, not goods: "O navio carregou".)
      const vessel = ld > L && (isVehicle(items[ld - 1]) || (hasMark(items[ld - 1], MB.aux) && isVehicle(items[ld - 2])));
      if (src !== undefined && vessel && hits.some((h) => h.cat !== 'vehicles')) hits = hits.filter((h) => h.cat !== 'vehicles');
    }
    // (So do goods the lexicon names: "150 tonnes de coltan extraites à Rubaya, ..., auraient été acheminées vers le Rwanda".)
    if (cargo.length > 0 && passive && !noun && agent === undefined && src === undefined && dst !== undefined && t.cls === 'send') {
      const m = cargo.find((h) => h.at !== undefined && h.at < t.idx)?.at;
      const madeAt = m === undefined ? undefined : madeIn(items, roles, m, t.idx);
      if (madeAt !== undefined && countryAt(items, madeAt) !== countryAt(items, dst)) src = madeAt;
    }
    // "deverá doar 5 mil caixas de soro à Bolívia": a donation of goods the lexicon does not name is aid.
    // (Only with an object after the verb: "the cutter Tokyo has donated to Hanoi" names its goods before.)
    if (hits.length === 0 && cargo.length === 0 && t.cls === 'send' && hasMark(items[t.idx], MB.gift) && !prepRole(items[t.idx + 1]) && !items[t.idx + 1]?.place) hits = [{ cat: 'aid', unit: 'aid', q: null, reversed: false }];
    // ("Japan's aid will be split between the Philippines and Indonesia", "A ajuda do Japão será dividida entre as Filipinas e
    // a Indonésia": goods a transfer noun named as the passive's subject are what is shared out, from that noun's giver.)
    if (hits.length === 0 && cargo.length === 0 && t.cls === 'send' && passive && SHARED_OUT.test(items[t.idx]!.lower)) {
      const p = pending[pending.length - 1];
      if (p && p.t.mood === 'noun' && p.t.idx < t.idx && t.idx - p.t.idx <= 6 && p.srcIdx >= 0 && (src === undefined || src === p.srcIdx) && p.flows.length > 0) {
        const cats = new Set<FlowCategory>();
        for (const f of p.flows) if (!cats.has(f.cat)) {
          cats.add(f.cat);
          hits.push({ cat: f.cat, unit: f.unit, word: f.word, q: null, reversed: false });
        }
        src = p.srcIdx;
      }
    }
    // ("…, while a smaller cargo went to Tema": a mere word for loads that goes is the latest goods too.)
    if (!noun && goesTo(items[t.idx]!) && hits.length > 0 && hits.every((h) => h.unit === 'cargo') && cargo.length > 0) inherit = 2;
    // "A carga tinha partido de...", "The cargo was discharged at...": "the cargo" is what the latest
    // transfer carried (kept as goods when there is none).
    if (hits.length > 0 && hits.every((h) => h.unit === 'cargo') && cargo.length > 0 && (definiteUnit(items, L, R, 'cargo', DEFINITE) || definiteUnit(items, L, R, 'cargo', DEFINITE_PL))) {
      if (prevHits && prevHits.some((h) => h.unit !== 'cargo')) hits = prevHits.filter((h) => h.cat !== 'money');
      else inherit = 2;
    }
    // "Os homens ... desembarcaram em Bamako", "the men": fighters the latest flow sent (read in emit).
    if (inherit === 0 && hits.length > 0 && hits.every((h) => h.unit === 'men') && definiteUnit(items, L, R, 'men', DEFINITE_PL)) inherit = 3;
    if (cargo.length > 0) prevHits = hits;
    // "Lula recebeu em Brasília o chanceler da China": receiving an official is a visit to the host.
    // (Not an official's words or deeds: "welcomed the Chinese president's remarks".)
    // (Not buying from companies: "el Gobierno uruguayo compró agua a embotelladoras paraguayas" is a purchase.)
    if (t.cls === 'receive' && !passive && cargo.length === 0 && visitorR !== undefined && !officialsThing(items, visitorR) && !BUY.test(items[t.idx]!.lower)) {
      src = visitorR;
      dst = first(inR, subject);
      if (dst !== undefined && countryAt(items, dst) === countryAt(items, src)) dst = undefined;
      hits = [{ cat: 'visit', unit: 'visit', q: null, reversed: false }];
    }
    // "Onze brasileiros condenados no Japão desembarcaram em Guarulhos", "dois japoneses presos no Brasil
    // deverão ser enviados a Tóquio": people of the destination's country come home from where their
    // subject says they were.
    const homeNationals = src ?? subjDemL;
    if ((t.cls === 'move' || (t.cls === 'send' && passive && agent === undefined)) && homeNationals !== undefined && dst !== undefined && homeNationals < t.idx && items[homeNationals]!.place!.via === 'demonym' &&
      countryAt(items, homeNationals) === countryAt(items, dst) && inL !== undefined && inL > homeNationals && inL < t.idx && countryAt(items, inL) !== countryAt(items, dst)) src = inL;
    // (A singular relative clause on the last of coordinated places is that place's alone, as giver or as receiver.)
    let srcs: Array<number | undefined> = src !== undefined ? (neighbours || soleAntecedent(items, src, t.idx, lang) ? [src] : chain(items, roles, src, L, R)) : [undefined];
    if (alsoFrom !== undefined && src !== undefined) srcs = [...srcs, ...chain(items, roles, alsoFrom, L, R)];
    // "Russia supplied 45% of India's arms, far ahead of France and the United States": the countries ranked
    // after the supplier of a share supply too (not "sent troops to Poland ahead of Russia's exercises").
    if (shared && t.cls === 'send' && src !== undefined && dst !== undefined) srcs = [...srcs, ...rankedAfter(items, Math.max(src, dst))];
    // "España aportó 512 millones, seguida de Italia y Suiza": with no destination in the clause, the places
    // ranked after the giver give too.
    // (Each with its own amount after it, if any: not the first giver's.)
    let rankedSrcs: Set<number> | undefined;
    // (Not after a noun of destination or buying: "Chile se mantuvo como principal destino, seguido de Israel".)
    if ((t.cls === 'send' || t.cls === 'move') && t.sense !== 'keep' && src !== undefined && dst === undefined) {
      // (Ranked right after the giver's clause: not after another place, "com a China à frente, seguida da Índia".)
      for (let k = t.idx; k <= R; k++) {
        if (BUYER_NOUN.test(items[k]!.lower)) break;
        if (items[k]!.place && !roles[k]?.ranked && k !== src) break;
        if (!roles[k]?.ranked || srcs.includes(k) || countryAt(items, k) === countryAt(items, src)) continue;
        srcs = [...srcs, k];
        (rankedSrcs ??= new Set()).add(k);
      }
    }
    // "formados em Lisboa e em Santiago": a place where trainees train in their own country gives them
    // no training (the places abroad do).
    const trainedAt = t.cls === 'train' && passive && dst !== undefined ? countryAt(items, dst) : undefined;
    if (trainedAt !== undefined) srcs = srcs.filter((k) => k === undefined || countryAt(items, k) !== trainedAt);
    // An exchange needs two parties; each gives to the other.
    if (t.cls === 'exchange' && srcs.length < 2) continue;
    let dsts: Array<number | undefined> = t.cls === 'exchange' ? srcs : relDsts && dst === relDsts[relDsts.length - 1] ? relDsts : dst !== undefined ? (neighbours || soleAntecedent(items, dst, t.idx, lang) ? [dst] : chain(items, roles, dst, L, R)) : [undefined];
    // (The places ranked after the destination, and those coordinated with them, take no amount of the first.)
    const rankedDsts = new Set<number>();
    if (alsoTo !== undefined && dst !== undefined) {
      const more = chain(items, roles, alsoTo, L, R);
      for (const k of more) rankedDsts.add(k);
      dsts = [...dsts, ...more];
    }
    if (dst !== undefined) for (const k of moreTo) if (!dsts.includes(k)) { dsts = [...dsts, k]; rankedDsts.add(k); }
    let pairedTo = respectively(hits, dsts);
    if (!pairedTo && hits.length > 1 && dst !== undefined && t.cls !== 'exchange') {
      const wide = chain(items, roles, dst, L, R, true);
      const paired = wide.length > dsts.length ? respectively(hits, wide) : undefined;
      if (paired) [dsts, pairedTo] = [wide, paired];
    }
    // "drones iranianos e mísseis norte-coreanos", "German tanks and French howitzers": goods each with its
    // own nationality come each from their own country, not from all of them; so do goods of a nationality
    // listed before goods bought from a named seller ("des drones israéliens et des hélicoptères achetés aux
    // États-Unis"). When the goods and nationalities do not pair up, every goods come from the first one.
    // (Goods of one kind listed with their nationalities come from each: "des chars allemands et des
    // blindés français".)
    let pairedFrom: Map<CargoHit, Set<number>> | undefined;
    if (!pairedTo && src !== undefined && (roles[src]?.role === 'origin' || roles[src]?.role === 'from' || (roles[src]?.role === 'of' && roles[src]?.head === 'cargo' && hits.length > 1))) {
      let listed = roles[src]!.role === 'origin' ? chain(items, roles, src, L, R, false, true) : hits.length > 1 ? chain(items, roles, src, L, R, true) : srcs.slice();
      if (roles[src]!.role === 'from' && originR !== undefined && originR < src && !listed.includes(originR)) listed = [originR, ...listed];
      // ("a reçu 12 véhicules blindés offerts par la France et deux hélicoptères achetés à la Turquie": so is the agent of a
      // participle on goods listed before.)
      if (roles[src]!.role === 'from' && !noun && hits.length > 1) {
        for (let k = src - 1; k > t.idx; k--) if (roles[k]?.role === 'by' && goodsParticipleAgent(items, k) && !listed.includes(k)) { listed = [k, ...listed]; break; }
      }
      if (hits.length === 1 && roles[src]!.role === 'origin') srcs = listed;
      else if (hits.length > 1 && listed.length > 1) {
        const paired = pairSources(items, roles, hits, listed, lang);
        if (paired) [srcs, pairedFrom] = [listed, paired];
      }
    }
    // Goods of one category counted apart but not paired with ends of their own are one cargo.
    if (!pairedTo && !pairedFrom) hits = oneEach(hits);
    // "to Laos and another 300 to Cambodia": a later destination's own elliptical quantity.
    const ownQ = new Map<number, Quantity>();
    if (dsts.length > 1 && t.cls !== 'exchange') {
      const sorted = (dsts as number[]).slice().sort((x, y) => x - y);
      for (let i = 1; i < sorted.length; i++) {
        // ("seguidos pelo Japão, que comprou 1.350 toneladas, e pela Austrália, com cerca de 900": a ranked
        // member's own amount comes after it.)
        // ("devolvió a Honduras 1.450 personas y a El Salvador otras 600": an elliptical count right after a later member is its own.)
        const next = items[sorted[i]! + 1]?.lower === 'a' || items[sorted[i]! + 1]?.lower === 'à' ? sorted[i]! + 2 : sorted[i]! + 1;
        const q = roles[sorted[i]!]?.ranked || ELLIPSIS_BEFORE.has(items[next]?.lower ?? '') ? amountAfterPlace(items, sorted[i]!, decimalComma) : ownQuantity(items, sorted[i - 1]!, sorted[i]!, decimalComma);
        // ("devant le Vietnam (48 000 tonnes) et la Chine": the amount right after the previous member is its own.)
        if (q && !roles[sorted[i]!]?.ranked && ownQ.get(sorted[i - 1]!)?.start === q.start) continue;
        if (q) ownQ.set(sorted[i]!, q);
      }
    }
    // ("acolheu 11 norte-americanos, 9 peruanos e 6 guianenses", "importou 3 mil toneladas do Brasil e 2 mil da
    // Argentina": so with a later source.)
    const srcQ = new Map<number, Quantity>();
    /** Sources of "the rest" ("e os restantes do Egito e da Jordânia"): a share with no number of its own. */
    const restSrcs = new Set<number>();
    // ("180,000 tonnes, of which 95,000 came from Russia": the share's own number is the first source's.)
    const s0 = srcs.length > 0 ? (srcs.filter((x) => x !== undefined) as number[]).sort((x, y) => x - y)[0] : undefined;
    if (s0 !== undefined && s0 > t.idx && t.cls !== 'exchange') {
      const q = partitiveQuantity(items, t.idx, s0, decimalComma);
      if (q) srcQ.set(s0, q);
    }
    if (srcs.length > 1 && t.cls !== 'exchange' && !rankedSrcs) {
      const sorted = (srcs.filter((x) => x !== undefined) as number[]).sort((x, y) => x - y);
      for (let i = 1; i < sorted.length; i++) {
        const q = ownQuantity(items, sorted[i - 1]!, sorted[i]!, decimalComma);
        if (q) srcQ.set(sorted[i]!, q);
        else if (restSrcs.has(sorted[i - 1]!) || hasBefore(items, sorted[i]!, sorted[i - 1]! + 1, 4, (x) => REST_WORDS.has(x.lower))) restSrcs.add(sorted[i]!);
      }
    }
    let shareOnly: number | undefined;
    // "exporté 2 480 tonnes de vanille, dont près de 1 300 tonnes vers les États-Unis": the share's own number.
    if (dsts.length === 1 && dsts[0] !== undefined && dsts[0] > t.idx) {
      const q = partitiveQuantity(items, t.idx, dsts[0], decimalComma);
      if (q) ownQ.set(dsts[0], q);
      else if (q === null) shareOnly = dsts[0];
    }
    // ("A Jordânia e Israel enviaram helicópteros e o Egito uma equipa de 60 bombeiros", "and Egypt a team of firefighters": the
    // goods after a gapped subject of their own are that subject's.)
    const gappedGiver = !noun && t.cls === 'send' && hits.length > 1 ? gappedSubject(items, roles, hits, t.idx, R) : undefined;
    const raw: RawFlow[] = [];
    for (const h of hits) {
      for (const a of gappedGiver !== undefined && h.at !== undefined && h.at > gappedGiver ? [gappedGiver] : srcs) {
        for (const b of dsts) {
          if (gappedGiver !== undefined && b === gappedGiver) continue;
          if (pairedTo && pairedTo.get(h) !== b) continue;
          if (pairedFrom && (a === undefined || !pairedFrom.get(h)?.has(a))) continue;
          if (t.cls === 'exchange' && (a === b || a === undefined || b === undefined || countryAt(items, a) === countryAt(items, b))) continue;
          // "229 brasileiros retirados do Líbano pousaram em São Paulo": a demonym of the destination's own
          // country names the travellers coming home, not where they come from.
          const comingHome = a !== undefined && b !== undefined && homecoming(items[a]!.place!, items[b]!.place!.place);
          // ("Os primeiros 150 militares senegaleses regressam a Dakar": with no other start named, people or troops going home start
          // where the story stands, read in emit.)
          if (comingHome && (srcs.length > 1 || (h.cat !== 'troops' && h.cat !== 'people'))) continue;
          // Plain object literals of one shape (no spreads): this loop is hot on transfer-dense text.
          // ("payments for Iranian gas into an account in Oman": goods paid for come from their own nationality.)
          // (Not people given back in exchange, "a cambio de dos soldados azerbaiyanos": their nationality is home.)
          const paidOrigin = h.reversed && h.cat !== 'money' && h.cat !== 'people' && h.cat !== 'troops' ? (h.at !== undefined ? goodsOrigin(items, roles, h.at) : undefined) ?? (paidGoodsFrom !== undefined && paidGoodsFrom !== dst ? items[paidGoodsFrom]!.place!.place : undefined) : undefined;
          // "Les Comoriens établis à l'étranger ont envoyé 160 millions d'euros vers l'archipel": money that
          // nationals send home comes from wherever they live, which the clause does not say.
          const diaspora = a !== undefined && b !== undefined && h.cat === 'money' && !h.reversed && items[a]!.place!.via === 'demonym' && countryAt(items, a) === countryAt(items, b);
          raw.push({
            from: a !== undefined && !diaspora && !comingHome ? items[a]!.place!.place : undefined,
            to: paidOrigin ?? (b !== undefined ? items[b]!.place!.place : undefined),
            fromActor: srcActor,
            fromCountry: srcCountry,
            toActor: dstActor,
            // "fournir 1 000 hommes", "sent 400 men": men a country sends or deploys are troops.
            cat: h.unit === 'men' && t.cls === 'send' ? 'troops' : h.cat,
            unit: h.unit,
            word: h.word,
            // (A place ranked after the first, "followed by Australia", has only an amount of its own, never the first's.)
            q: a !== undefined && rankedSrcs?.has(a) ? amountAfterPlace(items, a, decimalComma) ?? null : (b !== undefined ? ownQ.get(b) : undefined) ?? (a !== undefined ? srcQ.get(a) : undefined) ?? ((b !== undefined && b !== dst && (roles[b]?.ranked || rankedDsts.has(b))) || (a !== undefined && a !== src && roles[a]?.ranked) || (b !== undefined && b === shareOnly) || (a !== undefined && restSrcs.has(a)) ? null : h.q),
            status,
            reversed: h.reversed,
            recip,
            // Goods that arrive or leave ("un tanquero con combustible llegó a Matanzas") may take their
            // other end from the discourse too; travellers (visit, people) never do (emit checks).
            // ("cabendo a São Tomé pagar as viagens": paying with no payee named pays for something, to no place.)
            // ("de onde foi embarcada para os mercados externos": a destination named by no place is no gap to fill.)
            fill: !noFill && !(dst === undefined && (PAY.test(items[t.idx]!.lower) || (t.cls === 'send' && unplacedDestination(items, t.idx)))) && (t.cls === 'send' || t.cls === 'receive' || t.cls === 'train' || t.cls === 'move' || t.cls === 'leave'),
            dstIn: b !== undefined && b === inR,
            pron: (pronounSubject && (t.cls === 'move' || t.cls === 'visit' || t.cls === 'leave')) || giverUnsaid || elidedGiver || elidedTraveller,
            byActor: giverUnsaid,
            there: fromThere,
            inherit,
            cls: goodsLeave ? 'send' : t.cls,
            named: a === undefined && h.cat === 'visit' ? namesBefore(items, t.idx) : undefined,
            onward: t.cls === 'send' && ONWARD.test(items[t.idx]!.lower),
            ...(t.cls === 'receive' && !passive && !noun && openingPronounSubject(items, t.idx) ? { pronReceiver: true } : {}),
            // ("KARACHI (Reuters) - [...] The navy received a frigate from China": an institution named with no place receives for the
            // story's country, as a sector does.)
            ...(t.cls === 'receive' && !passive && ((!noun && (openingSectorSubject(items, t.idx) || institutionSubject(items, t, L))) || (noun && b === undefined && openingNoun(items, t.idx))) ? { sectorReceiver: true as const } : {}),
            ...(homeOfficial && (h.cat === 'visit' || giverUnsaid) && a === undefined ? { homeOfficial: true as const } : {}),
            ...(t.cls === 'send' && REEXPORT.test(items[t.idx]!.lower) ? { reexport: true as const } : {}),
            ...(comingHome ? { goingHome: true as const } : {}),
            ...(noun && t.cls === 'receive' && dst === undefined && a !== undefined && roles[a]?.role === 'from' && !hasBefore(items, R + 1, t.idx + 1, R - t.idx, (x) => prepRole(x) === 'by') ? { importFrom: true as const } : {}),
          });
        }
      }
    }
    // "China compró 61.000; España, 28.000, y Tailandia, 15.000": gapped clauses, each a place and its own
    // number, repeat the verb with that place in the subject's part.
    if ((inherit === 1 || !!raw[0]?.q) && subject !== undefined && raw.length === 1 && t.mood !== 'noun') {
      const f0 = raw[0]!;
      const subj = items[subject]!.place!.place;
      const asFrom = f0.from === subj;
      if (asFrom || f0.to === subj) {
        for (const [p, n] of gapped(items, t.idx)) {
          const q = readLeft(items, numberEnd(items, n, items.length - 1), decimalComma);
          const other = items[p]!.place!.place;
          raw.push({ ...f0, from: asFrom ? other : f0.from, to: asFrom ? f0.to : other, q });
        }
      }
    }
    // ("France sent 300 soldiers to Chad and Germany 200 to Niger", "et Berlin 200 au Niger": a gapped clause with a sender, a
    // number and a destination of its own repeats the verb between those two.)
    if (raw.length === 1 && subject !== undefined && dst !== undefined && dst > t.idx && t.mood !== 'noun' && raw[0]!.from === items[subject]!.place!.place && raw[0]!.to === items[dst]!.place!.place) {
      const f0 = raw[0]!;
      for (const [p, n, d] of gappedPairs(items, roles, dst + 1, roles[dst]!.role)) {
        raw.push({ ...f0, from: items[p]!.place!.place, to: items[d]!.place!.place, q: readLeft(items, numberEnd(items, n, items.length - 1), decimalComma) });
      }
    }
    // "mantiene 600 militares en Letonia, donde lidera una brigada, y cerca de 150 en Eslovaquia": a later
    // number and place of the destination's preposition name another destination of its own quantity.
    if (raw.length === 1 && dst !== undefined && dst !== subject && t.mood !== 'noun' && raw[0]!.q && raw[0]!.to === items[dst]!.place!.place) {
      const f0 = raw[0]!;
      const role = roles[dst]!.role;
      for (const [p, n] of gappedDestinations(items, roles, dst + 1, role)) {
        raw.push({ ...f0, to: items[p]!.place!.place, q: readLeft(items, numberEnd(items, n, items.length - 1), decimalComma) });
      }
    }
    // ("Tunisia returned 300 migrants to Sfax": people sent back go abroad, to where they came from; within the sender's
    // own country it is no sending back.)
    if (t.cls === 'send' && t.sense === 'home') for (let k = raw.length - 1; k >= 0; k--) if (raw[k]!.from && raw[k]!.to && raw[k]!.from!.country === raw[k]!.to!.country) raw.splice(k, 1);
    const endsWithCoord = hasMark(items[R], MB.coord) || (hasMark(items[R], MB.det) && hasMark(items[R - 1], MB.coord));
    pending.push({ t, flows: raw, endsWithCoord, src: src !== undefined ? items[src]!.place!.place : undefined, dst: dst !== undefined ? items[dst]!.place!.place : undefined, srcIdx: src ?? -1 });
  }

  // "O envio de tropas e o fornecimento de armamentos pela Coreia do Norte": coordinated nominals
  // without their own ends share the next one's.
  for (let k = pending.length - 2; k >= 0; k--) {
    const a = pending[k]!;
    const b = pending[k + 1]!;
    if (!a.endsWithCoord || a.t.mood !== 'noun' || b.flows.length === 0) continue;
    const donor = b.flows[0]!;
    for (const f of a.flows) {
      if (!f.from && !f.to) {
        if (donor.from) f.from = donor.from;
        if (donor.to) f.to = donor.to;
        f.fromActor = donor.fromActor;
        f.toActor = donor.toActor;
      }
    }
  }
  // "Russian wheat shipments are due in Egypt", "les livraisons sont attendues à Alger": a transfer noun with no
  // destination, the subject of a verb of coming right after it, goes where that verb says.
  for (let k = 0; k + 1 < pending.length; k++) {
    const a = pending[k]!;
    const b = pending[k + 1]!;
    // ("Russian oil shipments arrive in Cuba every month": a verb of coming in the present too.)
    // ("Russian oil shipments arrived in Cuba": an English past right after its subject, which reads as a participle too; "Russia's
    // oil exports go to India": a verb of going, as one of coming.)
    const coming = b.t.cls === 'move' || (b.t.cls === 'send' && GOING.test(items[b.t.idx]!.lower));
    const mood = b.t.mood === 'fut' || b.t.mood === 'fin' || (lang === 'en' && b.t.mood === 'part');
    if (a.t.mood !== 'noun' || a.t.cls !== 'send' || a.dst || !coming || !mood || !b.dst || b.t.idx !== a.t.idx + 1) continue;
    sendOnTo(a.flows, b.dst);
    // (goods due somewhere have yet to arrive: "Russian wheat shipments are due in Egypt next week")
    if (b.t.mood === 'fut') for (const f of a.flows) if (f.status === 'stated') f.status = 'planned';
  }
  // ("Japan donated $10 million and South Korea sent 50 tonnes of rice to Nepal", "Japón donó 10 millones de dólares y Corea del Sur
  // envió arroz a Nepal": a sending with no destination, coordinated with the next clause's sending by another sender, shares that
  // clause's destination.)
  for (let k = 0; k + 1 < pending.length; k++) {
    const a = pending[k]!;
    const b = pending[k + 1]!;
    if (a.t.mood === 'noun' || b.t.mood === 'noun' || a.t.cls !== 'send' || b.t.cls !== 'send' || !a.src || a.dst || !b.src || !b.dst || b.srcIdx < 0) continue;
    if ((a.src.country ?? a.src.id) === (b.src.country ?? b.src.id) || b.srcIdx <= a.t.idx || b.srcIdx >= b.t.idx) continue;
    let s0 = b.srcIdx - 1;
    if (hasMark(items[s0], MB.det)) s0--;
    if (!hasMark(items[s0], MB.coord)) continue;
    let clean = true;
    for (let j = a.t.idx + 1; j < s0 && clean; j++) if (items[j]!.place || items[j]!.trig || isBoundary(items, j) || (prepRole(items[j]) === 'to' && !hasMark(items[j], MB.det))) clean = false;
    if (clean) sendOnTo(a.flows, b.dst);
  }
  // ("ont expédié leur première cargaison de GNL, chargée au large de leur frontière et attendue début mai à Zeebrugge": a
  // participle of being expected on the goods of a sending with no destination says where they go.)
  for (let k = 0; k + 1 < pending.length; k++) {
    const a = pending[k]!;
    const b = pending[k + 1]!;
    if (a.t.cls !== 'send' || !a.src || a.dst || b.t.cls !== 'move' || b.t.mood !== 'fut' || !EXPECTED_PART.test(items[b.t.idx]!.lower) || !b.dst || b.t.idx - a.t.idx > 30) continue;
    if (!hasMark(items[b.t.idx - 1], MB.coord) && !isComma(items[b.t.idx - 1])) continue;
    if (sendOnTo(a.flows, b.dst)) b.flows = [];
  }
  // ("Vietnam donó 5.000 toneladas de arroz que llegaron al puerto de Santiago de Cuba", "donated rice, which arrived in
  // Havana": a verb of arriving in a relative clause on the goods of a sending with no destination says where they went.)
  for (let k = 0; k + 1 < pending.length; k++) {
    const a = pending[k]!;
    const b = pending[k + 1]!;
    // (Not a place crossed on the way: "doou 35 toneladas de alimentos, que atravessaram a fronteira em Foz do Iguaçu".)
    if (a.t.cls !== 'send' || a.t.mood === 'noun' || !a.src || a.dst || b.t.cls !== 'move' || b.t.mood === 'noun' || !b.dst || b.t.idx - a.t.idx > 16 || CROSSING.test(items[b.t.idx]!.lower)) continue;
    const rel = [1, 2, 3].map((d) => b.t.idx - d).find((j) => j > a.t.idx && hasMark(items[j], MB.rel) && !LOCATIVE_REL.has(items[j]!.lower));
    if (rel === undefined || !(isCargo(items[rel - 1]) || (isComma(items[rel - 1]) && isCargo(items[rel - 2])))) continue;
    if (sendOnTo(a.flows, b.dst)) b.flows = [];
  }
  // ("French troops left Mali and redeployed to Niger", "Cobalt mined in Kolwezi was trucked to Durban and shipped to
  // China": a verb of sending coordinated right after a transfer, with no goods of its own, sends that transfer's goods on
  // to its own destination, from its own start or the first transfer's.)
  for (let k = 1; k < pending.length; k++) {
    const a = pending[k - 1]!;
    const b = pending[k]!;
    // (Not an infinitive or gerund, which goes with another verb: "vão substituir tropas que regressam a Kigali e reforçar".)
    if (b.flows.length > 0 || !b.dst || a.flows.length === 0 || a.t.mood === 'noun' || b.t.mood === 'noun' || b.t.mood === 'inf' || b.t.mood === 'ger' || b.t.cls !== 'send') continue;
    if (!coordinatedVerb(items, a.t.idx, b.t.idx) || !hasMark(items[b.t.idx - 1], MB.coord)) continue;
    const f0 = a.flows[0]!;
    const from = b.src ?? f0.from;
    if (!from || from.country === b.dst.country) continue;
    b.flows.push({ ...f0, from, to: b.dst, fromActor: false, toActor: false, q: null });
  }
  // "Russia trained and armed the rebels in Syria", "formé et équipé": a verb coordinated with the next one
  // shares its object (the destination) when it found none itself and both come from the same giver.
  for (let k = pending.length - 2; k >= 0; k--) {
    const a = pending[k]!;
    const b = pending[k + 1]!;
    if (!a.endsWithCoord || a.t.mood === 'noun' || b.t.mood === 'noun' || b.flows.length === 0) continue;
    if (!SHARE_OBJECT.has(a.t.cls) || !SHARE_OBJECT.has(b.t.cls)) continue;
    const donor = b.flows[0]!;
    if (!donor.to || !donor.from) continue;
    for (const f of a.flows) {
      if (f.to || (f.from && f.from !== donor.from)) continue;
      f.from = donor.from;
      f.fromActor = donor.fromActor;
      f.to = donor.to;
      f.toActor = donor.toActor;
    }
  }
  // "decomisó en Valparaíso 40 armas, un cargamento que había salido de Houston", "seized ... a shipment which
  // had left Antwerp": a departure in a relative clause on the goods names where they came from.
  for (let k = 1; k < pending.length; k++) {
    const a = pending[k - 1]!;
    // (A transfer noun with no ends of its own in between, "a shipment which had left", is skipped.)
    let j = k;
    while (j + 1 < pending.length && pending[j]!.t.mood === 'noun' && !pending[j]!.src && !pending[j]!.dst) j++;
    const b = pending[j]!;
    // ("decomisó 200 armas en Sonora, la mayoría fusiles comprados en Texas": a purchase participle too.)
    const bought = b.t.cls === 'receive' && b.t.mood === 'part';
    // ("seized rhino horn hidden in a consignment that arrived by air from Johannesburg", "cocaine that had been shipped from
    // Guayaquil": so is an arrival or a sending from a place, into the seizer's hands.)
    const came = a.t.cls === 'seize' && (b.t.cls === 'move' || b.t.cls === 'send') && b.t.mood !== 'noun';
    if (!a.dst || a.src || !b.src || b.dst || (b.t.cls !== 'leave' && !bought && !came) || (a.t.cls !== 'seize' && a.t.cls !== 'receive' && a.t.cls !== 'move')) continue;
    if (b.t.idx - a.t.idx > 45 || (!hasBetween(items, a.t.idx, b.t.idx, 'rel') && b.t.mood !== 'part')) continue;
    if (b.src.country === a.dst.country && b.src.kind === 'country') continue;
    for (const f of a.flows) if (!f.from) f.from = b.src;
    for (let i = k; i <= j; i++) pending[i]!.flows = [];
  }
  // "Cabo Verde recebeu de Portugal uma lancha rápida, entregue no porto do Mindelo", "received a patrol boat from Portugal,
  // delivered at the port of Mindelo": a participle of delivery set off after the goods names, in the receiving country, the
  // place they reached.
  for (let k = 1; k < pending.length; k++) {
    const a = pending[k - 1]!;
    const b = pending[k]!;
    // (the participle's own giver, if any, is the receiver itself, read from the clause before)
    if (!a.dst || a.dst.kind !== 'country' || a.flows.length === 0 || b.t.mood !== 'part' || b.t.cls !== 'send' || !b.dst || (b.src && b.src.country !== a.dst.country) || b.dst.kind === 'country') continue;
    if (b.dst.country !== a.dst.country || !isComma(items[b.t.idx - 1]) || b.t.idx - a.t.idx > 14) continue;
    for (const f of a.flows) if (f.to === a.dst) f.to = b.dst;
    b.flows = [];
  }
  // ("Madagascar is to receive 1,000 tonnes of rice as cyclone relief, to be shipped from Mumbai", "recibirá 500 toneladas de arroz,
  // enviadas desde Veracruz": a participle or infinitive of sending set off after a reception with no giver names where the goods
  // leave: one transfer to the receiver.)
  for (let k = 1; k < pending.length; k++) {
    const a = pending[k - 1]!;
    const b = pending[k]!;
    if (a.t.cls !== 'receive' || a.t.mood === 'noun' || !a.dst || a.src || b.t.cls !== 'send' || (b.t.mood !== 'part' && b.t.mood !== 'inf') || !b.src || b.dst) continue;
    if (!isComma(items[b.t.idx - 1]) && !isComma(items[b.t.idx - 2]) && !isComma(items[b.t.idx - 3])) continue;
    if (b.t.idx - a.t.idx > 16 || b.src.country === a.dst.country || !a.flows.some((f) => !f.from && f.to)) continue;
    for (const f of a.flows) if (!f.from && f.to) [f.from, f.fromActor] = [b.src, false];
    b.flows = [];
  }
  // "sales from Czechia to Georgia rose, and most were sent on to Belarus", "re-exported to Belarus":
  // goods sent onward leave from where the previous transfer took them (unless a giver of their own is named).
  for (let k = 1; k < pending.length; k++) {
    const a = pending[k - 1]!;
    const b = pending[k]!;
    if (!a.dst || !b.dst || b.t.cls !== 'send' || (b.src && b.src !== a.src) || b.dst.country === a.dst.country || !onward(items, b.t.idx)) continue;
    // ("Spain sold tanks to Chile and re-exported others to Peru": the same giver's second verb.)
    if (b.src && a.t.mood !== 'noun' && !hasMark(items[b.t.idx - 1], MB.passiveAux) && !hasMark(items[b.t.idx - 2], MB.passiveAux) && coordinatedVerb(items, a.t.idx, b.t.idx)) continue;
    for (const f of b.flows) {
      f.from = a.dst;
      f.fromActor = false;
    }
  }
  // "Japan is leasing aircraft to Manila and has agreed to supply radars": a second verb coordinated with
  // the first, with the same giver and no receiver of its own, gives to the first one's receiver.
  for (let k = 1; k < pending.length; k++) {
    const a = pending[k - 1]!;
    const b = pending[k]!;
    if (a.t.mood === 'noun' || b.t.mood === 'noun' || a.t.cls !== 'send' || !SHARE_OBJECT.has(b.t.cls) || !a.src || !a.dst || b.dst) continue;
    if (!coordinatedVerb(items, a.t.idx, b.t.idx)) continue;
    for (const f of b.flows) {
      if (f.to || (f.from && f.from !== a.src)) continue;
      f.from = a.src;
      f.to = a.dst;
      f.toActor = true;
    }
  }
  // "loaded at Bandar Anzali and unloaded in Astrakhan", "cargó gasóleo en Primorsk y lo descargó en Mersin",
  // "tinha partido de um porto do Irã e seria desembarcada em Hodeidah": one transfer whose ends the two
  // coordinated verbs share out: the first names only where it starts, the second only where it ends.
  for (let k = 0; k + 1 < pending.length; k++) {
    const a = pending[k]!;
    const b = pending[k + 1]!;
    // (The second verb's own source, when it is only one read in the first clause, gives way to the first's.)
    if (!a.src || a.dst || !b.dst || (b.src && b.srcIdx > a.srcIdx) || a.flows.length === 0) continue;
    // "Des migrants partis de Libye ont débarqué à Lampedusa": a departure participle on the subject and
    // the clause's verb of arrival make one journey too.
    // So do troops "envoyés par la Belgique" who "sont arrivés au Bénin": a sending participle on the subject.
    const onSubject = a.t.mood === 'part' && (a.t.cls === 'leave' || a.t.cls === 'withdraw' || a.t.cls === 'deport' || (a.t.cls === 'send' && !hasMark(items[a.t.idx - 1], MB.aux | MB.passiveAux)));
    // (An English past tense reads as a participle: "people evacuated from Libya docked in Alexandria".)
    const departed = onSubject && b.t.cls === 'move' && (b.t.mood !== 'part' || hasMark(items[b.t.idx - 1], MB.aux | MB.passiveAux) || (lang === 'en' && !!items[b.t.idx - 1]?.place));
    if (!departed && !coordinatedVerb(items, a.t.idx, b.t.idx)) continue;
    if (a.src.country && a.src.country === b.dst.country && a.src.kind === 'country') continue;
    for (const f of a.flows) {
      f.to = b.dst;
      f.toActor = false;
      f.there = false;
    }
    // A shared subject ("Britain trained and financed the militias") keeps the second verb's own cargo.
    // (After a departure participle the arrival is the same journey: no visit of its own.)
    b.flows = b.srcIdx === a.srcIdx ? b.flows.filter((g) => !a.flows.some((f) => f.cat === g.cat) && !(departed && g.cat === 'visit')) : [];
  }
  // "The Netherlands has sent the last of 18 jets it had pledged to Romania", "os caças que tinha prometido à Roménia": a
  // sending with no end, whose goods a relative clause right after them says the same giver promised or sent somewhere,
  // goes there.
  for (let k = 0; k + 1 < pending.length; k++) {
    const a = pending[k]!;
    const b = pending[k + 1]!;
    if (a.t.cls !== 'send' || a.t.mood === 'noun' || !a.src || a.dst || a.flows.length === 0 || b.t.cls !== 'send' || b.t.mood === 'noun' || !b.dst || b.flows.length > 0) continue;
    if ((b.src && b.src !== a.src) || items.slice(a.t.idx + 1, b.t.idx).some((x) => isComma(x) || !!x.place)) continue;
    // (past its auxiliaries: "que tinha prometido", "it had pledged")
    let p = b.t.idx - 1;
    while (p > a.t.idx && p >= b.t.idx - 3 && !hasMark(items[p], MB.rel) && items[p]!.lower !== 'it' && items[p]!.lower !== 'they' && (hasMark(items[p], MB.aux | MB.passiveAux | MB.condAux) || (isPlain(items[p]) && !items[p]!.cap))) p--;
    // (past a model name: "caças F-16 que")
    let c = p - 1;
    while (c > p - 4 && c > a.t.idx && !isCargo(items[c]) && !items[c]!.place && (items[c]!.cap || items[c]!.tok === 'num')) c--;
    if (!(hasMark(items[p], MB.rel) || items[p]!.lower === 'it' || items[p]!.lower === 'they') || !isCargo(items[c])) continue;
    if (a.src.country && a.src.country === b.dst.country) continue;
    endAt(a.flows, b.dst);
  }
  // "Pakistan bought 3.9 million tonnes of coal from Afghanistan, paying in rupees", "pagando em rúpias", "en payant en
  // roupies": a gerund of paying after a purchase pays the seller.
  for (let k = 0; k + 1 < pending.length; k++) {
    const a = pending[k]!;
    const b = pending[k + 1]!;
    if (a.t.cls !== 'receive' || a.t.mood === 'noun' || !a.src || !a.dst || b.t.mood !== 'ger' || b.t.cat !== 'money' || b.dst) continue;
    if (!isComma(items[b.t.idx - 1]) && !(items[b.t.idx - 1]?.lower === 'en' && isComma(items[b.t.idx - 2]))) continue;
    if (a.src.country && a.src.country === a.dst.country) continue;
    // (The goods' nationality, the nearest place, may have been read as the payer.)
    payFor(b.flows, a.dst, a.src);
  }
  // ("Turkey sold Bayraktar drones to Poland, which paid $270 million", "vendeu drones à Polónia, que pagou": the buyer a
  // relative says paid pays the seller.)
  for (let k = 0; k + 1 < pending.length; k++) {
    const a = pending[k]!;
    const b = pending[k + 1]!;
    if (a.t.cls !== 'send' || a.t.cat === 'money' || !a.src || !a.dst || b.t.mood === 'noun' || b.t.cat !== 'money' || b.dst) continue;
    let r = b.t.idx - 1;
    while (r > a.t.idx && hasMark(items[r], MB.aux)) r--;
    if (!hasMark(items[r], MB.rel) || !isComma(items[r - 1]) || items[r - 2]?.place?.place.id !== a.dst.id) continue;
    payFor(b.flows, a.dst, a.src);
  }
  // "llegaron ocho vehículos blindados donados por Washington, [...] junto con un cargamento de fusiles destinado a la Policía
  // Nacional de Haití", "arrived along with a shipment of rifles bound for Haiti": goods coming together with a transfer
  // noun make one transfer with it; each takes the end the other names.
  // (Past a participle on the first goods, "donados por Washington", that told no transfer of its own.)
  for (let k = 0; k + 1 < pending.length; k++) {
    const a = pending[k]!;
    let n = k + 1;
    while (n + 1 < pending.length && pending[n]!.flows.length === 0 && pending[n]!.t.mood === 'part') n++;
    const b = pending[n]!;
    if (!a.src || a.dst || b.src || !b.dst || a.flows.length === 0 || b.t.mood !== 'noun' || a.t.mood === 'noun') continue;
    if (!alongWith(items, b.t.idx, a.t.idx) || (a.src.country && a.src.country === b.dst.country)) continue;
    endAt(a.flows, b.dst);
    for (const f of b.flows) if (f.to && !f.from) f.from = a.src;
  }
  // "rapatrié 40 ressortissants ..., qui ont atterri à Lyon": people brought to a country who then, in a
  // relative clause, arrive in one of its cities end there (one flow, no journey of the vehicle).
  // So do people freed or sent home "and flown to Chennai" by the same subject (a coordinated verb).
  for (let k = 0; k + 1 < pending.length; k++) {
    const a = pending[k]!;
    const b = pending[k + 1]!;
    // ("liberados ... y trasladados en un avión hasta Texas": so does a coordinated participle of sending.)
    if ((a.t.cls !== 'deport' && a.t.cls !== 'send' && a.t.cls !== 'release') || !a.dst || a.dst.kind !== 'country' || (b.t.cls !== 'move' && !(b.t.cls === 'send' && b.t.mood === 'part')) || !b.dst || b.dst.kind === 'country') continue;
    // ("A Bolívia expulsou dois brasileiros, levados de Santa Cruz de la Sierra até Corumbá": a participle set off by a comma that
    // takes them from a place in the sender's country to one in the receiver's tells the same journey, from there.)
    const leg = b.t.mood === 'part' && isComma(items[b.t.idx - 1]) && !!b.src && b.src.kind !== 'country' && !!a.src && b.src.country === a.src.country ? b.src : undefined;
    const joined = !!leg || hasBetween(items, a.t.idx, b.t.idx, 'rel') || ((!b.src || b.src.country === b.dst?.country) && (hasMark(items[b.t.idx - 1], MB.coord) || hasMark(items[b.t.idx - 2], MB.coord)));
    if (b.dst.country !== a.dst.country || !joined || b.t.idx - a.t.idx > 30) continue;
    if (!a.flows.some((f) => f.cat === 'people' || f.cat === 'troops') || a.src?.country === b.dst.country) continue;
    endIn(a.flows, a.dst, b.dst);
    if (leg) startIn(a.flows, a.src!, leg);
    b.flows = [];
  }
  // ("38.900 migrantes llegaron a Guatemala en vuelos de deportación desde Estados Unidos", "arrived in Guatemala on deportation
  // flights from the United States": an arrival with no start named, then a noun of deporting that names only where from, in
  // its clause: one journey from there.)
  for (let k = 0; k + 1 < pending.length; k++) {
    const a = pending[k]!;
    const b = pending[k + 1]!;
    // (The travellers' own nationality may have been read as where the journey starts.)
    if (a.t.cls !== 'move' || a.t.mood === 'noun' || !a.dst || (a.src && a.src.country !== a.dst.country) || b.t.mood !== 'noun' || b.t.cls !== 'deport' || !b.src || (b.dst && b.dst.country !== a.dst.country) || b.t.idx - a.t.idx > 8) continue;
    if (!b.flows.some((f) => f.from) || hasBefore(items, b.t.idx, a.t.idx + 1, b.t.idx - a.t.idx - 1, (x) => isComma(x) || !!x.trig)) continue;
    for (const f of a.flows) if (f.to && (!f.from || f.from.country === f.to.country)) [f.from, f.fromActor] = [b.src, false];
    b.flows = [];
  }
  // "Aterrizaron en Recife dos vuelos con peruanos deportados desde Arizona": an arrival verb, then people
  // sent away from a place: one flow from there to the city of arrival (in the country they were sent to).
  for (let k = 0; k + 1 < pending.length; k++) {
    const a = pending[k]!;
    const b = pending[k + 1]!;
    // (The travellers' own nationality may have been read as where the journey starts.)
    if (a.t.cls !== 'move' || (a.src && a.src.country !== a.dst?.country) || !a.dst || a.dst.kind === 'country' || b.t.mood !== 'part' || (b.t.cls !== 'deport' && b.t.cls !== 'leave')) continue;
    if (!b.src || !b.dst || b.dst.kind !== 'country' || b.dst.country !== a.dst.country || b.t.idx - a.t.idx > 12) continue;
    endIn(b.flows, b.dst, a.dst);
    a.flows = [];
  }
  // "Un avión aterrizó en Panamá con 119 migrantes de China e India deportados por Estados Unidos": an
  // arrival, then the people it brought, deported by an agent: one journey from the agent to the place of
  // arrival (the people's nationalities are no ends, and the plane is how they came).
  for (let k = 0; k + 1 < pending.length; k++) {
    const a = pending[k]!;
    const b = pending[k + 1]!;
    // (A bare participle on the people, not "après avoir été évacués par l'Égypte": evacuees come from where they were.)
    if (a.t.cls !== 'move' || !a.dst || b.t.mood !== 'part' || b.t.cls !== 'deport' || b.t.idx - a.t.idx > 24) continue;
    if (hasMark(items[b.t.idx - 1], MB.aux | MB.passiveAux) || RESCUE.test(items[b.t.idx]!.lower)) continue;
    const ag = agentAfter(items, b.t.idx);
    const from = ag !== undefined ? items[ag]!.place!.place : undefined;
    if (!from || from.country === a.dst.country) continue;
    const people = [...a.flows, ...b.flows].find((f) => f.cat === 'people');
    if (!people) continue;
    a.flows = [{ ...people, from, to: a.dst, fromActor: true, toActor: false, reversed: false }];
    b.flows = [];
  }
  // "acogió a 400 refugiados sudaneses trasladados desde campamentos en Chad": a participle on the cargo
  // naming where it comes from beats the cargo's nationality as the source.
  for (let k = 0; k + 1 < pending.length; k++) {
    const a = pending[k]!;
    const b = pending[k + 1]!;
    if (!a.dst || !a.src || b.dst || !b.src || b.t.mood !== 'part' || b.srcIdx < b.t.idx) continue;
    if (roles[a.srcIdx]?.role !== 'origin' || a.srcIdx > b.t.idx || b.t.idx - a.srcIdx > 2) continue;
    if (b.src.country === a.dst.country) continue;
    for (const f of a.flows) if (f.from === a.src) f.from = b.src;
    b.flows = [];
  }
  // "Les militaires belges déployés en Centrafrique ont quitté…", "US troops based in Niger have left": troops
  // stationed abroad who leave go home from where they were stationed (one flow, not the stationing).
  for (let k = 0; k + 1 < pending.length; k++) {
    const a = pending[k]!;
    const b = pending[k + 1]!;
    if (a.t.cls !== 'send' || a.t.mood !== 'part' || !a.src || !a.dst || b.dst || (b.t.cls !== 'leave' && b.t.cls !== 'withdraw')) continue;
    if (b.t.idx - a.t.idx > 8 || hasMark(items[a.t.idx - 1], MB.aux | MB.passiveAux) || !a.src.country || a.src.country === a.dst.country) continue;
    // (Only a participle on the people stationed: "Malaysia sent 1,200 nationals home aboard ships that left" is an
    // English past, whose people do not come back.)
    // ("The troops that Britain sent to Afghanistan left": or an object relative on them.)
    const onPeople = isCargo(items[a.t.idx - 1]) || (items[a.t.idx - 1]?.place?.via === 'demonym' && isCargo(items[a.t.idx - 2])) ||
      (!!items[a.t.idx - 1]?.place && hasMark(items[a.t.idx - 2], MB.rel) && isCargo(items[a.t.idx - 3]));
    if (!onPeople) continue;
    for (const f of a.flows) {
      if (f.cat !== 'troops' && f.cat !== 'people') continue;
      [f.from, f.to] = [f.to, f.from];
      [f.fromActor, f.toActor] = [f.toActor, f.fromActor];
      f.fromCountry = false;
    }
    b.flows = [];
  }
  // "The European Union has pledged 25 million euros to help Ukraine repair its ports", "a débloqué 20 millions
  // d'euros pour aider l'Égypte à accueillir les réfugiés": money given "to help" a place goes to it; the help is
  // that money, no transfer of its own (nor of what the place then does).
  // ("The European Union will give Chad 30 million euros to help it host refugees", "pour l'aider à accueillir": so with the place
  // given the money already and a pronoun for it; the task helped, with no giver of its own, takes none from the discourse either.)
  for (let k = 0; k + 1 < pending.length; k++) {
    const a = pending[k]!;
    const b = pending[k + 1]!;
    // (English "to help" reads as a finite form: the "to" before it tells.)
    if (a.t.cls !== 'send' || !a.src || b.t.cls !== 'help' || b.t.idx - a.t.idx > 12 || !purposeBefore(items, b.t.idx)) continue;
    if (a.dst) {
      const pronoun = PRONOUN_OBJECTS.has(items[b.t.idx + 1]?.lower ?? '') || PRONOUN_OBJECTS.has(items[b.t.idx - 1]?.lower ?? '');
      if (b.dst || !pronoun || !a.flows.some((f) => f.cat === 'money' && f.to === a.dst)) continue;
      b.flows = [];
      const c = pending[k + 2];
      if (c && !c.src && c.t.idx - b.t.idx <= 3) c.flows = c.flows.filter((f) => f.from);
      continue;
    }
    if ((b.t.mood !== 'inf' && b.t.mood !== 'fin') || !b.dst || (b.src && b.src !== a.src)) continue;
    const money = a.flows.filter((f) => f.cat === 'money' && f.from === a.src && !f.to);
    if (money.length === 0) continue;
    // ("to help Turkey and Syria rebuild": each place helped, the amount on the first.)
    const helped = [...new Set(b.flows.map((f) => f.to).filter((p): p is Place => !!p))];
    if (helped.length === 0) helped.push(b.dst);
    for (const f of money) {
      f.to = helped[0];
      f.toActor = true;
      for (const p of helped.slice(1)) a.flows.push({ ...f, to: p, q: null });
    }
    b.flows = [];
  }
  // ("Outros 60 cabo-verdianos aguardam deportação em centros de detenção no Texas", "Another 60 Cape Verdeans await deportation in
  // Texas": people of a nationality to be deported from where they are held go home, from there; the place "in" is no destination.)
  for (const p of pending) {
    // (or named as the place of their citizenship, "cidadãos do arquipélago", see withHead in roles.ts)
    const nationals = items[p.srcIdx]?.place?.via === 'demonym' || roles[p.srcIdx]?.role === 'origin';
    if (p.t.cls !== 'deport' || p.t.mood !== 'noun' || !p.src || !p.dst || p.srcIdx < 0 || p.srcIdx > p.t.idx || !nationals) continue;
    let heldIn = false;
    for (let k = p.t.idx + 1; k < items.length && !heldIn; k++) heldIn = items[k]!.place?.place === p.dst && roles[k]?.role === 'in';
    if (!heldIn || p.src.country === p.dst.country) continue;
    for (const f of p.flows) {
      if (f.from !== p.src || f.to !== p.dst) continue;
      [f.from, f.to, f.fromActor, f.toActor, f.fromCountry] = [p.dst, p.src, false, true, false];
    }
  }
  // ("O Japão concedeu ao Brasil um financiamento de US$ 1,5 bilhão", "Japón concedió a Brasil un financiamiento": a verb of giving whose
  // object is a transfer noun with no ends of its own gives what the noun names, from the verb's subject to its recipient.)
  for (let k = 0; k + 1 < pending.length; k++) {
    const a = pending[k]!;
    const b = pending[k + 1]!;
    // (Not a verb of keeping: "mantiene en el Caribe un despliegue naval" is a presence.)
    if (a.t.cls !== 'send' || a.t.mood === 'noun' || a.t.sense === 'keep' || !a.src || !a.dst || a.flows.length > 0 || b.t.mood !== 'noun' || b.t.cls !== 'send' || b.src || b.dst) continue;
    if (b.t.idx - a.t.idx > 8 || hasBefore(items, b.t.idx, a.t.idx + 1, b.t.idx - a.t.idx - 1, (x) => isComma(x) || !!x.trig || hasMark(x, MB.coord))) continue;
    for (const f of b.flows) {
      if (f.from || f.to) continue;
      [f.from, f.to, f.fromActor, f.toActor] = [a.src, a.dst, true, true];
    }
  }
  // ("Angola exportou crude para a China. As compras da Índia ultrapassaram os 9 milhões de barris", "Las compras de la India": a
  // purchase noun opening the sentence, with the place right after its "of" and no goods between, is that place's purchases: it buys.)
  for (const p of pending) {
    if (p.t.cls !== 'receive' || p.t.mood !== 'noun' || p.t.idx > 2 || !p.src || p.dst || !PURCHASE_NOUN.test(items[p.t.idx]!.lower)) continue;
    const at = hasMark(items[p.t.idx + 2], MB.det) && prepRole(items[p.t.idx + 2]) === null ? p.t.idx + 3 : p.t.idx + 2;
    if (prepRole(items[p.t.idx + 1]) !== 'of' || items[at]?.place?.place !== p.src || items[at]!.place!.via !== 'name') continue;
    for (const f of p.flows) {
      if (f.from !== p.src || f.to) continue;
      [f.from, f.to] = [undefined, p.src];
      [f.fromActor, f.toActor] = [false, true];
    }
  }
  for (const p of pending) for (const f of p.flows) if (f.from || f.to || f.pron) out.push(f);
  return out;
}

/**
 * Trainees of another country than `own` as the object of the training noun at v: "a formação de 300 soldados
 * angolanos", "training Kenyan troops" (not "an Italian air force school", nor "American instructors").
 */
function trainedNationality(items: Item[], v: number, R: number, own: string | undefined): boolean {
  // (after "of"/"de", or as the object of "training": "training Kenyan troops")
  const pr = prepRole(items[v + 1]);
  if (pr !== 'of' && pr !== null) return false;
  for (let k = v + 1; k <= Math.min(R, v + 6); k++) {
    const p = items[k]!.place;
    if (!p || p.via !== 'demonym' || countryAt(items, k) === own) continue;
    if (traineeWord(items[k - 1]) || traineeWord(items[k + 1])) return true;
  }
  return false;
}


/** Words that can follow a helped place without opening what it is helped to do ("helped Nepal after the quake"). */
const NOT_BARE_VERBS: ReadonlySet<string> = new Set(['after', 'before', 'during', 'since', 'because', 'when', 'while', 'last', 'this', 'next', 'again', 'further', 'once', 'so', 'as', 'but', 'and', 'or', 'amid', 'following', 'throughout', 'too', 'financially', 'militarily', 'greatly']);
/** Infinitive endings of the Romance languages, for the verb after "a"/"à" ("a reconstruir", "à reconstruire"). */

/** Words of the infinitive's form that are no verb after "para"/"pour" ("para o exterior", "pour le secteur"). */
const NOT_PURPOSE_INF: ReadonlySet<string> = new Set(['exterior', 'interior', 'mar', 'lugar', 'setor', 'sector', 'par', 'hier', 'cher', 'mer', 'hiver', 'dollar', 'bar', 'militar', 'familiar', 'popular', 'nuclear', 'solar', 'escolar', 'regular', 'similar', 'particular', 'consular', 'polar']);
const ROMANCE_INF: Readonly<Record<Lang, RegExp | undefined>> = { pt: /^\p{L}{2,}(?:ar|er|ir|or)$/u, es: /^\p{L}{2,}(?:ar|er|ir)$/u, fr: /^\p{L}{2,}(?:er|ir|re|oir)$/u, en: undefined };

/** Is the helped place at `k` followed by what it is helped to do ("Ukraine repel", "Mali to rebuild", "Moçambique a reconstruir")? */
function helpsToDo(items: Item[], k: number, lang: Lang): boolean {
  const n = items[k + 1];
  const n2 = items[k + 2];
  // (a verb of the lexicon too: "ajudou Angola a formar", "helped Azerbaijan train": that verb's own flow is the help)
  const verbish = (x: Item | undefined): boolean => !!x && !x.place && !x.cap && x.tok === 'word' && (isPlain(x) || x.trig);
  if (lang !== 'en') return (n?.lower === 'a' || n?.lower === 'à') && verbish(n2) && ROMANCE_INF[lang]!.test(n2!.lower);
  if (n?.lower === 'to') return verbish(n2);
  return verbish(n) && !NOT_BARE_VERBS.has(n!.lower) && !n!.lower.endsWith('ly');
}

/** Suppliers or sources named in a ranking ("among its suppliers", "como proveedores", "parmi les fournisseurs"). */
const SUPPLIER_RANK = /\b(?:suppliers?|sources?|fornecedor(?:es|as)?|proveedor(?:es|as)?|fournisseurs?|origens?|or[ií]gen(?:es)?|provenances?)\b/i;
/** Nouns of suppliers alone ("supplier", "fornecedor", "proveedor", "fournisseur"), no sources. */
const SUPPLIER_NOUN = /\b(?:suppliers?|fornecedor(?:es|as)?|proveedor(?:es|as)?|fournisseurs?)\b/i;
/** Other producers or exporters named in a ranking ("no ranking dos maiores produtores", "among exporters"): no partners. */
const OTHER_SELLERS = /\b(?:producers?|produtor(?:es|as)?|productor(?:es|as)?|producteurs?|exporters?|exportador(?:es|as)?|exportateurs?)\b/i;

/** Participles of being expected: "attendue", "attendus". */
const EXPECTED_PART = /^attendu/;

/** Studying or being trained, as a purpose: "to study", "para estudar", "para se formar", "pour suivre une formation". */
const STUDY = /^(?:study|estudar|estudiar|étudier|formarse|formar-se|entrenarse|treinar-se|(?:se|be|ser|être) (?:form|train|trein|entren)\S*|(?:receive|undergo|receber|recibir|recevoir|suivre|fazer|hacer|attend) (?:\S+ )?(?:training|formação|formación|formation|treinamento|entrenamiento|treino|courses?|cursos?))$/;

/**
 * Does a verb of asking stand right before the item at v, past adverbs and articles ("pediu ajuda", "había pedido ayuda",
 * "a demandé de l'aide", "asked for more help")? Thanks are no request here ("agradeceu a ajuda" received it).
 */
function requestBefore(items: Item[], v: number): boolean {
  let k = v - 1;
  while (k > 0 && k >= v - 3 && (hasMark(items[k], MB.det) || MORE_WORDS.has(items[k]!.lower) || (prepRole(items[k]) === 'of' && !items[k]!.place))) k--;
  const w = items[k]?.lower ?? '';
  if ((w === 'pedido' || w === 'pedida') && (hasMark(items[k - 1], MB.aux) || HAVE_AUX.has(items[k - 1]?.lower ?? ''))) return true;
  return hasMark(items[k], MB.request) && !/^(?:agradec|thank|remerc)/.test(w);
}
/** Participles of asking ("requested", "pedida", "solicitada", "demandée"). */
const ASKED = /^(?:requested|asked|sought|pedid[oa]s?|solicitad[oa]s?|reclamad[oa]s?|demandée?s?|sollicitée?s?|réclamée?s?)$/;
/** Is the place at k the agent of a participle of asking ("pedida pelo governo angolano", "requested by Kenya")? */
function requestedBy(items: Item[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(1, k - 3); j--) {
    if (prepRole(items[j]) === 'by') return ASKED.test(items[j - 1]!.lower);
    if (items[j]!.tok !== 'word' || items[j]!.place || items[j]!.trig) return false;
  }
  return false;
}
const MORE_WORDS: ReadonlySet<string> = new Set(['more', 'mais', 'más', 'plus', 'urgent', 'urgente', 'urgently', 'urgentemente']);

/** Is the subject before the verb at v only a pronoun or a partitive of them ("Most of them", "those on board", "Muitos deles")? */
function peoplePronounSubject(items: Item[], lo: number, v: number): boolean {
  let them = false;
  for (let k = lo; k < v; k++) {
    const it = items[k]!;
    if (it.place || it.cargo || it.tok === 'punct') return false;
    if (THOSE.has(it.lower)) them = true;
  }
  return them;
}
const THOSE: ReadonlySet<string> = new Set(['them', 'those', 'deles', 'delas', 'ellos', 'ellas', 'eux', 'elles']);

/** The latest nationality of people at most back to `lo` before the verb at v ("4 500 Malgaches"), or undefined. */
function demonymBefore(items: Item[], v: number, lo: number): number | undefined {
  for (let k = v - 1; k >= lo; k--) if (items[k]!.place?.via === 'demonym') return k;
  return undefined;
}

/**
 * The infinitive of working or living right after the verb at v, past a preposition of purpose ("left to work in",
 * "partiram para trabalhar em", "se fueron a trabajar a") or none in French ("sont partis travailler en"), or -1.
 */
function workPurpose(items: Item[], v: number): number {
  // (past a start of their own: "salieron de Nepal para trabajar en")
  for (let k = v + 1; k <= Math.min(items.length - 1, v + 6); k++) {
    if (items[k]!.tok === 'punct') return -1;
    if (WORK.test(items[k]!.lower) && (purposeBefore(items, k) || (k === v + 1 && (items[k]!.lower === 'travailler' || items[k]!.lower === 'vivre')))) return k;
  }
  return -1;
}
const WORK = /^(?:work|live|settle|trabalhar|viver|morar|trabajar|vivir|travailler|vivre)$/;

/** A purpose of studying or being trained within 12 words after the verb at i, in its sentence part. */
function studyPurpose(items: Item[], i: number): boolean {
  for (let k = i + 1; k <= Math.min(items.length - 1, i + 12); k++) {
    if (items[k]!.tok === 'punct' && !isComma(items[k])) return false;
    if (!purposeBefore(items, k)) continue;
    const w = items[k]!.lower;
    const two = `${w} ${items[k + 1]?.lower ?? ''}`;
    const three = `${two} ${items[k + 2]?.lower ?? ''}`;
    if (STUDY.test(w) || STUDY.test(two) || STUDY.test(three)) return true;
  }
  return false;
}

/** A contract or a deal, the whole word ("contrato", "accords"; not "according to"): CONTRACT's stems, ended. */
const DEAL_NOUN = new RegExp(`${CONTRACT.source}s?$`);

/** A purpose infinitive between `a` and `b`: a plain lower-case word after a word of purpose (see purposeBefore; "to relieve", "para reforçar"). */
function purposeBetween(items: Item[], a: number, b: number): boolean {
  for (let k = a + 2; k < b; k++) if ((purposeBefore(items, k, true) || items[k - 1]!.lower === 'to') && isPlain(items[k]) && !items[k]!.cap && !items[k]!.place) return true;
  return false;
}

/** Within six items before the verb of undergoing that stands within six before the training noun at v, the nationality of the people who undergo it. */
function undergoingNationals(items: Item[], roles: Array<Role | undefined>, L: number, v: number): number | undefined {
  for (let u = v - 1; u >= Math.max(L, v - 6); u--) {
    if (!UNDERGO.test(items[u]!.lower)) continue;
    for (let k = u - 1; k >= Math.max(L, u - 6); k--) if (roles[k]?.role === 'origin' && roles[k]!.head === 'cargo') return k;
    return undefined;
  }
  return undefined;
}

/** Do the items hold two places or more (anaphors resolved among them)? */
function twoPlaces(items: Item[]): boolean {
  let n = 0;
  for (const it of items) if (it.place && ++n >= 2) return true;
  return false;
}

/** Is there a colon among items [a, b)? */
function colonBetween(items: Item[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (items[k]!.lower === ':') return true;
  return false;
}

/** Participles by which a deal provides for what follows ("prévoyant", "providing for", "prevendo", "previendo"). */
const PROVIDING = /^(?:prévoyant|providing|prevendo|previendo|envisaging|stipulating|prévoit|prevê|prevé)$/;

/**
 * Does a contract or deal right before the transfer noun at n say what it is for ("un contrat [d'environ 2 milliards d'euros] pour
 * l'acquisition", "a deal for the purchase", "un accord prévoyant la formation")? Up to eight items back, past articles, prepositions,
 * amounts and a word of providing; no verb, place, comma or other transfer between.
 */
function dealBefore(items: Item[], n: number): boolean {
  for (let k = n - 1; k >= Math.max(0, n - 8); k--) {
    const it = items[k]!;
    if (DEAL_NOUN.test(it.lower)) return true;
    if (it.trig || it.place || (it.cargo && !it.tags.some((g) => g.k === 'cur')) || isComma(it) || it.tok === 'punct') return false;
    const passes = hasMark(it, MB.det) || prepRole(it) !== null || it.tok === 'num' || it.tags.some((g) => g.k === 'scale' || g.k === 'cur' || g.k === 'qual' || g.k === 'num') || PROVIDING.test(it.lower);
    if (!passes) return false;
  }
  return false;
}

/** Verbs and participles of living or staying somewhere ("vivem", "vivían", "living", "résident", "acolhidos", "sheltered"). */
const LIVING = /^(?:viv[eiíaá]|r[ée]sid|live[sd]?$|living$|habit|acolhid|acogid|accueilli|hosted$|sheltered$|albergad|abrigad)/;

/**
 * The place where the people named at p live, by a relative clause or a participle right after them ("refugiados [...] que vivem hoje
 * em campos da Tanzânia", "refugees living in Uganda", "réfugiés qui vivent au Tchad"), within R, or undefined.
 */
function residenceAfter(items: Item[], p: number, R: number): number | undefined {
  let live = -1;
  for (let k = p + 1; k <= Math.min(R, p + 6) && live < 0; k++) {
    const it = items[k]!;
    if (isComma(it) || it.trig) return undefined;
    if (isPlain(it) && !it.cap && LIVING.test(it.lower) && (hasMark(items[k - 1], MB.rel) || hasMark(items[k - 2], MB.rel) || k === p + 1 || items[k - 1]!.place !== undefined)) live = k;
  }
  if (live < 0) return undefined;
  for (let k = live + 1; k <= Math.min(R, live + 7); k++) {
    const it = items[k]!;
    if (isComma(it) || it.trig || it.cargo) return undefined;
    if (it.place && it.place.via !== 'demonym') return k;
  }
  return undefined;
}

/**
 * Does the place "in" at k locate a destination the gazetteer does not know, named right before it after the verb at v ("partiram
 * para Rukla, na Lituânia", "left for a base in Lithuania")? A "to" at most six items back, with no verb, goods or place between.
 */
function locatesDestination(items: Item[], v: number, k: number): boolean {
  for (let j = k - 1; j > v && j >= k - 6; j--) {
    const x = items[j]!;
    if (x.place || x.trig || x.cargo || x.tags.some((g) => g.k === 'verb')) return false;
    if (prepRole(x) === 'to' && !hasMark(items[j - 1], MB.det) && prepRole(items[j - 1]) !== 'to') return true;
  }
  return false;
}

/** Is the transfer at `t` one of money (its trigger, or a currency, money or a noun of lending from it to `b`)? */
function moneyBetween(items: Item[], t: Trigger, b: number): boolean {
  if (t.cat === 'money') return true;
  for (let k = t.idx; k <= b; k++) if (items[k]!.tags.some((g) => g.k === 'cur' || ((g.k === 'cargo' || g.k === 'noun' || g.k === 'verb') && g.cat === 'money'))) return true;
  return false;
}

/**
 * The first "for"/"para"/"pour" in [a, b] opening a noun phrase of purpose: a determiner, then a word that is no place, goods or
 * people ("para a reabilitação", "for the construction", "pour la modernisation"), or -1.
 */
function purposeNounAt(items: Item[], a: number, b: number): number {
  for (let k = a; k + 2 <= b; k++) {
    if (isComma(items[k]) || items[k]!.tok === 'punct') return -1;
    if (!BENEFIT.has(items[k]!.lower) || !hasMark(items[k + 1], MB.det)) continue;
    const n = items[k + 2]!;
    if (isPlain(n) && !n.cap && !n.place && !n.cargo && !n.trig && !isPeople(n)) return k;
  }
  return -1;
}

/**
 * Does a preposition of purpose stand right before the item at k ("to", "in order to", "para", "a", "pour", "afin de";
 * the tokenizer keeps "afin" and "de" apart)? `only`: only one that never leads anywhere but to a purpose ("para",
 * "pour", "afin de"), not "a" or "to".
 */
function purposeBefore(items: Item[], k: number, only = false): boolean {
  const w = items[k - 1]?.lower;
  if (w === 'para' || w === 'pour' || (w === 'de' && items[k - 2]?.lower === 'afin')) return true;
  return !only && (w === 'to' || w === 'a');
}

/**
 * "Spain, for years Peru's main arms supplier, sold", "A China, principal fornecedora do Laos, entregou":
 * a place subject, then an apposition between commas, then the verb (auxiliaries aside). The apposition's
 * own places are not the subject; when it is a supplier noun, the place owning it ("Serbia's", "do Níger")
 * is who the subject supplies.
 */
function apposition(items: Item[], roles: Array<Role | undefined>, idx: number, L: number, lang: Lang): { subject: number; owner: number | undefined; seller?: number } | undefined {
  let c = idx - 1;
  // ("La France, premier créancier du Niger, lui a prêté": an indirect object pronoun too.)
  // ("en ont reçu plus de la moitié": the partitive pronoun too)
  while (c > L && (hasMark(items[c], MB.aux | MB.plan | MB.condAux | MB.passiveAux) || DATIVES.has(items[c]!.lower) || (lang === 'fr' && items[c]!.lower === 'en'))) c--;
  if (!isComma(items[c])) return undefined;
  // ("Le Mali et le Burkina Faso, reliés au réseau ivoirien par la ligne qui passe par Ferkessédougou, en ont reçu": an
  // apposition opened by a participle may be longer and hold a relative clause of its own.)
  let participial = false;
  let j = c - 1;
  for (; j > L && c - j <= (participial ? 24 : 10); j--) {
    const it = items[j]!;
    if (isComma(it)) break;
    if (it.trig || it.tok === 'punct') return undefined;
    if (hasMark(it, MB.rel) && !(participial ||= participleOpens(items, j, c))) return undefined;
  }
  if (!isComma(items[j]) || j === c - 1) return undefined;
  const s = j - 1;
  const r = roles[s];
  if (!items[s]?.place || !r || !(r.role === 'bare' || r.role === 'actor' || (r.role === 'to' && r.weak))) return undefined;
  const sup = compiled(lang).supplierWords;
  let owner: number | undefined;
  const own = (k: number): boolean => {
    const rk = roles[k];
    return !!items[k]?.place && !!rk && rk.role !== 'to' && rk.role !== 'from' && rk.role !== 'by' && countryAt(items, k) !== countryAt(items, s);
  };
  for (let w = j + 1; w < c && owner === undefined; w++) {
    // (A partner or ally is "of" a country only as "do país": "O Japão, parceiro dos Estados Unidos" gives them nothing.)
    const partner = PARTNERS.has(items[w]!.lower);
    if (!sup.has(items[w]!.lower) && !partner) continue;
    owner = supplierOwnerAround(roles, w, j + 1, c - 1, own, (k) => own(k) && (!partner || items[k]!.place!.via === 'anaphor'));
  }
  // ("Arabia Saudí, el mayor cliente exterior de la empresa, recibió 36 trenes": whom the subject buys from.)
  let seller: number | undefined;
  for (let w = j + 1; w < c && seller === undefined; w++) {
    if (!BUYER_NOUN.test(items[w]!.lower) || /^(?:destin|mercad|market|march)/.test(items[w]!.lower)) continue;
    for (let k = w + 1; k < c && k <= w + 4 && seller === undefined; k++) if (own(k) && roles[k]!.role === 'of') seller = k;
  }
  return seller === undefined ? { subject: s, owner } : { subject: s, owner, seller };
}

/**
 * "…from China, Pakistan's largest arms supplier.": after the place at k, an apposition set off by a comma that names it the
 * supplier of another place ("Y's supplier", "principal fornecedor de Y"); Y's index, or undefined.
 */
function trailingSupplierOwner(items: Item[], roles: Array<Role | undefined>, k: number, lang: Lang): number | undefined {
  if (!isComma(items[k + 1])) return undefined;
  const sup = compiled(lang).supplierWords;
  let end = k + 2;
  while (end < items.length && end <= k + 10 && !(items[end]!.tok === 'punct') && !items[end]!.trig) end++;
  const own = (j: number): boolean => !!items[j]?.place && items[j]!.place!.via !== 'demonym' && countryAt(items, j) !== countryAt(items, k);
  for (let w = k + 2; w < end; w++) {
    if (!sup.has(items[w]!.lower)) continue;
    const owner = supplierOwnerAround(roles, w, k + 2, end - 1, own, (j) => own(j) && roles[j]?.role === 'of');
    if (owner !== undefined) return owner;
  }
  return undefined;
}

/**
 * The place a supplier noun at w names as supplied, within items [lo, hi]: the possessive before it ("Peru's main arms
 * supplier"), else the first place after it that `after` accepts ("principal fornecedora do Laos", "fournisseurs du marché
 * brésilien"); up to four words either side.
 */
function supplierOwnerAround(roles: Array<Role | undefined>, w: number, lo: number, hi: number, own: (k: number) => boolean, after: (k: number) => boolean): number | undefined {
  for (let k = w - 1; k >= lo && k >= w - 4; k--) if (own(k) && roles[k]?.role === 'poss') return k;
  for (let k = w + 1; k <= hi && k <= w + 4; k++) if (after(k)) return k;
  return undefined;
}

/** Is goods at `g` given "with" ("com 30 milhões", "con envíos de petróleo", "avec", "grâce à") after the place at `from`? */
function withBetween(items: Item[], from: number, g: number): boolean {
  for (let k = g - 1; k > from && k >= g - 6; k--) if (WITH.has(items[k]!.lower) || items[k]!.lower === 'grâce') return true;
  return false;
}

/** Words right after an English "train" used with no object ("trained for five months", "will train in Morocco"). */
const INTRANSITIVE_NEXT: ReadonlySet<string> = new Set(['for', 'in', 'at', 'on', 'with', 'during', 'alongside', 'abroad', 'aboard', 'together', 'there', 'here']);

/** Private people who travel (a family, a couple, tourists, a chef), in the four languages (not "son", French for "his"). */
const PRIVATE_TRAVELLERS: ReadonlySet<string> = new Set([
  'family', 'couple', 'tourists', 'tourist', 'holidaymakers', 'chef', 'daughter', 'mother', 'father', 'wife', 'husband', 'children', 'fans', 'hikers', 'skiers',
  'família', 'casal', 'turistas', 'filha', 'filho', 'mãe', 'pai', 'mulher', 'marido', 'adeptos',
  'familia', 'pareja', 'hija', 'hijo', 'madre', 'padre', 'esposa', 'esposo', 'aficionados',
  'famille', 'touristes', 'fille', 'fils', 'mère', 'père', 'épouse', 'époux', 'supporters',
]);
/** A private person as the traveller before the verb at v, with no official named there. */
function privateTraveller(items: Item[], L: number, v: number): boolean {
  let found = false;
  for (let k = Math.max(L, v - 8); k < v; k++) {
    const it = items[k]!;
    if (hasMark(it, MB.actor)) return false;
    if (PRIVATE_TRAVELLERS.has(it.lower)) found = true;
  }
  return found;
}

/** A noun of people or troops who may be trained, not trainers ("sailors", not "instructors"). */
const traineeWord = (it: Item | undefined): boolean => !!it && !it.place && isPeople(it) && !TRAINERS.test(it.lower);
/** English plural nouns of agents ("officers", "operators", "technicians", "engineers"): people, whatever the lexicon knows. */
const AGENT_PLURAL = /^[a-z]{3,}(?:ers|ors|ists|ians|ants|[^m]ents|ees)$/;

/**
 * Does a plural noun of agents follow the nationality at `k`, the next word or one after a plain modifier ("Moldovan officers",
 * "Moldovan drone operators")? Not instructors, who train others.
 */
function groupNounAfter(items: Item[], k: number): boolean {
  for (let j = k + 1; j <= k + 2; j++) {
    const it = items[j];
    if (it && !it.place && !it.cargo && it.tok === 'word' && !it.cap && AGENT_PLURAL.test(it.lower) && !TRAINERS.test(it.lower)) return true;
    if (!it || (j === k + 1 && !(isPlain(it) || it.cargo))) return false;
  }
  return false;
}

/** Is there such a noun among items a..b? */
function peopleNoun(items: Item[], a: number, b: number): boolean {
  for (let k = Math.max(0, a); k <= b && k < items.length; k++) if (traineeWord(items[k])) return true;
  return false;
}

/** The helper and the helped place when the verb at v is what a helping verb right before it helps the place do. */
function helpedTask(items: Item[], roles: Array<Role | undefined>, prev: Trigger | undefined, v: number, subjectLike: (r: Role) => boolean, farther = false): { helper: number; helped: number } | undefined {
  if (!prev || prev.cls !== 'help' || prev.mood === 'noun') return undefined;
  let helped: number | undefined;
  for (let k = prev.idx + 1; k < v && k <= prev.idx + 3 && helped === undefined; k++) if (items[k]!.place && items[k]!.place!.via !== 'demonym') helped = k;
  if (helped === undefined || (v - helped > 3 && !farther)) return undefined;
  const helper = placeSubjectBefore(items, roles, prev.idx, subjectLike);
  return helper !== undefined && countryAt(items, helper) !== countryAt(items, helped) ? { helper, helped } : undefined;
}

/** The nearest place before `k` in a subject's role (the main clause's subject before a verb or a relative clause). */
function placeSubjectBefore(items: Item[], roles: Array<Role | undefined>, k: number, subjectLike: (r: Role) => boolean): number | undefined {
  for (let j = k - 1; j >= 0; j--) {
    const r = roles[j];
    if (items[j]!.place && r && subjectLike(r)) return j;
  }
  return undefined;
}

/** Subject pronouns and object pronouns that may stand between such a relative and its verb. */
const REL_CLAUSE_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'il', 'elle', 'ils', 'elles', 'ele', 'ela', 'eles', 'elas', 'él', 'ella', 'ellos', 'ellas', 'le', 'lui', 'les', 'leur', 'lo', 'la', 'los', 'las', 'lhe', 'lhes', 'se', 'has', 'had', 'have', 'a', 'ont', 'avait', 'avaient']);

/**
 * "A, à qui [elle a] livré": the place A before a relative of giving right before the verb at v is the receiver,
 * and the main clause's subject before A (a place) the giver.
 */
function dativeRelative(items: Item[], roles: Array<Role | undefined>, v: number, subjectLike: (r: Role) => boolean, from = false): { giver: number; to: number } | undefined {
  let j = v - 1;
  // ("à qual Espanha comprou", "to which Spain sold": past the relative clause's own subject, which then gives.)
  let own = -1;
  while (j > 0 && j >= v - 5 && (REL_CLAUSE_PRONOUNS.has(items[j]!.lower) || hasMark(items[j], MB.aux) || (own < 0 && !!items[j]!.place && items[j]!.place!.via !== 'demonym') || (own === j + 1 && hasMark(items[j], MB.det)))) {
    if (items[j]!.place) own = j;
    j--;
  }
  const c = dativeRelativeComma(items, j, from);
  if (c === undefined) return undefined;
  const to = c - 1;
  if (!items[to]?.place || items[to]!.place!.via === 'demonym') return undefined;
  const giver = own >= 0 ? own : placeSubjectBefore(items, roles, to, subjectLike);
  return giver !== undefined && countryAt(items, giver) !== countryAt(items, to) ? { giver, to } : undefined;
}

/**
 * A transfer noun opening its sentence, past at most an adverb and an article ("Já as importações de carros elétricos chineses
 * somaram", "Imports of Chinese cars rose"): with no receiver named, the story's country imports.
 */
function openingNoun(items: Item[], v: number): boolean {
  let s0 = 0;
  // (past a dateline: "Luanda, 3 mar (Lusa) - As importações de trigo")
  for (let q = 1; q <= 14 && q < v; q++) if (DASHES.has(items[q]!.lower)) s0 = q + 1;
  // (imports only: "Las compras de China se redujeron" are China's)
  if (v - s0 > 2 || !/^(?:re-?|ré)?import/.test(items[v]!.lower)) return false;
  for (let k = s0; k < v; k++) if (!(hasMark(items[k], MB.det) || (isPlain(items[k]) && !items[k]!.cargo))) return false;
  return true;
}

/**
 * The sentence opens with a sector noun that is the subject of the verb at v ("El sector importa", "Factories bought", "Le
 * secteur, concentré dans le sud, importe"): maybe a short opening phrase, an article, the noun, then only auxiliaries,
 * adverbs or one apposition set off by commas before the verb.
 */
function openingSectorSubject(items: Item[], v: number): boolean {
  /** No place, verb or punctuation: a modifier of the sector noun ("textile", "de caju", "agroexportador"). */
  const modifier = (it: Item | undefined): boolean => !!it && !it.place && !it.trig && it.tok === 'word' && !hasMark(it, MB.aux | MB.rel);
  const nounAt = (k: number): number => {
    if (SECTOR_ARTICLES.has(items[k]?.lower ?? '')) k++;
    // (up to two modifiers before it: "The textile sector", "Kenyan-owned flower farms" has a place and is none)
    for (let q = k; q <= k + 2; q++) {
      if (SECTOR_NOUNS.has(items[q]?.lower ?? '') && !items[q]!.place) return q;
      if (!modifier(items[q]) || q === v) return -1;
    }
    return -1;
  };
  let k = nounAt(0);
  // (past a short opening phrase with no place: "En sentido contrario, el sector")
  for (let q = 1; k < 0 && q <= 5 && q < v && !items[q - 1]!.place; q++) if (isComma(items[q])) k = nounAt(q + 1);
  // (past a dateline: "Maputo, 3 mar (Lusa) - As fábricas de caju compraram")
  for (let q = 1; k < 0 && q <= 14 && q < v; q++) if (DASHES.has(items[q]!.lower)) k = nounAt(q + 1);
  if (k < 0) return false;
  k++;
  // (and up to three after it: "As fábricas de caju compraram", "El sector agroexportador importó")
  for (let n = 0; n < 3 && k < v && modifier(items[k]) && !MID_ADVERBS.has(items[k]!.lower); n++) k++;
  if (isComma(items[k])) {
    let close = k + 1;
    while (close < v && !isComma(items[close])) close++;
    if (close >= v) return false;
    k = close + 1;
  }
  for (; k < v; k++) if (!(hasMark(items[k], MB.aux) || MID_ADVERBS.has(items[k]!.lower))) return false;
  return true;
}

/** Between the participle at a and the verb at b stand only its agent ("by Russia", "por China") and auxiliaries. */
function agentOnlyBetween(items: Item[], a: number, b: number): boolean {
  if (b - a < 3 || b - a > 7 || prepRole(items[a + 1]) !== 'by') return false;
  let place = false;
  for (let k = a + 2; k < b; k++) {
    const it = items[k]!;
    if (it.place) place = true;
    else if (!(hasMark(it, MB.det | MB.aux | MB.passiveAux) || isComma(it))) return false;
  }
  return place;
}

/** A concession opens at item k: "pese a", "a pesar de", "apesar de", "despite", "in spite of", "malgré", "en dépit de". */
function concessionAt(items: Item[], k: number): boolean {
  const w = items[k]!.lower;
  const next = items[k + 1]?.lower ?? '';
  if (CONCESSIONS.has(w)) return true;
  return (w === 'a' && next.startsWith('pesar')) || (w === 'en' && next.startsWith('dépit')) || (w === 'in' && next === 'spite');
}
/** Gives the flows that have a start and no end (a clause's one-ended transfers) the end `to`, named by another clause. */
function endAt(flows: RawFlow[], to: Place): void {
  for (const f of flows) {
    if (!f.from || f.to) continue;
    f.to = to;
    f.toActor = false;
    f.there = false;
  }
}

/**
 * Sends a clause's one-ended flows on to `to`, named by a later clause on the same goods, unless they start in its country;
 * whether any went (then the later clause states no transfer of its own).
 */
function sendOnTo(flows: RawFlow[], to: Place): boolean {
  let moved = false;
  for (const f of flows) {
    if (f.to || !f.from || f.from.country === to.country) continue;
    f.to = to;
    f.toActor = false;
    moved = true;
  }
  return moved;
}

/** Makes a clause's payment one from the buyer `payer` to the seller `payee` of the transfer before it (a payer read wrong included). */
function payFor(flows: RawFlow[], payer: Place, payee: Place): void {
  for (const f of flows) {
    if (f.cat !== 'money' || f.to || (f.from && f.from !== payer && f.from !== payee)) continue;
    f.from = payer;
    f.to = payee;
    f.toActor = false;
  }
}

/** The last item before the first comma after `from`, up to R (R when there is none). */
function beforeComma(items: Item[], from: number, R: number): number {
  for (let k = from + 1; k <= R; k++) if (isComma(items[k])) return k - 1;
  return R;
}

/**
 * "junto con", "along with", "together with", "juntamente com", "ainsi que" within 3 words before the noun at n (after lo):
 * one item where a lexicon joins the words, else two (French "que" may be elided: "ainsi qu'une cargaison").
 */
function alongWith(items: Item[], n: number, lo: number): boolean {
  for (let j = n - 1; j >= Math.max(lo + 1, n - 4); j--) {
    const w = items[j]!.lower;
    if (ALONG_WITH.has(w) || ALONG_WITH.has(`${w} ${items[j + 1]?.lower ?? ''}`) || (w === 'ainsi' && items[j + 1]?.lower === 'qu')) return true;
  }
  return false;
}

const WITHOUT: ReadonlySet<string> = new Set(['sin', 'sem', 'sans', 'without']);
/** Words opening a clause of concession, with a subject of its own. */
const CONCESSIVE: ReadonlySet<string> = new Set(['aunque', 'although', 'though', 'embora', 'quoique']);
const ALONG_WITH: ReadonlySet<string> = new Set(['junto con', 'junto com', 'juntamente com', 'along with', 'together with', 'ainsi que']);

/** Does a time clause start at k: "days after", "two weeks before", "dias depois de", "días después", "quelques jours après"? */
function timeClauseAt(items: Item[], k: number): boolean {
  let j = k;
  if (items[j]?.tok === 'num' || FEW.has(items[j]?.lower ?? '')) j++;
  if (!TIME_UNITS.has(items[j]?.lower ?? '')) return false;
  // (the lexicon's phrase may hold the word: "depois de", "después de")
  return AFTER_BEFORE.has((items[j + 1]?.lower ?? '').split(' ')[0]!);
}
const FEW: ReadonlySet<string> = new Set(['two', 'three', 'few', 'dois', 'duas', 'três', 'poucos', 'poucas', 'dos', 'tres', 'pocos', 'pocas', 'deux', 'trois', 'quelques']);
const TIME_UNITS: ReadonlySet<string> = new Set(['hours', 'days', 'weeks', 'months', 'horas', 'dias', 'semanas', 'meses', 'días', 'heures', 'jours', 'semaines', 'mois']);
const AFTER_BEFORE: ReadonlySet<string> = new Set(['after', 'before', 'depois', 'após', 'antes', 'después', 'despues', 'après', 'avant']);
const CONCESSIONS: ReadonlySet<string> = new Set(['pese', 'pese a', 'apesar', 'apesar de', 'apesar do', 'apesar da', 'despite', 'notwithstanding', 'malgré']);

/** Is the verb at v the first verb after the pronoun opening the sentence ("Il a notamment reçu", "It has also bought")? */
function openingPronounSubject(items: Item[], v: number): boolean {
  // (past an opening attribution: "D'après le quotidien Politika, elle aurait reçu", "According to Reuters, it received")
  let s0 = 0;
  if (hasMark(items[0], MB.hedge)) for (let k = 1; k < Math.min(v, 10); k++) if (isComma(items[k])) { s0 = k + 1; break; }
  if (!SUBJECT_PRONOUNS.has(items[s0]?.lower ?? '') || v - s0 > 5) return false;
  // (a conditional or modal auxiliary too: "Elle aurait reçu", "It would receive", "Il devrait recevoir")
  for (let k = s0 + 1; k < v; k++) if (!(hasMark(items[k], MB.aux | MB.condAux | MB.plan) || MID_ADVERBS.has(items[k]!.lower))) return false;
  return true;
}

/** Adverbs that may stand between an auxiliary and its participle ("a notamment reçu", "has also received", "já recebeu"). */
const MID_ADVERBS: ReadonlySet<string> = new Set(['also', 'already', 'recently', 'reportedly', 'notamment', 'déjà', 'également', 'aussi', 'récemment', 'já', 'também', 'recentemente', 'ya', 'también', 'recientemente']);
/** Adverbs of two words that may stand there too ("a par ailleurs réceptionné", "a en outre reçu"). */
const MID_PAIRS: ReadonlySet<string> = new Set(['par ailleurs', 'en outre', 'de plus', 'por su parte', 'por sua vez', 'in addition']);
/** "a reçu", "a notamment reçu", "has also received": an active perfect (an auxiliary that is no passive one before the participle at v). */
function activePerfect(items: Item[], v: number): boolean {
  let k = v - 1;
  for (;;) {
    if (k > 0 && k >= v - 3 && MID_ADVERBS.has(items[k]!.lower)) k--;
    // ("L'armée a par ailleurs réceptionné", "a en outre reçu": an adverb of two words.)
    else if (k > 1 && MID_PAIRS.has(`${items[k - 1]!.lower} ${items[k]!.lower}`)) k -= 2;
    else break;
  }
  return hasMark(items[k], MB.aux) && !hasMark(items[k], MB.passiveAux);
}

/**
 * "destinés", "destinados", "destinadas", "destined": a participle of destination in any gender and number. (Not lexicon
 * destination markers: those are phrases that may open a transfer of their own, and these only name where goods go.)
 */
const BOUND_PARTICIPLE = /^destin(?:é|ée|és|ées|ado|ada|ados|adas|ed)$/;

/** French "au"/"en"/"aux" before a country: "in" it ("une formation au Danemark"). */
const AU_EN: ReadonlySet<string> = new Set(['au', 'aux', 'en']);

/** Schools and academies ("écoles militaires", "military academies", "academias", "escolas"). */
const SCHOOLS = /^(?:écoles?|schools?|academ(?:y|ies)|académies?|academias?|escolas?|escuelas?|universit(?:y|ies|és?)|universidades?|colleges?|collèges?)$/;
/** A nationality on schools the training after v happens in ("dans les écoles militaires rwandaises", "at Rwandan military academies"). */
function schoolNationality(items: Item[], v: number, R: number): number | undefined {
  for (let k = v + 1; k <= R; k++) {
    if (items[k]!.place?.via !== 'demonym') continue;
    const school = [k - 1, k - 2, k + 1, k + 2].some((j) => j > v && SCHOOLS.test(items[j]?.lower ?? ''));
    if (school && hasBefore(items, k, v + 1, 5, (x) => prepRole(x) === 'in')) return k;
  }
  return undefined;
}

/** Trainers' nationality after "by"/"par"/"por", past the training noun at v ("dispensée par des instructeurs russes"). */
function trainersBy(items: Item[], v: number, R: number): number | undefined {
  for (let k = v + 1; k <= R; k++) {
    if (items[k]!.place?.via !== 'demonym') continue;
    if (![items[k - 1], items[k + 1]].some((x) => TRAINERS.test(x?.lower ?? ''))) continue;
    for (let j = k - 1; j > Math.max(v, k - 4); j--) if (prepRole(items[j]) === 'by') return k;
  }
  return undefined;
}

/**
 * The nationality of instructors the verb at v trains "with" ("com instrutores dos carabinieri italianos", "with French
 * instructors", "con asesores estadounidenses", "avec des instructeurs russes"): its index in (v, R], or undefined.
 */
function trainersWith(items: Item[], v: number, R: number): number | undefined {
  // (The instructors right after "with", or past an article: "avec des instructeurs", "com os instrutores".)
  const withAt = (j: number): boolean => WITH.has(items[j - 1]?.lower ?? '') || (ARTICLE_WORDS.has(items[j - 1]?.lower ?? '') && WITH.has(items[j - 2]?.lower ?? ''));
  // (Or a force of that nationality: "to train with the Dutch navy", "treinar com a marinha francesa".)
  const trainer = (x: Item | undefined): boolean => TRAINERS.test(x?.lower ?? '') || FORCES.has(x?.lower ?? '');
  for (let k = v + 1; k <= R; k++) {
    if (items[k]!.place?.via !== 'demonym') continue;
    for (let j = k - 1; j >= Math.max(v + 1, k - 3); j--) if (trainer(items[j]) && withAt(j)) return k;
    if (trainer(items[k + 1]) && withAt(k)) return k;
    if (hasMark(items[k - 1], MB.det) && WITH.has(items[k - 2]?.lower ?? '') && trainer(items[k + 1])) return k;
  }
  return undefined;
}
/** A country's forces one may train with ("navy", "marinha", "armada", "ejército", "armée"). */
const FORCES: ReadonlySet<string> = new Set(['navy', 'army', 'marines', 'forces', 'military', 'marinha', 'exército', 'forças', 'armada', 'ejército', 'fuerzas', 'marina', 'armée', 'marine', 'gendarmerie']);

/** Articles between "with" and its noun. */
const ARTICLE_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'o', 'os', 'as', 'uns', 'umas', 'el', 'la', 'los', 'las', 'unos', 'unas', 'le', 'l', 'des', 'les', 'd']);

/** French "voir" in "se voir" + infinitive ("s'est vu offrir", "se verra livrer", "se voient refuser"). */
const SE_VOIR = /^(?:vue?s?|voi[ts]?|voient|verra|verront|voyait|voyaient)$/;
const REFLEXIVE_SE: ReadonlySet<string> = new Set(['s', 'se']);

/** Words for a lot or shipment of goods ("o primeiro lote", "the first shipment", "el primer cargamento", "la première cargaison"). */
const LOTS: ReadonlySet<string> = new Set(['lot', 'lots', 'lote', 'lotes', 'batch', 'shipment', 'consignment', 'cargo', 'carregamento', 'remessa', 'cargamento', 'envío', 'embarque', 'cargaison', 'livraison', 'expédition', 'carga']);

/**
 * A gapped clause's own subject among the goods of the verb at v: "enviaram helicópteros e o Egito uma equipa de 60 bombeiros" — after
 * goods of the verb, "and" (maybe an article), a country named with no preposition, and goods of its own within four words. Its index, or
 * undefined.
 */
function gappedSubject(items: Item[], roles: Array<Role | undefined>, hits: CargoHit[], v: number, R: number): number | undefined {
  for (let p = v + 2; p <= Math.min(R, items.length - 2); p++) {
    const it = items[p]!;
    // (After a destination the country may read as a second one: "para Chipre e o Egito uma equipa", an article opening goods of its
    // own says it is a subject.)
    const role = roles[p]?.role;
    if (!it.place || it.place.via !== 'name' || it.place.place.kind !== 'country' || !(role === 'bare' || (role === 'to' && hasMark(items[p + 1], MB.det) && hits.some((h) => h.at !== undefined && h.at > p + 1 && h.at <= p + 5)))) continue;
    const c = hasMark(items[p - 1], MB.det) ? p - 2 : p - 1;
    if (!hasMark(items[c], MB.coord) || !hits.some((h) => h.at !== undefined && h.at > v && h.at < c)) continue;
    if (!hits.some((h) => h.at !== undefined && h.at > p && h.at <= p + 5)) continue;
    return p;
  }
  return undefined;
}

/** A buyer phrase that ranks destinations or recipients ("principal destino", "main destination", "premier bénéficiaire"). */
const DESTINATION_RANK = /destin|recipient|receptor|receiver|b[ée]n[ée]ficiair|beneficiari|recebedor/i;

/** Verbs of promising or offering ("prometió", "promised", "ofereceu", "a proposé"). */
const PROMISE = /^(?:prom[ei]|promis|offer|ofrec|ofere|propus|propos|propôs|propuso)/;

/** Verbs of expelling ("expulsé", "expelled", "expulsou", "expulsó"). */
const EXPEL = /^(?:expul|expel)/;

/** Pronouns a share may be of ("most of it", "a maior parte deles", "la mayoría de ellas", "la plupart d'entre eux"). */
const SHARE_PRONOUNS: ReadonlySet<string> = new Set(['it', 'them', 'eles', 'elas', 'dele', 'dela', 'deles', 'delas', 'ello', 'ellos', 'ellas', 'eux', 'elles']);
const ENTRE: ReadonlySet<string> = new Set(['entre']);
/** Comparatives before a share word ("a maior parte", "la mayor parte", "the greater part", "la plus grande partie"). */
const GREATER: ReadonlySet<string> = new Set(['maior', 'mayor', 'greater', 'larger', 'bigger', 'grande']);
/** A word of a share: "half", "most", "70 %", "the rest", "tres cuartos". */
const isShareWord = (w: string): boolean => SHARE_WORDS.has(w) || REST_WORDS.has(w) || w === '%';
/**
 * A share as the subject right before the verb at v, past its "se" or auxiliaries: bare ("La mitad se vendió", "Three
 * quarters were sold", nothing before it but an article or a number) or of a plain noun ("Más del 70 % del metal se envió",
 * "most of the ore was shipped").
 */
function shareSubject(items: Item[], L: number, v: number): 'bare' | 'of' | undefined {
  let k = v - 1;
  while (k > L && v - k <= 3 && (items[k]!.lower === 'se' || hasMark(items[k], MB.aux | MB.passiveAux))) k--;
  // ("Most of it was sold", "La mayoría de ellas se vendió", "la plupart d'entre elles": a share of a pronoun is bare.)
  if (SHARE_PRONOUNS.has(items[k]?.lower ?? '')) {
    let j = k - 1;
    if (ENTRE.has(items[j]?.lower ?? '')) j--;
    if (prepRole(items[j]) === 'of' && isShareWord(items[j - 1]?.lower ?? '')) k = j - 1;
    else if (/^del[ae]s?$/.test(items[k]!.lower) && isShareWord(items[k - 1]?.lower ?? '')) k--;
  }
  if (isShareWord(items[k]?.lower ?? '')) {
    // ("A maior parte foi vendida", "la mayor parte", "la plus grande partie": past a comparative.)
    let b = k - 1;
    if (GREATER.has(items[b]?.lower ?? '')) b--;
    if (b >= L && items[b]!.lower === 'plus' && items[b + 1]?.lower === 'grande') b--;
    const detOrNum = (j: number): boolean => hasMark(items[j], MB.det) || items[j]!.tok === 'num' || !!items[j]!.tags.some((g) => g.k === 'num');
    // (Or opening a clause of its own: "India took a fifth, while the rest went to Spain", ", e o restante seguiu para".)
    const opens = (j: number): boolean => isComma(items[j]) || hasMark(items[j], MB.coord) || CLAUSE_OPENERS.has(items[j]!.lower);
    return b < L || (b === L && detOrNum(b)) || (b > L && detOrNum(b) && opens(b - 1)) ? 'bare' : undefined;
  }
  if (!isPlain(items[k]) || items[k]!.cap) return undefined;
  let j = k - 1;
  if (hasMark(items[j], MB.det)) j--;
  return j - 1 >= Math.max(L, v - 8) && prepRole(items[j]) === 'of' && isShareWord(items[j - 1]!.lower) ? 'of' : undefined;
}

/** Does a comma before `from` (within 24 items) open a phrase with a participle ("…, reliés au réseau par la ligne qui")? */
function participleOpens(items: Item[], from: number, c: number): boolean {
  for (let k = from - 1; k > Math.max(0, c - 25); k--) {
    if (!isComma(items[k])) continue;
    const w = items[k + 1];
    return !!w && !w.trig && !w.place && !w.cap && w.tok === 'word' && PARTICIPLE.test(w.lower);
  }
  return false;
}

/**
 * The commas around an apposition (one or two comma-separated parts, no verb) that ends right before the
 * verb at idx (auxiliaries aside): [opening comma, closing comma], or undefined.
 */
function appositionGap(items: Item[], idx: number, L: number): [number, number] | undefined {
  let c = idx - 1;
  while (c > L && hasMark(items[c], MB.aux | MB.plan | MB.condAux | MB.passiveAux)) c--;
  if (!isComma(items[c])) return undefined;
  // The words before the apposition are the cargo as subject ("militares españoles"); a place subject's
  // apposition is read by apposition() (it may name whom the subject buys from or supplies).
  const leads = (o: number): boolean => {
    if (o <= L || o >= c - 1) return false;
    const b = items[o - 1]!;
    // ("1.5 million Ukrainians, most of them women and children, have crossed", "1,5 milhão de ucranianos, a maioria
    // mulheres e crianças,": counted people of a nationality too.)
    // (Not one that names where they came from: "30,000 Armenians, most of them from Nagorno-Karabakh, entered Armenia".)
    const placeIn = (): boolean => items.slice(o + 1, c).some((x) => !!x.place);
    // ("Dois navios vindos da China, com 7 mil carros, chegaram", "Two ships from China, with 7,000 cars on board, arrived": goods
    // with where they came from.)
    const whence = !!b.place && b.place.via !== 'demonym' && prepRole(items[o - 2]) === 'from' && !!items[o - 3]?.cargo;
    return b.cargo || whence || (b.place?.via === 'demonym' && (!!items[o - 2]?.cargo || (countsBefore(items, o - 1) && !placeIn())));
  };
  const commas: number[] = [];
  // ("most of them women and children": an "and" only in an apposition that opens with a word of share.)
  let coord = false;
  for (let j = c - 1; j > L && c - j <= 16 && commas.length < 2; j--) {
    const it = items[j]!;
    if (it.trig || hasMark(it, MB.rel) || (it.tok === 'punct' && !isComma(it))) break;
    if (hasMark(it, MB.coord)) {
      if (coord || commas.length > 0) break;
      coord = true;
      continue;
    }
    if (isComma(it)) {
      if (isComma(items[j + 1])) break;
      if (coord && !items.slice(j + 1, j + 4).some((x) => MOST_OF.has(x.lower) || MOSTLY.has(x.lower))) break;
      commas.push(j);
    }
  }
  for (let i = commas.length - 1; i >= 0; i--) if (leads(commas[i]!)) return [commas[i]!, c];
  return undefined;
}

/**
 * Words that open an apposition on people saying who most of them are, besides the "mostly" words (roles.ts MOSTLY):
 * "most of them", "including", "pour la plupart", "dont", "notamment", "en su mayoría" (a MOSTLY word).
 */
const MOST_OF: ReadonlySet<string> = new Set(['most', 'many', 'including', 'among', 'plupart', 'dont', 'notamment', 'surtout', 'incluidos', 'incluyendo', 'majoritariamente']);

/** Is the nationality at k on the people right before the verb at ti ("Indian refiners bought", "Chinese buyers have bought")? */
function nationalSubject(items: Item[], k: number, ti: number): boolean {
  if (items[k]!.place?.via !== 'demonym') return false;
  for (let j = k + 1; j < ti; j++) if (!(hasMark(items[j], MB.aux | MB.plan | MB.condAux) || (isPlain(items[j]) && !items[j]!.cap) || isCargo(items[j]))) return false;
  return ti - k <= 3;
}

/** Is the official of a nationality at k followed by a possessive ("the Chinese president's remarks", "Iranian President Pezeshkian's")? */
function officialsThing(items: Item[], k: number): boolean {
  const s = possessiveAfter(items, k + 1, 4);
  // (Those who travel with the official still visit: "hosted the Kenyan president's delegation", "'s visit".)
  return s >= 0 && !ENTOURAGE.has(items[s + 1]?.lower ?? '');
}
const ENTOURAGE: ReadonlySet<string> = new Set(['delegation', 'visit', 'entourage', 'party', 'team', 'plane', 'convoy']);

/**
 * A body named by its nationality right after the verb at ti, as its object ("train the Somali army", "forment l'armée
 * centrafricaine"): its index, or undefined.
 */
function actorObject(items: Item[], ti: number, actorR: number | undefined, agentR: number | undefined): number | undefined {
  if (actorR === undefined || actorR === agentR || actorR <= ti || actorR - ti > 3) return undefined;
  // (French and Portuguese put the nationality after the body: "l'armée centrafricaine", "a polícia moçambicana".)
  for (let k = ti + 1; k < actorR; k++) if (!hasMark(items[k], MB.det | MB.actor)) return undefined;
  // (Not what the body owns, but its people: "training the Somali army's enemies"; "the Somali army's new recruits" are
  // trained.)
  const j = possessiveAfter(items, actorR + 1, 1);
  if (j < 0) return actorR;
  const n = isPlain(items[j + 1]) && !isCargo(items[j + 1]) ? j + 2 : j + 1;
  return isPeople(items[n]) ? actorR : undefined;
}

/**
 * The place a relative clause set off by commas is about ("Turkey, which ..., said it"), when no place stands between
 * the clause's closing comma and the pronoun at k; or undefined.
 */
function relativeAntecedent(items: Item[], roles: Array<Role | undefined>, k: number): number | undefined {
  for (let j = k - 1; j >= 2 && j >= k - 2 * REACH; j--) {
    if (!hasMark(items[j], MB.rel) || !isComma(items[j - 1]) || LOCATIVE_REL.has(items[j]!.lower)) continue;
    const r = roles[j - 2];
    if (!items[j - 2]?.place || !r || !(r.role === 'bare' || r.role === 'actor')) return undefined;
    let close = j + 1;
    while (close < k && !isComma(items[close])) close++;
    for (let b = close + 1; b < k; b++) if (items[b]!.place) return undefined;
    return close < k ? j - 2 : undefined;
  }
  return undefined;
}

/** A count right before the item at k, or before its "de"/"of": "500 Haitians", "1,5 milhão de ucranianos". */
function countsBefore(items: Item[], k: number): boolean {
  const n = prepRole(items[k - 1]) === 'of' ? items[k - 2] : items[k - 1];
  return isNumeral(n) || has(n, (g) => g.k === 'scale');
}

/**
 * "A refinaria de Soyo, construída por uma empresa japonesa, vai exportar", "The plant, built by a Japanese
 * firm, will export": the commas around a participle with its own agent ("by", "por", "par") that ends right
 * before the verb at idx (auxiliaries aside). It says who made or backs the subject: its places are not the
 * clause's.
 */
function agentApposition(items: Item[], idx: number, L: number): [number, number] | undefined {
  let c = idx - 1;
  // (auxiliaries and an adverb: ", vai também exportar")
  while (c > L && c >= idx - 3 && (hasMark(items[c], MB.aux | MB.plan | MB.condAux | MB.passiveAux) || (isPlain(items[c]) && !items[c]!.cap))) c--;
  if (!isComma(items[c])) return undefined;
  // (The opening comma may lie before the window: the participle is a trigger word of its own.)
  for (let o = c - 3; o >= 0 && c - o <= 12; o--) {
    const it = items[o]!;
    if (it.tok === 'punct' && !isComma(it)) return undefined;
    if (!isComma(it)) continue;
    const part = items[o + 1]!;
    return prepRole(items[o + 2]) === 'by' && part.tok === 'word' && !part.place && !part.cargo && !part.cap ? [o, c] : undefined;
  }
  return undefined;
}

/**
 * "500 soldiers to Lithuania and 300 tanks to Latvia": when the goods and the destinations alternate, each
 * goods go to the destination that follows them (undefined: no such pairing, every goods go to every one).
 */
function respectively(hits: CargoHit[], dsts: Array<number | undefined>): Map<CargoHit, number> | undefined {
  if (hits.length < 2 || dsts.length < 2 || hits.some((h) => h.at === undefined) || dsts.some((d) => d === undefined)) return undefined;
  const ends = (dsts as number[]).slice().sort((x, y) => x - y);
  const out = new Map<CargoHit, number>();
  for (const h of hits) {
    const b = ends.find((d) => d > h.at!);
    if (b === undefined) return undefined;
    out.set(h, b);
  }
  // Every destination gets goods of its own, else the goods are shared ("tanks and guns to A and B").
  const used = new Set(out.values());
  return ends.every((d) => used.has(d)) ? out : undefined;
}

/**
 * Goods paired with the sources that qualify them: a nationality stands right after its goods
 * ("tanques alemães e obuses franceses"), or right before them in English ("German tanks and French
 * howitzers"); a seller after them ("bought from"). Each goods take the nearest source on that side with
 * no other goods between. A nationality left over goes with the goods of the kind of the cargo word next
 * to it (goods of a kind already listed are counted once), else with the goods listed next to it (a model
 * the lexicon does not know: "et des canons ZX-9 français"). Goods left over must be another word for
 * goods that have a source. Undefined when they do not pair up.
 */
function pairSources(items: Item[], roles: Array<Role | undefined>, hits: CargoHit[], srcs: Array<number | undefined>, lang: Lang): Map<CargoHit, Set<number>> | undefined {
  if (hits.some((h) => h.at === undefined) || srcs.some((s) => s === undefined)) return undefined;
  const ats = hits.map((h) => h.at!);
  const between = (a: number, b: number): boolean => ats.some((x) => x > Math.min(a, b) && x < Math.max(a, b));
  const after = (s: number): boolean => roles[s]?.role === 'from' || roles[s]?.role === 'by' || lang !== 'en';
  const ss = srcs as number[];
  const out = new Map<CargoHit, Set<number>>();
  const used = new Set<number>();
  for (const h of hits) {
    const side = ss.filter((s) => (after(s) ? s > h.at! : s < h.at!) && !between(h.at!, s));
    if (side.length === 0) continue;
    const s = side.reduce((x, y) => (Math.abs(y - h.at!) < Math.abs(x - h.at!) ? y : x));
    out.set(h, new Set([s]));
    used.add(s);
  }
  for (const s of ss) {
    if (used.has(s)) continue;
    // (Goods of a kind already listed, counted once: "tanques alemães e caças F-16 americanos" after
    // "blindados": the kind of the cargo word next to it, past a model name.)
    let k = after(s) ? s - 1 : s + 1;
    while (items[k] && !items[k]!.cargo && (items[k]!.cap || items[k]!.tok === 'num') && !items[k]!.place) k += after(s) ? -1 : 1;
    const kind = items[k]?.tags.find((g) => g.k === 'cargo');
    const same = kind && kind.k === 'cargo' ? hits.find((h) => h.cat === kind.cat) : undefined;
    const near = same ?? (after(s) ? hits.filter((h) => h.at! < s).at(-1) : hits.find((h) => h.at! > s));
    if (!near) return undefined;
    const set = out.get(near);
    if (set) set.add(s);
    else out.set(near, new Set([s]));
  }
  for (const h of hits) if (!out.has(h) && !hits.some((o) => out.has(o) && o.cat === h.cat)) return undefined;
  return out;
}

/**
 * "a Angola e outras 900 à Namíbia": a later conjunct's own elliptical quantity (undefined: none; the
 * transfer's quantity stands).
 */
function ownQuantity(items: Item[], first: number, k: number, decimalComma: boolean): Quantity | undefined {
  for (let j = k - 1; j > first; j--) {
    const it = items[j]!;
    if (it.place) return undefined;
    if (it.tok === 'num') return readLeft(items, numberEnd(items, j, items.length - 1), decimalComma) ?? undefined;
  }
  return undefined;
}

/** The amount right after the place at k, before any other place or verb ("pela Austrália, com cerca de 900"). */
function amountAfterPlace(items: Item[], k: number, decimalComma: boolean): Quantity | undefined {
  for (let j = k + 1; j < Math.min(items.length, k + 8); j++) {
    const it = items[j]!;
    // ("devant la Chine (4,4 millions)": in a parenthesis too)
    if (it.place || it.trig || (it.tok === 'punct' && !isComma(it) && it.lower !== '(')) return undefined;
    // (a share is no amount of its own: "followed by China with 21%")
    if (it.tok === 'num') return PERCENT.has(items[numberEnd(items, j, items.length - 1) + 1]?.lower ?? '') ? undefined : readLeft(items, numberEnd(items, j, items.length - 1), decimalComma) ?? undefined;
  }
  return undefined;
}

/**
 * The chosen end plus the places coordinated with it ("à Polônia e à Bulgária", "Germany and France"):
 * neighbours with the same role separated only by commas, conjunctions, articles or the same preposition.
 */
function chain(items: Item[], roles: Array<Role | undefined>, k0: number, L: number, R: number, throughGoods = false, listedOrigins = false): number[] {
  const out = [k0];
  const role = roles[k0]!.role;
  // A conjunct's head noun may intervene: "to Russian-controlled territory and to Belarus".
  // ("a Angola e outras 900 à Namíbia": an elliptical quantity of the same cargo may stand before the next one.)
  // The elliptical quantity may carry its scale, currency and unit: "outros 15 mil", "a further $10
  // million", "another 25 tonnes" (a plain lower-case word right after a number, or the goods counted: "a Honduras 1.450 personas y a
  // El Salvador otras 600").
  const quantityWord = (it: Item, k: number): boolean =>
    it.tok === 'num' || ELLIPSIS_BEFORE.has(it.lower) || ELLIPSIS_AFTER.has(it.lower) || REST_WORDS.has(it.lower) || it.tags.some((g) => g.k === 'scale' || g.k === 'cur') ||
    ((isPlain(it) || (it.cargo && !it.trig && ellipsisAhead(items, k))) && !it.cap && (items[k - 1]?.tok === 'num' || items[k - 1]?.tags.some((g) => g.k === 'scale') === true));
  // throughGoods: "to Lithuania and 300 tanks to Latvia", a conjunct with goods of its own.
  const goodsWord = (it: Item): boolean => !it.trig && (isCargo(it) || prepRole(it) === 'of' || hasMark(it, MB.adj) || (isPlain(it) && !it.cap));
  // "vers des camps en Turquie, en Jordanie et au Liban": "to" and "in" both name where goods end.
  // ("venus du Ghana et du Togo", "vindos de Angola e do Congo": a source's conjuncts take the plain "de".)
  // ("gas de Bolivia y GNL desde Brasil": and the plain "de" before a "desde".)
  const same = (r: string | null | undefined): boolean => r === role || (DEST_ROLES.has(role) && DEST_ROLES.has(r ?? '')) || (role === 'from' && r === 'of') || (role === 'of' && r === 'from');
  // listedOrigins: "des radars suédois, des chars K2 coréens et des canons Nexter français", a list of
  // goods, each with its nationality.
  const listedGoods = (it: Item): boolean => isCargo(it) || (it.cap && isPlain(it)) || hasTagMark(it, 'make') || prepRole(it) === 'of';
  const glue = (it: Item, k: number): boolean =>
    isComma(it) || hasMark(it, MB.coord) || hasMark(it, MB.det) || hasMark(it, MB.geo) || same(prepRole(it)) ||
    // ("... e de Suape": a "de" whose place shares the first member's role.)
    (prepRole(it) === 'of' && roles[k + 1]?.coord !== undefined && same(roles[k + 1]!.role)) ||
    // ("carregados em Omã, na Índia e nos Emirados": a preposition whose place the roles read as the first member's.)
    // ("uma digressão pela China e pelo Japão": likewise for a destination.)
    ((role === 'from' || role === 'to') && prepRole(it) !== null && !!items[k + 1]?.place && roles[k + 1]?.role === role) ||
    ((role === 'to' || role === 'in') && (quantityWord(it, k) || (throughGoods && goodsWord(it)))) ||
    // ("do Brasil e outras 2 mil da Argentina": a source's conjunct with its own elliptical quantity.)
    ((role === 'from' || role === 'of') && quantityWord(it, k)) ||
    // ("bought Rafale jets from France and MiG-29s from Russia": sources each after their own goods.)
    ((role === 'from' || role === 'of') && throughGoods && goodsWord(it)) ||
    // ("seguidos pela Alemanha, com 2,6 mil, e pelo Reino Unido": past a ranked member's own amount.)
    (!!roles[k0]!.ranked && (WITH_WORDS.has(it.lower) || quantityWord(it, k))) ||
    // ("dont 270 Maliens, 190 Guinéens et 150 Ivoiriens": counted nationalities.)
    // ("11 militares norte-americanos e 6 guianenses": after counted people of a nationality, so.)
    (role === 'origin' && (!!roles[k0]!.asNoun || (isCargo(items[k0 - 1]) && items[k0 - 2]?.tok === 'num')) && quantityWord(it, k)) ||
    (listedOrigins && role === 'origin' && !it.trig && listedGoods(it));
  for (const dir of [1, -1]) {
    if (dir === -1 && clauseConjunct(items, k0)) break;
    // Members joined by commas count only up to the last one joined by a conjunction ("A, B e C").
    const found: Array<{ k: number; word: boolean }> = [];
    let k = k0 + dir;
    let glued = false;
    let word = false;
    // (The comma that opens a relative clause may close the verb's window.)
    let end = dir === 1 && isComma(items[R + 1]) && (hasMark(items[R + 2], MB.rel) || hasMark(items[R + 2], MB.det)) ? R + 1 : R;
    while (k >= L && k <= end) {
      const it = items[k]!;
      // ("aos portos de Itaqui, no Maranhão, e de Suape": a place locating a member is passed over; so is a
      // parenthesis, "de Montoir-de-Bretagne (Loire-Atlantique) et de Dunkerque".)
      if ((it.place && roles[k]?.locator) || it.paren || it.lower === '(' || it.lower === ')') {
        k += dir;
        continue;
      }
      if (it.place) {
        const r = roles[k];
        // (A subject opening the sentence with Portuguese "A" reads as weak "to": "A Noruega e o Reino Unido enviaram".)
        // ("O Canadá e a Bélgica compraram": and the other way round, a weak "to" member after a subject opening it.)
        // ("entre o Japão e a Turquia": so is a weak "to" member right after "e".)
        const alike = !!r && (same(r.role) || (role === 'bare' && r.role === 'to' && r.weak === true && (k === 1 || (dir === 1 && hasMark(items[k - 2], MB.coord)))) || (role === 'to' && !!roles[k0]!.weak && r.role === 'bare' && k <= 1));
        if (!r || !glued || it.paren || (!alike && r.coord === undefined)) break;
        if (!alike && !(dir === 1 && r.coord !== undefined)) break;
        // ("aparecem o Canadá, que embarcou potássio para portos brasileiros, e a China, cujas vendas ao país dobraram": a
        // first conjunct after a comma and a conjunction, with a relative clause of its own, opens a clause of its own.)
        if (dir === 1 && found.length === 0 && clauseConjunct(items, k)) break;
        found.push({ k, word });
        glued = false;
        word = false;
      } else if (glue(it, k)) {
        glued = true;
        if (hasMark(it, MB.coord)) word = true;
        // "a Paraguay, que vive una epidemia, y otras 20.000 a Uruguay": a relative clause on a member is
        // passed over to the comma that closes it.
        // (The window of the verb ends at the clause; the members go on after it, up to another verb.)
        // ("à la Chine, le principal acheteur, et à l'Inde": so is an apposition on it.)
        if (dir === 1 && isComma(it) && (hasMark(items[k + 1], MB.rel) || (hasMark(items[k + 1], MB.det) && !items[k + 2]?.place))) {
          const j = relativeEnd(items, k + 1, items.length - 1);
          if (j > k) {
            k = j;
            end = j;
            while (end + 1 < items.length && !items[end + 1]!.trig && items[end + 1]!.lower !== '.' && items[end + 1]!.lower !== ';') end++;
          }
        }
      } else break;
      k += dir;
    }
    // Rightwards the conjunction comes last ("to A, B and C"); leftwards first ("A, B and C sent").
    let last = -1;
    if (dir === 1) for (let i = 0; i < found.length; i++) if (found[i]!.word) last = i;
    if (dir === -1 && found[0]?.word) last = found.length - 1;
    for (let i = 0; i <= last; i++) out.push(found[i]!.k);
  }
  return out;
}

/** Words of remittances, as a word set for `hasWord`. */
const REMITTANCE_WORDS = wordSetOf(REMITTANCE_NOUNS);
/** English verbs of going that the lexicon lists with their "to" ("goes to", "went to"). */
const GOING = /^(?:go|goes|went|going)(?: to)?$/;
/** The noun "country" ("o país", "the country", "le pays"), not a possessive anaphor ("its territory"). */
const COUNTRY_NOUN = /^(?:pa[ií]s|country|pays)$/;
/** "o país vizinho", "the neighbouring country", "le pays voisin", "el país vecino" after the trigger, in its window. */
const NEIGHBOUR = /^(?:vizinh|vecin|voisin|neighbo)/;
function neighbourAfter(items: Item[], v: number, R: number): boolean {
  for (let k = v + 1; k <= R; k++) if (items[k]!.place?.via === 'anaphor' && (NEIGHBOUR.test(items[k + 1]?.lower ?? '') || NEIGHBOUR.test(items[k - 1]?.lower ?? ''))) return true;
  return false;
}

/** Do items [a, v) hold the subject of the verb at `v`, people or goods and no clause break, ending with its auxiliary ("about 150 Serbian officers have been")? */
function subjectOfNext(items: Item[], a: number, v: number): boolean {
  if (v - a < 2 || v - a > 10 || !hasMark(items[v - 1], MB.aux | MB.passiveAux)) return false;
  let noun = false;
  for (let k = a; k < v; k++) {
    const x = items[k]!;
    if (isComma(x) || x.trig || x.tok === 'punct') return false;
    if (isPeople(x) || x.cargo || x.place?.via === 'demonym') noun = true;
  }
  return noun;
}

/**
 * Is the participle at `v` coordinated with a passive participle of making before it, in its clause from `L`, past the place
 * that one governs ("were built in Changwon and shipped", "foram fabricados em Taubaté e depois enviados")?
 */
function madePassiveBefore(items: Item[], v: number, L: number): boolean {
  // (the conjunction right before the participle, or one word before: "and then shipped")
  let c = -1;
  for (let k = v - 1; k >= Math.max(L, v - 2) && c < 0; k--) if (hasMark(items[k], MB.coord)) c = k;
  if (c < 0) return false;
  for (let j = c - 1; j >= Math.max(L + 1, c - 8); j--) {
    if (!hasTagMark(items[j], 'made')) continue;
    return hasMark(items[j - 1], MB.passiveAux) && items.slice(j + 1, c).some((it) => !!it.place);
  }
  return false;
}

/**
 * Where the goods at m were made or extracted, before the verb at v: the first place past them, "in" or "from" it, with a
 * making participle between ("150 tonnes de coltan extraites à Rubaya, dans le Nord-Kivu", "extraites chaque mois à
 * Kolwezi, dans le Haut-Katanga, auraient été"), at most 12 items on.
 */
function madeIn(items: Item[], roles: Array<Role | undefined>, m: number, v: number): number | undefined {
  for (let k = m + 1; k < v && k <= m + 12; k++) {
    const r = roles[k]?.role;
    if (r !== 'from' && r !== 'in') continue;
    return hasBefore(items, k, m, k - m, (x) => hasTagMark(x, 'made')) ? k : undefined;
  }
  return undefined;
}

/** English auxiliaries of the third person singular. */
const SINGULAR_AUX_EN: ReadonlySet<string> = new Set(['has', 'is', 'was']);
/**
 * Is the finite verb at v plainly in the third person singular (Spanish "compró", Portuguese "comprou", French "a
 * acheté", English "has pledged")? Forms of either number answer no.
 */
function singularVerb(items: Item[], v: number, lang: Lang): boolean {
  const w = items[v]!.lower;
  if (lang === 'es') return /[^i]ó$|ió$/.test(w);
  if (lang === 'pt') return /(?:ou|eu|iu)$/.test(w);
  if (lang === 'fr') return items[v - 1]?.lower === 'a';
  // (English by its auxiliary: "which has pledged", "which was sending")
  return SINGULAR_AUX_EN.has(items[v - 1]?.lower ?? '');
}

/**
 * Is the place at p the last of coordinated places, taken up alone by a relative clause whose verb, at v, is singular
 * ("seguida de Francia y Arabia Saudí, que compró munición", "a Itália e a Grécia, que enviou 200 militares")?
 */
function soleAntecedent(items: Item[], p: number | undefined, v: number, lang: Lang): boolean {
  return p !== undefined && p < v && v - p <= 5 && isComma(items[p + 1]) && hasMark(items[p + 2], MB.rel) && singularVerb(items, v, lang);
}

/** The place joined to the place at k by a conjunction right before it ("Angola e a Zâmbia": Angola for Zâmbia), or undefined. */
function partnerBefore(items: Item[], k: number, L: number): number | undefined {
  let j = k - 1;
  if (hasMark(items[j], MB.det)) j--;
  if (!hasMark(items[j], MB.coord) || isComma(items[j - 1])) return undefined;
  let a = j - 1;
  if (!items[a]?.place || items[a]!.place!.via === 'anaphor') return undefined;
  while (a > L && items[a - 1]?.place === items[a]!.place) a--;
  return a;
}

/**
 * Is the place at k a conjunct after ", and" (", e", ", y", ", et", past an article) that a comma and a relative pronoun
 * follow? Then it opens a new clause, as the subject of its relative ("…, e a China, cujas vendas…"), not a member of
 * the list before.
 */
function clauseConjunct(items: Item[], k: number): boolean {
  let j = k - 1;
  if (hasMark(items[j], MB.det)) j--;
  if (!hasMark(items[j], MB.coord) || !isComma(items[j - 1])) return false;
  let e = k + 1;
  while (items[e]?.place === items[k]!.place) e++;
  return isComma(items[e]) && (hasMark(items[e + 1], MB.rel) || WHOSE.has(items[e + 1]?.lower ?? ''));
}
/**
 * "Pakistan, which fought a war in May, also sent", "a Turquia, que faz fronteira com a Síria, enviou": the place a
 * relative clause set off by commas right before the verb (`r`, from relativeBefore) is about (its antecedent), when it is no
 * further left than L0 (or, for a clause with a verb of its own, when it opens its clause); or undefined.
 */
function relativeSubjectBefore(items: Item[], r: [number, number] | undefined, L0: number): number | undefined {
  const a = r ? r[0] - 1 : -1;
  if (!r || !items[a]?.place) return undefined;
  // (The clause may have a verb of its own, "O Egito, que recebe ajuda dos Estados Unidos, comprou caças à França"; then
  // the antecedent opens its clause: no verb before it, of which it could be the object.)
  if (!items.slice(r[0] + 1, r[1]).some((x) => x.trig)) return a >= L0 ? a : undefined;
  for (let k = a - 1; k >= 0 && !(items[k]!.tok === 'punct' && !isComma(items[k])); k--) if (items[k]!.trig) return undefined;
  return a;
}

/** Does the subject pronoun at k open a possessive relative clause of its own ("dont elle forme", "cujas tripulações ela forma")? */
function ownedRelative(items: Item[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (POSSESSIVE_REL.has(items[j]!.lower)) return true;
  return false;
}

/** Verbs and nouns of extraditing ("extraditó", "extradited", "extraditado", "extradé", "extradition"). */
const EXTRADITE = /^(?:extradi|extradé)/;

/** Does a locative relative set off by a comma ("…, onde decorreu a cimeira") close at the comma at c? */
function locativeRelativeBefore(items: Item[], c: number): boolean {
  for (let j = c - 1; j > 1 && c - j <= 16; j--) {
    if (items[j]!.tok === 'punct') return false;
    if (LOCATIVE_REL.has(items[j]!.lower) && hasMark(items[j], MB.rel) && isComma(items[j - 1]) && !!items[j - 2]?.place) return true;
  }
  return false;
}

/** Perfect auxiliaries opening a clause ("having received", "tendo recebido", "habiendo recibido", "ayant reçu", "avoir reçu"). */
const PERFECT_OPENERS: ReadonlySet<string> = new Set(['having', 'tendo', 'habiendo', 'ayant', 'avoir', 'ter', 'haber']);
/**
 * For a verb form opening the sentence after "after" or a perfect auxiliary (the lexicons' 'after' marker: "After receiving",
 * "Tras recibir", "Après avoir reçu"; "Having received", "Tendo recebido"), with no place of its own before it: the place
 * right after the comma closing that clause, read as the main clause's subject (its verb follows).
 */
function openingClauseSubject(items: Item[], roles: Array<Role | undefined>, t: Trigger): number | undefined {
  const v = t.idx;
  const perfect = PERFECT_OPENERS.has(items[v - 1]?.lower ?? '');
  if (v > 3 || !(t.mood === 'ger' || t.mood === 'inf' || (t.mood === 'part' && perfect)) || !(perfect || hasMark(items[0], MB.after))) return undefined;
  if (hasBefore(items, v, 0, v, (x) => !!x.place || isComma(x))) return undefined;
  let c = v + 1;
  while (c < items.length && c <= v + 14 && !isComma(items[c])) {
    if (items[c]!.tok === 'punct') return undefined;
    c++;
  }
  if (!isComma(items[c])) return undefined;
  let k = c + 1;
  if (hasMark(items[k], MB.det)) k++;
  // (its role may read as one more place of a list before the comma: "from Spain, Ukraine asked")
  if (!items[k]?.place || items[k]!.place!.via === 'demonym' || !roles[k] || (roles[k]!.role !== 'bare' && roles[k]!.coord === undefined)) return undefined;
  // (a verb next, or a lower-case word the lexicon does not know)
  const n = items[k + 1];
  if (!n) return undefined;
  if (n.trig || hasMark(n, MB.aux | MB.plan | MB.condAux) || n.tags.some((g) => g.k === 'verb')) return k;
  return n.tok === 'word' && !n.cap && !n.place && !n.cargo && n.prep === null && !hasMark(n, MB.coord) ? k : undefined;
}

/** Is the nationality at k that of an official body after "with" ("com o governo guianense", "with the Kenyan government")? */
function withBody(items: Item[], k: number): boolean {
  if (items[k]!.place!.via !== 'demonym' || !hasMark(items[k - 1], MB.actor)) return false;
  const p = hasMark(items[k - 2], MB.det) ? k - 3 : k - 2;
  return WITH.has(items[p]?.lower ?? '');
}

/** Is the place at k ("em Roraima", "in Alberta") set off by commas right after another place, which it locates? */
function locatesPlaceBefore(items: Item[], k: number): boolean {
  let p = k - 1;
  if (hasMark(items[p], MB.det) && prepRole(items[p]) === null) p--;
  return prepRole(items[p]) === 'in' && isComma(items[p - 1]) && !!items[p - 2]?.place && items[p - 2]!.place!.via !== 'demonym' && (isComma(items[k + 1]) || items[k + 1]?.tok === 'punct');
}

/** Participles of using or buying goods somewhere ("consumed in", "consumido em", "importé en", "used in"). */
const USED_IN = /^(?:consum|consom|utiliz|utilis|usad|used$|eaten$|burn|queimad|quemad|brûlé|refin|raffin|import|sold$|vendid|vendu|bought$|comprad|achet|ingerid|distribu)/;

/** A nationality most of the people before v are said to have ("200 workers, most of them Vietnamese", "pour la plupart maliens"). */
function mostlyNationality(items: Item[], L: number, v: number): number | undefined {
  for (let k = L + 1; k < v; k++) {
    if (items[k]!.place?.via !== 'demonym') continue;
    for (let j = k - 1; j >= Math.max(L, k - 4); j--) if (MOST_OF.has(items[j]!.lower) || MOSTLY.has(items[j]!.lower)) return k;
  }
  return undefined;
}

/**
 * Does an attribution follow the comma at k: a speaker of up to four words with no verb of transfer, then a verb of saying
 * (", the department said", ", Qatar's foreign ministry said", ", officials told Reuters")?
 */
function attributionAfter(items: Item[], k: number): boolean {
  for (let j = k + 1; j <= k + 5 && j < items.length; j++) {
    const x = items[j]!;
    // (not one a ranking goes on past: ", the agency said, followed by Australia and the United States")
    if (hasTagMark(x, 'say')) return j > k + 1 && !(isComma(items[j + 1]) && FOLLOWED.has(items[j + 2]?.lower ?? ''));
    if (x.trig || x.tok === 'punct' || x.tok === 'num') return false;
  }
  return false;
}

/**
 * The user or buyer of the goods that the subject before a verb of coming at v names ("Egypt's wheat", "o gás consumido em
 * Itália", "the wheat (that) Egypt consumes", "el trigo que consume Egipto", "gas for Italy"), or undefined.
 */
function consumerBefore(items: Item[], roles: Array<Role | undefined>, L: number, v: number): number | undefined {
  const goodsNear = (a: number, b: number): boolean => hasBefore(items, b + 1, Math.max(L, a), b - a + 1, isCargo);
  for (let k = L; k < v; k++) {
    const it = items[k]!;
    if (!it.place || it.paren || isComma(items[k + 1])) continue;
    const r = roles[k]?.role;
    // ("Egypt's wheat", "40% of Japan's LNG")
    if ((r === 'poss' || (items[k + 1]?.lower === 's' && items[k + 1]!.start === it.end + 1)) && goodsNear(k + 1, Math.min(v - 1, k + 3))) return k;
    if ((r === 'in' || r === 'to') && goodsNear(k - 4, k - 1) && (r === 'to' || [1, 2, 3].some((d) => USED_IN.test(items[k - d]?.lower ?? '')))) return k;
    // ("El Ejército serbio exhibió sus misiles antiaéreos, que llegaron desde China": the subject's own goods, the antecedent of the
    // relative clause, go to it.)
    if ((r === 'actor' || r === 'bare' || r === 'demonym') && ownGoodsRelative(items, k, v)) return k;
    if (it.place.via === 'demonym') continue;
    // (a relative or contact clause on the goods, with the place as its subject, before or after its verb)
    for (let d = 1; d <= 3; d++) {
      const j = k - d;
      if (j < L || isComma(items[j])) break;
      if (hasMark(items[j], MB.rel) || (d === 1 && isCargo(items[j]) && CONSUMES.test(items[k + 1]?.lower ?? ''))) {
        const g = hasMark(items[j], MB.rel) ? j - 1 : j;
        if (isCargo(items[g]) || (hasMark(items[g], MB.det) && isCargo(items[g - 1]))) return k;
        break;
      }
    }
  }
  return undefined;
}
/** Possessive determiners of the third person ("sus misiles", "its missiles", "ses missiles", "seus mísseis"). */
const OWN: ReadonlySet<string> = new Set(['its', 'their', 'sus', 'su', 'seus', 'suas', 'seu', 'sua', 'ses', 'son', 'sa', 'leurs', 'leur']);

/**
 * Between the subject at k and the verb at v, its verb, then goods the subject owns ("sus misiles") and a relative pronoun on them
 * right before v (past a comma and a model's name): "El Ejército serbio exhibió sus misiles antiaéreos FK-3, que llegaron".
 */
function ownGoodsRelative(items: Item[], k: number, v: number): boolean {
  if (!hasMark(items[v - 1], MB.rel)) return false;
  for (let j = k + 1; j < v - 1; j++) {
    if (!OWN.has(items[j]!.lower)) continue;
    // (the subject's verb between, at most a dozen words with no punctuation nor country: "exhibió el sábado en un desfile a orillas
    // del Danubio")
    if (j - k > 12 || j === k + 1 || hasBefore(items, j, k + 1, j - k - 1, (x) => x.place?.place.kind === 'country' || x.place?.via === 'demonym' || x.tok === 'punct')) return false;
    if (!isCargo(items[j + 1]) && !isCargo(items[j + 2])) return false;
    // (nothing between the goods and the relative pronoun but their modifiers, a model's name and a comma)
    for (let g = j + 2; g < v - 1; g++) if (items[g]!.place || items[g]!.trig || (items[g]!.tok === 'punct' && !isComma(items[g]))) return false;
    return true;
  }
  return false;
}

/** English verbs of using or buying right after a place ("Egypt consumes", "Italy buys"): a contact clause's. */
const CONSUMES = /^(?:consum|use|uses|used|buy|buys|bought|import|eat|eats|burn|burns)/;

/**
 * The antecedent of a relative clause whose own subject is the place at `subj`, right before the verb at v ("O Brasil, que a
 * China abastece", "Brazil, which China supplies", "le Mali, que la Russie arme"): the relative pronoun is the verb's
 * object. Only auxiliaries and adverbs may stand between the subject and the verb.
 */
function objectRelative(items: Item[], subj: number, v: number): number | undefined {
  for (let k = subj + 1; k < v; k++) if (!(hasMark(items[k], MB.aux | MB.plan | MB.condAux) || (isPlain(items[k]) && !items[k]!.cap))) return undefined;
  if (items[subj]!.place!.via === 'demonym') return undefined;
  let r = subj - 1;
  if (hasMark(items[r], MB.det)) r--;
  if (!hasMark(items[r], MB.rel) || LOCATIVE_REL.has(items[r]!.lower) || !isComma(items[r - 1])) return undefined;
  const a = r - 2;
  return items[a]?.place && items[a]!.place!.via !== 'demonym' ? a : undefined;
}

/** Does a participle of making stand up to five words before the place at k, with no place between ("construídas nos estaleiros de Viana", "built in Lorient")? */
function madeAt(items: Item[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    if (items[j]!.place) return false;
    if (hasTagMark(items[j], 'made')) return true;
  }
  return false;
}

/**
 * "que consome aos Emirados", "qu'elle consomme à la Russie", "que importa de Rusia": a relative pronoun at k (no comma
 * before it) on the cargo right before it, then an optional subject pronoun, one plain verb and a place governed by "to"
 * or "from" (past an article); or, past a comma, by a phrase of where the goods come from ("la gasolina que consume,
 * procedente de los Países Bajos"). Returns the place's index, or -1.
 */
function shortRelative(items: Item[], k: number): number {
  if (isComma(items[k - 1]) || !isCargo(items[k - 1]) || LOCATIVE_REL.has(items[k]!.lower)) return -1;
  let j = k + 1;
  if (SUBJECT_PRONOUNS.has(items[j]?.lower ?? '')) j++;
  if (!isPlain(items[j]) || items[j]!.cap) return -1;
  j++;
  const r = prepRole(items[j]);
  // ("la gasolina que consume, procedente sobre todo de los Países Bajos": or, past a comma, a phrase of where the goods come from.)
  const comeFrom = isComma(items[j]) && prepRole(items[j + 1]) === 'from';
  if (comeFrom) j++;
  else if (r !== 'to' && r !== 'from') return -1;
  if (hasMark(items[j + 1], MB.det)) j++;
  return items[j + 1]?.place ? j + 1 : -1;
}

/** Possessive relative pronouns ("cujas vendas", "cuyo gobierno", "whose sales", "dont les ventes"). */
const WHOSE: ReadonlySet<string> = new Set(['cujo', 'cuja', 'cujos', 'cujas', 'cuyo', 'cuya', 'cuyos', 'cuyas', 'whose', 'dont']);

/** Words before a transfer noun that make it repeat an earlier one: "another shipment", "its own shipment", "sa propre livraison". */
const REPEAT_BEFORE: ReadonlySet<string> = new Set(['own', 'another', 'outra', 'outro', 'otra', 'otro', 'propre']);
/** ... or right after it: "uma remessa própria", "un envío propio". */
const REPEAT_AFTER: ReadonlySet<string> = new Set(['própria', 'próprio', 'propia', 'propio']);

/** Does the transfer noun at idx repeat an earlier transfer: a modifier right before it, "própria" right after, "of its own"? */
function repeatsTransfer(items: Item[], idx: number): boolean {
  if (REPEAT_BEFORE.has(items[idx - 1]?.lower ?? '') || REPEAT_AFTER.has(items[idx + 1]?.lower ?? '')) return true;
  return items[idx + 1]?.lower === 'of' && items[idx + 3]?.lower === 'own';
}

/** The subject place at k when an official's title follows it ("Argentine President", "Argentina's president"). */
function officialHome(items: Item[], k: number | undefined): number | undefined {
  if (k === undefined) return undefined;
  const next = items[k + 1]?.lower === 's' ? items[k + 2] : items[k + 1];
  return hasMark(next, MB.actor) ? k : undefined;
}

/** The verb (a plain word or a verb of saying) whose object is the transfer noun at idx, past an article: "anunciou um donativo". */
function announcingVerb(items: Item[], idx: number, L: number): number | undefined {
  let v = idx - 1;
  if (hasMark(items[v], MB.det)) v--;
  const w = items[v];
  return v > L && w && !w.place && !w.cargo && w.tok === 'word' && (hasTagMark(w, 'say') || (isPlain(w) && !w.cap)) && isComma(items[v - 1]) ? v : undefined;
}

/** The comma closing a relative clause or an apposition that opens at rel (rel - 1 when none closes it within reach). */
function relativeEnd(items: Item[], rel: number, R: number): number {
  for (let j = rel + 1; j <= Math.min(R, rel + 14); j++) {
    const it = items[j]!;
    if (it.place || it.trig || it.cargo || (it.tok === 'punct' && it.lower !== ',')) break;
    if (isComma(it)) return j;
  }
  return rel - 1;
}

/** Roles of the place an opening "after" phrase names: where it happened ("after talks in Beijing", "tras su paso por Pekín"). */
const AFTER_ROLES: ReadonlySet<string> = new Set(['in', 'to', 'bare', 'of', 'from']);

/**
 * "Tras su paso por Pekín, Petro viajará a Shanghái", "After talks in Beijing, he flew to Tokyo": the place
 * of an "after" phrase that opens the sentence, names a stay (a visit, talks, a stop: not "after the
 * earthquake in Turkey") and closes with a comma before the verb at idx is where the traveller leaves from.
 * Read once per sentence (a long opening with no comma is scanned once, not once per verb).
 */
function afterOpening(items: Item[], idx: number, roles: Array<Role | undefined>): number | undefined {
  let o = OPENINGS.get(items);
  if (o === undefined) {
    o = null;
    if (hasMark(items[0], MB.after)) {
      let place: number | undefined;
      // (the "after" phrase itself may name the stay: "tras su paso por")
      let stay = items[0]!.lower.split(' ').some((w) => STAY_WORDS.has(w));
      for (let k = 1; k < items.length; k++) {
        const it = items[k]!;
        if (isComma(it)) {
          if (place !== undefined && stay) o = { place, comma: k };
          break;
        }
        if (it.tok === 'punct') break;
        if (STAY_WORDS.has(it.lower)) stay = true;
        const r = roles[k];
        if (place === undefined && it.place && r && AFTER_ROLES.has(r.role)) place = k;
      }
    }
    OPENINGS.set(items, o);
  }
  return o && o.comma < idx ? o.place : undefined;
}
const OPENINGS = new WeakMap<Item[], { place: number; comma: number } | null>();
/** Words of a stay somewhere: a visit, talks, a stop ("after talks in Beijing", "tras su visita a Pekín"). */
const STAY_WORDS: ReadonlySet<string> = new Set([
  'visit', 'visita', 'visite', 'trip', 'viaje', 'viagem', 'voyage', 'stop', 'stopover', 'escala', 'étape', 'talks', 'conversaciones',
  'conversações', 'entretiens', 'meeting', 'reunión', 'reunião', 'réunion', 'summit', 'cumbre', 'cimeira', 'sommet', 'stay', 'estancia',
  'estadia', 'séjour', 'tour', 'gira', 'tournée', 'passar', 'pasar', 'paso', 'passagem', 'passage', 'visiting', 'visitar', 'visiter', 'meetings',
  // a time spent there: "after a week in Libya", "tras dos meses en Libia"
  'week', 'weeks', 'days', 'months', 'semana', 'semanas', 'días', 'dias', 'meses', 'semaine', 'semaines', 'jours', 'mois',
]);

/**
 * A share of the goods in the clause after the relative word at k, going somewhere or coming from somewhere: a
 * number or a share word right after it (articles aside), then a destination or source preposition before any
 * verb or punctuation ("dont une part croissante vers l'Asie", "of which half to China", "of which 95,000 came
 * from Russia"; not "which belonged to Poland").
 */
function shareTo(items: Item[], k: number, R: number): boolean {
  let j = k + 1;
  // ("dont près de 1 300 tonnes", "dont plus de la moitié": an approximation and an article may come first)
  // ("de los que cerca del 60 %": or a word of approximation and its "of")
  for (let n = 0; n < 3 && (hasMark(items[j], MB.det) || !!items[j]?.tags.some((g) => g.k === 'qual') || APPROX.has(items[j]?.lower ?? '') || (n > 0 && prepRole(items[j]) === 'of')); n++) j++;
  const w = items[j];
  if (!w || !(w.tok === 'num' || SHARE_WORDS.has(w.lower))) return false;
  for (j++; j <= R; j++) {
    const it = items[j]!;
    // ("dont 40 % vers les Pays-Bas": past the sign of a percentage)
    // ("dont 60 % ont eu pour destination la Chine": an auxiliary right before a phrase of destination's verb)
    const toDest = hasMark(items[j + 1], MB.dest) || hasMark(items[j + 2], MB.dest);
    if ((it.tok === 'punct' && it.lower !== '%') || it.trig || hasMark(it, MB.rel) || (hasMark(it, MB.aux | MB.passiveAux) && !toDest)) return false;
    if (prepRole(it) === 'to' || prepRole(it) === 'from' || hasMark(it, MB.dest)) return true;
  }
  return false;
}

/**
 * The number of a partitive share between the verb at v and its destination at d ("dont près de 1 300 tonnes vers");
 * null for a share with no number ("dont plus de la moitié vers": not the whole's number either).
 */
function partitiveQuantity(items: Item[], v: number, d: number, decimalComma: boolean): Quantity | null | undefined {
  for (let k = v + 1; k < d; k++) {
    if (!partitiveRel(items, k)) continue;
    for (let n = k + 1; n < Math.min(d, k + 5); n++) {
      if (SHARE_WORDS.has(items[n]!.lower)) return null;
      if (items[n]!.tok !== 'num') continue;
      // (a share closed by a comma before the destination is an aside: "30 chars, dont 10 neufs, à l'Ukraine")
      for (let j = n + 1; j < d; j++) if (isComma(items[j])) return undefined;
      // (a percentage counts no goods: "dont 40 % vers les Pays-Bas", "das quais 40% para")
      if (PERCENT.has(items[n + 1]?.lower ?? '')) return null;
      return readLeft(items, numberEnd(items, n, d), decimalComma) ?? undefined;
    }
    return undefined;
  }
  return undefined;
}

/** ", à Rabat, forme", ", in Rabat, trains": the place at k between commas (after a preposition) right before the verb. */
function locatesSubject(items: Item[], k: number, v: number): boolean {
  let p = k - 1;
  if (hasMark(items[p], MB.det) && prepRole(items[p]) === null) p--;
  if (prepRole(items[p]) === null || !isComma(items[p - 1]) || !isComma(items[k + 1])) return false;
  for (let j = k + 2; j < v; j++) if (!hasMark(items[j], MB.aux | MB.plan | MB.condAux)) return false;
  // (the words before the comma are the subject's noun, not a place: "Portugal, em Lisboa," has its own; nor
  // goods or a vehicle: "Le pétrolier, au Havre, a livré" is where the tanker is, not who delivers)
  return !items[p - 2]?.place && !items[p - 2]?.cargo;
}

/** Where the copula of a sentence opening with goods as its subject stands ("O café é", "Coffee is", "El cobre es"), or -1. */
function copulaOpening(items: Item[], lang: Lang): number {
  const words = langWords(lang, 'copula', () => (compiled(lang).lex.copula ?? []).filter((w) => !w.includes(' '))).set;
  let goods = false;
  for (let k = 0; k < Math.min(items.length, 5); k++) {
    const it = items[k]!;
    if (words.has(it.lower)) return goods ? k : -1;
    if (it.cargo) goods = true;
    else if (it.place || it.trig || it.tok !== 'word') return -1;
  }
  return -1;
}

/**
 * Is the next place after k (within six words) followed by an elliptical count ("y a El Salvador a otras 600", "and another 300 to",
 * "et au Niger 300 autres")? Goods counted for one member join a chain only toward such a member, not one with goods of its own
 * ("a India 20 cazas y a Egipto 30 helicópteros").
 */
function ellipsisAhead(items: Item[], k: number): boolean {
  for (let j = k + 1; j < Math.min(items.length, k + 7); j++) {
    if (!items[j]!.place) continue;
    let n = j + 1;
    if (items[n]?.lower === 'a' || items[n]?.lower === 'à') n++;
    return ELLIPSIS_BEFORE.has(items[n]?.lower ?? '') || (items[n]?.tok === 'num' && ELLIPSIS_AFTER.has(items[n + 1]?.lower ?? ''));
  }
  return false;
}
/** Seats of international bodies, folded: a dateline there names no country the story is about. */
const BODY_SEATS: ReadonlySet<string> = new Set(['geneva', 'geneve', 'ginebra', 'genebra', 'new york', 'nueva york', 'nova iorque', 'vienna', 'vienne', 'viena', 'brussels', 'bruxelles', 'bruselas', 'bruxelas', 'the hague', 'la haye', 'la haya', 'haia', 'strasbourg', 'estrasburgo']);
/** A bare "of" before a plural noun ("de", "des", "of", "d'"), not one with a singular article ("del", "du", "do", "da"). */
const BARE_OF: ReadonlySet<string> = new Set(['de', 'des', 'of', 'd', "d'", 'd’']);
/** Is the place at k governed by a preposition of origin right after a verb of deporting ("deportados da América do Norte", "deported from")? */
function deportedFrom(items: Item[], k: number): boolean {
  let p = k - 1;
  if (hasMark(items[p], MB.det) && prepRole(items[p]) === null) p--;
  const pr = prepRole(items[p]);
  return (pr === 'from' || pr === 'of') && !!items[p - 1]?.tags.some((g) => g.k === 'verb' && g.cls === 'deport');
}
/** Small craft and aircraft that carry goods or people, seized with them ("fishing boats", "lanchas", "bateaux"), beside the VESSEL ships. */
const CRAFT = /^(?:boats?|trawlers?|planes?|aircraft|lanchas?|embarca[cç](?:[aã]o|ões|iones?)|pesqueiros?|pesqueros?|avionetas?|avi[oõ](?:es|nes)?|bateaux?|chalutiers?|avions?)$/;
/** Nouns of authorities that act for the place they are in ("police", "la policía", "les douanes"). */
const AUTHORITIES: ReadonlySet<string> = new Set([
  'police', 'authorities', 'officials', 'customs', 'immigration', 'polícia', 'autoridades', 'alfândega', 'policía', 'aduana', 'aduanas', 'autorités', 'douanes',
  'douane', 'gendarmerie', 'gendarmes', 'guardia', 'guarda', 'garde', 'coastguard',
]);
/**
 * Is the place at k, opening the clause that starts at L ("In neighbouring Thailand,", "Na Tailândia,", "En la vecina Tailandia,",
 * "Au Maroc,": a preposition of place or direction, which opening a clause before its verb says where), where an authority with no place of its own acts by the verb at v ("police extradited", "la policía ha deportado")?
 */
function authorityIn(items: Item[], L: number, k: number, v: number): boolean {
  let p = k - 1;
  // (past a determiner and an adjective before the place: "la vecina", "neighbouring")
  const at = (it: Item | undefined): boolean => prepRole(it) === 'in' || prepRole(it) === 'to';
  for (let n = 0; n < 2 && p > L && !at(items[p]) && (hasMark(items[p], MB.det) || (isPlain(items[p]) && !items[p]!.cap)); n++) p--;
  if (!at(items[p])) return false;
  const open = p === L || (items[p - 1]?.tok === 'punct' && /^[-–—]$/.test(items[p - 1]!.lower));
  let c = k + 1;
  if (isPlain(items[c]) && !items[c]!.cap) c++; // "Dans la Thaïlande voisine,"
  if (!open || !isComma(items[c])) return false;
  // (the authority's name, "police", "immigration police", "la garde nationale", then only auxiliaries before the verb)
  let authority = false;
  let words = 0;
  for (let j = c + 1; j < v; j++) {
    const it = items[j]!;
    if (AUTHORITIES.has(it.lower)) authority = true;
    else if (hasMark(it, MB.det | MB.aux | MB.plan | MB.condAux)) continue;
    else if (!isPlain(it) || it.cap || ++words > 1) return false;
  }
  return authority;
}

/** After the partitive at k, a counted nationality: "dont 270 Maliens", "of which 40 Brazilians". */
function countedNationalities(items: Item[], k: number): boolean {
  let j = k + 1;
  if (items[j]?.tags.some((g) => g.k === 'qual')) j++;
  return items[j]?.tok === 'num' && items[j + 1]?.place?.via === 'demonym';
}

/** Relative words of a share: French "dont", English "(of) which". */
/** The number of a partitive share right before the verb at v (", of whom about 1,400 were flown"), if any. */
function partitiveSubject(items: Item[], L: number, v: number, decimalComma: boolean): Quantity | undefined {
  for (let k = v - 1; k >= Math.max(L, v - 6); k--) {
    if (!partitiveRel(items, k)) continue;
    let n = k + 1;
    while (n < v && (APPROX.has(items[n]!.lower) || items[n]!.tags.some((g) => g.k === 'qual'))) n++;
    if (items[n]?.tok !== 'num') return undefined;
    return readLeft(items, numberEnd(items, n, v - 1), decimalComma) ?? undefined;
  }
  return undefined;
}

/** Is there a partitive relative (see partitiveRel) among the items [a, b)? */
function partitiveBetween(items: Item[], a: number, b: number): boolean {
  for (let k = Math.max(0, a); k < b; k++) if (partitiveRel(items, k)) return true;
  return false;
}

/**
 * Is the item at k the relative of a partitive after a comma: ", dont", ", of which", ", de las que" / ", de los
 * cuales", ", das quais" / ", dos quais"?
 */
function partitiveRel(items: Item[], k: number): boolean {
  const w = items[k]!.lower;
  if (w === 'dont') return hasMark(items[k], MB.rel) && isComma(items[k - 1]);
  if (w === 'which' || w === 'whom') return items[k - 1]?.lower === 'of' && isComma(items[k - 2]);
  if (w === 'que' || w === 'cuales') return (items[k - 1]?.lower === 'las' || items[k - 1]?.lower === 'los') && items[k - 2]?.lower === 'de' && isComma(items[k - 3]);
  if (w === 'quais') return (items[k - 1]?.lower === 'das' || items[k - 1]?.lower === 'dos') && isComma(items[k - 2]);
  // ("received more than 300 tanks from its Western allies, including 90 from Poland", "incluindo", "incluyendo")
  if (w === 'including' || w === 'incluindo' || w === 'incluyendo') return isComma(items[k - 1]);
  return false;
}
const DEST_ROLES: ReadonlySet<string> = new Set(['to', 'in']);

function first(...c: Array<number | undefined>): number | undefined {
  for (const x of c) if (x !== undefined) return x;
  return undefined;
}

/** A proper name (a capitalised word the lexicon does not know) before the verb: "Lavrov chegou". */
/**
 * "Palau's president, who visited Taipei", "o Presidente angolano, que visitou": the nationality of the antecedent
 * of a relative clause set off by a comma, right before the verb at ti (its owner, or an official's nationality).
 */
function relativeOwner(items: Item[], roles: Array<Role | undefined>, ti: number): number | undefined {
  let k = ti - 1;
  while (k > 0 && ti - k <= 4 && !hasMark(items[k], MB.rel)) {
    if (items[k]!.trig || items[k]!.place || items[k]!.tok === 'punct') return undefined;
    k--;
  }
  if (!hasMark(items[k], MB.rel) || !isComma(items[k - 1])) return undefined;
  let start = k - 2;
  // (past the person's name in an apposition: "Palau's president, Surangel Whipps Jr., who")
  let j0 = start;
  while (j0 > 0 && start - j0 < 5 && ((items[j0]!.cap && !items[j0]!.place && items[j0]!.tok === 'word') || items[j0]!.lower === '.')) j0--;
  if (j0 < start && isComma(items[j0])) start = j0 - 1;
  for (let j = start; j >= Math.max(0, start - 6); j--) {
    const it = items[j]!;
    if (it.trig || (it.tok === 'punct' && !isComma(it))) return undefined;
    const r = roles[j];
    if (it.place && r && (r.role === 'poss' || r.role === 'actor' || r.role === 'demonym')) return j;
    // (the noun phrase begins at its article: "thanked the UN envoy, who visited" names no nationality of the envoy)
    if (it.place || hasMark(it, MB.det)) return undefined;
  }
  return undefined;
}

/** Are the words from a up to the verb at v only goods, commas, conjunctions and auxiliaries ("milk powder, butter and cheese were")? */
function goodsUpTo(items: Item[], a: number, v: number): boolean {
  for (let k = a; k < v; k++) {
    const it = items[k]!;
    // ("Iranian planes carrying food and medical kits landed": past the carrier's participle too, after aircraft, a
    // state's airlift; not "Greek-owned tankers carrying crude", whose owners send nothing.)
    // ("A Chinese plane carrying 40 tonnes of medicines landed": and the goods' count and measure.)
    if (!(isCargo(it) || (isPlain(it) && !it.cap) || isNumeral(it) || MEASURES.has(it.lower) || prepRole(it) === 'of' || isComma(it) || hasMark(it, MB.coord | MB.passiveAux | MB.aux) || (hasMark(it, MB.carrier) && AIRCRAFT.test(items[a]?.lower ?? '')))) return false;
  }
  return true;
}

/** Aircraft ("aircraft", "planes", "aviones", "aviões", "avions"). */
const AIRCRAFT = /^(?:aircraft|planes?|jets?|aviones|avión|avião|aviões|avions?)$/;

/** Are the words from a up to the verb at v free of places, other verbs and punctuation? */
function plainUpTo(items: Item[], a: number, v: number): boolean {
  for (let k = a; k < v; k++) if (items[k]!.place || items[k]!.trig || items[k]!.tok === 'punct') return false;
  return true;
}

/** A relative pronoun opening the words after a comma ("que", "who", "qui", "quien"). */
const RELATIVE_OPEN = /^\s*(?:que|qui|quien|quienes|who|which|onde|where|où|donde)\b/i;

/** Capitalised words that are no place, up to ten words before the verb at idx, nearest first (stops at a clause mark). */
function namesBefore(items: Item[], idx: number): string[] | undefined {
  let out: string[] | undefined;
  let said = false;
  for (let k = idx - 1; k >= Math.max(0, idx - 10); k--) {
    const it = items[k]!;
    // (not past a verb of saying, an attribution or "que/that": "Lavrov said Wang Yi would visit", "Segundo Chapo, Lula")
    said = hasTagMark(it, 'say') || hasMark(it, MB.hedge) || (COMPLEMENTIZERS.has(it.lower) && !hasMark(it, MB.rel));
    // (the subject is the nearest name: a comma before it closes an aside, "Segundo Chapo, o Papa Francisco visitou")
    if (said || it.trig || (it.tok === 'punct' && it.lower !== ',') || (isComma(it) && out)) break;
    // (nor a name after a preposition: "After meeting Lavrov, Wang Yi flew", "Depois de se reunir com Chapo, Lula")
    if (it.cap && !it.place && it.tok === 'word' && prepRole(items[k - 1]) === null && !isPlain(items[k - 1])) (out ??= []).push(it.lower);
  }
  // (past a relative clause, the sentence's subject: "Chapo, que esteve em Luanda, seguirá depois para Madrid")
  const opening = openingName(items);
  if (!said && opening !== undefined && !out?.includes(opening)) (out ??= []).push(opening);
  return out;
}

/** A capitalised word that is no place opening the sentence before a comma ("Chapo, que esteve"), lower case. */
function openingName(items: Item[]): string | undefined {
  const first = items[0];
  return first?.cap && !first.place && first.tok === 'word' && isComma(items[1]) ? first.lower : undefined;
}


function namedBefore(items: Item[], L: number, idx: number, person?: (w: string) => boolean): boolean {
  // ("Chapo, que esteve em Luanda, seguirá depois para Madrid": a person the article introduced, opening the sentence.)
  const opening = openingName(items);
  if (person && opening !== undefined && person(opening)) return true;
  for (let k = Math.max(L, idx - 6); k < idx; k++) {
    const it = items[k]!;
    if (it.cap && !it.place && it.tok === 'word' && untagged(it) && (k > 0 || k === idx - 1)) return true;
    // "el ministro volará a Nueva Delhi": an official travels.
    if (hasMark(it, MB.actor) && !it.place && hasMark(items[k - 1], MB.det)) return true;
  }
  return false;
}

/**
 * The place right after an accusation verb a few words before the trigger at idx ("acusa a Bielorrússia de"); null when the
 * verb accuses no place ("acusa al Frente Polisario de desviar"); undefined with no accusation verb.
 */
function accusedBefore(items: Item[], idx: number, lang: Lang): number | null | undefined {
  const acc = compiled(lang).lex.accuse;
  if (!acc) return undefined;
  // ("acusan a Fiyi de importar raíz vanuatuense para reexportarla": past the accused's first infinitive, its purpose too.)
  const purpose = BENEFIT.has(items[idx - 1]?.lower ?? '');
  for (let k = idx - 1; k >= Math.max(0, idx - (purpose ? 12 : 8)); k--) {
    const it = items[k]!;
    if ((it.trig && !(purpose && it.tags.some((g) => g.k === 'verb' && g.mood === 'inf'))) || it.tok === 'punct') return undefined;
    if (!acc.includes(it.lower)) continue;
    for (let j = k + 1; j < idx; j++) if (items[j]!.place && items[j]!.place!.via !== 'demonym') return j;
    // ("has been accused of sending", "Le Rwanda, accusé de soutenir": a passive accusation is of its own subject.)
    return hasMark(items[k - 1], MB.aux | MB.passiveAux) || isComma(items[k - 1]) ? undefined : null;
  }
  return undefined;
}

/** Verbs of remaining ("remain", "stay", "permanecer", "quedarse", "ficar", "rester", "demeurer"). */
const REMAIN = /^(?:remain|stay|permanec|permanez|qued|fic[aoá]|rest[eé]|resta|demeur)/;

/** Words of donation, not of offering ("donated", "doado", "donó", "don", "regaló"). */
const DONATION = /^(?:donat|don[óoa]|dons?$|doa|doo|doe|regal|gift)/;
/** Food cargo units (language-neutral glosses from the lexicons) that a donation makes aid. */
const FOOD_UNITS: ReadonlySet<string> = new Set(['grain', 'food', 'maize', 'rice', 'beans', 'milk', 'flour', 'sorghum', 'wheat', 'cereals', 'corn', 'food aid', 'foodstuffs', 'rations', 'cereal']);

/**
 * Is the first cargo noun of the window with this unit definite ("a carga", "the cargo", "la cargaison";
 * "os homens", "les hommes", "the men" with the plural articles)?
 */
function definiteUnit(items: Item[], a: number, b: number, unit: string, articles: ReadonlySet<string>): boolean {
  for (let k = Math.max(1, a); k <= b && k < items.length; k++) {
    const it = items[k]!;
    // ("l'essentiel des cargaisons", "la mayor parte de los envíos": a share of them is of the definite ones.)
    if (it.cargo && it.tags.some((g) => g.k === 'cargo' && g.unit === unit)) return articles.has(items[k - 1]!.lower) || shareOfThe(items, k);
  }
  return false;
}
/** Is the noun at k a share "of the" ones ("l'essentiel des cargaisons", "a maior parte dos", "la mayoría de los", "most of the")? */
function shareOfThe(items: Item[], k: number): boolean {
  const w = (d: number): string => items[k - d]?.lower ?? '';
  if ((w(1) === 'des' || w(1) === 'dos' || w(1) === 'das') && SHARE_WORDS.has(w(2))) return true;
  return (w(1) === 'los' || w(1) === 'las' || w(1) === 'the') && (w(2) === 'de' || w(2) === 'of') && SHARE_WORDS.has(w(3));
}
/** Verbs of containing: what a shipment "includes", "comprenait", "incluía". */
const CONTAINS: ReadonlySet<string> = new Set([
  'include', 'includes', 'included', 'contain', 'contains', 'contained', 'comprise', 'comprises', 'comprised',
  'inclui', 'incluía', 'incluiu', 'incluirá', 'incluem', 'incluíam', 'incluíram', 'contém', 'continha', 'compreende', 'compreendia',
  'incluye', 'incluía', 'incluyó', 'incluirá', 'incluyen', 'incluían', 'contiene', 'contenía', 'comprende', 'comprendía',
  'comprend', 'comprenait', 'comprendra', 'comprennent', 'comprenaient', 'inclut', 'incluait', 'inclura', 'contient', 'contenait',
]);
/** The latest place before the word at v in its clause, a few words back, with no negation between; else -1. */
function placeSubject(its: Item[], v: number): number {
  let lo = Math.max(0, v - 6);
  for (let k = v - 1; k >= lo; k--) {
    const it = its[k]!;
    // ("The country's first lithium plant, near Goromonzi, relies": past an aside set off by commas right before the word.)
    if (k === v - 1 && isComma(it)) {
      let j = k - 1;
      while (j > Math.max(0, k - 6) && !isComma(its[j]) && its[j]!.tok !== 'punct' && !its[j]!.trig) j--;
      if (isComma(its[j])) {
        k = j;
        lo = Math.max(0, j - 6);
        continue;
      }
    }
    if (it.tok === 'punct' || it.trig || hasMark(it, MB.neg)) return -1;
    if (!it.place) continue;
    // (not a place after a preposition: "La inflación en Argentina depende" is no dependence of Argentina's)
    const p = its[k - 1];
    return p && prepRole(p) !== null && !hasMark(p, MB.det) ? -1 : k;
  }
  return -1;
}
/** Nouns of the subject's own sales after goods: "oil revenue", "gas sales", "exportações de petróleo". */
const SALES_NOUNS: ReadonlySet<string> = new Set(['revenue', 'revenues', 'exports', 'sales', 'receitas', 'exportações', 'vendas', 'ingresos', 'exportaciones', 'ventas', 'recettes', 'exportations', 'ventes']);

/** Adverbs of time between a verb of owing and its amount ("still owes", "aún debe", "doit encore"). */
const STILL: ReadonlySet<string> = new Set(['still', 'yet', 'already', 'aún', 'todavía', 'ya', 'ainda', 'já', 'encore', 'déjà']);

/** Prepositions after a word of dependence: "relies on", "depende de/do", "dépend de/du". */
const RELY_PREPS: ReadonlySet<string> = new Set(['on', 'upon', 'de', 'da', 'do', 'das', 'dos', 'del', 'du', 'des', 'd']);
/** Word sets built once per language and name (the lexicon is fixed; each list is read once). */
const langWordSets = new Map<string, { set: ReadonlySet<string>; ws: WordSet }>();
function langWords(lang: Lang, name: string, words: () => string[]): { set: ReadonlySet<string>; ws: WordSet } {
  const key = `${lang}|${name}`;
  let r = langWordSets.get(key);
  if (!r) {
    const list = words();
    langWordSets.set(key, (r = { set: new Set(list), ws: wordSetOf(list) }));
  }
  return r;
}
/** The cue words of the sentence-level readings that scan for a word (contain, announce, rely, owe), in one set. */
const ownCueWords = (lang: Lang): WordSet =>
  langWords(lang, 'cues', () => [...CONTAINS, ...ANNOUNCE, ...(compiled(lang).lex.rely ?? []), ...(compiled(lang).lex.owe ?? [])]).ws;
/** The language's one-word markers of plan ("will", "doit", "vai", "prevé"), as a WordSet. */
const planWords = (lang: Lang): WordSet => langWords(lang, 'plan', () => (compiled(lang).lex.markers.plan ?? []).filter((p) => !/[\s'’]/.test(p))).ws;
/** A word list of the language's lexicon (`rely`, `owe`), or null when the lexicon has none. */
function lexWords(lang: Lang, key: 'rely' | 'owe'): { set: ReadonlySet<string>; ws: WordSet } | null {
  const r = langWords(lang, key, () => [...(compiled(lang).lex[key] ?? [])]);
  return r.set.size > 0 ? r : null;
}
/** Verbs of studying ("are studying", "estudam", "cursan estudios", "étudient"): see studyAbroad. */
const STUDYING = /\b(?:study|studies|studying|studied|estud(?:a|am|ou|aram|ando|ar|ia|iam|ian|iaron|iando|iar)|cursa[nm]?|cursaram|cursaron|cursando|étudi(?:e|ent|ant|é|és)|suivent (?:une|des) formations?)\b/iu;
/** A military academy or school ("military academies", "academias militares", "l'École de guerre"), after a verb of studying. */
const ACADEMY = /\b(?:academ(?:y|ies|ia|ias)|académies?|war college|staff college|military (?:school|college)s?|escolas? militar(?:es)?|escuelas? militar(?:es)?|écoles? militaires?|école de guerre|colégios? militar(?:es)?)\b/iu;
/**
 * A course as the purpose of a journey, right after its destination: "para un curso", "para uma formação", "for a training
 * course", "pour une formation", "to be trained", "para recibir entrenamiento" (not "to train", whose travellers train others, nor
 * "for training exercises", which drill).
 */
const COURSE_PURPOSE = /^[^.;:]{0,40}?\b(?:para (?:un|una|um|uma|el|la|o|a) (?:\p{L}+ )?(?:curso|formaci[oó]n|forma[cç][aã]o|entrenamiento|treinamento|treino|capacitaci[oó]n|capacita[cç][aã]o|instrucci[oó]n)|para (?:recibir|receber|seguir|hacer|fazer) (?:un |una |um |uma |el |la |o |a )?(?:\p{L}+ )?(?:curso|formaci[oó]n|forma[cç][aã]o|entrenamiento|treinamento|capacitaci[oó]n|capacita[cç][aã]o|instrucci[oó]n)|para (?:ser|serem) (?:formad|treinad|capacitad|entrenad)|for (?:a |an )?(?:[\p{L}-]+ )?(?:training(?! (?:exercises?|drills?|manoeuvres|maneuvers|missions?))|course)|to (?:be trained|receive training|undergo training|attend (?:a |an )?(?:[\p{L}-]+ )?(?:course|training))|pour (?:une |un |des )?(?:[\p{L}-]+ )?(?:formation|stage|cours)\b|pour (?:y )?(?:être formé|suivre (?:une |un )?(?:formation|stage|cours)))/iu;

/** Verbs of fighting after a purpose preposition ("to fight", "para combater", "para luchar", "pour combattre"). */
const FIGHT_VERBS: ReadonlySet<string> = new Set(['fight', 'combat', 'combater', 'lutar', 'combatir', 'luchar', 'combattre']);
/** Prepositions of purpose before a verb of fighting (to, para, pour, a). */
const FIGHT_PURPOSE: ReadonlySet<string> = new Set(['to', 'para', 'pour', 'a']);
/** What fighting a fire or a disease is about: no war. */
const NOT_WAR = /^(?:fires?|blazes?|wildfires?|flames|inc[eê]ndios?|incendios?|feux|incendies?|fogo|fuego|epidemic|outbreak|disease|cholera|epidemia|[eé]pid[eé]mie|doen[cç]a|enfermedad|maladie|pobreza|poverty|pauvret[eé])$/;
/** Is a verb of fighting, with its purpose preposition, among the items (i, end]? */
function goesToFight(items: Item[], i: number, end: number): boolean {
  for (let k = i + 2; k <= end; k++) {
    if (!FIGHT_VERBS.has(items[k]!.lower) || !FIGHT_PURPOSE.has(items[k - 1]!.lower)) continue;
    const next = hasMark(items[k + 1], MB.det) ? items[k + 2] : items[k + 1];
    return !NOT_WAR.test(next?.lower ?? '');
  }
  return false;
}

/** Words for mere quantities sold ("volumes", "quantidades", "cantidades", "quantités", "quantities", "amounts"). */
const AMOUNT_WORDS: ReadonlySet<string> = new Set(['volumes', 'volúmenes', 'quantidades', 'cantidades', 'quantités', 'quantities', 'amounts']);

/** A possessive pronoun opening an apposition ("its", "seu", "sua", "su", "son", "sa"). */
const ITS_OPENING = /^\s*(?:its|seu|sua|su|son|sa)\s/i;

/** Nothing but a preposition of owning and an article ("do ", " de la ", " du ", " of the "). */
const OF_ONLY = /^\s*(?:de|do|da|dos|das|del|du|des|d['’]|of)\s*(?:(?:la|le|les|the|el|l['’])\s*)?$/i;

/** Nouns of a source or supplier ("origem", "origen", "origine", "fonte", "fuente", "source", "fornecedor", "proveedor", "fournisseur"). */
const SOURCE_NOUN = /^(?:origem|origen|origine|fonte|fuente|source|fornecedora?|proveedora?|fournisseur|fournisseuse)$/;

/** English nouns of importing ("imports", "import", "re-imports"). */
const IMPORT_NOUN = /^(?:re-?)?imports?$/;

/** The preposition of "in training" ("en formation", "in training", "em formação", "en formación", "em treinamento"). */
const IN_TRAINING: ReadonlySet<string> = new Set(['en', 'in', 'em']);

/** A future that takes a traveller on ("o levará", "lo llevará", "le mènera", "doit le conduire", "will take him"). */
const TAKES_ON = wordSetOf(['levará', 'levarão', 'llevará', 'llevarán', 'mènera', 'mèneront', 'conduira', 'conduiront']);
/** English "take him/her/them (to)": a tour taking its traveller on (not "take part", "take place"). */
const TAKE_HIM = /\btakes? (?:him|her|them)\b/i;
/** Announcing verbs (past and present): "announced", "anunciou", "anunció", "a annoncé". */
const ANNOUNCE: ReadonlySet<string> = new Set(['announced', 'announces', 'anunciou', 'anunciaram', 'anuncia', 'anunció', 'anunciaron', 'annoncé', 'annonce', 'annoncent']);
const ANNOUNCE_WORDS = wordSetOf(ANNOUNCE);
/** A WordSet of the given words (for hasWord's cheap scan). */
function wordSetOf(words: Iterable<string>): WordSet {
  const w = new WordSet();
  for (const x of words) w.add(x);
  return w;
}
const CONTAIN_WORDS = wordSetOf(CONTAINS);
const DEFINITE: ReadonlySet<string> = new Set(['the', 'a', 'o', 'la', 'el', 'le', 'this', 'esta', 'essa', 'cette']);
const DEFINITE_PL: ReadonlySet<string> = new Set(['the', 'these', 'os', 'as', 'estes', 'esses', 'estas', 'essas', 'les', 'ces', 'los', 'las', 'estos', 'esos', 'estas', 'esas']);

function hasMarkIn(items: Item[], a: number, b: number, bit: number): boolean {
  for (let k = Math.max(0, a); k <= b && k < items.length; k++) if (hasMark(items[k], bit)) return true;
  return false;
}

/** Index of a marker in the few items before a trigger (stopping at another trigger), or -1. */
function markBefore(items: Item[], idx: number, bit: number): number {
  for (let k = idx - 1; k >= Math.max(0, idx - 8); k--) {
    if (hasMark(items[k], bit)) return k;
    if (items[k]!.trig) break;
  }
  return -1;
}

/** Is the verb at b coordinated with the one at a ("... e seria desembarcada", "and unloaded", "y lo descargó")? */
function coordinatedVerb(items: Item[], a: number, b: number): boolean {
  if (b - a > 14) return false;
  for (let k = b - 1; k > a && k >= b - 4; k--) {
    const it = items[k]!;
    if (hasMark(it, MB.coord)) return true;
    // "oil exports, most of which go to China": a relative clause continues the transfer noun.
    if (hasMark(it, MB.rel) && items[a]!.trig && isComma(items[a + 1]) && !LOCATIVE_REL.has(it.lower)) return true;
    if (it.place || it.cargo || (it.tok === 'punct' && it.lower !== ',')) return false;
  }
  return false;
}

/** Goods of category `cat` in items [a, b] (a currency word or symbol counts as money). */
function windowHas(items: Item[], a: number, b: number, cat: FlowCategory): boolean {
  for (let k = a; k <= Math.min(b, items.length - 1); k++) for (const g of items[k]!.tags) if ((g.k === 'cargo' && g.cat === cat) || (g.k === 'cur' && cat === 'money')) return true;
  return false;
}

function hasBetween(items: Item[], a: number, b: number, m: BitMarker): boolean {
  for (let k = a + 1; k < b; k++) if (hasMark(items[k], MB[m])) return true;
  return false;
}


/** Are all the agents ("by" places) among items [a, b] ranked after "followed by", none a passive's? */
function rankedAgentsOnly(roles: Array<Role | undefined>, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (roles[k]?.role === 'by' && !roles[k]!.ranked) return false;
  return true;
}

function hasRole(items: Item[], roles: Array<Role | undefined>, a: number, b: number, role: RoleKind): boolean {
  for (let k = a; k <= b; k++) if (roles[k]?.role === role && !items[k]!.paren) return true;
  return false;
}

/** People named as living somewhere ("los residentes en el país", "residents of"), not goods or travellers. */
const RESIDENTS: ReadonlySet<string> = new Set(['residents', 'residentes', 'résidents', 'habitantes', 'habitants', 'inhabitants']);

/** Prepositions of direction only ("para", "vers", "hacia", "towards"): never of place or of a seller. */
const DIRECTION_PREPS: ReadonlySet<string> = new Set(['para', 'pra', 'vers', 'hacia', 'to', 'towards', 'toward', 'into', 'pour', 'for', 'rumo', 'até', 'hasta', 'jusqu']);

/**
 * The participle on goods after the verb at `ti`, of receiving or seizing, that governs the place at `k` through the
 * preposition right before it ("demandeurs d'asile hébergés à Montréal", "tanques comprados a Alemania"): its verb tag,
 * or undefined.
 */
function otherParticiple(items: Item[], roles: Array<Role | undefined>, k: number, ti: number): Extract<Tag, { k: 'verb' }> | undefined {
  if (roles[k]?.role !== 'in' && roles[k]?.role !== 'to') return undefined;
  let p = k - 1;
  if (hasMark(items[p], MB.det)) p--;
  // (Only a preposition of place or of the seller, not one of direction: "alimentos comprados para Gaza" still go to Gaza.)
  if (!items[p]?.prep || DIRECTION_PREPS.has(items[p]!.lower)) return undefined;
  p--;
  // (On the goods, right after them: "centros de acogida de Málaga" is a noun.)
  // (Not a verb of goods only on people: "5,000 troops ordered to Kursk" are commanded there.)
  if (p <= ti + 1 || !isCargo(items[p - 1])) return undefined;
  for (const g of items[p]!.tags) if (g.k === 'verb' && g.mood === 'part' && (g.cls === 'receive' || g.cls === 'seize') && !(g.sense === 'goods' && isPeople(items[p - 1]))) return g;
  return undefined;
}

/**
 * Is the nationality at `k` that of the people an aid is for: people right before or after it, after "para", "for" or
 * "pour" (past an article): "aid for Syrian refugees", "ajuda para os refugiados sudaneses", "pour les réfugiés soudanais"?
 */
function beneficiaryNationality(items: Item[], k: number): boolean {
  const p = isPeople(items[k - 1]) ? k - 1 : isPeople(items[k + 1]) ? k + 1 : -1;
  if (p < 0) return false;
  const phrase = Math.min(k, p);
  return BENEFIT.has(items[hasMark(items[phrase - 1], MB.det) ? phrase - 2 : phrase - 1]?.lower ?? '');
}

/** Infinitives of supplying a place ("para abastecer Roraima", "to supply Pakistan", "pour approvisionner le Mali"). */
const SUPPLY_INF = /^(?:abastecer|supply|approvisionner|suministrar)$/;

/** Relative pronouns of possession ("cuyas tripulaciones", "cujos pilotos", "whose crews", "dont les pilotes"). */
const POSSESSIVE_REL: ReadonlySet<string> = new Set(['cujo', 'cuja', 'cujos', 'cujas', 'cuyo', 'cuya', 'cuyos', 'cuyas', 'whose', 'dont']);

/** Contrasting conjunctions that open a subordinate clause ("while", "whereas", "enquanto", "mientras", "tandis"). */
const WHILE: ReadonlySet<string> = new Set(['while', 'whereas', 'enquanto', 'mientras', 'tandis']);

/**
 * The comma opening a locative or noun apposition that ends with the place at `k`: ", en el Caribe", ", in the north", ", a
 * small state on the Horn of Africa" (an article or "in" after the comma, then at most six articles, prepositions and
 * plain lower-case words). Returns the comma's index, or -1.
 */
function appositionStart(items: Item[], k: number): number {
  let j = k - 1;
  for (let n = 0; n < 7 && j > 0 && !isComma(items[j]); n++, j--) {
    const x = items[j]!;
    // ("un pays voisin du Soudan", "uma pequena ilha italiana no Mediterrâneo": a noun for a country, a nationality.)
    if ((x.place && x.place.via !== 'demonym') || x.trig || x.cargo || !(hasMark(x, MB.det | MB.geo | MB.anaphor) || prepRole(x) !== null || (isPlain(x) && !x.cap) || x.place?.via === 'demonym')) return -1;
  }
  const first = items[j + 1];
  return isComma(items[j]) && j + 1 < k && (hasMark(first, MB.det) || prepRole(first) === 'in') ? j : -1;
}

/**
 * People (a word for people, or a nationality used as one) who are in the place at `k`: "Mexicans living in the United
 * States", "los mexicanos residentes en Estados Unidos", "ses émigrés en France", "brasileiros que vivem no Japão",
 * "Filipinos in Saudi Arabia". At most three plain words (or a relative pronoun) stand between them and "in" (maybe with an
 * article) before the place. Returns their index (after `lo`), or -1.
 */
function residentsIn(items: Item[], k: number, lo: number): number {
  let p = k - 1;
  if (hasMark(items[p], MB.det)) p--;
  // ("les Salvadoriens installés aux États-Unis": French "à" after a participle of residence says where, see residesAt.)
  if (prepRole(items[p]) !== 'in' && !residesAt(items, p)) return -1;
  p--;
  const people = (x: Item | undefined): boolean => isPeople(x) || x?.place?.via === 'demonym';
  for (let n = 0; n < 3 && p > lo && !people(items[p]); n++, p--) {
    const x = items[p]!;
    if (x.trig || x.cap || x.place || x.cargo || isComma(x) || hasMark(x, MB.actor) || !(isPlain(x) || hasMark(x, MB.rel))) return -1;
  }
  return p > lo && people(items[p]) ? p : -1;
}

/**
 * "from its citizens in the United States", "dos seus emigrantes em Portugal", "de ses émigrés en France", "from Guatemalans
 * living in the United States": people given "from" or "de" (maybe with a possessive) who are in the place at `k` (see
 * residentsIn). Returns the people's index, or -1.
 */
function peopleIn(items: Item[], k: number, lo: number): number {
  const people = residentsIn(items, k, lo);
  if (people < 0) return -1;
  let p = people - 1;
  if (hasMark(items[p], MB.det) || POSSESSIVES.has(items[p]?.lower ?? '')) p--;
  const r = prepRole(items[p]);
  return p > lo && (r === 'from' || r === 'of') ? people : -1;
}

/**
 * The place opening the clause [L, c) as its subject ("El Salvador encerró [...] a 250 presos", "Ukraine fired missiles"), when
 * it is the clause's only place, no verb of transfer stands before the goods at c, and another word (the verb) does.
 */
function holderSubject(items: Item[], roles: Array<Role | undefined>, L: number, c: number): number | undefined {
  let k = L;
  if (hasMark(items[k], MB.det) && prepRole(items[k]) === null) k++;
  const it = items[k];
  if (!it?.place || it.place.via === 'demonym' || roles[k]?.role !== 'bare' || k >= c) return undefined;
  let verb = false;
  for (let j = k + 1; j < c; j++) {
    const x = items[j]!;
    if (x.place || x.trig || isComma(x)) return undefined;
    if (x.tok === 'word' && !x.cap && !x.cargo && x.prep === null && !hasMark(x, MB.det)) verb = true;
  }
  return verb ? k : undefined;
}

/** Is the nationality at k on people before it ("oficiais filipinos", "Filipino officers")? */
function peopleNationality(items: Item[], k: number): boolean {
  return isPeople(items[k - 1]) || isPeople(items[k + 1]);
}

/** People named right before the item at v, past a count ("peregrinos vindos", "dont plus de 600 venues", "600 Syrians who came"). */
function peopleBefore(items: Item[], v: number): boolean {
  const p = items[v - 1];
  if (!p) return false;
  if (isPeople(p) || p.place?.via === 'demonym') return true;
  // (a count standing for people just named: "dont plus de 600 venues de France")
  return p.tok === 'num' && hasBefore(items, v - 1, Math.max(0, v - 14), 13, isPeople);
}

/** Words of being abroad: alone ("abroad", "overseas"), or after a preposition ("en el extranjero", "no exterior", "à l'étranger"). */
const ABROAD_ALONE: ReadonlySet<string> = new Set(['abroad', 'overseas']);
const ABROAD_NOUNS: ReadonlySet<string> = new Set(['extranjero', 'exterior', 'estrangeiro', 'étranger']);
/** Does a phrase of being abroad follow the nationality at k, within its noun phrase ("los nepalíes en el extranjero")? */
function abroadAfter(items: Item[], k: number): boolean {
  // ("los nepalíes que trabajan en el extranjero", "Nepalis who work abroad": past a short relative clause.)
  const reach = hasMark(items[k + 1], MB.rel) ? 7 : 4;
  for (let j = k + 1; j <= k + reach && j < items.length; j++) {
    const it = items[j]!;
    if (ABROAD_ALONE.has(it.lower)) return true;
    // (the noun after a preposition, maybe past an article: not the adjective of "comercio exterior")
    if (ABROAD_NOUNS.has(it.lower)) return prepRole(items[j - 1]) !== null || ((hasMark(items[j - 1], MB.det) || items[j - 1]!.lower === 'l') && prepRole(items[j - 2]) !== null);
    if (it.trig || it.place || it.tok === 'punct') return false;
  }
  return false;
}

/**
 * Is the nationality at k, before its official's noun, in a noun phrase "with" governs ("In talks with the Mongolian president, he
 * signed")? (Not the Romance order, "cerrada con el Gobierno noruego", whose body may be the seller: see withBody.)
 */
function partnerWith(items: Item[], k: number): boolean {
  const a = hasMark(items[k - 1], MB.det) && prepRole(items[k - 1]) === null ? k - 2 : k - 1;
  return WITH.has(items[a]?.lower ?? '');
}

/**
 * The number of items in an aside set off by commas right before the verb at v, after the place at k ("em quintas da Austrália, ao abrigo
 * de programas de mobilidade laboral, enviaram"): no place or transfer word in it; 0 when there is none.
 */
function asideBefore(items: Item[], k: number, v: number): number {
  if (!isComma(items[v - 1])) return 0;
  let c = v - 2;
  while (c > k && !isComma(items[c]) && !items[c]!.place && !items[c]!.trig) c--;
  return c > k && isComma(items[c]) ? v - c : 0;
}

/**
 * The index of the "in" before a lower-case plural noun and the "of" at `of` ("em quintas da", "en fábricas de", "on farms of"), or -1:
 * a place after such an "of" is where the noun's people are.
 */
function workplaceIn(items: Item[], of: number): number {
  const noun = items[of - 1];
  if (prepRole(items[of]) !== 'of' || !isPlain(noun) || noun!.cap || !/s$/.test(noun!.lower)) return -1;
  if (prepRole(items[of - 2]) === 'in') return of - 2;
  return hasMark(items[of - 2], MB.det) && prepRole(items[of - 3]) === 'in' ? of - 3 : -1;
}

/**
 * The first of the places after "of" on a plural noun that "in" governs (see workplaceIn), right before the verb at v or past places
 * coordinated after it ("os trabalhadores timorenses em quintas da Austrália e do Reino Unido enviaram"), or undefined. (Not past an
 * aside: the caller keeps the place within six items of the verb.)
 */
function workplaceBefore(items: Item[], roles: Array<Role | undefined>, L: number, v: number): number | undefined {
  for (let k = v - 1; k >= L; k--) {
    if (items[k]!.trig) return undefined;
    if (!items[k]!.place || items[k]!.place!.via !== 'name' || roles[k]?.role !== 'of') continue;
    // (back over places coordinated after "of": "da Austrália e do Reino Unido")
    let f = k;
    while (f - 3 >= L && hasMark(items[f - 2], MB.coord) && items[f - 3]!.place && prepRole(items[f - 1]) === 'of') f -= 3;
    return workplaceIn(items, f - 1) >= 0 ? f : undefined;
  }
  return undefined;
}

/**
 * The place at `k` (role 'in') belongs to the subject: a noun of people or of an actor, or a nationality
 * used as one ("los bolivianos"), then at most three words ("que vivem", "living", "établis"), then
 * "em"/"in"/"en" and the place, then the verb. Returns the subject noun's index, or -1.
 */
function residentSubject(items: Item[], k: number, L: number): number {
  let p = k - 1;
  // ("em quintas da Austrália": past a plural noun of work or stay and its "of", see workplaceIn.)
  const w = workplaceIn(items, p);
  if (w >= 0) p = w;
  else if (hasMark(items[p], MB.det)) p--;
  if (prepRole(items[p]) !== 'in' && !residesAt(items, p)) return -1;
  p--;
  // ("A Embraer, sediada em São José dos Campos, entregou", "A shipyard based in Vigo delivered", "El astillero Navantia, con sede
  // en Ferrol, entregó": a maker said to be based somewhere acts from there; an organisation's seat is no end, see roles.ts.)
  if (SEATED.has(items[p]?.lower ?? '') && p - 1 >= L && makerBefore(items, p)) {
    let h = p - 1;
    while (h > L && (isComma(items[h]) || WITH.has(items[h]!.lower))) h--;
    return h;
  }
  // (and the people's nationality: "travailleurs sénégalais établis en France")
  for (let n = 0; n < 3 && p > L && (!items[p]!.place || items[p]!.place!.via === 'demonym') && !items[p]!.trig && !items[p]!.cargo && !isComma(items[p]) && !hasMark(items[p], MB.actor) && !RESIDENTS.has(items[p]!.lower); n++) {
    if (items[p]!.place && hasMark(items[p - 1], MB.det)) break;
    p--;
  }
  if (p < L) return -1;
  const head = items[p];
  if (!head || head.trig) return -1;
  // ("Filipinos in Saudi Arabia sent…": a nationality opening the clause is a noun too.)
  // ("Myanmar workers in Thailand remitted": so is a country's name before a noun of people; "...: Filipinos in Qatar sent", after a
  // colon or a semicolon, opens a clause too.)
  if (head.place) return (head.place.via === 'demonym' || (head.place.via === 'name' && isPeople(items[p + 1]))) && (hasMark(items[p - 1], MB.det) || p === L || items[p - 1]?.lower === ':' || items[p - 1]?.lower === ';') ? p : -1;
  return hasMark(head, MB.actor) || RESIDENTS.has(head.lower) || head.tags.some((g) => g.k === 'cargo' && g.cat === 'people') ? p : -1;
}

function refine(items: Item[], roles: Array<Role | undefined>, chosen: number | undefined, a: number, b: number, fam: (r: Role, k: number) => boolean, toEnd = false): number | undefined {
  if (chosen === undefined) return chosen;
  const p = items[chosen]!.place!.place;
  let best = chosen;
  let bestRank = rankOf(p);
  for (let k = a; k <= b; k++) {
    // ("As vendas à Ucrânia estão suspensas desde 2022, quando a refinaria de Mykolaiv deixou de funcionar": not
    // past a clause of time; "vers l'Arabie saoudite, après la mort de deux Malgaches employées à Riyad": nor past
    // "after" (the lexicons' 'after' marker) for a destination: "…, tras una travesía desde Sídney" still says where from.)
    if (k > chosen && (WHEN.has(items[k]!.lower) || (toEnd && hasMark(items[k], MB.after))) && isComma(items[k - 1])) break;
    // ("enviado militares ao Azerbaijão durante a ofensiva de 2023 em Nagorno-Karabakh", "during the offensive in": nor past a
    // phrase of time, whose places are where the event happened.)
    if (k > chosen && DURING.has(items[k]!.lower)) break;
    const r = roles[k];
    const q = items[k]?.place?.place;
    if (!r || !q || items[k]!.paren || !fam(r, k) || q.country !== p.country) continue;
    const rank = rankOf(q);
    if (rank < bestRank) {
      best = k;
      bestRank = rank;
    }
  }
  return best;
}

/** Words of "including" that open a list of what a transfer holds. */
const INCLUDING = /^(?:compren|inclu|includ|notamment|nomeadamente|namely|incluy)/;
/** A word naming gas itself. */
const GAS_WORD = /g[aá]s|gnl|lng|glp|gpl/;
/** Adverbs that lead on to a destination ("sobretudo para", "surtout vers", "especially to"). */
const LEADING: ReadonlySet<string> = new Set(['sobretudo', 'surtout', 'especially', 'notably', 'above', 'sobre', 'primarily', 'chiefly']);
/** "In turn" opening a sentence or right after its short subject ("El país, a su vez, importa", "O país, por sua vez,"). */
const IN_TURN = /^\s*(?:(?:(?:o|a|el|la|le|the)\s+|l['’]\s*)[\p{L}-]+(?:\s+[\p{L}-]+)?,\s*)?(?:a su vez|por sua vez|à son tour|in turn)\b/iu;
/** A sentence opening that turns the other way ("Em sentido inverso", "Por su parte", "En revanche", "Conversely"). */
const CONTRARY = /^\s*(?:(?:em|no) sentido (?:inverso|contr[áa]rio)|na dire[çc][ãa]o (?:inversa|contr[áa]ria|oposta)|en (?:sentido|la direcci[óo]n) (?:inverso|inversa|contrari[oa]|opuest[oa])|a la inversa|por (?:sua|su) parte|en revanche|en sens (?:inverse|contraire)|dans l'autre sens|[àa] l'inverse|inversement|conversely|in the other direction|in turn|on the other hand|(?:do|no) lado das importa[çc][õo]es|del lado de las importaciones|(?:du )?c[ôo]t[ée] (?:des )?importations|on the import(?:s)? side|parad[oó]jicamente|paradoxalmente|paradoxalement|paradoxically)/i;
/**
 * "Japan's foreign minister will travel to the Philippines [...]. She will arrive in Manila": a visit to a country
 * that a visit of the article from the same country places more precisely (a city or region in that country) is
 * that visit, stated once more: its quotes join the most specific one (the first, in text order) and it goes. (Goods stay: an article
 * may state a delivery to a country and, apart, to one of its ports.) Linear in the flows.
 */
function specificVisits(flows: Flow[], places: Place[]): Flow[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const inside = new Map<string, Flow>();
  // (Keyed by the traveller's country too: "Modi will visit Japan. Chinese Premier Li Qiang arrived in Tokyo" are two visits.)
  const key = (f: Flow, country: string): string => `${byId.get(f.from)?.country}|${country}`;
  for (const f of flows) {
    const to = byId.get(f.to);
    if (f.category === 'visit' && to && to.kind !== 'country' && to.country && !inside.has(key(f, to.country))) inside.set(key(f, to.country), f);
  }
  if (inside.size === 0) return flows;
  const out: Flow[] = [];
  for (const f of flows) {
    const to = byId.get(f.to);
    const from = byId.get(f.from);
    const specific = f.category === 'visit' && to?.kind === 'country' && to.country ? inside.get(key(f, to.country)) : undefined;
    // (Only for a traveller from elsewhere: "Lula voltou ao Brasil" after "visitou São Paulo" is no such visit.)
    if (!specific || from?.country === to!.country) {
      out.push(f);
      continue;
    }
    for (const q of f.quotes) if (!specific.quotes.some((x) => x.start === q.start)) specific.quotes.push(q);
    specific.quotes.sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * "Cambodia deported 280 Chinese nationals, flying them from Sihanoukville to Nanjing": a flow between two countries that
 * only the sentences of a flow of the same goods between places inside them state is that flow, told less precisely; it
 * is kept at its most specific. Only for people and troops, whose journey a sentence may tell twice over ("deported ..., flying
 * them from"); goods of one category may be two kinds ("exported beef to China, while soybeans were shipped from Santos").
 */
/** Words of a part of what was counted ("of whom", "some of", "dont", "de los cuales", "a maioria"). */
const PART_OF = /\b(?:of whom|of which|some of|most of|dos quais|das quais|de los cuales|de las cuales|dont|la mayor[ií]a|a maioria|la plupart)\b/i;
function specificFlows(flows: Flow[], places: Place[]): Flow[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const country = (id: string): string | undefined => byId.get(id)?.country;
  const within = (inner: string, outer: string): boolean => inner === outer || (byId.get(outer)?.kind === 'country' && country(inner) !== undefined && country(inner) === country(outer));
  const finer = new Map<Flow, Flow>();
  const travellers = flows.filter((f) => f.category === 'people' || f.category === 'troops');
  for (const f of travellers) {
    for (const g of travellers) {
      if (g === f || g.category !== f.category || g.from === f.from || g.to === f.to || !within(g.from, f.from) || !within(g.to, f.to)) continue;
      // (Not a part of it, counted apart or not: "deported 9,100 Malawians, of whom about 1,400 were flown from Johannesburg to
      // Lilongwe", "some of whom were flown"; nor one of another status, "has deported Chinese nationals and plans to fly more".)
      if ((f.quantity != null && f.quantity !== g.quantity) || f.status !== g.status || f.quotes.some((q) => PART_OF.test(q.text))) continue;
      if (f.quotes.every((q) => g.quotes.some((x) => x.start === q.start))) {
        finer.set(f, g);
        break;
      }
    }
  }
  return finer.size === 0 ? flows : flows.filter((f) => !finer.has(f));
}

/**
 * Before the verb at v (from the clause start L), an official or delegation with no nationality or name ("o
 * Presidente", "a comitiva", "the delegation"), or no subject at all past a sentence-opening adverb of sequence
 * ("Depois, seguirá para Minsk") and a phrase of where from ("Da capital russa, ...").
 */
function unnamedTraveller(items: Item[], L: number, v: number): boolean {
  let actor = false;
  for (let k = L; k < v; k++) {
    const it = items[k]!;
    if (it.place) {
      const b = items[hasMark(items[k - 1], MB.geo) ? k - 2 : k - 1];
      const p = prepRole(b);
      if (p !== 'from' && p !== 'of' && !hasMark(b, MB.after)) return false;
      continue;
    }
    // (Only a delegation or a word for a head of state the article already named: "o Presidente da República", "le
    // Premier ministre" or "the King" may be the host's.)
    if (hasMark(it, MB.actor) && it.tok === 'word' && hasMark(items[k - 1], MB.det) && !items[k + 1]?.cap && visitorWord(items, k)) actor = true;
    else if (it.tok === 'word' && !hasMark(it, MB.det | MB.geo | MB.aux | MB.after | MB.plan | MB.condAux) && prepRole(it) === null && !SEQUENCE_ADVERBS.has(it.lower)) return false;
  }
  return actor || (L === 0 && v > 0 && SEQUENCE_ADVERBS.has(items[0]!.lower));
}
/**
 * The place at k (after "in"/"em"/"en") when it locates the clause's subject noun: the clause opens with that noun
 * (after an article), a plain lower-case plural ("Refiners in South Korea", "Os importadores na China", "Les
 * acheteurs en Inde").
 */
function locatedSubject(items: Item[], L: number, k: number): number | undefined {
  const p = hasMark(items[k - 1], MB.det) && prepRole(items[k - 1]) === null ? k - 2 : k - 1;
  if (prepRole(items[p]) !== 'in') return undefined;
  const head = items[p - 1];
  if (!head || !isPlain(head) || head.trig || !/s$/.test(head.lower) || head.lower.length < 5) return undefined;
  const start = hasMark(items[p - 2], MB.det) ? p - 2 : p - 1;
  if (start !== L) return undefined;
  return head.cap && start === p - 1 ? (L === 0 ? k : undefined) : k;
}

/** The official body at k when it is the object of the verb at v: a few words after it, no comma between ("financiar a marinha timorense"). */
function objectBody(items: Item[], v: number, k: number | undefined): number | undefined {
  if (k === undefined || k - v > 5) return undefined;
  for (let j = v + 1; j < k; j++) if (isComma(items[j]) || items[j]!.trig) return undefined;
  return k;
}

/** Relative adverbs of place that name a direction by themselves ("aonde", "adonde"). */
const TO_WHERE: ReadonlySet<string> = new Set(['aonde', 'adonde']);
/**
 * Within a few words before the verb at v, a relative adverb of direction or origin right after a comma and the places it
 * stands for: "Omã, para onde", "Japón, Filipinas y Corea del Sur, adonde", "Niamey, d'où", "Kinshasa, de onde". A bare
 * "onde"/"where"/"où" names where something is, no direction, and is left alone.
 */
function placeRelative(items: Item[], v: number): { way: 'to' | 'from'; places: number[] } | undefined {
  for (let k = v - 1; k >= Math.max(2, v - 8); k--) {
    const w = items[k]!.lower;
    const bare = LOCATIVE_REL.has(w);
    if (!bare && !TO_WHERE.has(w)) {
      if (isComma(items[k]) || items[k]!.tok === 'punct') return undefined;
      continue;
    }
    const pr = bare ? prepRole(items[k - 1]) : 'to';
    const way = pr === 'to' ? 'to' : pr === 'from' || pr === 'of' ? 'from' : undefined;
    if (!way) return undefined;
    let a = bare ? k - 2 : k - 1;
    if (!isComma(items[a])) return undefined;
    a--;
    if (!items[a]?.place || items[a]!.place!.via === 'demonym') return undefined;
    const places = [a];
    // (the places listed before it: "Japón, Filipinas y Corea del Sur")
    for (let j = a - 1; j >= 1; ) {
      const g = hasMark(items[j], MB.det) ? j - 1 : j;
      if (!(isComma(items[g]) || hasMark(items[g], MB.coord))) break;
      const p = hasMark(items[g - 1], MB.det) ? g - 2 : g - 1;
      if (!items[p]?.place || items[p]!.place!.via === 'demonym') break;
      places.unshift(p);
      j = p - 1;
    }
    return { way, places };
  }
  return undefined;
}

/**
 * Before the verb at v (from the clause start L), an official named by office alone: an article, an official's word
 * (no company, no nationality, no place) and its portfolio or name ("O ministro dos Recursos Minerais, Petróleo e
 * Gás", "The foreign minister", "La ministre de l'Agriculture, Annie Genevard,").
 */
function officeOnly(items: Item[], L: number, v: number): boolean {
  let k = v - 1;
  // (past "plans to", "is due to", "is set to": an English infinitive's "to" and the words of a plan before it)
  while (k >= L && (hasMark(items[k], MB.aux | MB.passiveAux | MB.plan | MB.condAux) || (k === v - 1 && items[k]!.lower === 'to') || (k < v - 1 && DUE_WORDS.has(items[k]!.lower)))) k--;
  // (back over the portfolio or the name, to the official's word)
  let actor = -1;
  for (; k >= L && actor < 0; k--) {
    const it = items[k]!;
    if (it.place || it.trig) return false;
    if (hasMark(it, MB.actor) && it.tok === 'word' && !COMPANY.has(it.lower) && !DELEGATION.test(it.lower)) actor = k;
    else if (!(it.cap || isComma(it) || prepRole(it) === 'of' || hasMark(it, MB.det | MB.coord))) return false;
  }
  if (actor < 0) return false;
  // (an article before it, and nothing before that in the sentence but a dateline's dash)
  let j = actor - 1;
  // ("The foreign minister", "Le ministre des Affaires étrangères": the official's words before it, and the title the
  // portfolio is of)
  while (j >= L && !items[j]!.place && (hasMark(items[j], MB.actor) || (items[j]!.cap && isPlain(items[j])) || (hasMark(items[j], MB.det) && hasMark(items[j - 1], MB.actor)) || (prepRole(items[j]) === 'of' && hasMark(items[j - 1], MB.actor | MB.det)))) j--;
  if (j >= L && hasMark(items[j], MB.det)) j--;
  return j < L || (items[j]!.tok === 'punct' && !isComma(items[j]));
}
/** Words of a plan before an English infinitive the lexicon's marks of plan do not cover ("is due to", "is scheduled to"). */
const DUE_WORDS: ReadonlySet<string> = new Set(['due', 'scheduled', 'slated', 'poised', 'going', 'hopes', 'wants']);
/** A delegation, "el mandatario", or "the head of state" ("le chef de l'État", "o chefe de Estado"): the visitor taken up again. */
function visitorWord(items: Item[], k: number): boolean {
  const w = items[k]!.lower;
  if (DELEGATION.test(w) || w === 'mandatario' || w === 'mandatária' || w === 'mandatário' || w === 'mandataria') return true;
  const of = prepRole(items[k + 1]) === 'of' ? (hasMark(items[k + 2], MB.det) ? k + 3 : k + 2) : -1;
  return (w === 'chef' || w === 'chefe' || w === 'jefe' || w === 'head') && of > 0 && /^(?:[ée]tat|estado|state)$/.test(items[of]?.lower ?? '');
}
/** Adverbs of sequence opening a sentence ("Depois", "Then", "Ensuite", "Luego"). */
const SEQUENCE_ADVERBS: ReadonlySet<string> = new Set(['depois', 'seguidamente', 'posteriormente', 'then', 'later', 'afterwards', 'next', 'ensuite', 'puis', 'después', 'luego', 'amanhã', 'tomorrow', 'demain', 'mañana']);

/**
 * Right after the verb at v, a destination of markets or buyers at large: "embarcada para os mercados externos",
 * "shipped on to other markets", "expédiés vers des clients asiatiques". (A bare "a"/"as" may
 * be an article, so it is none.)
 */
function unplacedDestination(items: Item[], v: number): boolean {
  for (let k = v + 1; k <= v + 6 && k < items.length; k++) {
    const it = items[k]!;
    if (it.place || isComma(it) || it.tok === 'punct') return false;
    if (prepRole(it) !== 'to' || it.lower === 'a' || it.lower === 'as') continue;
    let n = k + 1;
    while (n < k + 3 && (hasMark(items[n], MB.det) || OTHER_WORDS.has(items[n]?.lower ?? ''))) n++;
    // ("halted fuel deliveries to Myawaddy": a name the places stage does not know is still the destination the text gives;
    // another place of the discourse would be a guess.)
    const x = items[n];
    // (Not a body named with "of": "livrer des armes aux Forces de soutien rapide" arms the forces of a country the discourse names.)
    if (x && x.cap && !x.place && x.tok === 'word' && !x.cargo && !x.trig && n === k + 1 && prepRole(items[n + 1]) !== 'of') return true;
    return MARKETS.test(x?.lower ?? '');
  }
  return false;
}
/** Markets or buyers at large ("mercados", "markets", "clients"; not "al exterior", an export whose buyers may follow). */
const MARKETS = /^(?:mercados?|markets?|march[ée]s?|clientes?|clients?|customers?|buyers?|compradores?|acheteurs?)$/;
/** "other" ("outros mercados", "other markets", "d'autres clients"). */
const OTHER_WORDS: ReadonlySet<string> = new Set(['outros', 'outras', 'other', 'otros', 'otras', 'autres', 'd', 'foreign', 'novos', 'new', 'nuevos', 'nouveaux']);
/** Is there a place of the given role strictly between a and b? */
function hasRoleBetween(roles: Array<Role | undefined>, a: number, b: number, role: Role['role']): boolean {
  for (let k = a + 1; k < b; k++) if (roles[k]?.role === role) return true;
  return false;
}

/** Is the nationality at k on an actor noun after "by" ("por el Gobierno británico", "by the British government")? */
function byActor(items: Item[], k: number): boolean {
  // (the actor noun before the nationality, or after it in English: "by the British government")
  let a = hasMark(items[k - 1], MB.actor) ? k - 1 : hasMark(items[k + 1], MB.actor) ? k : -1;
  if (a < 0) return false;
  a--;
  if (hasMark(items[a], MB.det)) a--;
  return prepRole(items[a]) === 'by';
}
/** Is the place at k where people or officials named after "by"/"por"/"par" are ("pelos emigrantes em França", "by migrants in the US")? */
function byLocated(items: Item[], k: number): boolean {
  let p = k - 1;
  if (hasMark(items[p], MB.det) && prepRole(items[p]) === null) p--;
  if (prepRole(items[p]) !== 'in' || items[p]!.place) return false;
  const q = p - 1;
  if (!(isPeople(items[q]) || (hasMark(items[q], MB.actor) && !items[q]!.place && !items[q]!.cap))) return false;
  let a = q - 1;
  if (hasMark(items[a], MB.det) && prepRole(items[a]) === null) a--;
  return prepRole(items[a]) === 'by';
}
/** Is the nationality at k on a body named after "by"/"par"/"por" ("par la Sécurité civile française", "by the French Red Cross")? */
function byBody(items: Item[], k: number): boolean {
  const body = (it: Item | undefined): boolean => !!it && !it.place && !it.cargo && !it.trig && it.tok === 'word' && (it.cap || isPlain(it));
  // (the body's words before the nationality, or after it in English: "by the French civil protection agency")
  let a = k - 1;
  let n = 0;
  while (n < 3 && body(items[a])) { a--; n++; }
  if (n === 0 && body(items[k + 1])) a = k - 1;
  else if (n === 0) return false;
  if (hasMark(items[a], MB.det)) a--;
  return prepRole(items[a]) === 'by';
}
/** Does the sentence open with the preposition of the place at k ("Desde los puertos neerlandeses,", "From the Netherlands,")? */
function frontedAt(items: Item[], k: number): boolean {
  let p = k - 1;
  while (p > 0 && k - p <= 3 && !items[p]!.prep) p--;
  return p === 0 && !!items[0]!.prep;
}
/** Verbs of sharing goods out among places ("repartido entre", "réparti entre", "split between"). */
const SHARED_OUT = / (?:entre|between|among)$/;
/** Verbs a total is given by ("sumaron", "somaram", "totalled", "reached", "ont atteint", "ascendieron"). */
const SUM_VERBS: ReadonlySet<string> = new Set(['sumaron', 'sumó', 'suman', 'sumaban', 'somaram', 'somou', 'somam', 'somavam', 'totalled', 'totaled', 'totalling', 'amounted', 'reached', 'alcanzaron', 'alcanzó', 'ascendieron', 'ascendió', 'atingiram', 'atingiu', 'atteint', 'totalisé', 'élevées', 'élevés', 'élevé', 'élevée', ...['fixaram-se', 'fixou-se', 'se fixaram', 'se fixou'].flatMap((v) => ['em', 'no', 'nos', 'na', 'nas'].map((p) => `${v} ${p}`))]);
/** Words that restate the quantity before them after a comma: "soit", "ou seja", "es decir", "o sea", "that is". */
const RESTATING: ReadonlyMap<string, string | undefined> = new Map([['soit', undefined], ['seja', 'ou'], ['decir', 'es'], ['sea', 'o'], ['is', 'that']]);
/**
 * Without the transfer nouns of a restatement ("La Russie a importé 1,06 million de voitures de Chine, soit plus de la moitié des
 * ventes dans le pays", "ou seja, metade das vendas"): a share of the goods just counted states no transfer of its own. A noun up to
 * eight items after the restating word, with no verb, place or clause break between.
 */
function withoutRestatements(items: Item[], triggers: Trigger[]): Trigger[] {
  return triggers.filter((t) => {
    if (t.mood !== 'noun') return true;
    for (let j = t.idx - 1; j >= Math.max(1, t.idx - 8); j--) {
      const w = items[j]!;
      if (w.trig || w.place || isBoundary(items, j)) return true;
      if (!RESTATING.has(w.lower)) continue;
      const opener = RESTATING.get(w.lower);
      if (opener !== undefined && items[j - 1]?.lower !== opener) return true;
      return !isComma(items[opener === undefined ? j - 1 : j - 2]);
    }
    return true;
  });
}

/**
 * "Imports from China reached $14.2 billion", "Las exportaciones chilenas a China alcanzaron 21.400 millones de dólares", "Les
 * exportations vers les États-Unis ont atteint 1,1 milliard": a verb of totalling right after a trade noun's clause, before an
 * amount, gives the value of that trade (read with the noun: see sumVerbAfter); it is no verb of moving ("reached the port") itself.
 */
function withoutTotals(items: Item[], triggers: Trigger[]): Trigger[] {
  return triggers.filter((t, i) => {
    const p = triggers[i - 1];
    if (!p || p.mood !== 'noun' || t.mood === 'noun' || t.idx - p.idx > 14 || !SUM_VERBS.has(items[t.idx]!.lower) || !COMMERCIAL.test(items[p.idx]!.lower)) return true;
    for (let j = t.idx + 1; j <= t.idx + 3 && j < items.length; j++) {
      if (items[j]!.place || items[j]!.trig) return true;
      if (isNumeral(items[j])) return false;
    }
    return true;
  });
}
/** The amount of money right after the verb of totalling at v ("totalled $21.4 billion", "alcanzaron 2.300 millones de dólares"), and its currency, or null. */
function valueAfter(items: Item[], v: number, R: number, decimalComma: boolean): { q: Quantity | null; unit: string } | null {
  for (let j = v + 1; j <= Math.min(R, v + 6); j++) {
    if (items[j]!.place || items[j]!.tok === 'punct') return null;
    const cur = items[j]!.tags.find((g) => g.k === 'cur');
    if (cur && cur.k === 'cur') return { q: quantityAt(items, j, decimalComma), unit: cur.code };
  }
  return null;
}
/** How many places in [a, b] take the role of a destination ("para o Chile e o Paraguai": 2), counted up to 2. */
function destinations(roles: Array<Role | undefined>, a: number, b: number): number {
  let n = 0;
  for (let k = a; k <= b && n < 2; k++) if (roles[k]?.role === 'to') n++;
  return n;
}
/**
 * "Le président du Kazakhstan a été reçu lundi à Paris pour une visite d'État", "Kazakhstan's president was received in Paris", "foi
 * recebido em Paris": an official received, in the passive, with no goods in the clause, arrived there; the participle is read as a
 * verb of arriving.
 */
function welcomedOfficials(items: Item[], triggers: Trigger[]): Trigger[] {
  return triggers.map((t, i) => {
    if (t.cls !== 'receive' || t.mood !== 'part' || !hasMark(items[t.idx - 1], MB.passiveAux)) return t;
    // (the official before the verb, with no goods or other verb between)
    let official = false;
    for (let k = t.idx - 2; k >= Math.max(0, t.idx - 14) && !official; k--) {
      const it = items[k]!;
      if (it.cargo || it.trig) break;
      official = hasMark(it, MB.actor) && !it.cap;
    }
    if (!official) return t;
    // (and no goods received after it: "was received with 40 tonnes of aid" is a receipt)
    const end = Math.min(items.length, triggers[i + 1]?.idx ?? items.length, t.idx + 14);
    for (let k = t.idx + 1; k < end; k++) if (items[k]!.cargo && !items[k]!.tags.some((g) => g.k === 'cargo' && g.cat === 'visit')) return t;
    return { ...t, cls: 'move' };
  });
}

/** Package nouns that are the measure of goods a transfer names, no transfers of their own (see the rules inside). */
function withoutPackages(items: Item[], triggers: Trigger[]): Trigger[] {
  return triggers.filter((t, i) => {
    const p = triggers[i - 1];
    // ("la junte a confirmé l'arrivée à Niamey d'un lot de munitions", "o envio de um lote de vacinas": a package noun the
    // transfer just named governs is its goods' measure, no transfer of its own.)
    // ("recibió los primeros 14 vehículos blindados de un lote de 30": so is one the goods themselves are "of", past adjectives.)
    if (p && t.mood === 'noun' && hasMark(items[t.idx], MB.pack)) {
      const of = prepRole(items[t.idx - 1]) === 'of' ? t.idx - 1 : hasMark(items[t.idx - 1], MB.det) && prepRole(items[t.idx - 2]) === 'of' ? t.idx - 2 : -1;
      if (of >= 0 && t.idx - p.idx <= 8 && !hasBefore(items, t.idx, p.idx + 1, t.idx - p.idx - 1, (x) => isComma(x) || !!x.trig)) return false;
      if (of >= 0 && of > p.idx + 1 && hasBefore(items, of, p.idx + 1, 3, isCargo) && !hasBefore(items, of, p.idx + 1, of - p.idx - 1, (x) => isComma(x) || !!x.trig)) return false;
    }
    return true;
  });
}
/** A verb of totalling after the noun at k, before the clause's end R: its index, or -1. */
function sumVerbAfter(items: Item[], k: number, R: number): number {
  for (let j = k + 1; j <= Math.min(R, k + 14); j++) {
    if (SUM_VERBS.has(items[j]!.lower)) return j;
    // ("purchases from Russia slipped to $12.9 billion", "las compras a Rusia cayeron a 900 millones", "les ventes ont reculé à"):
    // a verb of change with the level it came to.
    if (LEVEL_VERBS.test(items[j]!.lower) && j < R && prepRole(items[j + 1]) === 'to' && !items[j + 2]?.place) return j + 1;
  }
  return -1;
}
/** Verbs of change a level is given after ("rose to", "cayeron a", "subiram para", "ont reculé à"). */
const LEVEL_VERBS = /^(?:rose|fell|slipped|slid|climbed|dropped|grew|jumped|increased|declined|decreased|surged|soared|plunged|subieron|subi[óo]|cayeron|cay[óo]|crecieron|creci[óo]|aumentaron|aument[óo]|bajaron|baj[óo]|descendieron|descendi[óo]|subiram|subiu|ca[íi]ram|caiu|cresceram|cresceu|aumentaram|aumentou|recuaram|recuou|baixaram|baixou|grimp[ée]|chut[ée]|recul[ée]|augment[ée]|progress[ée]|diminu[ée]|baiss[ée]|bondi)$/;
/** "Outros 1.300 cidadãos", "Another 500 migrants", "D'autres réfugiés": a word of "other" opening the subject, people after it. */
function otherPeopleBefore(items: Item[], L: number, v: number): boolean {
  for (let k = L; k < v && k <= L + 4; k++) {
    if (!ELLIPSIS_BEFORE.has(items[k]!.lower) || items[k]!.lower === 'mais') continue;
    for (let j = k + 1; j < v && j <= k + 4; j++) if (items[j]!.tags.some((g) => g.k === 'cargo' && g.cat === 'people')) return true;
  }
  return false;
}
/**
 * "el presidente argentino tiene previsto devolver la visita con un viaje a Santiago": the nationality of the official
 * nearest before a visit noun, past other words of the sentence but not past another place.
 */
function actorBefore(items: Item[], roles: Array<Role | undefined>, v: number): number | undefined {
  for (let k = v - 1; k >= Math.max(0, v - 20); k--) {
    if (!items[k]!.place) continue;
    return roles[k]?.role === 'actor' ? k : undefined;
  }
  return undefined;
}
/** A nationality on goods after k, within the clause ("de productos chinos"): its index, or undefined. */
function originOfGoodsAfter(roles: Array<Role | undefined>, k: number, R: number): number | undefined {
  for (let j = k + 1; j <= Math.min(R, k + 6); j++) if (roles[j]?.role === 'origin' && roles[j]?.head === 'cargo') return j;
  return undefined;
}
/** The delegation or envoy that is the object of the verb at v ("enviará em janeiro uma delegação", "a trade delegation"), or -1. */
function delegationObject(items: Item[], v: number, R: number): number {
  for (let k = v + 1; k <= Math.min(R, v + 6); k++) {
    const it = items[k]!;
    if (it.place || it.tok === 'punct' || it.trig || it.cargo) return -1;
    if (DELEGATION.test(it.lower)) return k;
  }
  return -1;
}
/** A weight carried in the clause [L, R] ("avec 5 200 tonnes à son bord", "carrying 40,000 tonnes", "com 30 mil toneladas"): its unit's index, or -1. */
function carriedWeight(items: Item[], L: number, R: number): number {
  for (let k = L; k <= R; k++) {
    if (!WEIGHTS.test(items[k]!.lower) || items[k - 1]?.tok !== 'num') continue;
    for (let j = k - 2; j >= Math.max(L, k - 5); j--) if (WITH.has(items[j]!.lower) || hasMark(items[j], MB.carrier)) return k;
  }
  return -1;
}
/**
 * "Espanha, o primeiro país a responder ao pedido de Lisboa, enviou": the place before an apposition that opens
 * with an article after a comma and closes with a comma right before the verb at v (auxiliaries aside), with no
 * transfer of its own; undefined if none.
 */
function articleApposition(items: Item[], L: number, v: number): number | undefined {
  let c = v - 1;
  while (c > L && hasMark(items[c], MB.aux | MB.plan | MB.condAux | MB.passiveAux)) c--;
  if (!isComma(items[c])) return undefined;
  for (let j = c - 1; j > L && c - j <= 16; j--) {
    const it = items[j]!;
    // (a transfer noun after a preposition is part of it: "ao pedido de ajuda de Lisboa")
    if ((it.trig && prepRole(items[j - 1]) === null) || hasMark(it, MB.rel) || (it.tok === 'punct' && !isComma(it))) return undefined;
    if (!isComma(it)) continue;
    return hasMark(items[j + 1], MB.det) && !items[j + 2]?.place && items[j - 1]?.place && j - 1 >= L ? j - 1 : undefined;
  }
  return undefined;
}
/** Verbs of transferring people on from where they are ("trasladados", "transferidos", "transférés", "relocated"). */
const ONWARD = /^(?:traslad|transfer|transf[ée]r|relocat|reubica|realoja|realocad)/;
/** Paying ("pagar", "pay", "payer"). */
const PAY = /^(?:pag|pay|pai[de]|paie)/;
/** What a payment is for ("for", "pour", "por", "pelo", "pela"). */
const PAID_FOR: ReadonlySet<string> = new Set(['for', 'pour', 'por', 'pelo', 'pela', 'pelos', 'pelas']);
/** Units a price is given per, in the singular after an article or "per" ("la tonelada ... se paga a 420 euros"). */
const PER_UNIT: ReadonlySet<string> = new Set(['tonelada', 'tonne', 'ton', 'barril', 'barrel', 'baril', 'quilo', 'kilo', 'litro', 'litre', 'liter', 'saca', 'saco']);
/** Absorbing (a market taking goods). */
const ABSORB = /^(?:absorb|absorv)/;
/** Trainers (who give training, even when they begin it). */
const TRAINERS = /^(?:instru|formad|formateur|entrenador|trainer|advis|asesor|assessor|conseill|coach|treinador|mentor)/;
/** Verbs of completing or undergoing training (its trainees as their subject). */
const UNDERGO = /^(?:conclu|complet|termin|achev|finish|underw|underg|recib|receb|re[cç]u|suiv|sigu|segu|frequent|attend|cursa|comenz|começ|commenc|inici|began|begun|start|spen[dt]|realiz|hic|hiz|fiz|fez|faz|hace|effectu|font$|fait$|faire$|faisai|feront$|fera$|took|tak|particip)/;
/** Verbs of selling and exporting (their goods may go unsaid: "started selling directly to Mexico"). */
const SELL = /^(?:sell|sold|vend|export)/;
/**
 * Plain words for lots of goods that name none of their own ("spot cargoes", "lotes"). Nouns of a consignment
 * ("shipments", "remessas") are triggers and "cargo", "carga", "cargaison" are cargo words: neither is plain.
 */
const SHIPMENT_WORDS: ReadonlySet<string> = new Set(['cargoes', 'supplies', 'volumes', 'batches', 'lots', 'lotes']);
/** A gerund by its form, in each language ("eludiendo", "evitando", "contournant", "bypassing"). */
const GERUND: Readonly<Record<Lang, RegExp>> = { pt: /^\p{L}{3,}ndo$/u, es: /^\p{L}{3,}ndo$/u, fr: /^\p{L}{4,}ant$/u, en: /^\p{L}{4,}ing$/u };
/** Words of those forms that are no gerunds ("quando", "segundo", "pendant", "cependant", "something", "morning"). */
const NOT_GERUNDS: ReadonlySet<string> = new Set(['quando', 'cuando', 'segundo', 'mundo', 'fundo', 'fondo', 'pendant', 'cependant', 'maintenant', 'suivant', 'durant', 'auparavant', 'avant', 'devant', 'something', 'nothing', 'anything', 'everything', 'morning', 'evening', 'during', 'according', 'including', 'following', 'regarding', 'concerning', 'notwithstanding']);
/** Goods counted by weight. */
const BULK_CATS: ReadonlySet<FlowCategory> = new Set(['oil', 'other', 'aid']);
/** Units of weight (goods whatever they are). */
const WEIGHTS = /^(?:toneladas?|tonnes?|tons?|quilos|kilos|kg|quilogramas|kilogramos|kilogrammes|kilograms)$/;
/** "when" opening a clause of time, in the four languages. */
const WHEN: ReadonlySet<string> = new Set(['quando', 'cuando', 'when', 'quand', 'lorsque', 'lorsqu']);
/** Nouns lent that are no money or goods: "prestar su territorio", "prestó apoyo", "lend its voice", "prête à" (ready to). */
const LENT_NO_GOODS: ReadonlySet<string> = new Set([
  'territorio', 'território', 'territory', 'territoire', 'apoyo', 'apoio', 'support', 'soutien', 'voz', 'voice', 'voix', 'atención', 'atenção',
  'attention', 'servicio', 'servicios', 'serviço', 'serviços', 'service', 'services', 'juramento', 'oath', 'serment', 'asistencia', 'assistência',
  'assistance', 'colaboración', 'colaboração', 'cooperación', 'cooperação', 'coopération', 'cooperation', 'credibility', 'credibilidad',
]);
/** Is the verb at v's direct object (articles or a possessive first) a noun lent that is no money or goods? */
function lentNoun(items: Item[], v: number, R: number): boolean {
  for (let k = v + 1; k <= Math.min(R, v + 3); k++) {
    const it = items[k]!;
    if (hasMark(it, MB.det) || POSSESSIVES.has(it.lower)) continue;
    // ("prête à annuler": the adjective "ready to", before an infinitive)
    if ((it.lower === 'à' || it.lower === 'a') && isPlain(items[k + 1]) && INFINITIVE.test(items[k + 1]!.lower)) return true;
    return LENT_NO_GOODS.has(it.lower);
  }
  return false;
}

/** What a verb of reinforcing moves: troops and arms ("reforçar a formação" strengthens, sends nothing). */
const MILITARY_CATS: ReadonlySet<FlowCategory> = new Set(['troops', 'vehicles', 'weapons', 'munitions', 'missiles']);


/** "About 20,000 arrived": a number (with its qualifier) opening the clause right before a journey verb. */
function barePeopleNumber(items: Item[], v0: number, L: number, decimalComma: boolean): Quantity | null {
  // ("About 1,400 were flown": past the passive's auxiliaries)
  let v = v0;
  while (v - 1 > L && hasMark(items[v - 1], MB.aux | MB.passiveAux)) v--;
  const n = items[v - 1];
  if (!n || n.tok !== 'num') return null;
  const q = quantityAt(items, v, decimalComma);
  if (!q || q.quantity === null) return null;
  let a = v - 1;
  while (a > L && items[a - 1]!.end > q.start) a--;
  // ("while some 27,500 went": an approximation may come first)
  while (a > L && (APPROX.has(items[a - 1]!.lower) || items[a - 1]!.tags.some((g) => g.k === 'qual'))) a--;
  const before = items[a - 1];
  // (", of whom about 1,400 were flown", ", dont 300 sont arrivés": a partitive's share)
  return a <= L || !before || isComma(before) || hasMark(before, MB.coord) || CLAUSE_OPENERS.has(before.lower) || COMPLEMENTIZER.has(before.lower) || partitiveRel(items, a - 1) ? q : null;
}

/**
 * The place owning the trade a share of which the verb at v moves: "45% of India's arms imports", "60% of
 * Brazil's soy exports", "70 % des armes importées par l'Algérie", "la mitad de las exportaciones de soja de
 * Brasil" (`cls` is the trade's: 'receive' for imports, 'send' for exports). A share (a number and "%", or
 * "most", "half", "la mitad", "la plupart") must open the object. Undefined when none.
 */
function shareOwner(items: Item[], v: number, R: number, cls: TriggerClass): number | undefined {
  const end = Math.min(items.length - 1, Math.max(R, v + 14));
  let k = v + 1;
  while (k <= end && (items[k]!.tok === 'num' || QUALIFIERS.has(items[k]!.lower) || items[k]!.tags.some((g) => g.k === 'qual') || hasMark(items[k], MB.det))) k++;
  // ("45 per cent", "45 por cento": two words)
  if (items[k - 1]?.tok === 'num' && PER.has(items[k]?.lower ?? '') && CENT.has(items[k + 1]?.lower ?? '')) k++;
  else if (!(items[k - 1]?.tok === 'num' && PERCENT.has(items[k]?.lower ?? '')) && !SHARES.has(items[k]?.lower ?? '')) return undefined;
  let place: number | undefined;
  for (let j = k + 1; j <= end; j++) {
    const it = items[j]!;
    if (it.place) {
      if (place !== undefined || it.place.via === 'demonym' && !isTradeNoun(items[j - 1], cls)) return place;
      place = j;
      continue;
    }
    // the trade noun, or a participle of it followed by its agent ("importées par l'Algérie")
    if (it.trig && it.tags.some((g) => (g.k === 'noun' || g.k === 'verb') && g.cls === cls)) {
      if (place !== undefined) return place;
      const a = prepRole(items[j + 1]) === 'by' ? (hasMark(items[j + 2], MB.det) ? j + 3 : j + 2) : -1;
      return a > 0 && items[a]?.place && items[a]!.place!.via !== 'demonym' ? a : undefined;
    }
    if (it.trig || (it.tok === 'punct' && it.lower !== "'")) return place !== undefined && isTradeNoun(items[j - 1], cls) ? place : undefined;
  }
  return undefined;
}
/**
 * The first amount in items starting within [a, b): money (a currency with its number: "$4.6 billion", "310
 * millones de dólares") or a measure ("2,3 milhões de toneladas"); a share in per cent is none.
 */
function amountBetween(items: Item[], a: number, b: number, decimalComma: boolean, cat?: FlowCategory): { q: Quantity | null; unit: string } {
  // (from the first item starting at or after a, by bisection: a long list of senders stays linear)
  for (let j = firstFrom(items, a); j < items.length; j++) {
    const it = items[j]!;
    if (it.start >= b) break;
    const cur = it.tags.find((t) => t.k === 'cur');
    // ("Italia fue el primer destino, con unos 310.000 barriles diarios": or a count of the goods themselves.)
    const goods = cat !== undefined && it.tags.some((t) => t.k === 'cargo' && t.cat === cat);
    if ((cur && cur.k === 'cur') || MEASURES.has(it.lower) || goods) {
      const q = quantityAt(items, j, decimalComma);
      // ("um dos maiores compradores de armas", "one of the largest buyers of arms": "one of" counts no goods.)
      if (q && oneOf(items, q.start)) continue;
      if (q) return { q, unit: cur && cur.k === 'cur' ? cur.code : /^ton/.test(it.lower) ? 'tonnes' : it.lower };
    }
  }
  return { q: null, unit: '' };
}

/** Does "one of" ("um dos", "una de las", "l'un des", "one of the") start at offset `at`? */
function oneOf(items: Item[], at: number): boolean {
  const k = firstFrom(items, at);
  return items[k]?.start === at && ONE_WORDS.has(items[k]!.lower) && prepRole(items[k + 1]) === 'of';
}

/** The index of the first of `xs` (sorted by start) that starts at or after `at`, by bisection; `xs.length` if none. */
function firstFrom(xs: ReadonlyArray<{ start: number }>, at: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const ONE_WORDS: ReadonlySet<string> = new Set(['um', 'uma', 'un', 'une', 'uno', 'una', 'one']);

/**
 * A share set off after a destination, up to the share's own destination: ", dont 400 000 tonnes pour le seul ", ", of which 400,000
 * tonnes went to ", ", das quais 400 mil para a ", ", de las cuales 400.000 a ", ", le reste étant parti surtout vers ", ", the rest to ".
 */
const SHARE_OF = new RegExp(
  String.raw`^\s*(?:\([^()]*\)\s*)?,\s*(?:dont|of which|including|incluindo|incluyendo|d[oa]s quais|de l[oa]s cuales|le reste|the rest|the remainder|o restante|o resto|el resto)\b(?:[^,;:.()]|(?<=\d)[.,](?=\d)){0,60}?\s(?:to|for|into|pour|vers|à destination d[eu]|à|au|aux|para|a|ao|al|hacia|con destino a)\s+(?:(?:the|le|la|les|o|a|os|as|el|los|las)\s+|l['’])?(?:seule?s?\s+|only\s+|sole\s+)?$`,
  'iu',
);
/**
 * Purchases or demand a sending owed itself to, up to the buyers: "gracias a las compras de", "thanks to purchases by", "driven by demand
 * from", "grâce aux achats de", "graças às compras da".
 */
const DEMAND_OF: Record<Lang, RegExp> = {
  en: /\b(?:thanks to|helped by|driven by|boosted by|buoyed by|on the back of)\s+(?:strong\s+|higher\s+|rising\s+)?(?:the\s+)?(?:purchases|demand|orders|buying)\s+(?:by|from)\s+(?:the\s+)?/i,
  es: /\b(?:gracias a|por)\s+(?:las?|los?)\s+(?:compras|pedidos|demanda)\s+(?:de|del)\s+(?:la\s+|el\s+)?/i,
  fr: /(?<!\p{L})(?:grâce aux?|portée?s? par|tirée?s? par)\s+(?:les\s+|la\s+)?(?:achats|commandes|demande)\s+(?:de la|de l['’]|du|des|de|d['’])\s*/iu,
  pt: /\b(?:graças (?:a|à|às|aos)|impulsionad[oa]s? pel[oa]s?)\s+(?:as\s+|os\s+|a\s+|o\s+)?(?:compras|encomendas|procura|demanda)\s+(?:d[oa]s?|de)\s*/i,
};

/** Glue between coordinated destinations of a share ("vers l'Éthiopie et le Kenya", "to Kenya, Ghana and Ethiopia"). */
const SHARE_COORD = /^\s*(?:,|,?\s*(?:and|et|e|y))\s*(?:(?:à|a|to|vers|para|al?|au|aux|of|de|da|do|das|dos|du|des|del)\s+|d['’])?(?:(?:the|le|la|les|o|a|os|as|el|los|las)\s+|l['’])?$/i;

/** Nouns of changing carriers on the way: where it happens is a stop, not a start. */
const TRANSIT = /^(?:transbordos?|trasbordos?|transbordements?|trans-?s?hipments?|ship-to-ship|escalas?|stopovers?|layovers?)$/;

/** Whether a word between `a` and `b` (exclusive) names a change of carrier or a stopover ("after transhipment in"). */
function transitBetween(items: Item[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (TRANSIT.test(items[k]!.lower)) return true;
  return false;
}

/**
 * The verb's place object `k` when only a short time phrase, articles and place nouns stand between them
 * ("rejoint ce mois-ci la base de Tapa"), else undefined.
 */
function farObject(items: Item[], v: number, k: number | undefined): number | undefined {
  if (k === undefined || k - v > 8) return undefined;
  for (let j = v + 1; j < k; j++) {
    const it = items[j]!;
    const pr = prepRole(it);
    if (it.place || it.trig || it.cargo || isComma(it) || it.tok === 'num' || (pr !== null && pr !== 'of') || it.cap) return undefined;
  }
  return k;
}

/** The first two coordinated places a "between" governs after the trigger ("entre a Venezuela e o Brasil"). */
function betweenPair(items: Item[], roles: Array<Role | undefined>, idx: number, R: number): [number, number] | undefined {
  for (let k = idx + 1; k <= R; k++) {
    if (roles[k]?.role !== 'between' || items[k]!.paren) continue;
    for (let j = k + 1; j <= R; j++) if (roles[j]?.role === 'between' && roles[j]?.coord === k) return [k, j];
    return undefined;
  }
  return undefined;
}

/**
 * Countries ranked after a share's owner: "well ahead of France and the United States", "loin devant la Chine
 * et l'Allemagne", "seguido de España y Chile", "followed by Spain": indices of the listed country names
 * (none after a relative pronoun or another verb).
 */
function rankedAfter(items: Item[], k0: number): number[] {
  const out: number[] = [];
  let j = k0 + 1;
  const stop = Math.min(items.length, k0 + 16);
  while (j < stop && !ranks(items[j]!.lower)) {
    // (A trade noun may close the share: "of India's arms imports, well ahead of".)
    const verb = items[j]!.trig && !items[j]!.tags.some((g) => g.k === 'noun');
    if (verb || hasMark(items[j], MB.rel) || (items[j]!.tok === 'punct' && items[j]!.lower !== ',')) return out;
    j++;
  }
  for (j++; j < Math.min(items.length, k0 + 30); j++) {
    const it = items[j]!;
    if (it.place) {
      // (a possessive names whose something follows: "ahead of Russia's exercises")
      if (it.place.via === 'demonym' || it.place.place.kind !== 'country' || items[j + 1]?.lower === 's') break;
      out.push(j);
      continue;
    }
    if (!(isComma(it) || hasMark(it, MB.coord) || hasMark(it, MB.det) || prepRole(it) === 'of' || prepRole(it) === 'by')) break;
  }
  return out;
}
/** Verbs of handing over ("handed over", "delivered", "entregues", "livrés", "transferred"). */
const HANDOVER = /^(?:hand|deliver|entreg|livr|transf|remis|cedid|cédé)/;


/** A word after which more suppliers or buyers are ranked ("followed by", "seguido de", "ahead of", "devant"). */
function ranks(word: string): boolean {
  // (not "que", nor "after"/"après", which are as often a time: "after France stopped its sales")
  return FOLLOWED.has(word) || (!NOT_RANKS.has(word) && RANKING.test(word));
}
const NOT_RANKS: ReadonlySet<string> = new Set(['que', 'after', 'après']);
const PER: ReadonlySet<string> = new Set(['per', 'por', 'pour']);
const CENT: ReadonlySet<string> = new Set(['cent', 'cento', 'ciento']);
const SHARES: ReadonlySet<string> = new Set(['most', 'half', 'third', 'mitad', 'metade', 'moitié', 'terço', 'tercio', 'tiers', 'maioria', 'mayoría', 'plupart', 'majority']);
const QUALIFIERS: ReadonlySet<string> = new Set(['about', 'around', 'nearly', 'almost', 'some', 'over', 'cerca', 'quase', 'casi', 'près', 'environ', 'presque', 'de', 'da', 'des', 'del', 'of']);
/** Is `it` a trade noun of class `cls` ("exportações brasileiras": the demonym after it owns it)? */
function isTradeNoun(it: Item | undefined, cls: TriggerClass): boolean {
  return !!it?.trig && it.tags.some((g) => g.k === 'noun' && g.cls === cls);
}

/**
 * Does the place at k close the owner phrase of a vehicle before it? "un avión Hércules C-130 de la Fuerza
 * Aérea Argentina", "a C-17 of the Royal Canadian Air Force": the vehicle, then only its model, articles,
 * "de"/"of" and the capitalised words of the force's name.
 */
function ownsVehicle(items: Item[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 9); j--) {
    const it = items[j]!;
    if (isVehicle(it)) return j < k - 1;
    if (it.place || it.trig || !(it.cap || it.tok === 'num' || it.lower === '-' || hasMark(it, MB.det) || prepRole(it) === 'of')) return false;
  }
  return false;
}

/** A country reached through its demonym, and a city or region inside that same country. */
function homecoming(from: PlaceRef, to: Place): boolean {
  return from.via === 'demonym' && from.place.kind === 'country' && to.kind !== 'country' && to.country === from.place.country;
}



/** Nouns of time and proportion, which a number counts without naming goods ("12 years", "30 percent"). */
const NOT_GOODS: ReadonlySet<string> = new Set([
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'time', 'times', 'percent', 'points',
  'ano', 'anos', 'mês', 'meses', 'semana', 'semanas', 'dia', 'dias', 'hora', 'horas', 'minutos', 'vez', 'vezes', 'pontos', 'cento',
  'año', 'años', 'días', 'minutos', 'veces', 'puntos', 'ciento',
  'an', 'ans', 'année', 'années', 'mois', 'semaines', 'jour', 'jours', 'heure', 'heures', 'fois', 'cent',
  // (Things sent or received that are no goods: votes, letters, speeches, blows, prizes, teams, visas, threats...)
  'votes', 'applications', 'complaints', 'warnings', 'blows', 'signals', 'speeches', 'letters', 'messages', 'notes', 'prizes', 'awards', 'medals',
  'teams', 'starters', 'goals', 'seats', 'visas', 'requests', 'proposals', 'questions', 'calls', 'emails', 'invitations', 'threats', 'attacks',
  'sanctions', 'bids', 'results', 'fans', 'suspects', 'bodies', 'coaches',
  'votos', 'candidaturas', 'pedidos', 'queixas', 'reclamações', 'avisos', 'golpes', 'sinais', 'discursos', 'cartas', 'mensagens', 'notas', 'prémios',
  'prêmios', 'medalhas', 'equipas', 'equipes', 'times', 'golos', 'gols', 'assentos', 'lugares', 'vistos', 'propostas', 'perguntas', 'chamadas',
  'convites', 'ameaças', 'ataques', 'sanções', 'adeptos', 'torcedores', 'suspeitos', 'corpos',
  'solicitudes', 'quejas', 'denuncias', 'advertencias', 'señales', 'mensajes', 'premios', 'medallas', 'equipos', 'goles', 'escaños', 'visados',
  'peticiones', 'preguntas', 'llamadas', 'invitaciones', 'amenazas', 'sanciones', 'aficionados', 'hinchas', 'sospechosos', 'cuerpos',
  'voix', 'candidatures', 'demandes', 'plaintes', 'avertissements', 'coups', 'signaux', 'discours', 'lettres', 'prix', 'médailles', 'équipes',
  'buts', 'sièges', 'propositions', 'appels', 'menaces', 'attaques', 'supporters', 'suspects', 'corps',
  // (Nor time, bought or won: "compró tiempo a Argentina".)
  'tempo', 'tiempo', 'temps',
]);
/**
 * People of professions often quoted as sources ("experts", "investigadores", "des experts de l'ONU"): no goods of a
 * count, and no cargo either (as speakers they would make flows of their own).
 */
const NOT_GOODS_PEOPLE: ReadonlySet<string> = new Set([
  'agriculteurs', 'agricultores', 'chercheurs', 'cientistas', 'científicos', 'consultants', 'consultores', 'engenheiros', 'engineers', 'especialistas',
  'expertos', 'experts', 'farmers', 'fiscales', 'fishermen', 'ingenieros', 'ingénieurs', 'inspecteurs', 'inspectores', 'inspectors',
  'inspetores', 'investigadores', 'jornalistas', 'journalistes', 'journalists', 'judges', 'jueces', 'juges', 'juízes', 'observadores',
  'observateurs', 'observers', 'periodistas', 'peritos', 'pescadores', 'pesquisadores', 'procuradores', 'procureurs', 'profesionales', 'professionals',
  'professionnels', 'profissionais', 'prosecutors', 'pêcheurs', 'researchers', 'scientifiques', 'scientists', 'specialists', 'spécialistes', 'investigators',
  'analysts', 'analistas', 'analystes', 'officials', 'funcionários', 'funcionarios', 'fonctionnaires', 'diplomats', 'diplomatas', 'diplomáticos',
  'diplomates', 'people', 'pessoas', 'personas', 'personnes',
]);
/**
 * The subject of the main clause before the relative clause of the verb at v (", who were sent"): a place opening the
 * sentence, bare or of a government ("El Gobierno de Nicaragua"), with a verb and its counted object between it and
 * the comma ("expelled 135 prisoners").
 */
function mainSubject(items: Item[], roles: Array<Role | undefined>, v: number): number | undefined {
  let comma = v - 1;
  while (comma > 0 && !(isComma(items[comma]) && hasMark(items[comma + 1], MB.rel))) comma--;
  if (comma <= 0) return undefined;
  let s: number | undefined;
  for (let k = 0; k < comma && k <= 6; k++) {
    const r = roles[k];
    // (Portuguese "A Nicarágua libertou": the article opening the sentence reads as a weak "to")
    if (items[k]!.place && items[k]!.place!.via !== 'anaphor' && r && (r.role === 'bare' || (r.role === 'of' && r.head === 'actor') || r.role === 'actor' || (r.role === 'to' && r.weak && k <= 1))) {
      s = k;
      break;
    }
    if (items[k]!.trig) return undefined;
  }
  if (s === undefined) return undefined;
  // (a verb, then its object counted or named as people or goods, up to the comma)
  let verb = false;
  let object = false;
  for (let k = s + 1; k < comma; k++) {
    if (items[k]!.place) return undefined;
    // (a verb of giving away or letting go, not of buying or receiving: "Nova Délhi avalia comprar seis cargueiros,
    // que já foram vendidos a Portugal" names no seller)
    // (nor of bringing back, seizing or training: "Ukraine returned 20 children, who had been deported to Russia", "Iran
    // seized two tankers, which had been sent to China", "trained 400 officers, who were deployed to Haiti")
    const g = items[k]!.tags.find((x) => x.k === 'verb');
    if (g && g.k === 'verb' && (g.cls === 'receive' || g.cls === 'seize' || g.cls === 'train' || g.sense === 'home' || BUY.test(items[k]!.lower) || BRING_BACK.test(items[k]!.lower))) return undefined;
    if (g) verb = true;
    else if (verb && (items[k]!.cargo || items[k]!.tok === 'num')) object = true;
  }
  return verb && object ? s : undefined;
}

/** The preposition governing the institution or facility noun a place at k belongs to ("no banco central do Paquistão", "na fábrica de Camaçari" -> in). */
function institutionPrep(items: Item[], k: number): PrepRole | null {
  let j = k - 1;
  // (a place's name, not a nationality: "no Complexo do Alemão" is a favela of Rio)
  if (prepRole(items[j]) !== 'of' || items[k]!.place?.via === 'demonym') return null;
  j--;
  // ("banco central", "banque centrale", "central bank"; or a facility: "na fábrica de Camaçari", "dans l'usine de Douai")
  if (FACILITY.has(items[j]?.lower ?? '')) j--;
  else if ((CENTRAL.has(items[j]?.lower ?? '') && BANK.has(items[j - 1]?.lower ?? '')) || (BANK.has(items[j]?.lower ?? '') && CENTRAL.has(items[j - 1]?.lower ?? ''))) j -= 2;
  else return null;
  if (hasMark(items[j], MB.det) && prepRole(items[j]) === null) j--;
  return items[j]?.place ? null : prepRole(items[j]);
}

const CENTRAL: ReadonlySet<string> = new Set(['central', 'centrale']);
/** Facilities named after their place ("a fábrica de Camaçari", "la planta de Monterrey", "l'usine de Douai", "the plant of"). */
const FACILITY: ReadonlySet<string> = new Set(['fábrica', 'fábricas', 'planta', 'plantas', 'usina', 'usine', 'usines', 'factory', 'plant', 'refinaria', 'refinería', 'raffinerie', 'refinery', 'complexo', 'complejo', 'complexe', 'parque', 'parc']);
const BANK: ReadonlySet<string> = new Set(['banco', 'banque', 'bank']);

/** Verbs of bringing back ("repatriated", "returned", "brought back", "rapatrié", "repatrió", "repatriou"). */
const BRING_BACK = /^(?:repatri|rapatri|return|brought back|bring back|devolv|rendu|regres|retorn)/;
/** Pluperfect auxiliaries ("had been", "habían sido", "tinham sido", "avaient été"): an earlier removal, not this one. */
const PLUPERFECT: ReadonlySet<string> = new Set(['had', 'había', 'habían', 'tinha', 'tinham', 'havia', 'haviam', 'avait', 'avaient']);
/** Auxiliaries of a Romance perfect ("había pedido", "tinha pedido", "ha pedido"): the pluperfect ones and the others. */
const HAVE_AUX: ReadonlySet<string> = new Set([...PLUPERFECT, 'ha', 'han', 'habría', 'tem', 'têm', 'teria']);

/** Verbs of buying ("bought", "comprar", "achète", "adquirió", "import"). */
const BUY = /^(?:buy|bought|purchas|compr|achet|adquir|acqui|import)/;
/** Portuguese nouns of buying, whose "a"/"à"/"ao" names the seller ("a compra de 36 obuses à Rússia", "a encomenda ao Brasil"). */
const PT_BUY_NOUN = /^(?:compra|aquisi|adquisi|encomenda|encargo)/;
/** Nouns of purchases ("as compras", "las compras", "les achats"). */
const PURCHASE_NOUN = /^(?:compras?|achats?)$/;

/** Verbs of owing ("owes", "owed", "doit", "debe", "deve"). */
const OWE = /^(?:owe[sd]?|owing|doit|doivent|devait|debe|deben|debía|deve|devem|devia)$/;
/** Object pronouns between a debtor and its verb of owing ("que la Mauritanie lui doit"). */
const CLITIC_OBJECTS: ReadonlySet<string> = new Set(['lui', 'leur', 'le', 'les', 'lhe', 'lhes', 'nos']);
/** Qualifiers between a verb and its counted object ("about", "more than", "mais de", "plus de"). */
const COUNT_QUALIFIERS: ReadonlySet<string> = new Set(['more', 'than', 'over', 'almost', 'up', 'to', 'least', 'at', 'mais', 'plus', 'más', 'menos', 'moins', 'quase', 'casi', 'presque', 'de', "d'"]);

/**
 * The goods word of a counted object the lexicon does not know: "shipped about 120 million eggs to", "entregó 83
 * piezas arqueológicas a", or, for a passive (`passive`), its counted subject, "Two giant pandas were flown". -1 when
 * there is none: a count of something else ("for 12 years", "30 percent"), a known cargo, a name or a place.
 */
function countedGoods(items: Item[], v: number, L: number, R: number, passive: boolean, lang: Lang): number {
  // (Officials travel, they are no goods: "Two ministers arrived"; plurals read as their singular.)
  const actors = compiled(lang).actorWords;
  const actor = (w: string): boolean => actors.has(w) || (w.endsWith('s') && actors.has(w.slice(0, -1)));
  // (A number word of two or more: "uma missão", "a delegation" count nothing.)
  // (Nor a year: "shipped 2024 vintages".)
  const isCount = (it: Item | undefined): boolean => !!it && !it.place && !YEAR.test(it.lower) && (it.tok === 'num' || it.tags.some((g) => g.k === 'num' && g.v >= 2));
  const plainNoun = (it: Item | undefined): boolean => isPlain(it) && !it!.cap && !it!.paren && !NOT_GOODS.has(it!.lower) && !NOT_GOODS_PEOPLE.has(it!.lower) && it!.lower.length > 2 && !actor(it!.lower);
  /** The noun after the number at k (and its scale words), with the words after it that end the phrase. */
  const nounAfter = (k: number, end: number): number => {
    const e = numberEnd(items, k, end);
    let a = e + 1;
    let b = a;
    while (b <= end && b - a < 3 && plainNoun(items[b])) b++;
    if (b === a) return -1;
    // (Ended by punctuation, a preposition or the sentence's end, not "of": "120 million tonnes of" is a measure.)
    const next = items[b];
    if (next && !(next.tok === 'punct' || (prepRole(next) !== null && prepRole(next) !== 'of') || hasMark(next, MB.passiveAux | MB.aux))) return -1;
    // (English puts the noun last, "two giant pandas"; the other languages first, "piezas arqueológicas".)
    return lang === 'en' ? b - 1 : a;
  };
  if (!passive) {
    let k = v + 1;
    while (k <= Math.min(R, v + 4) && (APPROX.has(items[k]!.lower) || COUNT_QUALIFIERS.has(items[k]!.lower))) k++;
    return k <= R && isCount(items[k]) ? nounAfter(k, R) : -1;
  }
  // A passive's subject: a count opening the clause, its noun right before the auxiliaries.
  let k = L;
  while (k < v && (APPROX.has(items[k]!.lower) || COUNT_QUALIFIERS.has(items[k]!.lower) || hasMark(items[k], MB.det))) k++;
  if (!isCount(items[k])) return -1;
  const g = nounAfter(k, v - 1);
  if (g < 0) return -1;
  // (Past the subject's own origin: "Two giant pandas from China arrived".)
  let j = g + 1;
  if (prepRole(items[j]) === 'from') {
    j++;
    if (hasMark(items[j], MB.det)) j++;
    if (!items[j]?.place) return -1;
    while (items[j + 1]?.place === items[j]!.place && j + 1 < v) j++;
    j++;
  }
  for (; j < v; j++) if (!hasMark(items[j], MB.passiveAux | MB.aux)) return -1;
  return g;
}

/** Is there a participle on the goods between the verb at v and its first agent ("received wheat donated by Russia")? */
function participleBeforeAgent(items: Item[], roles: Array<Role | undefined>, v: number, R: number): boolean {
  for (let k = v + 1; k <= R; k++) {
    if (roles[k]?.role === 'by') return false;
    if (isCargo(items[k - 1]) && items[k]!.tags.some((g) => g.k === 'verb' && g.mood === 'part')) return true;
  }
  return false;
}

/**
 * The debtor of a debt named after a verb of forgiving at v: the place of the debt ("de la deuda de Bolivia",
 * "de la dette de la Mauritanie"), its possessor ("Laos's debt") or who owes it ("owed by Laos"); null when the
 * subject owes it ("the debt it owes to China").
 */
function debtor(items: Item[], roles: Array<Role | undefined>, v: number, R: number): number | null | undefined {
  // (the noun may be the verb's own phrase: "annuler la dette de la Mauritanie")
  let n = -1;
  for (let k = v; k <= R && n < 0; k++) if (namesDebt(items[k]!)) n = k;
  if (n < 0) return undefined;
  // (a possessive right before the noun)
  for (let k = n - 1; k > v && k >= n - 3; k--) if (items[k]!.place && (roles[k]?.role === 'poss' || items[k + 1]?.lower === 's')) return k;
  // (past an adjective, "de la deuda bilateral de Bolivia"; or "owed by", or in the relative clause on the debt, past the
  // verb's window: "de la dette que la Mauritanie lui doit")
  for (let k = n + 1; k < items.length && k <= n + 6 && items[k]!.lower !== '.' && items[k]!.lower !== ';'; k++) {
    const r = roles[k]?.role;
    // ("the debt it owes to China": a pronoun owes it, the subject is the debtor; no flow.)
    if (OWE.test(items[k]!.lower) && prepRole(items[k + 1]) !== 'by' && !items[k - 1]?.place && !(CLITIC_OBJECTS.has(items[k - 1]?.lower ?? '') && items[k - 2]?.place)) return null;
    // ("debt held by China" names the creditor: "by" only after "owed")
    if (items[k]!.place && (r === 'of' || r === 'bare' || (r === 'by' && OWE.test(items[k - 2]?.lower ?? '')))) return k;
  }
  return undefined;
}

/** The index of a unit of measure (MEASURES) within a few items after the trigger, or -1. */
function measureAfter(items: Item[], idx: number, R: number): number {
  // (past a source or destination, a time and an approximation: "comprou à Guiné perto de 2 milhões de toneladas",
  // "despachó el fin de semana 40 camiones con 1,2 millones de litros")
  for (let k = idx + 1; k <= Math.min(R, idx + 12); k++) {
    if (MEASURES.has(items[k]!.lower)) return k;
    if (items[k]!.trig) return -1;
  }
  return -1;
}

/** The last item of the number starting at k: its scale words ("2 mil", "1.5 million"), up to R. */
function numberEnd(items: Item[], k: number, R: number): number {
  let e = k;
  while (e + 1 <= R && items[e + 1]!.tags.some((g) => g.k === 'scale')) e++;
  return e;
}

/** Words that make a bare number elliptical: "three more", "outros três", "otro millón", "trois autres". */
const ELLIPSIS_AFTER: ReadonlySet<string> = new Set(['more', 'others', 'other', 'additional', 'outros', 'outras', 'otros', 'otras', 'autres', 'adicionais', 'adicionales', 'supplémentaires', 'mais']);
/** "others", "otros", "outros", "autres": more people, not those just named (the words of "another" but "the rest"). */
const OTHER_PEOPLE = wordSetOf(['other', 'others', ...[...ELLIPSIS_BEFORE].filter((w) => !REST_WORDS.has(w) && w !== 'mais')]);

/**
 * The index of the last item of an elliptical quantity right after the verb at idx ("three more", "outros
 * três", "otro millón"; French "en" before the verb and any number after it: "en enverra trois"), or -1.
 */
function ellipsis(items: Item[], idx: number, R: number, lang: Lang): number {
  let clitic = false;
  if (lang === 'fr') {
    let k = idx - 1;
    while (k > 0 && hasMark(items[k], MB.aux | MB.plan)) k--;
    clitic = items[k]?.lower === 'en';
  }
  let end = Math.min(R, idx + 5);
  // ("a Índia comprou ao país perto de 2 milhões": a source or destination may stand between, prepositional.)
  let endAt = -1;
  for (let k = idx + 1; k <= end; k++) {
    const it = items[k]!;
    const isNum = it.tok === 'num' || it.tags.some((g) => g.k === 'num' || g.k === 'scale');
    if (!isNum) {
      if (it.place && endAt < 0 && k - idx <= 2 && prepRole(items[k - 1]) !== null && prepRole(items[idx + 1]) !== null) {
        endAt = k;
        end = Math.min(R, end + 2);
        continue;
      }
      // ("supply Vietnam with 300 of them": the receiver may come first.)
      if ((it.place && items[k + 1]?.lower !== 'with') || it.trig || it.cargo) return -1;
      continue;
    }
    const last = numberEnd(items, k, R);
    // (Not a count of a noun of its own after "otros": "acogen los otros dos grandes centros de entrenamiento".)
    // (A plural word, noun or adjective; not "otros 300 ayer", "outros 300 durante".)
    const counted = isPlain(items[last + 1]) && !items[last + 1]!.cap && /s$/.test(items[last + 1]!.lower) && prepRole(items[last + 1]) === null && !ELLIPSIS_AFTER.has(items[last + 1]!.lower) && !MORE_WORDS.has(items[last + 1]!.lower);
    if (clitic || ELLIPSIS_AFTER.has(items[last + 1]?.lower ?? '') || (ELLIPSIS_BEFORE.has(items[k - 1]?.lower ?? '') && !counted) || ofThem(items, last + 1)) return last;
    // "China compró 61.000; España, 28.000": a bare number right after the verb (past an approximation),
    // closing the clause, counts the goods named before. (Not a year: "vendió en 2023".)
    // (Not after a definite article: "que recibió el 12" is a date.)
    const bare = items.slice(endAt < 0 ? idx + 1 : endAt + 1, k).every((x) => APPROX.has(x.lower) || x.tags.some((g) => g.k === 'qual') || (hasMark(x, MB.det) && !DATE_ARTICLES.has(x.lower))) && !/^(?:1[89]|20)\d\d$/.test(it.lower);
    // ("España aportó 512 millones, seguida de...": its scale word may close it.)
    const scaled = last === k || items.slice(k + 1, last + 1).every((x) => x.tags.some((g) => g.k === 'scale'));
    const after = items[last + 1];
    if (bare && scaled && (!after || (after.tok === 'punct' && after.lower !== '%') || hasMark(after, MB.coord))) return last;
    return -1;
  }
  return -1;
}

/**
 * Gapped clauses after the verb at `from`: "; España, 28.000", ", y Tailandia, 15.000" (a place named, a
 * comma, a number), up to REACH items on; each as [place index, number index].
 */
function gapped(items: Item[], from: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let p = from + 1; p + 2 < Math.min(items.length, from + REACH); p++) {
    const it = items[p]!;
    if (!it.place || it.place.via === 'demonym') continue;
    // ("the Marshall Islands $2.3 billion and Palau $889 million": an amount with its currency sign needs no comma)
    const sign = (k: number): boolean => !!items[k]?.tags.some((g) => g.k === 'cur') && items[k + 1]?.tok === 'num';
    // ("et l'Indonésie environ 2 500 tonnes": after "and", a count with its unit needs no comma either)
    let a = p + 1;
    while (a < p + 3 && APPROX.has(items[a]?.lower ?? '')) a++;
    const counted = items[a]?.tok === 'num' && hasMark(items[p - 1], MB.coord | MB.det) && (hasMark(items[p - 1], MB.coord) || hasMark(items[p - 2], MB.coord)) && MEASURES.has(items[numberEnd(items, a, items.length - 1) + 1]?.lower ?? '');
    if (counted) {
      out.push([p, a]);
      continue;
    }
    // ("e Cuba outros 60", "Qatar 56,000 and the Emirates 48,000": after "and" or a comma, a count of its own,
    // maybe "other" first, needs no comma, when nothing but punctuation or "and" follows it.)
    if (!isComma(items[p + 1]) && !sign(p + 1)) {
      let c = p + 1;
      if (ELLIPSIS_BEFORE.has(items[c]?.lower ?? '')) c++;
      while (c < p + 4 && APPROX.has(items[c]?.lower ?? '')) c++;
      // (not a year: "to Iraq in 2007 and Afghanistan 2009", "Paris 2024 and Los Angeles 2028")
      const e = items[c]?.tok === 'num' && !YEAR.test(items[c]!.lower) ? numberEnd(items, c, items.length - 1) : -1;
      const after = items[e + 1];
      let o = p - 1;
      if (hasMark(items[o], MB.det)) o--;
      const opened = hasMark(items[o], MB.coord) || isComma(items[o]) || items[o]?.lower === ';';
      if (e >= 0 && opened && !(items[o - 1]?.place && items[o - 1]!.place!.via !== 'demonym') && (!after || after.tok === 'punct' || hasMark(after, MB.coord))) out.push([p, c]);
      continue;
    }
    // ("y El Salvador, otras 900": "other" may come before the number)
    let n = !isComma(items[p + 1]) ? p + 2 : ELLIPSIS_BEFORE.has(items[p + 2]!.lower) ? p + 3 : p + 2;
    if (isComma(items[p + 1]) && sign(n)) n++;
    if (items[n]?.tok !== 'num') continue;
    let b = p - 1;
    if (hasMark(items[b], MB.det)) b--;
    // (a conjunction alone opens one too: "... en el primer semestre y El Salvador, otras 900")
    if (hasMark(items[b], MB.coord)) {
      if (!items[b - 1]?.place) out.push([p, n]);
      continue;
    }
    const open = items[b];
    if (open && open.tok === 'punct' && (open.lower === ';' || open.lower === ',')) out.push([p, n]);
  }
  return out;
}

/**
 * Elliptical destinations from `from` on: ", y cerca de 150 en Eslovaquia", "and 300 to Cambodia" (a comma or
 * "and", maybe an approximation, a number, then a place in the role `role`, with no verb between); each as
 * [place index, number index], up to REACH items on.
 */
function gappedDestinations(items: Item[], roles: Array<Role | undefined>, from: number, role: RoleKind): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let k = from; k + 2 < Math.min(items.length, from + REACH); k++) {
    if (!(isComma(items[k]) || hasMark(items[k], MB.coord))) continue;
    let n = k + 1;
    if (hasMark(items[n], MB.coord)) n++;
    while (n < k + 5 && items[n] && (APPROX.has(items[n]!.lower) || items[n]!.tags.some((g) => g.k === 'qual'))) n++;
    if (items[n]?.tok !== 'num') continue;
    const p = placeAfterNumber(items, n);
    if (p >= 0 && roles[p]?.role === role) out.push([p, n]);
  }
  return out;
}

/** The place a preposition puts right after the number at n ("200 to Niger", "150 en Eslovaquia"), past an article; or -1. */
function placeAfterNumber(items: Item[], n: number): number {
  let p = numberEnd(items, n, items.length - 1) + 1;
  if (prepRole(items[p]) === null) return -1;
  p++;
  if (hasMark(items[p], MB.det)) p++;
  return items[p]?.place && items[p]!.place!.via !== 'demonym' ? p : -1;
}

/**
 * Gapped clauses with both ends after `from`: "and Germany 200 to Niger", "et Berlin 200 au Niger", "e a Alemanha 200 ao Níger"
 * (a comma or "and", a place, a number, a preposition and a place in the role `role`, with no verb between); each as [sender index,
 * number index, destination index], up to REACH items on.
 */
function gappedPairs(items: Item[], roles: Array<Role | undefined>, from: number, role: RoleKind): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  for (let k = from; k + 4 < Math.min(items.length, from + REACH); k++) {
    if (!(isComma(items[k]) || hasMark(items[k], MB.coord))) continue;
    let p = k + 1;
    if (hasMark(items[p], MB.det)) p++;
    if (!items[p]?.place || items[p]!.place!.via === 'demonym') continue;
    let n = p + 1;
    if (ELLIPSIS_BEFORE.has(items[n]?.lower ?? '')) n++;
    while (n < p + 4 && APPROX.has(items[n]?.lower ?? '')) n++;
    if (items[n]?.tok !== 'num' || YEAR.test(items[n]!.lower)) continue;
    const d = placeAfterNumber(items, n);
    if (d >= 0 && roles[d]?.role === role && items[d]!.place!.place !== items[p]!.place!.place) out.push([p, n, d]);
  }
  return out;
}

/** Definite articles before a day of the month: "el 12", "le 3", "o dia". */
const DATE_ARTICLES: ReadonlySet<string> = new Set(['el', 'le', 'la', 'o', 'the', 'dia', 'día']);


/**
 * Is the object of the verb at v a share of something unnamed: "el 80 % de los envíos", "most of the
 * shipments", "la mayor parte", "a metade", "la moitié des livraisons"? (Articles first; a number then a
 * per-cent sign or word, or a share word, then "de"/"of" or nothing.)
 */
function shareObject(items: Item[], v: number, themOnly = false): boolean {
  let k = v + 1;
  // ("ficaram com quase todo o restante", "took almost all the rest": past an approximation and "all")
  // ("en ont reçu plus de la moitié", "received more than half of it": past a qualifier)
  while (k < v + 4 && (APPROX.has(items[k]?.lower ?? '') || ALL_WORDS.has(items[k]?.lower ?? '') || !!items[k]?.tags.some((g) => g.k === 'qual'))) k++;
  if (hasMark(items[k], MB.det)) k++;
  const it = items[k];
  if (!it) return false;
  let of = -1;
  if (it.tok === 'num' && PERCENT.has(items[k + 1]?.lower ?? '')) of = k + 2;
  else if (it.tok === 'num' && PER.has(items[k + 1]?.lower ?? '') && CENT.has(items[k + 2]?.lower ?? '')) of = k + 3;
  else if ((it.lower === 'mayor' || it.lower === 'maior') && items[k + 1]?.lower === 'parte') of = k + 2;
  else if (SHARE_WORDS.has(it.lower) || REST_WORDS.has(it.lower)) of = k + 1;
  if (of < 0) return false;
  // Nothing more, or "of" the shipments or them ("most of the votes" is no share of goods).
  const n = items[of];
  if (themOnly) return ofThem(items, of);
  if (!n || n.tok === 'punct') return true;
  if (prepRole(n) !== 'of') return false;
  let m = of + 1;
  if (hasMark(items[m], MB.det)) m++;
  const w = items[m];
  // ("el 4 % del total": of the whole just stated)
  // ("Switzerland took 43% of the metal", "del metal", "do produto": a word for the goods just named, after its article.)
  return !!w && (THEM.has(w.lower) || TOTAL_WORDS.has(w.lower) || hasMark(w, MB.pack) || w.tags.some((g) => g.k === 'noun' && (g.cls === 'send' || g.cls === 'receive')) || (GOODS_WORDS_BACK.has(w.lower) && (m > of + 1 || OF_THE.has(n.lower))));
}
/** Contractions of "of" and the article ("del", "do", "da", "du", "des"). */
const OF_THE: ReadonlySet<string> = new Set(['del', 'do', 'da', 'dos', 'das', 'du', 'des']);

/** "all" before a share ("quase todo o restante", "almost all the rest", "casi todo el resto", "presque tout le reste"). */
const ALL_WORDS: ReadonlySet<string> = new Set(['all', 'todo', 'toda', 'todos', 'todas', 'tout', 'toute', 'quase', 'casi', 'presque', 'almost', 'nearly']);
/** The whole a share is of ("del total", "of the total", "du total"). */
const TOTAL_WORDS: ReadonlySet<string> = new Set(['total', 'totale']);

/** What a share is of when it names no goods: them, or the rest ("l'essentiel du reste"). */
const THEM: ReadonlySet<string> = new Set(['them', 'it', 'ellos', 'ellas', 'eles', 'elas', 'eux', 'elles', 'deles', 'delas', 'rest', 'reste', 'resto', 'restante']);

/** Is the object of the verb at idx a pronoun: "sent them", "los envió", "les a livrés", "enviou-os"? */
function pronounObject(items: Item[], idx: number): boolean {
  const nx = items[idx + 1];
  // ("enviou-os": a pronoun joined to the verb by a hyphen; tokenize() keeps the hyphen on it.)
  if (nx && (nx.lower === 'them' || (nx.lower.startsWith('-') && CLITICS.has(nx.lower.slice(1))))) return true;
  let k = idx - 1;
  while (k > 0 && hasMark(items[k], MB.aux | MB.passiveAux | MB.condAux)) k--;
  return CLITICS.has(items[k]?.lower ?? '') && !items[k - 1]?.cargo && (hasMark(items[k - 1], MB.rel) || hasMark(items[k - 1], MB.coord) || !!items[k - 1]?.place || isComma(items[k - 1]));
}

/** Quantifiers that stand for goods just named ("exports none", "não exporta nenhum", "ya no vende ninguno"). */
const NONE_OBJECT: ReadonlySet<string> = new Set(['none', 'nenhum', 'nenhuma', 'ninguno', 'ninguna']);
const ALMOST: ReadonlySet<string> = new Set(['almost', 'nearly', 'virtually', 'quase', 'casi']);

/** "300 of them", "300 deles", "300 de ellos", "300 d'entre eux": a number of the things just named. */
function ofThem(items: Item[], k: number): boolean {
  const a = items[k]?.lower ?? '';
  if (a === 'deles' || a === 'delas') return true;
  if (a !== 'of' && a !== 'de' && a !== 'd') return false;
  const b = items[k + 1]?.lower === 'entre' ? items[k + 2] : items[k + 1];
  return THEM.has(b?.lower ?? '');
}

/**
 * A shipment noun with a definite article before the verb at idx ("the shipments", "os carregamentos", "ces
 * cargaisons"): 1; "the model" of the goods told about: 2; none: 0.
 */
function definiteShipment(items: Item[], L: number, idx: number): 0 | 1 | 2 {
  let reach = idx - 5;
  for (let k = idx - 1; k >= Math.max(L, reach); k--) {
    const it = items[k]!;
    // ("O modelo, em serviço no Exército Brasileiro desde 2014, já foi exportado": past an aside.)
    if (isComma(it)) {
      let j = k - 1;
      while (j > Math.max(L, k - 12) && !isComma(items[j])) j--;
      if (isComma(items[j]) && j < k) {
        reach = j - 3;
        k = j;
        continue;
      }
    }
    if (it.place || it.cargo) return 0;
    // ("O modelo económico" is no goods: the model noun right before the verb or an aside.)
    const model = MODEL_NOUNS.has(it.lower) && (k === idx - 1 || isComma(items[k + 1]) || hasMark(items[k + 1], MB.aux | MB.passiveAux));
    const shipment = model || hasMark(it, MB.pack) || (it.trig && it.tags.some((g) => g.k === 'noun' && g.cls === 'send'));
    if (shipment) {
      const d = items[k - 1]?.lower ?? '';
      return DEFINITE.has(d) || DEFINITE_PL.has(d) ? (model ? 2 : 1) : 0;
    }
  }
  return 0;
}

/** Is "the model" the object of the transfer at idx: "vendeu o modelo", "a venda do modelo", "sold the model"? */
function modelObject(items: Item[], idx: number): boolean {
  let k = idx + 1;
  if (prepRole(items[k]) === 'of') k++;
  if (DEFINITE.has(items[k]?.lower ?? '')) k++;
  return MODEL_NOUNS.has(items[k]?.lower ?? '') && k > idx + 1 && !isCargo(items[k + 1]) && prepRole(items[k + 1]) !== 'of';
}

/** Categories of goods with models (what "the model" may stand for). */
const GOODS_CATS: ReadonlySet<FlowCategory> = new Set(['weapons', 'missiles', 'vehicles', 'technology']);
/** What a cargo can be: goods of any kind, not people, money or visits. */
const CARGO_CATS: ReadonlySet<FlowCategory> = new Set(['weapons', 'munitions', 'missiles', 'vehicles', 'technology', 'oil', 'aid', 'other']);
/** "the model", "o modelo", "le modèle": the goods just told about, by their kind. */
const MODEL_NOUNS: ReadonlySet<string> = new Set(['model', 'modelo', 'modèle']);

/** Trade verbs and nouns: what they move is sold or bought, never relief. */
const COMMERCIAL = /^(?:re-?)?export|^import|^vend|^vent|^sell|^sold|^sale|^comerci|^compr|^buy|^bought|^purchas|^achet|^achat|^adquir|^acqui/;
/** Shipments as trade of their own ("sus envíos a Pekín", "its shipments to China"). */
const SHIPMENTS = /^(?:env[ií]os?|envois?|shipments?|embarques?)$/;
/** Medicine units (the lexicons' glosses): aid when given, goods when sold. */
const MEDICINE_UNITS: ReadonlySet<string> = new Set(['medicines', 'vaccines', 'doses', 'medical supplies']);
/** A currency's ISO code, the unit of goods measured by their price. */
const CURRENCY_CODE = /^[A-Z]{3}$/;

/**
 * A Portuguese or Spanish clause whose subject is unexpressed: only a few plain words (an adverb, a
 * negation, a clitic) before its finite verb at the start of the sentence ("Também mandou", "Además envió").
 */
function nullSubject(items: Item[], t: Trigger, lang: Lang): boolean {
  if ((lang !== 'pt' && lang !== 'es') || t.mood === 'noun' || t.mood === 'part' || t.mood === 'inf' || t.mood === 'ger' || t.idx > 3) return false;
  for (let k = 0; k < t.idx; k++) {
    const it = items[k]!;
    if (it.place || it.cargo || it.trig || hasMark(it, MB.det | MB.actor | MB.rel) || (it.cap && k > 0) || it.tok === 'num') return false;
  }
  return true;
}

// (with common irregular ones: "impuestas", "impostas", "hechos", "feitos", "escritos", "abiertos", "prises", "faites",
// "produits", "construits", "offertes")
const PARTICIPLE = /(?:ad[oa]s?|id[oa]s?|é|ée|ées|és|ed|puest[oa]s?|post[oa]s?|hech[oa]s?|feit[oa]s?|escrit[oa]s?|biert[oa]s?|bert[oa]s?|prise?s?|faite?s?|[dt]uite?s?|(?:ouv|off|couv)erte?s?)$/;

/** Is the place at `k` the agent of a participle right after goods ("véhicules blindés offerts par la France", "vehicles donated by France")? */
function goodsParticipleAgent(items: Item[], k: number): boolean {
  const part = agentWordAt(items, k);
  const w = items[part];
  return !!w && !w.place && !w.cargo && PARTICIPLE.test(w.lower) && (isCargo(items[part - 1]) || (isPlain(items[part - 1]) && isCargo(items[part - 2])));
}

/** The index of the word before the "by" (past an article) that introduces the agent at k ("offerts par la France"), or -1 for no "by". */
function agentWordAt(items: Item[], k: number): number {
  let p = k - 1;
  if (hasMark(items[p], MB.det)) p--;
  return prepRole(items[p]) === 'by' ? p - 1 : -1;
}

/**
 * The agent at k ("por Canadá") follows a participle other than the trigger's, after a noun it qualifies
 * ("un vuelo fletado por", "a plane chartered by", "un avion affrété par"): it is that participle's agent.
 */
function otherParticipleAgent(items: Item[], trig: number, k: number): boolean {
  const part = agentWordAt(items, k);
  if (part < 0 || part <= trig + 1) return false;
  const w = items[part]!;
  if (w.trig || w.place || w.cargo || w.cap || !PARTICIPLE.test(w.lower)) return false;
  // the participle follows a noun of its own (not an auxiliary: "foi enviado e financiado por"), a
  // vehicle included ("en un avión fletado por")
  const n = items[part - 1];
  const vehicle = !!n?.tags.some((g) => g.k === 'cargo' && g.cat === 'vehicles');
  return !!n && (isPlain(n) || vehicle) && !hasMark(n, MB.aux | MB.passiveAux | MB.coord);
}

/**
 * "vacinas doadas por Portugal", "2,000 doses, donated by the Portuguese government": the place giving the
 * goods after a sending verb at trig, named as the agent of a sending participle on them (undefined: none).
 */
function giverOfGoods(items: Item[], trig: number, R: number): { at: number; gift: boolean } | undefined {
  for (let p = trig + 2; p < R; p++) {
    const w = items[p]!;
    // (Within the verb's clause: not past a new clause, "..., enquanto os tanques vendidos pela Rússia".)
    if (w.lower === '.' || w.lower === ';' || (isComma(w) && (hasMark(items[p + 1], MB.coord | MB.rel) || CLAUSE_OPENERS.has(items[p + 1]?.lower ?? '')))) return undefined;
    // ("30,000 tonnes of fertiliser to Kenya, paid for by the Netherlands": goods another country pays for are its gift.)
    const paidFor = w.lower === 'paid' && items[p + 1]?.lower === 'for' && prepRole(items[p + 2]) === 'by';
    if (!paidFor && (!w.tags.some((g) => g.k === 'verb' && g.cls === 'send' && g.mood === 'part') || prepRole(items[p + 1]) !== 'by')) continue;
    // on the goods, not a verb of its own ("was bought and paid for by")
    if (hasMark(items[p - 1], MB.aux | MB.passiveAux | MB.coord)) return undefined;
    for (let j = p + (paidFor ? 3 : 2); j <= Math.min(R, p + 6); j++) {
      const it = items[j]!;
      if (it.place) return { at: j, gift: paidFor || hasMark(w, MB.gift) };
      if (!(hasMark(it, MB.det | MB.actor) || (isPlain(it) && !it.cap))) return undefined;
    }
    return undefined;
  }
  return undefined;
}

/** Verbs of sending goods on that their sender received first: re-exporting, reselling ("resold", "revendue", "revendida"). */
const REEXPORT = /^(?:r[eé]-?export|re-?s[oe]ll?|revend|réexpédi)/;

/** Is the verb at idx one of sending onward: "shipped on to", "sent onward to", "re-exported"? */
function onward(items: Item[], idx: number): boolean {
  const w = items[idx + 1]?.lower;
  return REEXPORT.test(items[idx]!.lower) || ((w === 'on' || w === 'onward' || w === 'onwards') && prepRole(items[idx + 2]) === 'to');
}

/** "seguida pelos Estados Unidos", "followed by Chile", "suivie par l'Inde": the agent at k is a next in a ranking. */
function followedBy(items: Item[], k: number): boolean {
  let p = k - 1;
  if (hasMark(items[p], MB.det)) p--;
  return prepRole(items[p]) === 'by' && FOLLOWED.has(items[p - 1]?.lower ?? '');
}

/**
 * The transfer noun at idx stands for transfers of its own: no possessive names their owner ("sus ventas
 * hacia la India"), and no "to"/"for" makes it a purpose ("destinados à exportação para os Estados Unidos").
 */
function bareTransferNoun(items: Item[], idx: number): boolean {
  for (let k = Math.max(0, idx - 2); k < idx; k++) if (POSSESSIVES.has(items[k]!.lower)) return false;
  let p = idx - 1;
  // ("As vendas à Ucrânia": an article opening the sentence, though "as" is also "to the"; or its clause, past
  // an opening adverb or a comma: "Já as vendas à Rússia".)
  const opens = p === 0 || isComma(items[p - 1]) || (p === 1 && items[0]!.tok === 'word' && items[0]!.tags.length === 0);
  if (hasMark(items[p], MB.det) && (prepRole(items[p]) === null || opens)) p--;
  return prepRole(items[p]) !== 'to' && !BENEFIT.has(items[p]?.lower ?? '');
}

/**
 * The signer and the partner of a deal that the infinitive at v is for: a purpose word right before v and a contract noun
 * shortly before ("um acordo para importar", "a deal with Argentina to import"), a place within four words after "with" before it
 * ("con el Gobierno argentino", "with Argentina"), and the subject place before that "with" (of another country).
 */
function dealWith(items: Item[], roles: Array<Role | undefined>, v: number): { signer: number; partner: number } | undefined {
  let k = v - 1;
  // (the purpose word may close a phrase item: "acuerdo para")
  const words = (items[k]?.lower ?? '').split(' ');
  if (!PURPOSE_WORDS.has(words[words.length - 1]!)) return undefined;
  const deal = (w: string): boolean => CONTRACT.test(w) || DEAL_NOUNS.test(w);
  if (!deal(words[0]!) && !hasBefore(items, k, Math.max(0, k - 8), 8, (x) => deal(x.lower))) return undefined;
  let partner: number | undefined;
  let withAt = -1;
  for (k = v - 2; k >= Math.max(1, v - 16) && withAt < 0; k--) {
    if (!WITH_WORDS.has(items[k]!.lower)) continue;
    for (let q = k + 1; q <= k + 4 && q < v; q++) if (items[q]!.place) { partner = q; break; }
    withAt = k;
  }
  if (partner === undefined) return undefined;
  for (k = 0; k < withAt; k++) {
    // (a subject opening the sentence after its article, "A Bolívia assinou", whose "a" may have read as "to")
    // (or the place of the government that signs: "O governo de Cabo Verde assinou um contrato com a Turquia")
    if (!items[k]!.place || !(roles[k]?.role === 'bare' || (k === 1 && hasMark(items[0], MB.det)) || (roles[k]?.role === 'of' && k <= 4 && hasMark(items[k - 2], MB.actor)))) continue;
    return countryAt(items, k) !== countryAt(items, partner) ? { signer: k, partner } : undefined;
  }
  return undefined;
}
/** Nouns of an agreement besides a contract's ("agreement", "convenio", "memorando", "pacto", "protocolo"). */
const DEAL_NOUNS = /^(?:agreement|convenio|convénio|memorand|protocol|pact)/;
/** Words of purpose between a deal and its infinitive ("para", "to", "pour", "de"). */
const PURPOSE_WORDS: ReadonlySet<string> = new Set(['para', 'to', 'pour', 'de', 'a', 'por']);

/**
 * "Colombia firmó con la sueca Saab un contrato para adquirir 17 cazas", "signed with Sweden's Saab a deal to
 * buy": the nationality of the company a purchase was agreed with (before the verb) is the seller.
 */
function contractPartner(items: Item[], roles: Array<Role | undefined>, L: number, idx: number): number | undefined {
  for (let k = L; k < idx; k++) {
    const it = items[k]!;
    const r = roles[k]?.role;
    // ("a signé avec le groupe français Naval Group": a nationality after "with" and a company noun.)
    const withMaker = r === 'demonym' && hasBefore(items, k, L, 3, (x) => WITH_WORDS.has(x.lower));
    // ("signed a contract with South Korea for the purchase of 20 jets": a country the contract is with, named after "with".)
    if (it.place && r === 'between' && it.place.via === 'name' && !it.place.org && it.place.place.kind === 'country') {
      const w = hasMark(items[k - 1], MB.det) ? k - 2 : k - 1;
      if (WITH_WORDS.has(items[w]?.lower ?? '') && CONTRACT.test(items[w - 1]?.lower ?? '')) return k;
    }
    if (!it.place || (r !== 'between' && !withMaker) || !(it.place.via === 'demonym' || items[k + 1]?.lower === 's')) continue;
    // (the company's name right after: "la sueca Saab", or after a possessive: "Sweden's Saab")
    const n = items[k + 1]?.lower === 's' ? items[k + 2] : items[k + 1];
    if (n?.cap && !n.place && !n.trig && !n.cargo) return k;
  }
  return undefined;
}


/** "un contingent militaire", "a military contingent": a word of the military within two words of the verb's object. */
function militaryNear(items: Item[], v: number): boolean {
  for (let k = v + 1; k <= Math.min(items.length - 1, v + 5); k++) if (MILITARY.has(items[k]!.lower)) return true;
  return false;
}
const MILITARY: ReadonlySet<string> = new Set(['military', 'militar', 'militares', 'militaire', 'militaires', 'armed', 'armado']);

/** People sent to be trained (the lexicons' units): pilots, officers, cadets, students, trainees. */
const TRAINEE_UNITS: ReadonlySet<string> = new Set(['pilots', 'officers', 'police', 'police officers', 'gendarmes', 'cadets', 'students', 'trainees', 'recruits', 'technicians']);
/** "training exercises", "ejercicios": a drill, no training given. */
const EXERCISES = /^(?:exercises?|exercícios?|ejercicios?|exercices?|drills?|manoeuvres|maniobras|manobras)$/;

/** The training noun at k follows "for"/"para"/"pour" (maybe with an article): "for training", "pour une formation". */
function forTraining(items: Item[], k: number): boolean {
  let p = k - 1;
  // ("for jungle training", "for basic training": one plain word may qualify it.)
  if (BENEFIT.has(items[p - 1]?.lower ?? '') && !items[p]?.place && !hasMark(items[p], MB.det) && prepRole(items[p]) === null && /^\p{Ll}+$/u.test(items[p]?.lower ?? '')) return true;
  if (hasMark(items[p], MB.det) && prepRole(items[p]) === null) p--;
  return BENEFIT.has(items[p]?.lower ?? '');
}

/** The owner of a possessive before the noun at idx: the place a relative pronoun stands for, else the clause's subject. */
function possessiveOwner(items: Item[], roles: Array<Role | undefined>, L: number, idx: number): number | undefined {
  for (let k = idx - 1; k >= Math.max(0, idx - 12); k--) {
    if (!hasMark(items[k], MB.rel) || LOCATIVE_REL.has(items[k]!.lower)) continue;
    let a = k - 1;
    if (isComma(items[a])) a--;
    // (past an apposition: "o Vietnã, maior produtor de robusta, que")
    if (!items[a]?.place) for (let j = a; j >= Math.max(0, a - 8); j--) if (isComma(items[j])) { a = j - 1; break; }
    return items[a]?.place && items[a]!.place!.via !== 'demonym' ? a : undefined;
  }
  for (let k = L; k < idx; k++) {
    const r = roles[k];
    if (r && (r.role === 'bare' || r.role === 'poss')) return k;
  }
  return undefined;
}

/** An "in" phrase of a place noun after the verb at idx, up to R: "en la isla", "in the country", "no país". */
function inPlaceNoun(items: Item[], idx: number, R: number): boolean {
  for (let k = idx + 1; k < R; k++) {
    if (prepRole(items[k]) !== 'in' || items[k]!.place) continue;
    const n = hasMark(items[k + 1], MB.det) && prepRole(items[k + 1]) === null ? k + 2 : k + 1;
    if (hasMark(items[n], MB.geo) || items[n]?.place) return true;
  }
  return false;
}

/** "emprestou 900 computadores": the plain noun counted right after the verb at idx (an article may come first), or -1. */
function countedObject(items: Item[], idx: number, R: number): number {
  let k = idx + 1;
  if (hasMark(items[k], MB.det) && !items[k]!.tags.some((g) => g.k === 'num')) k++;
  const n = items[k];
  const w = items[k + 1];
  return k + 1 <= R && n && (n.tok === 'num' || n.tags.some((g) => g.k === 'num')) && w && isPlain(w) && !w.cap ? k + 1 : -1;
}

/**
 * "Peru's zinc exports", "as exportações peruanas de zinco": the sentence's first exports noun with its
 * exporting place and the goods named with it (-1: none), or undefined. One pass over the sentence.
 */
function exporterIn(items: Item[], roles: Array<Role | undefined>): { at: number; goods: number; noun: number } | undefined {
  for (let k = 0; k < items.length; k++) {
    if (!items[k]!.tags.some((g) => g.k === 'noun') || !EXPORT_STEM.test(items[k]!.lower)) continue;
    for (let j = Math.max(0, k - 3); j <= Math.min(items.length - 1, k + 1); j++) {
      const r = roles[j]?.role;
      if (!items[j]!.place || !(r === 'poss' || r === 'origin' || r === 'demonym')) continue;
      let goods = -1;
      for (let g = Math.max(0, k - 2); g <= Math.min(items.length - 1, k + 4) && goods < 0; g++) if (isCargo(items[g]) && !items[g]!.place) goods = g;
      return { at: j, goods, noun: k };
    }
    return undefined;
  }
  return undefined;
}


/** Conjunctions opening another clause after a comma ("while", "enquanto", "mientras", "tandis que", "but"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['alors', ...CONTRAST]);
/** Subordinators opening a clause of its own after an attribution (", the ministry said, as police stepped up raids"). */
const CLAUSE_OPENERS_AFTER_SAY: ReadonlySet<string> = new Set([...CLAUSE_OPENERS, 'as', 'when', 'after', 'amid', 'quand', 'lorsque', 'cuando', 'tras', 'quando', 'após']);
/** "mientras que", "tandis que": the "que" closing a clause opener. */
const COMPLEMENTIZER: ReadonlySet<string> = new Set(['que', 'qu']);

/** Do the places before the verb at `v` (from `L`) all lie in another country than the port at `k`, the receiver's ("Le Burkina importe par le port de Tema")? */
function routeAbroad(items: Item[], L: number, v: number, k: number): boolean {
  let other = false;
  for (let j = L; j < v; j++) {
    if (!items[j]!.place) continue;
    if (countryAt(items, j) === countryAt(items, k)) return false;
    other = true;
  }
  return other;
}

/** The country of the place item at k (callers know it is one). */
function countryAt(items: Item[], k: number): string | undefined {
  return items[k]!.place!.place.country;
}

/** People or troops named within the three words after the nationality at idx, before the verb at v ("Bangladeshi migrant workers"). */
function peopleAfter(items: Item[], idx: number, v: number): boolean {
  for (let k = idx + 1; k < Math.min(v, idx + 4); k++) if (isPeople(items[k])) return true;
  return false;
}

/**
 * "expelled 13 Russian diplomats", "expulsou 13 diplomatas russos": the country of the counted officials a verb's
 * object names (a place in the actor role beside an official's noun), or undefined. (A group sent away is a flow of
 * people; one envoy expelled, "a expulsé l'ambassadeur français", is a diplomatic act and counts none.)
 */
function envoysOf(items: Item[], roles: Array<Role | undefined>, ti: number, R: number): number | undefined {
  for (let k = ti + 1; k <= Math.min(R, ti + 6); k++) {
    if (!items[k]!.place) continue;
    if (roles[k]?.role !== 'actor') return undefined;
    const official = hasMark(items[k + 1], MB.actor) ? k + 1 : hasMark(items[k - 1], MB.actor) ? k - 1 : -1;
    return official > ti && items[Math.min(k, official) - 1]?.tok === 'num' ? k : undefined;
  }
  return undefined;
}

/**
 * Verbs saying how long a route takes or what it includes, in the generic present ("the trip takes six hours", "a
 * viagem dura", "le voyage dure"); a past tense tells of one journey ("The trip from Warsaw to Kyiv took 10 hours").
 */
const ROUTE_PREDICATES: ReadonlySet<string> = new Set(['takes', 'lasts', 'includes', 'dura', 'dure', 'leva', 'demora', 'tarda', 'inclui', 'incluye', 'comprend', 'prend']);
/** Personal pronouns that travel ("He made the trip", "Elle a fait le voyage"), beyond the subject pronouns. */
const TRAVELLER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'we', 'i', 'you', 'nós', 'eu', 'nosotros', 'yo', 'nous', 'je', 'on']);

/**
 * Does the sentence name someone who travels: an official or a body ("the minister", "a delegação"), people or troops,
 * a possessive ("his trip", "sua viagem"), a country acting, or a name that is no place ("Lavrov's trip")?
 */
function namesTraveller(items: Item[]): boolean {
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    if (hasMark(it, MB.actor) || POSSESSIVES.has(it.lower) || SUBJECT_PRONOUNS.has(it.lower) || TRAVELLER_PRONOUNS.has(it.lower) || it.tags.some((g) => g.k === 'cargo' && (g.cat === 'people' || g.cat === 'troops'))) return true;
    // ("the pope's trip", "the royal couple's trip")
    if (it.lower === 's' && k > 0 && items[k - 1]!.tok === 'word') return true;
    // (a sentence's first word is capitalised anyway: a name there only with its possessive, "Lavrov's trip")
    if (it.place ? it.place.via === 'demonym' || it.place.via === 'anaphor' : it.cap && it.tok === 'word' && (k > 0 || items[1]?.lower === 's')) return true;
  }
  return false;
}

/** The first place strictly between items a and b, or undefined. */
function placeBetween(items: Item[], a: number, b: number): number | undefined {
  for (let k = a + 1; k < b; k++) if (items[k]!.place) return k;
  return undefined;
}

/** Verbs of arriving, fleeing and migrating: a people's journey, not an army's ("Russians entered Ukraine" is no migration). */
const MIGRATE = /^(?:arriv|cheg|lleg|fle[de]|flee|fog|fug|hu[iy]|fui|fuy|migr|emigr|[ée]migr|imigr|inmigr|immigr)/;
/** Verbs of going on and their particles between people and their journey ("continue to arrive", "siguen llegando", "continuam a chegar"). */
const GOING_ON = new Set(['continue', 'continues', 'continued', 'keep', 'keeps', 'kept', 'to', 'continuam', 'continua', 'seguem', 'a', 'siguen', 'sigue', 'continúan', 'continúa']);
/** Words of a civilian journey: on foot, by train or bus, crossing a river or border, an evacuation, asylum, refuge. */
const CIVILIAN_JOURNEY = /^(?:caminh|camin|march|walk|comboio|trem|tren|train|autocarro|[ôo]nibus|autob[uú]s|bus|cruz|cross|travers|fronteir|fronter|fronti[eè]r|border|evacu|[ée]vacu|asil|asylum|asile|ref[uú]gi|r[ée]fugi|refuge)/;
/** Romance definite plural articles ("os venezuelanos", "les Russes"). */
const DEFINITE_PLURAL = new Set(['os', 'los', 'les', 'as', 'las']);
/** Words that may open a plural nationality used as a noun ("Many Venezuelans", "Os venezuelanos", "Des Syriens"). */
const PEOPLE_OPENERS = new Set(['many', 'more', 'most', 'some', 'os', 'los', 'les', 'des', 'muitos', 'mais', 'muchos', 'más', 'varios', 'vários', 'nombreux', 'plusieurs', 'certains', 'alguns', 'algunos']);

/**
 * "Venezuelans arriving in Brazil", "Os venezuelanos que chegam ao Brasil", "Des Syriens fuient vers la Turquie": a
 * plural nationality used as a noun, the subject of a verb of arriving or fleeing, is people on the move. Not one a
 * noun before it qualifies ("soldados russos chegaram": the soldiers are the goods), nor English "the Russians" (the
 * country's side, not its migrants).
 */
function migrantNationals(items: Item[], k: number, v: number, L: number, lang: Lang): boolean {
  const it = items[k]!;
  if (it.place?.via !== 'demonym' || !it.lower.endsWith('s') || !MIGRATE.test(items[v]!.lower)) return false;
  // the verb right after, past a relative pronoun and auxiliaries ("who have arrived", "que chegaram")
  let j = k + 1;
  const relative = hasMark(items[j], MB.rel);
  if (relative) j++;
  while (j < v && (hasMark(items[j], MB.aux | MB.passiveAux) || GOING_ON.has(items[j]!.lower))) j++;
  if (j !== v) return false;
  const prev = items[k - 1];
  if (k === L || !prev || isComma(prev)) return true;
  if (lang === 'en' && prev.lower === 'the') return false;
  // (A Romance definite article needs the relative clause of a people's condition, "Os venezuelanos que chegam ao
  // Brasil", or a civilian journey, "Os venezuelanos chegaram a Boa Vista depois de caminhar", "Les Afghans sont arrivés
  // par un vol d'évacuation": "Os russos chegaram a Berlim", "Les Russes sont arrivés à Bamako" are an army.)
  if (DEFINITE_PLURAL.has(prev.lower) && !relative && !items.some((x) => CIVILIAN_JOURNEY.test(x.lower))) return false;
  // ("a wave of Haitians arriving", "o fluxo de venezuelanos que chegam")
  return PEOPLE_OPENERS.has(prev.lower) || (hasMark(prev, MB.det) && lang !== 'en') || prepRole(prev) === 'of';
}

/** The nationality at idx qualifies troops or people ("soldats français", "Venezuelan migrants"). */
function qualifiesPeople(items: Item[], idx: number): boolean {
  // ("citizens of Lesotho": past "of" and its article.)
  const before = prepRole(items[idx - 1]) === 'of' ? idx - 2 : hasMark(items[idx - 1], MB.det) && prepRole(items[idx - 2]) === 'of' ? idx - 3 : idx - 1;
  for (const k of [before, idx + 1]) for (const g of items[k]?.tags ?? []) if (g.k === 'cargo' && (g.cat === 'troops' || g.cat === 'people')) return true;
  // ("expulsaram 312 garimpeiros brasileiros": counted people the lexicon does not know.)
  return isPlain(items[idx - 1]) && !items[idx - 1]!.cap && items[idx - 2]?.tok === 'num';
}

/**
 * "repatriou 32 cidadãos que estavam em Gaza", "evacuated 90 nationals who were in Khartoum": the place of
 * a relative clause on the people brought out, right after the verb's object; or undefined.
 */
function whereTheyWere(items: Item[], roles: Array<Role | undefined>, ti: number): number | undefined {
  // (Past an apposition on the people: "40 ressortissants, dont 25 mineurs, qui se trouvaient dans un camp
  // près de Hassaké".)
  for (let k = ti + 1; k < Math.min(items.length, ti + 14); k++) {
    if ((items[k]!.place && items[k]!.place!.via !== 'demonym') || isBoundary(items, k) || items[k]!.trig) return undefined;
    if (!hasMark(items[k], MB.rel)) continue;
    for (let j = k + 1; j < Math.min(items.length, k + 15); j++) {
      if (isBoundary(items, j) || items[j]!.trig) return undefined;
      if (items[j]!.place) return roles[j]?.role === 'in' || (roles[j]?.role === 'of' && hasBefore(items, j, k, 4, (x) => prepRole(x) === 'in')) ? j : undefined;
    }
    return undefined;
  }
  return undefined;
}

/** The place (not a nationality) of an agent right after the participle at i: "deportados por Estados Unidos". */
function agentAfter(items: Item[], i: number): number | undefined {
  if (prepRole(items[i + 1]) !== 'by') return undefined;
  const k = hasMark(items[i + 2], MB.det) ? i + 3 : i + 2;
  return items[k]?.place && items[k]!.place!.via !== 'demonym' ? k : undefined;
}

/** The flows that start at `place` start at `within` instead, a place inside it, named as where they left. */
function startIn(flows: RawFlow[], place: Place, within: Place): void {
  for (const f of flows) {
    if (f.from !== place) continue;
    f.from = within;
    f.fromActor = false;
    f.fromCountry = false;
  }
}

/** The flows that end at `country` end at `city` instead: a city of it where the people landed. */
function endIn(flows: RawFlow[], country: Place, city: Place): void {
  for (const f of flows) {
    if (f.to !== country) continue;
    f.to = city;
    f.toActor = false;
  }
}

/** "formés par des instructeurs français", "trained by Turkish officers": the agent's nationality, or undefined. */
function byDemonym(items: Item[], roles: Array<Role | undefined>, ti: number, R: number): number | undefined {
  for (let k = ti + 1; k <= Math.min(R, ti + 6); k++) {
    if (prepRole(items[k]) !== 'by' || items[k]!.place) continue;
    for (let j = k + 1; j <= Math.min(R, k + 4); j++) {
      // ("por instrutores americanos"; "pelo Exército americano": an institution's nationality too)
      if (items[j]!.place) return items[j]!.place!.via === 'demonym' && (roles[j]?.role === 'origin' || roles[j]?.role === 'actor') ? j : undefined;
    }
    return undefined;
  }
  return undefined;
}

/** "Em Madagáscar, a empresa recebeu...", "In Chad, the army received...": a place framing the sentence, or undefined. */
function frameIn(items: Item[], roles: Array<Role | undefined>, L: number): number | undefined {
  if (L !== 0) return undefined;
  let k = 0;
  if (prepRole(items[k]) !== 'in') return undefined;
  k++;
  if (hasMark(items[k], MB.det)) k++;
  return items[k]?.place && roles[k]?.role === 'in' && isComma(items[k + 1]) ? k : undefined;
}

/**
 * The closing comma of a relative clause opened at `rel` (after a comma) that names no place and no
 * transfer and is followed by "to"/"a" and a place; else -1.
 */
function parentheticalRelative(items: Item[], rel: number, R: number): number {
  for (let j = rel + 1; j <= Math.min(R - 1, rel + 12); j++) {
    const it = items[j]!;
    if (it.place || it.trig || isBoundary(items, j)) return -1;
    if (!isComma(it)) continue;
    let p = j + 2;
    if (hasMark(items[p], MB.det) && !items[p]!.place) p++;
    return prepRole(items[j + 1]) === 'to' && !!items[p]?.place && p <= R ? j : -1;
  }
  return -1;
}

/** Verbs of loading a vessel ("carregou", "loaded", "a chargé", "cargó"). */
const LOADED = /^(?:carreg|load|cargó|cargaron|cargaba|cargado|charg)/;
/** Participles of people held somewhere by the authorities ("detidos na província de Gauteng", "detained in Sabah"). */
const HELD: ReadonlySet<string> = new Set([
  'detained', 'arrested', 'held', 'apprehended', 'detidos', 'detidas', 'capturados', 'capturadas', 'detenidos', 'detenidas',
  'arrestados', 'arrestadas', 'détenus', 'détenues', 'arrêtés', 'arrêtées', 'interpellés', 'interpellées',
]);
/** Participles of people stuck somewhere: "bloqués au Soudan", "stranded in", "retidos no". */
const STRANDED: ReadonlySet<string> = new Set([
  'bloqués', 'bloquées', 'coincés', 'coincées', 'retenus', 'piégés', 'stranded', 'trapped', 'stuck',
  'retidos', 'retidas', 'presos', 'bloqueados', 'bloqueadas', 'atrapados', 'atrapadas', 'varados', 'varadas', 'retenidos',
]);
/** Verbs of bringing people out of a place: evacuate, repatriate (not deport or expel). */
const RESCUE = /^(?:evacu|évacu|repatri|rapatri|brought out|bring out|bringing out)/;
/** Armed forces named as a subject: what they withdraw is troops. */
const ARMIES: ReadonlySet<string> = new Set(['armée', 'army', 'exército', 'ejército', 'forces', 'forças', 'fuerzas', 'militaires', 'military']);
/** Indirect object pronouns before a verb ("lui ont versé", "le entregó", "lhe enviou"). */
const DATIVES: ReadonlySet<string> = new Set(['lui', 'leur', 'le', 'les', 'lhe', 'lhes']);
/** French reflexive pronouns before "être" ("s'est", "se sont", "nous sommes"). */
const REFLEXIVE: ReadonlySet<string> = new Set(['s', 'se', 'me', 'm', 'te', 't', 'nous', 'vous']);
/** What one forms rather than trains: "forment une alliance", "formaram um governo", "form a coalition". */
const BODIES: ReadonlySet<string> = new Set([
  'alliance', 'aliança', 'alianza', 'bloc', 'bloco', 'bloque', 'coalition', 'coalizão', 'coligação', 'coalición',
  'groupe', 'grupo', 'group', 'union', 'união', 'unión', 'gouvernement', 'governo', 'gobierno', 'government', 'front', 'frente', 'partie', 'parte',
  'part', 'noyau', 'núcleo', 'core', 'majorité', 'maioria', 'mayoría', 'majority', 'commission', 'comissão', 'comisión', 'committee', 'comité',
]);
const GROUPS: ReadonlySet<string> = new Set(['groupe', 'grupo', 'group']);

/**
 * Is the object of "former"/"formar" at idx a body formed ("une alliance", "avec le Bénin un bloc")? People
 * counted or named first are trainees ("formé 300 soldats", "un groupe de 200 soldats maliens").
 */
function formsBody(items: Item[], idx: number): boolean {
  for (let k = idx + 1; k <= Math.min(items.length - 1, idx + 6); k++) {
    const w = items[k]!;
    if (w.tok === 'num' || isPeople(w)) return false;
    if (BODIES.has(w.lower)) {
      // "un groupe de 200 soldats": the group trained
      const n = items[k + 2];
      return !(GROUPS.has(w.lower) && prepRole(items[k + 1]) === 'of' && !!n && (n.tok === 'num' || n.tags.some((g) => g.k === 'num' || (g.k === 'cargo' && (g.cat === 'people' || g.cat === 'troops')))));
    }
    // ("avec le Bénin", "avec le Burkina": a partner, named, may come first.)
    if (!(hasMark(w, MB.det) || isPlain(w) || !!w.place || prepRole(w) === 'between')) return false;
  }
  return false;
}

/** The place a nationality right before or after the goods at k names ("Iranian gas", "gás iraniano"), if any. */
function goodsOrigin(items: Item[], roles: Array<Role | undefined>, k: number): Place | undefined {
  for (const j of [k - 1, k + 1]) if (items[j]?.place && roles[j]?.role === 'origin' && roles[j]?.head === 'cargo') return items[j]!.place!.place;
  return undefined;
}

/** Prepositions before "forme" the noun: "sous forme de", "en forme de". */
const FORM_NOUN_BEFORE: ReadonlySet<string> = new Set(['sous', 'en']);

/** Goods bound for a place: "destinados a", "destinés à", "destined for". */
const DESTINED = /^destin/;
/** Prepositions that only ever lead to a destination ("e para a Índia, que comprou": not the seller). */
const TOWARDS: ReadonlySet<string> = new Set(['para', 'pra', 'pour', 'vers', 'hacia', 'rumo']);

/** Companies that speak for themselves in an attribution. */
const COMPANY: ReadonlySet<string> = new Set([
  'company', 'firm', 'manufacturer', 'maker', 'group', 'operator', 'producer', 'exporter', 'shipbuilder', 'carrier',
  'empresa', 'companhia', 'fabricante', 'estatal', 'construtora', 'operadora', 'exportadora', 'produtora', 'petrolífera', 'mineradora',
  'compañía', 'firma', 'constructora', 'petrolera', 'productora',
  'entreprise', 'société', 'groupe', 'constructeur', 'fabricant', 'opérateur', 'exportateur', 'producteur',
]);

/**
 * The nationality in a closing attribution to a company after the trigger at `ti` ("..., the South Korean
 * manufacturer said", "..., informou a construtora angolana", "..., a indiqué le groupe français"), or
 * undefined: its demonym's index when the attribution names one company and one nationality. With
 * `speakers` = INSTITUTIONS, a state institution named by its nationality or its country ("..., Pakistan's
 * military said").
 */
function companySpeaker(items: Item[], ti: number, speakers: ReadonlySet<string> = COMPANY): number | undefined {
  const end = Math.min(items.length, ti + REACH);
  for (let k = ti + 1; k < end; k++) {
    if (!isComma(items[k])) continue;
    // One comma-delimited segment at a time: ", o dobro de 2022, informou a construtora angolana".
    let company = false;
    let saying = false;
    let demonym: number | undefined;
    let places = 0;
    let j = k + 1;
    for (; j < end && !isComma(items[j]) && items[j]!.lower !== '.'; j++) {
      const it = items[j]!;
      if (hasTagMark(it, 'say') || hasMark(it, MB.hedge)) saying = true;
      else if (it.trig) return undefined;
      if (speakers.has(it.lower)) company = true;
      if (it.place) {
        places++;
        // (A state speaks by its nationality or its name: "the Pakistani military", "Pakistan's military".)
        if (it.place.via === 'demonym' || (speakers !== COMPANY && it.place.place.kind === 'country')) demonym = j;
      }
    }
    if (saying) return company && places === 1 ? demonym : undefined;
    k = j - 1;
  }
  return undefined;
}

/** A state's own institutions, named without their country ("a Marinha", "the navy", "el Gobierno"). */
const INSTITUTIONS: ReadonlySet<string> = new Set([
  'marinha', 'exército', 'governo', 'ministério', 'navy', 'army', 'government', 'ministry', 'military',
  'armada', 'ejército', 'gobierno', 'ministerio', 'marine', 'armée', 'gouvernement', 'ministère',
]);

/** Ministries the Iberian press names by their field alone, capitalised: "Defensa mantiene". */
const MINISTRY_NAMES: ReadonlySet<string> = new Set(['defensa', 'exteriores', 'interior', 'hacienda', 'defesa']);

/**
 * "Em março, a Marinha também cedeu…", "The navy also donated…": the subject of a giving verb is a state
 * institution with no place or nationality in the clause, so it gives for the country of the latest giver.
 */
function institutionSubject(items: Item[], t: Trigger, L: number): boolean {
  // (past a dateline's closing dash: "Madrid, 5 feb (EFE).- El Ejército del Aire desplegará")
  let start = L;
  for (let k = t.idx - 1; k > L; k--) if (items[k]!.tok === 'punct' && /^[-–—]$/.test(items[k]!.lower)) { start = k + 1; break; }
  if (t.mood === 'noun' || t.idx - start > 8) return false;
  let inst = false;
  for (let k = start; k < t.idx; k++) {
    const it = items[k]!;
    if (it.place || it.cargo || hasMark(it, MB.rel)) return false;
    if ((INSTITUTIONS.has(it.lower) && hasMark(items[k - 1], MB.det)) || (MINISTRY_NAMES.has(it.lower) && it.cap)) inst = true;
  }
  // (A place anywhere before the verb, "the navy of Ghana" included, has already said no.)
  return inst;
}

const QUOTES: ReadonlySet<string> = new Set(['"', '“', '”', '«', '»']);

function quoteMarks(items: Item[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < items.length; k++) if (items[k]!.tok === 'punct' && QUOTES.has(items[k]!.lower)) out.push(k);
  return out;
}

/**
 * The place naming the speaker after the closing quote of a quotation holding the item at idx, if any. When the quotation
 * speaks in the first person plural ("We export", "Vendemos", "nous recevons"), so does the place the speaker's body is in
 * ("said a manager of a cooperative in Jaén"), and `we` is set.
 */
function quotedSpeaker(items: Item[], roles: Array<Role | undefined>, idx: number, quotes: number[]): { at: number; we: boolean } | undefined {
  let open = -1;
  let close = -1;
  for (const q of quotes) {
    if (q < idx) open = q;
    else if (close < 0) close = q;
  }
  if (open < 0 || close < 0) return undefined;
  // The quotation opens the sentence (or follows a colon): the speaker is named after it.
  if (open > 0 && !(items[open - 1]!.tok === 'punct' && items[open - 1]!.lower === ':')) return undefined;
  let we = false;
  for (let k = open + 1; k < close && !we; k++) we = FIRST_PLURAL.has(items[k]!.lower) || (k === idx && /mos$/.test(items[k]!.lower));
  for (let k = close + 1; k < Math.min(items.length, close + 14); k++) {
    const r = roles[k];
    if (items[k]!.place && r && (r.role === 'actor' || r.role === 'bare' || r.role === 'poss' || r.role === 'demonym')) return { at: k, we };
    // ("d'une usine chimique à Fos-sur-Mer": the French "à" says where too.)
    const at = r?.role === 'to' && ['à', 'au', 'aux'].includes(items[k - 1]?.lower ?? '');
    if (we && items[k]!.place && r && (r.role === 'in' || at || (r.role === 'of' && r.head !== 'cargo')) && items[k]!.place!.via !== 'demonym') return { at: k, we };
  }
  return undefined;
}

/** Words of the first person plural ("we", "our", "nós", "nuestro", "nous", "notre"). */
const FIRST_PLURAL: ReadonlySet<string> = new Set(['we', 'our', 'us', 'nós', 'nosso', 'nossa', 'nossos', 'nossas', 'nosotros', 'nosotras', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'nous', 'notre', 'nos']);

/** Right after a country: it exports, or embarks or ships an amount ("embarcou 3,2 milhões", "shipped a record 55 million", "a expédié 9 000"). */
const SHIPPED_AMOUNT = /^\s+(?:\S+\s+){0,2}(?:export|(?:embarc|shipped|expédi)\S*\s+(?:\d|mais|cerca|perto|quase|more|some|about|nearly|almost|over|a record|plus|quelque|près|unos|unas|más|casi))/;
const EXPORT_STEM = /xport|mbarc|shipped|xpédi/i;
/** Destinations named only as abroad ("abroad", "overseas", "ao exterior", "al extranjero", "à l'étranger"). */
const ABROAD = /(?<!\p{L})(?:abroad|overseas|(?:ao|para o|no|al|para el|en el) (?:exterior|estrangeiro|extranjero)|(?:à|vers) l['’]étranger)(?!\p{L})/iu;
/** Words of selling or exporting, any language ("vendas", "ventas", "ventes", "sales", "exportações"). */
const SALES_STEM = /\b(?:vend|vent[ae]s?\b|sales\b|sold\b|sell)|xport/i;
/**
 * A sentence (past a dateline or an opening adverb) opening with imports: "Já as importações de", "Imports of", "Les importations de",
 * "Imports from China", "As importações da China", "Las importaciones desde Chile", "Les importations en provenance de Chine".
 */
const IMPORTS_OPENING = /^(?:[^.]{0,80}?(?:\)|[-–—])\s*)?(?:[\p{L}]+\s+)?(?:(?:les|as|os|las|los|the|l['’])\s*)?(?:importações|importaciones|importations|imports)\s+(?:de|of|d['’]|des|du|from|da|do|das|dos|del|desde|en provenance d)\s*/iu;
/** A sentence (past a dateline) opening with exports: "Les expéditions de champagne", "As exportações de café", "Exports of rice". */
const LEDE_EXPORTS = /^(?:[^.]{0,80}?(?:\)|[-–—])\s*)?(?:(?:les|as|os|las|los|the|l['’])\s*)?(?:exporta\S*|exports|expéditions|exportations|exportaciones|embarques|shipments)\s+(?:de|of|d['’]|des|du)\s*/i;
/** Exports and imports: "exportaciones", "imports", "réexportations". */
const TRADE_NOUN = /^(?:re-?|ré)?(?:ex|im)port/;

/** "Havana's ally", "Chile's closest partner": a relation noun right after the possessive at k. */
function relationAfter(items: Item[], k: number, lang: Lang): boolean {
  if (items[k + 1]?.lower !== 's') return false;
  const rel = compiled(lang).relationWords;
  for (let j = k + 2; j <= k + 4 && j < items.length; j++) {
    const w = items[j]!.lower;
    if (rel.has(w)) return true;
    if (!isPlain(items[j])) return false;
  }
  return false;
}

/** Is the verb at idx opened by a conjunction (auxiliaries, adverbs aside): "..., e acolheu", "and has sent"? */
/** The index of the conjunction opening the verb at idx (past auxiliaries and adverbs), as coordinatedStart reads it. */
function coordIdx(items: Item[], idx: number): number {
  let k = idx - 1;
  while (k > 0 && (hasMark(items[k], MB.aux | MB.plan | MB.condAux) || (isPlain(items[k]) && !items[k]!.cap)) && idx - k <= 3) k--;
  return k;
}

/**
 * Is the place at k inside an apposition on the place before it, set off by commas and opening with an article ("Bata, la mayor
 * ciudad de Guinea Ecuatorial, …"), closed before v?
 */
function inPlaceApposition(items: Item[], k: number, v: number): boolean {
  const c = appositionStart(items, k);
  if (c < 1 || !items[c - 1]!.place || items[c - 1]!.place!.via === 'demonym' || !hasMark(items[c + 1], MB.det)) return false;
  for (let j = k + 1; j < v; j++) if (isComma(items[j])) return true;
  return false;
}

/** Are the items from a to v - 1 only auxiliaries, or one plain word followed by "de"/"à" ("continue d'", "vient de")? */
function predicateOnly(items: Item[], a: number, v: number): boolean {
  let k = a;
  while (k < v && hasMark(items[k], MB.aux | MB.plan | MB.condAux)) k++;
  if (k === v) return true;
  return k + 2 === v && isPlain(items[k]) && !items[k]!.cap && (prepRole(items[k + 1]) === 'of' || prepRole(items[k + 1]) === 'to');
}

function coordinatedStart(items: Item[], idx: number, mood: Trigger['mood']): boolean {
  let k = idx - 1;
  let aux = false;
  while (k > 0 && (hasMark(items[k], MB.aux | MB.plan | MB.condAux) || (isPlain(items[k]) && !items[k]!.cap)) && idx - k <= 3) {
    if (hasMark(items[k], MB.aux | MB.plan | MB.condAux)) aux = true;
    k--;
  }
  if (!hasMark(items[k], MB.coord)) return false;
  // ("vai formar 40 tripulantes mauricianos e prometeu enviar", "and has sent": without a comma, a finite
  // verb or an auxiliary right after the conjunction still opens a second predicate.)
  return isComma(items[k - 1]) || aux || (k === idx - 1 && (mood === 'fin' || mood === 'fut' || mood === 'cond'));
}

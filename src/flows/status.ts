/** Status of a flow statement: denied, suspended, planned, reported (hedged or attributed) or stated. */
import { hasBefore, hasMark, hasTagMark, isComma, isPeople, isPlain, MB, POSSESSIVES, prepRole, type Item } from './items';
import { CANCEL, ORDER_NOUNS, type Trigger } from './triggers';
import { CONTRACT } from './cargo';
import type { FlowStatus } from '../story';

/**
 * Is the trigger at `ti` attributed or hedged? A hedge after it ("..., said officials") or at the start of
 * the sentence ("Segundo ...", "According to ...") covers it; a hedge verb in an earlier coordinated
 * clause does not ("Moscou a dénoncé une escalade et a déployé des troupes").
 * With `parties` (the countries of the flow's ends), an attribution whose source is an institution of one
 * of those parties ("the ministry said", "informou a televisão estatal em Niamey", "según datos de la
 * aduana brasileña") is the party announcing its own transfer: it does not make the flow `reported`. So is
 * the `agent` (the country of the end that makes the transfer) named alone ("Segundo o Brasil", "Denmark said").
 */
/**
 * The commas around a relative clause set off right before the verb at v ("Hungary, which blocked EU aid to Ukraine,
 * bought"; "A China, que acusou o Japão de provocação, comprou"), or undefined: its words qualify the subject, and its
 * blocking, denying or accusing is none of the verb's. Only auxiliaries and adverbs may stand between it and the verb.
 */
/** Relative adverbs of place ("onde", "where", "donde", "où"): a clause of where, not one about its antecedent. */
export const LOCATIVE_REL: ReadonlySet<string> = new Set(['onde', 'where', 'donde', 'où']);

/** Verbs of accepting or agreeing to do something ("accepté", "aceitou", "aceptó", "agreed"). */
const ACCEPTING = /^(?:accept|aceit|acept|agree|concord)/;

export function relativeBefore(items: Item[], v: number): [number, number] | undefined {
  let c = v - 1;
  for (let n = 0; n < 3 && c > 0 && !isComma(items[c]) && (hasMark(items[c], MB.aux | MB.plan | MB.condAux | MB.passiveAux) || (isPlain(items[c]) && !items[c]!.cap)); n++) c--;
  if (!isComma(items[c])) return undefined;
  for (let j = c - 1; j > 1 && c - j <= REACH; j--) {
    if (isComma(items[j]) || (items[j]!.tok === 'punct')) return undefined;
    if (hasMark(items[j], MB.rel) && isComma(items[j - 1]) && !LOCATIVE_REL.has(items[j]!.lower)) return [j - 1, c];
    // ("Angola, à qual Portugal comprou petróleo, vendeu", "from which", "a la que", "auquel": a relative opened by "to" or "from".)
    const d = dativeRelativeComma(items, j) ?? (FROM_WHERE.has(items[j]!.lower) && isComma(items[j - 1]) ? j - 1 : undefined);
    if (d !== undefined) return [d, c];
  }
  return undefined;
}

/** Relative adverbs of where from, read as one item ("from which", "de onde", "de donde", "d'où"). */
const FROM_WHERE: ReadonlySet<string> = new Set(['from which', 'from where', 'whence', 'de onde', 'de donde', 'desde donde', "d'où"]);

/** Relative pronouns after a preposition ("à qual", "to which", "a quien", "à laquelle"). */
export const DATIVE_REL: ReadonlySet<string> = new Set(['qui', 'quien', 'quienes', 'quem', 'whom', 'which', 'quoi', 'laquelle', 'lequel', 'lesquels', 'lesquelles', 'cual', 'cuales', 'qual', 'quais']);
/** French relatives with "à" joined in ("auquel"). */
export const DATIVE_REL_JOINED: ReadonlySet<string> = new Set(['auquel', 'auxquels', 'auxquelles']);

/**
 * Is the word at j the relative pronoun of a clause opened by a comma and "to" (or, with `from`, "from"): "à qual", "to
 * which", "a la que", "al que", "auquel"? The comma's index, or undefined.
 */
export function dativeRelativeComma(items: Item[], j: number, from = true): number | undefined {
  const w = items[j]?.lower ?? '';
  const prepOk = (k: number): boolean => items[k]?.prep === 'to' || (from && items[k]?.prep === 'from');
  let c: number;
  if (DATIVE_REL_JOINED.has(w)) c = j - 1;
  else if (DATIVE_REL.has(w) && prepOk(j - 1)) c = j - 2;
  // ("a la que España compró", "al que": Spanish "que" after an article)
  else if (w === 'que' && hasMark(items[j - 1], MB.det) && prepOk(j - 2)) c = j - 3;
  else if (w === 'que' && items[j - 1]?.lower === 'al') c = j - 2;
  else return undefined;
  return isComma(items[c]) ? c : undefined;
}

export function hedgedFor(items: Item[], ti: number, parties?: ReadonlySet<string>, agent?: string, rel = relativeBefore(items, ti)): boolean {
  const counts = (k: number): boolean => !(rel && k > rel[0] && k < rel[1]) && hasMark(items[k], MB.hedge) && !ordinal(items, k) && !(parties && ownSource(items, k, parties, agent));
  let coordSince = false;
  // A hedge opening the sentence covers it all ("Segundo X, ..."); a verb of saying there ("Japan said it
  // would..., and Australia has given") not a later clause with a subject of its own.
  const opening = (k: number): boolean => counts(k) && (ATTRIB_PREP.has(items[k]!.lower) || COMPLEMENTIZERS.has(items[k + 1]?.lower ?? '') || !newClauseBetween(items, k, ti));
  let hedged = opening(0) || opening(1);
  for (let k = ti - 1; k >= Math.max(0, ti - REACH) && !hedged; k--) {
    const it = items[k]!;
    if (hasMark(it, MB.coord) && !it.place) coordSince = true;
    if (!coordSince && counts(k)) hedged = true;
  }
  const end = Math.min(items.length, ti + REACH);
  // "The European Union, which already pays the territory 32 million euros, said it was preparing...": a verb of
  // saying right after a relative clause set off by commas is the main clause's; it does not cover the clause.
  let relative = false;
  for (let k = ti - 1; k > Math.max(0, ti - REACH) && items[k]!.lower !== ','; k--) if (hasMark(items[k], MB.rel) && items[k - 1]!.lower === ',') relative = true;
  for (let k = ti + 1; k < end && !hedged; k++) {
    if (relative && items[k]!.lower === ',' && ATTRIB_SAY.has(items[k + 1]?.lower ?? '')) break;
    // ("acoge a 620.000 refugiados, mientras que Arabia Saudí habría depositado 1.000 millones, según medios locales": an
    // attribution after a contrasting clause with a hedge of its own is that clause's.)
    // (So is one whose clause opens with a subject of its own: ", while Pakistan's government said it had sent".)
    if (CONTRAST.has(items[k]!.lower) && isComma(items[k - 1]) && (hasMarkAhead(items, k + 1, end, MB.condAux) || ([1, 2].some((d) => !!items[k + d]?.place && items[k + d]!.place!.via === 'name') && saysBeforeVerb(items, k + 1, end)))) break;
    if (counts(k) && !reducedRelative(items, k) && !chargeOnPerson(items, k)) hedged = true;
  }
  return hedged;
}

/** Words of a charge on a person ("accused", "acusado", "accusé", "suspected", "charged", "wanted"). */
export const CHARGED = /^(?:accused|acusad[oa]s?|accusée?s?|suspected|suspeit[oa]s?|sospechos[oa]s?|soupçonnée?s?|charged|indicted|wanted)$/;
/**
 * Is the hedge at k a charge right after the noun of a person ("a man accused of fraud", "un exalcalde acusado de", "presos
 * acusados de")? It describes the person moved, not the transfer ("Russia is accused of sending" still hedges).
 */
function chargeOnPerson(items: Item[], k: number): boolean {
  const n = items[k - 1];
  return CHARGED.test(items[k]!.lower) && !!n && n.tok === 'word' && !n.place && !hasMark(n, MB.aux | MB.passiveAux | MB.coord) && (isPeople(n) || isPlain(n) || !!n.cargo);
}

/** Verbs of negotiating or discussing ("negotiate", "negociar", "négocier", "discuss", "discutir", "discuter"). */
const NEGOTIATE = /^(?:negotiat|negoci|négoci|discuss|discut)/;
/** Is all between k and v an aside set off by commas (", en cambio,", ", however,"), of at most four words, with no verb or place? */
function asideBetween(items: Item[], k: number, v: number): boolean {
  if (v - k < 3 || v - k > 7 || !isComma(items[k + 1]) || !isComma(items[v - 1])) return false;
  for (let j = k + 2; j < v - 1; j++) if (items[j]!.trig || items[j]!.place || isComma(items[j]) || items[j]!.tags.some((g) => g.k === 'verb')) return false;
  return true;
}

/** Refusals read as negations by the lexicon ("refused to", "recusou-se a", "se negó a", "a refusé de"). */
const REFUSAL = /^(?:refus|declin|recus|se recus|se neg|neg(?:ou|aram)-se|rehus|rehús)/;
/** Verbs of commenting or confirming ("refused to comment", "recusou-se a comentar", "a refusé de commenter"). */
const COMMENT = /^(?:comment|comentar|confirm|confirmar|pronunciar|pronunci|précis|detail|detall|revel)/;
/** Verbs of ruling out, renouncing or giving up ("rule out", "descartar", "renoncer", "abandonar", "give up"). */
const RULE_OUT = /^(?:rule|descart|renunci|renonc|abandon|cancel|annul|anul|halt|stop|cease|cess|deten|parar|interromp|interrump|suspend|suspens)/;

/** Contrasting conjunctions ("but", "mas", "pero", "mais", "while", "mientras", "enquanto", "tandis"). */
export const CONTRAST: ReadonlySet<string> = new Set(['but', 'mas', 'pero', 'mais', 'enquanto', 'mientras', 'while', 'whereas', 'tandis']);
/**
 * Does the clause from a speak before it transfers: a verb of saying before any transfer verb (", while Pakistan's
 * government said it had sent")? A trailing ", according to US intelligence" after the clause's own verb covers both.
 */
function saysBeforeVerb(items: Item[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    if (items[k]!.trig) return false;
    if (hasTagMark(items[k], 'say') || hasMark(items[k], MB.hedge)) return true;
  }
  return false;
}
/** Is there an item with the marker in [a, b)? */
function hasMarkAhead(items: Item[], a: number, b: number, bit: number): boolean {
  for (let k = a; k < b; k++) if (hasMark(items[k], bit)) return true;
  return false;
}

/** Pronouns a reduced relative clause may have as its subject ("systems it says it needs", "arms they claim"). */
const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she', 'we']);

/**
 * Is the verb of saying at k in a relative clause with no relative pronoun, on the noun before its subject
 * ("air defence systems it says it needs"): it attributes that clause, not the transfer.
 */
function reducedRelative(items: Item[], k: number): boolean {
  const s = items[k - 1];
  const n = items[k - 2];
  return !!s && !!n && RELATIVE_SUBJECTS.has(s.lower) && n.tok === 'word' && !hasMark(n, MB.coord) && !hasTagMark(n, 'say') && !n.place;
}

/**
 * Is there, between a and b (within REACH items of a), a comma and a conjunction followed by a place: a
 * clause with a subject of its own ("Japan said it would…, and Australia has given"), not a coordinated
 * subject ("Iran and North Korea had sent")?
 */
function newClauseBetween(items: Item[], a: number, b: number): boolean {
  for (let k = a + 1; k < Math.min(b, a + REACH); k++) {
    if (!hasMark(items[k], MB.coord) || !(items[k - 1]!.tok === 'punct' && items[k - 1]!.lower === ',')) continue;
    const n = hasMark(items[k + 1], MB.det) ? items[k + 2] : items[k + 1];
    if (n?.place && n.place.via !== 'demonym') return true;
  }
  return false;
}

/**
 * Is "segundo" at k the ordinal "second", not "according to": after an article ("o segundo mercado") or in a short
 * aside of its own (", segundo mercado,")?
 */
function ordinal(items: Item[], k: number): boolean {
  if (items[k]!.lower !== 'segundo' && items[k]!.lower !== 'segunda') return false;
  if (hasMark(items[k - 1], MB.det)) return true;
  return items[k - 1]?.lower === ',' && RANKED_NOUNS.test(items[k + 1]?.lower ?? '') && [2, 3].some((d) => items[k + d]?.lower === ',');
}

/** Past forms ("enviou", "llegó", "sent"): no present plan. */
const PRETERITE = /(?:ou|eu|iu|aram|eram|iram|ó|ió|aron|ieron|ed)$/;
/** Futures of "to be" (a passive to come). */
const FUTURE_BE: ReadonlySet<string> = new Set(['será', 'serão', 'serán', 'sera', 'seront']);
/** Verbs of ordering goods ("ordered", "encomendou", "a commandé", "encargó"). */
const ORDER_VERB = /^(?:order|encomend|encarg|command)/;
/** A Portuguese, Spanish or French future form by its ending ("firmará", "assinarão", "signeront"). */
const ROMANCE_FUTURE = /^\p{L}{3,}(?:rá|rán|rão|ront)$/u;

/** Nouns and adjectives a "segundo" (second) ranks: "segundo mercado", "segundo maior", "segundo país". */
const RANKED_NOUNS = /^(?:mercado|destino|comprador|cliente|maior|mayor|lugar|pa[ií]s|fornecedor|proveedor|exportador|importador|produtor|productor|parceiro|socio|emissor|colocado|classificado)/;

/** Prepositional attributions ("according to X") and reporting verbs ("X said", "informou X"). */
const ATTRIB_PREP = new Set(['according to', 'segundo', 'de acordo com', 'conforme', 'según', 'de acuerdo con', 'conforme a', 'selon', "d'après", 'd après']);
const ATTRIB_SAY = new Set([
  'said', 'says', 'say', 'told', 'informou', 'informaram', 'disse', 'disseram', 'afirmou', 'diz', 'dizem',
  'informó', 'informaron', 'dijo', 'dijeron', 'afirmó', 'a déclaré', 'a affirmé', 'a indiqué',
]);
/**
 * A source that speaks for a state: its ministries, government, officials, embassy or high commission, customs,
 * official data, armed forces, police and authorities, and its national and central bodies ("o Operador Nacional
 * do Sistema", "the central bank").
 */
const OWN_SOURCE = /^(ministr|minist[eéè]r|government|governo|gobierno|gouvernement|officials?$|oficia|officiel|embass|embaixad|embajad|ambassad|commission$|custom|aduana|alf[aâ]ndeg|douane|secretar|presid[eê]n|pr[ée]siden|chancel|cancill|spokes|porta-voz|portavoz|porte-parole|state$|estatal|navy|marinha|military$|militar$|militaire$|department$|departamento$|armada|marine$|army|ex[eé]rcito|ej[eé]rcito|arm[ée]e$|pol[ií]c|police|autorit|authorit|autoridad|nacional$|nacionais$|national$|nationale$|central$|centrale$)/;
/**
 * Words that speak for a state only when nobody else is named with them: a directorate or institute, a note or
 * statement ("según el comunicado", "la Direction générale des migrations égyptienne"; not "a statement from
 * Amnesty International", "le directeur de l'AIEA").
 */
const OWN_GENERIC = /^(pasta$|direc|dire[cç][aã]o|institut|instituci|institui[cç]|nota$|comunicad|communiqu|statement)/;
/** Figures a body publishes ("according to data from Secex", "según cifras del DANE", "selon les chiffres des douanes"). */
const DATA_WORDS = /^(data|figures|statistics|dados|n[uú]meros|estat[ií]stic|datos|cifras|donn[ée]es|chiffres|statistiques)$/;
/** A company speaking, "the company said", "informó la empresa": the party's own only as "the company", unqualified. */
const COMPANY_WORDS = 'company|compa[nñ][ií]a|companhia|empresa|entreprise|soci[ée]t[ée]|firm';
const COMPANY = new RegExp(`^(?:${COMPANY_WORDS})$`);
/** A firm as a source of figures ("le cabinet Kpler", "the consultancy", "la empresa"). */
const FIRM = new RegExp(`^(?:cabinet|consult|${COMPANY_WORDS})`);
const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'o', 'la', 'el', 'le', 'l']);
/** A third party reporting on others: UN bodies, agencies, NGOs, researchers, media, intelligence, sources, trade bodies. */
const THIRD_SOURCE = /^(un$|onu$|nations|na[cç](?:[õo]es|iones)|agen|ag[eê]nc|experts?$|especialist|analyst|analist|research|investigad|pesquisad|chercheur|report|relat|rapport|informe|source|fonte|fuente|media|m[eé]dios|presse|press$|imprensa|prensa|intelligence|intelig|renseign|ngo|ong|organi[sz]|group|grupo|groupe|programme|program|monitor|journalist|jornalist|periodist|diplomat|diplom[aá]tic|panel|consorti|enquête|investiga|satellite|sat[eé]lit|tracking|rastreamento|seguimiento|associa|asocia|federa[cç]|federaci|f[eé]d[eé]ration|conf[eé]d[eé]ra[cçt]|sindicat|syndicat)/;

/** Is the attribution at `k` sourced to an institution of one of `parties` (and to nobody else)? */
function ownSource(items: Item[], k: number, parties: ReadonlySet<string>, agent?: string): boolean {
  const at = items[k]!;
  const isStop = (it: Item): boolean => it.tok === 'punct' && /^[,;.:!?«»"“”]$/.test(it.lower);
  let from: number;
  let to: number;
  // (Forward, a name's acronym in parentheses ends it: "selon l'Office fédéral de la douane et de la sécurité des frontières (OFDF)".)
  const ends = (it: Item): boolean => isStop(it) || it.lower === '(';
  if (ATTRIB_PREP.has(at.lower)) {
    from = k + 1;
    to = from;
    while (to < items.length && !ends(items[to]!)) to++;
  } else if (ATTRIB_SAY.has(at.lower)) {
    // "..., the Ukrainian infrastructure ministry said": the words back to the comma; else "informou o Itamaraty".
    from = k;
    while (from > 0 && !isStop(items[from - 1]!)) from--;
    to = k;
    // ("Malaysia, for its part, said it had deported", "Kuwaiti authorities, meanwhile, said": past a short aside set off by
    // commas, the few words before it; not a clause before an apposition, "a China, el primero en cinco años, informó".)
    if (from === k && k >= 2 && items[k - 1]!.lower === ',') {
      let j = k - 2;
      while (j > 0 && !isStop(items[j]!) && !items[j]!.place && k - j <= 6) j--;
      let f = j;
      while (f > 0 && !isStop(items[f - 1]!)) f--;
      if (items[j]!.lower === ',' && j < k - 2 && f < j && j - f <= 4) [from, to] = [f, j];
    }
    if (from === k) {
      from = k + 1;
      to = from;
      while (to < items.length && !ends(items[to]!)) to++;
    }
  } else return false;
  if (to - from > 12) return false;
  let own = false;
  let generic = false;
  let named = false;
  let agency = false;
  let partyPlace = false;
  // ("de acordo com dados da Secex": official figures named by the body's own name.)
  // (Not a firm's: "selon les données du cabinet Kpler", "data from the consultancy Wood Mackenzie".)
  const data = (DATA_WORDS.test(items[from]?.lower ?? '') || (hasMark(items[from], MB.det) && DATA_WORDS.test(items[from + 1]?.lower ?? ''))) && !hasBefore(items, to, from, to - from, (x) => FIRM.test(x.lower));
  for (let i = from; i < to; i++) {
    const it = items[i]!;
    if (it.place) {
      const c = it.place.place.country;
      if (!c || !parties.has(c)) return false;
      partyPlace = true;
      // ("figures from Employment and Social Development Canada", "Statistics Canada": a body named for a party.)
      // ("the Tea Board of Kenya", "the Central Bank of Kenya": or before "of".)
      if (it.place.via === 'name' && i - 1 >= from && (BODY_WORDS.test(items[i - 1]?.lower ?? '') || (items[i - 1]?.prep === 'of' && BODY_WORDS.test(items[i - 2]?.lower ?? '')))) own = true;
      // ("según la sección mexicana de la Comisión...": a party's own body, named by its nationality first.)
      if (it.place.via === 'demonym' && i <= from + 2 && BODY_NOUNS.test(items[i - 1]?.lower ?? '')) own = true;
      // ("informó este jueves el Instituto Guatemalteco de Migración": an institute named for a party's nationality is its state's.)
      // ("the Guatemalan Migration Institute said": in English the nationality first.) (Not an independent one: "el Instituto Israelí de
      // Democracia, un centro de estudios independiente".)
      const institute = (/^institut/.test(items[i - 1]?.lower ?? '') && items[i - 1]!.cap) || [1, 2].some((d) => /^institut/.test(items[i + d]?.lower ?? '') && items[i + d]!.cap);
      if (it.place.via === 'demonym' && institute && !hasBefore(items, Math.min(items.length, to + 8), i, to + 8 - i, (x) => INDEPENDENT.test(x.lower))) own = true;
    }
    let ownWord = false;
    for (const w of it.lower.split(/\s+/)) {
      // ("the migration agency in Tashkent": an agency placed in a party's country is that state's.)
      // ("the migration agency in Tashkent": an agency placed in a party's country is that state's; so is a
      // bank named for it, "o Banco de Portugal", "el Banco de Guatemala".)
      if (AGENCY.test(w) || (BANK.test(w) && !PRIVATE_BANKS.test(items.slice(i, Math.min(to, i + 4)).map((x) => x.lower).join(' ')))) {
        agency = ownWord = true;
        continue;
      }
      // ("disse à Lusa fonte do Ministério das Finanças português", "a source at the defence ministry": a
      // source of a state body speaks for it.)
      if (SOURCE_WORD.test(w) && bodySource(items, i + 1, to)) continue;
      // (Not the French and Spanish article, "a indiqué le ministère dans un communiqué", "Un portavoz": only the acronym "UN".)
      if (THIRD_SOURCE.test(w) && !(w === 'un' && !it.acro)) return false;
      // ("a Russian national told reporters": "national" is a body only in a name: capitalised, or after a
      // capitalised word that is no place, "l'Office national".)
      if (OWN_SOURCE.test(w) && !(NATIONAL.test(w) && !it.cap && !(items[i - 1]?.cap && !items[i - 1]!.place))) own = ownWord = true;
      else if (OWN_GENERIC.test(w)) generic = ownWord = true;
      // (not "a shipping company", "une société d'analyse", "una empresa de ciberseguridad": a third party)
      else if (COMPANY.test(w) && DEFINITE_ARTICLES.has(items[i - 1]?.lower ?? '') && (i + 1 >= to || items[i + 1]!.tok === 'punct' || hasTagMark(items[i + 1], 'say'))) generic = ownWord = true;
    }
    // (a capitalised name that is no place and no word of the state's: someone else speaks)
    if (!it.place && !ownWord && it.cap && i > from) named = true;
  }
  // ("Segundo o Brasil,", "Denmark said", "according to Embraer" after "the Brazilian maker Embraer": the party that
  // makes the transfer, itself speaking; not the other end, "Russia deported children to Belarus, Kyiv says".)
  let bare = partyPlace && agent !== undefined;
  for (let i = from; i < to && bare; i++) if ((!items[i]!.place || items[i]!.place!.place.country !== agent) && !hasMark(items[i], MB.det)) bare = false;
  // ("Estonia received 300 missiles from the United States, its defence investment centre said": a body the possessive gives to
  // the clause's subject, a party, speaks for it.)
  const possessed = ATTRIB_SAY.has(at.lower) && from < k && (items[from]!.lower === 'its' || items[from]!.lower === 'their') && !named && hasBefore(items, k, from + 1, k - from - 1, (x) => OWN_BODY.test(x.lower));
  return own || bare || data || possessed || (generic && !named) || (agency && partyPlace && !named);
}

/** Words saying a body is independent or private ("independent", "independiente", "privado", "privé"). */
const INDEPENDENT = /^(?:ind[eé]pend|privad|priv[eé]|private)/;
/** Heads of a state body a possessive may give to a party ("its defence investment centre", "their interior ministry"). */
const OWN_BODY = /^(?:centre|center|office|bureau|ministry|department|agency|command|service|services|authority|institute|council|government|army|navy|military|police|coastguard|customs)$/;

/** Words before "stop" that make it a stop on a trip ("the last stop", "a brief stop", "its first stop"), not a halt ("put a stop to"). */
const TRIP_STOP = /^(?:last|first|next|final|second|third|fourth|only|brief|short|previous|latest|overnight)$/;
/**
 * Does a predicate of its own open between a word of suspension at k and the trigger: a conjunction before a verb of saying or a
 * verb ("Atenas suspendeu os pedidos de asilo e diz ter devolvido à Turquia 240 pessoas", "Greece suspended asylum claims and
 * returned 240 people")? Not nouns coordinated under the suspension: "suspended the sale and delivery of arms".
 */
function predicateAfter(items: Item[], k: number, t: Trigger): boolean {
  // (an English past form read as a participle is a past verb with its object after it: "and returned 240 people")
  const obj = items[t.idx + 1];
  const active = t.mood !== 'part' || (!!obj && (obj.tok === 'num' || hasMark(obj, MB.det) || !!obj.cargo) && prepRole(obj) === null);
  for (let j = k + 1; j < t.idx; j++) {
    if (!hasMark(items[j], MB.coord)) continue;
    const nx = items[j + 1];
    if (j + 1 === t.idx ? t.mood !== 'noun' && active : hasTagMark(nx, 'say') || !!nx?.tags.some((g) => g.k === 'verb' && g.mood !== 'part')) return true;
  }
  return false;
}

/** Is the marker at k the noun of a stop on a trip ("Madagascar, the last stop, is to receive")? */
const tripStop = (items: Item[], k: number): boolean => /^stops?$/.test(items[k]!.lower) && TRIP_STOP.test(items[k - 1]?.lower ?? '');

/** English forms of "be" before "due to" ("is due to send"). */
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);
/** Portuguese auxiliaries of the future perfect ("terá enviado", "terão chegado"). */
const FUTURE_PERFECT_AUX: ReadonlySet<string> = new Set(['terá', 'terão']);
/** Portuguese auxiliaries of the future progressive, a hedge before "a" and an infinitive ("estará a enviar"). */
const FUTURE_PROGRESSIVE_AUX: ReadonlySet<string> = new Set(['estará', 'estarão']);

/** Words for an unnamed source ("fonte", "a source", "fuentes"). */
const SOURCE_WORD = /^(sources?|fontes?|fuentes?)$/;

/** Does a state body follow a source word at `k` ("fonte do Ministério", "a source at the ministry", "une source au ministère")? */
function bodySource(items: Item[], k: number, to: number): boolean {
  if (k >= to || items[k]!.prep === null) return false;
  // (past an article and up to two modifiers: "a source at the Russian defence ministry")
  for (let n = 0, j = k + 1; n < 4 && j < to && items[j]!.prep === null; n++, j++) {
    const w = items[j]!.lower;
    if (OWN_SOURCE.test(w) && !NATIONAL.test(w)) return true;
    if (THIRD_SOURCE.test(w)) return false;
  }
  return false;
}

/** Is the noun at idx coordinated with an earlier one by "and" and an article ("et la formation")? */
function coordinatedNoun(items: Item[], idx: number): boolean {
  return hasMark(items[idx - 1], MB.det) && !POSSESSIVES.has(items[idx - 1]!.lower) && hasMark(items[idx - 2], MB.coord);
}

/** An agency: a state's own only when placed in a party's country, with no name of its own ("Anadolu Agency"). */
const AGENCY = /^(agency|agencies|ag[eê]ncias?|agencias?|agences?)$/;
/** Words of a state body's name before its country ("Employment and Social Development Canada", "Statistics Canada"). */
const BODY_WORDS = /^(?:statistics|development|department|ministry|bureau|office|agency|board|administration|authority|institute|services|estad[ií]stica|estat[ií]stica|statistique)$/;
/** A state body named by its nationality after it ("la sección mexicana", "a delegação portuguesa"). */
const BODY_NOUNS = new RegExp(`^(?:secci[oó]n|sec[cç][aã]o|section|delegaci[oó]n|delega[cç][aã]o|d[ée]l[ée]gation|divisi[oó]n|divis[aã]o|division|aduana|alf[aâ]ndega|douane|customs|${COMPANY_WORDS})$`);
/** Private banks that carry a country's name ("Bank of America"). */
const PRIVATE_BANKS = /\bof america\b|\bdo brasil s\.?a|\bsantander\b/;
/** A bank: a state's own only when named for a party's country ("Banco de Portugal"; not "Banco Mundial"). */
const BANK = /^(bank|banco|banque)$/;
/** "Nacional", "National": part of a body's name only in a name (see ownSource). */
const NATIONAL = /^(nacional|nacionais|national|nationale)$/;

export const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['que', 'qu', 'that']);
/** Impersonal plan markers that govern a complement clause ("está previsto que", "it is expected that", "il est prévu que"). */
const EXPECTED = /previst|expected|esperad|espera|pr[ée]vu/;
/** Past forms of approving ("approved", "aprovou", "aprobó", "approuvé", "authorized", "autorizou"). */
const APPROVED = /^(?:approved|aprovou|aprovaram|aprobó|aprobaron|approuvé|authori[sz]ed|autorizou|autorizaram|autorizó|autorizaron|autorisé|cleared)$/;

/**
 * "Lima afirmó que vendería", "a annoncé qu'elle enverrait": a simple conditional in what a speaker
 * declared is the future of the past, a plan; alone ("teria enviado", "enverrait") it is an allegation.
 */
function futureOfPast(items: Item[], idx: number): boolean {
  for (let k = idx - 1; k >= Math.max(1, idx - 4); k--) {
    if (COMPLEMENTIZERS.has(items[k]!.lower)) return hasTagMark(items[k - 1], 'say');
  }
  return false;
}

/** Infinitive particles between a coordination and its verb ("e a vender", "and to sell", "et de vendre"). */
const INF_PARTICLES: ReadonlySet<string> = new Set(['a', 'de', 'to', 'd', 'à']);

/** Is the verb at v an infinitive coordinated ("e a", "and to", "y") with an earlier one right after a plan marker? */
function coordinatedWithPlan(items: Item[], v: number): boolean {
  let c = v - 1;
  if (INF_PARTICLES.has(items[c]?.lower ?? '')) c--;
  if (!hasMark(items[c], MB.coord)) return false;
  for (let k = c - 1; k >= Math.max(0, c - 25); k--) {
    const it = items[k]!;
    if ((it.tok === 'punct' && it.lower !== ',') || hasMark(it, MB.rel)) return false;
    if (hasMark(it, MB.plan)) return [1, 2, 3].some((d) => items[k + d]?.trig && k + d < c);
  }
  return false;
}

/** Auxiliaries of a perfect infinitive ("negó haber recibido", "denied having sent", "a nié avoir livré", "negou ter enviado"). */
const PERFECT_INF: ReadonlySet<string> = new Set(['haber', 'ter', 'having', 'avoir']);

/** Is the verb at i inside a relative clause opened by a comma and a relative pronoun after `lo` ("Pakistan, which fought…")? */
export function relativeOpen(items: Item[], i: number, lo: number): boolean {
  return relativeOpenAt(items, i, lo) >= 0;
}

/** The relative pronoun that opens, after a comma, the clause item i stands in (looking back to lo, not past a comma), or -1. */
function relativeOpenAt(items: Item[], i: number, lo: number): number {
  for (let k = i - 1; k > lo; k--) {
    if (isComma(items[k])) return -1;
    if (hasMark(items[k], MB.rel) && isComma(items[k - 1])) return k;
  }
  return -1;
}

/** How far (in items) status and hedge markers may lie from their trigger: keeps run-on text linear. */
export const REACH = 60;

/** Happening, after a negation on a transfer noun ("did not materialise", "não se concretizou", "ne s'est pas concrétisé"). */
const HAPPENED = /^(?:materiali[sz]e[ds]?|happen(?:ed)?|resumed?|concretiz(?:ou|ado|ada)|concretizó|concretizado|materializ(?:ou|ó)|concrétisée?|matérialisée?|aconteceu|ocurrió|eu lieu)$/;
/** Banned, forbidden ("banned", "proibiu", "prohibida", "interdit"): a transfer banned is none. */
const BANNED = /^(?:banned|bans|prohibited|prohibits|forbade|forbidden|forbids|proibiu|proíbe|proibida|proibidas|proibido|proibidos|prohibió|prohíbe|prohibida|prohibidas|prohibido|prohibidos|interdit|interdite|interdits|interdites|interdisent)$/;

/** Conjunctions of contrast opening a clause after a comma (", mas", ", but", ", pero", ", mais"). */
const CONTRAST_CLAUSE: ReadonlySet<string> = new Set(['mas', 'but', 'pero', 'mais']);

/** `rel`: the relative clause right before the verb (relativeBefore), when the caller has it. */
export function statusOf(items: Item[], t: Trigger, L: number, hedged: boolean, rel = relativeBefore(items, t.idx)): FlowStatus {
  let denied = false;
  let suspended = false;
  const reportedPlan = t.mood === 'cond' && futureOfPast(items, t.idx);
  let planned = t.mood === 'fut' || reportedPlan;
  let reported = hedged || (t.mood === 'cond' && !reportedPlan);
  if (hasMark(items[t.idx], MB.plan)) planned = true; // "pledged", "prometeu"
  // "serán trasladadas", "serão enviados", "seront livrés": a future of "to be" right before the participle.
  if (t.mood === 'part' && [1, 2].some((d) => FUTURE_BE.has(items[t.idx - d]?.lower ?? ''))) planned = true;
  // ("to negotiate the delivery of Patriot missiles", "para negociar a venda de": a transfer under negotiation is to come.)
  if (t.mood === 'noun' && [1, 2].some((d) => NEGOTIATE.test(items[t.idx - d]?.lower ?? ''))) planned = true;
  // "a officialisé la commande de deux sous-marins", "a encomenda de 12 aviões": an order is a delivery to come.
  if (t.mood === 'noun' && ORDER_NOUNS.has(items[t.idx]!.lower)) planned = true;
  // ("Peru has ordered 24 jets from South Korea", "encomendou", "a commandé", "encargó": so is goods ordered, by a verb.)
  // (A participle on the goods too, "Les Rafale commandés en 2015": a delivery verb after it, "ont été livrés", states the delivery, and
  // its flow's status outranks this one's, see mergeStatus.)
  if (t.mood !== 'noun' && t.cls === 'receive' && ORDER_VERB.test(items[t.idx]!.lower)) planned = true;
  // "had received no weapons", "não recebeu nenhum míssil", "n'a reçu aucune arme".
  if (hasMark(items[t.idx + 1], MB.neg) || (hasMark(items[t.idx + 1], MB.det) && hasMark(items[t.idx + 2], MB.neg))) denied = true;
  const end = Math.min(items.length, t.idx + REACH);
  // "..., a charge Abu Dhabi denies"; but "negou que pretenda retirar" denies the clause after it.
  // ("México, que también ha enviado petróleo al país, negó haber recibido pagos": nor, for a verb in a relative clause set
  // off by commas, the main verb after it denying a perfect infinitive, "having received", "avoir reçu": its own clause.)
  for (let k = t.idx + 1; k < end; k++) if (hasMark(items[k], MB.deny) && !hasMark(items[k + 1], MB.rel) && !(PERFECT_INF.has(items[k + 1]?.lower ?? '') && isComma(items[k - 1]) && relativeOpen(items, t.idx, Math.max(0, t.idx - 9)))) denied = true;
  // ("A Rússia negou estar a fornecer mísseis, mas admitiu ter vendido caças": a clause of contrast has a status of its own.)
  let from = Math.max(0, t.idx - REACH);
  for (let k = t.idx - 1; k > from; k--) {
    // (Not the Portuguese "mais de", "more than".)
    if (CONTRAST_CLAUSE.has(items[k]!.lower) && isComma(items[k - 1]) && items[k + 1]?.prep == null && items[k + 1]?.tok === 'word') {
      from = k + 1;
      break;
    }
  }
  // ("A Turquia nega ter enviado militares [...] durante a ofensiva em Nagorno-Karabakh, que levou 100 mil armênios a deixar a
  // região": a verb in a relative clause on a place, set off after the denial, has a status of its own; not a completive "que"
  // past an aside, "negou, em comunicado, que Lisboa esteja a ponderar enviar", "negou, em Lisboa, que Portugal tenha enviado".)
  const relAt = relativeOpenAt(items, t.idx, from);
  if (relAt >= 0 && !!items[relAt - 2]?.place && !(prepRole(items[relAt - 3]) !== null && isComma(items[relAt - 4]))) from = relAt + 1;
  for (let k = from; k < t.idx; k++) {
    if (rel && k > rel[0] && k < rel[1]) continue;
    const it = items[k]!;
    if (hasMark(it, MB.deny)) denied = true;
    // (not a stopping refused: "refused to stop sending weapons" goes on sending)
    // (nor one a resumption follows: "resumed exporting crude after an eleven-month halt, pumping 90,000 barrels a day")
    // ("Después de suspender las exportaciones en 2022, India vendió": nor one after "after", a word or a phrase, "depois de".)
    const beforeHalt = items[hasMark(items[k - 1], MB.det) ? k - 2 : k - 1];
    if (hasMark(it, MB.suspend) && !REFUSAL.test(items[k - 1]?.lower ?? '') && !AFTER_HALT.has(beforeHalt?.lower ?? '') && !hasMark(beforeHalt, MB.after) && !resumedBefore(items, from, k) && !tripStop(items, k) && !predicateAfter(items, k, t)) suspended = true;
    if (hasMark(it, MB.condAux)) reported = true;
    // ("O Brasil terá enviado 20 tanques", "os militares terão chegado": the Portuguese future perfect of a past event is a hedge,
    // like "teria enviado"; "terá de enviar" is a plan.)
    // (So in the passive, "terão sido enviados"; and "estará a enviar", the progressive, before the verb's infinitive.)
    const perfect = items[k + 1]?.lower === 'sido' ? items[k + 2] : items[k + 1];
    if (FUTURE_PERFECT_AUX.has(it.lower) && perfect?.tags.some((g) => g.k === 'verb' && g.mood === 'part')) reported = true;
    // ("Brazil is due to send 20 tanks", "are due to be delivered in 2027": a plan; not "due to bad weather", a cause.)
    if (it.lower === 'due' && items[k + 1]?.lower === 'to' && BE_FORMS.has(items[k - 1]?.lower ?? '') && (k + 2 === t.idx || (items[k + 2]?.lower === 'be' && k + 3 === t.idx))) planned = true;
    if (FUTURE_PROGRESSIVE_AUX.has(it.lower) && items[k + 1]?.lower === 'a' && k + 2 === t.idx && t.mood === 'inf') reported = true;
    // ("O Brasil recusou enviar tanques": a verb of refusing right before the infinitive denies it.)
    if (REFUSAL.test(it.lower) && k + 1 === t.idx && t.mood === 'inf') denied = true;
    // ("España descartó, en cambio, enviar tropas": past an aside set off by commas too.)
    const near = k >= L - 1 && (t.idx - k <= 4 || (hasMark(it, MB.neg) && asideBetween(items, k, t.idx)));
    // ("refused to send missiles": a refusal denies; "refused to stop sending weapons" or "refused to rule out" denies
    // the stopping, not the sending; "refused to comment the delivery" attributes nothing and denies nothing.)
    const refusal = REFUSAL.test(it.lower);
    const refused = refusal && k + 1 < t.idx ? items[k + 1]! : undefined;
    if (refused && (hasTagMark(refused, 'say') || hasMark(refused, MB.hedge) || COMMENT.test(refused.lower))) reported = true;
    else if (refused && (hasMark(refused, MB.suspend) || RULE_OUT.test(refused.lower))) { /* a double negative: no denial */ }
    // (nor the ruling out a refusal governs: "refused to rule out sending")
    // ("The Czech Republic no longer receives Russian oil", "ya no recibe", "já não recebe", "ne reçoit plus", "não recebe mais": a
    // transfer that has stopped is suspended, not denied.)
    else if (near && hasMark(it, MB.neg) && !REFUSAL.test(items[k - 1]?.lower ?? '')) {
      if (noLonger(items, k, t.idx)) suspended = true;
      else denied = true;
    }
    // "no Russian grain has been sent", "nenhum soldado foi enviado": a negative on the goods themselves.
    // (Not the verb itself read as goods: "ne livre plus", where "livre" is also a pound.)
    if (hasMark(it, MB.neg) && t.idx - k <= 8 && k >= L - 1 && ((items[k + 1]?.cargo && k + 1 !== t.idx) || (items[k + 1]?.place?.via === 'demonym' && items[k + 2]?.cargo))) denied = true;
    // ("Le contrat prévoit la livraison de missiles et la formation de pilotes": a plan governs the nouns
    // it lists, farther off: a noun after "et la", not "et ses exportations" nor "alors que les exportations".)
    // ("está previsto que el Gobierno español firme un préstamo", "it is expected that": an impersonal plan
    // with a complement clause governs that clause; "officials agreed that Russia had sent" plans nothing.)
    if ((t.idx - k <= 5 || (t.mood === 'noun' && t.idx - k <= 12 && coordinatedNoun(items, t.idx)) || (t.idx - k <= 10 && COMPLEMENTIZERS.has(items[k + 1]!.lower) && EXPECTED.test(it.lower))) && hasMark(it, MB.plan)) planned = true;
    // "approved the sale of 612 missiles", "aprovou a venda": an approved transfer noun is yet to happen.
    if (t.mood === 'noun' && t.idx - k <= 3 && APPROVED.test(it.lower)) planned = true;
  }
  // "comprometeu-se a doar trigo à Guiné-Bissau e a vender-lhe fertilizantes", "pledged to send tanks and to
  // train crews": an infinitive coordinated with a planned one is planned too.
  // (Only an infinitive, or an English base form after "to": "and imports 100 million tonnes a year" is a fact.)
  // (English bare forms after "and" too, "pledged to send tanks and train crews"; not "and imports 100 million tonnes".)
  const bareEn = t.mood === 'fin' && (items[t.idx - 1]?.lower === 'to' || ((items[t.idx - 1]?.lower === 'and' || items[t.idx - 1]?.lower === 'or') && !/(?:s|ed)$/.test(items[t.idx]!.lower)));
  if (!planned && (t.mood === 'inf' || bareEn)) planned = coordinatedWithPlan(items, t.idx);
  // ("N'Djamena a accepté d'accueillir 1 000 soldats", "aceitou receber", "agreed to host": what a party accepts to do is
  // yet to happen.)
  if (!planned && (t.mood === 'inf' || bareEn)) {
    const p = items[t.idx - 1];
    const q = p && (p.lower === 'de' || p.lower === 'd' || p.lower === 'a' || p.lower === 'to') ? items[t.idx - 2] : p;
    if (q && ACCEPTING.test(q.lower)) planned = true;
  }
  // "As vendas à Ucrânia estão suspensas", "deliveries were halted": a transfer noun suspended by its predicate.
  // (Not a resumption: "annoncé la reprise des livraisons de brut, suspendues depuis 2023".)
  const resumed = [1, 2, 3].some((d) => RESUME.test(items[t.idx - d]?.lower ?? ''));
  if (t.mood === 'noun' && !suspended && !resumed) {
    // ("Les expéditions vers l'Indonésie, premier débouché asiatique, ont été suspendues": past an apposition.)
    // ("French aid to Niger, once the area's largest source of funding, has been suspended": past a longer one, set off by two
    // commas with no auxiliary, conjunction or relative pronoun inside, whatever its nouns.)
    let stop = Math.min(items.length, t.idx + 13);
    for (let k = t.idx + 1; k < stop; k++) {
      const it = items[k]!;
      if (isComma(it)) {
        let j = k + 1;
        while (j < Math.min(items.length, k + 14) && !isComma(items[j]) && items[j]!.tok !== 'punct' && !hasMark(items[j], MB.rel | MB.aux | MB.passiveAux | MB.condAux | MB.coord)) j++;
        if (isComma(items[j]) && j > k + 1) {
          stop = Math.min(items.length, stop + (j - k));
          k = j;
          continue;
        }
      }
      // (Past places coordinated in the noun's complement: "Imports from Zambia and Zimbabwe were halted".)
      if (hasMark(it, MB.coord) && items[k - 1]?.place && items[k + 1]?.place) continue;
      // (Not past another transfer or a contrast: "exports to Austria and Italy rose, but deliveries to Poland were halted".)
      if ((it.tok === 'punct' && it.lower !== ',') || hasMark(it, MB.coord | MB.rel) || it.tags.some((g) => g.k === 'noun') || CONTRAST.has(it.lower)) break;
      // (Not put off: "a Spanish shipment has been delayed until spring" is still planned.)
      if (hasMark(it, MB.suspend) && !PUT_OFF.test(it.lower) && !tripStop(items, k)) suspended = true;
      // "Chinese investment in Brazil did not materialise", "não se concretizou", "sigue prohibida": it did not happen.
      if (BANNED.test(it.lower) || (hasMark(it, MB.neg) && [1, 2, 3].some((d) => HAPPENED.test(items[k + d]?.lower ?? '')))) denied = true;
    }
  }
  // ("Peru will sign a contract with South Korea for the purchase of 20 jets", "firmará un contrato [...] para la compra": a transfer
  // noun a contract is for, up to 14 words on, is as planned as the contract, signed in the future or by a plan.)
  if (t.mood === 'noun' && !planned) {
    for (let k = t.idx - 1; k >= Math.max(0, t.idx - 14); k--) {
      const it = items[k]!;
      if (it.tok === 'punct' && it.lower !== ',' && it.lower !== '(' && it.lower !== ')') break;
      if (!CONTRACT.test(it.lower)) continue;
      for (let j = k - 1; j >= Math.max(0, k - 5) && !planned; j--) planned = hasMark(items[j], MB.plan) || ROMANCE_FUTURE.test(items[j]!.lower);
      break;
    }
  }
  // ("Lithuania banned Chinese investment in its ports", "proibiu as exportações de trigo para")
  if (t.mood === 'noun' && [1, 2, 3].some((d) => BANNED.test(items[t.idx - d]?.lower ?? ''))) denied = true;
  // "A ministra viaja na próxima semana a Londres", "arrives next week": a time to come makes a present plan.
  if (!planned && t.mood === 'fin' && !PRETERITE.test(items[t.idx]!.lower)) {
    for (let k = Math.max(L, t.idx - 4); k < Math.min(items.length, t.idx + 6); k++) {
      if (k > t.idx && (items[k]!.lower === ',' || hasMark(items[k], MB.coord))) break;
      const w = items[k]!.lower;
      if (NEXT.has(w) && NEXT_UNITS.test(items[k + 1]?.lower ?? items[k - 1]?.lower ?? '')) planned = true;
      if (NEXT_UNITS.test(w) && NEXT_AFTER.has(items[k + 1]?.lower ?? '')) planned = true;
      // ("chega amanhã a Dodoma", "arrives tomorrow", "arrive demain", "llega mañana"; not "esta mañana", the morning)
      if (TOMORROW.has(w) || (w === 'mañana' && !MORNING_BEFORE.has(items[k - 1]?.lower ?? ''))) planned = true;
    }
  }
  // "cancelled his visit to Morocco", "cancelou a visita", "a annulé la livraison", "called off his trip": a transfer
  // noun that a verb of cancelling takes as its object (only the determiners between) is called off.
  if (t.mood === 'noun') {
    let k = t.idx - 1;
    while (k > L && t.idx - k <= 3 && (hasMark(items[k], MB.det) || POSSESSIVES.has(items[k]!.lower))) k--;
    const w = items[k]?.lower ?? '';
    if (k < t.idx - 1 && (CANCEL.test(w) || (w === 'off' && /^call/.test(items[k - 1]?.lower ?? '')))) suspended = true;
  }
  if (denied) return 'denied';
  if (suspended) return 'suspended';
  if (planned) return 'planned';
  if (reported) return 'reported';
  return 'stated';
}

/** Suspension words that only put a transfer off ("delayed", "adiada", "aplazó", "reporté"). */
const PUT_OFF = /^(?:postpon|delay|adi|atras|aplaz|posterg|retras|report|repouss|retard|ajourn)/;

/** "After", before the halt a resumption ends ("after an eleven-month halt", "depois de uma suspensão", "tras la interrupción"). */
const AFTER_HALT: ReadonlySet<string> = new Set(['after', 'depois', 'após', 'apos', 'tras', 'después', 'après']);
/** Is there a verb or noun of resuming among items[a, b) ("has resumed exporting crude after a halt")? */
function resumedBefore(items: Item[], a: number, b: number): boolean {
  for (let k = Math.max(0, a); k < b; k++) if (RESUME.test(items[k]!.lower)) return true;
  return false;
}

/** Nouns and verbs of resuming ("la reprise des livraisons", "a retomada", "la reanudación", "the resumption of"). */
const RESUME = /^(?:reprise|reprendre|retomad|retomar|reanud|resum|restart|rein[ií]ci)/;

/** "next" before a unit of time ("next week", "na próxima semana", "el próximo mes"). */
const NEXT: ReadonlySet<string> = new Set(['next', 'próxima', 'próximo', 'proxima', 'proximo']);
/** "next" after it ("la semaine prochaine", "la semana próxima", "o mês que vem" is left out). */
const NEXT_AFTER: ReadonlySet<string> = new Set(['prochaine', 'prochain', 'próxima', 'próximo']);
/** "tomorrow" ("amanhã", "demain", "après-demain"). */
const TOMORROW: ReadonlySet<string> = new Set(['tomorrow', 'amanhã', 'demain', 'après-demain']);
/** Words that make Spanish "mañana" the morning ("esta mañana", "por la mañana", "cada mañana"). */
const MORNING_BEFORE: ReadonlySet<string> = new Set(['esta', 'la', 'una', 'cada', 'toda', 'misma', 'media', 'de', 'por', 'del', 'al']);
/** Units of time a plan is set for. */
const NEXT_UNITS = /^(?:week|month|year|weekend|semana|mês|mes|año|ano|semaine|mois|année|an|fin de semana|fim de semana|week-end)$/;

/** Words of "no longer" around a negation: "no longer", "ya no", "já não", "ne ... plus", "não ... mais", "no ... más". */
const ALREADY: ReadonlySet<string> = new Set(['ya', 'já']);
const ANY_MORE: ReadonlySet<string> = new Set(['plus', 'mais', 'más']);
/** Does the negation at k, before the verb at v, say "no longer"? */
function noLonger(items: Item[], k: number, v: number): boolean {
  if (items[k + 1]?.lower === 'longer' || ALREADY.has(items[k - 1]?.lower ?? '')) return true;
  // (the second word of the French negation, or the Romance "more", right after the verb or its auxiliary)
  // ("ne reçoit plus de pétrole": "plus de" read as one word of quantity)
  // (not "more than" a number: "no envió más de 100 soldados" sent no more than that)
  for (let j = k + 1; j <= v + 1 && j < items.length; j++) if (ANY_MORE.has(items[j]!.lower.split(' ')[0]!) && items[j + 1]?.tok !== 'num' && (j === v + 1 || j === k + 2 || hasMark(items[j - 1], MB.aux))) return true;
  return false;
}

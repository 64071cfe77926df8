/**
 * Shapes of the per-language flow lexicons (reviewable data tables in pt.ts, en.ts, es.ts, fr.ts).
 * Every phrase is written in lower case with its accents; matching is accent-insensitive unless two
 * entries differ only by accents ("à"/"a", "envío"/"envió"), in which case the accented spelling in the
 * text decides.
 */
import type { FlowCategory, Lang } from '../../story';

/**
 * How a trigger assigns its arguments:
 * - send: subject/agent/"from"/origin = source; "to"/locative = destination (send, supply, export, sell, deploy)
 * - receive: subject/agent = destination; "from"/origin = source (receive, import, buy)
 * - train: subject/agent = source; object / trainees' nationality = destination (always `training`)
 * - help: subject = source; object = destination (help, fund)
 * - move: "from"/"after ... in X"/origin = source; "to"/locative = destination (arrive, travel, flee)
 * - leave: its object or "from" = source; "to" = destination (leave, sail from, zarpar de, quitter)
 * - visit: subject's nationality = source; object = destination (always `visit`)
 * - deport: origin/"from" = source; "to"/locative, else subject = destination (always `people`)
 * - withdraw: "from"/locative = source; subject (the owner) or "to" = destination (withdraw troops)
 * - exchange: the coordinated subjects each send to the other ("Russia and Ukraine exchanged prisoners")
 * - release: the subject (holder) frees people to the country their nationality names ("Azerbaijan released 32
 *   Armenian soldiers"), or to a "to" place; only people are released (always `people`)
 * - presence: troops or people of one country said to be in another ("11 mil soldados norte-coreanos estão na região
 *   de Kursk"): their nationality = source; the "in" place right after the verb = destination (troops/people only)
 * - seize: where it is seized ("à Marseille", "en Algeciras"), else the seizer, = destination; "from"/origin = source (seize, saisir, incautar, apreender)
 */
export type TriggerClass = 'send' | 'receive' | 'train' | 'help' | 'move' | 'leave' | 'visit' | 'deport' | 'withdraw' | 'exchange' | 'seize' | 'release' | 'presence';

/** fin = finite, part = past participle, ger = gerund, inf = infinitive, fut = future, cond = conditional. */
export type Mood = 'fin' | 'part' | 'ger' | 'inf' | 'fut' | 'cond';

export type Forms = ReadonlyArray<readonly [string, Mood]>;

/**
 * What sets a verb apart from the others of its class:
 * - lend: a money verb whose goods go along with the money ("ont prêté quatre avions"), not against it
 * - object: a transfer only of the goods or transfer that is its object ("secured a loan"; not "secured the release of")
 * - money: a transfer only of the money that is its object ("extended a $500 million credit line", "repaid $95 million"; not
 *   "extend a fence", "repaid the favour")
 * - goods: a transfer of goods only, never of people or troops ("commander des Rafale"; "commandait 3 000 soldats"); a verb
 *   of travel with this sense ("flowed") carries money too and, with nothing named, states nothing (no visit)
 * - form: also "to form" a body ("former"/"formar": "forment une alliance" trains no one)
 * - persons: sends back only the people it names as its object ("renvoyé 300 migrants"; "renvoyé la balle" sends no one);
 *   a verb of settling moves only people counted or named as people ("2.300 portugueses fixaram-se em Angola")
 * - enlist: people taken in to serve ("recruited"): recruited to fight, they are troops, and with no recruiter
 *   named they go where they are to fight ("were recruited to fight in Sudan")
 */
/**
 * (`military`: a verb of reinforcing, "reforzó con 28 vehículos blindados", "reinforced with 2,000 troops":
 * a transfer only of troops or arms; "reforçar a formação" strengthens and sends nothing.)
 */
/**
 * (`home`: a verb of going back, "rentrer", "voltar", "regresar", "return": a transfer only with people or
 * troops near it, and with no destination named they go to the country of their nationality.)
 */
/**
 * (`keep`: a verb of keeping, "mantém 180 militares na Lituânia", "maintains troops in": a transfer only to a
 * place the clause names; "para manter o contingente" keeps and sends nothing.)
 */
/**
 * (`host`: a verb of hosting, "is home to", "abriga", "alberga", "héberge": a transfer only of people counted or named
 * as people, "abriga 500 mil venezuelanos"; "abriga 1.500 empresas alemãs" hosts no one.)
 */
/**
 * (`troops`: a verb of detaching, "destacar", "détacher": a transfer only of troops that are its object, "destacou 200
 * militares"; "destacou a importância do acordo" highlights and sends nothing.)
 */
export type VerbSense = 'lend' | 'object' | 'money' | 'goods' | 'form' | 'enlist' | 'persons' | 'home' | 'military' | 'keep' | 'debt' | 'host' | 'troops';

export interface VerbEntry {
  forms: Forms;
  cls: TriggerClass;
  /** Category when the clause names no cargo (pay -> money, train -> training). */
  cat?: FlowCategory;
  sense?: VerbSense;
}

export interface NounEntry {
  forms: readonly string[];
  cls: TriggerClass;
  cat?: FlowCategory;
  /** A trigger only before the people it acts on ("formación de pilotos"; "la formación de Le Pen" is a party). */
  ofPeople?: true;
  /** A trigger only with its goods after "of" ("the transit of Russian gas"; "transit fees", "in transit" name no transfer). */
  ofGoods?: true;
  /** A trigger only with its investor named next to it ("Chinese investment in", "investimento chinês em", "investment from Japan"; not "an investment bank in"). */
  withOrigin?: true;
  /**
   * As for verbs: `lend` for nouns of lending ("loan", "empréstimo"), whose goods go with the lending, no price paid for them; `home`
   * for nouns of going back ("regresso"), whose people go, with no destination named, to their nationality's country; such a noun is a
   * trigger only with the people who go back named after its "of" ("o regresso de 300 angolanos"; "o regresso da democracia" is none).
   */
  sense?: 'lend' | 'home';
}

/** Role a preposition gives the place after it. `of` is the ambiguous genitive/origin "de". */
export type PrepRole = 'to' | 'in' | 'from' | 'of' | 'by' | 'between';

export type Qualifier = 'more than' | 'less than' | 'about' | 'up to' | 'at least';

export type MarkerKind =
  | 'hedge' // attribution or allegation: "segundo", "reportedly"
  | 'condAux' // conditional auxiliary of allegation: "teria", "aurait", "habría"
  | 'deny' // "negou", "denied"
  | 'neg' // "não", "not", "never"
  | 'plan' // "planeja", "will", "va"
  | 'suspend' // "suspendeu", "halted"
  | 'recip' // "em troca", "in return": the clause answers an earlier transfer
  | 'recipFor' // "em troca de", "in exchange for": cargo after it flows the other way
  | 'after' // "após", "after": a place after it (with "in") is where the traveller came from
  | 'elab' // "como", "such as": what follows elaborates the previous cargo noun
  | 'coord' // "e", "and"
  | 'det' // articles
  | 'actor' // nouns for governments and officials ("governo", "minister")
  | 'geo' // nouns for parts of places ("região", "city", "front")
  | 'anaphor' // "país": with a singular definite article, the country last mentioned
  | 'breaker' // verbs that close a transfer clause ("usados", "used")
  | 'passiveAux' // "foi", "were", "fue", "été"
  | 'program' // "programa": cargo right after it is a programme, not goods
  | 'rel' // relative pronouns "que", "which"
  | 'worth' // "no valor de", "worth": the amount after it is a value, not a money transfer
  | 'carrier' // "carregados de", "loaded with": the vehicle before it only carries the cargo
  | 'request' // "pediu", "asked for": the subject of a request receives the nominalised transfer
  | 'dest' // "com destino a", "bound for": a destination that states a transfer even without a verb
  | 'back' // "de volta", "back", "de vuelta": the people go back to their own country
  | 'pack' // "pacote", "package", "lote": a transfer noun that, in a verb's object, is only its cargo's container
  | 'hypo' // "qualquer", "any": the transfer noun after it is hypothetical
  | 'incl' // "que inclui", "which includes": the list after it belongs to the same transfer (not a new clause)
  | 'benef' // "população", "population", "army": after "to", the place owning it ("à população da Etiópia") receives
  | 'gift' // "doadas", "donated", "offertes": food given is aid, not trade
  | 'made' // "fabricados", "made", "fabriqués": a place "in" after it is where the goods come from
  | 'make' // "fabricação", "origin", "fabrication": the nationality after "de"/"of" it is the goods' origin
  | 'ordered' // "encomendados", "commandés", "encargados": a place after "a"/"à" right after it sold the goods
  | 'event' // "cerimónia", "ceremony", "salon": a place "in" after it is where it was held, no endpoint (not
  // meetings or summits: where a traveller attended one is where the trip began)
  | 'means' // a means of transport after "by" ("by sea", "by boat"): no agent, so an English past form before it stays active
  | 'compare' // "next to", "compared with", "par rapport à": a comparison, no preposition of direction ("next to Norway's gas exports")
  | 'say' // declarative verbs ("anunciou", "said", "a annoncé"): "que"/"that" right after one opens a reported clause
  | 'there' // "de onde", "from there", "desde donde", "d'où": the source is the place just named
  | 'aux' // auxiliaries ("a", "ont", "has"): listed so that French "a" is never read as "à"
  | 'adj' // cargo nouns that are also adjectives ("militares"): cargo only when not after another noun
  | 'idiom'; // a fixed phrase that holds a marker's word and means none of it ("sin embargo", "however": no embargo)

export interface Lexicon {
  lang: Lang;
  verbs: readonly VerbEntry[];
  nouns: readonly NounEntry[];
  /** phrase, category, unit (English gloss used as Flow.unit). */
  cargo: ReadonlyArray<readonly [string, FlowCategory, string]>;
  preps: ReadonlyArray<readonly [string, PrepRole]>;
  markers: Readonly<Partial<Record<MarkerKind, readonly string[]>>>;
  qualifiers: ReadonlyArray<readonly [string, Qualifier]>;
  /** phrase, multiplier, reading when no number precedes it ("mil soldados" exact, "milhões de" magnitude). */
  scales: ReadonlyArray<readonly [string, number, 'exact' | 'magnitude']>;
  numbers: ReadonlyArray<readonly [string, number]>;
  /** Currency words and symbols -> ISO 4217 code. */
  currencies: ReadonlyArray<readonly [string, string]>;
  /** True when "," is the decimal separator (pt, es, fr). */
  decimalComma: boolean;
  /** Accusation verbs: "X acusa Y de receber": the accused (the place after it) does the infinitive. */
  accuse?: readonly string[];
  /** Supplier nouns: "Spain, Peru's main arms supplier, sold": the owner in the apposition receives. */
  supplier?: readonly string[];
  /** Relief words ("humanitária", "cyclone", "famine"): food a government sends in their sentence, or the next, is aid. */
  relief?: readonly string[];
  /** Conveying verbs ("acheminées par la Pologne", "transportadas pela Marinha"): their agent carries or routes the cargo, it does not send it. */
  convey?: readonly string[];
  /** Relation nouns ("Havana's ally"): the possessor names whom the noun's referent relates to, not who acts. */
  relation?: readonly string[];
  /**
   * Supplier nouns that state a flow as the predicate of a copula ("France is Chad's main arms supplier"),
   * with the category when the phrase names no goods (a creditor lends money, a donor gives aid).
   */
  supplies?: ReadonlyArray<readonly [string, FlowCategory]>;
  /** Copulas that make a supplier noun the subject's predicate ("is", "é", "sigue siendo", "reste"). */
  copula?: readonly string[];
  /**
   * Source noun phrases ("largest source", "principal origem", "premier pays d'origine"): as the predicate of
   * a copula, the subject (and the countries after "followed by") send to the recipient the text names.
   */
  sources?: readonly string[];
  /**
   * Words of dependence on a supplier ("relies", "depende", "dépend", "dependent"): "Vietnam relies on Russia
   * for its weapons", "Portugal depende do gás argelino" — the subject receives the goods named from the
   * place (or the demonym on the goods) after the word's preposition.
   */
  rely?: readonly string[];
  /**
   * Verbs of owing ("owes", "deve", "debe", "doit"): with an amount, the subject owes the creditor named
   * after it, who lent it that money. (Portuguese "deve" is also "must": only an amount makes it a debt.)
   */
  owe?: readonly string[];
  /** Buyer noun phrases ("principais compradores", "largest buyer"): the countries the sentence names are an exporter's destinations. */
  buyers?: readonly string[];
  /** Negative quantifiers ("aucun", "nenhum", "no"): "n'a bénéficié d'aucun financement" denies any transfer, not one alleged. */
  none?: readonly string[];
  /** Sequence words of a journey ("puis", "then", "luego", "depois"): a destination after one goes on from the previous destination. */
  sequence?: readonly string[];
}

/**
 * The contract every stage speaks: article text -> places -> flows -> story -> map layers -> export.
 * Offsets are UTF-16 code units into `article.text`: `article.text.slice(start, end) === text`.
 * Stages may add fields; they must not rename these.
 */

export const LANGS = ['pt', 'en', 'es', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

export type PlaceKind = 'country' | 'region' | 'city' | 'other';

/** A span of the article text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One occurrence of a place in the text ("Moscou", "norte-coreano", "região de Kursk"). */
export interface Mention extends Span {
  /** How the span refers to the place: its name, a demonym ("russo"), or an abbreviation ("EUA"). */
  via?: 'name' | 'demonym' | 'abbreviation';
}

/** A gazetteer entry a place could resolve to; offered to the user as an alternative. */
export interface Candidate {
  name: string;
  kind: PlaceKind;
  lon: number;
  lat: number;
  country?: string;
  geonameId?: number;
  population?: number;
  score: number;
}

export interface Place {
  /** Stable within a story, e.g. "geonames:2039557" or "country:KP". */
  id: string;
  /** Display name in the article's language. */
  name: string;
  kind: PlaceKind;
  lon: number;
  lat: number;
  /** ISO 3166-1 alpha-2 code of the country the place is in (or is). */
  country?: string;
  geonameId?: number;
  /** A national capital (GeoNames PPLC): flows may read it as its government ("Pyongyang sent"). */
  capital?: boolean;
  /** 0..1 */
  confidence?: number;
  mentions: Mention[];
  /** Up to five alternatives, best first. */
  candidates?: Candidate[];
  /** Id of the place whose point this one borrows (a street or river located at the article's town). */
  within?: string;
}

export const FLOW_CATEGORIES = [
  'troops',
  'weapons',
  'munitions',
  'missiles',
  'vehicles',
  'technology',
  'oil',
  'money',
  'aid',
  'training',
  'people',
  'visit',
  'other',
] as const;
export type FlowCategory = (typeof FLOW_CATEGORIES)[number];

/** stated = asserted by the article; reported = hedged or attributed ("teria enviado", "reportedly"). */
export const FLOW_STATUSES = ['stated', 'reported', 'denied', 'planned', 'suspended'] as const;
export type FlowStatus = (typeof FLOW_STATUSES)[number];

export interface Flow {
  id: string;
  /** Place ids. */
  from: string;
  to: string;
  category: FlowCategory;
  /** A number when the text gives one; null when it gives only an order of magnitude or nothing. */
  quantity?: number | null;
  /** e.g. "soldiers", "shells", "USD". */
  unit?: string;
  /** Language-neutral unit key ("soldiers", "USD") when `unit` is the article's own word ("soldados"). */
  unitKey?: string;
  /** "more than", "less than", "about", "up to", "at least". */
  qualifier?: string;
  /** The quantity's own words, e.g. "mais de 14 mil". */
  quantityText?: string;
  /** Order of magnitude when the text gives no number ("milhões de munições" -> 1e6). */
  magnitude?: number;
  status: FlowStatus;
  /** The verbatim sentence(s) that state the flow. */
  quotes: Span[];
}

export interface Article {
  text: string;
  lang: Lang;
  title?: string;
  source?: string;
  date?: string;
  url?: string;
}

export interface Story {
  id?: string;
  article: Article;
  places: Place[];
  flows: Flow[];
}

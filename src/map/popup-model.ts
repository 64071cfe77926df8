/**
 * What a popup says, as plain data (pure; the DOM is built from it with text nodes in story-view.ts):
 * for a place, its name, kind, country and every sentence that mentions it, verbatim, with the mentions
 * marked; for a flow, from → to, category, the amount with its hedging words, the status, every
 * supporting quote verbatim (mentions of its two places and the amount's words marked) and the source.
 */
import type { Flow, Lang, Place, Span, Story } from '../story';
import { splitSentences } from '../text/sentences';
import { categoryLabel, kindLabel, statusLabel } from './palette';

/** A run of text; `mark` runs are highlighted. */
export interface Segment {
  text: string;
  mark: boolean;
}

export interface Passage {
  start: number;
  end: number;
  segments: Segment[];
}

export interface PlacePopup {
  kind: 'place';
  id: string;
  title: string;
  kindLabel: string;
  country?: string;
  mentionCount: number;
  passages: Passage[];
}

export interface FlowPopup {
  kind: 'flow';
  id: string;
  title: string;
  fromName: string;
  toName: string;
  categoryLabel: string;
  /** "mais de 14 mil soldados", "more than 14,000 soldiers", or null when the article gives no amount. */
  amount: string | null;
  statusLabel: string;
  status: Flow['status'];
  passages: Passage[];
  source: string | null;
}

interface UiText {
  from: string;
  to: string;
  source: string;
  mentions: string;
  noText: string;
  /** The note a dense story's zoomed-out map shows (see ./lod.ts). */
  lodNote(drawn: number, total: number): string;
}

const n = (x: number, locale: string): string => x.toLocaleString(locale);

const UI: Record<Lang, UiText> = {
  en: { from: 'From', to: 'To', source: 'Source', mentions: 'mentions', noText: 'No sentence given.',
    lodNote: (d, t) => `Showing the ${n(d, 'en')} most important of ${n(t, 'en')} flows at this zoom. Zoom in to see more.` },
  pt: { from: 'De', to: 'Para', source: 'Fonte', mentions: 'menções', noText: 'Nenhuma frase indicada.',
    lodNote: (d, t) => `Neste zoom, ${n(d, 'pt-BR')} dos ${n(t, 'pt-BR')} fluxos, os mais importantes. Aproxime para ver mais.` },
  es: { from: 'De', to: 'A', source: 'Fuente', mentions: 'menciones', noText: 'Ninguna frase indicada.',
    lodNote: (d, t) => `Con este zoom, ${n(d, 'es')} de ${n(t, 'es')} flujos, los más importantes. Acerque para ver más.` },
  fr: { from: 'De', to: 'Vers', source: 'Source', mentions: 'mentions', noText: 'Aucune phrase indiquée.',
    lodNote: (d, t) => `À ce zoom, ${n(d, 'fr')} flux sur ${n(t, 'fr')}, les plus importants. Zoomez pour en voir plus.` },
};

export function uiText(lang: Lang): UiText {
  return UI[lang] ?? UI.en;
}

/** Cut `text` (which starts at article offset `base`) into runs, marking the given article ranges. */
export function segment(text: string, base: number, marks: readonly { start: number; end: number }[]): Segment[] {
  const ranges = marks
    .map((m) => ({ start: Math.max(0, m.start - base), end: Math.min(text.length, m.end - base) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let pos = 0;
  for (const r of ranges) {
    if (r.end <= pos) continue;
    const s = Math.max(r.start, pos);
    if (s > pos) out.push({ text: text.slice(pos, s), mark: false });
    out.push({ text: text.slice(s, r.end), mark: true });
    pos = r.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), mark: false });
  return out;
}

const sentenceCache = new WeakMap<object, Span[]>();

function sentencesOf(story: Story): Span[] {
  const key = story.article as object;
  let s = sentenceCache.get(key);
  if (!s) {
    s = splitSentences(story.article?.text ?? '');
    sentenceCache.set(key, s);
  }
  return s;
}

function sentenceAt(sentences: readonly Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The text of a span as the article has it (falls back to the span's own text when offsets disagree). */
function spanText(story: Story, s: Span): string {
  const t = story.article?.text ?? '';
  const cut = t.slice(s.start, s.end);
  return cut.length > 0 && (s.text === undefined || cut === s.text) ? cut : String(s.text ?? '');
}

export function placePopup(story: Story, placeId: string, lang: Lang = story.article?.lang ?? 'en'): PlacePopup | null {
  const p = story.places.find((x) => x.id === placeId);
  if (!p) return null;
  const text = story.article?.text ?? '';
  const sentences = sentencesOf(story);
  const mentions = [...(p.mentions ?? [])].sort((a, b) => a.start - b.start);
  const bySentence = new Map<string, { span: Span; marks: Span[] }>();
  for (const m of mentions) {
    const s = sentenceAt(sentences, m.start) ?? { start: m.start, end: m.end, text: m.text };
    const key = `${s.start}:${s.end}`;
    let e = bySentence.get(key);
    if (!e) bySentence.set(key, (e = { span: s, marks: [] }));
    e.marks.push(m);
  }
  const passages: Passage[] = [];
  for (const { span, marks } of bySentence.values()) {
    const inText = text.slice(span.start, span.end);
    const body = inText.length > 0 ? inText : String(span.text ?? '');
    passages.push({ start: span.start, end: span.end, segments: segment(body, span.start, inText.length > 0 ? marks : []) });
  }
  return {
    kind: 'place',
    id: p.id,
    title: p.name,
    kindLabel: kindLabel(p.kind, lang),
    ...(p.country ? { country: p.country } : {}),
    mentionCount: mentions.length,
    passages,
  };
}

function placeName(story: Story, id: string): string {
  return story.places.find((p) => p.id === id)?.name ?? id;
}

/** The amount in the article's words when it has them, else built from the fields. */
export function amountText(f: Flow, lang: Lang): string | null {
  if (f.quantityText) {
    const unit = f.unit && !f.quantityText.toLowerCase().includes(f.unit.toLowerCase()) ? ` ${f.unit}` : '';
    return `${f.quantityText}${unit}`;
  }
  const n = typeof f.quantity === 'number' ? f.quantity : typeof f.magnitude === 'number' ? f.magnitude : null;
  if (n === null) return null;
  const num = new Intl.NumberFormat(lang).format(n);
  return [f.qualifier, typeof f.quantity === 'number' ? num : `~${num}`, f.unit].filter(Boolean).join(' ');
}

export function flowPopup(story: Story, flowId: string, lang: Lang = story.article?.lang ?? 'en'): FlowPopup | null {
  const f = story.flows.find((x) => x.id === flowId);
  if (!f) return null;
  const ends: Place[] = story.places.filter((p) => p.id === f.from || p.id === f.to);
  const allMentions = ends.flatMap((p) => p.mentions ?? []);
  const passages: Passage[] = [];
  for (const q of f.quotes ?? []) {
    const body = spanText(story, q);
    const consistent = (story.article?.text ?? '').slice(q.start, q.end) === body;
    const marks: Span[] = consistent ? allMentions.filter((m) => m.start >= q.start && m.end <= q.end) : [];
    if (f.quantityText) {
      const i = body.indexOf(f.quantityText);
      if (i >= 0) marks.push({ start: q.start + i, end: q.start + i + f.quantityText.length, text: f.quantityText });
    }
    passages.push({ start: q.start, end: q.end, segments: segment(body, q.start, marks) });
  }
  const a = story.article ?? ({} as Story['article']);
  const source = [a.source, a.date].filter((x) => typeof x === 'string' && x.trim() !== '').join(', ') || (a.url ?? null);
  const fromName = placeName(story, f.from);
  const toName = placeName(story, f.to);
  return {
    kind: 'flow',
    id: f.id,
    title: `${fromName} → ${toName}`,
    fromName,
    toName,
    categoryLabel: categoryLabel(f.category, lang),
    amount: amountText(f, lang),
    statusLabel: statusLabel(f.status, lang),
    status: f.status,
    passages,
    source: source || null,
  };
}

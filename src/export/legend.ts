/**
 * What the report's legend shows, as plain data: the categories drawn (colour + label), the width
 * scale (line width + quantity label) and the status line styles. Built from the story and the shared
 * palette, so the on-screen legend and the PNG say the same thing. Pure.
 */
import { categoryColor, categoryLabel, DENIED_COLOR, STATUS_STYLES, statusLabel } from '../map/palette';
import type { ThemeName } from '../map/theme';
import { FLOW_CATEGORIES, FLOW_STATUSES, type Lang, type Story } from '../story';

export interface LegendSpec {
  categories: { label: string; color: string }[];
  /** Sample line widths (CSS px) with what they stand for. */
  widths: { label: string; width: number }[];
  /** Line styles per status; dash in line widths, null = solid. */
  statuses: { label: string; dash: number[] | null; opacity: number; color?: string }[];
  headings: { categories: string; widths: string; statuses: string };
}

const HEADINGS: Record<Lang, LegendSpec['headings']> = {
  en: { categories: 'What moves', widths: 'Quantity', statuses: 'Status' },
  pt: { categories: 'O que se move', widths: 'Quantidade', statuses: 'Situação' },
  es: { categories: 'Qué se mueve', widths: 'Cantidad', statuses: 'Estado' },
  fr: { categories: 'Ce qui circule', widths: 'Quantité', statuses: 'Statut' },
};

export function legendHeadings(lang: Lang): LegendSpec['headings'] {
  return HEADINGS[lang] ?? HEADINGS.en;
}

/** Compact number label: 1 200 → "1.2k", 14 000 → "14k", 2 000 000 → "2M". */
export function compactNumber(n: number): string {
  const f = (v: number, s: string) => `${Number(v.toPrecision(2))}${s}`;
  if (n >= 1e9) return f(n / 1e9, 'B');
  if (n >= 1e6) return f(n / 1e6, 'M');
  if (n >= 1e3) return f(n / 1e3, 'k');
  return String(Number(n.toPrecision(2)));
}

export interface WidthScale {
  /** Quantity → line width (CSS px). */
  widthFor(quantity: number): number;
  /** Sample quantities to show. */
  samples: number[];
}

/**
 * Legend from the story alone: the categories and statuses its flows use, in canonical order, and the
 * width samples of `scale` when the map layers provide one. A fallback for when no legend model is given.
 */
export function legendFromStory(story: Story, theme: ThemeName, lang: Lang, scale?: WidthScale): LegendSpec {
  const cats = new Set(story.flows.map((f) => f.category));
  const stats = new Set(story.flows.map((f) => f.status));
  return {
    categories: FLOW_CATEGORIES.filter((c) => cats.has(c)).map((c) => ({ label: categoryLabel(c, lang), color: categoryColor(c, theme) })),
    widths: scale ? scale.samples.map((q) => ({ label: compactNumber(q), width: scale.widthFor(q) })) : [],
    statuses: FLOW_STATUSES.filter((s) => stats.has(s)).map((s) => {
      const st = STATUS_STYLES[s];
      return { label: statusLabel(s, lang), dash: st.dash, opacity: st.opacity, ...(st.grey ? { color: DENIED_COLOR[theme] } : {}) };
    }),
    headings: legendHeadings(lang),
  };
}

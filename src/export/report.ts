/**
 * From a story and export options to everything the renderer needs that is not pixels: the resolved
 * title and subtitle, the legend as drawn, the callouts, the PNG metadata. Pure.
 */
import { legendModel, type StoryFilter } from '../map/story-layers';
import type { ThemeName } from '../map/theme';
import type { Lang, Story } from '../story';
import { legendHeadings, type LegendSpec } from './legend';
import { calloutsFromStory, defaultSubtitle, defaultTitle, type Callout } from './layout';

export const SOFTWARE_NAME = 'Article Atlas';

/** The legend the report prints: what the map draws under the filter, in the model the page uses. */
export function reportLegend(story: Story, filter: StoryFilter, theme: ThemeName, lang: Lang): LegendSpec | null {
  const m = legendModel(story, filter, { theme, lang });
  const categories = m.categories.filter((c) => c.active && c.visibleCount > 0).map((c) => ({ label: c.label, color: c.color }));
  const statuses = m.statuses.filter((s) => s.visible).map((s) => ({ label: s.label, dash: s.dash, opacity: s.opacity, ...(s.color ? { color: s.color } : {}) }));
  // Width steps the story uses; the whole scale would crowd a small image.
  const widths = m.widths.filter((w) => w.count > 0).map((w) => ({ label: w.label, width: w.width }));
  if (!categories.length && !statuses.length) return null;
  return { categories, statuses, widths, headings: legendHeadings(lang) };
}

export interface ReportText {
  title: string;
  subtitle: string;
  callouts: Callout[];
  metadata: Record<string, string>;
}

export function reportText(
  story: Story | null,
  o: { title?: string | undefined; subtitle?: string | undefined; callouts: boolean },
  version: string,
  midpoint?: (flowId: string) => { lon: number; lat: number } | undefined,
): ReportText {
  const title = o.title ?? defaultTitle(story);
  const subtitle = o.subtitle ?? defaultSubtitle(story);
  const a = story?.article;
  const source = [a?.source, a?.date, a?.url].map((s) => s?.trim()).filter(Boolean).join(' · ');
  return {
    title,
    subtitle,
    callouts: o.callouts && story ? calloutsFromStory(story, midpoint) : [],
    metadata: {
      Title: title,
      ...(source ? { Source: source } : {}),
      Software: `${SOFTWARE_NAME} ${version}`,
      Copyright: 'Map data: Natural Earth (public domain), GeoNames (CC BY 4.0), SimpleMaps World Cities (CC BY 4.0); rendered with MapLibre GL JS',
    },
  };
}

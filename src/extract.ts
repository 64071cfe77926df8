/**
 * analyze(text, gazetteer): Story — composition only. text -> sentences -> places -> flows -> story.
 * Pure: runs in Node, a Web Worker and tests.
 */
import { extractFlows } from './flows';
import { countryPlace, findPlaces } from './places';
import type { Gazetteer } from './places/gazetteer';
import type { Lang, Story } from './story';
import { frontMatter } from './text/front-matter';
import { detectLang } from './text/lang';
import { splitSentences } from './text/sentences';

export interface AnalyzeOptions {
  lang?: Lang;
  title?: string;
  id?: string;
  /** Told when extraction moves to the flows stage (the page's worker shows progress). */
  onStage?: (stage: 'flows') => void;
}

export function analyze(text: string, gaz: Gazetteer, opts: AnalyzeOptions = {}): Story {
  const lang = opts.lang ?? detectLang(opts.title ? `${opts.title}\n${text}` : text);
  const places = findPlaces(text, gaz, lang);
  const sentences = splitSentences(text);
  opts.onStage?.('flows');
  // (The country of a dateline's city, when the text never names it, may be an end: its place joins the story then.)
  const flows = extractFlows(text, places, lang, sentences, (code) => countryPlace(gaz, code, lang));
  const known = new Set(places.map((p) => p.id));
  for (const f of flows) {
    for (const id of [f.from, f.to]) {
      if (known.has(id) || !id.startsWith('country:')) continue;
      const p = countryPlace(gaz, id.slice('country:'.length), lang);
      if (p && p.id === id) places.push(p);
      known.add(id);
    }
  }
  const article: Story['article'] = { text, lang };
  // Metadata from page furniture at the top (date stamp, headline); the text itself stays verbatim.
  const fm = frontMatter(text);
  const title = opts.title ?? fm.title;
  if (title !== undefined) article.title = title;
  if (fm.date) article.date = fm.date;
  // id first, so JSON lines read well
  return opts.id !== undefined ? { id: opts.id, article, places, flows } : { article, places, flows };
}

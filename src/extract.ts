/**
 * analyze(text, gazetteer): Story — composition only. text -> sentences -> places -> flows -> story.
 * Pure: runs in Node, a Web Worker and tests.
 */
import { extractFlows } from './flows';
import { countryPlace, findPlaces } from './places';
import type { Gazetteer } from './places/gazetteer';
import type { Lang, Place, Story } from './story';
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
  // (A country the text never names may be an end: a dateline city's, or the country of a seat of government that acts for it, "the
  // Kremlin said it had sent". The places the flows were given join the story when a flow names them.)
  const implied = new Map<string, Place>();
  const flows = extractFlows(text, places, lang, sentences, (code) => {
    if (!implied.has(code)) {
      const p = countryPlace(gaz, code, lang);
      if (p) implied.set(code, p);
    }
    return implied.get(code);
  });
  for (const p of implied.values()) if (!places.some((q) => q.id === p.id) && flows.some((f) => f.from === p.id || f.to === p.id)) places.push(p);
  const article: Story['article'] = { text, lang };
  // Metadata from page furniture at the top (date stamp, headline); the text itself stays verbatim.
  const fm = frontMatter(text);
  const title = opts.title ?? fm.title;
  if (title !== undefined) article.title = title;
  if (fm.date) article.date = fm.date;
  // id first, so JSON lines read well
  return opts.id !== undefined ? { id: opts.id, article, places, flows } : { article, places, flows };
}

/**
 * The messages between the page and the extraction worker, and the worker's message handler as a pure
 * factory (its dependencies injected) so it can be unit-tested in Node. The gazetteer loads once, on the
 * first request; progress goes back as messages; every failure goes back as an error message, never as
 * an uncaught exception.
 */
import type { PlaceChoice } from '../state/commands';
import type { Lang, Story } from '../story';

export type Stage = 'gazetteer' | 'recognising' | 'flows' | 'done';

export const STAGE_LABELS: Record<Stage, string> = {
  gazetteer: 'Loading the gazetteer…',
  recognising: 'Recognising places…',
  flows: 'Finding flows…',
  done: 'Done',
};

export interface AnalyzeOptions {
  lang?: Lang;
  title?: string;
  id?: string;
}

export type Request =
  | { id: number; type: 'analyze'; text: string; options: AnalyzeOptions; gazetteerUrl: string }
  | { id: number; type: 'search'; query: string; limit: number; lang: Lang; gazetteerUrl: string }
  /** Start loading the gazetteer now (the page's first act); answers nothing unless it fails. */
  | { id: number; type: 'preload'; gazetteerUrl: string };

export type Response =
  | { id: number; type: 'progress'; stage: Stage }
  | { id: number; type: 'story'; story: Story; ms: number }
  | { id: number; type: 'results'; results: PlaceChoice[] }
  | { id: number; type: 'error'; message: string };

/** What the handler needs; the worker passes the real gazetteer loader, analyze and search. */
export interface WorkerDeps<G> {
  loadGazetteer(url: string): Promise<G>;
  /** May call onStage to say where it is (recognising → flows). */
  analyze(text: string, gaz: G, options: AnalyzeOptions, onStage: (s: Stage) => void): Story;
  search(gaz: G, query: string, limit: number, lang: Lang): PlaceChoice[];
  now?: () => number;
}

export function createHandler<G>(deps: WorkerDeps<G>, post: (r: Response) => void): (req: Request) => Promise<void> {
  let gaz: Promise<G> | null = null;
  let gazUrl = '';
  const now = deps.now ?? (() => performance.now());
  let loaded = false;
  const gazetteer = (url: string, id: number | null): Promise<G> => {
    if (!gaz || gazUrl !== url) {
      gazUrl = url;
      loaded = false;
      const p = deps.loadGazetteer(url);
      gaz = p;
      p.then(
        () => {
          if (gaz === p) loaded = true;
        },
        () => {
          if (gaz === p) gaz = null; // let a later request retry
        },
      );
    }
    // Every request that has to wait for it says so, also when a preload started the download.
    if (!loaded && id !== null) post({ id, type: 'progress', stage: 'gazetteer' });
    return gaz;
  };
  return async (req) => {
    try {
      if (req.type === 'analyze') {
        const g = await gazetteer(req.gazetteerUrl, req.id);
        const t0 = now();
        post({ id: req.id, type: 'progress', stage: 'recognising' });
        const story = deps.analyze(req.text, g, req.options, (stage) => post({ id: req.id, type: 'progress', stage }));
        post({ id: req.id, type: 'progress', stage: 'done' });
        post({ id: req.id, type: 'story', story, ms: now() - t0 });
      } else if (req.type === 'preload') {
        await gazetteer(req.gazetteerUrl, null);
      } else if (req.type === 'search') {
        const g = await gazetteer(req.gazetteerUrl, req.id);
        post({ id: req.id, type: 'results', results: deps.search(g, req.query, req.limit, req.lang) });
      } else {
        post({ id: (req as { id?: number }).id ?? -1, type: 'error', message: `unknown request ${JSON.stringify((req as { type?: unknown }).type)}` });
      }
    } catch (e) {
      post({ id: req.id, type: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };
}

/**
 * The extraction Web Worker: loads the gazetteer once (from the page's origin), runs `analyze` off the
 * main thread so the page never freezes, answers gazetteer searches for the place editor, and posts
 * progress and errors back as messages (see ./protocol.ts).
 */
import { analyze } from '../extract';
import { fetchGazetteer } from '../places/load-browser';
import { searchGazetteer, type Gazetteer } from '../places/gazetteer';
import type { PlaceChoice } from '../state/commands';
import { createHandler, type AnalyzeOptions, type Request, type Response } from './protocol';

interface WorkerScope {
  postMessage(m: Response): void;
  addEventListener(type: 'message', fn: (e: MessageEvent<Request>) => void): void;
}
const scope = self as unknown as WorkerScope;

const handle = createHandler<Gazetteer>(
  {
    loadGazetteer: (url) => fetchGazetteer(url),
    analyze: (text, gaz, options, onStage) => {
      // onStage is an optional hook of analyze (src/extract.ts); passed as a variable so this still
      // compiles should the hook go away.
      const opts: AnalyzeOptions & { onStage?: (s: 'flows') => void } = { ...options, onStage };
      return analyze(text, gaz, opts);
    },
    search: (gaz, query, limit, lang) =>
      searchGazetteer(gaz, query, limit).map((e) => {
        const c: PlaceChoice = { id: e.id, name: e.names[lang] || e.names.en, kind: e.kind, lon: e.lon, lat: e.lat, population: e.population };
        if (e.country) c.country = e.country;
        if (e.geonameId !== undefined) c.geonameId = e.geonameId;
        return c;
      }),
  },
  (r: Response) => scope.postMessage(r),
);

scope.addEventListener('message', (e: MessageEvent<Request>) => void handle(e.data));

/**
 * The page's side of the extraction worker: promise-returning `analyze` and `search`, progress through a
 * callback. Requests queue in the worker; a failed worker (script error) rejects everything pending
 * with a message instead of hanging.
 */
import type { PlaceChoice } from '../state/commands';
import type { Lang, Story } from '../story';
import type { AnalyzeOptions, Request, Response, Stage } from './protocol';

export interface WorkerLike {
  postMessage(m: Request): void;
  addEventListener(type: 'message', fn: (e: MessageEvent<Response>) => void): void;
  addEventListener(type: 'error', fn: (e: ErrorEvent) => void): void;
  terminate(): void;
}

export interface Extractor {
  analyze(text: string, options: AnalyzeOptions, onProgress?: (s: Stage) => void): Promise<{ story: Story; ms: number }>;
  search(query: string, lang: Lang, limit?: number): Promise<PlaceChoice[]>;
  /** Start the worker and its gazetteer download now, ahead of a request the user is about to make. */
  warm(): void;
  terminate(): void;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
  onProgress?: (s: Stage) => void;
}

/**
 * `worker` may be a function: the worker is then created on the first request (or `warm`), so a page
 * that never extracts never starts it.
 */
export function createExtractor(worker: WorkerLike | (() => WorkerLike), gazetteerUrl: string): Extractor {
  let next = 1;
  const pending = new Map<number, Pending>();
  let w: WorkerLike | null = typeof worker === 'function' ? null : listen(worker);
  const get = (): WorkerLike => (w ??= listen((worker as () => WorkerLike)()));
  function listen(worker: WorkerLike): WorkerLike {
    worker.addEventListener('message', (e: MessageEvent<Response>) => {
      const m = e.data;
      const p = pending.get(m.id);
      if (!p) return;
      if (m.type === 'progress') p.onProgress?.(m.stage);
      else {
        pending.delete(m.id);
        if (m.type === 'error') p.reject(new Error(m.message));
        else if (m.type === 'story') p.resolve({ story: m.story, ms: m.ms });
        else p.resolve(m.results);
      }
    });
    worker.addEventListener('error', (e: ErrorEvent) => {
      e.preventDefault?.();
      const err = new Error(`The extraction worker failed: ${e.message || 'script error'}`);
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    });
    return worker;
  }
  const send = <T>(req: DistributiveOmit<Request, 'id'>, onProgress?: (s: Stage) => void): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, ...(onProgress ? { onProgress } : {}) });
      get().postMessage({ ...req, id } as Request);
    });
  return {
    analyze: (text, options, onProgress) => send({ type: 'analyze', text, options, gazetteerUrl }, onProgress),
    search: (query, lang, limit = 8) => send({ type: 'search', query, limit, lang, gazetteerUrl }),
    warm: () => get().postMessage({ id: 0, type: 'preload', gazetteerUrl }),
    terminate: () => w?.terminate(),
  };
}
